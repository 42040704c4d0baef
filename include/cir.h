/* cir.h — the compiler API for compile-time code run by cir.
 *
 * A function called with `@f(...)` runs inside the compiler, and through these functions it can
 * inspect and build the compiler's intermediate representation (IR): names, types, structs and
 * unions, enums, typedefs, variables, values, statements and codes.
 *
 * Conventions
 *   - Ids (CirVarId, CirStmtId, CirCodeId, ...) are 32-bit numbers starting at 1; 0 means "none".
 *   - CirType, CirValue, CirAttr and CirMachine are opaque handles, used through `const` pointers.
 *     Types are interned: two handles of the same type are the same pointer, so `==` works
 *     (CirType_equals too). Handles and the strings the compiler returns live until the end of
 *     the compilation.
 *   - Misuse (an id that does not exist, a value of the wrong kind, a NULL where one is not
 *     allowed, an index out of range) stops the compilation with a diagnostic at the `@` call
 *     naming the function: it never crashes the compiler.
 *   - Counts such as "the number of fields" are `size_t`; indexes start at 0.
 *
 * This header is source-compatible with the original CIR's cir.h: the same types, constants,
 * function names, parameter order and parameter types. Nothing here is needed by the C that cir
 * writes out.
 */
#ifndef CIR_H
#define CIR_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* ---- Limits ------------------------------------------------------------------------------ */

#define CIR_MAX_ATTRS 31       /* attributes on one type */
#define CIR_MAX_FUN_PARAMS 127 /* parameters of one function type */
#define CIR_MAX_SCOPES 63      /* nested block scopes */
#define CIR_MAX_FIELDS 1023    /* fields of one struct or union */

/* ---- Constants --------------------------------------------------------------------------- */

/* Log levels (CirLog_begin). */
#define CIRLOG_DEBUG 1
#define CIRLOG_INFO 2
#define CIRLOG_WARN 3
#define CIRLOG_ERROR 4
#define CIRLOG_FATAL 5
#define CIRLOG_BUG 6

/* C compilers a machine description can stand for. */
#define CIR_GCC 0
#define CIR_MSVC 1

/* Integer kinds (ikind). */
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

/* Floating-point kinds (fkind). */
#define CIR_FFLOAT 13
#define CIR_FDOUBLE 14
#define CIR_FLONGDOUBLE 15
#define CIR_F128 16

/* Storage classes (CirStorage). */
#define CIR_NOSTORAGE 0
#define CIR_STATIC 1
#define CIR_REGISTER 2
#define CIR_EXTERN 3

/* Unary operators: `dst = op a` (CirStmt_toUnOp). IDENTITY is plain assignment. */
#define CIR_UNOP_NEG 1
#define CIR_UNOP_BNOT 2
#define CIR_UNOP_LNOT 3
#define CIR_UNOP_ADDROF 4
#define CIR_UNOP_IDENTITY 5

/* Binary operators: `dst = a op b` (CirStmt_toBinOp). */
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

/* Comparisons: `if (a op b) goto target` (CirStmt_toCmp). */
#define CIR_CONDOP_LT 1
#define CIR_CONDOP_GT 2
#define CIR_CONDOP_LE 3
#define CIR_CONDOP_GE 4
#define CIR_CONDOP_EQ 5
#define CIR_CONDOP_NE 6

/* Builtin functions known by id (CirBuiltin_*, CirValue_ofBuiltin). */
enum {
    CIR_BUILTIN_BSWAP16 = 1,
    CIR_BUILTIN_BSWAP32,
    CIR_BUILTIN_BSWAP64,
    CIR_NUM_BUILTINS
};

/* ---- Types ------------------------------------------------------------------------------- */

typedef uint32_t CirName;       /* an interned identifier */
typedef uint32_t CirCompId;     /* a struct or union */
typedef uint32_t CirEnumId;     /* an enum */
typedef uint32_t CirEnumItemId; /* an enumerator */
typedef uint32_t CirTypedefId;  /* a typedef */
typedef uint32_t CirVarId;      /* a variable: global, local, temporary, parameter or function */
typedef uint32_t CirStmtId;     /* a statement */
typedef uint32_t CirCodeId;     /* a code: a statement list plus a value or condition jumps */
typedef uint32_t CirStorage;    /* CIR_NOSTORAGE .. CIR_EXTERN */
typedef uint32_t CirBuiltinId;  /* CIR_BUILTIN_* */

typedef struct CirType CirType;       /* a C type with qualifiers and attributes */
typedef struct CirValue CirValue;     /* an operand: constant, string, lvalue, type, builtin */
typedef struct CirAttr CirAttr;       /* an __attribute__ item or one of its arguments */
typedef struct CirMachine CirMachine; /* sizes and alignments of a target */

/* One parameter of a function type. */
typedef struct CirFunParam {
    CirName name;        /* 0 if unnamed */
    const CirType *type;
} CirFunParam;

/* ---- Logging and stopping (cir_*, CirLog_*) -----------------------------------------------
 * Messages go to stderr as diagnostics labelled at the `@` call in the user's file (with the
 * chain of `@` calls that led there). cir_fatal and cir_bug stop the compilation (exit 1, no
 * output); cir_warn prints a warning and cir_log a note, and compilation goes on.
 * CirLog_begin(level) ... CirLog_end() build one message from pieces; the level decides how it
 * is shown (DEBUG/INFO: note, WARN: warning, ERROR: error, compilation fails at the end;
 * FATAL/BUG: error, compilation stops at CirLog_end). */
void CirLog_begin(uint32_t level);
void CirLog_print(const char *str);
void CirLog_printb(const void *bytes, size_t len);          /* raw bytes */
void CirLog_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void CirLog_vprintf(const char *fmt, va_list va);
void CirLog_printq(const char *str);                        /* as a quoted C string */
void CirLog_printqb(const char *bytes, size_t len);         /* bytes as a quoted C string */
void CirLog_end(void);
void cir_fatal(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));
void cir_bug(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));
void cir_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void cir_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* ---- Utilities ------------------------------------------------------------------------------ */

/* The smallest prime >= target (for sizing hash tables). */
uint64_t CirPrime_ge(uint64_t target);

/* `n` bytes aligned to `align` (a power of two, 0 = maximal alignment), zeroed, freed by the
 * compiler when the compilation ends. */
void *CirMem_balloc(size_t n, size_t align) __attribute__((malloc));

/* ---- Machines ------------------------------------------------------------------------------
 * Build: the machine that runs compile-time code. Host: the machine the output is compiled
 * for. Both are x86-64 Linux (LP64, System V) with cir. */
const CirMachine *CirMachine_getBuild(void);
const CirMachine *CirMachine_getHost(void);

/* ---- Integer and floating-point kinds --------------------------------------------------------- */

uint32_t CirIkind_size(uint32_t ikind, const CirMachine *mach);       /* bytes */
bool CirIkind_isSigned(uint32_t ikind, const CirMachine *mach);
uint32_t CirIkind_toUnsigned(uint32_t ikind);                         /* CIR_IINT -> CIR_IUINT */
/* The integer kind of `size` bytes and that signedness (0 if there is none). */
uint32_t CirIkind_fromSize(uint32_t size, bool _unsigned, const CirMachine *mach);
uint32_t CirFkind_size(uint32_t fkind, const CirMachine *mach);       /* bytes */
uint32_t CirFkind_fromSize(uint32_t size, const CirMachine *mach);    /* 0 if there is none */

/* ---- Names ------------------------------------------------------------------------------------ */

CirName CirName_of(const char *str);    /* interns a copy of str */
const char *CirName_cstr(CirName name); /* the text of a name */
void CirName_log(CirName name);         /* prints it into the current log message */
#define CirName_equals(a, b) ((a) == (b))

/* ---- Attributes ------------------------------------------------------------------------------
 * An attribute is an integer, a string, a name, or a name applied to arguments (`name(args)`,
 * a "cons"). `aligned(8)` is CirAttr_cons(CirName_of("aligned"), {CirAttr_int(8)}, 1). */
const CirAttr *CirAttr_int(int32_t value);
const CirAttr *CirAttr_str(const char *str); /* the string is copied */
const CirAttr *CirAttr_name(CirName name);
const CirAttr *CirAttr_cons(CirName name, const CirAttr **args, size_t len);
bool CirAttr_isInt(const CirAttr *attr);
bool CirAttr_isStr(const CirAttr *attr);
bool CirAttr_isName(const CirAttr *attr);
bool CirAttr_isCons(const CirAttr *attr);
CirName CirAttr_getName(const CirAttr *attr);                   /* name or cons */
size_t CirAttr_getNumArgs(const CirAttr *attr);                 /* cons */
const CirAttr *const *CirAttr_getArgs(const CirAttr *attr);     /* cons */
void CirAttr_log(const CirAttr *attr);

/* ---- Types ------------------------------------------------------------------------------------
 * Predicates look at the type itself; a typedef name is "named" (CirType_isNamed) until it is
 * unrolled. */
bool CirType_isVoid(const CirType *t);
uint32_t CirType_isInt(const CirType *t);   /* its ikind, or 0 */
uint32_t CirType_isFloat(const CirType *t); /* its fkind, or 0 */
bool CirType_isArithmetic(const CirType *t);
bool CirType_isPtr(const CirType *t);
bool CirType_isArray(const CirType *t);
bool CirType_isFun(const CirType *t);
bool CirType_isNamed(const CirType *t);     /* a typedef name */
bool CirType_isComp(const CirType *t);      /* struct or union */
bool CirType_isEnum(const CirType *t);
bool CirType_isVaList(const CirType *t);
/* The pointed-to type, element type, or return type of a pointer, array or function type. */
const CirType *CirType_getBaseType(const CirType *t);
CirTypedefId CirType_getTypedefId(const CirType *t);
CirCompId CirType_getCompId(const CirType *t);
CirEnumId CirType_getEnumId(const CirType *t);
/* Constructors. */
const CirType *CirType_void(void);
const CirType *CirType_int(uint32_t ikind);
const CirType *CirType_float(uint32_t fkind);
const CirType *CirType_typedef(CirTypedefId tid);
const CirType *CirType_comp(CirCompId cid);
const CirType *CirType_enum(CirEnumId eid);
const CirType *CirType_ptr(const CirType *base);
const CirType *CirType_array(const CirType *elem);                    /* elem[] */
const CirType *CirType_arrayWithLen(const CirType *elem, uint32_t len); /* elem[len] */
const CirType *CirType_fun(const CirType *ret, const CirFunParam *params, size_t numParams, bool isVa);
const CirType *CirType_valist(void);
/* Transformations. */
const CirType *CirType_unroll(const CirType *t);      /* strips typedefs at the top */
const CirType *CirType_unrollDeep(const CirType *t);  /* strips typedefs everywhere inside */
const CirType *CirType_removeQual(const CirType *t);  /* drops const/volatile/restrict */
const CirType *CirType_lvalConv(const CirType *t);    /* array/function to pointer decay */
/* Attributes (`__attribute__` items) of the type. */
size_t CirType_getNumAttrs(const CirType *t);
const CirAttr *const *CirType_getAttrs(const CirType *t);
const CirType *CirType_withAttrs(const CirType *t, const CirAttr *const *attrs, size_t numAttrs);    /* adds */
const CirType *CirType_replaceAttrs(const CirType *t, const CirAttr *const *attrs, size_t numAttrs); /* replaces all */
const CirType *CirType_removeAttrs(const CirType *t, const CirAttr *const *attrs, size_t numAttrs);  /* drops these */
/* Function types. */
size_t CirType_getNumParams(const CirType *t);
const CirFunParam *CirType_getParams(const CirType *t);
bool CirType_isParamsVa(const CirType *t);
/* Array types. */
bool CirType_hasArrayLen(const CirType *t);
uint32_t CirType_getArrayLen(const CirType *t);
/* Layout, in bytes. */
uint64_t CirType_alignof(const CirType *t, const CirMachine *mach);
uint64_t CirType_sizeof(const CirType *t, const CirMachine *mach);
/* Prints the type as a C declaration of `name` (NULL: an abstract declarator). */
void CirType_log(const CirType *t, const char *name);
bool CirType_equals(const CirType *a, const CirType *b);

/* ---- Builtins ---------------------------------------------------------------------------------- */

CirBuiltinId CirBuiltin_ofName(CirName name); /* 0 if the name is not a builtin */
CirName CirBuiltin_getName(CirBuiltinId bid);
const CirType *CirBuiltin_getType(CirBuiltinId bid);

/* ---- Variables --------------------------------------------------------------------------------
 * A function is a variable of function type whose code is its body and whose formals are its
 * parameters. CirVar_new(0) makes a global (at file scope, after the current declaration);
 * CirVar_new(code) a local owned by that code. */
CirVarId CirVar_new(CirCodeId ownerOrZero);
CirName CirVar_getName(CirVarId vid);
void CirVar_setName(CirVarId vid, CirName name);
const CirType *CirVar_getType(CirVarId vid);
void CirVar_setType(CirVarId vid, const CirType *t);
CirVarId CirVar_getFormal(CirVarId fn, size_t i);
void CirVar_setFormal(CirVarId fn, size_t i, CirVarId formal);
CirCodeId CirVar_getCode(CirVarId fn);
void CirVar_setCode(CirVarId fn, CirCodeId body);
CirCodeId CirVar_getOwner(CirVarId vid); /* 0 for globals and functions */
CirStorage CirVar_getStorage(CirVarId vid);
void CirVar_setStorage(CirVarId vid, CirStorage storage);
void CirVar_log(CirVarId vid);            /* its name as rendered (vidN_name) */
void CirVar_logNameAndType(CirVarId vid); /* a declaration of it */

/* ---- Typedefs ---------------------------------------------------------------------------------- */

CirTypedefId CirTypedef_new(CirName name, const CirType *t);
CirName CirTypedef_getName(CirTypedefId tid);
const CirType *CirTypedef_getType(CirTypedefId tid);
void CirTypedef_log(CirTypedefId tid);

/* ---- Structs and unions -----------------------------------------------------------------------
 * CirComp_new makes an undefined struct with no name and no fields; set its fields (count
 * first), then CirComp_setDefined(cid, true). Layout functions need a defined comp. */
CirCompId CirComp_new(void);
bool CirComp_isStruct(CirCompId cid);                 /* false: union */
void CirComp_setStruct(CirCompId cid, bool isStruct);
bool CirComp_isDefined(CirCompId cid);
void CirComp_setDefined(CirCompId cid, bool defined);
CirName CirComp_getName(CirCompId cid);
void CirComp_setName(CirCompId cid, CirName name);
size_t CirComp_getNumFields(CirCompId cid);
void CirComp_setNumFields(CirCompId cid, size_t n);   /* new fields: unnamed `int` */
CirName CirComp_getFieldName(CirCompId cid, size_t i);
void CirComp_setFieldName(CirCompId cid, size_t i, CirName name);
const CirType *CirComp_getFieldType(CirCompId cid, size_t i);
void CirComp_setFieldType(CirCompId cid, size_t i, const CirType *t);
bool CirComp_hasFieldBitsize(CirCompId cid, size_t i); /* is it a bit-field? */
size_t CirComp_getFieldBitsize(CirCompId cid, size_t i);
void CirComp_setFieldBitsize(CirCompId cid, size_t i, size_t bits);
void CirComp_clearFieldBitsize(CirCompId cid, size_t i);
/* Finds a field by name; stores its index in *index (if not NULL). */
bool CirComp_getFieldByName(CirCompId cid, CirName name, size_t *index);
uint64_t CirComp_getFieldAlign(CirCompId cid, size_t i, const CirMachine *mach);
uint64_t CirComp_getAlign(CirCompId cid, const CirMachine *mach);
uint64_t CirComp_getSize(CirCompId cid, const CirMachine *mach);
uint64_t CirComp_getFieldBitsOffset(CirCompId cid, size_t i, const CirMachine *mach); /* in bits */
void CirComp_log(CirCompId cid);

/* ---- Enums -------------------------------------------------------------------------------------
 * CirEnum_new makes an undefined enum of kind CIR_IINT with no items; set the count, then each
 * item (made with CirEnumItem_new), then CirEnum_setDefined(eid, true). */
CirEnumId CirEnum_new(void);
CirName CirEnum_getName(CirEnumId eid);
void CirEnum_setName(CirEnumId eid, CirName name);
size_t CirEnum_getNumItems(CirEnumId eid);
void CirEnum_setNumItems(CirEnumId eid, size_t n);
CirEnumItemId CirEnum_getItem(CirEnumId eid, size_t i);
void CirEnum_setItem(CirEnumId eid, size_t i, CirEnumItemId item);
uint32_t CirEnum_getIkind(CirEnumId eid); /* the integer kind gcc gives the enum */
void CirEnum_setIkind(CirEnumId eid, uint32_t ikind);
bool CirEnum_isDefined(CirEnumId eid);
void CirEnum_setDefined(CirEnumId eid, bool defined);

CirEnumItemId CirEnumItem_new(CirName name);
CirName CirEnumItem_getName(CirEnumItemId item);
int64_t CirEnumItem_getI64(CirEnumItemId item);
void CirEnumItem_setI64(CirEnumItemId item, int64_t value);

/* ---- Values -------------------------------------------------------------------------------------
 * A value is an operand of a statement: an integer constant, a string literal, a variable lvalue
 * with an optional field path (`v.a.b`), a memory lvalue through a pointer variable (`(*v).a`),
 * a type, a builtin, or opaque user data; any of them may carry a cast. Values are immutable:
 * the with* functions return new ones. */
unsigned CirValue_registerUser(void); /* a fresh id for CirValue_ofUser */
const CirValue *CirValue_ofU64(uint32_t ikind, uint64_t val);
const CirValue *CirValue_ofI64(uint32_t ikind, int64_t val);
const CirValue *CirValue_ofVar(CirVarId vid);
const CirValue *CirValue_ofMem(CirVarId vid);  /* *vid */
const CirValue *CirValue_ofUser(unsigned id, void *ptr);
/* A string literal of exactly `len` bytes (include the terminating NUL if it should have one);
 * the bytes are copied. */
const CirValue *CirValue_ofString(const char *bytes, size_t len);
const CirValue *CirValue_ofCString(const char *str); /* strlen(str) + 1 bytes */
const CirValue *CirValue_ofType(const CirType *t);
const CirValue *CirValue_ofBuiltin(CirBuiltinId bid);
bool CirValue_isInt(const CirValue *v);
bool CirValue_isString(const CirValue *v);
bool CirValue_isVar(const CirValue *v);
bool CirValue_isMem(const CirValue *v);
bool CirValue_isLval(const CirValue *v);          /* var or mem */
unsigned CirValue_isUser(const CirValue *v);      /* its user id, or 0 */
bool CirValue_isType(const CirValue *v);
CirBuiltinId CirValue_isBuiltin(const CirValue *v); /* its builtin id, or 0 */
uint64_t CirValue_getU64(const CirValue *v);
int64_t CirValue_getI64(const CirValue *v);
const char *CirValue_getString(const CirValue *v);
size_t CirValue_getNumFields(const CirValue *v);  /* length of an lvalue's field path */
CirName CirValue_getField(const CirValue *v, size_t i);
const CirValue *CirValue_withFields(const CirValue *v, const CirName *fields, size_t len); /* appends */
CirVarId CirValue_getVar(const CirValue *v);
const CirValue *CirValue_withVar(const CirValue *v, CirVarId vid);
void *CirValue_getPtr(const CirValue *v);         /* of a user value */
const CirType *CirValue_getType(const CirValue *v);     /* after the cast, if any */
const CirType *CirValue_getRawType(const CirValue *v);  /* ignoring the cast */
const CirType *CirValue_getCastType(const CirValue *v); /* NULL without a cast */
const CirValue *CirValue_withCastType(const CirValue *v, const CirType *t);
const CirType *CirValue_getTypeValue(const CirValue *v); /* of a type value (__typeval) */
void CirValue_log(const CirValue *v);

/* ---- Statements ---------------------------------------------------------------------------------
 * Every statement is one operation. The new* functions make nop statements (an orphan, or
 * attached after/before another); the to* functions overwrite a statement in place. A jump's
 * target is a statement (usually a nop used as a label). */
unsigned CirStmt_registerUser(void); /* a fresh id for CirStmt_toUser */
CirStmtId CirStmt_newOrphan(void);
CirStmtId CirStmt_newAfter(CirStmtId sid);  /* sid must be in a code */
CirStmtId CirStmt_newBefore(CirStmtId sid); /* sid must be in a code */
void CirStmt_orphanize(CirStmtId sid);      /* nothing if it is an orphan already */
bool CirStmt_isOrphan(CirStmtId sid);
void CirStmt_toNop(CirStmtId sid);
void CirStmt_toUnOp(CirStmtId sid, const CirValue *dst, uint32_t unop, const CirValue *op1);
void CirStmt_toBinOp(CirStmtId sid, const CirValue *dst, uint32_t binop, const CirValue *op1, const CirValue *op2);
/* dst may be NULL (the result is dropped). */
void CirStmt_toCall(CirStmtId sid, const CirValue *dst, const CirValue *target, const CirValue *const *args, size_t numArgs);
void CirStmt_toReturn(CirStmtId sid, const CirValue *value); /* value may be NULL */
/* A jump target of 0 leaves the jump pending (for CirCode_addTrueJump/addFalseJump); a target
 * must be in the same code as the jump when both are attached. */
void CirStmt_toCmp(CirStmtId sid, uint32_t condop, const CirValue *op1, const CirValue *op2, CirStmtId target);
void CirStmt_toGoto(CirStmtId sid, CirStmtId jumpTarget);
void CirStmt_toLabel(CirStmtId sid, CirName labelName);     /* a user label `name:` */
void CirStmt_toGotoLabel(CirStmtId sid, CirName labelName); /* `goto name;` (CirCode_resolveLabels) */
void CirStmt_toUser(CirStmtId sid, unsigned uid, void *ptr); /* uid from CirStmt_registerUser */
bool CirStmt_isNop(CirStmtId sid);
bool CirStmt_isUnOp(CirStmtId sid);
bool CirStmt_isBinOp(CirStmtId sid);
bool CirStmt_isCall(CirStmtId sid);
bool CirStmt_isReturn(CirStmtId sid);
bool CirStmt_isCmp(CirStmtId sid);
bool CirStmt_isGoto(CirStmtId sid);
bool CirStmt_isJump(CirStmtId sid);      /* goto or cmp */
bool CirStmt_isLabel(CirStmtId sid);
bool CirStmt_isGotoLabel(CirStmtId sid);
unsigned CirStmt_isUser(CirStmtId sid);  /* its user id, or 0 */
uint32_t CirStmt_getOp(CirStmtId sid);   /* the CIR_UNOP_, CIR_BINOP_ or CIR_CONDOP_ operator */
const CirValue *CirStmt_getDst(CirStmtId sid);      /* of an operation or call; NULL if none */
const CirValue *CirStmt_getOperand1(CirStmtId sid); /* a; a call's target; a return's value */
const CirValue *CirStmt_getOperand2(CirStmtId sid); /* b of a binop or cmp */
/* Operands by index: unop dst, a; binop dst, a, b; call dst, target, args...; return its value;
 * cmp a, b; cir's switch and `goto *` their value; none for the other kinds. A call's dst and a
 * return's value may be NULL; a dst must be an lvalue. */
size_t CirStmt_getNumOperands(CirStmtId sid);
const CirValue *CirStmt_getOperand(CirStmtId sid, size_t i);
void CirStmt_setOperand(CirStmtId sid, size_t i, const CirValue *v);
size_t CirStmt_getNumArgs(CirStmtId sid);                /* of a call */
const CirValue *CirStmt_getArg(CirStmtId sid, size_t i); /* of a call */
CirStmtId CirStmt_getJumpTarget(CirStmtId sid);         /* of a goto or cmp; 0 if pending */
void CirStmt_setJumpTarget(CirStmtId sid, CirStmtId target);
CirName CirStmt_getLabelName(CirStmtId sid);            /* of a label or goto-label */
void CirStmt_setLabelName(CirStmtId sid, CirName name);
void *CirStmt_getPtr(CirStmtId sid);                     /* a user pointer kept on any statement */
void CirStmt_setPtr(CirStmtId sid, void *ptr);
CirStmtId CirStmt_getNext(CirStmtId sid);                /* 0 at the end */
CirStmtId CirStmt_getPrev(CirStmtId sid);                /* 0 at the start */
void CirStmt_log(CirStmtId sid);
/* Makes every implicit conversion of the statement explicit, as C's rules (usual arithmetic
 * conversions, promotions, assignment and argument conversions) and the lowering have them:
 * operands get casts (an operand that already has a different cast is first copied to a
 * temporary, inserted before the statement, which then takes its jumps); a result of another
 * type than dst goes through a temporary assigned to dst right after. A dst var of type void
 * gets the result's type. A return value is converted to the return type when the code is a
 * function's body. Ill-typed statements stop the compilation with a diagnostic. */
void CirStmt_typecheck(CirStmtId sid, const CirMachine *mach);

/* ---- Codes ---------------------------------------------------------------------------------------
 * A code is a statement list with the variables it owns and either a value (an expression code)
 * or lists of pending jumps taken when a condition is true or false (a condition code). A
 * compile-time function returning CirCodeId has the code spliced in at the call: its statements
 * run first and its value is the value of the call. */
CirCodeId CirCode_ofExpr(const CirValue *value); /* value may be NULL (no value) */
CirCodeId CirCode_ofCond(void);
CirStmtId CirCode_appendNewStmt(CirCodeId cid);  /* a new nop at the end */
CirStmtId CirCode_prependNewStmt(CirCodeId cid); /* a new nop at the start */
void CirCode_appendOrphanStmt(CirCodeId cid, CirStmtId sid);
bool CirCode_isExpr(CirCodeId cid);
bool CirCode_isCond(CirCodeId cid);
void CirCode_free(CirCodeId cid);
const CirValue *CirCode_getValue(CirCodeId cid); /* of an expression code; NULL if none */
void CirCode_setValue(CirCodeId cid, const CirValue *value);
CirStmtId CirCode_getFirstStmt(CirCodeId cid);
CirStmtId CirCode_getLastStmt(CirCodeId cid);
void CirCode_addTrueJump(CirCodeId cid, CirStmtId jump);  /* condition codes */
void CirCode_addFalseJump(CirCodeId cid, CirStmtId jump);
/* A condition code as an expression code (int 0/1); with dropValue, only its effects. */
CirCodeId CirCode_toExpr(CirCodeId cid, bool dropValue);
const CirType *CirCode_getType(CirCodeId cid);
void CirCode_append(CirCodeId a, CirCodeId b); /* moves b's statements and vars onto a */
void CirCode_dump(CirCodeId cid);              /* prints the code as C to stderr */
size_t CirCode_getNumVars(CirCodeId cid);
CirVarId CirCode_getVar(CirCodeId cid, size_t i);
/* CirStmt_typecheck of every statement; also checks that jumps stay inside the code. */
void CirCode_typecheck(CirCodeId cid, const CirMachine *mach);
/* Turns each goto-label into a goto to the label statement of that name in the code. */
void CirCode_resolveLabels(CirCodeId cid);

/* ==== cir's additions (not in the original) ==================================================== */

/* ---- Quasi-quotation ---------------------------------------------------------------------------
 * Write the code a compile-time function produces as C text; the compiler parses and lowers it.
 * Holes in the text, printf-style, are filled from the arguments:
 *   %v  const CirValue *   a value (a constant, a variable, ...)
 *   %c  CirCodeId          a code: its statements run there and its value is used (the code is
 *                          consumed: its statements move)
 *   %t  const CirType *    a type, wherever a type name can stand (`%t x = 0;`, `(%t)y`)
 *   %n  CirName            an identifier written as is: it may refer to the locals at the `@`
 *                          call (this is the one unhygienic hole) or name what the text declares
 *   %d  int64_t            an integer constant
 *   %s  const char *       a string literal with these bytes
 *   %%                     a percent sign
 * Hygiene: an identifier written in the text means a file-scope declaration or something the
 * text declares, never a local of the code the result is spliced into; locals the text declares
 * are fresh variables. Syntax and type errors are reported at the `@` call. */

/* Statements, as in the body of a statement expression `({ ... })`; the value of the last
 * expression statement is the code's value. Only inside an `@` call made in a function. */
CirCodeId CirQ_code(const char *fmt, ...);
/* File-scope declarations (functions, globals, types), added to the program as if written at
 * the `@` call; later source code can use their names. */
void CirQ_decls(const char *fmt, ...);

#endif /* CIR_H */
