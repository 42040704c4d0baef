//! Helpers shared by the integration tests: running cir, gcc and the built programs.
#![allow(dead_code)]

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The cir binary under test.
pub fn cir_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_cir"))
}

/// A scratch directory for one test, under the target directory (or `CIR_TEST_SCRATCH`).
pub fn scratch_dir(name: &str) -> PathBuf {
    let base = std::env::var_os("CIR_TEST_SCRATCH").map(PathBuf::from).unwrap_or_else(|| PathBuf::from(env!("CARGO_TARGET_TMPDIR")));
    let d = base.join(name);
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("create scratch dir");
    d
}

/// Output of a finished process.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// Exit code, or `-signal` when killed by a signal, or `None` on timeout.
    pub code: Option<i32>,
}

/// Runs a command with a timeout, capturing its output.
pub fn run(cmd: &mut Command, timeout: Duration) -> Outcome {
    cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => return Outcome { stdout: Vec::new(), stderr: e.to_string().into_bytes(), code: Some(-1000) },
    };
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let to = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = out.read_to_end(&mut b);
        b
    });
    let te = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = err.read_to_end(&mut b);
        b
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break Some(s),
            Ok(None) => {
                if start.elapsed() > timeout {
                    let _ = child.kill();
                    let _ = child.wait();
                    break None;
                }
                std::thread::sleep(Duration::from_millis(5));
            }
            Err(_) => break None,
        }
    };
    let stdout = to.join().unwrap_or_default();
    let stderr = te.join().unwrap_or_default();
    use std::os::unix::process::ExitStatusExt;
    let code = status.map(|s| s.code().unwrap_or_else(|| -s.signal().unwrap_or(0)));
    Outcome { stdout, stderr, code }
}

/// Compiles C with gcc. Returns gcc's stderr on failure.
pub fn gcc(src: &Path, exe: &Path, flags: &[&str]) -> Result<Outcome, String> {
    let mut cmd = Command::new("gcc");
    cmd.args(flags).arg(src).arg("-o").arg(exe).args(["-lm", "-pthread"]);
    let o = run(&mut cmd, Duration::from_secs(120));
    if o.code != Some(0) {
        return Err(String::from_utf8_lossy(&o.stderr).into_owned());
    }
    Ok(o)
}

/// All `.c` files below a directory, sorted.
pub fn c_files(dir: &Path) -> Vec<PathBuf> {
    let mut v = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else { continue };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "c") {
                v.push(p);
            }
        }
    }
    v.sort();
    v
}

/// Runs `f` over `items` on `threads` worker threads, returning results in order.
pub fn par_map<T: Sync, R: Send>(items: &[T], threads: usize, f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results: Vec<std::sync::Mutex<Option<R>>> = items.iter().map(|_| std::sync::Mutex::new(None)).collect();
    std::thread::scope(|s| {
        for _ in 0..threads.max(1) {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    if i >= items.len() {
                        break;
                    }
                    let r = f(&items[i]);
                    *results[i].lock().unwrap() = Some(r);
                }
            });
        }
    });
    results.into_iter().map(|m| m.into_inner().unwrap().unwrap()).collect()
}

/// Number of worker threads for test fan-out.
pub fn threads() -> usize {
    std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2).max(2)
}

/// Substring filter from `CIR_TEST_FILTER`.
pub fn filter_matches(p: &Path) -> bool {
    match std::env::var("CIR_TEST_FILTER") {
        Ok(f) if !f.is_empty() => p.to_string_lossy().contains(&f),
        _ => true,
    }
}

/// The kinds of warnings/notes gcc printed: the message with quoted names blanked.
pub fn warning_kinds(stderr: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(stderr);
    let mut v = Vec::new();
    for line in text.lines() {
        let Some(i) = line.find(": warning: ").map(|i| i + 11).or_else(|| line.find(": note: ").map(|i| i + 8)) else {
            continue;
        };
        let msg = &line[i..];
        if msg.starts_with("in expansion of") || msg.contains("declared here") || msg.starts_with("each undeclared") {
            continue;
        }
        let mut out = String::new();
        let mut quoted = false;
        for c in msg.chars() {
            match c {
                '‘' => {
                    quoted = true;
                    out.push('Q');
                }
                '’' => quoted = false,
                _ if quoted => {}
                _ => out.push(c),
            }
        }
        v.push(out);
    }
    v
}


/// Warnings gcc gives on `new` that it does not give on `orig` (by kind).
pub fn new_warnings(orig: &[u8], new: &[u8]) -> Vec<String> {
    let o = warning_kinds(orig);
    warning_kinds(new).into_iter().filter(|w| !o.contains(w)).collect()
}

/// Runs `check` on every program of `tests/programs` (in parallel), with the programs listed
/// in `tests/programs/<known>` (`path reason` lines) expected to fail. Panics listing every
/// unexpected failure, and every listed program that passes now.
pub fn run_corpus(what: &str, known_file: &str, scratch: &str, check: fn(&Path, &Path) -> Result<(), String>) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    let progs: Vec<PathBuf> = c_files(&root).into_iter().filter(|p| filter_matches(p)).collect();
    assert!(!progs.is_empty(), "no test programs found");
    let dir = scratch_dir(scratch);
    let known: Vec<(String, String)> = std::fs::read_to_string(root.join(known_file))
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let mut it = l.splitn(2, char::is_whitespace);
            (it.next().unwrap_or("").to_string(), it.next().unwrap_or("").trim().to_string())
        })
        .collect();
    let results = par_map(&progs, threads(), |p| (p.clone(), check(p, &dir)));
    let mut failures = Vec::new();
    let mut known_failing = 0;
    for (p, r) in &results {
        let rel = p.strip_prefix(&root).unwrap_or(p).to_string_lossy().into_owned();
        let expected_fail = known.iter().find(|(k, _)| *k == rel);
        match (r, expected_fail) {
            (Err(e), None) => failures.push(format!("--- {rel}\n{e}")),
            (Err(_), Some(_)) => known_failing += 1,
            (Ok(()), Some((_, why))) => failures.push(format!("--- {rel}\nlisted in {known_file} ({why}) but passes now: remove it from the list")),
            (Ok(()), None) => {}
        }
    }
    let passed = results.len() - failures.len() - known_failing;
    eprintln!("{what}: {passed}/{} programs pass ({known_failing} known failures)", results.len());
    if !failures.is_empty() {
        panic!("{} of {} programs fail:\n{}", failures.len(), results.len(), failures.join("\n"));
    }
}

/// The first line where two outputs differ.
pub fn first_diff(a: &[u8], b: &[u8]) -> String {
    let a = String::from_utf8_lossy(a);
    let b = String::from_utf8_lossy(b);
    for (i, (x, y)) in a.lines().zip(b.lines()).enumerate() {
        if x != y {
            return format!("line {}: expected `{x}`, got `{y}`", i + 1);
        }
    }
    format!("lengths differ: expected {} lines, got {} lines", a.lines().count(), b.lines().count())
}
