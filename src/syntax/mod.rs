//! Parsing: the pre-scan (`prescan.rs`) and the calls into lang-c.
//!
//! The rewritten text is parsed in chunks split between top-level declarations (the pre-scan
//! finds the split points), so the lowering can run on one chunk while the next is parsed and
//! each chunk's syntax tree is dropped once lowered. lang-c keeps its own table of typedef
//! names, so each chunk is preceded by a prelude declaring the typedef names of the chunks
//! before it (`typedef int NAME;` is enough for parsing; the lowering resolves names itself).
//!
//! **Architecture Invariant:** this is the only module besides `lower/` that touches lang-c
//! types, and the only one that calls lang-c's parser. Callers run it on a thread with a large
//! stack (lang-c's PEG parser recurses deeply).

pub mod prescan;

use std::sync::Arc;

use lang_c::ast::{self, TranslationUnit};
use lang_c::driver::{Config, Flavor, parse_preprocessed};
use lang_c::span::Node;

pub use prescan::{Mark, Prescanned};

/// A syntax error at an offset in the rewritten text.
#[derive(Debug, Clone)]
pub struct SyntaxError {
    pub offset: usize,
    pub expected: Vec<String>,
}

/// A parsed chunk. Node offsets plus `base` are offsets in the whole rewritten text.
pub struct Chunk {
    pub unit: TranslationUnit,
    pub base: isize,
}

fn config() -> Config {
    Config { cpp_command: String::new(), cpp_options: Vec::new(), flavor: Flavor::GnuC11 }
}

/// Parses chunks of the rewritten text in order.
pub struct ChunkParser {
    text: Arc<str>,
    bounds: Vec<usize>,
    /// Index of the next chunk.
    next: usize,
    /// File-scope typedef names seen so far.
    typedefs: std::collections::HashSet<String>,
    done: bool,
}

impl ChunkParser {
    pub fn new(text: Arc<str>, chunk_starts: &[usize]) -> ChunkParser {
        let bounds = chunk_bounds(&text, chunk_starts);
        ChunkParser { text, bounds, next: 0, typedefs: std::collections::HashSet::new(), done: false }
    }

    /// A parser resuming at chunk `next` of `chunk_starts` (as given to `new`), knowing the
    /// typedef names `typedefs` (used after a compile-time call declared new ones).
    pub fn resume_at(text: Arc<str>, chunk_starts: &[usize], next: usize, typedefs: std::collections::HashSet<String>) -> ChunkParser {
        let bounds = chunk_bounds(&text, chunk_starts);
        ChunkParser::resume(text, bounds, next, typedefs)
    }

    /// A parser resuming at chunk `next` with the typedef names of the chunks before it.
    fn resume(text: Arc<str>, bounds: Vec<usize>, next: usize, typedefs: std::collections::HashSet<String>) -> ChunkParser {
        ChunkParser { text, bounds, next, typedefs, done: false }
    }

    fn parse_range(&self, start: usize, end: usize) -> Result<Chunk, SyntaxError> {
        parse_range(&self.text, start, end, &self.typedefs)
    }

    /// Records the typedef names a chunk declares at file scope.
    fn note_typedefs(&mut self, unit: &TranslationUnit) {
        self.typedefs.extend(declared_typedefs(unit));
    }
}

/// The chunk boundaries: 0, the split points, the end.
fn chunk_bounds(text: &str, chunk_starts: &[usize]) -> Vec<usize> {
    let mut bounds = vec![0];
    bounds.extend(chunk_starts.iter().copied().filter(|&b| b > 0 && b < text.len()));
    bounds.push(text.len());
    bounds.dedup();
    bounds
}

/// The file-scope typedef names a parsed chunk declares.
fn declared_typedefs(unit: &TranslationUnit) -> Vec<String> {
    let mut v = Vec::new();
    for ext in &unit.0 {
        let ast::ExternalDeclaration::Declaration(d) = &ext.node else { continue };
        let is_typedef = d.node.specifiers.iter().any(|s| {
            matches!(&s.node, ast::DeclarationSpecifier::StorageClass(sc) if sc.node == ast::StorageClassSpecifier::Typedef)
        });
        if !is_typedef {
            continue;
        }
        for idcl in &d.node.declarators {
            if let Some(n) = declarator_name(&idcl.node.declarator) {
                v.push(n.to_string());
            }
        }
    }
    v
}

/// Parses `text[start..end]` after a prelude declaring the names of `typedefs` it mentions.
fn parse_range(text: &str, start: usize, end: usize, typedefs: &std::collections::HashSet<String>) -> Result<Chunk, SyntaxError> {
    {
        // Declare the typedef names this chunk mentions.
        let body = &text[start..end];
        let mut used: Vec<&str> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for word in body.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '$')) {
            if !word.is_empty() && typedefs.contains(word) && seen.insert(word) {
                used.push(word);
            }
        }
        let mut src = String::with_capacity(body.len() + used.len() * 24);
        for n in &used {
            src.push_str("typedef int ");
            src.push_str(n);
            src.push_str(";\n");
        }
        let prelude = src.len();
        let skip = used.len();
        src.push_str(&text[start..end]);
        let base = start as isize - prelude as isize;
        match parse_preprocessed(&config(), src) {
            Ok(p) => {
                // Drop the prelude's declarations.
                let mut unit = p.unit;
                unit.0.drain(..skip.min(unit.0.len()));
                Ok(Chunk { unit, base })
            }
            Err(e) => {
                let mut expected: Vec<String> = e.expected.iter().map(|s| s.to_string()).collect();
                expected.sort();
                let off = (e.offset as isize + base).clamp(start as isize, end as isize) as usize;
                Err(SyntaxError { offset: off, expected })
            }
        }
    }

}

impl Iterator for ChunkParser {
    type Item = Result<Chunk, SyntaxError>;
    fn next(&mut self) -> Option<Self::Item> {
        if self.done || self.next + 1 >= self.bounds.len() {
            return None;
        }
        let (start, end) = (self.bounds[self.next], self.bounds[self.next + 1]);
        let r = match self.parse_range(start, end) {
            Ok(c) => {
                self.next += 1;
                Ok(c)
            }
            Err(first) => {
                // The split may have been wrong: parse the rest in one piece.
                let last = *self.bounds.last().unwrap();
                if end == last {
                    self.done = true;
                    Err(first)
                } else {
                    self.next = self.bounds.len() - 1;
                    match self.parse_range(start, last) {
                        Ok(c) => Ok(c),
                        Err(e) => {
                            self.done = true;
                            Err(e)
                        }
                    }
                }
            }
        };
        if let Ok(c) = &r {
            self.note_typedefs(&c.unit);
        }
        Some(r)
    }
}

/// The identifier a declarator declares.
fn declarator_name(d: &Node<ast::Declarator>) -> Option<&str> {
    match &d.node.kind.node {
        ast::DeclaratorKind::Identifier(id) => Some(&id.node.name),
        ast::DeclaratorKind::Declarator(inner) => declarator_name(inner),
        ast::DeclaratorKind::Abstract => None,
    }
}

/// Parses a small piece of C (an attribute or alignment argument that the pre-scan moved
/// out of lang-c's way) as a translation unit. `typedef_names` are declared first so the
/// snippet can use them; spans in the result are relative to the returned prefix length.
pub fn parse_snippet(body: &str, typedef_names: &[String]) -> Option<(TranslationUnit, usize)> {
    let mut text = String::new();
    for n in typedef_names {
        text.push_str("typedef int ");
        text.push_str(n);
        text.push_str(";\n");
    }
    let prefix = text.len();
    text.push_str(body);
    parse_preprocessed(&config(), text).ok().map(|p| (p.unit, prefix))
}

/// Parses C text written by compile-time code (quasi-quotation): the whole text as a
/// translation unit. On a syntax error: its offset in `text` and the expected tokens.
pub fn parse_text(text: String) -> Result<TranslationUnit, (usize, Vec<String>)> {
    match parse_preprocessed(&config(), text) {
        Ok(p) => Ok(p.unit),
        Err(e) => {
            let mut expected: Vec<String> = e.expected.iter().map(|s| s.to_string()).collect();
            expected.sort();
            Err((e.offset, expected))
        }
    }
}

/// Parses all chunks with `workers` threads and sends them, in order, to `out`.
///
/// Each chunk is parsed with the typedef names the pre-scan *guessed* for the chunks before it;
/// when a chunk is taken in order, the typedef names its syntax tree actually declares are
/// compared with the guesses for it. On any difference (or a syntax error) the remaining
/// chunks are parsed again one by one with the exact names, so a wrong guess costs time but
/// never changes the result.
pub fn parse_all(
    text: Arc<str>,
    chunk_starts: &[usize],
    guesses: &[(usize, Vec<String>)],
    workers: usize,
    stack_size: usize,
    out: std::sync::mpsc::SyncSender<Result<Chunk, SyntaxError>>,
) {
    use std::collections::{BTreeMap, HashSet};
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    use std::sync::{Condvar, Mutex};

    let bounds = chunk_bounds(&text, chunk_starts);
    let n = bounds.len() - 1;
    // Guessed names declared before each chunk, and in each chunk.
    let mut before: Vec<HashSet<String>> = Vec::with_capacity(n);
    let mut within: Vec<HashSet<String>> = vec![HashSet::new(); n];
    let mut acc: HashSet<String> = HashSet::new();
    let mut gi = 0;
    for k in 0..n {
        before.push(acc.clone());
        while gi < guesses.len() && guesses[gi].0 < bounds[k + 1] {
            for name in &guesses[gi].1 {
                within[k].insert(name.clone());
                acc.insert(name.clone());
            }
            gi += 1;
        }
    }
    const AHEAD: usize = 6;
    let next = AtomicUsize::new(0);
    let abort = AtomicBool::new(false);
    let consumed = (Mutex::new(0usize), Condvar::new());
    let (rtx, rrx) = std::sync::mpsc::channel::<(usize, Result<Chunk, SyntaxError>, Vec<String>)>();
    let mut exact: HashSet<String> = HashSet::new();
    let mut fallback_from: Option<usize> = None;
    std::thread::scope(|s| {
        for w in 0..workers.max(1) {
            let rtx = rtx.clone();
            let (text, bounds, before, next, abort, consumed) = (&text, &bounds, &before, &next, &abort, &consumed);
            let spawned = std::thread::Builder::new()
                .name(format!("cir-parse-{w}"))
                .stack_size(stack_size)
                .spawn_scoped(s, move || {
                    loop {
                        let k = next.fetch_add(1, Ordering::SeqCst);
                        if k >= n || abort.load(Ordering::SeqCst) {
                            break;
                        }
                        // Do not run too far ahead of the consumer.
                        {
                            let (m, cv) = consumed;
                            let mut g = m.lock().unwrap_or_else(|e| e.into_inner());
                            while k > *g + AHEAD && !abort.load(Ordering::SeqCst) {
                                g = cv.wait(g).unwrap_or_else(|e| e.into_inner());
                            }
                        }
                        if abort.load(Ordering::SeqCst) {
                            break;
                        }
                        let r = parse_range(text, bounds[k], bounds[k + 1], &before[k]);
                        let declared = match &r {
                            Ok(c) => declared_typedefs(&c.unit),
                            Err(_) => Vec::new(),
                        };
                        if rtx.send((k, r, declared)).is_err() {
                            break;
                        }
                    }
                });
            if spawned.is_err() {
                abort.store(true, Ordering::SeqCst);
            }
        }
        drop(rtx);
        let mut pending: BTreeMap<usize, (Result<Chunk, SyntaxError>, Vec<String>)> = BTreeMap::new();
        let mut expected = 0usize;
        while expected < n && fallback_from.is_none() {
            let Ok((k, r, declared)) = rrx.recv() else {
                fallback_from = Some(expected);
                break;
            };
            pending.insert(k, (r, declared));
            while let Some((r, declared)) = pending.remove(&expected) {
                match r {
                    Ok(c) => {
                        let got: HashSet<String> = declared.into_iter().collect();
                        let guessed_right = got == within[expected];
                        if !guessed_right && std::env::var_os("CIR_TIME_DETAIL").is_some() {
                            let missing: Vec<&String> = got.difference(&within[expected]).take(5).collect();
                            let extra: Vec<&String> = within[expected].difference(&got).take(5).collect();
                            eprintln!("typedef guess for chunk {expected}: missing {missing:?}, extra {extra:?}");
                        }
                        exact.extend(got);
                        if out.send(Ok(c)).is_err() {
                            fallback_from = Some(n);
                            break;
                        }
                        expected += 1;
                        {
                            let (m, cv) = &consumed;
                            *m.lock().unwrap_or_else(|e| e.into_inner()) = expected;
                            cv.notify_all();
                        }
                        if !guessed_right {
                            fallback_from = Some(expected);
                            break;
                        }
                    }
                    Err(_) => {
                        // Maybe a wrong guess: parse again with the exact names.
                        fallback_from = Some(expected);
                        break;
                    }
                }
            }
        }
        abort.store(true, Ordering::SeqCst);
        let (_, cv) = &consumed;
        cv.notify_all();
        // Drain so workers blocked on sending can finish.
        while rrx.recv().is_ok() {}
    });
    if std::env::var_os("CIR_TIME_DETAIL").is_some() {
        eprintln!("parse: {n} chunks, speculation {}", match fallback_from {
            Some(k) if k < n => format!("stopped at chunk {k}"),
            _ => "held".into(),
        });
    }
    if let Some(k) = fallback_from {
        if k < n {
            for c in ChunkParser::resume(text, bounds, k, exact) {
                let failed = c.is_err();
                if out.send(c).is_err() || failed {
                    break;
                }
            }
        }
    }
}
