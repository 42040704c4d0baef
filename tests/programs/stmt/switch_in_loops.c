// covers: switch inside loops with continue (continues loop) and break (exits switch only), loop exit via return inside switch, goto out of switch in loop, while(1) with switch-driven state machine, counting via switch in for
#include <stdio.h>

static int run_machine(const char *input) {
    int state = 0, count = 0;
    const char *p = input;
    while (1) {
        char c = *p++;
        switch (state) {
        case 0:
            if (c == '\0') return count;
            if (c == '"') { state = 1; continue; }
            if (c == '#') { state = 2; continue; }
            count++;
            break;
        case 1:
            if (c == '\0') return -1;
            if (c == '"') state = 0;
            continue;
        case 2:
            if (c == '\n') state = 0;
            if (c == '\0') return count;
            continue;
        }
    }
}

int main(void) {
    printf("%d\n", run_machine("ab\"skip\"cd#comment\nef"));
    printf("%d\n", run_machine("\"unterminated"));
    int evens = 0, odds = 0, skipped = 0;
    for (int i = 0; i < 20; i++) {
        switch (i % 5) {
        case 0:
            skipped++;
            continue;
        case 1: case 3:
            odds++;
            break;
        default:
            evens++;
            break;
        }
        if (i > 15) break;
    }
    printf("%d %d %d\n", evens, odds, skipped);
    int i = 0, found = -1;
    while (i < 100) {
        switch (i * i % 17) {
        case 13:
            found = i;
            goto done;
        default:
            i++;
        }
    }
done:
    printf("%d\n", found);
    int tokens[] = {1, 2, 2, 3, 1, 0, 4, 4};
    int acc = 0;
    for (int k = 0; k < 8; k++) {
        switch (tokens[k]) {
        case 0: k = 100; break;
        case 1: acc += 1; break;
        case 2: acc *= 2; break;
        case 3: acc -= 3; break;
        }
    }
    printf("%d\n", acc);
    return 0;
}
