//! The `cir.h` API, function by function.
//!
//! - Every `tests/api/*.c` is compiled by cir (its `@` calls run compile-time code that uses the
//!   API), the output is built with gcc and run. Expectations are comment lines in the file:
//!
//!   ```c
//!   // out: a line the built program prints (all `out:` lines, in order, are its whole stdout)
//!   // err: text cir's stderr must contain (compile-time logging, warnings)
//!   // rendered: text cir's output (the C) must contain
//!   // cir-flags: extra arguments for cir
//!   // out-inflates-to: instead of `out:`, the built program's stdout is zlib data that
//!   //   decompresses to these lines (joined with newlines, no final newline)
//!   ```
//!
//!   cir must exit 0 and the rendered C must compile without warnings under `-Wall -Wno-unused`.
//!   cir runs in the program's directory, so relative paths in compile-time code work.
//!
//! - The examples `examples/*.c` that have expectations (`// out:` or `// out-inflates-to:`
//!   lines) are checked the same way.
//!
//! - `every_api_function_is_tested`: each function declared in `include/cir.h` must be called
//!   by at least one program in `tests/api` (outside comments), or, for the functions that
//!   stop compilation (`cir_bug`), by a misuse test `tests/errors/api_*.c`.
//!
//! Misuse of the API (bad ids, wrong kinds, `cir_fatal`) is tested in `tests/errors/api_*.c`
//! by `tests/bad_input.rs`. `CIR_TEST_FILTER=substring` restricts the programs run.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::Duration;

use common::*;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn lines_with(src: &str, tag: &str) -> Vec<String> {
    src.lines().filter_map(|l| l.trim().strip_prefix(tag)).map(|s| s.strip_prefix(' ').unwrap_or(s).to_string()).collect()
}

/// A zlib inflater (stdin to stdout), built once with gcc and `-lz`.
fn inflater(dir: &Path) -> Result<PathBuf, String> {
    static EXE: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    EXE.get_or_init(|| {
        let src = dir.join("inflate.c");
        let exe = dir.join("inflate");
        std::fs::write(
            &src,
            r#"#include <stdio.h>
#include <zlib.h>
int main(void)
{
    static unsigned char in[1 << 16], out[1 << 16];
    size_t n = fread(in, 1, sizeof in, stdin);
    z_stream z = {0};
    if (inflateInit(&z) != Z_OK)
        return 2;
    z.next_in = in;
    z.avail_in = n;
    z.next_out = out;
    z.avail_out = sizeof out;
    int r = inflate(&z, Z_FINISH);
    if (r != Z_STREAM_END) {
        fprintf(stderr, "inflate: %d (%s)\n", r, z.msg ? z.msg : "truncated data");
        return 1;
    }
    fwrite(out, 1, z.total_out, stdout);
    return 0;
}
"#,
        )
        .map_err(|e| e.to_string())?;
        let o = run(Command::new("gcc").arg(&src).arg("-o").arg(&exe).arg("-lz"), Duration::from_secs(120));
        if o.code != Some(0) {
            return Err(format!("cannot build the zlib inflater (is zlib1g-dev installed?):\n{}", String::from_utf8_lossy(&o.stderr)));
        }
        Ok(exe)
    })
    .clone()
}

/// What `data` decompresses to.
fn inflate(data: &[u8], dir: &Path) -> Result<Vec<u8>, String> {
    let mut child =
        Command::new(inflater(dir)?).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().map_err(|e| e.to_string())?;
    child.stdin.take().unwrap().write_all(data).map_err(|e| e.to_string())?;
    let o = child.wait_with_output().map_err(|e| e.to_string())?;
    if !o.status.success() {
        return Err(format!("the output does not inflate: {}", String::from_utf8_lossy(&o.stderr)));
    }
    Ok(o.stdout)
}

fn check(prog: &Path, dir: &Path) -> Result<(), String> {
    let src = std::fs::read_to_string(prog).map_err(|e| e.to_string())?;
    let stem = prog.file_stem().unwrap().to_string_lossy().to_string();
    let name = if prog.parent().is_some_and(|d| d.ends_with("examples")) { format!("example_{stem}") } else { stem };
    let out = dir.join(format!("{name}.out.c"));
    let flags: Vec<String> = lines_with(&src, "// cir-flags:").iter().flat_map(|f| f.split_whitespace().map(String::from).collect::<Vec<_>>()).collect();
    let o = run(
        Command::new(cir_bin()).args(&flags).arg(prog).arg("-o").arg(&out).env("NO_COLOR", "1").current_dir(prog.parent().unwrap()),
        Duration::from_secs(60),
    );
    let stderr = String::from_utf8_lossy(&o.stderr).to_string();
    if o.code != Some(0) {
        return Err(format!("cir exited with {:?}:\n{stderr}", o.code));
    }
    let mut problems = Vec::new();
    for e in lines_with(&src, "// err:") {
        if !stderr.contains(&e) {
            problems.push(format!("cir's stderr lacks `{e}`"));
        }
    }
    let c = std::fs::read_to_string(&out).unwrap_or_default();
    for r in lines_with(&src, "// rendered:") {
        if !c.contains(&r) {
            problems.push(format!("the output lacks `{r}`"));
        }
    }
    let exe = dir.join(&name);
    match gcc(&out, &exe, &["-std=gnu11", "-Wall", "-Wno-unused"]) {
        Err(e) => problems.push(format!("gcc rejects the output:\n{e}")),
        Ok(g) => {
            let w = String::from_utf8_lossy(&g.stderr);
            if w.contains("warning:") {
                problems.push(format!("gcc warns about the output:\n{w}"));
            }
            let r = run(&mut Command::new(&exe), Duration::from_secs(20));
            let inflates_to = lines_with(&src, "// out-inflates-to:");
            if !inflates_to.is_empty() {
                let want = inflates_to.join("\n");
                if r.code != Some(0) {
                    problems.push(format!("the built program exits with {:?}, expected 0", r.code));
                } else {
                    match inflate(&r.stdout, dir) {
                        Err(e) => problems.push(e),
                        Ok(got) if got != want.as_bytes() => problems.push(format!(
                            "the built program's output inflates to:\n{}\nexpected:\n{want}",
                            String::from_utf8_lossy(&got)
                        )),
                        Ok(_) => {}
                    }
                }
            } else {
                let want: String = lines_with(&src, "// out:").iter().map(|l| format!("{l}\n")).collect();
                let got = String::from_utf8_lossy(&r.stdout).to_string();
                if r.code != Some(0) || got != want {
                    problems.push(format!("the built program exits with {:?} and prints:\n{got}\nexpected exit 0 and:\n{want}", r.code));
                }
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("{}\ncir's stderr:\n{stderr}\nrendered:\n{c}", problems.join("\n")))
    }
}

#[test]
fn api_programs_work() {
    let examples = c_files(&root().join("examples")).into_iter().filter(|p| {
        let src = std::fs::read_to_string(p).unwrap_or_default();
        !lines_with(&src, "// out:").is_empty() || !lines_with(&src, "// out-inflates-to:").is_empty()
    });
    let progs: Vec<PathBuf> = c_files(&root().join("tests/api")).into_iter().chain(examples).filter(|p| filter_matches(p)).collect();
    assert!(!progs.is_empty(), "no programs in tests/api");
    let dir = scratch_dir("api");
    let results = par_map(&progs, threads(), |p| (p.clone(), check(p, &dir)));
    let failures: Vec<String> =
        results.iter().filter_map(|(p, r)| r.as_ref().err().map(|e| format!("--- {}\n{e}", p.display()))).collect();
    eprintln!("api: {}/{} programs (tests/api and examples) pass", results.len() - failures.len(), results.len());
    if !failures.is_empty() {
        panic!("{} of {} API programs fail:\n{}", failures.len(), results.len(), failures.join("\n"));
    }
}
/// The functions `include/cir.h` declares.
fn declared_functions() -> Vec<String> {
    let h = std::fs::read_to_string(root().join("include/cir.h")).unwrap();
    let mut v = Vec::new();
    for l in h.lines() {
        let l = l.trim();
        if l.is_empty() || l.starts_with('#') || l.starts_with("/*") || l.starts_with('*') || l.starts_with("typedef") {
            continue;
        }
        let Some(paren) = l.find('(') else { continue };
        let head = &l[..paren];
        let name: String = head.chars().rev().take_while(|c| c.is_alphanumeric() || *c == '_').collect::<Vec<_>>().into_iter().rev().collect();
        if name.starts_with("Cir") || name.starts_with("cir_") {
            v.push(name);
        }
    }
    v.sort();
    v.dedup();
    v
}

/// C text without comments.
fn strip_comments(s: &str) -> String {
    let mut out = String::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i..].starts_with(b"//") {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if b[i..].starts_with(b"/*") {
            i += 2;
            while i + 1 < b.len() && !b[i..].starts_with(b"*/") {
                i += 1;
            }
            i += 2;
        } else {
            out.push(b[i] as char);
            i += 1;
        }
    }
    out
}

#[test]
fn every_api_function_is_tested() {
    let fns = declared_functions();
    assert!(fns.len() >= 241, "include/cir.h should declare at least the original's 241 functions: {fns:?}");
    let mut text = String::new();
    let misuse = c_files(&root().join("tests/errors")).into_iter().filter(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("api_")));
    for p in c_files(&root().join("tests/api")).into_iter().chain(misuse) {
        text.push_str(&strip_comments(&std::fs::read_to_string(&p).unwrap()));
    }
    let is_ident = |c: char| c.is_alphanumeric() || c == '_';
    let untested: Vec<&String> = fns
        .iter()
        .filter(|f| {
            !text.match_indices(f.as_str()).any(|(i, _)| {
                let before = text[..i].chars().next_back().is_none_or(|c| !is_ident(c));
                let after = text[i + f.len()..].trim_start().starts_with('(');
                before && after
            })
        })
        .collect();
    eprintln!("api: {} of {} functions are called by tests/api or tests/errors/api_*", fns.len() - untested.len(), fns.len());
    assert!(untested.is_empty(), "{} functions of cir.h are not called by any tests/api program: {untested:?}", untested.len());
}
