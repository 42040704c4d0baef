//! `CirValue`: operands (constants, strings, lvalues, types, builtins, user data).
//!
//! Decisions where the IR and the original CIR differ:
//! - Integer constants: in the original every integer value has exactly one type. Here the
//!   integer kind is that type: `CirValue_ofU64/ofI64` make a plain constant of the kind (the
//!   form the lowering makes too, so handles compare equal) and `CirValue_getCastType` of an
//!   integer without a cast is its kind's type. The value is converted to the kind
//!   (`ofU64(CIR_IUCHAR, 300)` is 44; `_Bool` is 0 or 1). `withCastType` to an integer or enum
//!   type makes a constant of that kind (`(unsigned char)300` is 44 of kind `unsigned char`;
//!   a typedef, enum or qualified type is kept as the cast); to another type (a pointer, a
//!   float) it is a cast, and `getRawType` stays the kind's type. As in the original, an
//!   integer cannot lose its type: `withCastType(v, NULL)` is misuse.
//! - Field paths: cir's paths also index arrays and take `__real__`/`__imag__` of complex
//!   lvalues. `CirValue_getField` reports such a step as the name `[N]`, `__real__` or
//!   `__imag__` (none can be a member name), and `CirValue_withFields` accepts these names, so a
//!   path read step by step can be rebuilt. `withFields` checks each step against the type
//!   reached so far.
//! - As in the original: `getType`/`getRawType` of a type or user value is NULL; type, user
//!   and builtin values cannot be cast; `isLval` is true for cast lvalues too; the var of
//!   `CirValue_ofMem` need not be a pointer yet (its type may be set later), `getType` checks.
//! - `CirValue_ofUser` takes only ids `CirValue_registerUser` handed out (the original took
//!   any id up to 63, and 0 made a value `isUser` could not see).
//! - `CirValue_getString` of a wide literal gives its bytes as in memory.

use std::cell::Cell;
use std::ffi::{c_char, c_void};

use super::*;

thread_local! {
    /// The last id handed out by `CirValue_registerUser`.
    static USER_IDS: Cell<u32> = const { Cell::new(0) };
}

/// How a value's kind reads in a diagnostic.
fn what(v: &Value) -> &'static str {
    match v.kind {
        ValueKind::Int { .. } => "an integer constant",
        ValueKind::Float(_) => "a floating constant",
        ValueKind::Str(_) => "a string literal",
        ValueKind::Var { .. } => "a variable",
        ValueKind::Mem { .. } => "a memory lvalue",
        ValueKind::Type(_) => "a type value",
        ValueKind::Builtin(_) => "a builtin",
        ValueKind::LabelAddr(_) => "a label address",
        ValueKind::User { .. } => "a user value",
    }
}

fn wrong_kind(func: &str, v: &Value, want: &str) -> ! {
    fatal(format!("`{func}`: the value is {}, not {want}", what(v)))
}

fn ikind(func: &str, k: u32) -> IKind {
    IKind::from_u32(k).unwrap_or_else(|| fatal(format!("`{func}`: {k} is not an integer kind (CIR_ICHAR .. CIR_IULONGLONG)")))
}

/// The `(var, path, is_mem)` of an lvalue; any other value is misuse.
fn lval(func: &str, v: &Value) -> (VarId, Option<PathId>, bool) {
    match v.kind {
        ValueKind::Var { var, path } => (var, path, false),
        ValueKind::Mem { var, path } => (var, path, true),
        _ => wrong_kind(func, v, "an lvalue (`CirValue_ofVar`, `CirValue_ofMem`)"),
    }
}

fn type_str(func: &str, t: TypeId) -> String {
    lw(func).type_str(t)
}

/// The type an lvalue's path starts from: the var's type, or what it points to for a memory
/// value.
fn path_base(func: &str, var: VarId, mem: bool) -> TypeId {
    let p = prog(func);
    let t = p.vars[var].ty;
    if !mem {
        return t;
    }
    match p.pointee(t) {
        Some(pt) => pt,
        None => fatal(format!("`{func}`: {var} has type `{}`, not a pointer (a memory value `*{var}` needs one)", type_str(func, t))),
    }
}

/// The type of an lvalue ignoring its cast; a path that no longer fits is misuse.
fn lval_type(func: &str, var: VarId, path: Option<PathId>, mem: bool) -> TypeId {
    let base = path_base(func, var, mem);
    match prog(func).path_type(base, path) {
        Some(t) => t,
        None => fatal(format!("`{func}`: the field path of the value does not fit the type `{}` of {var}", type_str(func, base))),
    }
}

/// One path step as a name (`[N]`, `__real__` and `__imag__` for cir's non-member steps).
fn step_name(p: &mut Program, s: PathStep) -> Name {
    match s {
        PathStep::Field(n) => n,
        PathStep::Index(i) => p.name(&format!("[{i}]")),
        PathStep::Real => p.name("__real__"),
        PathStep::Imag => p.name("__imag__"),
    }
}

/// The path step a name stands for (the inverse of `step_name`).
fn name_step(p: &Program, n: Name) -> PathStep {
    let s = p.name_str(n);
    match s {
        "__real__" => PathStep::Real,
        "__imag__" => PathStep::Imag,
        _ => match s.strip_prefix('[').and_then(|r| r.strip_suffix(']')).and_then(|d| d.parse::<u64>().ok()) {
            Some(i) => PathStep::Index(i),
            None => PathStep::Field(n),
        },
    }
}

/// Checks that `step` applies to type `t` and returns the type it reaches.
fn apply_step(func: &str, t: TypeId, step: PathStep) -> TypeId {
    let p = prog(func);
    let sp = p.path(&[step]);
    if let Some(r) = p.path_type(t, sp) {
        return r;
    }
    let ts = type_str(func, t);
    let p = prog(func);
    match step {
        PathStep::Field(n) => {
            let n = p.name_str(n).to_string();
            if p.comp_of(t).is_some() {
                fatal(format!("`{func}`: `{ts}` has no member named `{n}`"))
            }
            fatal(format!("`{func}`: member `{n}` of `{ts}`, which is not a struct or union"))
        }
        PathStep::Index(i) => fatal(format!("`{func}`: index `[{i}]` of `{ts}`, which is not an array")),
        PathStep::Real | PathStep::Imag => fatal(format!("`{func}`: `__real__`/`__imag__` of `{ts}`, which is not a complex type")),
    }
}

extern "C" fn register_user() -> u32 {
    let n = USER_IDS.with(|c| c.get());
    if n == u32::MAX {
        fatal("`CirValue_registerUser`: no user ids left".into());
    }
    USER_IDS.with(|c| c.set(n + 1));
    n + 1
}

extern "C" fn of_u64(k: u32, v: u64) -> *const CirValue {
    let k = ikind("CirValue_ofU64", k);
    value_handle(Value::int(k, v as i128))
}

extern "C" fn of_i64(k: u32, v: i64) -> *const CirValue {
    let k = ikind("CirValue_ofI64", k);
    value_handle(Value::int(k, v as i128))
}

extern "C" fn of_var(v: u32) -> *const CirValue {
    value_handle(Value::var(var("CirValue_ofVar", v)))
}

extern "C" fn of_mem(v: u32) -> *const CirValue {
    value_handle(Value::mem(var("CirValue_ofMem", v)))
}

extern "C" fn of_user(id: u32, ptr: *mut c_void) -> *const CirValue {
    let last = USER_IDS.with(|c| c.get());
    if id == 0 || id > last {
        fatal(format!("`CirValue_ofUser`: {id} is not a user id (get one from `CirValue_registerUser`)"));
    }
    value_handle(Value::new(ValueKind::User { user: id, ptr: ptr as u64 }))
}

extern "C" fn of_string(s: *const c_char, len: usize) -> *const CirValue {
    let b = bytes("CirValue_ofString", s as *const u8, len);
    string_value("CirValue_ofString", &b)
}

extern "C" fn of_cstring(s: *const c_char) -> *const CirValue {
    let mut b = c_str("CirValue_ofCString", s);
    b.push(0);
    string_value("CirValue_ofCString", &b)
}

/// A string literal value of exactly these bytes (a final NUL is the terminator).
fn string_value(func: &str, bytes: &[u8]) -> *const CirValue {
    let id = prog(func).intern_str(StrData { kind: StrKind::Plain, units: bytes.iter().map(|&b| b as u32).collect() });
    value_handle(Value::new(ValueKind::Str(id)))
}

extern "C" fn of_type(t: *const CirType) -> *const CirValue {
    value_handle(Value::new(ValueKind::Type(ty("CirValue_ofType", t))))
}

extern "C" fn of_builtin(b: u32) -> *const CirValue {
    value_handle(Value::new(ValueKind::Builtin(builtin("CirValue_ofBuiltin", b))))
}

extern "C" fn is_int(v: *const CirValue) -> bool {
    matches!(value("CirValue_isInt", v).kind, ValueKind::Int { .. })
}

extern "C" fn is_string(v: *const CirValue) -> bool {
    matches!(value("CirValue_isString", v).kind, ValueKind::Str(_))
}

extern "C" fn is_var(v: *const CirValue) -> bool {
    matches!(value("CirValue_isVar", v).kind, ValueKind::Var { .. })
}

extern "C" fn is_mem(v: *const CirValue) -> bool {
    matches!(value("CirValue_isMem", v).kind, ValueKind::Mem { .. })
}

/// A var or memory value, cast or not (as in the original).
extern "C" fn is_lval(v: *const CirValue) -> bool {
    matches!(value("CirValue_isLval", v).kind, ValueKind::Var { .. } | ValueKind::Mem { .. })
}

extern "C" fn is_user(v: *const CirValue) -> u32 {
    match value("CirValue_isUser", v).kind {
        ValueKind::User { user, .. } => user,
        _ => 0,
    }
}

extern "C" fn is_type(v: *const CirValue) -> bool {
    matches!(value("CirValue_isType", v).kind, ValueKind::Type(_))
}

extern "C" fn is_builtin(v: *const CirValue) -> u32 {
    match value("CirValue_isBuiltin", v).kind {
        ValueKind::Builtin(b) => b.as_u32(),
        _ => 0,
    }
}

fn int_bits(func: &str, v: *const CirValue) -> i128 {
    let v = value(func, v);
    match v.as_int() {
        Some((_, bits)) => bits,
        None => wrong_kind(func, &v, "an integer constant"),
    }
}

extern "C" fn get_u64(v: *const CirValue) -> u64 {
    int_bits("CirValue_getU64", v) as u64
}

extern "C" fn get_i64(v: *const CirValue) -> i64 {
    int_bits("CirValue_getI64", v) as i64
}

/// The literal's bytes as they are in memory (code units little-endian), NUL-terminated.
extern "C" fn get_string(v: *const CirValue) -> *const c_char {
    const F: &str = "CirValue_getString";
    let v = value(F, v);
    let ValueKind::Str(s) = v.kind else { wrong_kind(F, &v, "a string literal") };
    let d = &prog(F).strs[s];
    let size = d.kind.unit_size();
    let b: Vec<u8> = d.units.iter().flat_map(|u| u.to_le_bytes().into_iter().take(size)).collect();
    keep_cstr(&b)
}

extern "C" fn get_num_fields(v: *const CirValue) -> usize {
    const F: &str = "CirValue_getNumFields";
    let (_, path, _) = lval(F, &value(F, v));
    prog(F).path_steps(path).len()
}

extern "C" fn get_field(v: *const CirValue, i: usize) -> u32 {
    const F: &str = "CirValue_getField";
    let (_, path, _) = lval(F, &value(F, v));
    let p = prog(F);
    let steps = p.path_steps(path);
    let i = index(F, i, steps.len(), "the field path");
    let s = steps[i];
    step_name(p, s).as_u32()
}

extern "C" fn with_fields(v: *const CirValue, fields: *const u32, len: usize) -> *const CirValue {
    const F: &str = "CirValue_withFields";
    let v = value(F, v);
    let (var, path, mem) = lval(F, &v);
    let names = array(F, fields, len);
    let mut t = lval_type(F, var, path, mem);
    let mut steps = Vec::with_capacity(names.len());
    for n in names {
        let n = name(F, n);
        let step = name_step(prog(F), n);
        t = apply_step(F, t, step);
        steps.push(step);
    }
    let path = prog(F).path_append(path, &steps);
    let kind = if mem { ValueKind::Mem { var, path } } else { ValueKind::Var { var, path } };
    value_handle(Value { kind, ..v })
}

extern "C" fn get_var(v: *const CirValue) -> u32 {
    const F: &str = "CirValue_getVar";
    lval(F, &value(F, v)).0.as_u32()
}

/// The same lvalue (path and cast) on another var; the path must fit the new var's type.
extern "C" fn with_var(v: *const CirValue, vid: u32) -> *const CirValue {
    const F: &str = "CirValue_withVar";
    let v = value(F, v);
    let (_, path, mem) = lval(F, &v);
    let var = var(F, vid);
    if path.is_some() {
        lval_type(F, var, path, mem);
    }
    let kind = if mem { ValueKind::Mem { var, path } } else { ValueKind::Var { var, path } };
    value_handle(Value { kind, ..v })
}

extern "C" fn get_ptr(v: *const CirValue) -> *mut c_void {
    const F: &str = "CirValue_getPtr";
    let v = value(F, v);
    match v.kind {
        ValueKind::User { ptr, .. } => ptr as *mut c_void,
        _ => wrong_kind(F, &v, "a user value"),
    }
}

/// The type of a value ignoring its cast (NULL for type and user values).
fn raw_type(func: &str, v: &Value) -> Option<TypeId> {
    match v.kind {
        ValueKind::Type(_) | ValueKind::User { .. } => None,
        ValueKind::Var { var, path } => Some(lval_type(func, var, path, false)),
        ValueKind::Mem { var, path } => Some(lval_type(func, var, path, true)),
        _ => Some(prog(func).value_raw_type(v)),
    }
}

extern "C" fn get_type(v: *const CirValue) -> *const CirType {
    const F: &str = "CirValue_getType";
    let v = value(F, v);
    match v.kind {
        ValueKind::Type(_) | ValueKind::User { .. } => std::ptr::null(),
        _ => type_handle(v.cast.or_else(|| raw_type(F, &v)).unwrap_or_else(|| prog(F).void_ty())),
    }
}

extern "C" fn get_raw_type(v: *const CirValue) -> *const CirType {
    const F: &str = "CirValue_getRawType";
    let v = value(F, v);
    opt_type_handle(raw_type(F, &v))
}

/// The cast; an integer without one has its kind's type.
extern "C" fn get_cast_type(v: *const CirValue) -> *const CirType {
    const F: &str = "CirValue_getCastType";
    let v = value(F, v);
    match (v.cast, v.kind) {
        (None, ValueKind::Int { ikind, .. }) => type_handle(prog(F).int_ty(ikind)),
        (c, _) => opt_type_handle(c),
    }
}

extern "C" fn with_cast_type(v: *const CirValue, t: *const CirType) -> *const CirValue {
    const F: &str = "CirValue_withCastType";
    let v = value(F, v);
    let t = opt_ty(F, t);
    let cast = match v.kind {
        ValueKind::Type(_) | ValueKind::User { .. } | ValueKind::Builtin(_) => {
            fatal(format!("`{F}`: the value is {}, which cannot be cast", what(&v)))
        }
        ValueKind::Int { bits, .. } => {
            let Some(t) = t else {
                fatal(format!("`{F}`: an integer constant always has a type (the cast cannot be NULL)"))
            };
            let p = prog(F);
            let int_like = matches!(p.skind(t), TypeKind::Int(_) | TypeKind::Enum(_));
            match p.int_kind(t) {
                Some(k) if int_like => {
                    // A constant of that kind; the cast stays only for a typedef, enum or
                    // qualified type.
                    let c = Value::int(k, bits.get());
                    return value_handle(if t == p.int_ty(k) { c } else { c.with_cast(t) });
                }
                _ => Some(t),
            }
        }
        _ => t,
    };
    value_handle(Value { cast, ..v })
}

extern "C" fn get_type_value(v: *const CirValue) -> *const CirType {
    const F: &str = "CirValue_getTypeValue";
    let v = value(F, v);
    match v.kind {
        ValueKind::Type(t) => type_handle(t),
        _ => wrong_kind(F, &v, "a type value (`__typeval(T)`, `CirValue_ofType`)"),
    }
}

/// Prints the value as C (`__typeval(T)` for a type value, `<USER id>` for a user value).
extern "C" fn log(v: *const CirValue) {
    const F: &str = "CirValue_log";
    let text = match opt_value(F, v) {
        None => "<CirValue NULL>".to_string(),
        Some(Value { kind: ValueKind::User { user, .. }, .. }) => format!("<USER {user}>"),
        Some(v) => {
            let t = crate::render::value_text(prog(F), &v);
            if matches!(v.kind, ValueKind::Type(_)) { format!("__typeval({t})") } else { t }
        }
    };
    super::log::emit(&text);
}

pub(super) fn lookup(name: &str) -> Option<*const u8> {
    Some(match name {
        "CirValue_registerUser" => register_user as *const u8,
        "CirValue_ofU64" => of_u64 as *const u8,
        "CirValue_ofI64" => of_i64 as *const u8,
        "CirValue_ofVar" => of_var as *const u8,
        "CirValue_ofMem" => of_mem as *const u8,
        "CirValue_ofUser" => of_user as *const u8,
        "CirValue_ofString" => of_string as *const u8,
        "CirValue_ofCString" => of_cstring as *const u8,
        "CirValue_ofType" => of_type as *const u8,
        "CirValue_ofBuiltin" => of_builtin as *const u8,
        "CirValue_isInt" => is_int as *const u8,
        "CirValue_isString" => is_string as *const u8,
        "CirValue_isVar" => is_var as *const u8,
        "CirValue_isMem" => is_mem as *const u8,
        "CirValue_isLval" => is_lval as *const u8,
        "CirValue_isUser" => is_user as *const u8,
        "CirValue_isType" => is_type as *const u8,
        "CirValue_isBuiltin" => is_builtin as *const u8,
        "CirValue_getU64" => get_u64 as *const u8,
        "CirValue_getI64" => get_i64 as *const u8,
        "CirValue_getString" => get_string as *const u8,
        "CirValue_getNumFields" => get_num_fields as *const u8,
        "CirValue_getField" => get_field as *const u8,
        "CirValue_withFields" => with_fields as *const u8,
        "CirValue_getVar" => get_var as *const u8,
        "CirValue_withVar" => with_var as *const u8,
        "CirValue_getPtr" => get_ptr as *const u8,
        "CirValue_getType" => get_type as *const u8,
        "CirValue_getRawType" => get_raw_type as *const u8,
        "CirValue_getCastType" => get_cast_type as *const u8,
        "CirValue_withCastType" => with_cast_type as *const u8,
        "CirValue_getTypeValue" => get_type_value as *const u8,
        "CirValue_log" => log as *const u8,
        _ => return None,
    })
}
