// covers: enums with implicit and explicit values, negative values, duplicate values, enumerators used in constant expressions (array sizes, case labels, bit masks), enum as int (arithmetic, comparisons), sizeof enum, enum variables holding values outside named set, anonymous enums
#include <stdio.h>

enum color { RED, GREEN, BLUE, COLOR_COUNT };
enum level { LOW = -5, MID, HIGH = 10, HIGHER, ALIAS = MID };
enum flags { F_A = 1 << 0, F_B = 1 << 1, F_C = 1 << 2, F_ALL = F_A | F_B | F_C };
enum { ANON_X = 100, ANON_Y = ANON_X * 2 };
enum big_neg { BN = -2147483647 - 1, BP = 2147483647 };

static const char *color_names[COLOR_COUNT] = {"red", "green", "blue"};

int main(void) {
    for (enum color c = RED; c < COLOR_COUNT; c++) printf("%d=%s ", c, color_names[c]);
    printf("\n");
    printf("%d %d %d %d %d\n", LOW, MID, HIGH, HIGHER, ALIAS);
    printf("%d %d %d %d\n", F_A, F_B, F_C, F_ALL);
    int mask = F_A | F_C;
    printf("%d %d\n", (mask & F_B) != 0, (mask & F_C) != 0);
    printf("%d %d\n", ANON_X, ANON_Y);
    printf("%d %d\n", BN, BP);
    printf("%zu %zu\n", sizeof(enum color), sizeof(enum big_neg));
    enum color c = BLUE;
    int i = c + 1;
    printf("%d\n", i);
    c = (enum color)7;    /* value outside the named set */
    printf("%d\n", c);
    enum level lv = LOW;
    lv++;
    printf("%d %d\n", lv, lv == MID);
    int arr[HIGHER];
    printf("%zu\n", sizeof arr / sizeof arr[0]);
    printf("%d\n", _Generic(RED, int: 1, default: 0));
    enum flags f = F_A;
    f |= F_B;
    printf("%d\n", f);
    printf("%d\n", MID < HIGH && HIGH < HIGHER);
    return 0;
}
