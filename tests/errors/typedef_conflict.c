// expect: 5: conflicting types for typedef `score_t`
#include <stdio.h>

typedef int score_t;
typedef double score_t;

int main(void) {
    score_t s = 3;
    printf("%d\n", (int)s);
    return 0;
}
