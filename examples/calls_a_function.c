/* Seed example 4: inspect the code of an argument at compile time.
 *
 * A parameter of type CirCodeId receives its argument *unevaluated*: the statements the
 * argument expression was lowered to, as a code. callsAFunction walks that flat statement list
 * and answers whether any of them is a call. The argument never runs: `puts("Hi")` below
 * prints nothing, and each @ call becomes the constant (_Bool)1 or (_Bool)0. */
// out: puts("Hi") calls a function: 1
// out: 42 calls a function: 0
// out: 6 * 7 calls a function: 0
// out: a statement expression calling puts calls a function: 1
// out: a statement expression without calls calls a function: 0
// rendered: printf("puts(\"Hi\") calls a function: %d\n", 1)
// rendered: printf("42 calls a function: %d\n", 0)
#include <stdbool.h>
#include <stdio.h>
#include <cir.h>

static bool callsAFunction(CirCodeId code)
{
    for (CirStmtId s = CirCode_getFirstStmt(code); s; s = CirStmt_getNext(s))
        if (CirStmt_isCall(s))
            return true;
    return false;
}

int main(void)
{
    printf("puts(\"Hi\") calls a function: %d\n", @callsAFunction(puts("Hi")));
    printf("42 calls a function: %d\n", @callsAFunction(42));
    printf("6 * 7 calls a function: %d\n", @callsAFunction(6 * 7));
    printf("a statement expression calling puts calls a function: %d\n",
           @callsAFunction(({ int x = 3; if (x) puts("x"); })));
    printf("a statement expression without calls calls a function: %d\n",
           @callsAFunction(({ int x = 3; x * 2; })));
    return 0;
}
