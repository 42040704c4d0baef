// covers: 1-D VLAs with runtime size, sizeof of VLA (evaluated at runtime), VLA of doubles and chars, VLA initialized by loop, VLA size expression with side effects evaluated once, VLA in nested block freed at block exit, VLA of structs
#include <stdio.h>
#include <string.h>

struct pt { int x, y; };

static int sieve_count(int n) {
    char is_comp[n + 1];
    memset(is_comp, 0, sizeof is_comp);
    int cnt = 0;
    for (int i = 2; i <= n; i++) {
        if (is_comp[i]) continue;
        cnt++;
        for (int j = i * i; j <= n; j += i) is_comp[j] = 1;
    }
    return cnt;
}

static int counter;
static int next_size(void) { return ++counter * 4; }

static void dyn_copy(const char *w) {
    char buf[strlen(w) + 1];
    strcpy(buf, w);
    printf("[%s] %zu\n", buf, sizeof buf);
}

int main(void) {
    int n = 10;
    int a[n];
    for (int i = 0; i < n; i++) a[i] = i * i;
    printf("%zu %d\n", sizeof a, a[n - 1]);
    double d[n * 2];
    printf("%zu\n", sizeof d / sizeof d[0]);
    for (int i = 0; i < n * 2; i++) d[i] = i / 4.0;
    double s = 0;
    for (int i = 0; i < n * 2; i++) s += d[i];
    printf("%g\n", s);
    printf("%d %d\n", sieve_count(100), sieve_count(10000));
    int v[next_size()];
    printf("%zu %d\n", sizeof v / sizeof v[0], counter);
    {
        int m = 3;
        struct pt pts[m + 1];
        for (int i = 0; i <= m; i++) pts[i] = (struct pt){i, -i};
        printf("%zu %d\n", sizeof pts, pts[m].y);
    }
    dyn_copy("dynamic");
    dyn_copy("");
    for (int k = 1; k <= 3; k++) {
        long arr[k];
        printf("%zu ", sizeof arr);
    }
    printf("\n");
    return 0;
}
