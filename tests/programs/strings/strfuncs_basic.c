// covers: string.h functions strlen, strcmp, strncmp, strcpy, strncpy (padding, no NUL when truncated), strcat, strncat, strchr, strrchr, strstr, strpbrk, strspn, strcspn, strdup, strndup, strcasecmp, strncasecmp
#pragma GCC diagnostic ignored "-Wstringop-truncation"
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <stdlib.h>

int main(void) {
    const char *s = "the quick brown fox jumps over the lazy dog";
    printf("%zu\n", strlen(s));
    printf("%d %d %d\n", strcmp("apple", "apricot") < 0, strcmp("b", "a") > 0, strcmp("same", "same"));
    printf("%d %d\n", strncmp("prefix-one", "prefix-two", 7), strncmp("abc", "abd", 3) < 0);
    char buf[64];
    strcpy(buf, "copy");
    strcat(buf, " and ");
    strncat(buf, "concatenate-this", 11);
    printf("%s %zu\n", buf, strlen(buf));
    char pad[8];
    memset(pad, 'X', sizeof pad);
    strncpy(pad, "ab", sizeof pad);
    for (int i = 0; i < 8; i++) printf("%d ", pad[i]);
    printf("\n");
    char trunc[4];
    strncpy(trunc, "truncated", sizeof trunc);
    printf("%.4s\n", trunc);
    printf("%s\n", strchr(s, 'q'));
    printf("%s\n", strrchr(s, 't'));
    printf("%s\n", strstr(s, "fox"));
    printf("%d\n", strstr(s, "cat") == NULL);
    printf("%s\n", strpbrk(s, "xyz"));
    printf("%zu %zu\n", strspn("aaabbbccc", "ab"), strcspn("hello, world", ",!"));
    printf("%d\n", strchr(s, '\0') == s + strlen(s));
    char *d = strdup(s + 4);
    d[0] = 'Q';
    printf("%s\n", d);
    free(d);
    char *nd = strndup(s, 9);
    printf("[%s] %zu\n", nd, strlen(nd));
    free(nd);
    printf("%d %d\n", strcasecmp("HeLLo", "hello"), strncasecmp("ABCdef", "abcXYZ", 3));
    printf("%d\n", strcasecmp("a", "B") < 0);
    int words = 0;
    for (const char *p = s; (p = strchr(p, ' ')) != NULL; p++) words++;
    printf("%d\n", words + 1);
    return 0;
}
