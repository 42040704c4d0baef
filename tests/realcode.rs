//! Real code round-trips: the SQLite amalgamation (from the `libsqlite3-sys` crate, feature
//! `bundled`; built with `cir cc`) and Lua 5.4 (from `lua-src`; through `cir`) go through cir; the rebuilt programs must behave like
//! the originals on a SQL workload (`tests/sqlite/workload.c`) and on Lua scripts
//! (`tests/lua/*.lua`). gcc must compile cir's output without warnings it does not also give on
//! the original.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use common::*;

/// The source directory of a crate in cargo's registry, at the version in Cargo.lock.
fn crate_src(name: &str) -> PathBuf {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let lock = std::fs::read_to_string(root.join("Cargo.lock")).expect("Cargo.lock");
    let mut version = None;
    let mut lines = lock.lines();
    while let Some(l) = lines.next() {
        if l.trim() == format!("name = \"{name}\"") {
            version = lines.next().and_then(|v| v.trim().strip_prefix("version = \"")).map(|v| v.trim_end_matches('"').to_string());
            break;
        }
    }
    let version = version.unwrap_or_else(|| panic!("{name} not in Cargo.lock"));
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(std::env::var_os("HOME").expect("HOME")).join(".cargo"));
    let reg = home.join("registry/src");
    for e in std::fs::read_dir(&reg).expect("cargo registry").flatten() {
        let d = e.path().join(format!("{name}-{version}"));
        if d.exists() {
            return d;
        }
    }
    panic!("{name}-{version} not found under {}", reg.display());
}

/// Runs cir on a `.c` file with extra arguments, writing `out`.
fn cir(src: &Path, out: &Path, args: &[&str]) {
    let o = run(Command::new(cir_bin()).args(args).arg(src).arg("-o").arg(out), Duration::from_secs(300));
    assert_eq!(o.code, Some(0), "cir failed on {}:\n{}", src.display(), String::from_utf8_lossy(&o.stderr));
}

/// Compiles and links with gcc, returning its stderr (warnings).
fn link(srcs: &[PathBuf], exe: &Path, flags: &[&str]) -> Vec<u8> {
    let mut cmd = Command::new("gcc");
    cmd.args(flags).args(srcs).arg("-o").arg(exe).args(["-lm", "-lpthread", "-ldl"]);
    let o = run(&mut cmd, Duration::from_secs(600));
    assert_eq!(o.code, Some(0), "gcc failed:\n{}", String::from_utf8_lossy(&o.stderr));
    o.stderr
}

/// `cir cc` with gcc's arguments, in `dir`; returns its stderr (gcc's warnings).
fn cir_cc(dir: &Path, args: &[&str]) -> Vec<u8> {
    let o = run(Command::new(cir_bin()).arg("cc").args(args).current_dir(dir).env_remove("CIRFLAGS"), Duration::from_secs(600));
    assert_eq!(o.code, Some(0), "cir cc {args:?} failed:\n{}", String::from_utf8_lossy(&o.stderr));
    o.stderr
}

/// SQLite and its driver are built by `cir cc` the way a build would (objects, then a link)
/// and by gcc; the two programs must print the same.
#[test]
fn sqlite_round_trips() {
    let sq = crate_src("libsqlite3-sys").join("sqlite3");
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = scratch_dir("sqlite");
    let inc = format!("-I{}", sq.display());
    let defs = ["-DSQLITE_ENABLE_FTS5", "-DSQLITE_ENABLE_RTREE", "-DSQLITE_ENABLE_MATH_FUNCTIONS"];
    let mut flags: Vec<&str> = vec!["-O0"];
    flags.extend(defs);
    flags.push(&inc);
    let sq_c = sq.join("sqlite3.c");
    let wl_c = root.join("tests/sqlite/workload.c");
    let orig_exe = dir.join("orig");
    let w_orig = link(&[wl_c.clone(), sq_c.clone()], &orig_exe, &flags);
    let (sq_s, wl_s) = (sq_c.to_string_lossy().into_owned(), wl_c.to_string_lossy().into_owned());
    let mut w_cir = Vec::new();
    for (src, obj) in [(sq_s.as_str(), "sqlite3.o"), (wl_s.as_str(), "workload.o")] {
        let mut a = flags.clone();
        a.extend(["-c", src, "-o", obj]);
        w_cir.extend(cir_cc(&dir, &a));
    }
    cir_cc(&dir, &["workload.o", "sqlite3.o", "-o", "cir", "-lm", "-lpthread", "-ldl"]);
    let cir_exe = dir.join("cir");
    let extra = new_warnings(&w_orig, &w_cir);
    assert!(extra.is_empty(), "gcc warns on cir's SQLite: {extra:?}");
    let a = run(&mut Command::new(&orig_exe), Duration::from_secs(120));
    let b = run(&mut Command::new(&cir_exe), Duration::from_secs(120));
    assert_eq!(a.code, Some(0), "the original workload failed");
    assert_eq!(a.code, b.code, "exit codes differ");
    assert!(a.stdout == b.stdout, "the SQL workload prints different results through cir cc");
    eprintln!("sqlite: workload output identical ({} bytes)", a.stdout.len());
}

#[test]
fn lua_round_trips() {
    let lua = crate_src("lua-src").join("lua-5.4.9");
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = scratch_dir("lua");
    let inc = format!("-I{}", lua.display());
    let args = ["-DLUA_USE_LINUX", inc.as_str()];
    let mut orig_srcs = vec![root.join("tests/lua/lua_main.c")];
    for f in c_files(&lua) {
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        if name == "luac.c" || name == "lua.c" || name == "onelua.c" {
            continue;
        }
        orig_srcs.push(f);
    }
    let cir_srcs: Vec<PathBuf> = par_map(&orig_srcs, threads(), |f| {
        let out = dir.join(format!("{}.cir.c", f.file_stem().unwrap().to_string_lossy()));
        cir(f, &out, &args);
        out
    });
    let mut flags = vec!["-O0", "-Wl,-E"];
    flags.extend(args);
    let orig_exe = dir.join("lua_orig");
    let cir_exe = dir.join("lua_cir");
    let w_orig = link(&orig_srcs, &orig_exe, &flags);
    let w_cir = link(&cir_srcs, &cir_exe, &flags);
    let extra = new_warnings(&w_orig, &w_cir);
    assert!(extra.is_empty(), "gcc warns on cir's Lua: {extra:?}");
    let mut scripts: Vec<PathBuf> = std::fs::read_dir(root.join("tests/lua"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "lua"))
        .collect();
    scripts.sort();
    assert!(scripts.len() >= 8);
    for s in &scripts {
        let a = run(Command::new(&orig_exe).arg(s), Duration::from_secs(60));
        let b = run(Command::new(&cir_exe).arg(s), Duration::from_secs(60));
        assert_eq!(a.code, Some(0), "{} fails with the original interpreter", s.display());
        assert_eq!(a.code, b.code, "{}: exit codes differ", s.display());
        assert!(a.stdout == b.stdout, "{}: output differs through cir", s.display());
    }
    eprintln!("lua: {} scripts identical", scripts.len());
}
