// expect: 11: syntax error: unexpected `{`
#include <stdio.h>

static void report(const char *name, int score) {
    printf("%s: %d\n", name, score);
}

int main(void) {
    int scores[3] = {90, 85, 77};
    report("alice", scores[0]);
    }{ ]] return;
    report("bob", scores[1]);
    return 0;
}
