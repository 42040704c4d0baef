/* cir.h — the compiler API for compile-time code run by cir.
 *
 * Compile-time functions (called with `@f(...)`) can inspect and build the compiler's IR
 * through these functions. Ids are 32-bit integers starting at 1; 0 means "none".
 * This header is source-compatible with the original CIR's cir.h.
 */
#ifndef CIR_H
#define CIR_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef uint32_t CirName;
typedef uint32_t CirCompId;
typedef uint32_t CirEnumId;
typedef uint32_t CirEnumItemId;
typedef uint32_t CirTypedefId;
typedef uint32_t CirVarId;
typedef uint32_t CirStmtId;
typedef uint32_t CirCodeId;
typedef uint32_t CirStorage;
typedef uint32_t CirBuiltinId;

typedef struct CirType CirType;
typedef struct CirValue CirValue;
typedef struct CirAttr CirAttr;
typedef struct CirMachine CirMachine;

typedef struct CirFunParam {
    CirName name;
    const CirType *type;
} CirFunParam;

#define CIR_MAX_ATTRS 31
#define CIR_MAX_FUN_PARAMS 127
#define CIR_MAX_SCOPES 63
#define CIR_MAX_FIELDS 1023

#define CirName_equals(a, b) ((a) == (b))

/* Log levels */
#define CIRLOG_DEBUG 1
#define CIRLOG_INFO 2
#define CIRLOG_WARN 3
#define CIRLOG_ERROR 4
#define CIRLOG_FATAL 5
#define CIRLOG_BUG 6

/* Compilers */
#define CIR_GCC 0
#define CIR_MSVC 1

/* Integer kinds */
#define CIR_ICHAR 1
#define CIR_ISCHAR 2
#define CIR_IUCHAR 3
#define CIR_IBOOL 4
#define CIR_IINT 5
#define CIR_IUINT 6
#define CIR_ISHORT 7
#define CIR_IUSHORT 8
#define CIR_ILONG 9
#define CIR_IULONG 10
#define CIR_ILONGLONG 11
#define CIR_IULONGLONG 12

/* Floating kinds */
#define CIR_FFLOAT 13
#define CIR_FDOUBLE 14
#define CIR_FLONGDOUBLE 15
#define CIR_F128 16

/* Storage classes */
#define CIR_NOSTORAGE 0
#define CIR_STATIC 1
#define CIR_REGISTER 2
#define CIR_EXTERN 3

/* Unary operators */
#define CIR_UNOP_NEG 1
#define CIR_UNOP_BNOT 2
#define CIR_UNOP_LNOT 3
#define CIR_UNOP_ADDROF 4
#define CIR_UNOP_IDENTITY 5

/* Binary operators */
#define CIR_BINOP_PLUS 1
#define CIR_BINOP_MINUS 2
#define CIR_BINOP_MUL 3
#define CIR_BINOP_DIV 4
#define CIR_BINOP_MOD 5
#define CIR_BINOP_SHIFTLT 6
#define CIR_BINOP_SHIFTRT 7
#define CIR_BINOP_BAND 8
#define CIR_BINOP_BXOR 9
#define CIR_BINOP_BOR 10

/* Comparison operators */
#define CIR_CONDOP_LT 1
#define CIR_CONDOP_GT 2
#define CIR_CONDOP_LE 3
#define CIR_CONDOP_GE 4
#define CIR_CONDOP_EQ 5
#define CIR_CONDOP_NE 6

/* Builtins */
enum {
    CIR_BUILTIN_BSWAP16 = 1,
    CIR_BUILTIN_BSWAP32,
    CIR_BUILTIN_BSWAP64,
    CIR_NUM_BUILTINS
};

/* Stopping compilation with a message at the `@` call site (does not return). */
void cir_fatal(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));

/* Code: a statement list with a value. */
CirCodeId CirCode_ofExpr(const CirValue *value);
CirStmtId CirCode_getFirstStmt(CirCodeId code);

/* Statements */
CirStmtId CirStmt_getNext(CirStmtId stmt);
bool CirStmt_isCall(CirStmtId stmt);

/* Values */
const CirValue *CirValue_ofString(const char *str, size_t len);
const CirValue *CirValue_ofCString(const char *str);

#endif /* CIR_H */
