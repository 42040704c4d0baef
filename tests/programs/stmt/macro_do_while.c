// covers: do { } while (0) macros used as single statements in if/else without braces, multi-statement macros with local variables, macros containing loops and break (break exits macro's do-while), nested macro expansions, null statements and expression statements cast to void
#pragma GCC diagnostic ignored "-Wunused-value"
#pragma GCC diagnostic ignored "-Wempty-body"
#include <stdio.h>

#define SWAP(a, b) do { int t_ = (a); (a) = (b); (b) = t_; } while (0)
#define LOG(fmt, ...) do { printf("[%d] " fmt "\n", __LINE__ - 40, __VA_ARGS__); } while (0)
#define FIND(arr, n, v, out) do { (out) = -1; for (int i_ = 0; i_ < (n); i_++) if ((arr)[i_] == (v)) { (out) = i_; break; } } while (0)
#define SORT3(a, b, c) do { if ((a) > (b)) SWAP(a, b); if ((b) > (c)) SWAP(b, c); if ((a) > (b)) SWAP(a, b); } while (0)
#define RETRY(n, stmt) do { int tries_ = 0; do { stmt; } while (++tries_ < (n)); } while (0)

int main(void) {
    int x = 1, y = 2;
    if (x < y) SWAP(x, y); else SWAP(x, x);
    printf("%d %d\n", x, y);
    LOG("x=%d y=%d", x, y);
    int arr[] = {4, 8, 15, 16, 23, 42};
    int pos;
    FIND(arr, 6, 16, pos);
    printf("%d\n", pos);
    FIND(arr, 6, 5, pos);
    printf("%d\n", pos);
    int a = 9, b = 3, c = 6;
    SORT3(a, b, c);
    printf("%d %d %d\n", a, b, c);
    int count = 0;
    RETRY(4, count += 2);
    printf("%d\n", count);
    ;;
    (void)0;
    (void)count;
    x + y;
    for (int i = 0; i < 3; i++) ;
    if (count) ; else ;
    LOG("%s", "done");
    return 0;
}
