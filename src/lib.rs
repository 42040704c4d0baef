//! cir: a C source-to-source compiler with a compile-time JIT.
//!
//! The pipeline (cir-language.md §1):
//!
//! 1. `source` — the preprocessed input and its linemarker index (offset → original file:line);
//! 2. `syntax` — the same-length pre-scan (`@`, `__typeval`, GNU constructs lang-c lacks) and the
//!    lang-c parse;
//! 3. `lower` — lang-c's AST → the flat IR (`ir`), in source order, running `@` calls;
//! 4. `render` — the IR → C that gcc compiles to a program with the same behaviour.
//!
//! `driver` runs one compilation; `diagnostics` renders errors at the user's original lines;
//! `jit` compiles and runs compile-time code (`@` calls, `cir run`); `api` is `cir.h`.
#![deny(unsafe_code)]

pub mod api;
pub mod depfile;
pub mod diagnostics;
pub mod driver;
pub mod ir;
pub mod jit;
pub mod lower;
pub mod render;
pub mod source;
pub mod syntax;

/// The contents of `include/cir.h`, embedded so `--include-dir` works after `cargo install`.
pub const CIR_H: &str = include_str!("../include/cir.h");

/// All headers of the include directory (`cir.h` and the original's helper headers).
pub const HEADERS: &[(&str, &str)] =
    &[("cir.h", CIR_H), ("cirm.h", include_str!("../include/cirm.h")), ("cirq.h", include_str!("../include/cirq.h"))];
