// covers: float (single precision) arithmetic + - * / and rounding effects, float vs double evaluation, FLT_EVAL_METHOD 0 on x86-64, float function args/returns, float arrays
#include <stdio.h>
#include <float.h>

static float avg(float a, float b) { return (a + b) / 2; }
static float poly(float x) { return ((2.0f * x - 3.0f) * x + 0.5f) * x - 7.25f; }

int main(void) {
    float a = 0.1f, b = 0.2f;
    float c = a + b;
    printf("%.9g %.9g %.9g\n", a, b, c);
    printf("%d\n", c == 0.3f);
    printf("%d\n", (double)c == 0.3);
    printf("%d\n", FLT_EVAL_METHOD);
    float big = 1e8f;
    printf("%.1f\n", big + 1.0f);
    printf("%.9g\n", 1.0f / 3.0f);
    printf("%.9g\n", 2.0f / 3.0f);
    printf("%.9g %.9g\n", avg(1.5f, 2.25f), avg(-1e30f, 1e30f));
    for (int i = -3; i <= 3; i++) printf("%.6g ", poly((float)i * 0.75f));
    printf("\n");
    float arr[10];
    for (int i = 0; i < 10; i++) arr[i] = 1.0f / (float)(i + 1);
    float s = 0;
    for (int i = 0; i < 10; i++) s += arr[i] * arr[i];
    printf("%.9g\n", s);
    float m = 1.0f;
    int n = 0;
    while (1.0f + m != 1.0f) { m /= 2; n++; }
    printf("%d %.9g\n", n, (double)m * 2);
    float x = 3.0f;
    x = x * x - x / 4.0f + 0.125f;
    printf("%.9g\n", x);
    float neg = -7.5f;
    printf("%.9g %.9g\n", neg * neg, -neg / 3);
    float prod = 1;
    for (int i = 1; i <= 30; i++) prod *= (float)i;
    printf("%.6e\n", prod);
    printf("%.6e\n", prod * prod);
    float tiny = 1e-38f;
    printf("%.6e\n", tiny / 1000);
    return 0;
}
