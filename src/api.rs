//! The compiler API of `cir.h`: functions compile-time code calls back into, by name.
//!
//! While an `@` call runs, the lowering context is reachable through a thread-local pointer
//! (`enter_context`). Every entry point validates its ids and pointers: misuse stops the `@`
//! call with a diagnostic at its site (`fatal`), never a crash of cir.
//!
//! `CirValue *` handles point to `Value`s kept alive for the whole compilation.
#![allow(unsafe_code)]

use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::ffi::{CStr, c_char};

use crate::ir::*;
use crate::jit::rt;
use crate::lower::Lowerer;

thread_local! {
    static CTX: Cell<(*mut u8, Span)> = const { Cell::new((std::ptr::null_mut(), Span::NONE)) };
    static VALUES: RefCell<(Vec<Box<Value>>, HashSet<usize>)> = RefCell::new((Vec::new(), HashSet::new()));
}

/// Makes the lowering context available to callbacks; returns the previous one.
pub fn enter_context(lw: *mut u8, span: Span) -> (*mut u8, Span) {
    CTX.with(|c| c.replace((lw, span)))
}

pub fn leave_context(prev: (*mut u8, Span)) {
    CTX.with(|c| c.set(prev));
}

/// Stops the running compile-time code with a diagnostic at the `@` call.
#[inline(never)]
fn fatal(msg: String) -> ! {
    rt::escape(rt::Stop::Fatal(msg))
}

/// The lowering context of the running `@` call.
fn lw(func: &str) -> &'static mut Lowerer<'static> {
    let (p, _) = CTX.with(|c| c.get());
    if p.is_null() {
        fatal(format!("`{func}` can only be called by compile-time code"));
    }
    // SAFETY: set by `enter_context` from a live `&mut Lowerer` that is not used while
    // compile-time code runs.
    unsafe { &mut *(p as *mut Lowerer<'static>) }
}

fn prog(func: &str) -> &'static mut Program {
    lw(func).p
}

fn new_value(v: Value) -> *const Value {
    VALUES.with(|vs| {
        let mut vs = vs.borrow_mut();
        let b = Box::new(v);
        let ptr = &*b as *const Value;
        vs.0.push(b);
        vs.1.insert(ptr as usize);
        ptr
    })
}

fn value(func: &str, p: *const Value) -> Value {
    let ok = VALUES.with(|vs| vs.borrow().1.contains(&(p as usize)));
    if !ok {
        fatal(format!("`{func}`: {p:?} is not a `CirValue` made by the compiler"));
    }
    // SAFETY: checked to be one of ours (never freed during the compilation).
    unsafe { *p }
}

fn c_str(func: &str, s: *const c_char) -> Vec<u8> {
    if s.is_null() {
        fatal(format!("`{func}`: the string is NULL"));
    }
    // SAFETY: compile-time code passes a C string.
    unsafe { CStr::from_ptr(s) }.to_bytes().to_vec()
}

fn stmt(func: &str, p: &Program, id: u32) -> StmtId {
    match StmtId::from_u32(id) {
        Some(s) if s.index() < p.stmts.len() => s,
        _ => fatal(format!("`{func}`: {id} is not a statement id")),
    }
}

fn code(func: &str, p: &Program, id: u32) -> CodeId {
    match CodeId::from_u32(id) {
        Some(c) if c.index() < p.codes.len() && !p.codes[c].freed => c,
        _ => fatal(format!("`{func}`: {id} is not a code id")),
    }
}

// ---- the entry points ---------------------------------------------------------------------------

extern "C" fn cir_vfatal(fmt: *const c_char, va: *mut libc::c_void) {
    let msg = vformat("cir_fatal", fmt, va);
    fatal(msg)
}

unsafe extern "C" {
    fn vsnprintf(buf: *mut c_char, n: usize, fmt: *const c_char, ap: *mut libc::c_void) -> i32;
}

fn vformat(func: &str, fmt: *const c_char, va: *mut libc::c_void) -> String {
    if fmt.is_null() {
        fatal(format!("`{func}`: the format is NULL"));
    }
    let mut buf = vec![0u8; 4096];
    // SAFETY: `va` is the va_list built by the forwarder; vsnprintf bounds its output.
    let n = unsafe { vsnprintf(buf.as_mut_ptr() as *mut c_char, buf.len(), fmt, va) };
    let n = (n.max(0) as usize).min(buf.len() - 1);
    buf.truncate(n);
    String::from_utf8_lossy(&buf).into_owned()
}

extern "C" fn cir_code_of_expr(v: *const Value) -> u32 {
    let v = value("CirCode_ofExpr", v);
    let p = prog("CirCode_ofExpr");
    let c = p.new_code();
    let t = p.value_type(&v);
    p.codes[c].result = CodeResult::Value(v);
    p.codes[c].ty = Some(t);
    c.as_u32()
}

extern "C" fn cir_code_get_first_stmt(c: u32) -> u32 {
    let p = prog("CirCode_getFirstStmt");
    let c = code("CirCode_getFirstStmt", p, c);
    p.codes[c].first.map_or(0, |s| s.as_u32())
}

extern "C" fn cir_stmt_get_next(s: u32) -> u32 {
    let p = prog("CirStmt_getNext");
    let s = stmt("CirStmt_getNext", p, s);
    p.stmts[s].next.map_or(0, |s| s.as_u32())
}

extern "C" fn cir_stmt_is_call(s: u32) -> bool {
    let p = prog("CirStmt_isCall");
    let s = stmt("CirStmt_isCall", p, s);
    matches!(p.stmts[s].kind, StmtKind::Call { .. })
}

extern "C" fn cir_value_of_string(s: *const c_char, len: usize) -> *const Value {
    if s.is_null() && len > 0 {
        fatal("`CirValue_ofString`: the string is NULL".into());
    }
    // SAFETY: compile-time code passes `len` readable bytes.
    let bytes = if len == 0 { &[][..] } else { unsafe { std::slice::from_raw_parts(s as *const u8, len) } };
    string_value("CirValue_ofString", bytes)
}

extern "C" fn cir_value_of_cstring(s: *const c_char) -> *const Value {
    let mut b = c_str("CirValue_ofCString", s);
    b.push(0);
    string_value("CirValue_ofCString", &b)
}

/// A string literal value of exactly these bytes (a final NUL is the terminator).
fn string_value(func: &str, bytes: &[u8]) -> *const Value {
    let id = prog(func).intern_str(StrData { kind: StrKind::Plain, units: bytes.iter().map(|&b| b as u32).collect() });
    new_value(Value::new(ValueKind::Str(id)))
}

/// The address of API function `name`, if it is one.
pub fn callback(name: &str) -> Option<*const u8> {
    Some(match name {
        "cir_fatal" => {
            static FWD: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
            *FWD.get_or_init(|| rt::va_forwarder(cir_vfatal as *const () as usize) as usize) as *const u8
        }
        "CirCode_ofExpr" => cir_code_of_expr as *const u8,
        "CirCode_getFirstStmt" => cir_code_get_first_stmt as *const u8,
        "CirStmt_getNext" => cir_stmt_get_next as *const u8,
        "CirStmt_isCall" => cir_stmt_is_call as *const u8,
        "CirValue_ofString" => cir_value_of_string as *const u8,
        "CirValue_ofCString" => cir_value_of_cstring as *const u8,
        _ => return None,
    })
}
