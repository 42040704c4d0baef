// covers: getenv of a fixed unset variable (NULL), setenv/getenv round trip, overwrite flag semantics, unsetenv, putenv with a static buffer, environment-driven default values, secure_getenv-free usage
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *env_or(const char *name, const char *def) { const char *v = getenv(name); return v ? v : def; }

int main(void) {
    const char *name = "CIR_CORPUS_TEST_UNSET_VARIABLE_12345";
    printf("%s\n", getenv(name) == NULL ? "unset" : "set");
    printf("%s\n", env_or(name, "default-value"));
    printf("%d\n", setenv(name, "first", 1));
    printf("%s\n", getenv(name));
    setenv(name, "second", 0);           /* no overwrite */
    printf("%s\n", getenv(name));
    setenv(name, "third", 1);
    printf("%s %zu\n", getenv(name), strlen(getenv(name)));
    printf("%d\n", unsetenv(name));
    printf("%s\n", env_or(name, "gone"));
    static char kv[] = "CIR_CORPUS_PUTENV_VAR=via-putenv";
    putenv(kv);
    printf("%s\n", env_or("CIR_CORPUS_PUTENV_VAR", "missing"));
    unsetenv("CIR_CORPUS_PUTENV_VAR");
    printf("%s\n", env_or("CIR_CORPUS_PUTENV_VAR", "missing"));
    char numbuf[16];
    snprintf(numbuf, sizeof numbuf, "%d", 42 * 2);
    setenv("CIR_CORPUS_NUM", numbuf, 1);
    printf("%d\n", atoi(env_or("CIR_CORPUS_NUM", "0")) + 1);
    return 0;
}
