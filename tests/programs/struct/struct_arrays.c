// covers: arrays of structs (static, automatic, heap), initialization lists, iteration by index and by pointer, sorting arrays of structs manually, struct with array member indexed in loops, 2-D array of structs, aggregate statistics
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

struct student { char name[16]; int scores[3]; double avg; };
struct cell { int alive; int neighbors; };

static struct student roster[] = {
    {"ada", {90, 85, 77}, 0}, {"bob", {60, 75, 80}, 0}, {"cy", {100, 95, 98}, 0},
    {"dee", {45, 70, 65}, 0}, {"eve", {88, 88, 88}, 0},
};

int main(void) {
    int n = (int)(sizeof roster / sizeof roster[0]);
    for (int i = 0; i < n; i++) {
        int s = 0;
        for (int j = 0; j < 3; j++) s += roster[i].scores[j];
        roster[i].avg = s / 3.0;
    }
    for (int i = 1; i < n; i++) {
        struct student key = roster[i];
        int j = i - 1;
        while (j >= 0 && roster[j].avg < key.avg) { roster[j + 1] = roster[j]; j--; }
        roster[j + 1] = key;
    }
    for (struct student *p = roster; p < roster + n; p++) printf("%-4s %.2f\n", p->name, p->avg);
    struct cell grid[5][5];
    memset(grid, 0, sizeof grid);
    int glider[][2] = {{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}};
    for (int k = 0; k < 5; k++) grid[glider[k][0]][glider[k][1]].alive = 1;
    for (int i = 0; i < 5; i++)
        for (int j = 0; j < 5; j++)
            for (int di = -1; di <= 1; di++)
                for (int dj = -1; dj <= 1; dj++) {
                    if (!di && !dj) continue;
                    int r = i + di, c = j + dj;
                    if (r >= 0 && r < 5 && c >= 0 && c < 5) grid[i][j].neighbors += grid[r][c].alive;
                }
    for (int i = 0; i < 5; i++) {
        for (int j = 0; j < 5; j++) printf("%d%c", grid[i][j].neighbors, grid[i][j].alive ? '*' : ' ');
        printf("\n");
    }
    struct student *heap = malloc(3 * sizeof *heap);
    for (int i = 0; i < 3; i++) {
        snprintf(heap[i].name, sizeof heap[i].name, "h%d", i);
        for (int j = 0; j < 3; j++) heap[i].scores[j] = i * 10 + j;
    }
    printf("%s %d %s %d\n", heap[0].name, heap[0].scores[2], heap[2].name, heap[2].scores[1]);
    free(heap);
    printf("%zu %zu\n", sizeof roster, sizeof roster[0]);
    return 0;
}
