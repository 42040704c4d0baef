// expect: 9: `asm` statement rejected by
#include <stdio.h>

static int f(int x) {
    __asm__("bogus_instruction %0" : "+r"(x));
    return x;
}

int main(void) { printf("%d\n", @f(1)); return 0; }
