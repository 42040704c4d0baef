// covers: __attribute__((cleanup(fn))) running at scope exit in reverse declaration order, on early return, on break/continue out of loop bodies, on goto out of a block, freeing heap memory, cleanup of multiple variable types
#include <stdio.h>
#include <stdlib.h>

static void free_ptr(char **p) { printf("free %s\n", *p ? *p : "(null)"); free(*p); }
static void say_int(int *p) { printf("cleanup int %d\n", *p); }
static void say_dbl(double *p) { printf("cleanup double %g\n", *p); }

#define AUTO_FREE __attribute__((cleanup(free_ptr)))

static char *dupstr(const char *s) {
    size_t n = 0; while (s[n]) n++;
    char *r = malloc(n + 1);
    for (size_t i = 0; i <= n; i++) r[i] = s[i];
    return r;
}

static int early(int x) {
    int a __attribute__((cleanup(say_int))) = x;
    AUTO_FREE char *s = dupstr("early-buf");
    if (x > 5) { printf("early return\n"); return 1; }
    double d __attribute__((cleanup(say_dbl))) = x * 0.5;
    printf("normal path %g\n", d);
    return 0;
}

int main(void) {
    {
        int first __attribute__((cleanup(say_int))) = 1;
        int second __attribute__((cleanup(say_int))) = 2;
        printf("in block %d %d\n", first, second);
    }
    printf("ret %d\n", early(3));
    printf("ret %d\n", early(9));
    for (int i = 0; i < 4; i++) {
        int iter __attribute__((cleanup(say_int))) = i * 10;
        if (i == 1) continue;
        if (i == 3) break;
        printf("loop %d\n", iter);
    }
    {
        AUTO_FREE char *g = dupstr("goto-buf");
        if (g) goto out;
        printf("not printed\n");
    }
out:
    printf("after goto\n");
    AUTO_FREE char *nul = NULL;
    printf("end of main\n");
    return 0;
}
