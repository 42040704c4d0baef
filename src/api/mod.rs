//! The compiler API of `cir.h` (cir-language.md §6): the functions compile-time code calls back
//! into, found by name when the JIT links an `@` call (`callback`).
//!
//! One file per group of the header: `log.rs` (`cir_*`, `CirLog_*`), `misc.rs` (`CirPrime`,
//! `CirMem`, `CirMachine`, `CirIkind`, `CirFkind`, `CirName`), `types.rs` (`CirAttr`,
//! `CirType`, `CirBuiltin`), `decls.rs` (`CirVar`, `CirTypedef`, `CirComp`, `CirEnum`,
//! `CirEnumItem`), `value.rs` (`CirValue`), `stmt.rs` (`CirStmt`), `code.rs` (`CirCode`),
//! and cir's additions: `quote.rs` (quasi-quotation, `CirQ_code`/`CirQ_decls`).
//!
//! While an `@` call runs, the lowering context is reachable through a thread-local pointer
//! (`enter_context`). Every entry point validates its ids, handles and pointers with the helpers
//! below: misuse stops the `@` call with a diagnostic at its site naming the API function
//! (`fatal`), never a crash of cir.
//!
//! Handles: `const CirType *`, `const CirAttr *`, `const CirValue *` and `const CirMachine *`
//! are not real pointers but tagged numbers (`BASE + index * 16`) in an address range nothing is
//! mapped at, so they are checked cheaply, compare equal exactly when their contents are equal
//! (types, attributes and values are interned), and a program that dereferences one gets a
//! contained segfault. Arrays and strings handed out (`CirType_getParams`, `CirName_cstr`, ...)
//! are real memory owned by this module until the end of the compilation.
#![allow(unsafe_code)]

mod code;
mod decls;
mod log;
mod misc;
mod quote;
mod stmt;
mod types;
mod value;

use std::cell::RefCell;
use std::collections::HashMap;
use std::ffi::{CStr, c_char};

use crate::ir::*;
use crate::jit::rt;
use crate::lower::Lowerer;

/// Opaque handle types of `cir.h` (never dereferenced on the Rust side).
#[repr(C)]
pub struct CirType {
    _p: [u8; 0],
}
#[repr(C)]
pub struct CirAttr {
    _p: [u8; 0],
}
#[repr(C)]
pub struct CirValue {
    _p: [u8; 0],
}
#[repr(C)]
pub struct CirMachine {
    _p: [u8; 0],
}

/// `CirFunParam` of `cir.h`.
#[repr(C)]
#[derive(Copy, Clone)]
pub struct CirFunParam {
    pub name: u32,
    pub ty: *const CirType,
}

const TYPE_BASE: usize = 0x1C1E_0000_0000;
const ATTR_BASE: usize = 0x2C1E_0000_0000;
const VALUE_BASE: usize = 0x3C1E_0000_0000;
const MACHINE_BASE: usize = 0x4C1E_0000_0000;
const SPAN: usize = 1 << 36;

/// An attribute as compile-time code sees it: an integer, a string, a name, or a "cons"
/// `name(args...)` (an `Attr` with parentheses).
pub type ApiAttr = AttrArg;

/// State of the API for the compilation running on this thread.
#[derive(Default)]
struct State {
    /// The lowering context of the running `@` call (null outside one).
    lw: Option<std::ptr::NonNull<u8>>,
    /// The `@` calls running, outermost first: their spans and callee names.
    chain: Vec<(Span, String)>,
    values: Vec<Value>,
    value_ids: HashMap<Value, usize>,
    attrs: Vec<ApiAttr>,
    attr_ids: HashMap<ApiAttr, usize>,
    /// Memory handed out to compile-time code (strings, arrays), freed with the compilation.
    keep: Vec<Box<[u64]>>,
    cstrs: HashMap<Vec<u8>, *const c_char>,
}

thread_local! {
    static STATE: RefCell<State> = RefCell::new(State::default());
}

fn with<R>(f: impl FnOnce(&mut State) -> R) -> R {
    STATE.with(|s| f(&mut s.borrow_mut()))
}

/// Makes the lowering context available to callbacks for an `@` call at `span` of `callee`.
/// Returns what `leave_context` restores.
pub fn enter_context(lw: *mut u8, span: Span, callee: &str) -> Option<std::ptr::NonNull<u8>> {
    with(|s| {
        s.chain.push((span, callee.to_string()));
        std::mem::replace(&mut s.lw, std::ptr::NonNull::new(lw))
    })
}

pub fn leave_context(prev: Option<std::ptr::NonNull<u8>>) {
    let outermost = with(|s| {
        s.lw = prev;
        s.chain.pop();
        s.chain.is_empty()
    });
    if outermost {
        log::flush_open_message();
    }
}

/// Forgets every handle and string of a finished compilation.
pub fn reset() {
    with(|s| *s = State::default());
    decls::reset();
}

/// The `@` calls running, outermost first (for diagnostics).
pub fn call_chain() -> Vec<(Span, String)> {
    with(|s| s.chain.clone())
}

/// `d` placed at the innermost running `@` call, the enclosing calls as secondary labels.
pub(crate) fn at_call_chain(lw: &Lowerer<'_>, d: crate::diagnostics::Diagnostic) -> crate::diagnostics::Diagnostic {
    log::located(lw, d, &call_chain())
}

/// The span of the innermost running `@` call (where what it makes is said to be declared).
pub(crate) fn site() -> Span {
    with(|s| s.chain.last().map_or(Span::NONE, |c| c.0))
}

/// Stops the running compile-time code with a diagnostic at the `@` call.
#[inline(never)]
pub(crate) fn fatal(msg: String) -> ! {
    rt::escape(rt::Stop::Fatal(msg))
}

/// The lowering context of the running `@` call.
pub(crate) fn lw(func: &str) -> &'static mut Lowerer<'static> {
    match try_lw() {
        Some(lw) => lw,
        None => fatal(format!("`{func}` can only be called by compile-time code")),
    }
}

/// The lowering context, if an `@` call is running.
pub(crate) fn try_lw() -> Option<&'static mut Lowerer<'static>> {
    let p = with(|s| s.lw)?;
    // SAFETY: set by `enter_context` from a live `&mut Lowerer` that its owner does not use
    // while compile-time code runs.
    Some(unsafe { &mut *(p.as_ptr() as *mut Lowerer<'static>) })
}

pub(crate) fn prog(func: &str) -> &'static mut Program {
    lw(func).p
}

// ---- handles ------------------------------------------------------------------------------------

fn handle(base: usize, index: usize) -> usize {
    base + index * 16
}

fn unhandle(base: usize, p: usize) -> Option<usize> {
    (p >= base && p < base + SPAN && (p - base).is_multiple_of(16)).then(|| (p - base) / 16)
}

pub(crate) fn type_handle(t: TypeId) -> *const CirType {
    handle(TYPE_BASE, t.as_u32() as usize) as *const CirType
}

/// A type handle, or NULL for `None`.
pub(crate) fn opt_type_handle(t: Option<TypeId>) -> *const CirType {
    t.map_or(std::ptr::null(), type_handle)
}

/// The type a handle stands for; NULL or a foreign pointer is fatal.
pub(crate) fn ty(func: &str, p: *const CirType) -> TypeId {
    if p.is_null() {
        fatal(format!("`{func}`: the type is NULL"));
    }
    let n = prog(func).types.len();
    match unhandle(TYPE_BASE, p as usize).and_then(|i| TypeId::from_u32(i as u32)).filter(|t| t.index() < n) {
        Some(t) => t,
        None => fatal(format!("`{func}`: {p:?} is not a `CirType` made by the compiler")),
    }
}

/// A type handle that may be NULL.
pub(crate) fn opt_ty(func: &str, p: *const CirType) -> Option<TypeId> {
    (!p.is_null()).then(|| ty(func, p))
}

pub(crate) fn value_handle(v: Value) -> *const CirValue {
    let i = with(|s| {
        if let Some(&i) = s.value_ids.get(&v) {
            return i;
        }
        s.values.push(v);
        s.value_ids.insert(v, s.values.len() - 1);
        s.values.len() - 1
    });
    handle(VALUE_BASE, i) as *const CirValue
}

pub(crate) fn opt_value_handle(v: Option<Value>) -> *const CirValue {
    v.map_or(std::ptr::null(), value_handle)
}

/// The value a handle stands for; NULL or a foreign pointer is fatal.
pub(crate) fn value(func: &str, p: *const CirValue) -> Value {
    if p.is_null() {
        fatal(format!("`{func}`: the value is NULL"));
    }
    match unhandle(VALUE_BASE, p as usize).and_then(|i| with(|s| s.values.get(i).copied())) {
        Some(v) => v,
        None => fatal(format!("`{func}`: {p:?} is not a `CirValue` made by the compiler")),
    }
}

pub(crate) fn opt_value(func: &str, p: *const CirValue) -> Option<Value> {
    (!p.is_null()).then(|| value(func, p))
}

pub(crate) fn attr_handle(a: ApiAttr) -> *const CirAttr {
    let i = with(|s| {
        if let Some(&i) = s.attr_ids.get(&a) {
            return i;
        }
        s.attrs.push(a.clone());
        s.attr_ids.insert(a, s.attrs.len() - 1);
        s.attrs.len() - 1
    });
    handle(ATTR_BASE, i) as *const CirAttr
}

pub(crate) fn attr(func: &str, p: *const CirAttr) -> ApiAttr {
    if p.is_null() {
        fatal(format!("`{func}`: the attribute is NULL"));
    }
    match unhandle(ATTR_BASE, p as usize).and_then(|i| with(|s| s.attrs.get(i).cloned())) {
        Some(a) => a,
        None => fatal(format!("`{func}`: {p:?} is not a `CirAttr` made by the compiler")),
    }
}

/// The two machines: build (runs compile-time code) and host (the output's target). Both are
/// x86-64 Linux here, so they differ only in identity.
pub(crate) fn machine_handle(host: bool) -> *const CirMachine {
    handle(MACHINE_BASE, 1 + host as usize) as *const CirMachine
}

/// Checks a machine handle (NULL means the host). Returns whether it is the host.
pub(crate) fn machine(func: &str, p: *const CirMachine) -> bool {
    if p.is_null() {
        return true;
    }
    match unhandle(MACHINE_BASE, p as usize) {
        Some(1) => false,
        Some(2) => true,
        _ => fatal(format!("`{func}`: {p:?} is not a `CirMachine` (use `CirMachine_getHost()`)")),
    }
}

// ---- ids ----------------------------------------------------------------------------------------

macro_rules! id_checker {
    ($fn:ident, $opt:ident, $Id:ty, $table:ident, $what:literal) => {
        #[allow(dead_code)]
        pub(crate) fn $fn(func: &str, id: u32) -> $Id {
            match $opt(func, id) {
                Some(x) => x,
                None => fatal(format!(concat!("`{}`: 0 is not ", $what), func)),
            }
        }
        /// Like the non-`opt` checker, but 0 gives `None`.
        #[allow(dead_code)]
        pub(crate) fn $opt(func: &str, id: u32) -> Option<$Id> {
            if id == 0 {
                return None;
            }
            let p = prog(func);
            match <$Id>::from_u32(id) {
                Some(x) if x.index() < p.$table.len() => Some(x),
                _ => fatal(format!(concat!("`{}`: {} is not ", $what), func, id)),
            }
        }
    };
}

id_checker!(var, opt_var, VarId, vars, "a variable id");
id_checker!(stmt, opt_stmt, StmtId, stmts, "a statement id");
id_checker!(comp, opt_comp, CompId, comps, "a struct/union id");
id_checker!(enum_, opt_enum, EnumId, enums, "an enum id");
id_checker!(enum_item, opt_enum_item, EnumItemId, enum_items, "an enum item id");
id_checker!(typedef, opt_typedef, TypedefId, typedefs, "a typedef id");

/// A code id; a freed code is as bad as an unknown one.
pub(crate) fn code(func: &str, id: u32) -> CodeId {
    match opt_code(func, id) {
        Some(c) => c,
        None => fatal(format!("`{func}`: 0 is not a code id")),
    }
}

pub(crate) fn opt_code(func: &str, id: u32) -> Option<CodeId> {
    if id == 0 {
        return None;
    }
    let p = prog(func);
    match CodeId::from_u32(id) {
        Some(c) if c.index() < p.codes.len() && !p.codes[c].freed => Some(c),
        Some(c) if c.index() < p.codes.len() => fatal(format!("`{func}`: code {id} was freed")),
        _ => fatal(format!("`{func}`: {id} is not a code id")),
    }
}

/// A builtin id (`CirBuiltinId`). The IR numbers builtins as the API does: 1..3 are
/// `CIR_BUILTIN_BSWAP16/32/64`, further ids are the other GCC builtins the program uses.
pub(crate) fn builtin(func: &str, id: u32) -> BuiltinId {
    let p = prog(func);
    p.builtin("__builtin_bswap16");
    match BuiltinId::from_u32(id) {
        Some(b) if (id as usize) <= p.builtins.len() => b,
        _ => fatal(format!("`{func}`: {id} is not a builtin id")),
    }
}

/// A name id (`CirName`); 0 is fatal.
pub(crate) fn name(func: &str, id: u32) -> Name {
    match opt_name(func, id) {
        Some(n) => n,
        None => fatal(format!("`{func}`: 0 is not a name")),
    }
}

pub(crate) fn opt_name(func: &str, id: u32) -> Option<Name> {
    if id == 0 {
        return None;
    }
    let p = prog(func);
    match Name::from_u32(id) {
        Some(n) if n.index() < p.names.len() => Some(n),
        _ => fatal(format!("`{func}`: {id} is not a name (make names with `CirName_of`)")),
    }
}

pub(crate) fn name_id(n: Option<Name>) -> u32 {
    n.map_or(0, |n| n.as_u32())
}

/// An index into something of length `len`.
pub(crate) fn index(func: &str, i: usize, len: usize, what: &str) -> usize {
    if i >= len {
        fatal(format!("`{func}`: index {i} is out of range ({what} has {len})"));
    }
    i
}

// ---- memory and strings -------------------------------------------------------------------------

/// A C string argument (NULL is fatal).
pub(crate) fn c_str(func: &str, s: *const c_char) -> Vec<u8> {
    if s.is_null() {
        fatal(format!("`{func}`: the string is NULL"));
    }
    // SAFETY: compile-time code passes a C string (a bad pointer faults inside the `@` call,
    // which is contained).
    unsafe { CStr::from_ptr(s) }.to_bytes().to_vec()
}

/// `len` bytes at `p` (NULL is fatal unless `len` is 0).
pub(crate) fn bytes(func: &str, p: *const u8, len: usize) -> Vec<u8> {
    if len == 0 {
        return Vec::new();
    }
    if p.is_null() {
        fatal(format!("`{func}`: the pointer is NULL"));
    }
    // SAFETY: compile-time code passes `len` readable bytes (faults are contained).
    unsafe { std::slice::from_raw_parts(p, len) }.to_vec()
}

/// `len` elements at `p` (NULL is fatal unless `len` is 0).
pub(crate) fn array<T: Copy>(func: &str, p: *const T, len: usize) -> Vec<T> {
    if len == 0 {
        return Vec::new();
    }
    if p.is_null() {
        fatal(format!("`{func}`: the array is NULL"));
    }
    if len > 1 << 24 {
        fatal(format!("`{func}`: length {len} is not plausible"));
    }
    // SAFETY: compile-time code passes `len` readable elements (faults are contained).
    unsafe { std::slice::from_raw_parts(p, len) }.to_vec()
}

/// A NUL-terminated copy of `b` that lives until the end of the compilation; equal strings
/// share one copy.
pub(crate) fn keep_cstr(b: &[u8]) -> *const c_char {
    with(|s| {
        if let Some(&p) = s.cstrs.get(b) {
            return p;
        }
        let mut mem = vec![0u64; b.len() / 8 + 1].into_boxed_slice();
        // SAFETY: `mem` has room for `b` plus the terminating zero (it is zeroed).
        unsafe { std::ptr::copy_nonoverlapping(b.as_ptr(), mem.as_mut_ptr() as *mut u8, b.len()) };
        let p = mem.as_ptr() as *const c_char;
        s.keep.push(mem);
        s.cstrs.insert(b.to_vec(), p);
        p
    })
}

/// A copy of `items` that lives until the end of the compilation (8-byte aligned).
pub(crate) fn keep_array<T: Copy>(items: &[T]) -> *const T {
    let size = std::mem::size_of_val(items);
    let mut mem = vec![0u64; size / 8 + 1].into_boxed_slice();
    // SAFETY: `mem` has room for `size` bytes; T is Copy (plain data).
    unsafe { std::ptr::copy_nonoverlapping(items.as_ptr() as *const u8, mem.as_mut_ptr() as *mut u8, size) };
    let p = mem.as_ptr() as *const T;
    with(|s| s.keep.push(mem));
    p
}

/// `n` zeroed bytes aligned to `align` (≤ 4096) that live until the end of the compilation.
pub(crate) fn keep_bytes(func: &str, n: usize, align: usize) -> *mut u8 {
    let align = if align == 0 { 16 } else { align };
    if !align.is_power_of_two() || align > 4096 {
        fatal(format!("`{func}`: alignment {align} is not a power of two up to 4096"));
    }
    if n > 1 << 32 {
        fatal(format!("`{func}`: {n} bytes is too much"));
    }
    let words = (n + align).div_ceil(8) + 1;
    let mem = vec![0u64; words].into_boxed_slice();
    let base = mem.as_ptr() as usize;
    let p = (base + align - 1) & !(align - 1);
    with(|s| s.keep.push(mem));
    p as *mut u8
}

// ---- variadic entry points ------------------------------------------------------------------------

/// The address of a forwarder that turns a variadic call `f(fmt, ...)` into
/// `target(fmt, va_list)` (one per target, made once).
pub(crate) fn va_entry(target: extern "C" fn(*const c_char, *mut libc::c_void)) -> *const u8 {
    static FWD: std::sync::Mutex<Vec<(usize, usize)>> = std::sync::Mutex::new(Vec::new());
    let t = target as usize;
    let mut g = FWD.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(&(_, f)) = g.iter().find(|(k, _)| *k == t) {
        return f as *const u8;
    }
    let f = rt::va_forwarder(t) as usize;
    g.push((t, f));
    f as *const u8
}

/// Like `va_entry`, for a target returning an integer (the forwarder keeps `rax`).
pub(crate) fn va_entry_ret(target: extern "C" fn(*const c_char, *mut libc::c_void) -> u32) -> *const u8 {
    // SAFETY: only the return register differs; the forwarder passes `rax` through.
    va_entry(unsafe { std::mem::transmute::<extern "C" fn(*const c_char, *mut libc::c_void) -> u32, extern "C" fn(*const c_char, *mut libc::c_void)>(target) })
}

/// `printf`-style formatting of a `va_list` (as `vsnprintf` does).
pub(crate) fn vformat(func: &str, fmt: *const c_char, va: *mut libc::c_void) -> String {
    if fmt.is_null() {
        fatal(format!("`{func}`: the format is NULL"));
    }
    unsafe extern "C" {
        fn vsnprintf(buf: *mut c_char, n: usize, fmt: *const c_char, ap: *mut libc::c_void) -> i32;
    }
    // A va_list is 24 bytes on x86-64; measure with a copy, then format for real.
    let mut copy = [0u64; 3];
    // SAFETY: `va` points to a live va_list (made by the forwarder); a plain copy of the
    // 24-byte structure is what `va_copy` does on x86-64.
    unsafe { std::ptr::copy_nonoverlapping(va as *const u64, copy.as_mut_ptr(), 3) };
    // SAFETY: measuring call: NULL buffer of size 0.
    let n = unsafe { vsnprintf(std::ptr::null_mut(), 0, fmt, copy.as_mut_ptr() as *mut libc::c_void) };
    let n = n.max(0) as usize;
    let mut buf = vec![0u8; n + 1];
    // SAFETY: `buf` has n + 1 bytes; `va` is unused so far.
    let m = unsafe { vsnprintf(buf.as_mut_ptr() as *mut c_char, buf.len(), fmt, va) };
    buf.truncate(m.max(0) as usize);
    String::from_utf8_lossy(&buf).into_owned()
}

/// The address of API function `name`, if it is one.
pub fn callback(name: &str) -> Option<*const u8> {
    log::lookup(name)
        .or_else(|| misc::lookup(name))
        .or_else(|| types::lookup(name))
        .or_else(|| decls::lookup(name))
        .or_else(|| value::lookup(name))
        .or_else(|| stmt::lookup(name))
        .or_else(|| code::lookup(name))
        .or_else(|| quote::lookup(name))
}
