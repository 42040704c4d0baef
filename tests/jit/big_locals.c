/* Large stack frames: a 2 MiB local array, a 256 KiB struct local, many locals in one frame,
 * and a recursion whose frames hold 1 KiB arrays. */
#include <stdio.h>
#include <string.h>

struct Huge { char bytes[256 * 1024]; int tail; };

static long big_array(int n)
{
    char buf[2 * 1024 * 1024];
    memset(buf, 0, sizeof buf);
    for (int i = 0; i < n; i++)
        buf[(i * 7919) % (int)sizeof buf] = (char)i;
    long s = 0;
    for (size_t i = 0; i < sizeof buf; i += 4096)
        s += buf[i];
    return s + buf[sizeof buf - 1];
}

static int huge_struct(void)
{
    struct Huge h;
    memset(h.bytes, 1, sizeof h.bytes);
    h.tail = 42;
    int s = 0;
    for (size_t i = 0; i < sizeof h.bytes; i += 1024)
        s += h.bytes[i];
    return s + h.tail;
}

static long frames(int depth)
{
    int local[256];
    for (int i = 0; i < 256; i++)
        local[i] = depth + i;
    if (depth == 0)
        return local[255];
    return frames(depth - 1) + local[depth % 256];
}

static double many_locals(double x)
{
    double a0 = x, a1 = a0 * 1.1, a2 = a1 + 2, a3 = a2 * a1, a4 = a3 - a0, a5 = a4 / 3, a6 = a5 + a2, a7 = a6 * 0.5,
           a8 = a7 + a3, a9 = a8 - a1, b0 = a9 * 2, b1 = b0 + a5, b2 = b1 - a6, b3 = b2 * 0.25, b4 = b3 + a7,
           b5 = b4 + a8, b6 = b5 - a9, b7 = b6 + b0, b8 = b7 * 0.125, b9 = b8 + b1;
    long i0 = (long)a0, i1 = i0 * 3, i2 = i1 + 7, i3 = i2 * i1, i4 = i3 - i0, i5 = i4 / 3, i6 = i5 + i2, i7 = i6 * 5,
         i8 = i7 + i3, i9 = i8 - i1;
    return a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + b0 + b1 + b2 + b3 + b4 + b5 + b6 + b7 + b8 + b9 +
           (double)(i0 + i1 + i2 + i3 + i4 + i5 + i6 + i7 + i8 + i9);
}

int main(void)
{
    printf("big array %ld\n", big_array(100000));
    printf("huge struct %d\n", huge_struct());
    printf("frames %ld\n", frames(2000));
    printf("many locals %.6f\n", many_locals(3.0));
    return 0;
}
