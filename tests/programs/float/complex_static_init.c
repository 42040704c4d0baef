// covers: _Complex objects of static storage initialized by constants: real then imaginary part, float/double/int element types, arrays and struct members, designators, negation, GNU ~ conjugate, complex * / of constants, complex-to-real and real-to-complex conversions
#include <stdio.h>

struct cs { int tag; _Complex float f; _Complex double d; };

static _Complex double d1 = 1.5 - 2.5i;
static _Complex double d2 = 2.0i;
static _Complex double d3 = 3.0;
static _Complex float f1[3] = { 1.0f, 2.0fi, [2] = -0.5f + 4.0fi };
static _Complex int ci = 3 + 4i;
static _Complex short cs2[2] = { [1] = -7 - 2i };
static _Complex double prod = (1.0 + 2.0i) * (3.0 - 1.0i);
static _Complex double quot = 1.0 / (1.0 + 1.0i);
static _Complex double neg = -(2.0 - 8.0i);
static _Complex double conj = ~(5.0 + 6.0i);
static _Complex double widened = (_Complex double)(0.25f + 0.75fi);
static _Complex float narrowed = 1.0 - 2.0i;
static double real_only = (double)(9.0 + 1.0i);
static int int_from_complex = (int)(7.9 + 3.0i);
struct cs s = { 42, 1.0f - 1.0fi, .d = 0.5 - 3.0i };
struct cs sarr[2] = { [1] = { 7, 2.0fi, 0.5 } };

static void show(const char *name, _Complex double z) { printf("%s %.3f %.3f\n", name, __real__ z, __imag__ z); }

int main(void) {
    show("d1", d1);
    show("d2", d2);
    show("d3", d3);
    for (int i = 0; i < 3; i++)
        show("f1", f1[i]);
    printf("ci %d %d\n", __real__ ci, __imag__ ci);
    printf("cs2 %d %d %d %d\n", __real__ cs2[0], __imag__ cs2[0], __real__ cs2[1], __imag__ cs2[1]);
    show("prod", prod);
    show("quot", quot);
    show("neg", neg);
    show("conj", conj);
    show("widened", widened);
    show("narrowed", narrowed);
    printf("real_only %.3f int_from_complex %d\n", real_only, int_from_complex);
    printf("s %d", s.tag);
    show("", s.f);
    show("s.d", s.d);
    printf("sarr %d", sarr[1].tag);
    show("", sarr[1].f);
    show("sarr.d", sarr[1].d);
    show("sarr0", sarr[0].d);
    return 0;
}
