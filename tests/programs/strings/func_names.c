// covers: __func__, __FUNCTION__, __PRETTY_FUNCTION__ in functions, static functions, main, nested blocks and statement expressions; sizeof __func__; __func__ passed to functions; __FILE__-free __LINE__ usage in macros
#include <stdio.h>
#include <string.h>

#define WHO() __FUNCTION__

static void log_from(const char *who, const char *msg) { printf("[%s] %s\n", who, msg); }

static int compute_value(int x) {
    printf("%s\n", __func__);
    log_from(__func__, "computing");
    return x * 2;
}

static void pretty(void) {
    printf("%s | %s | %s\n", __func__, __FUNCTION__, __PRETTY_FUNCTION__);
}

static const char *name_of_helper(void) { return __func__; }

int main(void) {
    printf("%s %zu\n", __func__, sizeof __func__);
    printf("%d\n", compute_value(21));
    pretty();
    printf("%s %s\n", name_of_helper(), WHO());
    {
        printf("inner block: %s\n", __func__);
    }
    const char *n = ({ __func__; });
    printf("%s %zu\n", n, strlen(__PRETTY_FUNCTION__));
    printf("%d\n", strcmp(__func__, "main"));
    return 0;
}
