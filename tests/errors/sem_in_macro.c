// expect: 9: use of undeclared identifier `log_offset`
#include <stdio.h>

#define LOG_VALUE(v) printf("%s = %d\n", #v, (v) + log_offset)
#define CHECK(v) do { if ((v) < 0) LOG_VALUE(v); } while (0)

int main(void) {
    int balance = -5;
    CHECK(balance);
    return 0;
}
