// covers: switch fallthrough between cases, default placed in the middle and at the start (falls through to following cases), __attribute__((fallthrough)) statements, cases inside nested blocks of the switch body, multiple labels on one statement
#include <stdio.h>

static int fall(int x) {
    int r = 0;
    switch (x) {
    case 0: r += 1;
        __attribute__((fallthrough));
    case 1: r += 10;
        __attribute__((fallthrough));
    case 2: r += 100;
        break;
    case 3: r += 1000;
        __attribute__((fallthrough));
    default: r += 10000;
        __attribute__((fallthrough));
    case 4: r += 100000;
    }
    return r;
}

static int default_middle(int x) {
    int r = 0;
    switch (x) {
    case 1: r = 1; break;
    default: r = 50;
        __attribute__((fallthrough));
    case 2: r += 2; break;
    case 3: r = 3; break;
    }
    return r;
}

static int default_first(int x) {
    int r = 0;
    switch (x) {
    default: r += 7;
        __attribute__((fallthrough));
    case 10: r += 10;
        __attribute__((fallthrough));
    case 20: r += 20;
    }
    return r;
}

static int nested_block_cases(int x) {
    int r = 0;
    switch (x) {
    case 0: {
        r = 5;
        if (r) {
    case 1:
            r += 1;
        }
        break;
    }
    case 2:
        for (int i = 0; i < 2; i++) {
            r += i;
        }
        break;
    }
    return r;
}

int main(void) {
    for (int i = 0; i <= 6; i++) printf("%d ", fall(i));
    printf("\n");
    for (int i = 0; i <= 4; i++) printf("%d ", default_middle(i));
    printf("\n");
    for (int i = 5; i <= 25; i += 5) printf("%d ", default_first(i));
    printf("\n");
    for (int i = 0; i <= 3; i++) printf("%d ", nested_block_cases(i));
    printf("\n");
    int days_in_month[13];
    for (int m = 1; m <= 12; m++) {
        switch (m) {
        case 2: days_in_month[m] = 28; break;
        case 4: case 6: case 9: case 11: days_in_month[m] = 30; break;
        default: days_in_month[m] = 31;
        }
    }
    int total = 0;
    for (int m = 1; m <= 12; m++) total += days_in_month[m];
    printf("%d\n", total);
    return 0;
}
