// covers: char arrays initialized from string literals: exact size (implicit), larger declared size (zero filled), exact size without room for NUL (char s[3] = "abc"), brace-enclosed string initializer, unsigned/signed char arrays from strings, 2-D char arrays, char array modification
#include <stdio.h>
#include <string.h>

int main(void) {
    char a[] = "hello";
    char b[10] = "hi";
    char c[3] = "abc";             /* no NUL terminator */
    char d[] = {"braced"};
    unsigned char e[] = "\xff\x80ok";
    signed char f[4] = "xy";
    char g[2][4] = {"ab", "cde"};
    char h[5] = {'a', 'b'};
    printf("%zu %zu %zu %zu %zu %zu\n", sizeof a, sizeof b, sizeof c, sizeof d, sizeof e, sizeof f);
    for (size_t i = 0; i < sizeof b; i++) printf("%d ", b[i]);
    printf("\n");
    printf("%c%c%c\n", c[0], c[1], c[2]);
    printf("%.3s\n", c);
    printf("%s %d %d %s\n", d, e[0], e[1], (char *)e + 2);
    printf("%d %d %d %d\n", f[0], f[1], f[2], f[3]);
    printf("%s %s %d\n", g[0], g[1], g[0][3]);
    printf("%s %d %d\n", h, h[2], h[4]);
    a[0] = 'j';
    strcpy(b + 2, "ya!");
    printf("%s %s\n", a, b);
    char big[64] = "prefix";
    strcat(big, "-suffix");
    memset(big + strlen(big), '.', 3);
    printf("%s\n", big);
    char z[8] = "";
    int zeros = 0;
    for (int i = 0; i < 8; i++) zeros += z[i] == 0;
    printf("%d\n", zeros);
    static char st[6] = "st";
    printf("%s %d\n", st, st[5]);
    return 0;
}
