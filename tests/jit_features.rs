//! The JIT feature by feature, against gcc:
//!
//! - every `tests/jit/*.c` (small self-checking-by-output programs, one area of C each) must
//!   print the same stdout and exit with the same code under `cir run` as gcc's build;
//! - `tests/jit/abi/main.c` calls a gcc-compiled shared library (`tests/jit/abi/lib.c`) with
//!   every System V class of struct argument and result and is called back by it; under
//!   `cir run -l lib.so` it must print what gcc's build of main.c + lib.c prints (section by
//!   section, so that a crash in one section does not hide the others);
//! - the seed examples (`examples/fib_at.c`, `examples/word_count.c`,
//!   `examples/generate_code.c`) must render with their `@` calls evaluated, without the
//!   compile-time helpers, and the rendered C must build and print the expected text.
//!
//! The programs must compile without warnings under `gcc -std=gnu11 -Wall` (a warning is
//! reported as a bug of the test program, not of cir). `CIR_TEST_FILTER=substring`
//! restricts the programs run by the first test.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use common::*;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn head(s: &str, n: usize) -> String {
    s.lines().take(n).collect::<Vec<_>>().join("\n")
}

/// Lines gcc printed as warnings (notes alone are not warnings).
fn gcc_warnings(stderr: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(stderr).lines().filter(|l| l.contains(": warning: ")).map(str::to_string).collect()
}

/// How many lines differ (a missing line counts as differing).
fn differing_lines(expected: &[u8], got: &[u8]) -> usize {
    let e = String::from_utf8_lossy(expected);
    let g = String::from_utf8_lossy(got);
    let (el, gl): (Vec<&str>, Vec<&str>) = (e.lines().collect(), g.lines().collect());
    (0..el.len().max(gl.len())).filter(|&i| el.get(i) != gl.get(i)).count()
}

/// Every differing line (up to `max`), for outputs made of many independent checks.
fn diff_lines(expected: &[u8], got: &[u8], max: usize) -> String {
    let e = String::from_utf8_lossy(expected);
    let g = String::from_utf8_lossy(got);
    let el: Vec<&str> = e.lines().collect();
    let gl: Vec<&str> = g.lines().collect();
    let mut out = Vec::new();
    let mut count = 0;
    for i in 0..el.len().max(gl.len()) {
        let (x, y) = (el.get(i).copied(), gl.get(i).copied());
        if x == y {
            continue;
        }
        count += 1;
        if out.len() < max {
            out.push(format!("  line {}: expected `{}`, got `{}`", i + 1, x.unwrap_or("<none>"), y.unwrap_or("<none>")));
        }
    }
    if count > max {
        out.push(format!("  ... {} more differing lines", count - max));
    }
    if out.is_empty() {
        out.push("  (only the trailing newline differs)".to_string());
    }
    out.join("\n")
}

/// Compares a gcc run with a `cir run` run; `all_lines` lists every differing line instead of
/// the first one.
fn compare(gcc_run: &Outcome, cir_run: &Outcome, all_lines: bool) -> Result<(), String> {
    let mut problems = Vec::new();
    if gcc_run.code != cir_run.code {
        problems.push(format!("exit code differs: gcc {:?}, cir run {:?}", gcc_run.code, cir_run.code));
    }
    if gcc_run.stdout != cir_run.stdout {
        if all_lines {
            problems.push(format!("stdout differs:\n{}", diff_lines(&gcc_run.stdout, &cir_run.stdout, 12)));
        } else {
            problems.push(format!(
                "stdout differs: {} ({} lines differ)",
                first_diff(&gcc_run.stdout, &cir_run.stdout),
                differing_lines(&gcc_run.stdout, &cir_run.stdout)
            ));
        }
    }
    if problems.is_empty() {
        return Ok(());
    }
    let err = String::from_utf8_lossy(&cir_run.stderr);
    if !err.trim().is_empty() {
        problems.push(format!("cir's stderr:\n{}", head(&err, 15)));
    }
    Err(problems.join("\n"))
}

fn check_program(prog: &Path, dir: &Path) -> Result<(), String> {
    let stem = prog.file_stem().unwrap().to_string_lossy().into_owned();
    let exe = dir.join(format!("{stem}.gcc"));
    let built = gcc(prog, &exe, &["-std=gnu11", "-Wall"]).map_err(|e| format!("TEST BUG: gcc rejects the program:\n{}", head(&e, 20)))?;
    let warnings = gcc_warnings(&built.stderr);
    if !warnings.is_empty() {
        return Err(format!("TEST BUG: gcc -Wall warns:\n{}", warnings.join("\n")));
    }
    // Both run in the scratch directory.
    let a = run(Command::new(&exe).current_dir(dir), Duration::from_secs(10));
    let _ = std::fs::remove_file(&exe);
    if a.code.is_none() {
        return Err("TEST BUG: gcc's build timed out".to_string());
    }
    let c = run(Command::new(cir_bin()).current_dir(dir).args(["run", "-std=gnu11"]).arg(prog), Duration::from_secs(30));
    compare(&a, &c, false)
}

#[test]
fn jit_programs_match_gcc() {
    let dir_in = root().join("tests/jit");
    let progs: Vec<PathBuf> = c_files(&dir_in)
        .into_iter()
        .filter(|p| p.parent() == Some(dir_in.as_path()))
        .filter(|p| filter_matches(p))
        .collect();
    assert!(!progs.is_empty(), "no programs in tests/jit");
    let dir = scratch_dir("jit_features");
    let results = par_map(&progs, threads(), |p| check_program(p, &dir));
    let mut failures = Vec::new();
    for (p, r) in progs.iter().zip(&results) {
        if let Err(e) = r {
            failures.push(format!("--- tests/jit/{}\n{e}", p.file_name().unwrap().to_string_lossy()));
        }
    }
    eprintln!("cir run vs gcc: {}/{} programs of tests/jit match", progs.len() - failures.len(), progs.len());
    if !failures.is_empty() {
        panic!("{} of {} programs differ under cir run:\n{}", failures.len(), progs.len(), failures.join("\n"));
    }
}

#[test]
fn abi_library_matches_gcc() {
    let abi = root().join("tests/jit/abi");
    let dir = scratch_dir("jit_features_abi");
    let lib_c = abi.join("lib.c");
    let main_c = abi.join("main.c");
    let so = dir.join("libabi.so");
    let native = dir.join("abi_native");

    let o = run(
        Command::new("gcc").args(["-std=gnu11", "-Wall", "-shared", "-fPIC", "-O2"]).arg(&lib_c).arg("-o").arg(&so),
        Duration::from_secs(120),
    );
    assert_eq!(o.code, Some(0), "TEST BUG: gcc rejects lib.c:\n{}", String::from_utf8_lossy(&o.stderr));
    assert!(gcc_warnings(&o.stderr).is_empty(), "TEST BUG: gcc warns on lib.c:\n{}", String::from_utf8_lossy(&o.stderr));
    let o = run(
        Command::new("gcc").args(["-std=gnu11", "-Wall"]).arg(&main_c).arg(&lib_c).arg("-o").arg(&native),
        Duration::from_secs(120),
    );
    assert_eq!(o.code, Some(0), "TEST BUG: gcc rejects main.c + lib.c:\n{}", String::from_utf8_lossy(&o.stderr));
    assert!(gcc_warnings(&o.stderr).is_empty(), "TEST BUG: gcc warns on main.c:\n{}", String::from_utf8_lossy(&o.stderr));

    let list = run(Command::new(&native).arg("list"), Duration::from_secs(10));
    assert_eq!(list.code, Some(0), "TEST BUG: `main list` failed");
    let sections: Vec<String> = String::from_utf8_lossy(&list.stdout).lines().map(str::to_string).collect();
    assert!(!sections.is_empty(), "TEST BUG: main.c lists no sections");

    let results = par_map(&sections, threads(), |sec| {
        let a = run(Command::new(&native).arg(sec), Duration::from_secs(10));
        if a.code != Some(0) {
            return Err(format!("TEST BUG: gcc's build exits with {:?}", a.code));
        }
        let c = run(
            Command::new(cir_bin()).args(["run", "-std=gnu11", "-l"]).arg(&so).arg(&main_c).arg(sec),
            Duration::from_secs(30),
        );
        compare(&a, &c, true)
    });
    let mut failures = Vec::new();
    for (sec, r) in sections.iter().zip(&results) {
        if let Err(e) = r {
            failures.push(format!("--- section {sec}\n{e}"));
        }
    }
    eprintln!("ABI library: {}/{} sections match", sections.len() - failures.len(), sections.len());
    if !failures.is_empty() {
        panic!(
            "{} of {} sections of tests/jit/abi/main.c differ under `cir run -l lib.so`:\n{}",
            failures.len(),
            sections.len(),
            failures.join("\n")
        );
    }
}

struct Seed {
    file: &'static str,
    /// The compile-time helper, which must not be in the output.
    helper: &'static str,
    /// What the `@` call must have become.
    rendered: &'static str,
    /// What the rendered program prints.
    prints: &'static str,
}

const SEEDS: &[Seed] = &[
    Seed { file: "fib_at.c", helper: "fib", rendered: "(int)6765", prints: "The answer is: 6765\n" },
    Seed { file: "word_count.c", helper: "numWords", rendered: "(int)2", prints: "2\n" },
    Seed { file: "generate_code.c", helper: "generateCode", rendered: "puts(\"Inlined String\")", prints: "Inlined String\n" },
];

fn check_seed(seed: &Seed, dir: &Path) -> Result<(), String> {
    let src = root().join("examples").join(seed.file);
    let o = run(Command::new(cir_bin()).arg(&src).current_dir(root()), Duration::from_secs(60));
    if o.code != Some(0) {
        return Err(format!("cir failed ({:?}):\n{}", o.code, head(&String::from_utf8_lossy(&o.stderr), 20)));
    }
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    // The first line is a comment naming the input file.
    let body: String = out.lines().filter(|l| !l.starts_with("/* Generated by")).map(|l| format!("{l}\n")).collect();
    let mut problems = Vec::new();
    if !body.contains(seed.rendered) {
        problems.push(format!("the output does not contain `{}`", seed.rendered));
    }
    if body.contains(seed.helper) {
        problems.push(format!("the compile-time helper `{}` is still in the output", seed.helper));
    }
    let c = dir.join(seed.file);
    std::fs::write(&c, &out).unwrap();
    let exe = dir.join(seed.file.trim_end_matches(".c"));
    match gcc(&c, &exe, &["-std=gnu11"]) {
        Err(e) => problems.push(format!("gcc rejects the output:\n{}", head(&e, 20))),
        Ok(_) => {
            let r = run(&mut Command::new(&exe), Duration::from_secs(10));
            if r.code != Some(0) || r.stdout != seed.prints.as_bytes() {
                problems.push(format!(
                    "the built output exits with {:?} and prints {:?}, expected 0 and {:?}",
                    r.code,
                    String::from_utf8_lossy(&r.stdout),
                    seed.prints
                ));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("{}\nrendered output:\n{}", problems.join("\n"), head(&out, 40)))
    }
}

#[test]
fn seed_examples_evaluate_at_calls() {
    let dir = scratch_dir("jit_features_seeds");
    let mut failures = Vec::new();
    for seed in SEEDS {
        if let Err(e) = check_seed(seed, &dir) {
            failures.push(format!("--- examples/{}\n{e}", seed.file));
        }
    }
    if !failures.is_empty() {
        panic!("{} of {} seed examples fail:\n{}", failures.len(), SEEDS.len(), failures.join("\n"));
    }
}

/// `tests/jit/unroll_jam.c` names its loop nests `jam_*` (the JIT must run two iterations of the
/// outer loop together) and `keep_*` (it must not: aliasing, calls, a j-dependent inner loop ...).
/// Which functions were transformed is read from `CIR_JIT_VERBOSE`; that the output stays
/// right is checked against gcc by `jit_programs_match_gcc`.
#[test]
fn unroll_and_jam_applies_exactly_where_safe() {
    let src = root().join("tests/jit/unroll_jam.c");
    let text = std::fs::read_to_string(&src).unwrap();
    let named = |prefix: &str| -> Vec<String> {
        let mut v: Vec<String> = text
            .lines()
            .filter(|l| l.starts_with("static "))
            .filter_map(|l| l.split(['(', ' ', '*']).find(|w| w.starts_with(prefix)).map(str::to_string))
            .collect();
        v.sort();
        v
    };
    let (jam, keep) = (named("jam_"), named("keep_"));
    assert!(jam.len() >= 5 && keep.len() >= 5, "tests/jit/unroll_jam.c: jam_ {jam:?}, keep_ {keep:?}");
    let o = run(Command::new(cir_bin()).args(["run", "-std=gnu11"]).arg(&src).env("CIR_JIT_VERBOSE", "1"), Duration::from_secs(60));
    assert_eq!(o.code, Some(0), "cir run failed:\n{}", head(&String::from_utf8_lossy(&o.stderr), 20));
    let mut jammed: Vec<String> = String::from_utf8_lossy(&o.stderr)
        .lines()
        .filter(|l| l.starts_with("cir: JIT: `") && l.ends_with("unrolled and jammed"))
        .filter_map(|l| l.split('`').nth(1).map(str::to_string))
        .collect();
    jammed.sort();
    assert_eq!(jammed, jam, "functions unrolled and jammed (expected exactly the jam_* ones; keep_*: {keep:?})");
}
