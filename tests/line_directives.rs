//! `--line-directives`: cir's output carries `#line` directives, so gcc's diagnostics and gdb's
//! line table point at the original files and lines.
//!
//! The program below (several functions, loops, `switch`, statements over several lines, a
//! function in an included header, `@` calls splicing quoted code and a `cirq.h` template
//! written in another file, a bad `printf`) goes through `cir --line-directives` and gcc -g -O0
//! -Wall. gcc's -Wformat warning must be at the `printf`'s original line; helper statements and
//! spliced statements must be at their statement's / the `@` call's line. Under gdb, with a
//! breakpoint on every line of `prog.c` and `helper.h`, the run must stop at the same
//! breakpoints, in the same functions, at the same original lines, in the same order as gcc's
//! own build of the program (each `@` call replaced by what the spliced code computes).
//!
//! (Two known differences are left out of the program. gcc rotates `while` loops, so a
//! breakpoint on a `while (c)` line stops once, at the jump into the loop; cir's output tests `c`
//! at the top, so the same breakpoint stops at every test of `c`. And cir opens a block where a
//! VLA is declared, so the VLA's line has a second breakpoint location, in that block.)
//!
//! gdb is required when `CIR_REQUIRE_GDB` is set (CI); otherwise its absence skips the gdb part.

mod common;

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use common::*;

const HELPER_H: &str = "/* A function in a header. */
static int helper(int x)
{
    int y = x * 2;
    return y + 1;
}
";

/// Compile-time code (kept out of `prog.c`, whose lines the reference build must keep).
const CT_H: &str = "#include <cir.h>
#include <cirq.h>
static CirCodeId scaled(CirCodeId e)
{
    return CirQ_code(\"int t = %c;\\n t = t * 3;\\n t + 1\", e);
}
static CirCodeId cube(CirCodeId e)
{
    const CirValue *v = CirCode_getValue(e);
    CirCodeId out = CirCode_ofExpr(NULL);
    CirCode_append(out, e);
    CirCode_append(out, CirQ(({ int c = CirAQ(v);
                                c * c * c; })));
    return out;
}
";

const PROG_C: &str = "#include <stdio.h>
#include \"ct.h\"
#include \"helper.h\"

struct point { int x, y; };

static int square(int v)
{
    int r = v * v;
    return r;
}

static int add(int a, int b) { return a + b; }

int main(int argc, char **argv)
{
    int total = 0;
    for (int i = 0; i < 5; i++) {
        total += square(i);
        total += helper(i);
    }
    total = @scaled(total);
    if (total < 0)
        printf(\"%d\\n\", \"text\");
    struct point p = { 1, 2 };
    int k = add(p.x,
                p.y) +
            add(3, 4);
    do {
        k++;
    } while (k < 13);
    k = (int)(double)k;
    total += @cube(k - 12);
    switch (k) {
    case 13:
        total += 10;
        break;
    default:
        total = 0;
    }
    if (argc > 1 && argv[1][0] == 'x')
        total = -1;
    else
        total += k;
    printf(\"total %d\\n\",
           total);
    return total == 190 ? 0 : 1;
}
";

/// The line (1-based) of `text` holding `piece`, which must be on exactly one line.
fn line_of(text: &str, piece: &str) -> usize {
    let hits: Vec<usize> = text.lines().enumerate().filter(|(_, l)| l.contains(piece)).map(|(i, _)| i + 1).collect();
    assert_eq!(hits.len(), 1, "`{piece}` is not on exactly one line");
    hits[0]
}

/// Writes the program, runs cir on it (in its directory, so file names are as written) and
/// gcc -g -O0 -Wall on the output. Returns the directory and gcc's stderr.
fn build(name: &str) -> (std::path::PathBuf, String) {
    let dir = scratch_dir(name);
    std::fs::write(dir.join("helper.h"), HELPER_H).unwrap();
    std::fs::write(dir.join("ct.h"), CT_H).unwrap();
    std::fs::write(dir.join("prog.c"), PROG_C).unwrap();
    let o = run(Command::new(cir_bin()).current_dir(&dir).args(["--line-directives", "prog.c", "-o", "out.c"]), Duration::from_secs(60));
    assert_eq!(o.code, Some(0), "cir failed:\n{}", String::from_utf8_lossy(&o.stderr));
    let o = run(Command::new("gcc").current_dir(&dir).args(["-g", "-O0", "-Wall", "out.c", "-o", "prog"]), Duration::from_secs(60));
    assert_eq!(o.code, Some(0), "gcc failed:\n{}", String::from_utf8_lossy(&o.stderr));
    let r = run(&mut Command::new(dir.join("prog")), Duration::from_secs(10));
    assert_eq!((r.code, String::from_utf8_lossy(&r.stdout).into_owned()), (Some(0), "total 190\n".to_string()));
    (dir, String::from_utf8_lossy(&o.stderr).into_owned())
}

#[test]
fn gcc_warns_at_the_original_line() {
    let (_, stderr) = build("line_directives_gcc");
    let k = line_of(PROG_C, "\"text\"");
    let at = format!("prog.c:{k}:");
    assert!(
        stderr.lines().any(|l| l.starts_with(&at) && l.contains("[-Wformat")),
        "no -Wformat warning at {at}; gcc said:\n{stderr}"
    );
    // Every diagnostic is at an original file: nothing is left to out.c's own lines.
    assert!(!stderr.contains("out.c:"), "gcc reports a location in out.c:\n{stderr}");
}

/// Each line of `out` with the original `file:line` gcc attributes to it (after `#line`).
fn presumed_lines(out: &str) -> Vec<(String, String)> {
    let mut at: Option<(String, usize)> = None;
    let mut v = Vec::new();
    for l in out.lines() {
        if let Some(rest) = l.strip_prefix("#line ") {
            let (n, file) = rest.split_once(' ').unwrap_or((rest, ""));
            let file = if file.is_empty() { at.as_ref().map(|a| a.0.clone()).unwrap_or_default() } else { file.trim_matches('"').to_string() };
            at = Some((file, n.parse().unwrap()));
            continue;
        }
        if let Some((f, n)) = &mut at {
            v.push((format!("{f}:{n}"), l.to_string()));
            *n += 1;
        }
    }
    v
}

#[test]
fn statements_are_at_their_source_statements_line() {
    let (dir, _) = build("line_directives_stmts");
    let out = std::fs::read_to_string(dir.join("out.c")).unwrap();
    let lines = presumed_lines(&out);
    let at = |piece: &str, want: usize| {
        let hits: Vec<&(String, String)> = lines.iter().filter(|(_, l)| l.contains(piece)).collect();
        assert!(!hits.is_empty(), "no `{piece}` in the output:\n{out}");
        for (loc, l) in hits {
            assert_eq!(loc, &format!("prog.c:{want}"), "`{l}`");
        }
    };
    // A helper copy made while converting (no span of its own): its statement's line.
    at("(double)", line_of(PROG_C, "(int)(double)k"));
    // Statements spliced by the `@` call (quoted in ct.h): the call's line.
    at(" * 3; /*", line_of(PROG_C, "@scaled"));
    // Statements of a template (cirq.h), copied from where it is written in ct.h.
    let cube = line_of(PROG_C, "@cube");
    let spliced: Vec<&(String, String)> = lines.iter().filter(|(_, l)| l.contains("_c = ") || l.contains("_c * ")).collect();
    assert!(spliced.len() >= 2, "no statements of the template:\n{out}");
    for (loc, l) in spliced {
        assert_eq!(loc, &format!("prog.c:{cube}"), "`{l}`");
    }
    at(" == 190) goto", line_of(PROG_C, "return total"));
}

#[test]
fn without_the_flag_there_are_no_directives_and_with_it_output_is_deterministic() {
    let dir = scratch_dir("line_directives_flag");
    std::fs::write(dir.join("helper.h"), HELPER_H).unwrap();
    std::fs::write(dir.join("ct.h"), CT_H).unwrap();
    std::fs::write(dir.join("prog.c"), PROG_C).unwrap();
    let render = |flag: bool| {
        let mut cmd = Command::new(cir_bin());
        cmd.current_dir(&dir).arg("prog.c");
        if flag {
            cmd.arg("--line-directives");
        }
        let o = run(&mut cmd, Duration::from_secs(60));
        assert_eq!(o.code, Some(0), "{}", String::from_utf8_lossy(&o.stderr));
        String::from_utf8(o.stdout).unwrap()
    };
    let plain = render(false);
    assert!(!plain.contains("#line"), "#line without --line-directives");
    let a = render(true);
    assert!(a.contains("#line"));
    assert_eq!(a, render(true), "--line-directives output differs between runs");
    // The directives are all the difference: the code is the same.
    let strip = |s: &str| s.lines().filter(|l| !l.starts_with("#line")).flat_map(|l| l.split_whitespace().map(str::to_string).collect::<Vec<_>>()).collect::<Vec<_>>();
    assert_eq!(strip(&a), strip(&plain));
}

/// Whether gdb runs (its absence fails the test when `CIR_REQUIRE_GDB` is set).
fn have_gdb() -> bool {
    let ok = Command::new("gdb").arg("--version").output().is_ok_and(|o| o.status.success());
    if !ok {
        if std::env::var_os("CIR_REQUIRE_GDB").is_some() {
            panic!("gdb is not installed and CIR_REQUIRE_GDB is set");
        }
        eprintln!("SKIPPED: gdb is not installed (set CIR_REQUIRE_GDB=1 to make this a failure)");
    }
    ok
}

/// Runs `exe` under gdb with a breakpoint on every line of the given files until it exits.
/// Returns the breakpoints as set (`N file L`) and every stop (`N function(args) file:L`), with
/// cir's `vidN_` prefixes removed and paths reduced to file names.
fn gdb_stops(dir: &Path, exe: &str, files: &[(&str, &str)]) -> (Vec<String>, Vec<String>) {
    let mut script = String::from("set startup-with-shell off\nset disable-randomization off\nset pagination off\n");
    for (name, text) in files {
        for l in 1..=text.lines().count() {
            script.push_str(&format!("break {name}:{l}\n"));
        }
    }
    script.push_str("run\nwhile $_isvoid($_exitcode)\ncontinue\nend\n");
    std::fs::write(dir.join("cmds.gdb"), script).unwrap();
    let o = run(Command::new("gdb").current_dir(dir).args(["-batch", "-nx", "-x", "cmds.gdb", exe]), Duration::from_secs(120));
    let text = String::from_utf8_lossy(&o.stdout).into_owned();
    assert_eq!(o.code, Some(0), "gdb failed:\n{text}\n{}", String::from_utf8_lossy(&o.stderr));
    let norm = |s: &str| {
        let mut out = String::new();
        let mut rest = s;
        while let Some(i) = rest.find("vid") {
            out.push_str(&rest[..i]);
            let after = &rest[i + 3..];
            let digits = after.bytes().take_while(u8::is_ascii_digit).count();
            if digits > 0 && after[digits..].starts_with('_') {
                rest = &after[digits + 1..];
            } else {
                out.push_str("vid");
                rest = after;
            }
        }
        out.push_str(rest);
        out
    };
    let base = |p: &str| p.rsplit('/').next().unwrap_or(p).to_string();
    let mut set = Vec::new();
    let mut stops = Vec::new();
    for line in text.lines() {
        let Some(rest) = line.strip_prefix("Breakpoint ") else { continue };
        let Some((num, rest)) = rest.split_once(' ') else { continue };
        if let Some(r) = rest.strip_prefix("at ") {
            // `Breakpoint 3 at 0x1157: file /x/prog.c, line 7.`
            let Some((_, fl)) = r.split_once(": file ") else { continue };
            let Some((file, l)) = fl.rsplit_once(", line ") else { continue };
            set.push(format!("{num} {} {}", base(file), l.trim_end_matches('.')));
        } else if let Some((func, at)) = rest.rsplit_once(" at ") {
            // `Breakpoint 3, square (v=0) at /x/prog.c:7`
            // (Pointer arguments differ between the builds: their values are left out.)
            let func: Vec<&str> = func.split(", ").map(|a| if a.contains("=0x") { a.split("=0x").next().unwrap_or(a) } else { a }).collect();
            stops.push(format!("{} {} {}", num.trim_end_matches(','), norm(&func.join(", ")), base(at)));
        }
    }
    (set, stops)
}

#[test]
fn gdb_stops_at_the_original_lines() {
    if !have_gdb() {
        return;
    }
    let (dir, _) = build("line_directives_gdb");
    // The spliced statements are at the `@` call, not in the quoting function.
    let out = std::fs::read_to_string(dir.join("out.c")).unwrap();
    assert!(!out.contains("\"ct.h\""), "a directive names ct.h:\n{out}");
    // gcc's own build of the program: the `@` call replaced by what the code it splices
    // computes, on the same line; `ct.h` (compile-time code) left out, keeping the lines.
    let at = line_of(PROG_C, "@scaled");
    let reference: String = PROG_C
        .lines()
        .map(|l| match l {
            "#include \"ct.h\"" => String::new(),
            // (Not a statement expression: its block would be a second breakpoint location.)
            l if l.contains("@scaled") => "    total = total * 3 + 1;".to_string(),
            l if l.contains("@cube") => "    total += (k - 12) * (k - 12) * (k - 12);".to_string(),
            l => l.to_string(),
        })
        .map(|l| l + "\n")
        .collect();
    let refdir = dir.join("reference");
    std::fs::create_dir_all(&refdir).unwrap();
    std::fs::write(refdir.join("prog.c"), &reference).unwrap();
    std::fs::write(refdir.join("helper.h"), HELPER_H).unwrap();
    let o = run(Command::new("gcc").current_dir(&refdir).args(["-g", "-O0", "prog.c", "-o", "prog"]), Duration::from_secs(60));
    assert_eq!(o.code, Some(0), "gcc rejects the reference:\n{}", String::from_utf8_lossy(&o.stderr));

    let files = [("prog.c", PROG_C), ("helper.h", HELPER_H)];
    let (cir_set, cir_stops) = gdb_stops(&dir, "./prog", &files);
    let (ref_set, ref_stops) = gdb_stops(&refdir, "./prog", &files);
    // The stops the test is about are there (so the comparison is not vacuous): breakpoint n
    // is set at that line, and the run stops there in that function.
    let stop = |n: usize, func: &str, file: &str, line: usize| {
        assert!(cir_set.contains(&format!("{n} {file} {line}")), "breakpoint {n} is not at {file}:{line}:\n{}", cir_set.join("\n"));
        let found = cir_stops.iter().any(|s| s.contains(&format!(" {func} (")) && s.ends_with(&format!(" {file}:{line}")));
        assert!(found, "no stop in {func} at {file}:{line}; stops:\n{}", cir_stops.join("\n"));
    };
    let body = line_of(PROG_C, "total += square(i)");
    let sq = line_of(PROG_C, "return r;");
    stop(body, "main", "prog.c", body);
    stop(sq, "square", "prog.c", sq);
    stop(at, "main", "prog.c", at);
    let cube = line_of(PROG_C, "@cube");
    stop(cube, "main", "prog.c", cube);
    let n_prog = PROG_C.lines().count();
    let hl = line_of(HELPER_H, "return y + 1;");
    stop(n_prog + hl, "helper", "helper.h", hl);
    assert_eq!(cir_set, ref_set, "breakpoints resolve to other lines than in gcc's build");
    assert_eq!(
        cir_stops,
        ref_stops,
        "the run stops differently than gcc's build:\ncir:\n{}\ngcc:\n{}",
        cir_stops.join("\n"),
        ref_stops.join("\n")
    );
    // What the brief asks to see: gdb's backtrace at the header's line.
    let o = run(
        Command::new("gdb").current_dir(&dir).args([
            "-batch",
            "-nx",
            "-ex",
            "set startup-with-shell off",
            "-ex",
            "set disable-randomization off",
            "-ex",
            &format!("break helper.h:{hl}"),
            "-ex",
            "run",
            "-ex",
            "bt",
            "./prog",
        ]),
        Duration::from_secs(60),
    );
    let text = String::from_utf8_lossy(&o.stdout);
    let frame0 = format!("/helper.h:{hl}");
    let frame1 = format!("/prog.c:{}", line_of(PROG_C, "total += helper(i)"));
    assert!(
        text.lines().any(|l| l.starts_with("#0  ") && l.contains("_helper (") && l.ends_with(&frame0)),
        "no `helper` frame at {frame0}:\n{text}"
    );
    assert!(text.lines().any(|l| l.starts_with("#1  ") && l.contains(" in main (") && l.ends_with(&frame1)), "no `main` frame at {frame1}:\n{text}");
}
