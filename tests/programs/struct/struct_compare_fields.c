// covers: comparing structs field-by-field (no == on structs), equality functions, lexicographic ordering of structs for sorting, comparing nested structs and arrays in structs, hashing struct fields
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

struct date { int y, m, d; };
struct person { char name[12]; struct date born; int ids[2]; };

static int date_cmp(struct date a, struct date b) {
    if (a.y != b.y) return a.y < b.y ? -1 : 1;
    if (a.m != b.m) return a.m < b.m ? -1 : 1;
    return (a.d > b.d) - (a.d < b.d);
}
static int person_eq(const struct person *a, const struct person *b) {
    return strcmp(a->name, b->name) == 0 && date_cmp(a->born, b->born) == 0 && a->ids[0] == b->ids[0] && a->ids[1] == b->ids[1];
}
static int person_cmp(const void *x, const void *y) {
    const struct person *a = x, *b = y;
    int c = date_cmp(a->born, b->born);
    return c ? c : strcmp(a->name, b->name);
}
static unsigned hash_person(const struct person *p) {
    unsigned h = 2166136261u;
    for (const char *s = p->name; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    h = (h ^ (unsigned)p->born.y) * 16777619u;
    h = (h ^ (unsigned)p->born.m) * 16777619u;
    h = (h ^ (unsigned)p->born.d) * 16777619u;
    return h;
}

int main(void) {
    struct person ps[] = {
        {"zoe", {1990, 5, 17}, {1, 2}}, {"al", {1985, 12, 1}, {3, 4}}, {"bo", {1990, 5, 17}, {5, 6}},
        {"cy", {1990, 1, 30}, {7, 8}}, {"al", {1985, 12, 1}, {3, 4}},
    };
    int n = 5;
    printf("%d %d %d\n", person_eq(&ps[1], &ps[4]), person_eq(&ps[0], &ps[2]), date_cmp(ps[0].born, ps[2].born));
    qsort(ps, n, sizeof ps[0], person_cmp);
    for (int i = 0; i < n; i++) printf("%s %d-%02d-%02d %08x\n", ps[i].name, ps[i].born.y, ps[i].born.m, ps[i].born.d, hash_person(&ps[i]));
    int dups = 0;
    for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) dups += person_eq(&ps[i], &ps[j]);
    printf("%d\n", dups);
    struct date a = {2000, 2, 29}, b = a;
    b.d++;
    printf("%d %d %d\n", date_cmp(a, b), date_cmp(b, a), date_cmp(a, a));
    return 0;
}
