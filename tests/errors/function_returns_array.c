// expect: 4: function cannot return a function or an array
#include <stdio.h>

int make_triple(int v)[3];

int main(void) {
    printf("hi\n");
    return 0;
}
