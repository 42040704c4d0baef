// covers: pthread_create/pthread_join with several threads incrementing a mutex-protected shared counter (deterministic total), per-thread results returned via void* and join, pthread_mutex_init/lock/unlock/destroy, static PTHREAD_MUTEX_INITIALIZER, atomic counter comparison
#include <stdio.h>
#include <pthread.h>
#include <stdlib.h>
#include <stdatomic.h>

#define NTHREADS 4
#define ITERS 20000

static long counter;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static atomic_long acounter;

struct arg { int id; long local_sum; };

static void *worker(void *p) {
    struct arg *a = p;
    for (int i = 0; i < ITERS; i++) {
        pthread_mutex_lock(&lock);
        counter += a->id + 1;
        pthread_mutex_unlock(&lock);
        atomic_fetch_add(&acounter, 1);
        a->local_sum += i % (a->id + 2);
    }
    long *ret = malloc(sizeof *ret);
    *ret = a->id * 1000L;
    return ret;
}

int main(void) {
    pthread_t th[NTHREADS];
    struct arg args[NTHREADS];
    for (int i = 0; i < NTHREADS; i++) {
        args[i].id = i;
        args[i].local_sum = 0;
        if (pthread_create(&th[i], NULL, worker, &args[i]) != 0) { printf("create failed\n"); return 1; }
    }
    long total_ret = 0;
    for (int i = 0; i < NTHREADS; i++) {
        void *r;
        pthread_join(th[i], &r);
        total_ret += *(long *)r;
        free(r);
    }
    printf("counter=%ld expected=%ld\n", counter, (long)ITERS * (1 + 2 + 3 + 4));
    printf("atomic=%ld\n", (long)atomic_load(&acounter));
    for (int i = 0; i < NTHREADS; i++) printf("thread %d local_sum=%ld\n", i, args[i].local_sum);
    printf("returned=%ld\n", total_ret);
    pthread_mutex_t m2;
    pthread_mutex_init(&m2, NULL);
    printf("trylock=%d\n", pthread_mutex_trylock(&m2));
    printf("trylock again=%d\n", pthread_mutex_trylock(&m2) != 0);
    pthread_mutex_unlock(&m2);
    pthread_mutex_destroy(&m2);
    return 0;
}
