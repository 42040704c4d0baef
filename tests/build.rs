//! cir in builds: `cir cc` as a drop-in gcc (output names, modes, dependency files, cir's own
//! options, exit statuses), the `examples/make` project built with `make -j2 CC="cir cc"` and
//! with the pattern-rule Makefile, rebuilds when a file read by compile-time code changes, and
//! ccache wrapping `cir-cc`.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use common::*;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// PATH with the directory of the cir binaries (`cir`, `cir-cc`) first.
fn path_env() -> String {
    let bin = cir_bin().parent().unwrap().to_path_buf();
    format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default())
}

/// A command run in `dir` with cir on the PATH and no CIRFLAGS/CC from the caller.
fn cmd(dir: &Path, prog: &str, args: &[&str]) -> Command {
    let mut c = Command::new(prog);
    c.args(args).current_dir(dir).env("PATH", path_env()).env_remove("CIRFLAGS").env_remove("CC").env_remove("CIR_CC");
    c
}

fn ok(o: &Outcome, what: &str) -> String {
    let text = format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr));
    assert_eq!(o.code, Some(0), "{what} failed:\n{text}");
    text
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            copy_dir(&p, &to.join(e.file_name()));
        } else {
            std::fs::copy(&p, to.join(e.file_name())).unwrap();
        }
    }
}

/// Copies `examples/make` into a fresh scratch directory.
fn project(name: &str) -> PathBuf {
    let d = scratch_dir(name);
    copy_dir(&root().join("examples/make"), &d);
    d
}

/// Sets a file's contents and makes its modification time later than anything built so far.
fn edit(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap();
    let later = std::time::SystemTime::now() + Duration::from_secs(5);
    std::fs::File::options().write(true).open(path).unwrap().set_modified(later).unwrap();
}

const T: Duration = Duration::from_secs(300);

/// The project builds with `make -j2 CC="cir cc"` and its tests pass; editing the file that
/// banner.c's compile-time code reads makes make rebuild banner.o (and only what depends on it).
#[test]
fn make_project_with_cir_cc() {
    let d = project("make_cc");
    let out = ok(&run(&mut cmd(&d, "make", &["-j2", "CC=cir cc", "test"]), T), "make -j2 CC=\"cir cc\" test");
    assert!(out.contains("make test: passed"), "{out}");
    let dep = std::fs::read_to_string(d.join("banner.d")).unwrap();
    assert!(dep.contains("data/banner.txt"), "banner.d does not list the file compile-time code read:\n{dep}");
    assert!(dep.contains("util.h"), "banner.d lacks the header:\n{dep}");
    // Up to date: nothing to do.
    let q = run(&mut cmd(&d, "make", &["-q", "CC=cir cc", "all"]), T);
    assert_eq!(q.code, Some(0), "make -q after a full build says something is out of date");
    // The embedded file changes: banner.o is rebuilt, crc.o is not.
    edit(&d.join("data/banner.txt"), "a new banner\n");
    let out = ok(&run(&mut cmd(&d, "make", &["CC=cir cc", "demo"]), T), "make after editing data/banner.txt");
    assert!(out.contains("-c banner.c"), "banner.o was not rebuilt:\n{out}");
    assert!(!out.contains("-c crc.c"), "crc.o was rebuilt needlessly:\n{out}");
    let demo = run(&mut Command::new(d.join("demo")), Duration::from_secs(10));
    assert!(String::from_utf8_lossy(&demo.stdout).starts_with("a new banner\n"), "the rebuilt demo prints the old banner");
    // A header change rebuilds the objects that include it.
    edit(&d.join("util.h"), &(std::fs::read_to_string(d.join("util.h")).unwrap() + "/* edited */\n"));
    let out = ok(&run(&mut cmd(&d, "make", &["CC=cir cc", "all"]), T), "make after editing util.h");
    for f in ["main.c", "crc.c", "stats.c", "banner.c", "unit_tests.c"] {
        assert!(out.contains(&format!("-c {f}")), "{f} was not rebuilt after its header changed:\n{out}");
    }
}

/// The pattern-rule Makefile (`%.cir.c: %.c` with `cir -MD`, then the system compiler).
#[test]
fn make_project_with_pattern_rules() {
    let d = project("make_pattern");
    let out = ok(&run(&mut cmd(&d, "make", &["-j2", "-f", "Makefile.pattern", "test"]), T), "make -f Makefile.pattern test");
    assert!(out.contains("make test: passed"), "{out}");
    assert!(d.join("crc.cir.c").exists(), "the intermediate C was not kept");
    let dep = std::fs::read_to_string(d.join("banner.cir.d")).unwrap();
    assert!(dep.contains("banner.cir.c:") && dep.contains("data/banner.txt"), "{dep}");
    edit(&d.join("data/banner.txt"), "patterned\n");
    let out = ok(&run(&mut cmd(&d, "make", &["-f", "Makefile.pattern", "demo"]), T), "make after editing data/banner.txt");
    assert!(out.contains("banner.c -o banner.cir.c"), "banner.cir.c was not regenerated:\n{out}");
    assert!(!out.contains("crc.c -o crc.cir.c"), "crc.cir.c was regenerated needlessly:\n{out}");
    let demo = run(&mut Command::new(d.join("demo")), Duration::from_secs(10));
    assert!(String::from_utf8_lossy(&demo.stdout).starts_with("patterned\n"));
}

/// `cir cc` names its outputs as gcc does, in every mode.
#[test]
fn cir_cc_behaves_like_gcc() {
    let d = scratch_dir("cc_modes");
    std::fs::create_dir_all(d.join("src")).unwrap();
    std::fs::create_dir_all(d.join("obj")).unwrap();
    std::fs::write(d.join("src/a.c"), "#include <stdio.h>\nint twice(int);\nint main(void) { printf(\"%d\\n\", twice(@sq(7))); return 0; }\nstatic int sq(int x) { return x * x; }\n").unwrap();
    std::fs::write(d.join("src/b.c"), "int twice(int x) { return 2 * x; }\n").unwrap();
    // -c with several inputs: objects in the current directory, named after the sources.
    ok(&run(&mut cmd(&d, "cir", &["cc", "-c", "src/b.c", "-Wall"]), T), "cir cc -c");
    assert!(d.join("b.o").exists());
    // `@sq` is declared after its use: an error, exit 1, no object.
    let o = run(&mut cmd(&d, "cir", &["cc", "-c", "src/a.c", "src/b.c"]), T);
    assert_eq!(o.code, Some(1), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stderr).contains("src/a.c:3"), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(!d.join("a.o").exists());
    std::fs::write(d.join("src/a.c"), "#include <stdio.h>\nint twice(int);\nstatic int sq(int x) { return x * x; }\nint main(void) { printf(\"%d\\n\", twice(@sq(7))); return 0; }\n").unwrap();
    ok(&run(&mut cmd(&d, "cir", &["cc", "-c", "src/a.c", "src/b.c"]), T), "cir cc -c a.c b.c");
    assert!(d.join("a.o").exists() && d.join("b.o").exists());
    // Linking objects, -o.
    ok(&run(&mut cmd(&d, "cir", &["cc", "a.o", "b.o", "-o", "prog"]), T), "link");
    let r = run(&mut Command::new(d.join("prog")), Duration::from_secs(10));
    assert_eq!(String::from_utf8_lossy(&r.stdout), "98\n");
    // Compile and link in one step, with -MD: the dependency file is named after -o, as gcc's.
    ok(&run(&mut cmd(&d, "cir-cc", &["-O2", "-MD", "src/a.c", "src/b.c", "-o", "prog2"]), T), "cir-cc compile+link");
    assert!(d.join("prog2").exists() && d.join("prog2.d").exists());
    // -c -o elsewhere with -MMD -MF/-MT: gcc's names and targets.
    ok(&run(&mut cmd(&d, "cir", &["cc", "-c", "src/a.c", "-o", "obj/a.o", "-MMD"]), T), "-c -o -MMD");
    let dep = std::fs::read_to_string(d.join("obj/a.d")).unwrap();
    assert!(dep.starts_with("obj/a.o: src/a.c"), "{dep}");
    ok(&run(&mut cmd(&d, "cir", &["cc", "-c", "src/a.c", "-o", "obj/a.o", "-MD", "-MF", "deps.d", "-MT", "custom"]), T), "-MF -MT");
    assert!(std::fs::read_to_string(d.join("deps.d")).unwrap().starts_with("custom: src/a.c"));
    // -S: assembly named after the source; CIRFLAGS=--keep keeps cir's output beside it.
    ok(&run(cmd(&d, "cir", &["cc", "-S", "src/a.c"]).env("CIRFLAGS", "--keep"), T), "-S");
    assert!(d.join("a.s").exists() && d.join("a.cir.c").exists());
    assert!(std::fs::read_to_string(d.join("a.cir.c")).unwrap().contains("twice((int)49)"), "the @ call was not evaluated");
    // -E: the preprocessor's output (cir.h on the include path).
    std::fs::write(d.join("src/c.c"), "#include <cir.h>\nint x = CIR_H_MARK;\n").unwrap();
    let o = run(&mut cmd(&d, "cir", &["cc", "-E", "-DCIR_H_MARK=5", "src/c.c"]), T);
    assert!(ok(&o, "-E").contains("int x = 5;"));
    // A failing link passes gcc's status through.
    let o = run(&mut cmd(&d, "cir", &["cc", "b.o", "-o", "nomain"]), T);
    assert_ne!(o.code, Some(0));
    // CC="cir cc" in the environment (as make exports it) does not make cir call itself.
    ok(&run(cmd(&d, "cir", &["cc", "-c", "src/b.c"]).env("CC", "cir cc"), T), "cir cc with CC=cir cc");
    // cir's own options: -Xcir and CIRFLAGS reach cir (an unknown one is cir's error).
    let o = run(&mut cmd(&d, "cir", &["cc", "-c", "src/b.c", "-Xcir", "--no-such-cir-option"]), T);
    assert_ne!(o.code, Some(0));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--no-such-cir-option"));
}

/// `-l` libraries for compile-time code through CIRFLAGS, listed in the dependency file.
#[test]
fn cir_cc_compile_time_libraries() {
    let d = scratch_dir("cc_libs");
    std::fs::copy(root().join("examples/zlib.c"), d.join("zlib.c")).unwrap();
    let o = run(cmd(&d, "cir", &["cc", "-c", "zlib.c", "-MD"]).env("CIRFLAGS", "-l libz.so.1"), T);
    ok(&o, "cir cc with CIRFLAGS=-l libz.so.1");
    let dep = std::fs::read_to_string(d.join("zlib.d")).unwrap();
    assert!(dep.contains("libz.so.1"), "zlib.d does not list the library:\n{dep}");
}

/// ccache wraps `cir-cc` unchanged: the second identical compile is a cache hit.
#[test]
fn ccache_wraps_cir_cc() {
    if Command::new("ccache").arg("--version").output().is_err() {
        assert!(std::env::var_os("CIR_REQUIRE_CCACHE").is_none(), "ccache is not installed");
        eprintln!("ccache not installed: skipped");
        return;
    }
    let d = project("ccache");
    let cache = d.join(".ccache");
    let cc = |args: &[&str]| {
        let mut c = cmd(&d, "ccache", args);
        c.env("CCACHE_DIR", &cache);
        c
    };
    for _ in 0..2 {
        let _ = std::fs::remove_file(d.join("crc.o"));
        ok(&run(&mut cc(&["cir-cc", "-O2", "-c", "crc.c", "-o", "crc.o"]), T), "ccache cir-cc");
        assert!(d.join("crc.o").exists());
    }
    let stats = run(&mut cc(&["--print-stats"]), T);
    let text = ok(&stats, "ccache --print-stats");
    let hits: u64 = text
        .lines()
        .filter_map(|l| l.strip_prefix("direct_cache_hit\t").or_else(|| l.strip_prefix("preprocessed_cache_hit\t")))
        .filter_map(|v| v.trim().parse::<u64>().ok())
        .sum();
    assert_eq!(hits, 1, "the second compile was not a cache hit:\n{text}");
}

/// distcc wraps `cir-cc` unchanged: with a distccd on loopback, the preprocessed file (from
/// `cir-cc -E` on this side) is compiled by `cir-cc` on the server (cir runs the `@` calls
/// there), and the object works. distccd started by root runs as an unprivileged user, so the
/// binaries and the project are staged in a world-readable directory under /tmp.
#[test]
fn distcc_wraps_cir_cc() {
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;
    if Command::new("distccd").arg("--version").output().is_err() {
        assert!(std::env::var_os("CIR_REQUIRE_DISTCC").is_none(), "distcc is not installed");
        eprintln!("distcc not installed: skipped");
        return;
    }
    let stage = std::env::temp_dir().join(format!("cir-distcc-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&stage);
    let bin = stage.join("bin");
    let d = stage.join("project");
    std::fs::create_dir_all(&bin).unwrap();
    copy_dir(&root().join("examples/make"), &d);
    for b in ["cir", "cir-cc"] {
        std::fs::copy(cir_bin().with_file_name(b), bin.join(b)).unwrap();
    }
    for p in [&stage, &bin, &d] {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o777)).unwrap();
    }
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default());
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let log = stage.join("distccd.log");
    std::fs::create_dir_all(d.join(".distcc")).unwrap();
    let mut daemon = Command::new("distccd")
        .args(["--no-detach", "--daemon", "--allow", "127.0.0.1", "--listen", "127.0.0.1", "--enable-tcp-insecure", "--jobs", "2"])
        .args(["--port", &port.to_string(), "--log-file"])
        .arg(&log)
        .env("PATH", &path)
        .env("TMPDIR", &stage)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .process_group(0)
        .spawn()
        .expect("start distccd");
    // distccd forks workers: stop the whole process group.
    let stop = |pid: u32| {
        let _ = Command::new("kill").args(["-TERM", "--", &format!("-{pid}")]).status();
    };
    let t0 = std::time::Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() && t0.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(50));
    }
    let mut c = Command::new("distcc");
    c.args(["cir-cc", "-O2", "-c", "crc.c", "-o", "crc.o"])
        .current_dir(&d)
        .env("PATH", &path)
        .env_remove("CIRFLAGS")
        .env_remove("CC")
        .env("DISTCC_HOSTS", format!("127.0.0.1:{port}/2"))
        .env("DISTCC_FALLBACK", "0")
        .env("DISTCC_DIR", d.join(".distcc"));
    let compile = run(&mut c, T);
    stop(daemon.id());
    let _ = daemon.wait();
    let log_text = std::fs::read_to_string(&log).unwrap_or_default();
    ok(&compile, &format!("distcc cir-cc (distccd log:\n{log_text})"));
    assert!(log_text.contains("COMPILE_OK"), "the server did not compile:\n{log_text}");
    for f in ["stats.c", "unit_tests.c"] {
        ok(&run(&mut cmd(&d, "cir-cc", &["-c", f]), T), "cir-cc -c");
    }
    ok(&run(&mut cmd(&d, "cir-cc", &["unit_tests.o", "crc.o", "stats.o", "-o", "unit_tests"]), T), "link");
    let r = run(&mut Command::new(d.join("unit_tests")), Duration::from_secs(10));
    assert_eq!(r.code, Some(0), "{}", String::from_utf8_lossy(&r.stdout));
    let _ = std::fs::remove_dir_all(&stage);
}
