// covers: GNU __label__ local label declarations inside statement expressions used in macros expanded multiple times in one function, local labels with goto for early exit, local labels in nested blocks, labels as values of local labels
#include <stdio.h>

#define FIND_FIRST(arr, n, pred_val) ({                  \
    __label__ found_it, not_found;                       \
    int idx_ = -1;                                       \
    for (int i_ = 0; i_ < (n); i_++)                     \
        if ((arr)[i_] == (pred_val)) { idx_ = i_; goto found_it; } \
    goto not_found;                                      \
found_it:                                                \
    idx_ *= 1;                                           \
not_found:                                               \
    idx_;                                                \
})

#define CLAMP_RETRY(x) ({                                \
    __label__ again;                                     \
    int v_ = (x), tries_ = 0;                            \
again:                                                   \
    if (v_ > 100) { v_ -= 37; tries_++; goto again; }    \
    v_ * 100 + tries_;                                   \
})

int main(void) {
    int a[] = {5, 3, 9, 3, 7};
    printf("%d %d %d\n", FIND_FIRST(a, 5, 3), FIND_FIRST(a, 5, 7), FIND_FIRST(a, 5, 42));
    printf("%d %d\n", CLAMP_RETRY(50), CLAMP_RETRY(250));
    int total = 0;
    for (int k = 0; k < 3; k++) {
        __label__ skip;
        if (k == 1) goto skip;
        total += k * 10;
    skip:
        total += 1;
    }
    printf("%d\n", total);
    {
        __label__ target;
        void *p = &&target;
        int n = 0;
        n++;
        if (n < 3) goto *p;
    target:
        printf("%d\n", n);
    }
    return 0;
}
