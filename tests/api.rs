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
//!   ```
//!
//!   cir must exit 0 and the rendered C must compile without warnings under `-Wall -Wno-unused`.
//!
//! Misuse of the API (bad ids, wrong kinds, `cir_fatal`) is tested in `tests/errors/api_*.c`
//! by `tests/bad_input.rs`. `CIR_TEST_FILTER=substring` restricts the programs run.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use common::*;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn lines_with(src: &str, tag: &str) -> Vec<String> {
    src.lines().filter_map(|l| l.trim().strip_prefix(tag)).map(|s| s.strip_prefix(' ').unwrap_or(s).to_string()).collect()
}

fn check(prog: &Path, dir: &Path) -> Result<(), String> {
    let src = std::fs::read_to_string(prog).map_err(|e| e.to_string())?;
    let name = prog.file_stem().unwrap().to_string_lossy().to_string();
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
            let want: String = lines_with(&src, "// out:").iter().map(|l| format!("{l}\n")).collect();
            let got = String::from_utf8_lossy(&r.stdout).to_string();
            if r.code != Some(0) || got != want {
                problems.push(format!("the built program exits with {:?} and prints:\n{got}\nexpected exit 0 and:\n{want}", r.code));
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
    let progs: Vec<PathBuf> = c_files(&root().join("tests/api")).into_iter().filter(|p| filter_matches(p)).collect();
    assert!(!progs.is_empty(), "no programs in tests/api");
    let dir = scratch_dir("api");
    let results = par_map(&progs, threads(), |p| (p.clone(), check(p, &dir)));
    let failures: Vec<String> =
        results.iter().filter_map(|(p, r)| r.as_ref().err().map(|e| format!("--- {}\n{e}", p.display()))).collect();
    eprintln!("api: {}/{} programs pass", results.len() - failures.len(), results.len());
    if !failures.is_empty() {
        panic!("{} of {} API programs fail:\n{}", failures.len(), results.len(), failures.join("\n"));
    }
}
