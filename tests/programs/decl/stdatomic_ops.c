// covers: stdatomic.h operations: atomic_init, atomic_load/store (explicit memory orders), atomic_fetch_add/sub/or/and/xor, atomic_exchange, atomic_compare_exchange_strong/weak (success and failure), atomic_flag test_and_set/clear, atomic_thread_fence, atomic_is_lock_free, typedefs atomic_int/atomic_uint/atomic_llong/atomic_bool
#include <stdio.h>
#include <stdatomic.h>

int main(void) {
    atomic_int ai;
    atomic_init(&ai, 10);
    printf("%d\n", atomic_load(&ai));
    atomic_store(&ai, 20);
    printf("%d\n", atomic_load_explicit(&ai, memory_order_acquire));
    atomic_store_explicit(&ai, 25, memory_order_release);
    printf("%d\n", atomic_fetch_add(&ai, 5));
    printf("%d\n", atomic_fetch_sub(&ai, 3));
    printf("%d\n", atomic_fetch_add_explicit(&ai, 100, memory_order_relaxed));
    printf("%d\n", atomic_load(&ai));
    atomic_uint au = ATOMIC_VAR_INIT(0xf0u);
    printf("%x ", atomic_fetch_or(&au, 0x0fu));
    printf("%x ", atomic_fetch_and(&au, 0x3cu));
    printf("%x ", atomic_fetch_xor(&au, 0xffu));
    printf("%x\n", atomic_load(&au));
    printf("%d\n", atomic_exchange(&ai, 7));
    int expected = 7;
    _Bool ok = atomic_compare_exchange_strong(&ai, &expected, 8);
    printf("%d %d %d\n", ok, expected, atomic_load(&ai));
    expected = 100;
    ok = atomic_compare_exchange_strong(&ai, &expected, 9);
    printf("%d %d %d\n", ok, expected, atomic_load(&ai));
    expected = atomic_load(&ai);
    while (!atomic_compare_exchange_weak(&ai, &expected, expected * 3)) { }
    printf("%d\n", atomic_load(&ai));
    atomic_llong all = 1;
    for (int i = 0; i < 10; i++) atomic_fetch_add(&all, atomic_load(&all));
    printf("%lld\n", (long long)atomic_load(&all));
    atomic_bool ab = 0;
    printf("%d\n", atomic_exchange(&ab, 1));
    printf("%d\n", atomic_load(&ab));
    atomic_flag fl = ATOMIC_FLAG_INIT;
    printf("%d ", atomic_flag_test_and_set(&fl));
    printf("%d ", atomic_flag_test_and_set(&fl));
    atomic_flag_clear(&fl);
    printf("%d\n", atomic_flag_test_and_set_explicit(&fl, memory_order_acq_rel));
    atomic_thread_fence(memory_order_seq_cst);
    atomic_signal_fence(memory_order_seq_cst);
    printf("%d %d\n", atomic_is_lock_free(&ai), atomic_is_lock_free(&all));
    printf("%d %d\n", ATOMIC_INT_LOCK_FREE, ATOMIC_LLONG_LOCK_FREE);
    return 0;
}
