//! Snapshot tests of rendered output: `examples/*.c` rendered by cir must match
//! `tests/snapshots/NAME.out.c`. Run with `UPDATE_SNAPSHOTS=1` to rewrite the snapshots after an
//! intended change (and review the diff).

mod common;

use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

use common::*;

fn snapshot(example: &str) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let src = root.join("examples").join(format!("{example}.c"));
    let o = run(Command::new(cir_bin()).arg(&src).current_dir(&root), Duration::from_secs(60));
    assert_eq!(o.code, Some(0), "cir failed: {}", String::from_utf8_lossy(&o.stderr));
    let got = String::from_utf8(o.stdout).expect("output is UTF-8");
    // The first line names the input path, which depends on the checkout location.
    let got: String = got.lines().skip(1).map(|l| format!("{l}\n")).collect();
    let snap = root.join("tests/snapshots").join(format!("{example}.out.c"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&snap, &got).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&snap).unwrap_or_default();
    if got != want {
        panic!("rendered {example}.c differs from {} (UPDATE_SNAPSHOTS=1 to accept):\n{got}", snap.display());
    }
}

#[test]
fn fib_renders_in_the_cir_shape() {
    snapshot("fib");
}

#[test]
fn output_is_deterministic() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let src = root.join("tests/programs/libc/hash_table.c");
    let a = run(Command::new(cir_bin()).arg(&src), Duration::from_secs(60));
    let b = run(Command::new(cir_bin()).arg(&src), Duration::from_secs(60));
    assert_eq!(a.code, Some(0));
    assert_eq!(a.stdout, b.stdout, "two runs rendered different output");
    assert!(a.stdout.iter().all(|b| b.is_ascii()), "output is not plain ASCII");
}
