//! Round-trip corpus: every program in `tests/programs` is compiled by gcc directly and by gcc
//! after going through cir; both binaries must print the same stdout and exit with the same
//! code, and gcc must compile cir's output without any warning (default settings). The same
//! again with `--line-directives` (the output carrying `#line` directives).
//!
//! `CIR_TEST_FILTER=substring` restricts the run; `CIR_KEEP=1` keeps the generated files.

mod common;

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use common::*;

fn check(prog: &Path, dir: &Path) -> Result<(), String> {
    check_with(prog, dir, &[])
}

fn check_line_directives(prog: &Path, dir: &Path) -> Result<(), String> {
    check_with(prog, dir, &["--line-directives"])
}

fn check_with(prog: &Path, dir: &Path, cir_flags: &[&str]) -> Result<(), String> {
    let stem = prog.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap_or(prog).to_string_lossy().replace('/', "_");
    let orig_exe = dir.join(format!("{stem}.orig"));
    let cir_c = dir.join(format!("{stem}.cir.c"));
    let cir_exe = dir.join(format!("{stem}.cir"));
    let ob = gcc(prog, &orig_exe, &["-std=gnu11"]).map_err(|e| format!("gcc rejects the original: {e}"))?;
    let o = run(Command::new(cir_bin()).args(cir_flags).arg(prog).arg("-o").arg(&cir_c).arg("-std=gnu11"), Duration::from_secs(60));
    if o.code != Some(0) {
        return Err(format!("cir failed ({:?}):\n{}", o.code, String::from_utf8_lossy(&o.stderr)));
    }
    let b = gcc(&cir_c, &cir_exe, &["-std=gnu11"]).map_err(|e| format!("gcc rejects cir's output:\n{}", head(&e, 30)))?;
    // cir's output must not make gcc warn about anything it does not warn about in the original.
    let orig_w = warning_kinds(&ob.stderr);
    let new_w: Vec<String> = warning_kinds(&b.stderr).into_iter().filter(|w| !orig_w.contains(w)).collect();
    if !new_w.is_empty() {
        return Err(format!(
            "gcc warns on cir's output ({}):\n{}",
            new_w.join("; "),
            head(&String::from_utf8_lossy(&b.stderr), 30)
        ));
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


#[test]
fn corpus_round_trips() {
    run_corpus("round-trip", "KNOWN_FAILURES", "roundtrip", check);
}

#[test]
fn corpus_round_trips_with_line_directives() {
    run_corpus("round-trip with #line", "KNOWN_FAILURES", "roundtrip_lines", check_line_directives);
}
