// expect: 10: incompatible types when assigning: `struct fahrenheit` from `struct celsius`
#include <stdio.h>

struct celsius { double deg; };
struct fahrenheit { double deg; };

int main(void) {
    struct celsius c = {20.0};
    struct fahrenheit f;
    f = c;
    printf("%f\n", f.deg);
    return 0;
}
