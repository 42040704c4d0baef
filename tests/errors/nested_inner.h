#ifndef NESTED_INNER_H
#define NESTED_INNER_H

typedef struct {
    int id;
    char name[16];
} record;

static inline int record_id(const record *r) {
    return r.id;
}

#endif
