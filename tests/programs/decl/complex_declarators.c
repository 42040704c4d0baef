// covers: complex declarators: pointer to function returning pointer to array, array of pointers to functions returning pointers, function returning pointer to function, pointer to array of pointers, abstract declarators in casts and sizeof, multiple declarators of different kinds in one declaration
#include <stdio.h>

static int data[3] = {1, 2, 3};
static int (*get_data(void))[3] { return &data; }                   /* function returning pointer to array */
static int (*(*pf)(void))[3] = get_data;                            /* pointer to such a function */

static int one(void) { return 1; }
static int two(void) { return 2; }
static int (*fns[2])(void) = {one, two};
static int (*pick(int i))(void) { return fns[i]; }               /* returns pointer to function */

static char *names[] = {"x", "y"};
static char *(*pnames)[2] = &names;                                 /* pointer to array of pointers */

static int val = 5;
static int *ret_ptr(void) { return &val; }
static int *(*ptr_fns[2])(void) = {ret_ptr, ret_ptr};               /* array of pointers to functions returning int* */

int main(void) {
    int (*arr)[3] = pf();
    printf("%d %d\n", (*arr)[0], (*pf())[2]);
    printf("%d %d\n", pick(0)(), (*pick(1))());
    printf("%s %s\n", (*pnames)[0], (*pnames)[1]);
    *ptr_fns[1]() += 10;
    printf("%d\n", *ptr_fns[0]());
    int a = 1, *b = &a, c[3] = {4, 5, 6}, (*d)(void) = one, **e = &b, (*f)[3] = &c;
    printf("%d %d %d %d %d %d\n", a, *b, c[1], d(), **e, (*f)[2]);
    printf("%zu %zu %zu %zu\n", sizeof(int (*)[3]), sizeof(int *[3]), sizeof(int (*(*)(void))[3]), sizeof(char (*)[7][2]));
    void *vp = (void *)fns;
    int (**pp)(void) = (int (**)(void))vp;
    printf("%d\n", pp[1]());
    const char *const *const cc = (const char *const *)names;
    printf("%s\n", cc[1]);
    int (*const cfp)(void) = two;
    int (*volatile vfp)(void) = one;
    printf("%d %d\n", cfp(), vfp());
    double (*matrix_ptr)[2][2] = &(double[2][2]){{1, 2}, {3, 4}};
    printf("%g\n", (*matrix_ptr)[1][0]);
    return 0;
}
