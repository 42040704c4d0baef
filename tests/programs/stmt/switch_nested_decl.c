// covers: nested switch statements (inner break only exits inner switch), switch with declarations before the first case label (not initialized), declarations inside case blocks with braces, switch on expression with side effects evaluated once, switch on enum inside switch on int
#include <stdio.h>

enum kind { A, B, C };

static int calls;
static int next_val(int v) { calls++; return v; }

static int nested(int outer, enum kind inner) {
    int r = 0;
    switch (outer) {
    case 0:
        switch (inner) {
        case A: r = 1; break;
        case B: r = 2; break;
        default: r = 3; break;
        }
        r += 10;     /* reached after inner break */
        break;
    case 1:
        switch (inner) {
        case A: r = 100;
            __attribute__((fallthrough));
        case B: r += 200; break;
        case C: return -1;
        }
        break;
    default:
        r = 999;
    }
    return r;
}

static int decl_before_case(int x) {
    switch (x) {
        int tmp;            /* declared but never initialized by a jump */
    case 1:
        tmp = 10;
        return tmp + 1;
    case 2: {
        int local = x * 100;
        tmp = local;
        return tmp;
    }
    default:
        tmp = -1;
        return tmp;
    }
}

int main(void) {
    for (int o = 0; o < 3; o++)
        for (int k = A; k <= C; k++) printf("%d ", nested(o, (enum kind)k));
    printf("\n");
    printf("%d %d %d\n", decl_before_case(1), decl_before_case(2), decl_before_case(3));
    int r = 0;
    switch (next_val(2) * 2) {
    case 4: r = 4; break;
    case 2: r = 2; break;
    }
    printf("%d %d\n", r, calls);
    int x = 3;
    switch (x) {
    case 3: {
        int y = x * 2;
        switch (y) {
        case 6: printf("six\n");
            __attribute__((fallthrough));
        case 7: printf("seven-ish\n"); break;
        }
        break;
    }
    }
    return 0;
}
