// covers: producer/consumer with pthread_cond_wait/pthread_cond_signal/broadcast on a bounded ring buffer, deterministic aggregate result (sum and count of consumed items), pthread_once, thread-specific data (pthread_key_create/setspecific/getspecific), pthread_barrier
#include <stdio.h>
#include <pthread.h>

#define CAP 8
#define PER_PRODUCER 500
#define NPROD 3
#define NCONS 2

static int buf[CAP];
static int head, tail, size, done_producers;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t not_full = PTHREAD_COND_INITIALIZER, not_empty = PTHREAD_COND_INITIALIZER;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int init_calls;
static pthread_key_t key;
static pthread_barrier_t barrier;

static void init_once(void) { init_calls++; pthread_key_create(&key, NULL); }

static void *producer(void *p) {
    int id = *(int *)p;
    pthread_once(&once, init_once);
    pthread_barrier_wait(&barrier);
    for (int i = 1; i <= PER_PRODUCER; i++) {
        pthread_mutex_lock(&mu);
        while (size == CAP) pthread_cond_wait(&not_full, &mu);
        buf[tail] = id * 10000 + i;
        tail = (tail + 1) % CAP;
        size++;
        pthread_cond_signal(&not_empty);
        pthread_mutex_unlock(&mu);
    }
    pthread_mutex_lock(&mu);
    done_producers++;
    pthread_cond_broadcast(&not_empty);
    pthread_mutex_unlock(&mu);
    return NULL;
}

struct cres { long sum; int count; };

static void *consumer(void *p) {
    struct cres *r = p;
    pthread_once(&once, init_once);
    pthread_setspecific(key, r);
    pthread_barrier_wait(&barrier);
    for (;;) {
        pthread_mutex_lock(&mu);
        while (size == 0 && done_producers < NPROD) pthread_cond_wait(&not_empty, &mu);
        if (size == 0) { pthread_mutex_unlock(&mu); break; }
        int v = buf[head];
        head = (head + 1) % CAP;
        size--;
        pthread_cond_signal(&not_full);
        pthread_mutex_unlock(&mu);
        struct cres *mine = pthread_getspecific(key);
        mine->sum += v;
        mine->count++;
    }
    return NULL;
}

int main(void) {
    pthread_t pt[NPROD], ct[NCONS];
    int ids[NPROD];
    struct cres res[NCONS] = {{0, 0}, {0, 0}};
    pthread_barrier_init(&barrier, NULL, NPROD + NCONS);
    for (int i = 0; i < NCONS; i++) pthread_create(&ct[i], NULL, consumer, &res[i]);
    for (int i = 0; i < NPROD; i++) { ids[i] = i + 1; pthread_create(&pt[i], NULL, producer, &ids[i]); }
    for (int i = 0; i < NPROD; i++) pthread_join(pt[i], NULL);
    for (int i = 0; i < NCONS; i++) pthread_join(ct[i], NULL);
    long total = 0;
    int count = 0;
    for (int i = 0; i < NCONS; i++) { total += res[i].sum; count += res[i].count; }
    long expected = 0;
    for (int p = 1; p <= NPROD; p++) for (int i = 1; i <= PER_PRODUCER; i++) expected += p * 10000 + i;
    printf("consumed %d items, sum %ld, expected %ld, init_calls %d, left %d\n", count, total, expected, init_calls, size);
    pthread_barrier_destroy(&barrier);
    pthread_key_delete(key);
    return 0;
}
