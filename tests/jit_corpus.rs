//! The round-trip corpus under the JIT: every program in `tests/programs` run with
//! `cir run` must print the same stdout and exit with the same code as gcc's build.
//! Programs listed in `tests/programs/KNOWN_JIT_FAILURES` are expected to fail (each line
//! says why); the test fails if one of them passes, so the list only shrinks.
//!
//! `CIR_TEST_FILTER=substring` restricts the run.

mod common;

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use common::*;

fn check(prog: &Path, dir: &Path) -> Result<(), String> {
    let stem = prog.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap_or(prog).to_string_lossy().replace('/', "_");
    let exe = dir.join(format!("{stem}.gcc"));
    gcc(prog, &exe, &["-std=gnu11", "-w"]).map_err(|e| format!("gcc rejects the program: {e}"))?;
    // Both run in the scratch directory (some programs write files).
    let a = run(Command::new(&exe).current_dir(dir), Duration::from_secs(20));
    let c = run(Command::new(cir_bin()).current_dir(dir).args(["run", "-std=gnu11"]).arg(prog), Duration::from_secs(60));
    let _ = std::fs::remove_file(&exe);
    if a.code != c.code {
        return Err(format!("exit code differs: gcc {:?}, cir run {:?}\n{}", a.code, c.code, String::from_utf8_lossy(&c.stderr)));
    }
    if a.stdout != c.stdout {
        return Err(format!("stdout differs: {}", first_diff(&a.stdout, &c.stdout)));
    }
    Ok(())
}

#[test]
fn corpus_runs_under_the_jit() {
    run_corpus("cir run", "KNOWN_JIT_FAILURES", "jit_corpus", check);
}
