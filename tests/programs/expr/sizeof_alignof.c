// covers: sizeof and _Alignof of all arithmetic types, pointers, arrays, structs, unions, expressions (unevaluated operands), sizeof of string literals, __alignof__, alignof from stdalign.h
#include <stdio.h>
#include <stdalign.h>
#include <stddef.h>

struct s1 { char c; int i; };
struct s2 { char c; double d; char e; };
struct s3 { char a, b, c; };
union u1 { char c; long long l; };
struct s4 { short s; long double ld; };

#define P(x) printf("%-28s %2d %2d\n", #x, (int)sizeof(x), (int)_Alignof(x))

int main(void) {
    P(char); P(signed char); P(unsigned char); P(_Bool);
    P(short); P(unsigned short); P(int); P(unsigned int);
    P(long); P(unsigned long); P(long long); P(unsigned long long);
    P(__int128); P(unsigned __int128);
    P(float); P(double); P(long double);
    P(float _Complex); P(double _Complex); P(long double _Complex);
    P(void *); P(int *); P(char **); P(void (*)(void));
    P(struct s1); P(struct s2); P(struct s3); P(union u1); P(struct s4);
    P(int[10]); P(char[3][5]); P(struct s2[4]);
    P(size_t); P(ptrdiff_t); P(max_align_t);
    int arr[17];
    printf("%d %d\n", (int)sizeof arr, (int)(sizeof arr / sizeof arr[0]));
    printf("%d %d\n", (int)sizeof "hello", (int)sizeof("") );
    int n = 0;
    printf("%d\n", (int)sizeof(n++));   /* not evaluated */
    printf("%d\n", n);
    printf("%d\n", (int)sizeof(arr[n++] + 1.0f));
    printf("%d\n", n);
    char c;
    printf("%d %d %d\n", (int)sizeof c, (int)sizeof(c + 0), (int)sizeof(c = 1));
    printf("%d %d\n", (int)__alignof__(double), (int)alignof(long long));
    printf("%d\n", (int)_Alignof(arr));
    double *dp = 0;
    printf("%d %d\n", (int)sizeof *dp, (int)sizeof dp[5]);
    printf("%d\n", (int)sizeof(struct { int a[3]; char b; }));
    printf("%d\n", (int)sizeof(int (*)[7]));
    printf("%d\n", (int)sizeof(*&arr));
    return 0;
}
