// covers: GNU labels as values (&&label), goto *ptr, static dispatch tables of label addresses (const void *const []), label address differences (&&a - &&b) in static tables, computed goto loops, conditional goto *
#include <stdio.h>

static int interpret(const unsigned char *code) {
    static const void *const table[] = {&&op_halt, &&op_inc, &&op_dec, &&op_dbl, &&op_jnz, &&op_push};
    int acc = 0, stack = 0, steps = 0;
    const unsigned char *pc = code;
#define DISPATCH() do { steps++; goto *table[*pc++]; } while (0)
    DISPATCH();
op_inc: acc++; DISPATCH();
op_dec: acc--; DISPATCH();
op_dbl: acc *= 2; DISPATCH();
op_jnz: { int off = *pc++; if (acc != 0 && stack-- > 0) pc -= off; } DISPATCH();
op_push: stack = *pc++; DISPATCH();
op_halt:
#undef DISPATCH
    return acc * 1000 + steps;
}

static int offsets_demo(int which) {
    static const int offs[] = {&&l0 - &&l0, &&l1 - &&l0, &&l2 - &&l0};
    goto *(&&l0 + offs[which]);
l0: return 100;
l1: return 200;
l2: return 300;
}

static int loop_dispatch(void) {
    static void *const arr[] = {&&a, &&b, &&c};
    int out = 0;
    for (int i = 0; i < 3; i++) {
        goto *arr[2 - i];
    a: out += 1; continue;
    b: out += 10; continue;
    c: out += 100; continue;
    }
    return out;
}

int main(void) {
    const unsigned char prog1[] = {1, 1, 1, 3, 3, 2, 0};
    printf("%d\n", interpret(prog1));
    const unsigned char prog2[] = {5, 3, 1, 3, 4, 2, 0};
    printf("%d\n", interpret(prog2));
    for (int i = 0; i < 3; i++) printf("%d ", offsets_demo(i));
    printf("\n");
    void *next = &&first;
    int visits = 0;
    goto *next;
first:
    visits++;
    next = visits < 3 ? &&first : &&second;
    goto *next;
second:
    visits += 100;
    printf("%d %d\n", visits, loop_dispatch());
    return 0;
}
