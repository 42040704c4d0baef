/* switch with GNU case ranges, fallthrough, default in the middle, nested switches, switch on
 * long long and on chars, Duff's device; goto forwards, backwards, out of nested loops. */
#include <stdio.h>

static const char *classify(int c)
{
    switch (c) {
    case '0' ... '9':
        return "digit";
    case 'a' ... 'z':
    case 'A' ... 'Z':
        return "letter";
    case ' ':
    case '\t':
        return "space";
    default:
        return "other";
    case -100 ... -1:
        return "negative";
    }
}

static int fall(int n)
{
    int r = 0;
    switch (n) {
    case 0:
        r += 1;
        /* fall through */
    case 1:
        r += 10;
        /* fall through */
    case 2:
        r += 100;
        break;
    case 3:
        r = -1;
        /* fall through */
    default:
        r *= 2;
        /* fall through */
    case 5:
        r += 1000;
    }
    return r;
}

static const char *big(long long v)
{
    switch (v) {
    case 0x100000000LL:
        return "2^32";
    case -1:
        return "minus one";
    case 0x7FFFFFFFFFFFFFFFLL:
        return "max";
    case 1000000000000LL ... 2000000000000LL:
        return "trillion range";
    default:
        return "?";
    }
}

static int nested(int a, int b)
{
    switch (a) {
    case 1:
        switch (b) {
        case 1:
            return 11;
        case 2:
            break;
        default:
            return 10;
        }
        return 12;
    case 2:
        for (int i = 0; i < 10; i++) {
            switch (i) {
            case 3:
                continue;
            case 7:
                return 20 + i + b;
            }
        }
        return -2;
    }
    return 0;
}

static void duff(char *to, const char *from, int count)
{
    int n = (count + 7) / 8;
    switch (count % 8) {
    case 0: do { *to++ = *from++;
    /* fall through */
    case 7: *to++ = *from++;
    /* fall through */
    case 6: *to++ = *from++;
    /* fall through */
    case 5: *to++ = *from++;
    /* fall through */
    case 4: *to++ = *from++;
    /* fall through */
    case 3: *to++ = *from++;
    /* fall through */
    case 2: *to++ = *from++;
    /* fall through */
    case 1: *to++ = *from++;
            } while (--n > 0);
    }
}

static int find(int m[4][4], int target, int *ri, int *ci)
{
    for (int r = 0; r < 4; r++)
        for (int c = 0; c < 4; c++)
            if (m[r][c] == target) {
                *ri = r;
                *ci = c;
                goto found;
            }
    return 0;
found:
    return 1;
}

static int gcd_goto(int a, int b)
{
again:
    if (b == 0)
        goto done;
    {
        int t = a % b;
        a = b;
        b = t;
    }
    goto again;
done:
    return a;
}

int main(void)
{
    const int chars[] = { '5', 'q', 'Q', ' ', '\t', '#', -5, -101, 0 };
    for (unsigned i = 0; i < sizeof chars / sizeof chars[0]; i++)
        printf("%d:%s ", chars[i], classify(chars[i]));
    printf("\n");
    for (int i = 0; i <= 6; i++)
        printf("fall(%d)=%d\n", i, fall(i));
    long long bigs[] = { 0x100000000LL, -1, 0x7FFFFFFFFFFFFFFFLL, 1500000000000LL, 2000000000001LL };
    for (int i = 0; i < 5; i++)
        printf("%s\n", big(bigs[i]));
    printf("nested %d %d %d %d %d\n", nested(1, 1), nested(1, 2), nested(1, 3), nested(2, 5), nested(3, 0));
    char dst[32] = { 0 };
    for (int n = 1; n <= 17; n += 4) {
        duff(dst, "abcdefghijklmnopqrstuvwxyz", n);
        dst[n] = 0;
        printf("duff %d %s\n", n, dst);
    }
    int m[4][4];
    for (int i = 0; i < 16; i++)
        m[i / 4][i % 4] = i * 3;
    int r = -1, c = -1;
    int ok = find(m, 27, &r, &c);
    printf("find %d %d %d\n", ok, r, c);
    ok = find(m, 28, &r, &c);
    printf("find %d\n", ok);
    printf("gcd %d %d\n", gcd_goto(1071, 462), gcd_goto(17, 5));
    int i = 0;
loop:
    i += 3;
    if (i < 20)
        goto loop;
    printf("loop %d\n", i);
    return 0;
}
