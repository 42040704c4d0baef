// covers: arrays of function pointers (dispatch tables), indexing and calling, function pointer arrays initialized with designators, 2-D table of function pointers, NULL entries checked before call
#include <stdio.h>

static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }
static int divi(int a, int b) { return b ? a / b : 0; }
static int mod(int a, int b) { return b ? a % b : 0; }

enum op { OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD, OP_POW, OP_COUNT };

static int (*const table[OP_COUNT])(int, int) = {
    [OP_MUL] = mul, [OP_ADD] = add, [OP_SUB] = sub, [OP_DIV] = divi, [OP_MOD] = mod,
};
static const char *names[OP_COUNT] = {"add", "sub", "mul", "div", "mod", "pow"};

static void on_a(void) { printf("state A\n"); }
static void on_b(void) { printf("state B\n"); }
static void on_c(void) { printf("state C\n"); }

int main(void) {
    for (int op = 0; op < OP_COUNT; op++) {
        if (table[op]) printf("%s: %d %d %d\n", names[op], table[op](17, 5), table[op](-9, 4), (*table[op])(100, 7));
        else printf("%s: unsupported\n", names[op]);
    }
    void (*handlers[3])(void) = {on_a, on_b, on_c};
    int seq[] = {0, 2, 1, 1, 0};
    for (int i = 0; i < 5; i++) handlers[seq[i]]();
    int (*grid[2][2])(int, int) = {{add, sub}, {mul, mod}};
    int acc = 1;
    for (int i = 0; i < 2; i++)
        for (int j = 0; j < 2; j++) acc = grid[i][j](acc, i + j + 2);
    printf("%d\n", acc);
    int (**pp)(int, int) = (int (**)(int, int))table;
    printf("%d\n", pp[2](6, 7));
    int (*copy[OP_COUNT])(int, int);
    for (int i = 0; i < OP_COUNT; i++) copy[OP_COUNT - 1 - i] = table[i];
    printf("%d %d\n", copy[0] == NULL, copy[5](3, 4));
    printf("%d\n", (int)(sizeof table / sizeof table[0]));
    return 0;
}
