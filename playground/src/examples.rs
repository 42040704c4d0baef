//! The examples the page offers and the libraries a request may load: the repository's
//! `examples/*.c` and the playground's own `playground/examples/*.c` (embedded at build time),
//! with ids, titles and the libraries each needs.

use serde::Serialize;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}
pub use embedded::{DATA_FILES, STATIC_FILES};

/// A library compile-time code may load (`cir -l SONAME`), also linked into the program.
#[derive(Debug, Clone, Copy)]
pub struct Lib {
    pub id: &'static str,
    pub soname: &'static str,
    /// gcc's option for the program.
    pub link: &'static str,
}

/// The allow-list: any other library id in a request is refused.
pub const LIBS: &[Lib] =
    &[Lib { id: "z", soname: "libz.so.1", link: "-lz" }, Lib { id: "m", soname: "libm.so.6", link: "-lm" }];

pub fn lib(id: &str) -> Option<&'static Lib> {
    LIBS.iter().find(|l| l.id == id)
}

impl Lib {
    pub fn label(&self) -> String {
        let name = if self.id == "z" { "zlib" } else { "libm" };
        format!("{name} ({})", self.soname)
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Example {
    pub id: String,
    pub title: String,
    pub source: String,
    pub libs: Vec<String>,
}

/// Ids that differ from the file name. The page opens on `fib`, which must show `@fib(20)`
/// becoming 6765: that is `examples/fib_at.c`; the run-time-only `examples/fib.c` yields it.
const RENAMED: &[(&str, &str)] = &[("fib_at.c", "fib"), ("fib.c", "fib_runtime")];

/// Shown first, in this order; the rest follow by file name.
const FIRST: &[&str] = &["fib", "hello_run", "error"];

/// All examples.
pub fn all() -> Vec<Example> {
    let mut v: Vec<Example> = embedded::EXAMPLE_FILES
        .iter()
        .map(|(file, bytes)| {
            let source = String::from_utf8_lossy(bytes).into_owned();
            let stem = file.strip_suffix(".c").unwrap_or(file);
            let id = RENAMED.iter().find(|(f, _)| f == file).map_or(stem, |(_, id)| id).to_string();
            Example { title: title(&source).unwrap_or_else(|| file.to_string()), libs: libs_needed(&source), id, source }
        })
        .collect();
    v.sort_by_key(|e| FIRST.iter().position(|f| *f == e.id).unwrap_or(FIRST.len()));
    v
}

/// The first sentence of the first comment that is not a test annotation (`// out: ...`),
/// shortened to about 80 characters.
fn title(source: &str) -> Option<String> {
    let mut text = String::new();
    let mut in_block = false;
    for line in source.lines() {
        let t = line.trim();
        let body = if in_block {
            t
        } else if let Some(rest) = t.strip_prefix("/*") {
            in_block = true;
            rest
        } else if let Some(rest) = t.strip_prefix("//") {
            if is_annotation(rest) {
                continue;
            }
            rest
        } else if text.is_empty() {
            continue;
        } else {
            break;
        };
        let (body, ends) = match body.find("*/") {
            Some(i) => (&body[..i], true),
            None => (body, false),
        };
        let body = body.trim_start_matches('*').trim();
        if body.is_empty() && !text.is_empty() {
            break; // end of the first paragraph
        }
        if !body.is_empty() {
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(body);
        }
        if ends {
            if !text.is_empty() {
                break;
            }
            in_block = false;
        }
    }
    let sentence = match text.find(". ") {
        Some(i) => &text[..i],
        None => text.trim_end_matches('.'),
    };
    let sentence = sentence.trim_end_matches(':').trim();
    if sentence.is_empty() {
        return None;
    }
    if sentence.chars().count() <= 80 {
        return Some(sentence.to_string());
    }
    let cut: String = sentence.chars().take(80).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    Some(format!("{}…", cut.trim_end_matches([',', ':', ';'])))
}

/// The examples' test annotations (`// out: ...`, `// rendered: ...`, `// cir-flags: ...`).
fn is_annotation(comment: &str) -> bool {
    let c = comment.trim_start();
    c.split_once(':').is_some_and(|(k, _)| !k.is_empty() && k.chars().all(|ch| ch.is_ascii_lowercase() || ch == '-'))
}

/// The libraries an example needs: zlib when it includes `<zlib.h>`; any allowed library its
/// `// cir-flags:` line loads.
fn libs_needed(source: &str) -> Vec<String> {
    let mut libs: Vec<String> = Vec::new();
    let mut add = |id: &str| {
        if !libs.iter().any(|l| l == id) {
            libs.push(id.to_string());
        }
    };
    for line in source.lines() {
        let t = line.trim();
        if t.starts_with('#') && t.contains("include") && t.contains("<zlib.h>") {
            add("z");
        }
        if let Some(flags) = t.strip_prefix("// cir-flags:") {
            for l in LIBS {
                if flags.split_whitespace().any(|f| f == format!("-l{}", l.soname) || f == format!("-llib{}.so", l.id)) {
                    add(l.id);
                }
            }
        }
    }
    libs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles() {
        assert_eq!(title("/* Seed example 4: inspect the code.\n *\n * More. */\nint x;").as_deref(), Some("Seed example 4: inspect the code"));
        assert_eq!(title("// out: 1\n// A tiny thing. More\nint x;").as_deref(), Some("A tiny thing"));
        assert_eq!(title("#include <stdio.h>\nint main(void) { return 0; }"), None);
        let long = title(&format!("/* {} */", "word ".repeat(40))).unwrap();
        assert!(long.ends_with('…') && long.chars().count() <= 81, "{long}");
    }

    #[test]
    fn the_examples() {
        let all = all();
        let ids: Vec<&str> = all.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(&ids[..3], ["fib", "hello_run", "error"]);
        assert!(ids.contains(&"fib_runtime") && ids.contains(&"zlib"), "{ids:?}");
        let zlib = all.iter().find(|e| e.id == "zlib").unwrap();
        assert_eq!(zlib.libs, ["z"]);
        assert!(all.iter().find(|e| e.id == "fib").unwrap().source.contains("@fib(20)"));
        assert!(DATA_FILES.iter().any(|(n, _)| *n == "fileToBeRead.txt"));
    }
}
