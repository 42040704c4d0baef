#ifndef SYN_HEADER_H
#define SYN_HEADER_H

struct point {
    int x;
    int y;
};

int point_sum(struct point p));
int point_scale(struct point p, int k);

#endif
