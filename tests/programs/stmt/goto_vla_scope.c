// covers: backward goto jumping out of the scope of a VLA (legal, VLA reallocated), goto within a block after VLA declaration, goto out of nested loops and blocks containing VLAs, labels on null statements before declarations
#include <stdio.h>

int main(void) {
    int round = 0;
    long total = 0;
again:
    {
        int n = 3 + round * 2;
        int vla[n];
        for (int i = 0; i < n; i++) vla[i] = i * (round + 1);
        int s = 0;
        for (int i = 0; i < n; i++) {
            if (vla[i] > 20) goto skip_rest;    /* forward within VLA scope */
            s += vla[i];
        }
skip_rest:
        total += s;
        printf("round %d n=%d s=%d size=%zu\n", round, n, s, sizeof vla);
    }
    if (++round < 5) goto again;               /* backward jump out of VLA scope */
    printf("%ld\n", total);
    int found = -1;
    for (int r = 1; r < 10; r++) {
        double row[r];
        for (int c = 0; c < r; c++) {
            row[c] = r * c;
            if (row[c] == 42.0) { found = r * 10 + c; goto out; }
        }
    }
out:;
    int after = found;
    printf("%d\n", after);
    return 0;
}
