/* Computed goto: &&label, goto *p, static dispatch tables of label addresses (a threaded
 * bytecode interpreter), label differences as table offsets, labels in a loop. */
#include <stdio.h>

enum { PUSH, ADD, SUB, MUL, DUP, SWAP, JNZ, DEC, PRINT, HALT, OVER };

static long interp(const int *code)
{
    static void *const dispatch[] = { &&do_push, &&do_add, &&do_sub, &&do_mul, &&do_dup,
                                      &&do_swap, &&do_jnz, &&do_dec, &&do_print, &&do_halt, &&do_over };
    long stack[64];
    int sp = 0;
    const int *pc = code;
#define NEXT goto *dispatch[*pc++]
    NEXT;
do_push:
    stack[sp++] = *pc++;
    NEXT;
do_add:
    sp--;
    stack[sp - 1] += stack[sp];
    NEXT;
do_sub:
    sp--;
    stack[sp - 1] -= stack[sp];
    NEXT;
do_mul:
    sp--;
    stack[sp - 1] *= stack[sp];
    NEXT;
do_dup:
    stack[sp] = stack[sp - 1];
    sp++;
    NEXT;
do_swap: {
    long t = stack[sp - 1];
    stack[sp - 1] = stack[sp - 2];
    stack[sp - 2] = t;
    NEXT;
}
do_jnz: {
    int target = *pc++;
    if (stack[sp - 1] != 0)
        pc = code + target;
    NEXT;
}
do_dec:
    stack[sp - 1]--;
    NEXT;
do_print:
    printf("top=%ld depth=%d\n", stack[sp - 1], sp);
    NEXT;
do_over:
    stack[sp] = stack[sp - 2];
    sp++;
    NEXT;
do_halt:
    return stack[sp - 1];
#undef NEXT
}

/* label differences (the form used by GCC's own interpreters) */
static int state_machine(const char *input)
{
    static const int offsets[] = { &&s_a - &&s_a, &&s_b - &&s_a, &&s_c - &&s_a };
    int state = 0, count = 0;
    const char *p = input;
    goto *(&&s_a + offsets[state]);
s_a:
    if (!*p)
        return count;
    count += 1;
    state = (*p++ == 'x') ? 1 : 0;
    goto *(&&s_a + offsets[state]);
s_b:
    if (!*p)
        return count;
    count += 10;
    state = (*p++ == 'y') ? 2 : 0;
    goto *(&&s_a + offsets[state]);
s_c:
    if (!*p)
        return count;
    count += 100;
    p++;
    state = 0;
    goto *(&&s_a + offsets[state]);
}

static int local_ptrs(int n)
{
    void *targets[3];
    targets[0] = &&zero;
    targets[1] = &&one;
    targets[2] = &&two;
    int acc = 0;
    int i = 0;
next:
    if (i >= n)
        return acc;
    goto *targets[i++ % 3];
zero:
    acc += 1;
    goto next;
one:
    acc *= 3;
    goto next;
two:
    acc -= 2;
    goto next;
}

int main(void)
{
    /* factorial of 10: state [acc n]; loop: SWAP OVER MUL SWAP DEC JNZ */
    const int fact[] = {
        PUSH, 1, PUSH, 10,
        /* 4 */ SWAP, OVER, MUL, SWAP, DEC, JNZ, 4,
        SWAP, HALT,
    };
    printf("interp %ld\n", interp(fact));
    /* countdown loop: n, print, dec, jnz */
    const int countdown[] = { PUSH, 5, PRINT, DEC, JNZ, 2, PUSH, 7, PUSH, 6, MUL, PRINT, HALT };
    printf("countdown -> %ld\n", interp(countdown));
    const int arith[] = { PUSH, 3, PUSH, 4, ADD, PUSH, 5, MUL, DUP, MUL, PUSH, 25, SUB, HALT };
    printf("arith %ld\n", interp(arith));
    printf("sm %d %d %d\n", state_machine("axyzxyb"), state_machine(""), state_machine("xxxyyy"));
    printf("local %d %d %d\n", local_ptrs(0), local_ptrs(5), local_ptrs(10));
    return 0;
}
