// covers: srand/rand with a fixed seed (glibc deterministic sequence), rand_r with explicit state, random/srandom, drand48/srand48/lrand48 family with fixed seed, RAND_MAX, shuffling an array with Fisher-Yates using rand_r, histogram of dice rolls
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    srand(12345);
    for (int i = 0; i < 5; i++) printf("%d ", rand());
    printf("\nRAND_MAX=%d\n", RAND_MAX);
    srand(12345);
    printf("repeat first: %d\n", rand());
    unsigned state = 7;
    for (int i = 0; i < 5; i++) printf("%d ", rand_r(&state));
    printf("\n");
    srandom(99);
    for (int i = 0; i < 3; i++) printf("%ld ", random());
    printf("\n");
    srand48(2024);
    for (int i = 0; i < 3; i++) printf("%.10f ", drand48());
    printf("\n");
    for (int i = 0; i < 3; i++) printf("%ld ", lrand48());
    printf("\n");
    int deck[20];
    for (int i = 0; i < 20; i++) deck[i] = i;
    unsigned st = 42;
    for (int i = 19; i > 0; i--) {
        int j = rand_r(&st) % (i + 1);
        int t = deck[i]; deck[i] = deck[j]; deck[j] = t;
    }
    for (int i = 0; i < 20; i++) printf("%d ", deck[i]);
    printf("\n");
    int hist[7] = {0};
    srand(1);
    for (int i = 0; i < 6000; i++) hist[1 + rand() % 6]++;
    for (int i = 1; i <= 6; i++) printf("%d:%d ", i, hist[i]);
    printf("\n");
    return 0;
}
