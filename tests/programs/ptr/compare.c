// covers: pointer relational comparisons (< <= > >=) within an array, equality/inequality with NULL and other pointers, comparing pointers to struct members in order, comparing void* and char* conversions, min/max pointer search
#include <stdio.h>
#include <stddef.h>

struct layout { int a; char b; double c; int d[3]; };

int main(void) {
    int arr[8] = {5, 3, 9, 1, 7, 2, 8, 6};
    int *lo = arr, *hi = arr + 7;
    printf("%d %d %d %d\n", lo < hi, lo <= hi, lo > hi, lo >= hi);
    printf("%d %d\n", lo == arr, hi != arr + 7);
    int *mx = arr;
    for (int *p = arr + 1; p < arr + 8; p++) if (*p > *mx) mx = p;
    printf("%td %d\n", mx - arr, *mx);
    int *mn = arr + 7;
    for (int *p = arr + 6; p >= arr; p--) if (*p < *mn) mn = p;
    printf("%td %d\n", mn - arr, *mn);
    struct layout L;
    printf("%d %d %d\n", (void *)&L.a < (void *)&L.b, (char *)&L.b < (char *)&L.c, (void *)&L.c < (void *)&L.d[0]);
    printf("%d %d\n", &L.d[0] < &L.d[2], &L.d[2] > &L.d[1]);
    int *np = NULL;
    void *vnp = 0;
    printf("%d %d %d\n", np == NULL, np == vnp, lo != NULL);
    printf("%d\n", (void *)arr == (void *)&arr[0]);
    printf("%d\n", (char *)arr + sizeof(int) == (char *)&arr[1]);
    const int *cp = arr;
    printf("%d\n", cp == arr);
    int count = 0;
    for (int *a = arr; a < arr + 8; a++)
        for (int *b = a + 1; b < arr + 8; b++)
            if (*a > *b) count++;
    printf("inversions %d\n", count);
    char str[] = "find the x in here";
    char *found = NULL;
    for (char *s = str; *s; s++) if (*s == 'x') { found = s; break; }
    printf("%d %td\n", found != NULL, found ? found - str : -1);
    int (*pa)[8] = &arr;
    printf("%d\n", (void *)pa == (void *)arr);
    printf("%d\n", (void *)(pa + 1) == (void *)(arr + 8));
    return 0;
}
