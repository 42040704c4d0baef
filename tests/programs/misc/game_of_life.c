// covers: Conway's game of life on a toroidal grid with two buffers swapped via pointers to arrays, pattern initialization from string rows, generations with population counts, printing the grid with putchar, 2-D array pointer swapping
#include <stdio.h>
#include <string.h>

#define W 32
#define H 16

static int count_n(unsigned char (*g)[W], int r, int c) {
    int n = 0;
    for (int dr = -1; dr <= 1; dr++)
        for (int dc = -1; dc <= 1; dc++) {
            if (!dr && !dc) continue;
            n += g[(r + dr + H) % H][(c + dc + W) % W];
        }
    return n;
}

static void print_grid(unsigned char (*g)[W]) {
    for (int r = 0; r < H; r++) {
        for (int c = 0; c < W; c++) putchar(g[r][c] ? '#' : '.');
        putchar('\n');
    }
}

int main(void) {
    static unsigned char a[H][W], b[H][W];
    const char *pattern[] = {
        ".#......................",
        "..#.....................",
        "###.....................",
        "........................",
        "..........##............",
        "..........##............",
        "........................",
        "..................###...",
        "........................",
        "....#...................",
        "...###..................",
    };
    for (size_t r = 0; r < sizeof pattern / sizeof pattern[0]; r++)
        for (size_t c = 0; c < strlen(pattern[r]); c++) a[r + 2][c + 4] = pattern[r][c] == '#';
    unsigned char (*cur)[W] = a, (*next)[W] = b;
    for (int gen = 0; gen <= 60; gen++) {
        int pop = 0;
        for (int r = 0; r < H; r++) for (int c = 0; c < W; c++) pop += cur[r][c];
        if (gen % 10 == 0) { printf("generation %d population %d\n", gen, pop); print_grid(cur); }
        for (int r = 0; r < H; r++)
            for (int c = 0; c < W; c++) {
                int n = count_n(cur, r, c);
                next[r][c] = cur[r][c] ? (n == 2 || n == 3) : n == 3;
            }
        unsigned char (*t)[W] = cur; cur = next; next = t;
    }
    return 0;
}
