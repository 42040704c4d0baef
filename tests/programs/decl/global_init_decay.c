// covers: address constants formed by array-to-pointer decay of members and elements of static objects (s.arr, a[i].arr + k, m[1] of a 2-D member, *m, (*(a + 1)).arr, (a + 1)->arr, table[i].name), in pointers, arrays of pointers, struct members and casts to long
#include <stdio.h>

struct Rec { int id; char tag[6]; int vals[3]; };
struct Rec recs[2] = { { 1, "ab", { 1, 2, 3 } }, { 2, "cdef", { 4, 5, 6 } } };
static struct { char t[4]; int m[2][3]; } one = { "xyz", { { 1, 2, 3 }, { 4, 5, 6 } } };
static const struct { const char *name; char code[3]; } table[] = { { "a", "A1" }, { "b", "B2" } };

char *p_member = recs[1].tag;
char *p_member_off = recs[1].tag + 2;
int *p_vals = recs[0].vals + 1;
char *p_plain = one.t + 1;
int *p_row = one.m[1];
int *p_row_off = one.m[1] + 2;
int (*p_rows)[3] = one.m;
int (*p_rows1)[3] = one.m + 1;
int *p_star = *one.m + 4;
int *p_star_row = *(one.m + 1) + 1;
int *p_deref_addr = *(&recs[0].vals);
int *p_paren = (*(recs + 1)).vals;
int *p_arrow = (1 + recs)->vals + 1;
int *p_addr_arrow = &(recs + 1)->vals[2];
int *p_first = (*recs).vals;
const char *p_code = table[1].code;
const char *p_code_off = table[1].code + 1;
long as_long = (long)recs[1].tag;
char *ptrs[] = { recs[0].tag, recs[1].tag + 1, one.t };
struct { char *a; int *b; } holder = { recs[1].tag, one.m[1] };
char *from_literal = (struct Rec){ 9, "zz", { 0 } }.tag;

int main(void)
{
    printf("%s %s %d %s\n", p_member, p_member_off, *p_vals, p_plain);
    printf("%d %d %d %d %d %d\n", *p_row, *p_row_off, p_rows[1][1], (*p_rows1)[2], *p_star, *p_star_row);
    printf("%d %d %d %d %d\n", *p_deref_addr, p_paren[2], *p_arrow, *p_addr_arrow, p_first[1]);
    printf("%s %s %d\n", p_code, p_code_off, as_long == (long)recs[1].tag);
    printf("%s %s %s %s %d %s\n", ptrs[0], ptrs[1], ptrs[2], holder.a, holder.b[2], from_literal);
    p_member[0] = 'C';
    p_row[1] = 50;
    printf("%s %d\n", recs[1].tag, one.m[1][1]);
    return 0;
}
