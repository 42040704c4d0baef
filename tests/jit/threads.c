/* Threads: pthread_create runs functions of the program on other threads (libc calls
 * back into them), joined before printing; results combined deterministically. */
#include <stdio.h>
#include <pthread.h>

#define NT 4

struct Work { int id; long from, to; long result; };

static long shared_total;
static _Thread_local int tls_calls;

static void *worker(void *arg)
{
    struct Work *w = arg;
    long s = 0;
    for (long i = w->from; i < w->to; i++) {
        s += i % 7 == 0 ? i : 0;
        tls_calls++;
    }
    w->result = s;
    __atomic_fetch_add(&shared_total, s, __ATOMIC_SEQ_CST);
    return (void *)(long)tls_calls;
}

int main(void)
{
    pthread_t th[NT];
    struct Work w[NT];
    for (int i = 0; i < NT; i++) {
        w[i].id = i;
        w[i].from = i * 25000L;
        w[i].to = (i + 1) * 25000L;
        pthread_create(&th[i], NULL, worker, &w[i]);
    }
    for (int i = 0; i < NT; i++) {
        void *ret;
        pthread_join(th[i], &ret);
        printf("thread %d result %ld calls %ld\n", w[i].id, w[i].result, (long)ret);
    }
    printf("total %ld main tls %d\n", shared_total, tls_calls);
    return 0;
}
