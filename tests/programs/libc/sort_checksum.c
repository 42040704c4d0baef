// covers: sorting benchmark-style program: LCG-generated data, quicksort (Hoare, recursive), merge sort (with temp buffer), heap sort, shell sort, insertion sort; verifying sortedness and identical results, checksums of sorted arrays, counting comparisons
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long long cmps;
static unsigned lcg_state = 2463534242u;
static unsigned lcg(void) { lcg_state = lcg_state * 1664525u + 1013904223u; return lcg_state >> 8; }
static int lt(int a, int b) { cmps++; return a < b; }

static void quick(int *a, int lo, int hi) {
    if (lo >= hi) return;
    int p = a[lo + (hi - lo) / 2], i = lo - 1, j = hi + 1;
    for (;;) {
        do i++; while (lt(a[i], p));
        do j--; while (lt(p, a[j]));
        if (i >= j) break;
        int t = a[i]; a[i] = a[j]; a[j] = t;
    }
    quick(a, lo, j);
    quick(a, j + 1, hi);
}
static void merge_sort(int *a, int *tmp, int n) {
    if (n < 2) return;
    int h = n / 2;
    merge_sort(a, tmp, h);
    merge_sort(a + h, tmp, n - h);
    int i = 0, j = h, k = 0;
    while (i < h && j < n) tmp[k++] = lt(a[j], a[i]) ? a[j++] : a[i++];
    while (i < h) tmp[k++] = a[i++];
    while (j < n) tmp[k++] = a[j++];
    memcpy(a, tmp, n * sizeof *a);
}
static void sift(int *a, int i, int n) {
    for (;;) {
        int l = 2 * i + 1, m = i;
        if (l < n && lt(a[m], a[l])) m = l;
        if (l + 1 < n && lt(a[m], a[l + 1])) m = l + 1;
        if (m == i) return;
        int t = a[i]; a[i] = a[m]; a[m] = t;
        i = m;
    }
}
static void heap_sort(int *a, int n) {
    for (int i = n / 2 - 1; i >= 0; i--) sift(a, i, n);
    for (int e = n - 1; e > 0; e--) { int t = a[0]; a[0] = a[e]; a[e] = t; sift(a, 0, e); }
}
static void shell_sort(int *a, int n) {
    for (int gap = n / 2; gap > 0; gap /= 2)
        for (int i = gap; i < n; i++) {
            int v = a[i], j = i;
            while (j >= gap && lt(v, a[j - gap])) { a[j] = a[j - gap]; j -= gap; }
            a[j] = v;
        }
}
static void insertion(int *a, int n) {
    for (int i = 1; i < n; i++) { int v = a[i], j = i - 1; while (j >= 0 && lt(v, a[j])) { a[j + 1] = a[j]; j--; } a[j + 1] = v; }
}
static unsigned long long checksum(const int *a, int n) {
    unsigned long long h = 0;
    for (int i = 0; i < n; i++) h = h * 1000003ULL + (unsigned)a[i];
    return h;
}
static int sorted(const int *a, int n) { for (int i = 1; i < n; i++) if (a[i - 1] > a[i]) return 0; return 1; }

int main(void) {
    enum { N = 20000 };
    static int base[N], work[N], tmp[N];
    for (int i = 0; i < N; i++) base[i] = (int)(lcg() % 100000) - 50000;
    const char *names[] = {"quick", "merge", "heap", "shell", "insertion(2000)"};
    for (int alg = 0; alg < 5; alg++) {
        int n = alg == 4 ? 2000 : N;
        memcpy(work, base, sizeof work);
        cmps = 0;
        switch (alg) {
        case 0: quick(work, 0, n - 1); break;
        case 1: merge_sort(work, tmp, n); break;
        case 2: heap_sort(work, n); break;
        case 3: shell_sort(work, n); break;
        case 4: insertion(work, n); break;
        }
        printf("%-16s sorted=%d cmps=%llu sum=%016llx min=%d max=%d\n", names[alg], sorted(work, n), cmps,
               checksum(work, n), work[0], work[n - 1]);
    }
    return 0;
}
