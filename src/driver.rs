//! One compilation: preprocessed bytes → parse → lower (running `@` calls) → render.
//!
//! Runs on a thread with a large stack: lang-c's parser, the lowering and dropping the AST
//! all recurse as deep as the input nests.

use crate::diagnostics::Diagnostic;
use crate::ir::Program;
use crate::lower::{CtEval, Lowerer};
use crate::source::Source;

/// Stack size of the compilation thread (virtual memory; only touched pages are committed).
pub const STACK_SIZE: usize = 1 << 30;

/// The result of compiling one translation unit.
pub struct Compiled {
    /// The rendered C, if there were no errors.
    pub output: Option<String>,
    pub diagnostics: Vec<Diagnostic>,
    /// Time spent in each phase (seconds): parse, lower, render.
    pub timings: [f64; 3],
}

/// Options of a compilation.
#[derive(Default)]
pub struct Options {
    /// Stop after this many errors.
    pub max_errors: Option<usize>,
}

/// Compiles preprocessed C. `ct` evaluates `@` calls (None: `@` is an error).
pub fn compile_source(src: &Source, opts: &Options, ct: Option<&mut (dyn CtEval + 'static)>) -> Compiled {
    let t0 = std::time::Instant::now();
    let parsed = crate::syntax::parse(&src.bytes);
    let t1 = std::time::Instant::now();
    let mut diags = Vec::new();
    let (pre, unit) = match parsed {
        Ok(p) => (p.pre, p.unit),
        Err((pre, e)) => {
            for se in &pre.errors {
                diags.push(Diagnostic::error(se.message.clone()).at(se.offset, 1));
            }
            let o = pre.map.to_orig(e.offset);
            let exp = summarize_expected(&e.expected);
            diags.push(Diagnostic::error(format!("syntax error: expected {exp}")).at(o, 1).label("unexpected token here"));
            return Compiled { output: None, diagnostics: diags, timings: [(t1 - t0).as_secs_f64(), 0.0, 0.0] };
        }
    };
    for se in &pre.errors {
        diags.push(Diagnostic::error(se.message.clone()).at(se.offset, 1));
    }
    let mut prog = Program::new();
    let (lower_diags, ok) = {
        let mut lw = Lowerer::new(&mut prog, &pre, &src.bytes);
        if let Some(m) = opts.max_errors {
            lw.max_errors = m;
        }
        lw.ct = ct.map(|c| c as &mut dyn CtEval);
        lw.lower_unit(&unit);
        let ok = lw.error_count() == 0;
        (std::mem::take(&mut lw.diags), ok)
    };
    diags.extend(lower_diags);
    drop(unit);
    let t2 = std::time::Instant::now();
    let ok = ok && !diags.iter().any(|d| d.is_error());
    let output = if ok { Some(crate::render::render(&mut prog, src.main_file_name())) } else { None };
    let t3 = std::time::Instant::now();
    Compiled {
        output,
        diagnostics: diags,
        timings: [(t1 - t0).as_secs_f64(), (t2 - t1).as_secs_f64(), (t3 - t2).as_secs_f64()],
    }
}

/// Runs `f` on a thread with a large stack.
pub fn with_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let h = std::thread::Builder::new().name("cir".into()).stack_size(STACK_SIZE).spawn(f);
    match h {
        Ok(h) => match h.join() {
            Ok(v) => v,
            Err(e) => std::panic::resume_unwind(e),
        },
        Err(_) => f_fallback(),
    }
}

fn f_fallback<T>() -> T {
    eprintln!("cir: cannot create the compilation thread");
    std::process::exit(2)
}

/// A readable summary of lang-c's expected-token set.
fn summarize_expected(exp: &[String]) -> String {
    let interesting: Vec<&String> = exp.iter().filter(|e| e.len() <= 3 || e.starts_with('<')).collect();
    let list: Vec<String> = interesting.iter().take(8).map(|s| format!("`{}`", s.trim_matches('\''))).collect();
    if list.is_empty() {
        return "a different token".into();
    }
    let more = if interesting.len() > 8 { ", ..." } else { "" };
    format!("one of {}{more}", list.join(", "))
}
