// covers: GNU case ranges (case 1 ... 5:), char ranges ('a' ... 'z'), negative ranges, ranges mixed with single cases and default, ranges on unsigned and long long, single-value range (case 7 ... 7)
#include <stdio.h>

static const char *bucket(int n) {
    switch (n) {
    case -100 ... -1: return "neg";
    case 0: return "zero";
    case 1 ... 9: return "digit";
    case 10 ... 99: return "two";
    case 100 ... 999: return "three";
    default: return "big";
    }
}

static int char_kind(unsigned char c) {
    switch (c) {
    case 'a' ... 'z': return 1;
    case 'A' ... 'Z': return 2;
    case '0' ... '9': return 3;
    case 0x80 ... 0xff: return 4;
    case ' ': return 5;
    default: return 0;
    }
}

static int ll_range(long long v) {
    switch (v) {
    case -5000000000LL ... -1: return -1;
    case 0 ... 4999999999LL: return 1;
    case 5000000000LL ... 5000000000LL: return 2;
    default: return 3;
    }
}

static int unsigned_range(unsigned v) {
    switch (v) {
    case 0 ... 0x7fffffffu: return 0;
    case 0x80000000u ... 0xfffffffeu: return 1;
    case 0xffffffffu: return 2;
    }
    return -1;
}

int main(void) {
    int tests[] = {-101, -100, -50, -1, 0, 1, 9, 10, 99, 100, 999, 1000};
    for (int i = 0; i < 12; i++) printf("%d:%s ", tests[i], bucket(tests[i]));
    printf("\n");
    const char *s = "Hello World 2024 \xe9t\xff!";
    int counts[6] = {0};
    for (const char *p = s; *p; p++) counts[char_kind((unsigned char)*p)]++;
    for (int i = 0; i < 6; i++) printf("%d ", counts[i]);
    printf("\n");
    long long lls[] = {-6000000000LL, -5000000000LL, -1, 0, 4999999999LL, 5000000000LL, 5000000001LL};
    for (int i = 0; i < 7; i++) printf("%d ", ll_range(lls[i]));
    printf("\n");
    unsigned us[] = {0, 5, 0x7fffffffu, 0x80000000u, 0xfffffffeu, 0xffffffffu};
    for (int i = 0; i < 6; i++) printf("%d ", unsigned_range(us[i]));
    printf("\n");
    int seven = 0;
    for (int i = 0; i < 10; i++) switch (i) { case 7 ... 7: seven = i; break; case 8 ... 9: seven += 100; }
    printf("%d\n", seven);
    return 0;
}
