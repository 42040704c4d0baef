//! Quasi-quotation (cir's addition to `cir.h`): `CirQ_code` and `CirQ_decls` take C text with
//! `printf`-like holes, which the lowering parses and lowers (`src/lower/quote.rs`).
//!
//! Holes: `%v` a `const CirValue *`, `%c` a `CirCodeId` (spliced), `%t` a `const CirType *`,
//! `%n` a `CirName` (inserted as written, unhygienic), `%d` an `int64_t` constant, `%s` a C
//! string (as a string literal), `%%` a percent sign.

use std::ffi::c_char;

use super::*;
use crate::lower::quote::{Hole, hole_name};

/// The x86-64 System V `va_list` (one element of the array type).
#[repr(C)]
struct VaList {
    gp_offset: u32,
    fp_offset: u32,
    overflow: *mut u64,
    reg_save: *mut u8,
}

/// The next integer-class variadic argument.
///
/// # Safety
/// `va` is a live `va_list` whose next argument is integer-class.
unsafe fn next_gp(va: *mut libc::c_void) -> u64 {
    // SAFETY: per the function's contract.
    unsafe {
        let v = &mut *(va as *mut VaList);
        if v.gp_offset < 48 {
            let x = *(v.reg_save.add(v.gp_offset as usize) as *const u64);
            v.gp_offset += 8;
            x
        } else {
            let x = *v.overflow;
            v.overflow = v.overflow.add(1);
            x
        }
    }
}

/// The text with holes replaced, the holes, and the names inserted by `%n`.
fn expand(func: &str, fmt: *const c_char, va: *mut libc::c_void) -> (String, Vec<Hole>, Vec<String>) {
    let f = c_str(func, fmt);
    let mut text = String::new();
    let mut holes = Vec::new();
    let mut names = Vec::new();
    let mut i = 0;
    while i < f.len() {
        let c = f[i];
        if c != b'%' {
            text.push(c as char);
            i += 1;
            continue;
        }
        let Some(&d) = f.get(i + 1) else { fatal(format!("`{func}`: the format ends with `%`")) };
        i += 2;
        if d == b'%' {
            text.push('%');
            continue;
        }
        // SAFETY: every hole takes one integer-class argument (a pointer, an id or an int64).
        let raw = unsafe { next_gp(va) };
        match d {
            b'v' => {
                let v = value(func, raw as usize as *const CirValue);
                text.push_str(&hole_name(holes.len()));
                holes.push(Hole::Value(v));
            }
            b'c' => {
                let c = code(func, raw as u32);
                text.push_str(&hole_name(holes.len()));
                holes.push(Hole::Code(c));
            }
            b't' => {
                let t = ty(func, raw as usize as *const CirType);
                text.push_str(&hole_name(holes.len()));
                holes.push(Hole::Type(t));
            }
            b'n' => {
                let n = name(func, raw as u32);
                let s = prog(func).name_str(n).to_string();
                text.push_str(&s);
                names.push(s);
            }
            b'd' => {
                let v = raw as i64;
                if i32::try_from(v).is_ok() {
                    text.push_str(&format!("({v})"));
                } else {
                    text.push_str(&format!("({v}L)"));
                }
            }
            b's' => {
                let s = c_str(func, raw as usize as *const c_char);
                text.push_str(&log::quoted(&s));
            }
            _ => fatal(format!("`{func}`: unknown hole `%{}` (holes: %v %c %t %n %d %s %%)", d as char)),
        }
        // A placeholder must not run into the next identifier character.
        if matches!(d, b'v' | b'c' | b't') && f.get(i).is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_') {
            text.push(' ');
        }
    }
    (text, holes, names)
}

extern "C" fn q_code(fmt: *const c_char, va: *mut libc::c_void) -> u32 {
    const F: &str = "CirQ_code";
    let (text, holes, names) = expand(F, fmt, va);
    let site = current_site();
    match lw(F).quote_code(&text, holes, &names, site) {
        Ok(c) => c.as_u32(),
        Err(e) => fatal(format!("`{F}`: {e}")),
    }
}

extern "C" fn q_decls(fmt: *const c_char, va: *mut libc::c_void) -> u32 {
    const F: &str = "CirQ_decls";
    let (text, holes, names) = expand(F, fmt, va);
    let site = current_site();
    match lw(F).quote_decls(&text, holes, &names, site) {
        Ok(()) => 0,
        Err(e) => fatal(format!("`{F}`: {e}")),
    }
}

/// The span of the innermost running `@` call.
fn current_site() -> Span {
    call_chain().last().map_or(Span::NONE, |c| c.0)
}

pub(super) fn lookup(name: &str) -> Option<*const u8> {
    Some(match name {
        "CirQ_code" => va_entry_ret(q_code),
        "CirQ_decls" => va_entry_ret(q_decls),
        _ => return None,
    })
}
