// covers: member access on function-return rvalues (f().x, f().arr[i]), struct returned through multiple call levels, struct return used as argument directly, struct return in conditional, ternary of struct returns, assignment of returned struct into array element
#include <stdio.h>

struct v2 { double x, y; };
struct wrap { int arr[6]; struct v2 v; };

static struct v2 vadd(struct v2 a, struct v2 b) { return (struct v2){a.x + b.x, a.y + b.y}; }
static struct v2 vscale(struct v2 a, double s) { return (struct v2){a.x * s, a.y * s}; }
static struct v2 vrot90(struct v2 a) { return (struct v2){-a.y, a.x}; }
static struct wrap make_wrap(int k) {
    struct wrap w;
    for (int i = 0; i < 6; i++) w.arr[i] = k * i;
    w.v = vscale((struct v2){1, 2}, k);
    return w;
}
static struct wrap passthru(struct wrap w) { w.arr[0] = -1; return w; }
static struct wrap level3(int k) { return passthru(passthru(make_wrap(k))); }

int main(void) {
    struct v2 a = {1, 0};
    for (int i = 0; i < 4; i++) { a = vadd(vrot90(a), vscale(a, 0.5)); printf("(%g,%g) ", a.x, a.y); }
    printf("\n");
    printf("%g %g\n", vadd((struct v2){1, 2}, (struct v2){3, 4}).x, vrot90(vrot90((struct v2){5, 6})).y);
    printf("%d %d\n", make_wrap(3).arr[4], make_wrap(7).arr[5]);
    printf("%g\n", make_wrap(2).v.y);
    struct wrap w = level3(5);
    printf("%d %d %g\n", w.arr[0], w.arr[5], w.v.x);
    int flag = 1;
    struct v2 c = flag ? vscale(a, 2) : vrot90(a);
    printf("%g %g\n", c.x, c.y);
    struct v2 arr[3];
    for (int i = 0; i < 3; i++) arr[i] = vscale((struct v2){1, -1}, i + 1);
    printf("%g %g\n", arr[2].x, arr[2].y);
    double len2 = vadd(arr[0], arr[1]).x * vadd(arr[0], arr[1]).x;
    printf("%g\n", len2);
    return 0;
}
