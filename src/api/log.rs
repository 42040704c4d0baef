//! `cir_fatal`, `cir_bug`, `cir_warn`, `cir_log` and `CirLog_*`: messages of compile-time code,
//! reported as diagnostics at the `@` call site with the chain of enclosing `@` calls.
//!
//! `CirLog_begin(level)` opens a message, the `CirLog_print*` functions (and every `*_log`
//! function of the API, through `emit`) append to it, `CirLog_end()` reports it: DEBUG and INFO
//! as notes, WARN as a warning, ERROR as an error (the compilation goes on and fails at the
//! end), FATAL and BUG as an error that stops the `@` call. Text logged outside a
//! `CirLog_begin`/`CirLog_end` pair goes straight to stderr.

use std::cell::RefCell;
use std::ffi::c_char;
use std::io::Write;

use super::*;
use crate::diagnostics::Diagnostic;

thread_local! {
    /// The open message: its level and text.
    static OPEN: RefCell<Option<(u32, String)>> = const { RefCell::new(None) };
}

const LEVELS: std::ops::RangeInclusive<u32> = 1..=6;
const ERROR: u32 = 4;
const FATAL: u32 = 5;
const BUG: u32 = 6;

/// Appends text to the open message, or writes it to stderr if none is open.
pub(crate) fn emit(text: &str) {
    let open = OPEN.with(|o| match &mut *o.borrow_mut() {
        Some((_, m)) => {
            m.push_str(text);
            true
        }
        None => false,
    });
    if !open {
        // fd 1 points at stderr while compiling; write to fd 2 directly anyway.
        let _ = std::io::stderr().write_all(text.as_bytes());
    }
}

/// Reports a message that was begun but not ended when the outermost `@` call finished.
pub(crate) fn flush_open_message() {
    if let Some((level, msg)) = OPEN.with(|o| o.borrow_mut().take())
        && !msg.is_empty()
    {
        report(level.min(ERROR), msg);
    }
}

/// Adds a diagnostic of `level` at the running `@` call.
fn report(level: u32, msg: String) {
    let Some(lw) = try_lw() else {
        let _ = writeln!(std::io::stderr(), "{msg}");
        return;
    };
    let chain = call_chain();
    let d = match level {
        ..=2 => Diagnostic::note_diag(msg),
        3 => Diagnostic::warning(msg),
        _ => Diagnostic::error(msg),
    };
    lw.diags.push(located(lw, d, &chain));
}

/// `d` placed at the innermost `@` call of `chain`, the enclosing calls as secondary labels.
pub(crate) fn located(lw: &Lowerer<'_>, d: Diagnostic, chain: &[(Span, String)]) -> Diagnostic {
    let Some(((span, callee), outer)) = chain.split_last() else { return d };
    let mut d = if span.is_none() {
        d
    } else {
        let (o, l) = lw.orig(*span);
        d.at(o, l).label(format!("in compile-time call `@{callee}`"))
    };
    for (s, c) in outer.iter().rev() {
        if !s.is_none() {
            let (o, l) = lw.orig(*s);
            d = d.secondary(o, l, format!("called during compile-time call `@{c}`"));
        }
    }
    d
}

extern "C" fn log_begin(level: u32) {
    if !LEVELS.contains(&level) {
        fatal(format!("`CirLog_begin`: {level} is not a log level (CIRLOG_DEBUG .. CIRLOG_BUG)"));
    }
    flush_open_message();
    OPEN.with(|o| *o.borrow_mut() = Some((level, String::new())));
}

extern "C" fn log_print(s: *const c_char) {
    emit(&String::from_utf8_lossy(&c_str("CirLog_print", s)));
}

extern "C" fn log_printb(p: *const u8, len: usize) {
    emit(&String::from_utf8_lossy(&bytes("CirLog_printb", p, len)));
}

extern "C" fn log_vprintf(fmt: *const c_char, va: *mut libc::c_void) {
    emit(&vformat("CirLog_printf", fmt, va));
}

/// `b` as a C string literal (quotes and escapes included).
pub(crate) fn quoted(b: &[u8]) -> String {
    let mut s = String::with_capacity(b.len() + 2);
    s.push('"');
    for &c in b {
        match c {
            b'"' => s.push_str("\\\""),
            b'\\' => s.push_str("\\\\"),
            b'\n' => s.push_str("\\n"),
            b'\t' => s.push_str("\\t"),
            b'\r' => s.push_str("\\r"),
            0x20..=0x7e => s.push(c as char),
            _ => s.push_str(&format!("\\{c:03o}")),
        }
    }
    s.push('"');
    s
}

extern "C" fn log_printq(s: *const c_char) {
    emit(&quoted(&c_str("CirLog_printq", s)));
}

extern "C" fn log_printqb(p: *const c_char, len: usize) {
    emit(&quoted(&bytes("CirLog_printqb", p as *const u8, len)));
}

extern "C" fn log_end() {
    let Some((level, msg)) = OPEN.with(|o| o.borrow_mut().take()) else {
        fatal("`CirLog_end`: no message was begun with `CirLog_begin`".into());
    };
    if level >= FATAL {
        fatal(if level == BUG { format!("bug in compile-time code: {msg}") } else { msg });
    }
    report(level, msg);
}

extern "C" fn v_fatal(fmt: *const c_char, va: *mut libc::c_void) {
    let msg = vformat("cir_fatal", fmt, va);
    fatal(msg)
}

extern "C" fn v_bug(fmt: *const c_char, va: *mut libc::c_void) {
    let msg = vformat("cir_bug", fmt, va);
    fatal(format!("bug in compile-time code: {msg}"))
}

extern "C" fn v_warn(fmt: *const c_char, va: *mut libc::c_void) {
    let msg = vformat("cir_warn", fmt, va);
    report(3, msg);
}

extern "C" fn v_log(fmt: *const c_char, va: *mut libc::c_void) {
    let msg = vformat("cir_log", fmt, va);
    report(2, msg);
}

pub(super) fn lookup(name: &str) -> Option<*const u8> {
    Some(match name {
        "CirLog_begin" => log_begin as *const u8,
        "CirLog_print" => log_print as *const u8,
        "CirLog_printb" => log_printb as *const u8,
        "CirLog_printf" => va_entry(log_vprintf),
        "CirLog_vprintf" => log_vprintf as *const u8,
        "CirLog_printq" => log_printq as *const u8,
        "CirLog_printqb" => log_printqb as *const u8,
        "CirLog_end" => log_end as *const u8,
        "cir_fatal" => va_entry(v_fatal),
        "cir_bug" => va_entry(v_bug),
        "cir_warn" => va_entry(v_warn),
        "cir_log" => va_entry(v_log),
        _ => return None,
    })
}
