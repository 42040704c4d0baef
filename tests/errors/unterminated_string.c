// expect: 5: missing terminating " character
#include <stdio.h>

int main(void) {
    const char *greeting = "hello;
    puts(greeting);
    return 0;
}
