// covers: __builtin_types_compatible_p (qualifiers ignored, typedefs, arrays, pointers, enums vs int), __builtin_choose_expr selecting expressions and types at compile time, __builtin_offsetof, combining them in type-dispatch macros, __builtin_classify_type-free checks
#include <stdio.h>
#include <stddef.h>

typedef int myint;
enum e { E0 };
struct s { char c; double d; int arr[4]; };

#define IS_TYPE(x, T) __builtin_types_compatible_p(__typeof__(x), T)
#define PRINT_ANY(x) __builtin_choose_expr(IS_TYPE(x, double), print_d, \
                     __builtin_choose_expr(IS_TYPE(x, int), print_i, print_s))(x)

static void print_d(double d) { printf("double %g\n", d); }
static void print_i(int i) { printf("int %d\n", i); }
static void print_s(const char *s) { printf("str %s\n", s); }

int main(void) {
    printf("%d %d %d\n", __builtin_types_compatible_p(int, int), __builtin_types_compatible_p(int, const int),
           __builtin_types_compatible_p(int, long));
    printf("%d %d\n", __builtin_types_compatible_p(myint, int), __builtin_types_compatible_p(int *, myint *));
    printf("%d %d\n", __builtin_types_compatible_p(int[5], int[5]), __builtin_types_compatible_p(int[5], int[6]));
    printf("%d %d\n", __builtin_types_compatible_p(int[], int[5]), __builtin_types_compatible_p(char *, const char *));
    printf("%d %d\n", __builtin_types_compatible_p(enum e, unsigned), __builtin_types_compatible_p(long, long long));
    int arr[3];
    double dv = 1;
    printf("%d %d %d\n", IS_TYPE(arr, int[3]), IS_TYPE(&arr[0], int *), IS_TYPE(dv, double));
    PRINT_ANY(2.5);
    PRINT_ANY(42);
    PRINT_ANY("text");
    int choose = __builtin_choose_expr(sizeof(long) == 8, 64, 32);
    printf("%d\n", choose);
    __typeof__(__builtin_choose_expr(1, (short)0, 0.0)) picked = 7;
    printf("%zu\n", sizeof picked);
    printf("%zu %zu %zu\n", __builtin_offsetof(struct s, d), __builtin_offsetof(struct s, arr[2]), offsetof(struct s, arr));
    return 0;
}
