// covers: setjmp/longjmp implementing a loop (jumping back repeatedly), volatile loop state across longjmp, longjmp from signal-free callbacks through function pointers, jmp_buf inside a struct, setjmp in if condition and switch controlling expression
#include <stdio.h>
#include <setjmp.h>

struct ctx { jmp_buf jb; int code; };

static void maybe_fail(struct ctx *c, int v) {
    if (v % 4 == 3) { c->code = v; longjmp(c->jb, 2); }
}

static void run_cb(void (*cb)(struct ctx *, int), struct ctx *c, int v) { cb(c, v); }

int main(void) {
    jmp_buf loop;
    volatile int i = 0;
    volatile long acc = 0;
    setjmp(loop);
    if (i < 10) {
        acc += i * i;
        i++;
        longjmp(loop, 1);
    }
    printf("%d %ld\n", i, acc);
    struct ctx c;
    volatile int processed = 0, failures = 0;
    for (volatile int v = 0; v < 12; v++) {
        switch (setjmp(c.jb)) {
        case 0:
            run_cb(maybe_fail, &c, v);
            processed++;
            break;
        case 2:
            failures++;
            printf("fail at %d\n", c.code);
            break;
        }
    }
    printf("%d %d\n", processed, failures);
    volatile int hits = 0;
    if (setjmp(c.jb) < 3) {
        hits++;
        longjmp(c.jb, hits + 1);
    }
    printf("%d\n", hits);
    return 0;
}
