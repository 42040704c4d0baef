// covers: old-style non-prototype declarations int f(); called with arguments (default argument promotions apply: float->double, char/short->int), functions declared with empty parens then defined with parameters, pointer to non-prototyped function, call before definition via empty-paren declaration
#include <stdio.h>

int twice();
double half_of();
int char_code();
long mixed_args();
double avg();
int sum3();
char *pick();
static int (*fp)();

int main(void) {
    printf("%d\n", twice(21));
    printf("%g\n", avg(1.0, 4.0));
    printf("%d\n", sum3(1, 2, 3));
    printf("%s\n", pick(1));
    fp = twice;
    printf("%d\n", fp(5));
    fp = sum3;
    printf("%d\n", fp(10, 20, 30));
    float f = 5.0f;
    printf("%g\n", half_of(f));          /* float promoted to double */
    char c = 'A';
    short s = 7;
    printf("%d\n", char_code(c, s));     /* char/short promoted to int */
    printf("%ld\n", mixed_args(1, 2.5, 3L));
    return 0;
}

int twice(int x) { return x * 2; }
double avg(double a, double b) { return (a + b) / 2; }
int sum3(int a, int b, int c) { return a + b + c; }
double half_of(double x) { return x / 2; }
int char_code(int c, int s) { return c * 100 + s; }
long mixed_args(int a, double b, long c) { return a + (long)(b * 10) + c * 100; }
char *pick(int i) { static char *s[] = {"zero", "one"}; return s[i]; }
