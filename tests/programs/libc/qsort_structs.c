// covers: qsort of arrays of structs by multiple keys (string then numeric then double descending), sorting pointers to structs, stability emulation via original index, bsearch on sorted struct array by key, printing tables with aligned columns
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct city { char name[16]; char country[4]; int population; double area; int idx; };

static int by_country_pop(const void *a, const void *b) {
    const struct city *x = a, *y = b;
    int c = strcmp(x->country, y->country);
    if (c) return c;
    if (x->population != y->population) return x->population > y->population ? -1 : 1;
    return x->idx - y->idx;
}
static int by_density(const void *a, const void *b) {
    const struct city *x = *(const struct city *const *)a, *y = *(const struct city *const *)b;
    double dx = x->population / x->area, dy = y->population / y->area;
    return (dx < dy) - (dx > dy);
}
static int by_name(const void *a, const void *b) { return strcmp(((const struct city *)a)->name, ((const struct city *)b)->name); }

int main(void) {
    struct city cities[] = {
        {"Paris", "FR", 2161000, 105.4, 0}, {"Lyon", "FR", 513000, 47.9, 0}, {"Berlin", "DE", 3645000, 891.8, 0},
        {"Munich", "DE", 1472000, 310.4, 0}, {"Madrid", "ES", 3223000, 604.3, 0}, {"Nice", "FR", 342000, 71.9, 0},
        {"Hamburg", "DE", 1841000, 755.2, 0}, {"Seville", "ES", 688000, 140.8, 0}, {"Marseille", "FR", 861000, 240.6, 0},
        {"Toulouse", "FR", 513000, 118.3, 0},
    };
    int n = (int)(sizeof cities / sizeof cities[0]);
    for (int i = 0; i < n; i++) cities[i].idx = i;
    qsort(cities, n, sizeof cities[0], by_country_pop);
    printf("%-10s %-3s %9s %7s\n", "name", "cc", "pop", "area");
    for (int i = 0; i < n; i++) printf("%-10s %-3s %9d %7.1f\n", cities[i].name, cities[i].country, cities[i].population, cities[i].area);
    struct city *ptrs[16];
    for (int i = 0; i < n; i++) ptrs[i] = &cities[i];
    qsort(ptrs, n, sizeof ptrs[0], by_density);
    for (int i = 0; i < n; i++) printf("%s:%.0f ", ptrs[i]->name, ptrs[i]->population / ptrs[i]->area);
    printf("\n");
    qsort(cities, n, sizeof cities[0], by_name);
    const char *look[] = {"Munich", "Rome", "Nice"};
    for (int i = 0; i < 3; i++) {
        struct city key;
        strcpy(key.name, look[i]);
        struct city *hit = bsearch(&key, cities, n, sizeof cities[0], by_name);
        printf("%s -> %s\n", look[i], hit ? hit->country : "not found");
    }
    return 0;
}
