// expect: 12: no member named `wage` in `struct employee`
#include <stdio.h>

struct employee {
    const char *name;
    int age;
    double salary;
};

int main(void) {
    struct employee e = {"ann", 41, 5000.0};
    printf("%s %d %f\n", e.name, e.age, e.wage);
    return 0;
}
