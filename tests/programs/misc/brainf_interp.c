// covers: a Brainf*** interpreter with precomputed bracket jump table, byte tape with wraparound, program producing text output ("Hello World!" and a squares/number program), instruction counting, input from an in-memory string
#include <stdio.h>
#include <string.h>

static long run(const char *prog, const char *input) {
    size_t n = strlen(prog);
    int jump[4096];
    int stack[256], sp = 0;
    for (size_t i = 0; i < n; i++) {
        if (prog[i] == '[') stack[sp++] = (int)i;
        else if (prog[i] == ']') { int j = stack[--sp]; jump[i] = j; jump[j] = (int)i; }
    }
    unsigned char tape[30000];
    memset(tape, 0, sizeof tape);
    int ptr = 0;
    long steps = 0;
    for (size_t pc = 0; pc < n; pc++) {
        steps++;
        switch (prog[pc]) {
        case '>': ptr++; break;
        case '<': ptr--; break;
        case '+': tape[ptr]++; break;
        case '-': tape[ptr]--; break;
        case '.': putchar(tape[ptr]); break;
        case ',': tape[ptr] = *input ? (unsigned char)*input++ : 0; break;
        case '[': if (!tape[ptr]) pc = (size_t)jump[pc]; break;
        case ']': if (tape[ptr]) pc = (size_t)jump[pc]; break;
        default: steps--; break;
        }
    }
    return steps;
}

int main(void) {
    const char *hello = "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++.";
    printf("steps %ld\n", run(hello, ""));
    const char *rev = ">,[>,]<[.<]++++++++++.";
    printf("steps %ld\n", run(rev, "!desrever"));
    const char *add = ",>,[<+>-]<------------------------------------------------.[-]++++++++++.";
    /* reads two digit chars, prints their sum digit: '3'+'4' -> '7' */
    printf("steps %ld\n", run(add, "34"));
    const char *count = "++++++++[>++++++<-]>+>++++++++++>++++++++++[<<.+>.>-]";
    printf("steps %ld\n", run(count, ""));
    return 0;
}
