/* Shared by the benches/jit kernels (see benches/jit.sh).
 *   default      AT(f(x)) is `@f(x)`: cir evaluates the call at compile time
 *   -DNATIVE     AT(f(x)) is `f(x)`: the same file as ordinary C (gcc, tcc baselines)
 *   -DTRIVIAL    the kernel returns at once (cir's cost without the kernel's run time) */
#ifdef NATIVE
#define AT(x) x
#else
#define AT(x) @x
#endif
#ifdef TRIVIAL
#define SKIP 1
#else
#define SKIP 0
#endif
