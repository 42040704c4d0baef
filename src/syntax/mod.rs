//! Parsing: the pre-scan (`prescan.rs`) and the call into lang-c.
//!
//! **Architecture Invariant:** this is the only module besides `lower/` that touches lang-c
//! types, and the only one that calls lang-c's parser. Callers run it on a thread with a large
//! stack (lang-c's PEG parser recurses deeply).

pub mod prescan;

use lang_c::ast::TranslationUnit;
use lang_c::driver::{Config, Flavor, parse_preprocessed};

pub use prescan::{Mark, Prescanned};

/// A parsed translation unit plus what the pre-scan recorded.
pub struct Parsed {
    pub pre: Prescanned,
    pub unit: TranslationUnit,
}

/// A syntax error at an offset in the rewritten text.
#[derive(Debug, Clone)]
pub struct SyntaxError {
    pub offset: usize,
    pub expected: Vec<String>,
}

fn config() -> Config {
    Config { cpp_command: String::new(), cpp_options: Vec::new(), flavor: Flavor::GnuC11 }
}

/// Pre-scans and parses preprocessed C.
pub fn parse(input: &[u8]) -> Result<Parsed, (Prescanned, SyntaxError)> {
    let mut pre = prescan::prescan(input);
    let text = std::mem::take(&mut pre.text);
    match parse_preprocessed(&config(), text) {
        Ok(p) => {
            pre.text = p.source;
            Ok(Parsed { pre, unit: p.unit })
        }
        Err(e) => {
            let mut expected: Vec<String> = e.expected.iter().map(|s| s.to_string()).collect();
            expected.sort();
            pre.text = e.source;
            Err((pre, SyntaxError { offset: e.offset, expected }))
        }
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
