// covers: block scope nesting and shadowing of globals by locals and parameters, function-scope static vs file-scope static with same name in different functions, for-loop scope variables, identifiers in different namespaces (tag, member, label, ordinary) with the same spelling
#include <stdio.h>

int x = 1;
static int y = 2;

static int get_x(void) { return x; }
static int shadow_param(int x) { return x + get_x(); }
static int f1(void) { static int s = 10; return ++s; }
static int f2(void) { static int s = 20; return ++s; }

struct name { int name; };

int main(void) {
    printf("%d %d\n", x, y);
    int x = 10;
    printf("%d %d\n", x, get_x());
    {
        int x = 100;
        int y = x + 1;
        printf("%d %d\n", x, y);
        {
            x++;
            int x = -1;
            printf("%d\n", x);
        }
        printf("%d\n", x);
    }
    printf("%d %d\n", x, shadow_param(5));
    int r1 = f1(), r2 = f2(), r3 = f1(), r4 = f2();
    printf("%d %d %d %d\n", r1, r2, r3, r4);
    for (int x = 0; x < 2; x++) {
        for (int x = 5; x < 7; x++) printf("%d ", x);
        printf("| %d\n", x);
    }
    printf("%d\n", x);
    struct name name = {42};
    int n = name.name;
    goto name;
name:
    printf("%d %d\n", n, name.name);
    if (1) {
        int y = 7;
        printf("%d\n", y);
    }
    printf("%d\n", y);
    return 0;
}
