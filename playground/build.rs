//! Embeds the page (`static/`), the examples (the repository's `examples/*.c`, with the data
//! files they read, `examples/*.txt`, and the playground's own `examples/*.c`) in the binary, so
//! it serves them wherever it runs. Missing directories embed nothing.

use std::fmt::Write;
use std::path::{Path, PathBuf};

fn main() {
    let here = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap());
    let repo_examples = here.join("../examples");
    let own_examples = here.join("examples");
    let static_dir = here.join("static");
    for d in [&repo_examples, &own_examples, &static_dir] {
        println!("cargo::rerun-if-changed={}", d.display());
    }
    let mut out = String::new();
    let mut files = Vec::new();
    collect(&static_dir, Path::new(""), &mut files);
    list(&mut out, "STATIC_FILES", &files);
    let examples: Vec<_> = [&repo_examples, &own_examples].iter().flat_map(|d| top_level(d, "c")).collect();
    list(&mut out, "EXAMPLE_FILES", &examples);
    list(&mut out, "DATA_FILES", &top_level(&repo_examples, "txt"));
    let dest = PathBuf::from(std::env::var_os("OUT_DIR").unwrap()).join("embedded.rs");
    std::fs::write(dest, out).unwrap();
}

/// `(name, path)` of the files directly in `dir` ending in `.ext`, sorted.
fn top_level(dir: &Path, ext: &str) -> Vec<(String, PathBuf)> {
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == ext))
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), p))
        .collect();
    v.sort();
    v
}

/// Every file under `dir` (recursively), named by its path relative to the top.
fn collect(dir: &Path, rel: &Path, out: &mut Vec<(String, PathBuf)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).into_iter().flatten().flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        let name = rel.join(p.file_name().unwrap());
        if p.is_dir() {
            collect(&p, &name, out);
        } else if p.is_file() && !p.file_name().unwrap().to_string_lossy().starts_with('.') {
            out.push((name.to_string_lossy().into_owned(), p));
        }
    }
}

fn list(out: &mut String, name: &str, files: &[(String, PathBuf)]) {
    writeln!(out, "pub static {name}: &[(&str, &[u8])] = &[").unwrap();
    for (n, p) in files {
        let p = p.canonicalize().unwrap();
        writeln!(out, "    ({n:?}, include_bytes!({:?})),", p.display().to_string()).unwrap();
    }
    writeln!(out, "];").unwrap();
}
