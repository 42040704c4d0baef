// covers: _Thread_local and __thread variables with multiple pthreads (each thread sees its own copy initialized from the initializer), main thread value unaffected, TLS static locals per thread, results gathered deterministically after join
#include <stdio.h>
#include <pthread.h>

_Thread_local int tl_val = 10;
__thread int tl_hits;

static int per_thread_counter(void) { static _Thread_local int n; return ++n; }

struct job { int id; int result; int hits; int counter; };

static void *worker(void *arg) {
    struct job *j = arg;
    for (int i = 0; i <= j->id * 10; i++) { tl_val += i; tl_hits++; }
    int c = 0;
    for (int i = 0; i < j->id + 1; i++) c = per_thread_counter();
    j->result = tl_val;
    j->hits = tl_hits;
    j->counter = c;
    return NULL;
}

int main(void) {
    pthread_t th[4];
    struct job jobs[4];
    for (int i = 0; i < 4; i++) { jobs[i].id = i; pthread_create(&th[i], NULL, worker, &jobs[i]); }
    for (int i = 0; i < 4; i++) pthread_join(th[i], NULL);
    for (int i = 0; i < 4; i++) printf("job %d: val=%d hits=%d counter=%d\n", i, jobs[i].result, jobs[i].hits, jobs[i].counter);
    printf("main: val=%d hits=%d counter=%d\n", tl_val, tl_hits, per_thread_counter());
    return 0;
}
