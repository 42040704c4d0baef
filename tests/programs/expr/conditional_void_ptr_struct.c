// covers: ?: with void operands, pointer and null pointer operands, void* and T* mixing, const-qualified pointer results, struct and union operands, function designators, array decay in conditional
#include <stdio.h>
#include <string.h>

struct pair { int a; double b; };
union u { int i; float f; };

static int count;
static void inc(void) { count++; }
static void dec(void) { count--; }
static void say(const char *s) { printf("say %s\n", s); }
static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }

int main(void) {
    int flag = 1;
    flag ? inc() : dec();
    flag ? inc() : dec();
    !flag ? inc() : dec();
    printf("%d\n", count);
    flag ? say("yes") : (void)0;
    flag ? (void)0 : say("no");
    int x = 5;
    int *p = flag ? &x : NULL;
    int *q = !flag ? &x : 0;
    printf("%d %d\n", p != NULL, q == NULL);
    void *vp = &x;
    int *r = flag ? vp : &x;
    printf("%d\n", *r);
    const int cx = 9;
    const int *cp = flag ? &cx : &x;
    printf("%d\n", *cp);
    struct pair s1 = {1, 1.5}, s2 = {2, 2.5};
    struct pair s3 = flag ? s1 : s2;
    printf("%d %g\n", s3.a, s3.b);
    printf("%d\n", (flag ? s2 : s1).a);
    printf("%g\n", (!flag ? s2 : s1).b);
    union u u1 = {.i = 7}, u2 = {.i = 8};
    union u u3 = flag ? u2 : u1;
    printf("%d\n", u3.i);
    int (*op)(int, int) = flag ? add : sub;
    printf("%d\n", op(10, 3));
    printf("%d\n", (flag ? sub : add)(10, 3));
    int arr1[3] = {1, 2, 3}, arr2[3] = {4, 5, 6};
    int *ap = flag ? arr1 : arr2;
    printf("%d\n", ap[2]);
    const char *s = flag ? "str-one" : "str-two";
    printf("%s %d\n", s, (int)strlen(flag ? "abc" : "defgh"));
    char buf[20];
    strcpy(flag ? buf : buf + 10, "copied");
    printf("%s\n", buf);
    for (int i = 0; i < 4; i++) {
        struct pair pick = i % 2 ? (struct pair){i, i * 0.5} : s1;
        printf("%d %g; ", pick.a, pick.b);
    }
    printf("\n");
    return 0;
}
