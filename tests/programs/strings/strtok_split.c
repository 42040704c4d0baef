// covers: strtok with multiple delimiters and consecutive delimiters, strtok_r for nested tokenizing, strsep (empty fields preserved), tokenizing a mutable copy, counting and storing tokens, restoring behavior after NULL
#include <stdio.h>
#include <string.h>

int main(void) {
    char line[] = "  alpha, beta;;gamma  delta,,epsilon ";
    int n = 0;
    for (char *t = strtok(line, " ,;"); t; t = strtok(NULL, " ,;")) printf("%d:[%s] ", n++, t);
    printf("\n");
    char csv[] = "name=ann,age=31;name=bob,age=42;name=cy,age=7";
    char *save1, *save2;
    for (char *rec = strtok_r(csv, ";", &save1); rec; rec = strtok_r(NULL, ";", &save1)) {
        printf("record:");
        for (char *kv = strtok_r(rec, ",", &save2); kv; kv = strtok_r(NULL, ",", &save2)) {
            char *eq = strchr(kv, '=');
            if (eq) { *eq = 0; printf(" %s->%s", kv, eq + 1); }
        }
        printf("\n");
    }
    char fields[] = "a,,b,c,,";
    char *p = fields, *tok;
    int idx = 0;
    while ((tok = strsep(&p, ",")) != NULL) printf("%d:'%s' ", idx++, tok);
    printf("\n");
    char only_delims[] = ",,,";
    printf("%s\n", strtok(only_delims, ",") == NULL ? "none" : "some");
    char path[] = "/usr/local/lib/libfoo.so";
    char *parts[8];
    int np = 0;
    for (char *t = strtok(path, "/"); t && np < 8; t = strtok(NULL, "/")) parts[np++] = t;
    for (int i = np - 1; i >= 0; i--) printf("%s%s", parts[i], i ? "<" : "\n");
    char sentence[] = "The rain in Spain stays mainly in the plain";
    int longest = 0;
    const char *lw = "";
    for (char *t = strtok(sentence, " "); t; t = strtok(NULL, " "))
        if ((int)strlen(t) > longest) { longest = (int)strlen(t); lw = t; }
    printf("%s %d\n", lw, longest);
    return 0;
}
