// covers: many (80) small static functions calling each other in chains and trees, forward declarations of all functions, function pointer table of all functions, mixed int/long/double helpers, static recursion
#include <stdio.h>

static long f0(long x);
static long f1(long x);
static long f2(long x);
static long f3(long x);
static long f4(long x);
static long f5(long x);
static long f6(long x);
static long f7(long x);
static long f8(long x);
static long f9(long x);
static long f10(long x);
static long f11(long x);
static long f12(long x);
static long f13(long x);
static long f14(long x);
static long f15(long x);
static long f16(long x);
static long f17(long x);
static long f18(long x);
static long f19(long x);
static long f20(long x);
static long f21(long x);
static long f22(long x);
static long f23(long x);
static long f24(long x);
static long f25(long x);
static long f26(long x);
static long f27(long x);
static long f28(long x);
static long f29(long x);
static long f30(long x);
static long f31(long x);
static long f32(long x);
static long f33(long x);
static long f34(long x);
static long f35(long x);
static long f36(long x);
static long f37(long x);
static long f38(long x);
static long f39(long x);
static long f40(long x);
static long f41(long x);
static long f42(long x);
static long f43(long x);
static long f44(long x);
static long f45(long x);
static long f46(long x);
static long f47(long x);
static long f48(long x);
static long f49(long x);
static long f50(long x);
static long f51(long x);
static long f52(long x);
static long f53(long x);
static long f54(long x);
static long f55(long x);
static long f56(long x);
static long f57(long x);
static long f58(long x);
static long f59(long x);
static long f60(long x);
static long f61(long x);
static long f62(long x);
static long f63(long x);
static long f64(long x);
static long f65(long x);
static long f66(long x);
static long f67(long x);
static long f68(long x);
static long f69(long x);
static long f70(long x);
static long f71(long x);
static long f72(long x);
static long f73(long x);
static long f74(long x);
static long f75(long x);
static long f76(long x);
static long f77(long x);
static long f78(long x);
static long f79(long x);

static long f0(long x) { return x + 1; }
static long f1(long x) { return x > 1000000 ? x % 8 : f0(x * 2) - f0(x); }
static long f2(long x) { long t = f1(x ^ 2) % 100000; return (long)((unsigned long)t << 1) ^ f1(x); }
static long f3(long x) { return x < 0 ? -f2(-x) : f2(x + 3) / 3; }
static long f4(long x) { long s = f3(x) % 1000003; s += f2(x + 1) % 1000003 + f2(x + 2) % 1000003; return s % 1000003; }
static long f5(long x) { return f4(x) + 5; }
static long f6(long x) { return x > 1000000 ? x % 13 : f5(x * 2) - f3(x); }
static long f7(long x) { long t = f0(x ^ 7) % 100000; return (long)((unsigned long)t << 1) ^ f6(x); }
static long f8(long x) { return x < 0 ? -f7(-x) : f7(x + 8) / 3; }
static long f9(long x) { long s = f8(x) % 1000003; s += f2(x + 1) % 1000003 + f6(x + 2) % 1000003; return s % 1000003; }
static long f10(long x) { return f9(x) + 10; }
static long f11(long x) { return x > 1000000 ? x % 18 : f10(x * 2) - f4(x); }
static long f12(long x) { long t = f5(x ^ 12) % 100000; return (long)((unsigned long)t << 1) ^ f11(x); }
static long f13(long x) { return x < 0 ? -f12(-x) : f12(x + 13) / 3; }
static long f14(long x) { long s = f13(x) % 1000003; s += f0(x + 1) % 1000003 + f0(x + 2) % 1000003; return s % 1000003; }
static long f15(long x) { return f14(x) + 15; }
static long f16(long x) { return x > 1000000 ? x % 23 : f15(x * 2) - f2(x); }
static long f17(long x) { long t = f3(x ^ 17) % 100000; return (long)((unsigned long)t << 1) ^ f16(x); }
static long f18(long x) { return x < 0 ? -f17(-x) : f17(x + 18) / 3; }
static long f19(long x) { long s = f18(x) % 1000003; s += f5(x + 1) % 1000003 + f1(x + 2) % 1000003; return s % 1000003; }
static long f20(long x) { return f19(x) + 20; }
static long f21(long x) { return x > 1000000 ? x % 28 : f20(x * 2) - f0(x); }
static long f22(long x) { long t = f1(x ^ 22) % 100000; return (long)((unsigned long)t << 1) ^ f21(x); }
static long f23(long x) { return x < 0 ? -f22(-x) : f22(x + 23) / 3; }
static long f24(long x) { long s = f23(x) % 1000003; s += f3(x + 1) % 1000003 + f2(x + 2) % 1000003; return s % 1000003; }
static long f25(long x) { return f24(x) + 25; }
static long f26(long x) { return x > 1000000 ? x % 33 : f25(x * 2) - f5(x); }
static long f27(long x) { long t = f6(x ^ 27) % 100000; return (long)((unsigned long)t << 1) ^ f26(x); }
static long f28(long x) { return x < 0 ? -f27(-x) : f27(x + 28) / 3; }
static long f29(long x) { long s = f28(x) % 1000003; s += f1(x + 1) % 1000003 + f3(x + 2) % 1000003; return s % 1000003; }
static long f30(long x) { return f29(x) + 30; }
static long f31(long x) { return x > 1000000 ? x % 38 : f30(x * 2) - f3(x); }
static long f32(long x) { long t = f4(x ^ 32) % 100000; return (long)((unsigned long)t << 1) ^ f31(x); }
static long f33(long x) { return x < 0 ? -f32(-x) : f32(x + 33) / 3; }
static long f34(long x) { long s = f33(x) % 1000003; s += f6(x + 1) % 1000003 + f4(x + 2) % 1000003; return s % 1000003; }
static long f35(long x) { return f34(x) + 35; }
static long f36(long x) { return x > 1000000 ? x % 43 : f35(x * 2) - f1(x); }
static long f37(long x) { long t = f2(x ^ 37) % 100000; return (long)((unsigned long)t << 1) ^ f36(x); }
static long f38(long x) { return x < 0 ? -f37(-x) : f37(x + 38) / 3; }
static long f39(long x) { long s = f38(x) % 1000003; s += f4(x + 1) % 1000003 + f5(x + 2) % 1000003; return s % 1000003; }
static long f40(long x) { return f39(x) + 40; }
static long f41(long x) { return x > 1000000 ? x % 48 : f40(x * 2) - f6(x); }
static long f42(long x) { long t = f0(x ^ 42) % 100000; return (long)((unsigned long)t << 1) ^ f41(x); }
static long f43(long x) { return x < 0 ? -f42(-x) : f42(x + 43) / 3; }
static long f44(long x) { long s = f43(x) % 1000003; s += f2(x + 1) % 1000003 + f6(x + 2) % 1000003; return s % 1000003; }
static long f45(long x) { return f44(x) + 45; }
static long f46(long x) { return x > 1000000 ? x % 53 : f45(x * 2) - f4(x); }
static long f47(long x) { long t = f5(x ^ 47) % 100000; return (long)((unsigned long)t << 1) ^ f46(x); }
static long f48(long x) { return x < 0 ? -f47(-x) : f47(x + 48) / 3; }
static long f49(long x) { long s = f48(x) % 1000003; s += f0(x + 1) % 1000003 + f0(x + 2) % 1000003; return s % 1000003; }
static long f50(long x) { return f49(x) + 50; }
static long f51(long x) { return x > 1000000 ? x % 58 : f50(x * 2) - f2(x); }
static long f52(long x) { long t = f3(x ^ 52) % 100000; return (long)((unsigned long)t << 1) ^ f51(x); }
static long f53(long x) { return x < 0 ? -f52(-x) : f52(x + 53) / 3; }
static long f54(long x) { long s = f53(x) % 1000003; s += f5(x + 1) % 1000003 + f1(x + 2) % 1000003; return s % 1000003; }
static long f55(long x) { return f54(x) + 55; }
static long f56(long x) { return x > 1000000 ? x % 63 : f55(x * 2) - f0(x); }
static long f57(long x) { long t = f1(x ^ 57) % 100000; return (long)((unsigned long)t << 1) ^ f56(x); }
static long f58(long x) { return x < 0 ? -f57(-x) : f57(x + 58) / 3; }
static long f59(long x) { long s = f58(x) % 1000003; s += f3(x + 1) % 1000003 + f2(x + 2) % 1000003; return s % 1000003; }
static long f60(long x) { return f59(x) + 60; }
static long f61(long x) { return x > 1000000 ? x % 68 : f60(x * 2) - f5(x); }
static long f62(long x) { long t = f6(x ^ 62) % 100000; return (long)((unsigned long)t << 1) ^ f61(x); }
static long f63(long x) { return x < 0 ? -f62(-x) : f62(x + 63) / 3; }
static long f64(long x) { long s = f63(x) % 1000003; s += f1(x + 1) % 1000003 + f3(x + 2) % 1000003; return s % 1000003; }
static long f65(long x) { return f64(x) + 65; }
static long f66(long x) { return x > 1000000 ? x % 73 : f65(x * 2) - f3(x); }
static long f67(long x) { long t = f4(x ^ 67) % 100000; return (long)((unsigned long)t << 1) ^ f66(x); }
static long f68(long x) { return x < 0 ? -f67(-x) : f67(x + 68) / 3; }
static long f69(long x) { long s = f68(x) % 1000003; s += f6(x + 1) % 1000003 + f4(x + 2) % 1000003; return s % 1000003; }
static long f70(long x) { return f69(x) + 70; }
static long f71(long x) { return x > 1000000 ? x % 78 : f70(x * 2) - f1(x); }
static long f72(long x) { long t = f2(x ^ 72) % 100000; return (long)((unsigned long)t << 1) ^ f71(x); }
static long f73(long x) { return x < 0 ? -f72(-x) : f72(x + 73) / 3; }
static long f74(long x) { long s = f73(x) % 1000003; s += f4(x + 1) % 1000003 + f5(x + 2) % 1000003; return s % 1000003; }
static long f75(long x) { return f74(x) + 75; }
static long f76(long x) { return x > 1000000 ? x % 83 : f75(x * 2) - f6(x); }
static long f77(long x) { long t = f0(x ^ 77) % 100000; return (long)((unsigned long)t << 1) ^ f76(x); }
static long f78(long x) { return x < 0 ? -f77(-x) : f77(x + 78) / 3; }
static long f79(long x) { long s = f78(x) % 1000003; s += f2(x + 1) % 1000003 + f6(x + 2) % 1000003; return s % 1000003; }

static long (*const table[])(long) = {f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17, f18, f19, f20, f21, f22, f23, f24, f25, f26, f27, f28, f29, f30, f31, f32, f33, f34, f35, f36, f37, f38, f39, f40, f41, f42, f43, f44, f45, f46, f47, f48, f49, f50, f51, f52, f53, f54, f55, f56, f57, f58, f59, f60, f61, f62, f63, f64, f65, f66, f67, f68, f69, f70, f71, f72, f73, f74, f75, f76, f77, f78, f79};

static double dh0(double x) { return x * 0.5; }
static double dh1(double x) { return dh0(x) + 1.25; }
static double dh2(double x) { return dh1(dh0(x)) * 3; }
static int ih0(int a, int b) { return a * b - (a ^ b); }
static int ih1(int a) { return ih0(a, a + 1) + ih0(a - 1, 3); }

int main(void) {
    for (int i = 0; i < 80; i++) {
        printf("f%d(%d) = %ld\n", i, i, table[i](i));
    }
    long acc = 0;
    for (int i = 0; i < 80; i += 3) acc = (acc * 31 + table[i](i * 17 - 40) % 1000000007L) % 1000000007L;
    printf("acc %ld\n", acc);
    printf("%g %d\n", dh2(10.0), ih1(7));
    return 0;
}
