/* cirq.h — quasi-quotation in the style of the original CIR: a template written as ordinary C
 * inside a compile-time function, with anti-quoted holes.
 *
 *   CirCodeId c = CirQ(({ int t = CirAQ(v); t * t; }));
 *       a fresh copy of the template's code each time this line runs; `v` (a `const CirValue *`
 *       of the compile-time function) fills the hole. A hole may also be a `CirCodeId`: its
 *       statements run before the statement using it, and its value is used.
 *   CirQ_append(code, ({ ... }));
 *       appends a fresh copy of the template to `code`.
 *
 * Holes have type `int` inside the template (cast them for another type: `(double)CirAQ(v)`).
 * The template may use its own variables, globals and functions, but not the compile-time
 * function's locals (pass their values with CirAQ). `@CirQ(...)` works too.
 *
 * cir's own CirQ_code / CirQ_decls (in cir.h) are the better way to write generated code: C
 * text with holes for values, codes, types and names, hygienic, also for declarations.
 */
#ifndef CIRQ_H
#define CIRQ_H
#include "cir.h"

/* Provided by the compiler. */
CirCodeId CirQ__quote(CirCodeId tpl);
CirCodeId CirQ__instantiate(unsigned tpl, unsigned n, unsigned long kinds, ...);

#define CirQ(tpl) @CirQ__quote(tpl)
#define CirAQ(e) __cir_aq(e)
#define CirQ_append(target, tpl) CirCode_append((target), CirQ(tpl))

#endif /* CIRQ_H */
