/* volatile accesses, and the __atomic_* and __sync_* builtins on several widths
 * (single-threaded, so every result is deterministic). */
#include <stdio.h>
#include <stdint.h>

static volatile int vcount;
static volatile unsigned char vbytes[4];

struct Reg { volatile uint32_t ctrl; volatile uint16_t status; };
struct Pair { int a, b; };

int main(void)
{
    for (int i = 0; i < 10; i++)
        vcount += i;
    vbytes[1] = 0xAB;
    vbytes[2] = vbytes[1] + 1;
    struct Reg reg = { 0, 0 };
    reg.ctrl |= 0x5;
    reg.status = (uint16_t)(reg.ctrl << 4);
    volatile double vd = 0.1;
    vd = vd * 3;
    printf("volatile %d %x %x %x %x %.17g\n", vcount, vbytes[1], vbytes[2], reg.ctrl, reg.status, vd);

    int a = 10;
    __atomic_store_n(&a, 20, __ATOMIC_SEQ_CST);
    int old = __atomic_fetch_add(&a, 5, __ATOMIC_SEQ_CST);
    int now = __atomic_add_fetch(&a, 5, __ATOMIC_SEQ_CST);
    printf("atomic int %d %d %d\n", old, now, __atomic_load_n(&a, __ATOMIC_ACQUIRE));
    old = __atomic_fetch_sub(&a, 3, __ATOMIC_RELAXED);
    printf("sub %d %d\n", old, a);
    old = __atomic_fetch_and(&a, 0xF, __ATOMIC_SEQ_CST);
    printf("and %d %d\n", old, a);
    old = __atomic_fetch_or(&a, 0x30, __ATOMIC_SEQ_CST);
    printf("or %d %d\n", old, a);
    old = __atomic_fetch_xor(&a, 0xFF, __ATOMIC_SEQ_CST);
    printf("xor %d %d\n", old, a);
    /* each result goes to its own variable first: argument evaluation order is unspecified */
    int r1 = __atomic_sub_fetch(&a, 1, __ATOMIC_SEQ_CST);
    int r2 = __atomic_and_fetch(&a, 0xF0, __ATOMIC_SEQ_CST);
    int r3 = __atomic_or_fetch(&a, 1, __ATOMIC_SEQ_CST);
    int r4 = __atomic_xor_fetch(&a, 3, __ATOMIC_SEQ_CST);
    printf("op_fetch %d %d %d %d\n", r1, r2, r3, r4);
    old = __atomic_exchange_n(&a, 1234, __ATOMIC_SEQ_CST);
    printf("exchange %d %d\n", old, a);
    int expected = 1234;
    _Bool ok = __atomic_compare_exchange_n(&a, &expected, 99, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    printf("cas ok=%d a=%d expected=%d\n", ok, a, expected);
    expected = 5;
    ok = __atomic_compare_exchange_n(&a, &expected, 77, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    printf("cas ok=%d a=%d expected=%d\n", ok, a, expected);

    long long ll = 1LL << 40;
    __atomic_fetch_add(&ll, 1, __ATOMIC_SEQ_CST);
    long long llv;
    __atomic_load(&ll, &llv, __ATOMIC_SEQ_CST);
    long long nv = -5;
    __atomic_store(&ll, &nv, __ATOMIC_SEQ_CST);
    printf("ll %lld %lld\n", llv, ll);
    unsigned char uc = 250;
    __atomic_fetch_add(&uc, 10, __ATOMIC_SEQ_CST);
    short sh = -1;
    __atomic_fetch_and(&sh, 0x0FF0, __ATOMIC_SEQ_CST);
    printf("narrow %u %d\n", uc, sh);
    _Bool flag = 0;
    r1 = __atomic_test_and_set(&flag, __ATOMIC_SEQ_CST);
    r2 = __atomic_test_and_set(&flag, __ATOMIC_SEQ_CST);
    printf("test_and_set %d %d\n", r1, r2);
    __atomic_clear(&flag, __ATOMIC_SEQ_CST);
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    __atomic_signal_fence(__ATOMIC_SEQ_CST);
    printf("lock free %d %d\n", __atomic_always_lock_free(sizeof(long), 0), __atomic_is_lock_free(sizeof(int), 0));

    int s = 100;
    r1 = __sync_fetch_and_add(&s, 5);
    r2 = __sync_add_and_fetch(&s, 5);
    printf("sync add %d %d\n", r1, r2);
    r1 = __sync_fetch_and_sub(&s, 10);
    r2 = __sync_sub_and_fetch(&s, 10);
    printf("sync sub %d %d\n", r1, r2);
    r1 = __sync_fetch_and_or(&s, 0x100);
    r2 = __sync_and_and_fetch(&s, 0x1F0);
    printf("sync or/and %d %d\n", r1, r2);
    r1 = __sync_fetch_and_xor(&s, 0xFF);
    r2 = __sync_xor_and_fetch(&s, 1);
    printf("sync xor %d %d\n", r1, r2);
    r1 = __sync_fetch_and_and(&s, 0x3F);
    r2 = __sync_or_and_fetch(&s, 0x400);
    printf("sync and/or %d %d\n", r1, r2);
    r1 = __sync_fetch_and_nand(&s, 0xF); /* gcc notes (not a warning) that nand changed in GCC 4.4 */
    printf("sync nand %d %d\n", r1, s);
    r1 = __sync_nand_and_fetch(&s, 0x7);
    printf("sync nand %d %d\n", r1, s);
    int cur = s;
    r1 = __sync_bool_compare_and_swap(&s, cur, 42);
    printf("sync bool cas %d %d\n", r1, s);
    r1 = __sync_bool_compare_and_swap(&s, 41, 0);
    printf("sync bool cas %d %d\n", r1, s);
    r1 = __sync_val_compare_and_swap(&s, 41, 0);
    printf("sync val cas %d %d\n", r1, s);
    r1 = __sync_val_compare_and_swap(&s, 42, 7);
    printf("sync val cas %d %d\n", r1, s);
    r1 = __sync_lock_test_and_set(&s, 3);
    printf("lock %d %d\n", r1, s);
    __sync_lock_release(&s);
    __sync_synchronize();
    printf("released %d\n", s);
    unsigned long long u = ~0ULL;
    unsigned long long u1 = __sync_add_and_fetch(&u, 2);
    unsigned long long u2 = __sync_fetch_and_sub(&u, 1);
    printf("sync u64 %llu %llu %llu\n", u1, u2, u);
    unsigned short us = 65535;
    unsigned short us1 = __sync_fetch_and_add(&us, 2);
    printf("sync u16 %u %u\n", us1, us);

    /* generic forms on double, float, an 8-byte struct and pointers */
    double d = 1.5, dold, dnew = 2.5, dex = 0;
    __atomic_load(&d, &dold, __ATOMIC_SEQ_CST);
    __atomic_store(&d, &dnew, __ATOMIC_SEQ_CST);
    __atomic_exchange(&d, &dold, &dex, __ATOMIC_SEQ_CST);
    printf("generic double %.2f %.2f %.2f\n", dold, d, dex);
    float f = 1.0f, fnew = 4.5f, fold;
    __atomic_exchange(&f, &fnew, &fold, __ATOMIC_SEQ_CST);
    printf("generic float %.1f %.1f\n", fold, f);
    struct Pair pr = { 1, 2 }, pexp = { 1, 2 }, pdes = { 3, 4 }, pgot;
    _Bool pok = __atomic_compare_exchange(&pr, &pexp, &pdes, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    __atomic_load(&pr, &pgot, __ATOMIC_SEQ_CST);
    printf("generic struct %d %d %d\n", pok, pgot.a, pgot.b);
    int arr[4] = { 0 };
    int *ptr = arr;
    int *oldp = __atomic_fetch_add(&ptr, 2 * sizeof(int), __ATOMIC_SEQ_CST); /* adds bytes, not elements */
    int *pp = arr;
    __sync_fetch_and_add(&pp, 3 * sizeof(int));
    printf("pointers %td %td %td\n", oldp - arr, ptr - arr, pp - arr);
    long lv = 5, lexp = 5;
    _Bool lok = __atomic_compare_exchange_n(&lv, &lexp, 9, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE);
    printf("acq_rel cas %d %ld\n", lok, lv);
    return 0;
}
