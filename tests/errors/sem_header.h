#ifndef SEM_HEADER_H
#define SEM_HEADER_H

struct range {
    int lo;
    int hi;
};

static inline int range_len(struct range r) {
    return r.high - r.lo;
}

#endif
