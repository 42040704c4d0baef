// covers: extern declarations at file scope before the definition, block-scope extern declarations referring to file-scope objects and functions, extern arrays of unknown size completed later, extern const, function declared extern implicitly, redundant redeclarations
#include <stdio.h>

extern int gcount;                  /* declared before definition */
extern int table[];                 /* incomplete, completed below */
extern const char *const greeting;
extern int compute(int);            /* explicit extern on function */
int compute(int);                   /* redundant redeclaration */
static int helper(int);

int gcount = 3;
int table[] = {5, 10, 15, 20};
const char *const greeting = "hi there";

int compute(int x) { return x * gcount + helper(x); }
static int helper(int x) { return x - 1; }

static int use_block_extern(void) {
    extern int gcount;              /* block-scope extern refers to the global */
    extern int table[];
    gcount++;
    return table[gcount % 4];
}

int main(void) {
    printf("%d %d\n", gcount, compute(4));
    printf("%d\n", use_block_extern());
    printf("%d\n", use_block_extern());
    printf("%d %s\n", gcount, greeting);
    {
        int gcount = 100;           /* local shadows */
        printf("%d\n", gcount);
        {
            extern int gcount;      /* re-exposes the global inside a nested block */
            printf("%d\n", gcount);
        }
    }
    extern int compute(int);
    printf("%d\n", compute(10));
    printf("%zu\n", sizeof table / sizeof table[0]);
    return 0;
}
