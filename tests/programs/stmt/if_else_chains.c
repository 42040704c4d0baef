// covers: if/else-if chains, nested if with dangling else, if with declarations in blocks, conditions with assignments, if with empty statement, compound conditions, early returns from nested ifs
#pragma GCC diagnostic ignored "-Wparentheses"
#pragma GCC diagnostic ignored "-Wdangling-else"
#include <stdio.h>

static const char *classify(int n) {
    if (n < 0) return "negative";
    else if (n == 0) return "zero";
    else if (n < 10) return "small";
    else if (n < 100) {
        if (n % 2 == 0) return "medium-even";
        else return "medium-odd";
    } else if (n < 1000) return "large";
    return "huge";
}

static int fizz(int i, char *buf) {
    if (i % 15 == 0) { buf[0] = 'F'; buf[1] = 'B'; buf[2] = 0; return 2; }
    else if (i % 5 == 0) { buf[0] = 'B'; buf[1] = 0; return 1; }
    else if (i % 3 == 0) { buf[0] = 'F'; buf[1] = 0; return 1; }
    else { sprintf(buf, "%d", i); return 0; }
}

int main(void) {
    int tests[] = {-5, 0, 7, 42, 43, 999, 1000, 123456};
    for (int i = 0; i < 8; i++) printf("%d:%s ", tests[i], classify(tests[i]));
    printf("\n");
    char buf[16];
    int words = 0;
    for (int i = 1; i <= 30; i++) { words += fizz(i, buf); printf("%s ", buf); }
    printf("\n%d\n", words);
    int a = 1, b = 0;
    if (a)
        if (b) printf("a and b\n");
        else printf("a not b\n");   /* binds to inner if */
    int x;
    if ((x = a + 5) > 5) printf("assigned %d\n", x);
    if (x == 6) ; else printf("never\n");
    if (a && !b || x < 0) printf("compound\n");
    int grade = 0;
    for (int score = 50; score <= 100; score += 10) {
        if (score >= 90) grade += 4;
        else if (score >= 80) grade += 3;
        else if (score >= 70) grade += 2;
        else if (score >= 60) grade += 1;
    }
    printf("%d\n", grade);
    if (1) { int scoped = 3; printf("%d\n", scoped); } else { int scoped = 4; printf("%d\n", scoped); }
    return 0;
}
