//! Containment of compile-time code beyond what `tests/errors` checks (each failure kind there
//! is checked for its diagnostic, location, exit status, missing output and time): the note
//! about a long-running call, a call that cannot be stopped (cir reports it from the watchdog
//! and ends: no output, not even a stale file, nothing on stdout), calls that run long but
//! within the limit, no limit, and `cir run`, whose program has no limit.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use common::*;

fn errors_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/errors")
}

/// Runs cir with `args`; returns the outcome, stderr and the wall time.
fn cir(args: &[&str], input: &Path, out: Option<&Path>) -> (Outcome, String, Duration) {
    let mut cmd = Command::new(cir_bin());
    cmd.args(args).arg(input).env("NO_COLOR", "1");
    if let Some(o) = out {
        cmd.arg("-o").arg(o);
    }
    let start = Instant::now();
    let o = run(&mut cmd, Duration::from_secs(60));
    let took = start.elapsed();
    let stderr = String::from_utf8_lossy(&o.stderr).into_owned();
    eprintln!("{} {}: {:.2} s", args.join(" "), input.display(), took.as_secs_f64());
    assert!(!stderr.contains("panicked") && !stderr.contains("internal error"), "cir crashed:\n{stderr}");
    (o, stderr, took)
}

#[test]
fn a_long_call_gets_a_note_and_its_time_limit() {
    let prog = errors_dir().join("at_timeout_loop.c");
    let dir = scratch_dir("containment_note");
    let out = dir.join("out.c");
    std::fs::write(&out, "stale").unwrap();
    let (o, stderr, took) = cir(&["--ct-timeout", "1"], &prog, Some(&out));
    assert_eq!(o.code, Some(1), "{stderr}");
    let note = format!(
        "cir: note: compile-time call `spin` at {}:19 is still running after 0.5 s (limit 1 s; --ct-timeout)",
        prog.display()
    );
    assert!(stderr.contains(&note), "no note `{note}`:\n{stderr}");
    assert_eq!(stderr.matches("is still running").count(), 1, "{stderr}");
    assert!(stderr.contains("compile-time call `spin` did not finish within 1 s"), "{stderr}");
    assert!(!out.exists(), "a stale output file was left");
    assert!(took >= Duration::from_secs(1) && took < Duration::from_secs(2), "took {took:?}");
    // A fraction of a second.
    let (o, stderr, took) = cir(&["--ct-timeout", "0.5"], &prog, None);
    assert_eq!(o.code, Some(1), "{stderr}");
    assert!(stderr.contains("did not finish within 0.5 s"), "{stderr}");
    assert!(stderr.contains("still running after 0.25 s (limit 0.5 s"), "{stderr}");
    assert!(o.stdout.is_empty(), "partial output on stdout");
    assert!(took < Duration::from_millis(1500), "took {took:?}");
}

#[test]
fn a_call_that_cannot_be_stopped_ends_cir_with_the_diagnostic() {
    let prog = errors_dir().join("at_timeout_stuck.c");
    let dir = scratch_dir("containment_stuck");
    let out = dir.join("out.c");
    std::fs::write(&out, "stale").unwrap();
    let (o, stderr, took) = cir(&["--ct-timeout", "1"], &prog, Some(&out));
    assert_eq!(o.code, Some(1), "{stderr}");
    assert!(stderr.contains("error: compile-time call `stuck` did not finish within 1 s"), "{stderr}");
    assert!(stderr.contains(&format!("┌─ {}:17:", prog.display())), "not at the call:\n{stderr}");
    assert!(stderr.contains("it could not be stopped safely"), "{stderr}");
    assert!(!out.exists(), "a stale output file was left");
    let tmp: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.file_name()).collect();
    assert!(tmp.is_empty(), "files left behind: {tmp:?}");
    assert!(took < Duration::from_secs(2), "took {took:?}");
    // Writing to stdout: nothing is written.
    let (o, stderr, _) = cir(&["--ct-timeout", "0.5"], &prog, None);
    assert_eq!(o.code, Some(1), "{stderr}");
    assert!(o.stdout.is_empty(), "partial output on stdout");
}

#[test]
fn calls_within_the_limit_or_without_one_run_to_the_end() {
    let dir = scratch_dir("containment_ok");
    let src = dir.join("slow.c");
    std::fs::write(
        &src,
        "#include <time.h>\n\
         static int slow(int ms) {\n\
         \x20   struct timespec t0, t;\n\
         \x20   clock_gettime(CLOCK_MONOTONIC, &t0);\n\
         \x20   do clock_gettime(CLOCK_MONOTONIC, &t);\n\
         \x20   while ((t.tv_sec - t0.tv_sec) * 1000 + (t.tv_nsec - t0.tv_nsec) / 1000000 < ms);\n\
         \x20   return ms;\n\
         }\n\
         int r = @slow(1200);\n\
         int main(void) { return r == 1200 ? 0 : 1; }\n",
    )
    .unwrap();
    let out = dir.join("out.c");
    // Past the note (at half the limit), within the limit.
    let (o, stderr, _) = cir(&["--ct-timeout", "2"], &src, Some(&out));
    assert_eq!(o.code, Some(0), "{stderr}");
    assert!(stderr.contains("compile-time call `slow` at"), "no note:\n{stderr}");
    assert!(std::fs::read_to_string(&out).unwrap().contains("1200"));
    // No limit.
    let (o, stderr, _) = cir(&["--ct-timeout", "0"], &src, Some(&out));
    assert_eq!(o.code, Some(0), "{stderr}");
    assert!(!stderr.contains("still running"), "{stderr}");
    // Past the limit.
    let (o, stderr, took) = cir(&["--ct-timeout", "0.6"], &src, Some(&out));
    assert_eq!(o.code, Some(1), "{stderr}");
    assert!(stderr.contains("compile-time call `slow` did not finish within 0.6 s"), "{stderr}");
    assert!(!out.exists());
    assert!(took < Duration::from_millis(1600), "took {took:?}");
}

#[test]
fn cir_run_has_no_time_limit() {
    let dir = scratch_dir("containment_run");
    let src = dir.join("long.c");
    std::fs::write(
        &src,
        "#include <stdio.h>\n#include <unistd.h>\n\
         int main(void) { usleep(1300000); puts(\"done\"); return 3; }\n",
    )
    .unwrap();
    let mut cmd = Command::new(cir_bin());
    cmd.args(["run", "--ct-timeout", "0.5"]).arg(&src);
    let o = run(&mut cmd, Duration::from_secs(60));
    assert_eq!(o.code, Some(3), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(String::from_utf8_lossy(&o.stdout), "done\n");
}

#[test]
fn bad_time_limits_are_rejected() {
    let prog = errors_dir().join("at_timeout_loop.c");
    for bad in ["abc", "-1", "inf", "nan"] {
        let mut cmd = Command::new(cir_bin());
        cmd.arg(format!("--ct-timeout={bad}")).arg(&prog);
        let o = run(&mut cmd, Duration::from_secs(60));
        assert_eq!(o.code, Some(2), "--ct-timeout={bad} accepted");
        assert!(String::from_utf8_lossy(&o.stderr).contains("is not a number of seconds"));
    }
}
