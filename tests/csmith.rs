//! csmith differential test: random C programs from csmith (fixed seeds, default options) are
//! built by gcc directly and through cir, at -O0 and -O2; the checksums they print must be
//! identical, and `cir run` (the JIT) must print the -O0 checksum too. cir's output must not
//! add gcc warnings.
//!
//! Seeds come from `tests/csmith_seeds.txt`. `CIR_CSMITH_SEEDS=N` runs the first N (default
//! 100; 300 for the full run). Without csmith installed the test says so and passes, unless
//! `CIR_REQUIRE_CSMITH=1` (set by `.ci/run`).

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use common::*;

const CSMITH_INCLUDE: &str = "/usr/include/csmith";

fn seeds() -> Vec<u64> {
    let text = std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/csmith_seeds.txt"))
        .expect("tests/csmith_seeds.txt");
    let n: usize = std::env::var("CIR_CSMITH_SEEDS").ok().and_then(|s| s.parse().ok()).unwrap_or(100);
    text.lines().filter(|l| !l.starts_with('#')).filter_map(|l| l.trim().parse().ok()).take(n).collect()
}

fn check(seed: u64, dir: &Path) -> Result<(), String> {
    let src = dir.join(format!("s{seed}.c"));
    let o = run(Command::new("csmith").arg("--seed").arg(seed.to_string()).arg("-o").arg(&src), Duration::from_secs(60));
    if o.code != Some(0) {
        return Err(format!("csmith failed: {}", String::from_utf8_lossy(&o.stderr)));
    }
    let inc = format!("-I{CSMITH_INCLUDE}");
    let cir_c = dir.join(format!("s{seed}.cir.c"));
    let o = run(Command::new(cir_bin()).arg(&inc).arg(&src).arg("-o").arg(&cir_c), Duration::from_secs(120));
    if o.code != Some(0) {
        return Err(format!("cir failed ({:?}):\n{}", o.code, String::from_utf8_lossy(&o.stderr)));
    }
    for opt in ["-O0", "-O2"] {
        let orig_exe = dir.join(format!("s{seed}{opt}.orig"));
        let cir_exe = dir.join(format!("s{seed}{opt}.cir"));
        let a = gcc(&src, &orig_exe, &[opt, &inc]).map_err(|e| format!("gcc {opt} rejects the original: {e}"))?;
        let b = gcc(&cir_c, &cir_exe, &[opt, &inc]).map_err(|e| format!("gcc {opt} rejects cir's output: {e}"))?;
        let extra = new_warnings(&a.stderr, &b.stderr);
        if !extra.is_empty() {
            return Err(format!("gcc {opt} warns on cir's output: {}", extra.join("; ")));
        }
        let ra = run(&mut Command::new(&orig_exe), Duration::from_secs(30));
        let rb = run(&mut Command::new(&cir_exe), Duration::from_secs(30));
        if ra.code.is_none() {
            return Err(format!("the original ({opt}) timed out"));
        }
        if ra.stdout != rb.stdout || ra.code != rb.code {
            return Err(format!(
                "{opt}: original printed {:?} (exit {:?}), cir's build printed {:?} (exit {:?})",
                String::from_utf8_lossy(&ra.stdout).trim(),
                ra.code,
                String::from_utf8_lossy(&rb.stdout).trim(),
                rb.code
            ));
        }
        if opt == "-O0" {
            // The JIT must agree with gcc -O0 too.
            let rj = run(Command::new(cir_bin()).arg("run").arg(&inc).arg(&src), Duration::from_secs(60));
            if ra.stdout != rj.stdout || ra.code != rj.code {
                return Err(format!(
                    "cir run: original printed {:?} (exit {:?}), cir run printed {:?} (exit {:?})\n{}",
                    String::from_utf8_lossy(&ra.stdout).trim(),
                    ra.code,
                    String::from_utf8_lossy(&rj.stdout).trim(),
                    rj.code,
                    String::from_utf8_lossy(&rj.stderr)
                ));
            }
        }
        let _ = std::fs::remove_file(&orig_exe);
        let _ = std::fs::remove_file(&cir_exe);
    }
    let _ = std::fs::remove_file(&src);
    let _ = std::fs::remove_file(&cir_c);
    Ok(())
}

#[test]
fn csmith_checksums_match() {
    let have = Command::new("csmith").arg("--version").output().is_ok() && Path::new(CSMITH_INCLUDE).exists();
    if !have {
        assert!(std::env::var_os("CIR_REQUIRE_CSMITH").is_none(), "csmith is required (CIR_REQUIRE_CSMITH) but not installed");
        eprintln!("csmith is not installed (apt-get install csmith libcsmith-dev): skipping the csmith differential test");
        return;
    }
    let seeds = seeds();
    let dir = scratch_dir("csmith");
    let results = par_map(&seeds, threads(), |s| (*s, check(*s, &dir)));
    let failures: Vec<String> =
        results.iter().filter_map(|(s, r)| r.as_ref().err().map(|e| format!("--- seed {s}\n{e}"))).collect();
    eprintln!("csmith: {}/{} seeds identical at -O0 and -O2 and under cir run", results.len() - failures.len(), results.len());
    assert!(failures.is_empty(), "{} of {} seeds differ:\n{}", failures.len(), results.len(), failures.join("\n"));
}
