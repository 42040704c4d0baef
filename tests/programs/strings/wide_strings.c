// covers: wide string literals L"...", u"...", U"...", u8"..."; wchar_t/char16_t/char32_t element sizes and code units printed as integers (incl. surrogate pairs in u""), wcslen, wcscmp, wcscpy, wcschr, wcsncmp, wmemset, wide char arrays initialized from literals, L'x' constants
#include <stdio.h>
#include <wchar.h>
#include <uchar.h>

int main(void) {
    const wchar_t *w = L"wide é€";
    printf("%zu %zu\n", sizeof(wchar_t), wcslen(w));
    for (const wchar_t *p = w; *p; p++) printf("%d ", (int)*p);
    printf("\n");
    const char16_t s16[] = u"a€😀";
    printf("%zu:", sizeof s16 / sizeof s16[0]);
    for (size_t i = 0; s16[i]; i++) printf(" %04x", (unsigned)s16[i]);
    printf("\n");
    const char32_t s32[] = U"a€😀";
    printf("%zu:", sizeof s32 / sizeof s32[0]);
    for (size_t i = 0; s32[i]; i++) printf(" %x", (unsigned)s32[i]);
    printf("\n");
    const char s8[] = u8"a€";
    printf("%zu\n", sizeof s8);
    wchar_t buf[32];
    wcscpy(buf, L"hello");
    wcscat(buf, L" world");
    printf("%zu %d\n", wcslen(buf), wcscmp(buf, L"hello world"));
    printf("%d %d\n", wcscmp(L"abc", L"abd") < 0, wcsncmp(L"abcdef", L"abcxyz", 3));
    const wchar_t *found = wcschr(buf, L'w');
    printf("%td\n", found - buf);
    wchar_t arr[6] = L"xy";
    printf("%d %d %d\n", (int)arr[0], (int)arr[2], (int)arr[5]);
    wmemset(arr, L'z', 5);
    arr[5] = 0;
    printf("%zu %d\n", wcslen(arr), (int)arr[4]);
    wchar_t wc = L'\x263a';
    printf("%d %d\n", (int)wc, (int)L'\0');
    long sum = 0;
    for (const wchar_t *p = L"checksum"; *p; p++) sum = sum * 31 + *p;
    printf("%ld\n", sum);
    printf("%zu %zu %zu\n", sizeof(L"ab"), sizeof(u"ab"), sizeof(U"ab"));
    return 0;
}
