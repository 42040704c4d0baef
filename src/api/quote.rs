//! Quasi-quotation (cir's addition to `cir.h`): `CirQ_code` and `CirQ_decls` take C text with
//! `printf`-like holes, which the lowering parses and lowers (`src/lower/quote.rs`).
//!
//! Holes: `%v` a `const CirValue *`, `%c` a `CirCodeId` (spliced), `%t` a `const CirType *`,
//! `%n` a `CirName` (inserted as written, unhygienic), `%d` an `int64_t` constant, `%s` a C
//! string (as a string literal), `%%` a percent sign.

use std::ffi::c_char;

use super::*;
use std::collections::HashMap;

use crate::lower::quote::{AQ_USER, Hole, QUOTE_FN, hole_name};

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
    let site = site();
    match lw(F).quote_code(&text, holes, &names, site) {
        Ok(c) => c.as_u32(),
        Err(e) => fatal(format!("`{F}`: {e}")),
    }
}

extern "C" fn q_decls(fmt: *const c_char, va: *mut libc::c_void) -> u32 {
    const F: &str = "CirQ_decls";
    let (text, holes, names) = expand(F, fmt, va);
    let site = site();
    match lw(F).quote_decls(&text, holes, &names, site) {
        Ok(()) => 0,
        Err(e) => fatal(format!("`{F}`: {e}")),
    }
}

// ---- `cirq.h`: templates written inline (`CirQ(({ ... }))` with `CirAQ(e)` holes) -------------

/// `@CirQ__quote(template)`, run while the compile-time function containing the template is
/// lowered: returns code for that function that calls `CirQ__instantiate` with the template's
/// id and its anti-quotes (computed by the statements the lowering put before this call).
extern "C" fn quote(tpl: u32) -> u32 {
    const F: &str = QUOTE_FN;
    let tpl = code(F, tpl);
    let lw = lw(F);
    let holes = lw.aq_done.get(&tpl).cloned().unwrap_or_default();
    let Some(inst) = lw.p.names.get("CirQ__instantiate").and_then(|n| lw.file_var(n)) else {
        fatal(format!("`{F}`: `CirQ__instantiate` is not declared (include <cirq.h>)"))
    };
    let p = prog(F);
    let Some((ret, _, _, _)) = p.func_sig(p.vars[inst].ty).map(|(r, a, b, c)| (r, a.len(), b, c)) else {
        fatal(format!("`{F}`: `CirQ__instantiate` is not a function"))
    };
    let out = p.new_code();
    let mut td = VarData::new(None, ret);
    td.flags.temp = true;
    td.owner = Some(out);
    let tmp = p.new_var(td);
    let kinds: u64 = holes.iter().enumerate().filter(|(_, h)| h.is_code).map(|(i, _)| 1u64 << i.min(63)).sum();
    if holes.len() > 64 {
        fatal(format!("`{F}`: a template can have at most 64 anti-quotes"));
    }
    let mut args = vec![
        Value::int(IKind::UInt, tpl.as_u32() as i128),
        Value::int(IKind::UInt, holes.len() as i128),
        Value::int(IKind::ULong, kinds as i128),
    ];
    args.extend(holes.iter().map(|h| h.value));
    let site = site();
    p.append_stmt(out, StmtKind::Call { dst: Some(Value::var(tmp)), target: Value::var(inst), args }, site);
    p.codes[out].result = CodeResult::Value(Value::var(tmp));
    p.codes[out].ty = Some(ret);
    out.as_u32()
}

/// `CirQ__instantiate(template, n, kinds, holes...)`: a fresh copy of the template (new
/// variables and statements) with its anti-quote holes filled: a `const CirValue *` hole by that
/// value, a `CirCodeId` hole (bit set in `kinds`) by the code's value, its statements going
/// before the first statement that uses it.
extern "C" fn instantiate(first: *const c_char, va: *mut libc::c_void) -> u32 {
    const F: &str = "CirQ__instantiate";
    let tpl = code(F, first as usize as u32);
    // SAFETY: `CirQ__quote` made the call: a count, a kind mask, then one word per hole.
    let (n, kinds) = unsafe { (next_gp(va) as u32 as usize, next_gp(va)) };
    let mut holes: Vec<Result<Value, CodeId>> = Vec::with_capacity(n);
    for i in 0..n.min(64) {
        // SAFETY: as above.
        let raw = unsafe { next_gp(va) };
        if kinds >> i & 1 == 1 {
            holes.push(Err(code(F, raw as u32)));
        } else {
            holes.push(Ok(value(F, raw as usize as *const CirValue)));
        }
    }
    let p = prog(F);
    let out = p.new_code();
    // Fresh variables for the template's own.
    let mut vars: HashMap<VarId, VarId> = HashMap::new();
    for v in p.codes[tpl].vars.clone() {
        let mut d = p.vars[v].clone();
        d.owner = Some(out);
        let nv = p.new_var(d);
        vars.insert(v, nv);
    }
    // Code holes: their value, and their statements still to place.
    let mut pending: Vec<Option<CodeId>> = holes.iter().map(|h| h.err()).collect();
    let hole_value = |p: &mut Program, k: usize| -> Value {
        match holes.get(k) {
            Some(Ok(v)) => *v,
            Some(Err(c)) => match &p.codes[*c].result {
                CodeResult::Value(v) => *v,
                _ => fatal(format!("`{F}`: the code given for anti-quote {k} has no value")),
            },
            None => fatal(format!("`{F}`: the template uses anti-quote {k}, but {} were given", holes.len())),
        }
    };
    let map_value = |p: &mut Program, v: Value, used: &mut Vec<usize>| -> Value {
        match v.kind {
            ValueKind::User { user: AQ_USER, ptr } => {
                used.push(ptr as usize);
                let h = hole_value(p, ptr as usize);
                Value { kind: h.kind, cast: v.cast.or(h.cast) }
            }
            ValueKind::Var { var, path } => match vars.get(&var) {
                Some(&nv) => Value { kind: ValueKind::Var { var: nv, path }, cast: v.cast },
                None => check_outside(p, var, v),
            },
            ValueKind::Mem { var, path } => match vars.get(&var) {
                Some(&nv) => Value { kind: ValueKind::Mem { var: nv, path }, cast: v.cast },
                None => check_outside(p, var, v),
            },
            _ => v,
        }
    };
    let mut stmts: HashMap<StmtId, StmtId> = HashMap::new();
    let mut copied: Vec<StmtId> = Vec::new();
    for s in p.code_stmts(tpl).collect::<Vec<_>>() {
        let d = p.stmts[s].clone();
        let mut used = Vec::new();
        let kind = match d.kind {
            StmtKind::UnOp { dst, op, a } => StmtKind::UnOp { dst: map_value(p, dst, &mut used), op, a: map_value(p, a, &mut used) },
            StmtKind::BinOp { dst, op, a, b } => StmtKind::BinOp {
                dst: map_value(p, dst, &mut used),
                op,
                a: map_value(p, a, &mut used),
                b: map_value(p, b, &mut used),
            },
            StmtKind::Call { dst, target, args } => StmtKind::Call {
                dst: dst.map(|v| map_value(p, v, &mut used)),
                target: map_value(p, target, &mut used),
                args: args.into_iter().map(|a| map_value(p, a, &mut used)).collect(),
            },
            StmtKind::Return(v) => StmtKind::Return(v.map(|v| map_value(p, v, &mut used))),
            StmtKind::Cmp { op, a, b, target } => {
                StmtKind::Cmp { op, a: map_value(p, a, &mut used), b: map_value(p, b, &mut used), target }
            }
            k @ (StmtKind::Nop | StmtKind::Goto(_) | StmtKind::Label(_) | StmtKind::GotoLabel(_)) => k,
            _ => fatal(format!("`{F}`: the template contains a statement templates cannot copy ({s})")),
        };
        for k in used {
            if let Some(Some(c)) = pending.get_mut(k).map(|c| c.take()) {
                p.code_append(out, c);
            }
        }
        let ns = p.append_stmt(out, kind, d.span);
        stmts.insert(s, ns);
        copied.push(ns);
    }
    for ns in copied {
        let t = p.stmts[ns].kind.jump_target();
        if let Some(t) = t {
            let Some(&nt) = stmts.get(&t) else { fatal(format!("`{F}`: the template jumps out of itself ({t})")) };
            match &mut p.stmts[ns].kind {
                StmtKind::Cmp { target, .. } | StmtKind::Goto(target) => *target = Some(nt),
                _ => {}
            }
        }
    }
    let result = match p.codes[tpl].result.clone() {
        CodeResult::Value(v) => {
            let mut used = Vec::new();
            CodeResult::Value(map_value(p, v, &mut used))
        }
        CodeResult::Cond { trues, falses } => {
            let m = |v: Vec<StmtId>| v.into_iter().filter_map(|s| stmts.get(&s).copied()).collect();
            CodeResult::Cond { trues: m(trues), falses: m(falses) }
        }
        CodeResult::None => CodeResult::None,
    };
    // Code holes not used by any statement (only by the value) go at the end.
    for c in pending.into_iter().flatten() {
        p.code_append(out, c);
    }
    p.codes[out].ty = p.codes[tpl].ty;
    p.codes[out].result = result;
    out.as_u32()
}

/// A variable a template uses that is not its own: globals and functions are fine; a local of
/// the compile-time function is not (it does not exist where the code ends up).
fn check_outside(p: &Program, var: VarId, v: Value) -> Value {
    if p.vars[var].owner.is_some() && p.vars[var].storage != Storage::Static {
        let name = p.vars[var].name.map(|n| p.name_str(n).to_string()).unwrap_or_else(|| var.to_string());
        fatal(format!(
            "`CirQ__instantiate`: the template uses `{name}`, a local of the compile-time function; pass its value with `CirAQ(...)`"
        ));
    }
    v
}

pub(super) fn lookup(name: &str) -> Option<*const u8> {
    Some(match name {
        "CirQ_code" => va_entry_ret(q_code),
        "CirQ_decls" => va_entry_ret(q_decls),
        "CirQ__quote" => quote as *const u8,
        "CirQ__instantiate" => va_entry_ret(instantiate),
        _ => return None,
    })
}
