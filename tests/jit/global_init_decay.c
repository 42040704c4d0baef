/* Address constants formed by the implicit conversion of an array-typed member (or element)
 * of a static object to a pointer, with and without an added offset (C11 6.6p9). */
#include <stdio.h>

struct Rec { int id; char tag[6]; int vals[3]; };
struct Rec recs[2] = { { 1, "ab", { 1, 2, 3 } }, { 2, "cdef", { 4, 5, 6 } } };
struct { char t[4]; int m[2][3]; } one = { "xyz", { { 1, 2, 3 }, { 4, 5, 6 } } };

char *p_member = recs[1].tag;         /* decay of a member array */
char *p_member_off = recs[1].tag + 2; /* ... plus an offset */
int *p_vals = recs[0].vals + 1;
char *p_plain = one.t + 1;
int *p_row = one.m[1];                /* decay of an element of a 2D member */
int *p_row_off = one.m[1] + 2;
int (*p_rows)[3] = one.m;             /* decay of the 2D member itself */
const char *p_str_member = &recs[1].tag[0] + 1;

int main(void)
{
    printf("%s %s %d %s %d %d %d %s\n", p_member, p_member_off, *p_vals, p_plain, *p_row, *p_row_off, p_rows[1][1],
           p_str_member);
    p_member[0] = 'C';
    printf("%s\n", recs[1].tag);
    return 0;
}
