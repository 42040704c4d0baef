// expect: 12: checked_printf: argument 2 (for %d) has type double, but the format wants int
/* examples/checked_printf.c: a format that does not match an argument's type stops the
 * compilation, with the diagnostic at the call. */
#include "../../examples/checked_printf.c"

void report(const char *name, double score)
{
    /* fine */
    checked_printf("%s: %g\n", name, score);
    /* %d with a double: gcc would only warn (and the program would print garbage); checked_printf
     * refuses to compile it */
    checked_printf("%s: %d\n", name, score);
}
