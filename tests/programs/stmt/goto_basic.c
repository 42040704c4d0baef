// covers: goto forward and backward, goto out of nested blocks and loops, goto-based cleanup chains (error handling pattern), labels followed by empty statements, goto into loop body from outside (legal: no VLA), label at end of compound statement
#include <stdio.h>
#include <stdlib.h>

static int cleanup_chain(int fail_at) {
    int rc = -1;
    char *a = NULL, *b = NULL, *c = NULL;
    a = malloc(10);
    if (fail_at == 1) goto fail_a;
    b = malloc(20);
    if (fail_at == 2) goto fail_b;
    c = malloc(30);
    if (fail_at == 3) goto fail_c;
    rc = 0;
    printf("all allocated\n");
fail_c:
    free(c);
    printf("freed c\n");
fail_b:
    free(b);
    printf("freed b\n");
fail_a:
    free(a);
    printf("freed a (rc=%d)\n", rc);
    return rc;
}

int main(void) {
    int i = 0;
back:
    i++;
    if (i < 5) goto back;
    printf("%d\n", i);
    goto skip;
    printf("skipped\n");
skip:
    printf("after skip\n");
    int found = 0;
    for (int r = 0; r < 10; r++)
        for (int c = 0; c < 10; c++)
            if (r * c == 42) { found = r * 100 + c; goto out; }
out:
    printf("%d\n", found);
    for (int f = 0; f <= 3; f++) printf("rc %d\n", cleanup_chain(f));
    int n = 0;
    goto inside;
    while (n < 5) {
        n += 10;
inside:
        n++;
    }
    printf("%d\n", n);
    {
        int x = 1;
        if (x) goto end_of_block;
        x = 2;
end_of_block:;
    }
    int k = 0;
loop:
    if (k >= 3) goto loop_end;
    printf("k=%d\n", k);
    k++;
    goto loop;
loop_end:
    return 0;
}
