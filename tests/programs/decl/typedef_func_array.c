// covers: typedef of function types (declaring prototypes with them), typedef of function pointer types, typedef of array types (fixed size, incomplete array typedef completed by initializer), typedef of pointer-to-array, arrays of typedef'd arrays, sizeof of typedef'd arrays
#include <stdio.h>

typedef int handler(int);            /* function type */
typedef handler *handler_ptr;
typedef int vec4[4];                 /* array type */
typedef char name_t[16];
typedef int open_arr[];              /* incomplete array type */
typedef vec4 mat4[4];                /* array of arrays */
typedef int (*row_ptr)[4];
typedef double (*(*get_fn_t)(void))(double);

static handler inc, dbl;             /* declare functions via function typedef */
static int inc(int x) { return x + 1; }
static int dbl(int x) { return x * 2; }
static double halve(double x) { return x / 2; }
static double (*get_halve(void))(double) { return halve; }

static int sum_vec(const vec4 v) { return v[0] + v[1] + v[2] + v[3]; }
static void identity(mat4 m) { for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) m[i][j] = i == j; }

int main(void) {
    handler_ptr hs[2] = {inc, dbl};
    int v = 5;
    for (int i = 0; i < 2; i++) v = hs[i](v);
    printf("%d\n", v);
    vec4 a = {1, 2, 3, 4};
    printf("%d %zu\n", sum_vec(a), sizeof(vec4));
    name_t names[3] = {"alice", "bob", "carol"};
    printf("%s %zu\n", names[2], sizeof names);
    open_arr o1 = {1, 2, 3};
    open_arr o2 = {4, 5, 6, 7, 8};
    printf("%zu %zu\n", sizeof o1 / sizeof o1[0], sizeof o2 / sizeof o2[0]);
    mat4 m;
    identity(m);
    int tr = 0;
    for (int i = 0; i < 4; i++) tr += m[i][i] + m[i][3 - i];
    printf("%d %zu\n", tr, sizeof(mat4));
    row_ptr rp = m;
    printf("%d\n", rp[2][2]);
    get_fn_t g = get_halve;
    printf("%g\n", g()(9.0));
    vec4 *pv = &a;
    printf("%d\n", (*pv)[3]);
    return 0;
}
