// covers: nested setjmp buffers (inner and outer jmp_buf), exception-like try/catch macros built on setjmp/longjmp with a handler stack, rethrow to outer handler, volatile variables across longjmp, sigsetjmp/siglongjmp, nonzero exit code
#include <stdio.h>
#include <setjmp.h>

static jmp_buf *handlers[8];
static int nh;

#define TRY(buf) do { jmp_buf buf; handlers[nh++] = &buf; int exc_ = setjmp(buf); if (exc_ == 0) {
#define CATCH(e) nh--; } else { nh--; int e = exc_;
#define END_TRY } } while (0)

static void throw_(int code) { longjmp(*handlers[nh - 1], code); }

static int risky(int x) {
    if (x % 3 == 0) throw_(100 + x);
    return x * 2;
}

int main(void) {
    volatile int sum = 0;
    for (volatile int i = 1; i <= 6; i++) {
        TRY(b1)
            sum += risky(i);
            printf("ok %d\n", i);
        CATCH(e)
            printf("caught %d\n", e);
            sum += 1000;
        END_TRY;
    }
    printf("sum %d\n", sum);
    volatile int stage = 0;
    TRY(outer)
        stage = 1;
        TRY(inner)
            stage = 2;
            throw_(7);
        CATCH(e)
            printf("inner caught %d at stage %d, rethrowing\n", e, stage);
            stage = 3;
            throw_(e * 10);
        END_TRY;
        printf("not reached\n");
    CATCH(e)
        printf("outer caught %d at stage %d\n", e, stage);
    END_TRY;
    sigjmp_buf sj;
    volatile int tries = 0;
    if (sigsetjmp(sj, 1) < 3) {
        tries++;
        siglongjmp(sj, tries);
    }
    printf("tries %d, handlers %d\n", tries, nh);
    return stage + tries;
}
