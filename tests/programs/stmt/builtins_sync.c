// covers: legacy __sync_* builtins: __sync_fetch_and_add/sub/or/and/xor/nand, __sync_add_and_fetch etc., __sync_bool_compare_and_swap, __sync_val_compare_and_swap, __sync_lock_test_and_set, __sync_lock_release, __sync_synchronize on int, long, unsigned char, pointers
#include <stdio.h>

int main(void) {
    int x = 5;
    printf("%d ", __sync_fetch_and_add(&x, 10));
    printf("%d ", __sync_fetch_and_sub(&x, 3));
    printf("%d ", __sync_fetch_and_or(&x, 0x100));
    printf("%d ", __sync_fetch_and_and(&x, 0x10f));
    printf("%d ", __sync_fetch_and_xor(&x, 0xff));
    printf("%d ", __sync_fetch_and_nand(&x, 0xf0));
    printf("%d\n", x);
    long l = 1;
    printf("%ld ", __sync_add_and_fetch(&l, 41));
    printf("%ld ", __sync_sub_and_fetch(&l, 2));
    printf("%ld ", __sync_or_and_fetch(&l, 1));
    printf("%ld ", __sync_and_and_fetch(&l, 0x3c));
    printf("%ld ", __sync_xor_and_fetch(&l, 0x0f));
    printf("%ld\n", __sync_nand_and_fetch(&l, 0x33));
    int c = 7;
    { int r = (int)__sync_bool_compare_and_swap(&c, 7, 8); printf("%d %d\n", r, c); }
    { int r = (int)__sync_bool_compare_and_swap(&c, 7, 9); printf("%d %d\n", r, c); }
    { int r = (int)__sync_val_compare_and_swap(&c, 8, 10); printf("%d %d\n", r, c); }
    { int r = (int)__sync_val_compare_and_swap(&c, 8, 11); printf("%d %d\n", r, c); }
    unsigned char lock = 0;
    printf("%d ", __sync_lock_test_and_set(&lock, 1));
    printf("%d ", __sync_lock_test_and_set(&lock, 1));
    __sync_lock_release(&lock);
    printf("%d\n", lock);
    __sync_synchronize();
    int arr[3] = {1, 2, 3};
    int *p = arr;
    int *old = __sync_val_compare_and_swap(&p, arr, arr + 2);
    printf("%d %d\n", *old, *p);
    unsigned long long big = 0;
    for (int i = 0; i < 64; i += 8) __sync_fetch_and_or(&big, 0xffULL << i);
    printf("%llx\n", big);
    int counter = 0;
    for (int i = 0; i < 1000; i++) __sync_fetch_and_add(&counter, i % 7);
    printf("%d\n", counter);
    return 0;
}
