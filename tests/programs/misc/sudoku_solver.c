// covers: backtracking sudoku solver with bitmask constraint sets (rows, columns, boxes), recursion with undo, __builtin_ctz/popcount for candidate selection (most-constrained cell heuristic), grid parsing from a string, solution validation, node counting, exit code = number of solved puzzles
#include <stdio.h>
#include <string.h>

static int grid[81];
static unsigned rows[9], cols[9], boxes[9];
static long nodes;

static int box_of(int i) { return (i / 27) * 3 + (i % 9) / 3; }
static void place(int i, int d) { grid[i] = d; unsigned b = 1u << d; rows[i / 9] |= b; cols[i % 9] |= b; boxes[box_of(i)] |= b; }
static void unplace(int i, int d) { grid[i] = 0; unsigned b = ~(1u << d); rows[i / 9] &= b; cols[i % 9] &= b; boxes[box_of(i)] &= b; }

static int solve(void) {
    nodes++;
    int best = -1, best_cnt = 10;
    unsigned best_mask = 0;
    for (int i = 0; i < 81; i++) {
        if (grid[i]) continue;
        unsigned mask = ~(rows[i / 9] | cols[i % 9] | boxes[box_of(i)]) & 0x3fe;
        int cnt = __builtin_popcount(mask);
        if (cnt < best_cnt) { best = i; best_cnt = cnt; best_mask = mask; if (cnt <= 1) break; }
    }
    if (best < 0) return 1;
    while (best_mask) {
        int d = __builtin_ctz(best_mask);
        best_mask &= best_mask - 1;
        place(best, d);
        if (solve()) return 1;
        unplace(best, d);
    }
    return 0;
}

static int valid(void) {
    for (int u = 0; u < 9; u++) if (rows[u] != 0x3fe || cols[u] != 0x3fe || boxes[u] != 0x3fe) return 0;
    return 1;
}

int main(void) {
    const char *puzzles[] = {
        "53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
        "..............3.85..1.2.......5.7.....4...1...9.......5......73..2.1........4...9",
        "8..........36......7..9.2...5...7.......457.....1...3...1....68..85...1..9....4..",
    };
    int solved = 0;
    for (int k = 0; k < 3; k++) {
        memset(rows, 0, sizeof rows); memset(cols, 0, sizeof cols); memset(boxes, 0, sizeof boxes); memset(grid, 0, sizeof grid);
        for (int i = 0; i < 81; i++) if (puzzles[k][i] != '.') place(i, puzzles[k][i] - '0');
        nodes = 0;
        int ok = solve();
        solved += ok;
        printf("puzzle %d solved=%d valid=%d nodes=%ld\n", k, ok, valid(), nodes);
        for (int r = 0; r < 9; r++) {
            for (int c = 0; c < 9; c++) printf("%d%s", grid[r * 9 + c], c == 2 || c == 5 ? " | " : c == 8 ? "" : " ");
            printf("\n");
            if (r == 2 || r == 5) printf("------+-------+------\n");
        }
    }
    return solved;
}
