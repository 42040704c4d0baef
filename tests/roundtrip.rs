//! Round-trip corpus: every program in `tests/programs` is compiled by gcc directly and by gcc
//! after going through cir; both binaries must print the same stdout and exit with the same
//! code, and gcc must compile cir's output without any warning (default settings).
//!
//! `CIR_TEST_FILTER=substring` restricts the run; `CIR_KEEP=1` keeps the generated files.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use common::*;

fn check(prog: &Path, dir: &Path) -> Result<(), String> {
    let stem = prog.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap_or(prog).to_string_lossy().replace('/', "_");
    let orig_exe = dir.join(format!("{stem}.orig"));
    let cir_c = dir.join(format!("{stem}.cir.c"));
    let cir_exe = dir.join(format!("{stem}.cir"));
    gcc(prog, &orig_exe, &["-std=gnu11", "-w"]).map_err(|e| format!("gcc rejects the original: {e}"))?;
    let o = run(Command::new(cir_bin()).arg(prog).arg("-o").arg(&cir_c).arg("-std=gnu11"), Duration::from_secs(60));
    if o.code != Some(0) {
        return Err(format!("cir failed ({:?}):\n{}", o.code, String::from_utf8_lossy(&o.stderr)));
    }
    let b = gcc(&cir_c, &cir_exe, &["-std=gnu11"]).map_err(|e| format!("gcc rejects cir's output:\n{}", head(&e, 30)))?;
    if !b.stderr.is_empty() {
        return Err(format!("gcc warns on cir's output:\n{}", head(&String::from_utf8_lossy(&b.stderr), 30)));
    }
    let a = run(&mut Command::new(&orig_exe), Duration::from_secs(20));
    let c = run(&mut Command::new(&cir_exe), Duration::from_secs(20));
    if a.code != c.code {
        return Err(format!("exit code differs: original {:?}, cir {:?}", a.code, c.code));
    }
    if a.stdout != c.stdout {
        return Err(format!("stdout differs:\n{}", first_diff(&a.stdout, &c.stdout)));
    }
    if std::env::var_os("CIR_KEEP").is_none() {
        for f in [&orig_exe, &cir_c, &cir_exe] {
            let _ = std::fs::remove_file(f);
        }
    }
    Ok(())
}

fn head(s: &str, n: usize) -> String {
    s.lines().take(n).collect::<Vec<_>>().join("\n")
}

fn first_diff(a: &[u8], b: &[u8]) -> String {
    let a = String::from_utf8_lossy(a);
    let b = String::from_utf8_lossy(b);
    for (i, (x, y)) in a.lines().zip(b.lines()).enumerate() {
        if x != y {
            return format!("line {}: original `{x}`, cir `{y}`", i + 1);
        }
    }
    format!("lengths differ: original {} lines, cir {} lines", a.lines().count(), b.lines().count())
}

#[test]
fn corpus_round_trips() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    let progs: Vec<PathBuf> = c_files(&root).into_iter().filter(|p| filter_matches(p)).collect();
    assert!(!progs.is_empty(), "no test programs found");
    let dir = scratch_dir("roundtrip");
    let results = par_map(&progs, threads(), |p| (p.clone(), check(p, &dir)));
    let mut failures = Vec::new();
    for (p, r) in &results {
        if let Err(e) = r {
            failures.push(format!("--- {}\n{e}", p.strip_prefix(&root).unwrap_or(p).display()));
        }
    }
    let passed = results.len() - failures.len();
    eprintln!("round-trip: {passed}/{} programs pass", results.len());
    if !failures.is_empty() {
        panic!("{} of {} programs fail:\n{}", failures.len(), results.len(), failures.join("\n"));
    }
}
