// covers: const globals and locals with initializers (scalars, arrays, structs, pointers), const used in array sizes of VLA-free contexts via enum, const parameters, const struct members initialized, const arrays as lookup tables, pointers to const data passed around
#include <stdio.h>

const int gconst = 17;
static const double gpi = 3.14159;
const char gmsg[] = "constant message";
const int gtable[5] = {1, 1, 2, 3, 5};
struct cfg { const char *name; const int limit; double ratio; };
const struct cfg gcfg = {"main", 64, 0.75};
static const struct cfg gcfgs[] = {{"a", 1, 0.1}, {"b", 2, 0.2}};

static int scaled(const int x, const double factor) { return (int)(x * factor); }
static int sum(const int *const v, const int n) { int s = 0; for (int i = 0; i < n; i++) s += v[i]; return s; }

int main(void) {
    const int local = gconst * 2;
    const double ratio = gcfg.ratio * 2;
    const char *const name = gcfg.name;
    printf("%d %g %s %d\n", local, ratio, name, gcfg.limit);
    printf("%s %zu\n", gmsg, sizeof gmsg);
    printf("%d\n", sum(gtable, 5));
    printf("%d\n", scaled(local, gpi));
    const int arr[] = {local, local + 1, gconst};
    printf("%d %d %d\n", arr[0], arr[1], arr[2]);
    const struct cfg lc = {.name = "local", .limit = local, .ratio = 1.5};
    printf("%s %d %g\n", lc.name, lc.limit, lc.ratio);
    for (int i = 0; i < 2; i++) printf("%s %d %g\n", gcfgs[i].name, gcfgs[i].limit, gcfgs[i].ratio);
    const int *p = &local;
    printf("%d\n", *p);
    for (const int *it = gtable; it < gtable + 5; it++) printf("%d ", *it);
    printf("\n");
    const char c = gmsg[3];
    printf("%c\n", c);
    return 0;
}
