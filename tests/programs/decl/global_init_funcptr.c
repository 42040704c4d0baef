// covers: global function pointer tables (arrays of function pointers, structs of function pointers, designated function tables), const function pointer tables, function pointers in nested global structs, NULL entries, calling through global tables
#include <stdio.h>

static int op_add(int a, int b) { return a + b; }
static int op_sub(int a, int b) { return a - b; }
static int op_mul(int a, int b) { return a * b; }
static int op_max(int a, int b) { return a > b ? a : b; }
static void hello(void) { printf("hello\n"); }
static void bye(void) { printf("bye\n"); }

int (*ops[])(int, int) = {op_add, op_sub, op_mul, op_max};
int (*const const_ops[4])(int, int) = {[3] = op_add, [0] = op_mul};

struct command { const char *name; int (*fn)(int, int); int arity; };
const struct command commands[] = {
    {"add", op_add, 2}, {"sub", &op_sub, 2}, {"mul", op_mul, 2}, {"nop", NULL, 0},
};

struct plugin { const char *name; struct { void (*init)(void); void (*fini)(void); } hooks; };
struct plugin plugins[2] = {{"p1", {hello, bye}}, {"p2", {.fini = bye}}};

void (*single)(void) = hello;

int main(void) {
    for (int i = 0; i < 4; i++) printf("%d ", ops[i](12, 5));
    printf("\n");
    for (int i = 0; i < 4; i++) printf("%d ", const_ops[i] ? const_ops[i](3, 4) : -1);
    printf("\n");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
        if (commands[i].fn) printf("%s(9,3)=%d\n", commands[i].name, commands[i].fn(9, 3));
        else printf("%s: no fn\n", commands[i].name);
    }
    for (int i = 0; i < 2; i++) {
        printf("%s:\n", plugins[i].name);
        if (plugins[i].hooks.init) plugins[i].hooks.init();
        if (plugins[i].hooks.fini) plugins[i].hooks.fini();
    }
    single();
    ops[0] = op_mul;
    printf("%d\n", ops[0](6, 7));
    return 0;
}
