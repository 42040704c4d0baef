// covers: __builtin_memcpy, __builtin_memset, __builtin_memmove (overlapping), __builtin_memcmp, __builtin_strlen, __builtin_strcmp, __builtin_strcpy, __builtin_abs/labs, __builtin_object_size, constant-size and runtime-size calls
#include <stdio.h>

struct blob { int a[5]; char tag[8]; };

int main(void) {
    char buf[32];
    __builtin_memset(buf, 'x', sizeof buf);
    buf[31] = 0;
    printf("%s\n", buf);
    __builtin_memcpy(buf, "hello builtins", 15);
    printf("%s\n", buf);
    __builtin_memmove(buf + 2, buf, 10);      /* overlapping forward */
    buf[12] = 0;
    printf("%s\n", buf);
    __builtin_memmove(buf, buf + 3, 6);       /* overlapping backward */
    buf[6] = 0;
    printf("%s\n", buf);
    struct blob b1, b2;
    __builtin_memset(&b1, 0, sizeof b1);
    for (int i = 0; i < 5; i++) b1.a[i] = i * 11;
    __builtin_strcpy(b1.tag, "tag1");
    __builtin_memcpy(&b2, &b1, sizeof b1);
    printf("%d %s %d\n", b2.a[4], b2.tag, __builtin_memcmp(&b1, &b2, sizeof b1));
    b2.a[2]++;
    printf("%d\n", __builtin_memcmp(&b1, &b2, sizeof b1) < 0);
    volatile int n = 7;
    char dyn[16];
    __builtin_memset(dyn, 'a' + n, (size_t)n);
    dyn[n] = 0;
    printf("%s %zu\n", dyn, __builtin_strlen(dyn));
    printf("%d %d\n", __builtin_strcmp("abc", "abd") < 0, __builtin_strcmp("same", "same"));
    printf("%d %ld\n", __builtin_abs(-n), __builtin_labs(-12345678901L));
    printf("%zu %zu\n", __builtin_object_size(buf, 0), __builtin_object_size(&b1.tag, 0));
    int arr[100];
    __builtin_memset(arr, 0xff, sizeof arr);
    printf("%d %d\n", arr[0], arr[99]);
    return 0;
}
