// covers: labels on various statement kinds (loops, blocks, switch, null statement), multiple labels on one statement, unused labels, label at end of block via null statement, labels with same name in different functions, goto to label in enclosing block
#include <stdio.h>

static int f(int n) {
    int r = 0;
start:
top:
    if (n <= 0) goto end;
    r += n;
    n -= 2;
    goto top;
end:
    return r;
unused_label:
    return -1;
}

static int g(int n) {
    int r = 1;
start:
    r *= 2;
    if (--n > 0) goto start;
    return r;
}

int main(void) {
    printf("%d %d\n", f(9), g(10));
    int count = 0;
loop_label:
    for (int i = 0; i < 3; i++) count++;
    if (count < 9) goto loop_label;
    printf("%d\n", count);
    {
        int x = 0;
block_label:
        {
            x++;
            if (x < 4) goto block_label;
        }
        printf("%d\n", x);
    }
    int s = 2;
switch_label:
    switch (s) {
    case 2: s = 1; goto switch_label;
    case 1: s = 0; goto switch_label;
    default: break;
    }
    printf("%d\n", s);
    {
        goto inner_end;
        printf("skipped\n");
inner_end:;
    }
    printf("done\n");
    return 0;
}
