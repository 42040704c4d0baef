/* cir_warn, cir_log and CirLog_*: compile-time messages become diagnostics at the `@` call. */
// err: warning: careful: 42 is large
// err: note: logged 7
// err: note: pieces: "a\"b\n" raw "q\001" 3 z
// err: api/log.c:
// out: 1
#include <stdio.h>
#include <stdarg.h>
#include <cir.h>

static void vlog(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    CirLog_vprintf(fmt, ap);
    va_end(ap);
}

static int talk(int n)
{
    cir_warn("careful: %d is large", n);
    cir_log("logged %d", 7);
    CirLog_begin(CIRLOG_INFO);
    CirLog_print("pieces: ");
    CirLog_printq("a\"b\n");
    CirLog_printb(" raw ", 5);
    CirLog_printqb("q\001", 2);
    CirLog_printf(" %d", 3);
    vlog(" %c", 'z');
    CirLog_end();
    return 1;
}

int main(void)
{
    printf("%d\n", @talk(42));
    return 0;
}
