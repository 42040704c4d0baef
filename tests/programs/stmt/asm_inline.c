// covers: x86-64 inline asm: asm volatile("" ::: "memory") compiler barrier, asm with "+r" read-write operand (addl), "=r" output and "r"/"i" inputs, "m" memory operands, multiple outputs, named operands [x], __asm__ __volatile__ spelling, rdtsc-free deterministic instructions (bswap, imul, lea, bsr)
#include <stdio.h>

static int add_asm(int x, int y) {
    __asm__("addl %1, %0" : "+r"(x) : "r"(y));
    return x;
}

static unsigned bswap_asm(unsigned v) {
    __asm__("bswap %0" : "+r"(v));
    return v;
}

static long mul_imm(long v) {
    long r;
    __asm__("imulq $7, %1, %0" : "=r"(r) : "r"(v));
    return r;
}

static long lea3(long a, long b) {
    long r;
    asm("leaq (%[a],%[b],2), %[r]" : [r] "=r"(r) : [a] "r"(a), [b] "r"(b));
    return r;
}

static void divmod(unsigned long n, unsigned long d, unsigned long *q, unsigned long *r) {
    unsigned long qq, rr;
    __asm__("xorq %%rdx, %%rdx\n\tdivq %4" : "=a"(qq), "=d"(rr) : "a"(n), "d"(0UL), "r"(d) : "cc");
    *q = qq; *r = rr;
}

static int highest_bit(unsigned v) {
    int r;
    __asm__("bsrl %1, %0" : "=r"(r) : "rm"(v) : "cc");
    return r;
}

static int mem_inc(int *p) {
    __asm__ __volatile__("incl %0" : "+m"(*p));
    return *p;
}

int main(void) {
    printf("%d %d\n", add_asm(40, 2), add_asm(-5, -6));
    printf("%08x\n", bswap_asm(0x11223344u));
    printf("%ld %ld\n", mul_imm(6), lea3(10, 7));
    unsigned long q, r;
    divmod(1000003, 97, &q, &r);
    printf("%lu %lu\n", q, r);
    for (unsigned v = 1; v < 100000; v *= 7) printf("%d ", highest_bit(v));
    printf("\n");
    int counter = 41;
    printf("%d\n", mem_inc(&counter));
    int data[4] = {1, 2, 3, 4};
    for (int i = 0; i < 4; i++) {
        data[i] *= 3;
        asm volatile("" ::: "memory");
    }
    printf("%d %d\n", data[0], data[3]);
    int x = 5;
    __asm__ volatile("" : "+r"(x));     /* opaque to optimizer, value unchanged */
    printf("%d\n", x * 2);
    return 0;
}
