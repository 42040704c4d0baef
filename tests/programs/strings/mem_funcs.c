// covers: memcpy, memmove (overlapping both directions), memset (byte patterns on int arrays), memcmp (ordering, unsigned comparison of bytes), memchr, memrchr (GNU), memmem (GNU), mempcpy (GNU), explicit length operations on non-string data
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>

int main(void) {
    char buf[32] = "0123456789abcdef";
    memmove(buf + 4, buf, 8);
    printf("%s\n", buf);
    strcpy(buf, "0123456789abcdef");
    memmove(buf, buf + 4, 8);
    printf("%s\n", buf);
    int arr[8];
    memset(arr, 0, sizeof arr);
    memset(arr, 0x01, 3 * sizeof(int));
    printf("%d %d %d %d\n", arr[0], arr[1], arr[2], arr[3]);
    memset(arr, 0xff, sizeof arr);
    printf("%d\n", arr[7]);
    int src[5] = {1, 2, 3, 4, 5}, dst[5];
    memcpy(dst, src, sizeof src);
    dst[2] = 30;
    printf("%d %d\n", memcmp(src, dst, sizeof src) < 0, memcmp(src, dst, 2 * sizeof(int)));
    unsigned char hi[] = {0x80}, lo[] = {0x7f};
    printf("%d\n", memcmp(hi, lo, 1) > 0);
    const char *text = "find the needle in the haystack, needle!";
    const char *p = memchr(text, 'n', strlen(text));
    printf("%td\n", p - text);
    const char *r = memrchr(text, 'n', strlen(text));
    printf("%td\n", r - text);
    const char *m = memmem(text, strlen(text), "needle", 6);
    printf("%td\n", m - text);
    char out[32];
    char *w = mempcpy(out, "abc", 3);
    w = mempcpy(w, "defg", 4);
    *w = 0;
    printf("%s %td\n", out, w - out);
    double dv[4] = {1.5, 2.5, 3.5, 4.5}, dcopy[4];
    memcpy(dcopy, dv, sizeof dv);
    memmove(dcopy + 1, dcopy, 3 * sizeof(double));
    printf("%g %g %g %g\n", dcopy[0], dcopy[1], dcopy[2], dcopy[3]);
    printf("%d\n", memcmp("abc", "abd", 0));
    return 0;
}
