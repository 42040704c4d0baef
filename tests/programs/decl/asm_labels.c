// covers: asm labels on function declarations (int foo(void) __asm__("bar")), defining a function under an asm label, asm label on a global variable, referencing a libc function through a different C name via asm label (my_strlen -> strlen), __asm__ vs asm spelling
#include <stdio.h>
#include <stddef.h>

int foo(void) __asm__("cir_corpus_bar");
int foo(void) { return 42; }

extern int call_bar(void) __asm__("cir_corpus_bar");   /* second C name for the same symbol */

int counter_var __asm__("cir_corpus_counter") = 5;
extern int counter_alias __asm__("cir_corpus_counter");

size_t my_strlen(const char *) __asm__("strlen");
int my_abs(int) asm("abs");

static int helper(int x) __asm__("cir_corpus_helper");
static int helper(int x) { return x * 3; }

int asm_table[4] __asm__("cir_corpus_table") = {10, 20, 30, 40};
extern int table_alias[4] __asm__("cir_corpus_table");

static long twice_impl(long v) __asm__("cir_corpus_twice");
static long twice_impl(long v) { return v * 2; }
static long (*const twice_ptr)(long) = twice_impl;

int main(void) {
    table_alias[2] += 3;
    printf("%d %d\n", asm_table[2], table_alias[3]);
    long acc = 1;
    for (int i = 0; i < 10; i++) acc = twice_ptr(acc) + twice_impl(i);
    printf("%ld\n", acc);
    printf("%d %d\n", foo(), call_bar());
    counter_alias += 10;
    printf("%d %d\n", counter_var, counter_alias);
    printf("%zu\n", my_strlen("asm labels"));
    printf("%d\n", my_abs(-17));
    printf("%d\n", helper(14));
    int (*fp)(void) = foo;
    printf("%d\n", fp() + call_bar());
    return 0;
}
