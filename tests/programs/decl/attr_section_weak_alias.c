// covers: __attribute__((section("..."))) on variables and functions, __attribute__((weak)) definitions, weak undefined reference (address compares NULL), __attribute__((alias("target"))) for functions and variables, __attribute__((visibility("hidden"))), __attribute__((noinline, noclone))
#include <stdio.h>
#include <stddef.h>

__attribute__((section(".data.cir_custom"))) int sec_var = 1234;
__attribute__((section(".rodata.cir_table"))) const int sec_table[3] = {7, 8, 9};
__attribute__((section(".text.cir_fn"))) int sec_fn(int x) { return x * 2 + sec_var; }

__attribute__((weak)) int weak_fn(int x) { return x + 1000; }
__attribute__((weak)) int weak_var = 55;
extern int missing_weak_fn(int) __attribute__((weak));

int real_impl(int x) { return x * x + 1; }
int aliased_fn(int) __attribute__((alias("real_impl")));
int real_data = 31337;
extern int aliased_data __attribute__((alias("real_data")));

static int static_target(int a, int b) { return a - b; }
static int static_alias(int, int) __attribute__((alias("static_target")));

__attribute__((visibility("hidden"))) int hidden_fn(int x) { return x ^ 0xff; }
__attribute__((visibility("hidden"))) int hidden_var = 77;
__attribute__((visibility("default"))) int default_vis(void) { return 1; }
__attribute__((noinline, noclone)) static int opaque(int x) { return x + 3; }

int main(void) {
    printf("%d %d %d\n", sec_var, sec_table[1], sec_fn(5));
    printf("%d %d\n", weak_fn(1), weak_var);
    int (*volatile mw)(int) = missing_weak_fn;
    printf("missing weak is null: %d\n", mw == NULL);
    if (mw) printf("%d\n", mw(1));
    printf("%d %d\n", aliased_fn(6), real_impl(6));
    printf("%d %d\n", aliased_data, &aliased_data == &real_data);
    aliased_data++;
    printf("%d\n", real_data);
    printf("%d %d\n", static_alias(10, 4), static_target(10, 4));
    printf("%d %d %d\n", hidden_fn(1), hidden_var, default_vis());
    printf("%d\n", opaque(39));
    return 0;
}
