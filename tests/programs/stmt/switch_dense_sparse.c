// covers: dense switch (jump table candidate), sparse switch (large gaps), negative case values, char cases, case labels as constant expressions (enum, arithmetic, character arithmetic), default only, switch with no matching case and no default
#include <stdio.h>

enum { BASE = 1000 };

static int dense(int x) {
    switch (x) {
    case 0: return 10; case 1: return 11; case 2: return 12; case 3: return 13;
    case 4: return 14; case 5: return 15; case 6: return 16; case 7: return 17;
    case 8: return 18; case 9: return 19; case 10: return 20; case 11: return 21;
    default: return -1;
    }
}

static int sparse(long x) {
    switch (x) {
    case -1000000: return 1;
    case -7: return 2;
    case 0: return 3;
    case 13: return 4;
    case BASE: return 5;
    case BASE * 2 + 1: return 6;
    case 1 << 20: return 7;
    case 2147483647: return 8;
    case -2147483647 - 1: return 9;
    }
    return 0;
}

static const char *charcase(char c) {
    switch (c) {
    case 'a': case 'e': case 'i': case 'o': case 'u': return "vowel";
    case '0' ... '9': return "digit";
    case ' ': case '\t': case '\n': return "space";
    case 'A' + 25: return "Z";
    case '\0': return "nul";
    default: return "other";
    }
}

int main(void) {
    for (int i = -1; i <= 12; i++) printf("%d ", dense(i));
    printf("\n");
    long tests[] = {-1000000, -7, 0, 13, 1000, 2001, 1048576, 2147483647, -2147483648L, 5, -8};
    for (int i = 0; i < 11; i++) printf("%d ", sparse(tests[i]));
    printf("\n");
    const char *s = "a1 Zx\te9";
    for (const char *p = s; ; p++) { printf("%s ", charcase(*p)); if (!*p) break; }
    printf("\n");
    int x = 5, hits = 0;
    switch (x) { default: hits++; }
    switch (x) { case 1: hits += 100; }
    switch (x) { }
    printf("%d\n", hits);
    int neg = 0;
    for (int v = -3; v <= 3; v++) {
        switch (v) {
        case -3: neg += 1; break;
        case -2: neg += 2; break;
        case -1: neg += 4; break;
        case 1: neg += 8; break;
        }
    }
    printf("%d\n", neg);
    return 0;
}
