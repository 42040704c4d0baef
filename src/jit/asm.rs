//! `asm` statements in compile-time code: the system C compiler assembles them.
//!
//! Cranelift cannot assemble GNU inline assembly, and the operand constraints are gcc's own
//! language, so each `asm` statement of a function becomes a small C function
//! `void __cir_asm_N(void **ops)` holding the same statement, with every operand written as
//! `*(T *)ops[i]` (immediates as their constant value). gcc compiles all of a function's
//! wrappers into one shared object, which is loaded; JIT code fills `ops` with the operands'
//! addresses and calls the wrapper. Output operands are written back through those addresses,
//! so register, memory and matching constraints all behave as in gcc's build.

use std::collections::HashMap;
use std::ffi::CString;
use std::io::Write;
use std::process::Stdio;

use crate::ir::*;
use crate::render::bytes_lit;

/// Constraint letters of x86 immediates (no register or memory alternative).
fn immediate_only(constraint: &[u8]) -> bool {
    let letters: Vec<u8> = constraint.iter().copied().filter(|c| !b"=+&%!?*#".contains(c)).collect();
    !letters.is_empty() && letters.iter().all(|c| b"inIJKLMNOPeZs".contains(c))
}

/// Whether operand `o` of an `asm` statement is passed as a constant, not through `ops`.
pub fn is_immediate(o: &AsmOperand) -> bool {
    immediate_only(&o.constraint) && matches!(o.value.kind, ValueKind::Int { .. })
}

/// Whether the statement does anything when run (an empty template is a compiler barrier).
pub fn has_code(a: &AsmStmt) -> bool {
    a.template.iter().any(|c| !c.is_ascii_whitespace())
}

/// The C type an operand of type `t` is accessed as, or `None` for aggregates.
fn operand_type(p: &Program, t: TypeId) -> Option<&'static str> {
    if let Some(k) = p.float_kind(t) {
        return match k.format_bits() {
            32 => Some("float"),
            64 => Some("double"),
            80 => Some("long double"),
            _ => None,
        };
    }
    if matches!(p.skind(t), TypeKind::Ptr(_)) {
        return Some("void *");
    }
    let k = p.int_kind(t)?;
    if k == IKind::Bool {
        return Some("_Bool");
    }
    Some(match (k.size(), k.is_signed()) {
        (1, true) => "signed char",
        (1, false) => "unsigned char",
        (2, true) => "short",
        (2, false) => "unsigned short",
        (4, true) => "int",
        (4, false) => "unsigned int",
        (8, true) => "long",
        (8, false) => "unsigned long",
        (_, true) => "__int128",
        (_, false) => "unsigned __int128",
    })
}

/// The C wrapper function `name` for statement `a`.
fn wrapper(p: &mut Program, name: &str, a: &AsmStmt) -> Result<String, String> {
    let t = bytes_lit(&a.template);
    if a.basic {
        return Ok(format!("void {name}(void **ops) {{ (void)ops; __asm__ __volatile__({t}); }}"));
    }
    let mut i = 0;
    let mut operands = |p: &mut Program, list: &[AsmOperand]| -> Result<String, String> {
        let mut parts = Vec::new();
        for o in list {
            let named = o.name.map(|n| format!("[{}] ", p.name_str(n))).unwrap_or_default();
            let expr = match o.value.kind {
                ValueKind::Int { bits, .. } if is_immediate(o) => format!("{}LL", bits.get()),
                _ => {
                    let ty = p.value_type(&o.value);
                    match operand_type(p, ty) {
                        Some(ct) => format!("*({ct} *)ops[{i}]"),
                        None => match p.size_of(ty) {
                            Some(n) => format!("*(char (*)[{n}])ops[{i}]"),
                            None => return Err("an `asm` operand of incomplete type".into()),
                        },
                    }
                }
            };
            i += 1;
            parts.push(format!("{named}{} ({expr})", bytes_lit(&o.constraint)));
        }
        Ok(parts.join(", "))
    };
    let outs = operands(p, &a.outputs)?;
    let ins = operands(p, &a.inputs)?;
    let clob: Vec<String> = a.clobbers.iter().map(|c| bytes_lit(c)).collect();
    Ok(format!("void {name}(void **ops) {{ __asm__ __volatile__({t} : {outs} : {ins} : {}); }}", clob.join(", ")))
}

/// Compiles the wrappers of `stmts` (`asm` statements with code) with the system C compiler;
/// returns each statement's function address. On failure: the statement at fault (or the first)
/// and the compiler's message.
pub fn build(p: &mut Program, stmts: &[(StmtId, AsmStmt)]) -> Result<HashMap<StmtId, usize>, (StmtId, String)> {
    static COUNTER: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let first = stmts[0].0;
    let mut src = String::new();
    let mut names = Vec::new();
    for (s, a) in stmts {
        let name = format!("__cir_asm_{}", s.as_u32());
        src.push_str(&wrapper(p, &name, a).map_err(|e| (*s, e))?);
        src.push('\n');
        names.push((*s, name));
    }
    let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let path = std::env::temp_dir().join(format!("cir-asm-{}-{n}.so", std::process::id()));
    let (mut cmd, prog) = crate::driver::c_compiler();
    cmd.args(["-shared", "-fPIC", "-O1", "-w", "-x", "c", "-", "-o"]).arg(&path);
    cmd.stdin(Stdio::piped()).stdout(Stdio::null()).stderr(Stdio::piped());
    let mut child = cmd.spawn().map_err(|e| (first, format!("`asm` statements in compile-time code need the C compiler `{prog}`: {e}")))?;
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(src.as_bytes());
    }
    let out = child.wait_with_output().map_err(|e| (first, format!("running `{prog}`: {e}")))?;
    if !out.status.success() {
        let _ = std::fs::remove_file(&path);
        let err = String::from_utf8_lossy(&out.stderr);
        // The compiler's `<stdin>:LINE:COL: error: ...` (line LINE holds the wrapper of the
        // LINE-th statement) or the assembler's `<stdin>:LINE: Error: ...` (a line of assembly).
        let (at, msg) = err
            .lines()
            .find_map(|l| {
                let rest = l.strip_prefix("<stdin>:")?;
                let (line, rest) = rest.split_once(':')?;
                if let Some((_, msg)) = rest.split_once("error: ") {
                    let s = line.parse::<usize>().ok().and_then(|n| names.get(n.wrapping_sub(1))).map_or(first, |x| x.0);
                    return Some((s, msg.to_string()));
                }
                Some((first, format!("the assembler says: {}", rest.split_once("Error: ")?.1)))
            })
            .unwrap_or((first, err.lines().next().unwrap_or("failed").to_string()));
        return Err((at, format!("`asm` statement rejected by `{prog}`: {msg}")));
    }
    let c = CString::new(path.to_string_lossy().as_bytes()).unwrap_or_default();
    // SAFETY: a shared object just built from the wrappers above.
    let h = unsafe { libc::dlopen(c.as_ptr(), libc::RTLD_NOW | libc::RTLD_LOCAL) };
    let _ = std::fs::remove_file(&path);
    if h.is_null() {
        return Err((first, "cannot load the assembled `asm` statements".into()));
    }
    let mut out = HashMap::new();
    for (s, name) in names {
        let cn = CString::new(name).unwrap_or_default();
        // SAFETY: `h` is the live handle opened above.
        let f = unsafe { libc::dlsym(h, cn.as_ptr()) };
        if f.is_null() {
            return Err((s, "cannot find an assembled `asm` statement".into()));
        }
        out.insert(s, f as usize);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn immediates() {
        assert!(immediate_only(b"i"));
        assert!(immediate_only(b"N"));
        assert!(!immediate_only(b"ri"));
        assert!(!immediate_only(b"=r"));
        assert!(!immediate_only(b"g"));
    }
}
