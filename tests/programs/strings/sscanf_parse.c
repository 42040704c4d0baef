// covers: sscanf with %d %i (hex/octal prefixes) %u %x %o %ld %lld %f %lf %Lf %s %c %[...] scansets %n, width limits, assignment suppression %*d, literal matching, return counts including partial matches and EOF on empty input
#include <stdio.h>

int main(void) {
    int a, b, c;
    int r = sscanf("10 20 30", "%d %d %d", &a, &b, &c);
    printf("%d: %d %d %d\n", r, a, b, c);
    r = sscanf("0x1f 017 42", "%i %i %i", &a, &b, &c);
    printf("%d: %d %d %d\n", r, a, b, c);
    unsigned u; unsigned x, o;
    r = sscanf("4000000000 ff 777", "%u %x %o", &u, &x, &o);
    printf("%d: %u %u %u\n", r, u, x, o);
    long l; long long ll;
    r = sscanf("-1234567890123 9223372036854775807", "%ld %lld", &l, &ll);
    printf("%d: %ld %lld\n", r, l, ll);
    float f; double d; long double ld;
    r = sscanf("3.5 -2.25e3 1e-5", "%f %lf %Lf", &f, &d, &ld);
    printf("%d: %g %g %Lg\n", r, f, d, ld);
    char word[16], ch;
    r = sscanf("hello world", "%15s %c", word, &ch);
    printf("%d: %s %c\n", r, word, ch);
    char digits[8], rest[32];
    r = sscanf("12345abc-def", "%[0-9]%[^\n]", digits, rest);
    printf("%d: %s %s\n", r, digits, rest);
    int consumed;
    r = sscanf("  77 tail", "%d%n", &a, &consumed);
    printf("%d: %d %d\n", r, a, consumed);
    r = sscanf("1,2,3", "%d,%*d,%d", &a, &b);
    printf("%d: %d %d\n", r, a, b);
    r = sscanf("key=value", "key=%s", word);
    printf("%d: %s\n", r, word);
    r = sscanf("12 abc", "%d %d", &a, &b);
    printf("%d: %d\n", r, a);
    r = sscanf("", "%d", &a);
    printf("%d\n", r);
    r = sscanf("123456", "%3d%2d", &a, &b);
    printf("%d: %d %d\n", r, a, b);
    int y, m, dd;
    r = sscanf("2024-03-15", "%4d-%2d-%2d", &y, &m, &dd);
    printf("%d: %04d/%02d/%02d\n", r, y, m, dd);
    char name[10]; int age;
    r = sscanf("name: Bob, age: 42", "name: %9[^,], age: %d", name, &age);
    printf("%d: %s %d\n", r, name, age);
    return 0;
}
