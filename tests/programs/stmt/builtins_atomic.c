// covers: GCC __atomic_* builtins: __atomic_load_n/store_n, __atomic_exchange_n, __atomic_compare_exchange_n (strong/weak, success/failure), __atomic_fetch_add/sub/and/or/xor/nand, __atomic_add_fetch and friends, generic __atomic_load/store/exchange on structs-free scalars, __atomic_test_and_set/clear, __atomic_thread_fence, __atomic_always_lock_free
#include <stdio.h>

int main(void) {
    int v = 10;
    printf("%d\n", __atomic_load_n(&v, __ATOMIC_SEQ_CST));
    __atomic_store_n(&v, 20, __ATOMIC_RELEASE);
    printf("%d\n", __atomic_load_n(&v, __ATOMIC_ACQUIRE));
    { int old = __atomic_exchange_n(&v, 30, __ATOMIC_ACQ_REL); printf("%d %d\n", old, v); }
    int expected = 30;
    _Bool ok = __atomic_compare_exchange_n(&v, &expected, 31, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    printf("%d %d %d\n", ok, expected, v);
    expected = 99;
    ok = __atomic_compare_exchange_n(&v, &expected, 32, 1, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED);
    printf("%d %d %d\n", ok, expected, v);
    printf("%d ", __atomic_fetch_add(&v, 5, __ATOMIC_RELAXED));
    printf("%d ", __atomic_fetch_sub(&v, 3, __ATOMIC_RELAXED));
    printf("%d ", __atomic_fetch_and(&v, 0x1e, __ATOMIC_RELAXED));
    printf("%d ", __atomic_fetch_or(&v, 0x40, __ATOMIC_RELAXED));
    printf("%d ", __atomic_fetch_xor(&v, 0xff, __ATOMIC_RELAXED));
    printf("%d ", __atomic_fetch_nand(&v, 0x0f, __ATOMIC_RELAXED));
    printf("%d\n", v);
    long l = 100;
    printf("%ld ", __atomic_add_fetch(&l, 1, __ATOMIC_SEQ_CST));
    printf("%ld ", __atomic_sub_fetch(&l, 2, __ATOMIC_SEQ_CST));
    printf("%ld ", __atomic_and_fetch(&l, 0x7c, __ATOMIC_SEQ_CST));
    printf("%ld ", __atomic_or_fetch(&l, 1, __ATOMIC_SEQ_CST));
    printf("%ld ", __atomic_xor_fetch(&l, 3, __ATOMIC_SEQ_CST));
    printf("%ld\n", __atomic_nand_fetch(&l, 6, __ATOMIC_SEQ_CST));
    unsigned long long u = 0, out, in = 0xdeadbeefcafef00dULL;
    __atomic_store(&u, &in, __ATOMIC_SEQ_CST);
    __atomic_load(&u, &out, __ATOMIC_SEQ_CST);
    printf("%llx\n", out);
    unsigned long long nv = 1, prev;
    __atomic_exchange(&u, &nv, &prev, __ATOMIC_SEQ_CST);
    printf("%llx %llu\n", prev, u);
    char flag = 0;
    printf("%d ", __atomic_test_and_set(&flag, __ATOMIC_SEQ_CST));
    printf("%d ", __atomic_test_and_set(&flag, __ATOMIC_SEQ_CST));
    __atomic_clear(&flag, __ATOMIC_SEQ_CST);
    printf("%d\n", __atomic_test_and_set(&flag, __ATOMIC_SEQ_CST));
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    __atomic_signal_fence(__ATOMIC_SEQ_CST);
    printf("%d %d\n", __atomic_always_lock_free(sizeof(int), 0), __atomic_always_lock_free(sizeof(long long), 0));
    short sh = 1;
    for (int i = 0; i < 10; i++) __atomic_fetch_add(&sh, sh, __ATOMIC_RELAXED);
    printf("%d\n", sh);
    int *p = &v, *q = NULL;
    __atomic_store_n(&q, p, __ATOMIC_SEQ_CST);
    printf("%d\n", *__atomic_load_n(&q, __ATOMIC_SEQ_CST));
    return 0;
}
