// covers: arrays of pointers (int*[], char*[] ragged strings, pointers to different arrays), sorting an array of pointers, NULL-terminated pointer arrays, pointer arrays as function arguments, argv-like arrays
#include <stdio.h>
#include <string.h>

static void print_all(const char *const *list) {
    for (int i = 0; list[i]; i++) printf("%s%s", i ? "," : "", list[i]);
    printf("\n");
}

static void sort_ptrs(const char **v, int n) {
    for (int i = 1; i < n; i++) {
        const char *key = v[i];
        int j = i - 1;
        while (j >= 0 && strcmp(v[j], key) > 0) { v[j + 1] = v[j]; j--; }
        v[j + 1] = key;
    }
}

static int sum_rows(int *rows[], const int *lens, int n) {
    int s = 0;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < lens[i]; j++) s += rows[i][j] * (i + 1);
    return s;
}

int main(void) {
    const char *names[] = {"pear", "apple", "fig", "banana", "cherry", "date", NULL};
    print_all(names);
    sort_ptrs(names, 6);
    print_all(names);
    int r0[] = {1, 2, 3}, r1[] = {4}, r2[] = {5, 6, 7, 8, 9};
    int *rows[] = {r0, r1, r2};
    int lens[] = {3, 1, 5};
    printf("%d\n", sum_rows(rows, lens, 3));
    rows[1] = r2 + 2;
    printf("%d %d\n", rows[1][0], rows[2][4]);
    int x = 1, y = 2, z = 3;
    int *ptrs[3] = {&x, &y, &z};
    for (int i = 0; i < 3; i++) *ptrs[i] *= 10;
    printf("%d %d %d\n", x, y, z);
    int *tmp = ptrs[0]; ptrs[0] = ptrs[2]; ptrs[2] = tmp;
    printf("%d %d\n", *ptrs[0], *ptrs[2]);
    char buf1[16] = "first", buf2[16] = "second";
    char *bufs[2] = {buf1, buf2};
    strcat(bufs[0], "+");
    bufs[1][0] = 'S';
    printf("%s %s\n", buf1, buf2);
    const char *argv_like[] = {"prog", "-v", "--name=x", "file.txt"};
    int argc_like = (int)(sizeof argv_like / sizeof argv_like[0]);
    for (int i = 1; i < argc_like; i++) {
        if (argv_like[i][0] == '-' && argv_like[i][1] == '-') printf("long opt %s\n", argv_like[i] + 2);
        else if (argv_like[i][0] == '-') printf("short opt %c\n", argv_like[i][1]);
        else printf("arg %s\n", argv_like[i]);
    }
    printf("%d\n", (int)(sizeof ptrs / sizeof ptrs[0]));
    return 0;
}
