//! Bad input: every program in `tests/errors` is malformed C (or misuses cir). cir must exit
//! with status 1, leave no output file, never panic, and print each expected diagnostic at the
//! expected original location. Expectations are comment lines at the top of each file:
//!
//! ```c
//! // expect: 7: use of undeclared identifier `x`
//! // expect: inc.h:3: unknown type name `foo`
//! ```
//!
//! `LINE` alone means the program's own file. The message is a substring of the diagnostic.
//! A line `// cir-flags: ...` gives extra command-line arguments (e.g. `-l` libraries). With
//! `--ct-timeout SECONDS` among them, cir must also end within that limit plus a second (such
//! programs run one at a time, after the others, so that the load does not skew the times).

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use common::*;

struct Expect {
    file: Option<String>,
    line: u32,
    message: String,
}

fn expectations(src: &str) -> Vec<Expect> {
    let mut v = Vec::new();
    for l in src.lines() {
        let Some(rest) = l.trim().strip_prefix("// expect:") else { continue };
        let rest = rest.trim();
        let Some((loc, msg)) = rest.split_once(": ") else { continue };
        let (file, line) = match loc.rsplit_once(':') {
            Some((f, n)) => (Some(f.to_string()), n.parse().unwrap_or(0)),
            None => (None, loc.parse().unwrap_or(0)),
        };
        v.push(Expect { file, line, message: msg.trim().to_string() });
    }
    v
}

fn check(prog: &Path, dir: &Path) -> Result<(), String> {
    let src = std::fs::read_to_string(prog).map_err(|e| e.to_string())?;
    let exps = expectations(&src);
    if exps.is_empty() {
        return Err("no `// expect:` lines".into());
    }
    let name = prog.file_name().unwrap().to_string_lossy().to_string();
    let out = dir.join(format!("{name}.out.c"));
    let _ = std::fs::remove_file(&out);
    let flags: Vec<&str> =
        src.lines().filter_map(|l| l.trim().strip_prefix("// cir-flags:")).flat_map(|f| f.split_whitespace()).collect();
    let limit = time_limit(&flags);
    let start = std::time::Instant::now();
    let o = run(
        Command::new(cir_bin()).args(&flags).arg(prog).arg("-o").arg(&out).env("NO_COLOR", "1"),
        Duration::from_secs(60),
    );
    let took = start.elapsed();
    let stderr = String::from_utf8_lossy(&o.stderr).to_string();
    if let Some(l) = limit
        && took > l + Duration::from_secs(1)
    {
        return Err(format!("took {:.2} s, more than the time limit ({} s) plus a second\n{stderr}", took.as_secs_f64(), l.as_secs_f64()));
    }
    if stderr.contains("internal error") {
        return Err(format!("internal error:\n{stderr}"));
    }
    if stderr.contains("panicked") || stderr.contains("RUST_BACKTRACE") || stderr.contains("has overflowed its stack") || stderr.contains("fatal runtime error") {
        return Err(format!("cir crashed:\n{stderr}"));
    }
    if o.code != Some(1) {
        return Err(format!("exit status {:?}, expected 1\n{stderr}", o.code));
    }
    if out.exists() {
        return Err("an output file was left behind".into());
    }
    for e in &exps {
        if !stderr.contains(&e.message) {
            return Err(format!("missing diagnostic `{}`; cir printed:\n{stderr}", e.message));
        }
        let file = e.file.clone().unwrap_or_else(|| prog.to_string_lossy().to_string());
        let loc = format!("{file}:{}:", e.line);
        // The location must be on the header line of the diagnostic that has the message.
        let found = stderr.split("\nerror").chain(stderr.split("\nwarning")).any(|chunk| {
            chunk.contains(&e.message) && chunk.lines().any(|l| l.contains("┌─") && l.contains(&loc))
        }) || stderr.lines().any(|l| l.contains(&loc) && l.contains("┌─")) && exps.len() == 1;
        if !found {
            return Err(format!("diagnostic `{}` not reported at `{loc}`; cir printed:\n{stderr}", e.message));
        }
    }
    Ok(())
}

/// The `--ct-timeout` of a program's flags.
fn time_limit(flags: &[&str]) -> Option<Duration> {
    let i = flags.iter().position(|f| *f == "--ct-timeout")?;
    flags.get(i + 1)?.parse::<f64>().ok().filter(|s| *s > 0.0).map(Duration::from_secs_f64)
}

fn is_timed(p: &Path) -> bool {
    let src = std::fs::read_to_string(p).unwrap_or_default();
    let flags: Vec<&str> = src.lines().filter_map(|l| l.trim().strip_prefix("// cir-flags:")).flat_map(|f| f.split_whitespace()).collect();
    time_limit(&flags).is_some()
}

#[test]
fn malformed_programs_get_clear_diagnostics() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/errors");
    let progs: Vec<PathBuf> = c_files(&root).into_iter().filter(|p| filter_matches(p)).collect();
    assert!(!progs.is_empty(), "no programs in tests/errors");
    let dir = scratch_dir("bad_input");
    let (timed, untimed): (Vec<PathBuf>, Vec<PathBuf>) = progs.into_iter().partition(|p| is_timed(p));
    let mut results = par_map(&untimed, threads(), |p| (p.clone(), check(p, &dir)));
    results.extend(timed.iter().map(|p| (p.clone(), check(p, &dir))));
    let failures: Vec<String> = results
        .iter()
        .filter_map(|(p, r)| r.as_ref().err().map(|e| format!("--- {}\n{e}", p.strip_prefix(&root).unwrap_or(p).display())))
        .collect();
    eprintln!("bad input: {}/{} programs diagnosed as expected", results.len() - failures.len(), results.len());
    assert!(failures.is_empty(), "{} of {} fail:\n{}", failures.len(), results.len(), failures.join("\n"));
}
