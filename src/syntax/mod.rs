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
        let mut bounds = vec![0];
        bounds.extend(chunk_starts.iter().copied().filter(|&b| b > 0 && b < text.len()));
        bounds.push(text.len());
        bounds.dedup();
        ChunkParser { text, bounds, next: 0, typedefs: std::collections::HashSet::new(), done: false }
    }

    fn parse_range(&self, start: usize, end: usize) -> Result<Chunk, SyntaxError> {
        // Declare the typedef names this chunk mentions.
        let body = &self.text[start..end];
        let mut used: Vec<&str> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for word in body.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '$')) {
            if !word.is_empty() && self.typedefs.contains(word) && seen.insert(word) {
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
        src.push_str(&self.text[start..end]);
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

    /// Records the typedef names a chunk declares at file scope.
    fn note_typedefs(&mut self, unit: &TranslationUnit) {
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
                    self.typedefs.insert(n.to_string());
                }
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
