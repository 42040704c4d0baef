// covers: loops with complex conditions (function calls, assignments in conditions, pointer walks), loop-invariant volatile reads, nested loops with labeled goto exit, loops modifying the loop variable in body, unsigned countdown loops, loops over linked data with multiple exit points
#include <stdio.h>
#include <string.h>

static int next_token(const char **p, char *out) {
    while (**p == ' ') (*p)++;
    if (!**p) return 0;
    int n = 0;
    while (**p && **p != ' ') out[n++] = *(*p)++;
    out[n] = 0;
    return n;
}

int main(void) {
    const char *text = "  the quick  brown fox   jumps ";
    char tok[32];
    int n, count = 0, longest = 0;
    while ((n = next_token(&text, tok)) > 0) {
        count++;
        if (n > longest) longest = n;
        printf("[%s]", tok);
    }
    printf(" %d %d\n", count, longest);
    for (unsigned u = 5; u-- > 0;) printf("%u ", u);
    printf("\n");
    for (int i = 0; i < 20; i++) {
        if (i % 4 == 0) i += 2;      /* modifying loop variable */
        printf("%d ", i);
    }
    printf("\n");
    int grid[4][4] = {{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}, {13, 14, 15, 16}};
    int target = 11, fr = -1, fc = -1;
    for (int r = 0; r < 4; r++)
        for (int c = 0; c < 4; c++)
            if (grid[r][c] == target) { fr = r; fc = c; goto found; }
found:
    printf("%d %d\n", fr, fc);
    char buf[] = "a,b,,c,d";
    int fields = 0;
    for (char *p = buf, *start = buf; ; p++) {
        if (*p == ',' || *p == '\0') {
            int is_end = *p == '\0';
            *p = '\0';
            printf("<%s>", start);
            fields++;
            if (is_end) break;
            start = p + 1;
        }
    }
    printf(" %d\n", fields);
    int collatz_max = 0, arg = 0;
    for (int s = 1; s < 1000; s++) {
        long v = s;
        int steps = 0;
        while (v != 1 && steps < 1000) { v = v & 1 ? 3 * v + 1 : v / 2; steps++; }
        if (steps > collatz_max) { collatz_max = steps; arg = s; }
    }
    printf("%d %d\n", arg, collatz_max);
    size_t len = strlen("xyz");
    while (len--) putchar("xyz"[len]);
    putchar('\n');
    return 0;
}
