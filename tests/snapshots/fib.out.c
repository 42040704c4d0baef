extern int printf(const char *restrict, ...);
static int vid256_fib(int);
int main(void);
static int vid256_fib(int vid255_n)
{
    int vid257_a;
    int vid258_b;
    int vid259_i;
    int vid260_c;
    int vid261;
    int vid262;

    vid257_a = 0; /* sid1 */
    vid258_b = 1; /* sid2 */
    vid259_i = 0; /* sid3 */
sid4:
    if (vid259_i < vid255_n) goto sid6; /* sid4 */
    goto sid13; /* sid5 */
sid6:
    vid260_c = vid258_b; /* sid6 */
    vid261 = vid257_a + vid258_b; /* sid7 */
    vid258_b = vid261; /* sid8 */
    vid257_a = vid260_c; /* sid9 */
    vid262 = vid259_i + 1; /* sid10 */
    vid259_i = vid262; /* sid11 */
    goto sid4; /* sid12 */
sid13:
    return vid257_a; /* sid13 */
}
int main(void)
{
    int vid264;

    vid264 = vid256_fib(20); /* sid14 */
    printf("The answer is: %d\n", vid264); /* sid15 */
    return 0; /* sid16 */
}
