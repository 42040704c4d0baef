//! The command line: input forms (`.c`, `.i`, `-`), preprocessor options, `--include-dir`,
//! `--version`, exit statuses and atomic output.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Duration;

use common::*;

#[test]
fn include_dir_holds_cir_h() {
    let o = run(Command::new(cir_bin()).arg("--include-dir"), Duration::from_secs(30));
    assert_eq!(o.code, Some(0));
    let dir = String::from_utf8(o.stdout).unwrap();
    let header = std::path::Path::new(dir.trim()).join("cir.h");
    assert!(header.exists(), "{} does not exist", header.display());
}

#[test]
fn version_and_help() {
    let o = run(Command::new(cir_bin()).arg("--version"), Duration::from_secs(30));
    assert_eq!(o.code, Some(0));
    assert!(String::from_utf8_lossy(&o.stdout).starts_with("cir "));
    let o = run(Command::new(cir_bin()).arg("--help"), Duration::from_secs(30));
    assert_eq!(o.code, Some(0));
    let help = String::from_utf8_lossy(&o.stdout);
    for opt in ["-o <FILE>", "-l <LIB>", "--include-dir", "--ct-timeout <SECONDS>", "[default: 60]"] {
        assert!(help.contains(opt), "--help does not mention {opt}");
    }
}

#[test]
fn stdin_and_preprocessor_options() {
    let dir = scratch_dir("cli");
    let src = dir.join("m.c");
    std::fs::write(&src, "#include <stdio.h>\nint main(void) { printf(\"%d %s\\n\", VALUE, NAME); return 0; }\n").unwrap();
    let hdr = dir.join("name.h");
    std::fs::write(&hdr, "#define NAME \"from-include\"\n").unwrap();
    // A .c file: cir preprocesses it, passing -D and -include through.
    let out = dir.join("m.cir.c");
    let o = run(
        Command::new(cir_bin()).arg("-DVALUE=42").arg("-include").arg(&hdr).arg("-std=gnu11").arg(&src).arg("-o").arg(&out),
        Duration::from_secs(60),
    );
    assert_eq!(o.code, Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let exe = dir.join("m");
    gcc(&out, &exe, &[]).unwrap();
    let r = run(&mut Command::new(&exe), Duration::from_secs(10));
    assert_eq!(String::from_utf8_lossy(&r.stdout), "42 from-include\n");
    // Preprocessed text on stdin.
    let pp = Command::new("gcc").args(["-E", "-DVALUE=7", "-DNAME=\"x\""]).arg(&src).output().unwrap();
    let mut child = Command::new(cir_bin()).arg("-").stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(&pp.stdout).unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stdout).contains("int main(void)"));
}

#[test]
fn errors_exit_1_and_leave_no_file() {
    let dir = scratch_dir("cli_err");
    let src = dir.join("bad.c");
    std::fs::write(&src, "int main(void) { return missing; }\n").unwrap();
    let out = dir.join("out.c");
    std::fs::write(&out, "old contents").unwrap();
    let o = run(Command::new(cir_bin()).arg(&src).arg("-o").arg(&out), Duration::from_secs(60));
    assert_eq!(o.code, Some(1));
    // Like gcc, a failed compilation leaves no output file (not even an old one).
    assert!(!out.exists(), "the output file is still there");
    let o = run(Command::new(cir_bin()).arg(dir.join("nonexistent.c")), Duration::from_secs(60));
    assert_eq!(o.code, Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("cannot read"));
}

#[test]
fn cir_run_reports_link_errors_at_the_declaration() {
    let dir = scratch_dir("cli_run");
    let src = dir.join("undef.c");
    std::fs::write(&src, "#include <stdio.h>\n\nint nosuch_function(int);\nint main(void) { return nosuch_function(3); }\n").unwrap();
    let o = run(Command::new(cir_bin()).arg("run").arg(&src), Duration::from_secs(60));
    assert_eq!(o.code, Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("unresolved symbol `nosuch_function`"), "{err}");
    assert!(err.contains("undef.c:3:5"), "the diagnostic does not point at the declaration: {err}");
    // A library that cannot be loaded.
    let o = run(Command::new(cir_bin()).args(["run", "-l", "libnosuch_cir_test.so.9"]).arg(&src), Duration::from_secs(60));
    assert_eq!(o.code, Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("cannot load library `libnosuch_cir_test.so.9`"));
}

/// `--diagnostics-file` keeps cir's diagnostics apart from what compile-time code prints on
/// stderr (the playground shows them in two panes); `--color` chooses ANSI escapes.
#[test]
fn diagnostics_file_and_color() {
    let dir = scratch_dir("cli-diagfile");
    let src = dir.join("d.c");
    std::fs::write(
        &src,
        "#include <stdio.h>\nint f(int x) { fprintf(stderr, \"ct says %d\\n\", x); return x; }\nint main(void) { int y = @f(3);\n  return y + undefined_thing; }\n",
    )
    .unwrap();
    let diag = dir.join("d.txt");
    for (when, escapes) in [("always", true), ("never", false), ("auto", false)] {
        let o = run(
            Command::new(cir_bin()).arg(&src).arg("--diagnostics-file").arg(&diag).arg("--color").arg(when),
            Duration::from_secs(60),
        );
        assert_eq!(o.code, Some(1));
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert_eq!(stderr, "ct says 3\n", "only compile-time output on stderr");
        let d = std::fs::read_to_string(&diag).unwrap();
        assert!(d.contains("undeclared identifier `undefined_thing`"), "{d}");
        assert!(d.contains("d.c:4:14"), "{d}");
        assert_eq!(d.contains("\x1b["), escapes, "--color {when}: {d}");
    }
}

/// `--wrapv` (what `cir cc` passes for `-fwrapv`): compile-time code whose signed `int`
/// arithmetic wraps on purpose computes what gcc's `-fwrapv` build computes.
#[test]
fn wrapv_makes_signed_overflow_wrap_at_compile_time() {
    let dir = scratch_dir("cli-wrapv");
    let src = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/cli/wrapv.c");
    let native = dir.join("native");
    gcc(&src, &native, &["-fwrapv", "-DNATIVE"]).unwrap();
    let want = run(&mut Command::new(&native), Duration::from_secs(10));
    assert_eq!(want.code, Some(0));
    let out = dir.join("wrapv.cir.c");
    let o = run(Command::new(cir_bin()).arg("--wrapv").arg(&src).arg("-o").arg(&out), Duration::from_secs(60));
    assert_eq!(o.code, Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let exe = dir.join("wrapv");
    gcc(&out, &exe, &["-fwrapv"]).unwrap();
    let got = run(&mut Command::new(&exe), Duration::from_secs(10));
    assert_eq!(String::from_utf8_lossy(&got.stdout), String::from_utf8_lossy(&want.stdout));
}
