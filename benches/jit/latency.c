/* JIT latency of further small @ calls: a program with a sizeable unrelated part (the common
 * headers, 1000 functions reached from main) and 1 @ call of a tiny function (default), 101 @
 * calls (-DMANY=100) or 1001 @ calls (-DMANY=1000). benches/jit.sh reports (t101 - t1) / 100
 * and, with a resolution 10 times finer, (t1001 - t1) / 1000. */
#include <assert.h>
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "bench.h"

static long add(long a, long b)
{
    return a + b;
}

struct stats {
    long sum;
    int min, max;
    double mean;
};

#define WORK(n)                                                                                \
    static int work##n(const int *a, int len, struct stats *st)                               \
    {                                                                                          \
        int s = 0;                                                                             \
        st->min = INT_MAX;                                                                     \
        st->max = INT_MIN;                                                                     \
        for (int i = 0; i < len; i++) {                                                        \
            if (a[i] & 1)                                                                      \
                s += a[i] * (n + 1);                                                           \
            else                                                                               \
                s ^= a[i] << ((n) % 7);                                                        \
            if (a[i] < st->min)                                                                \
                st->min = a[i];                                                                \
            if (a[i] > st->max)                                                                \
                st->max = a[i];                                                                \
            st->sum += a[i];                                                                   \
        }                                                                                      \
        st->mean = len ? (double)st->sum / len : 0.0;                                          \
        return s + (int)sqrt(fabs(st->mean)) + (isdigit('0' + (n) % 10) ? 1 : 0);             \
    }
#define WORK10(p) WORK(p##0) WORK(p##1) WORK(p##2) WORK(p##3) WORK(p##4) \
    WORK(p##5) WORK(p##6) WORK(p##7) WORK(p##8) WORK(p##9)
#define WORK100(p) WORK10(p##0) WORK10(p##1) WORK10(p##2) WORK10(p##3) WORK10(p##4) \
    WORK10(p##5) WORK10(p##6) WORK10(p##7) WORK10(p##8) WORK10(p##9)
WORK100(1) WORK100(2) WORK100(3) WORK100(4) WORK100(5)
WORK100(6) WORK100(7) WORK100(8) WORK100(9) WORK100(10)

#define REF(n) work##n,
#define REF10(p) REF(p##0) REF(p##1) REF(p##2) REF(p##3) REF(p##4) \
    REF(p##5) REF(p##6) REF(p##7) REF(p##8) REF(p##9)
#define REF100(p) REF10(p##0) REF10(p##1) REF10(p##2) REF10(p##3) REF10(p##4) \
    REF10(p##5) REF10(p##6) REF10(p##7) REF10(p##8) REF10(p##9)
static int (*const works[])(const int *, int, struct stats *) = {
    REF100(1) REF100(2) REF100(3) REF100(4) REF100(5)
    REF100(6) REF100(7) REF100(8) REF100(9) REF100(10)
};

#define CALL(n) total += AT(add(n, 1));
#define CALL10(p) CALL(p##0) CALL(p##1) CALL(p##2) CALL(p##3) CALL(p##4) \
    CALL(p##5) CALL(p##6) CALL(p##7) CALL(p##8) CALL(p##9)
#define CALL100(p) CALL10(p##0) CALL10(p##1) CALL10(p##2) CALL10(p##3) CALL10(p##4) \
    CALL10(p##5) CALL10(p##6) CALL10(p##7) CALL10(p##8) CALL10(p##9)

int main(void)
{
    int data[64];
    for (int i = 0; i < 64; i++)
        data[i] = (i * 37 + 11) % 101 - 50;
    long total = 0;
    for (size_t k = 0; k < sizeof works / sizeof works[0]; k++) {
        struct stats st = {0, 0, 0, 0.0};
        total += works[k](data, 64, &st) + st.min + st.max;
    }
#if !defined(MANY)
    CALL(100)
#elif MANY == 100
    CALL10(10) CALL10(11) CALL10(12) CALL10(13) CALL10(14)
    CALL10(15) CALL10(16) CALL10(17) CALL10(18) CALL10(19)
    CALL(200)
#elif MANY == 1000
    CALL100(10) CALL100(11) CALL100(12) CALL100(13) CALL100(14)
    CALL100(15) CALL100(16) CALL100(17) CALL100(18) CALL100(19)
    CALL(2000)
#else
#error "MANY must be 100 or 1000"
#endif
    printf("%ld\n", total);
    return 0;
}
