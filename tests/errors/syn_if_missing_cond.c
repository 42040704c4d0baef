// expect: 6: syntax error: unexpected `)`
#include <stdio.h>

int main(void) {
    int flag = 1;
    if () {
        puts("empty condition");
    }
    return flag;
}
