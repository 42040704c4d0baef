// covers: setjmp/longjmp with volatile locals preserving modified values, setjmp return value distinguishing first return vs longjmp value, longjmp(buf, 0) yielding 1, longjmp from nested function calls, error-recovery loop using setjmp
#include <stdio.h>
#include <setjmp.h>

static jmp_buf env;
static int depth_reached;

static void deep(int n) {
    depth_reached = n;
    if (n > 100) return;
    if (n == 5) longjmp(env, 42);
    deep(n + 1);
}

static void zero_jump(void) { longjmp(env, 0); }

static int parse_digit(char c) {
    if (c < '0' || c > '9') longjmp(env, (unsigned char)c);
    return c - '0';
}

int main(void) {
    volatile int counter = 0;
    int r = setjmp(env);
    counter++;
    if (r == 0) {
        printf("first return, counter=%d\n", counter);
        deep(0);
        printf("not reached\n");
    } else {
        printf("longjmp returned %d, depth=%d, counter=%d\n", r, depth_reached, counter);
    }
    r = setjmp(env);
    if (r == 0) zero_jump();
    else printf("longjmp(0) gives %d\n", r);
    const char *inputs[] = {"123", "4x6", "789", "?"};
    for (volatile int i = 0; i < 4; i++) {
        volatile int value = 0;
        volatile int pos = 0;
        int bad = setjmp(env);
        if (bad == 0) {
            for (const char *p = inputs[i]; *p; p++, pos++) value = value * 10 + parse_digit(*p);
            printf("%s -> %d\n", inputs[i], value);
        } else {
            printf("%s -> error '%c' at %d (partial %d)\n", inputs[i], bad, pos, value);
        }
    }
    return 0;
}
