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
    /// The program itself (with `Options::keep_program`, when there were no errors).
    pub program: Option<Program>,
    /// Maps the program's spans to offsets in the input (with the program).
    pub offsets: Option<crate::syntax::prescan::OffsetMap>,
}

/// Options of a compilation.
#[derive(Default)]
pub struct Options {
    /// Stop after this many errors.
    pub max_errors: Option<usize>,
    /// Parser threads (default: the available cores, at most 4).
    pub parse_threads: Option<usize>,
    /// Keep the program instead of rendering it (`cir run`).
    pub keep_program: bool,
    /// Write `#line` directives so gcc's diagnostics and the debugger's line table point at
    /// the original files and lines (`--line-directives`).
    pub line_directives: bool,
}

/// Compiles preprocessed C. `ct` evaluates `@` calls (None: `@` is an error).
///
/// The text is parsed in chunks on a second thread while this one lowers the chunks already
/// parsed (both stages take similar time, and only a few chunks' syntax trees are alive).
pub fn compile_source(src: &Source, opts: &Options, ct: Option<&mut (dyn CtEval + 'static)>) -> Compiled {
    let t0 = std::time::Instant::now();
    crate::api::reset();
    let pre = crate::syntax::prescan::prescan(&src.bytes);
    if std::env::var_os("CIR_TIME_DETAIL").is_some() {
        eprintln!("prescan {:.3}s", t0.elapsed().as_secs_f64());
    }
    let mut diags = Vec::new();
    for se in &pre.errors {
        diags.push(Diagnostic::error(se.message.clone()).at(se.offset, 1));
    }
    let text: std::sync::Arc<str> = if pre.fatal { "".into() } else { pre.text.as_str().into() };
    let chunks = if pre.fatal { Vec::new() } else { pre.chunks.clone() };
    let all_text = text.clone();
    // A small input (one chunk) is parsed on this thread; a large one on parser threads that
    // hand chunks over as they are ready.
    let single = chunks.is_empty();
    let (tx, rx) = std::sync::mpsc::sync_channel::<Result<crate::syntax::Chunk, crate::syntax::SyntaxError>>(if single {
        2
    } else {
        1
    });
    let parse_time = std::sync::Arc::new(std::sync::Mutex::new(0f64));
    let pt = parse_time.clone();
    let guesses = pre.typedef_guesses.clone();
    let workers = opts
        .parse_threads
        .or_else(|| std::env::var("CIR_PARSE_THREADS").ok().and_then(|s| s.parse().ok()))
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()).min(4));
    let parser = if single {
        for c in crate::syntax::ChunkParser::new(text, &chunks) {
            let _ = tx.send(c);
        }
        drop(tx);
        *pt.lock().unwrap_or_else(|e| e.into_inner()) = t0.elapsed().as_secs_f64();
        None
    } else {
        let chunks = chunks.clone();
        Some(std::thread::Builder::new().name("cir-parse".into()).spawn(move || {
            crate::syntax::parse_all(text, &chunks, &guesses, workers, STACK_SIZE, tx);
            *pt.lock().unwrap_or_else(|e| e.into_inner()) = t0.elapsed().as_secs_f64();
        }))
    };
    let mut prog = Program::new();
    // Size the tables for the input (measured on SQLite: about one statement per 40 bytes of
    // preprocessed text), so they are not copied over and over while growing.
    prog.stmts.reserve(src.bytes.len() / 40);
    prog.vars.reserve(src.bytes.len() / 80);
    let mut syntax_failed = false;
    let (lower_diags, ok) = {
        let mut lw = Lowerer::new(&mut prog, &pre, &src.bytes);
        if let Some(m) = opts.max_errors {
            lw.max_errors = m;
        }
        lw.ct = ct.map(|c| c as &mut dyn CtEval);
        lw.prerender = true;
        if opts.line_directives {
            lw.line_src = Some(src);
        }
        // Syntax trees are freed on a helper thread (freeing a chunk's tree is recursive and
        // takes a noticeable share of this thread's time).
        let (drop_tx, drop_rx) = std::sync::mpsc::channel::<crate::syntax::Chunk>();
        let dropper = if single {
            None
        } else {
            std::thread::Builder::new().name("cir-free".into()).stack_size(STACK_SIZE).spawn(move || for c in drop_rx { drop(c) }).ok()
        };
        let mut waited = std::time::Duration::ZERO;
        let mut rx = Some(rx);
        // After a top-level `@` call declared typedef names, the rest is parsed again here.
        let mut reparse: Option<crate::syntax::ChunkParser> = None;
        let mut lowered = 0usize;
        loop {
            let w0 = std::time::Instant::now();
            let chunk = match (&mut reparse, &rx) {
                (Some(p), _) => p.next(),
                (None, Some(rx)) => rx.recv().ok(),
                (None, None) => None,
            };
            let Some(chunk) = chunk else { break };
            waited += w0.elapsed();
            match chunk {
                Ok(c) => {
                    if !syntax_failed {
                        lw.lower_chunk(&c.unit, c.base);
                    }
                    lowered += 1;
                    if !lw.injected_typedefs.is_empty() {
                        lw.injected_typedefs.clear();
                        // Stop the parser thread (its sends fail) and parse what follows with
                        // the new names.
                        rx = None;
                        reparse = Some(crate::syntax::ChunkParser::resume_at(all_text.clone(), &chunks, lowered, lw.file_typedef_names()));
                    }
                    if dropper.is_some() {
                        let _ = drop_tx.send(c);
                    }
                }
                Err(e) => {
                    syntax_failed = true;
                    // An error the pre-scan found (bad number, misplaced `@`) usually explains
                    // the parse failure; otherwise describe the syntax error.
                    if pre.errors.is_empty() {
                        lw.diags.push(syntax_diagnostic(&pre, &e));
                    }
                }
            }
        }
        if std::env::var_os("CIR_TIME_DETAIL").is_some() {
            eprintln!("lowering waited {:.3}s for the parser", waited.as_secs_f64());
        }
        drop(drop_tx);
        if let Some(h) = dropper {
            let _ = h.join();
        }
        if !syntax_failed {
            lw.finish_unit();
        }
        let ok = lw.error_count() == 0;
        (std::mem::take(&mut lw.diags), ok)
    };
    match parser {
        None => {}
        Some(Ok(h)) => {
            if let Err(p) = h.join() {
                std::panic::resume_unwind(p);
            }
        }
        Some(Err(_)) => diags.push(Diagnostic::error("cannot create the parser thread")),
    }
    diags.extend(lower_diags);
    let t2 = std::time::Instant::now();
    let parse_secs = *parse_time.lock().unwrap_or_else(|e| e.into_inner());
    if std::env::var_os("CIR_TIME_DETAIL").is_some() {
        eprintln!(
            "ir: {} stmts ({} B each), {} vars ({} B), {} types, {} codes; value {} B",
            prog.stmts.len(),
            std::mem::size_of::<crate::ir::StmtData>(),
            prog.vars.len(),
            std::mem::size_of::<crate::ir::VarData>(),
            prog.types.len(),
            prog.codes.len(),
            std::mem::size_of::<crate::ir::Value>()
        );
    }
    let ok = ok && !syntax_failed && !pre.fatal && !diags.iter().any(|d| d.is_error());
    let lines = opts.line_directives.then_some(crate::render::LineMap { src, map: &pre.map });
    let output = if ok && !opts.keep_program { Some(crate::render::render(&mut prog, src.main_file_name(), lines)) } else { None };
    let t3 = std::time::Instant::now();
    Compiled {
        program: if ok && opts.keep_program { Some(prog) } else { None },
        offsets: if ok && opts.keep_program { Some(pre.map.clone()) } else { None },
        output,
        diagnostics: diags,
        timings: [parse_secs, (t2 - t0).as_secs_f64() - parse_secs.min((t2 - t0).as_secs_f64()), (t3 - t2).as_secs_f64()],
    }
}

/// Runs `f` on a thread with a large stack. A panic (a bug in cir) is returned as its message.
pub fn with_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> Result<T, String> {
    let h = std::thread::Builder::new().name("cir".into()).stack_size(STACK_SIZE).spawn(f);
    match h {
        Ok(h) => h.join().map_err(|e| {
            e.downcast_ref::<String>()
                .cloned()
                .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "unknown panic".into())
        }),
        Err(e) => Err(format!("cannot create the compilation thread: {e}")),
    }
}

/// lang-c writes expected tokens as `'x'`; this is `x`.
fn unquote(s: &str) -> &str {
    if s.len() >= 3 && s.starts_with('\'') && s.ends_with('\'') { &s[1..s.len() - 1] } else { s }
}

const KEYWORDS: &[&str] = &[
    "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else", "enum", "extern", "float",
    "for", "goto", "if", "inline", "int", "long", "register", "restrict", "return", "short", "signed", "sizeof",
    "static", "struct", "switch", "typedef", "union", "unsigned", "void", "volatile", "while", "_Bool", "_Complex",
    "_Atomic", "_Alignas", "_Alignof", "_Generic", "_Noreturn", "_Static_assert", "_Thread_local", "__attribute__",
    "__asm__", "asm", "__extension__", "typeof", "__typeof__",
];

/// A token of the rewritten text at `at` (skipping blanks and `#` lines): (start, end).
fn token_at(text: &[u8], mut at: usize) -> Option<(usize, usize)> {
    loop {
        while at < text.len() && text[at].is_ascii_whitespace() {
            at += 1;
        }
        if at < text.len() && text[at] == b'#' && (at == 0 || text[at - 1] == b'\n') {
            while at < text.len() && text[at] != b'\n' {
                at += 1;
            }
            continue;
        }
        break;
    }
    if at >= text.len() {
        return None;
    }
    let c = text[at];
    let end = if c.is_ascii_alphanumeric() || c == b'_' {
        let mut e = at;
        while e < text.len() && (text[e].is_ascii_alphanumeric() || text[e] == b'_') {
            e += 1;
        }
        e
    } else {
        at + 1
    };
    Some((at, end))
}

/// The token ending just before `at`: (start, end).
fn token_before(text: &[u8], at: usize) -> Option<(usize, usize)> {
    let mut e = at.min(text.len());
    loop {
        while e > 0 && text[e - 1].is_ascii_whitespace() {
            e -= 1;
        }
        // Skip a `#` line we may have landed at the end of.
        let ls = text[..e].iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
        if e > 0 && text.get(ls) == Some(&b'#') {
            e = ls;
            continue;
        }
        break;
    }
    if e == 0 {
        return None;
    }
    let c = text[e - 1];
    let start = if c.is_ascii_alphanumeric() || c == b'_' {
        let mut s = e;
        while s > 0 && (text[s - 1].is_ascii_alphanumeric() || text[s - 1] == b'_') {
            s -= 1;
        }
        s
    } else {
        e - 1
    };
    Some((start, e))
}

/// Whether a line break separates two offsets.
fn newline_between(text: &[u8], a: usize, b: usize) -> bool {
    a <= b && text[a..b].contains(&b'\n')
}

fn is_ident(t: &[u8]) -> bool {
    !t.is_empty()
        && (t[0].is_ascii_alphabetic() || t[0] == b'_')
        && !KEYWORDS.contains(&std::str::from_utf8(t).unwrap_or(""))
}

/// A diagnostic for a lang-c syntax error, phrased like a C compiler would.
fn syntax_diagnostic(pre: &crate::syntax::Prescanned, e: &crate::syntax::SyntaxError) -> Diagnostic {
    let text = pre.text.as_bytes();
    let expected: Vec<&str> = e.expected.iter().map(|s| unquote(s)).collect();
    let at = |s: usize, len: usize| (pre.map.to_orig(s), len.max(1));
    let tok = token_at(text, e.offset);
    let prev = token_before(text, tok.map_or(e.offset, |t| t.0));
    let tok_text = tok.map(|(s, e)| &text[s..e]).unwrap_or(b"");
    let prev_text = prev.map(|(s, e)| &text[s..e]).unwrap_or(b"");
    let show = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    // `T x` where T is not a type: an unknown type name.
    if is_ident(prev_text) && is_ident(tok_text) {
        let (o, l) = at(prev.unwrap().0, prev_text.len());
        return Diagnostic::error(format!("unknown type name `{}`", show(prev_text))).at(o, l);
    }
    if is_ident(tok_text) {
        if let Some(next) = tok.and_then(|t| token_at(text, t.1)) {
            let nt = &text[next.0..next.1];
            if is_ident(nt) || nt == b"*" && expected.contains(&"<typedef_name>") {
                let (o, l) = at(tok.unwrap().0, tok_text.len());
                return Diagnostic::error(format!("unknown type name `{}`", show(tok_text))).at(o, l);
            }
        }
    }
    // `T *p` in a parameter list where T is not a type.
    if is_ident(prev_text) && tok_text == b"*" {
        if let Some(next) = tok.and_then(|t| token_at(text, t.1)) {
            if is_ident(&text[next.0..next.1]) {
                let (o, l) = at(prev.unwrap().0, prev_text.len());
                return Diagnostic::error(format!("unknown type name `{}`", show(prev_text))).at(o, l);
            }
        }
    }
    if tok_text == b"else" {
        let (o, l) = at(tok.unwrap().0, 4);
        return Diagnostic::error("`else` without a previous `if`").at(o, l);
    }
    if prev_text == b"else" {
        let (o, l) = at(prev.unwrap().0, 4);
        return Diagnostic::error("`else` without a previous `if`").at(o, l);
    }
    // `struct S { ... }` followed by a declaration on the next line: the `;` is missing.
    if let Some((ps, _)) = prev {
        if let Some((qs, qe)) = token_before(text, ps) {
            if &text[qs..qe] == b"}" && !is_ident(prev_text) && prev_text != b";" && newline_between(text, qe, ps) {
                let (o, _) = at(qs, 1);
                return Diagnostic::error("expected `;` after `}`").at(o, 1).label("expected `;` after this");
            }
        }
    }
    let new_line = prev.zip(tok).is_some_and(|(p, t)| newline_between(text, p.1, t.0));
    let after_block = matches!(prev_text, b"}" | b";" | b"{");
    if expected.contains(&";") && tok_text != b";" && !after_block && (new_line || tok.is_none()) {
        if let Some((_, pe)) = prev {
            let (o, _) = at(pe.saturating_sub(1), 1);
            let found = if tok.is_some() { format!("before `{}`", show(tok_text)) } else { "at end of input".into() };
            return Diagnostic::error(format!("expected `;` {found}")).at(o, 1).label("expected `;` after this");
        }
    }
    // A missing closing bracket before the end of the statement.
    for close in [")", "]"] {
        if expected.contains(&close) && matches!(tok_text, b";" | b"{" | b"}") {
            let (o, l) = at(tok.unwrap().0, 1);
            return Diagnostic::error(format!("expected `{close}` before `{}`", show(tok_text))).at(o, l);
        }
    }
    let mut list: Vec<&str> = expected.iter().copied().filter(|x| x.len() <= 3 || x.starts_with('<')).collect();
    list.sort();
    if list.len() == 1 && tok.is_some() {
        let (o, l) = at(tok.unwrap().0, tok_text.len());
        return Diagnostic::error(format!("expected `{}` before `{}`", list[0], show(tok_text))).at(o, l);
    }
    let shown: Vec<String> = list.iter().take(10).map(|s| format!("`{s}`")).collect();
    let more = if list.len() > 10 { ", ..." } else { "" };
    let what = match tok {
        Some(_) => format!("syntax error: unexpected `{}`", show(tok_text)),
        None => "syntax error: unexpected end of input".to_string(),
    };
    let (o, l) = match tok {
        Some((s, _)) => at(s, tok_text.len()),
        None => at(text.len().saturating_sub(1), 1),
    };
    let mut d = Diagnostic::error(what).at(o, l);
    if !shown.is_empty() {
        d = d.note(format!("expected one of {}{more}", shown.join(", ")));
    }
    d
}

/// The system C compiler (see `system_compiler`) as a command ready for arguments, and its name.
pub fn c_compiler() -> (std::process::Command, String) {
    let words = system_compiler();
    let mut cmd = std::process::Command::new(&words[0]);
    cmd.args(&words[1..]);
    (cmd, words[0].clone())
}

/// The system C compiler as words: `CIR_CC`, else `CC` unless it names cir itself (`make
/// CC="cir cc"` puts that in the environment of the commands it runs, where it would make cir
/// call itself), else `cc`.
pub fn system_compiler() -> Vec<String> {
    let words = |v: &str| -> Option<Vec<String>> {
        let w: Vec<String> = std::env::var(v).ok()?.split_whitespace().map(String::from).collect();
        (!w.is_empty()).then_some(w)
    };
    let is_cir = |w: &Vec<String>| {
        w.iter().any(|x| matches!(std::path::Path::new(x).file_name().and_then(|f| f.to_str()), Some("cir" | "cir-cc")))
    };
    words("CIR_CC").or_else(|| words("CC").filter(|w| !is_cir(w))).unwrap_or_else(|| vec!["cc".into()])
}
