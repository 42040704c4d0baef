//! Mutation fuzzer for cir's front end. Seeds: small C programs (`fuzz/seeds/*.c`, plus the
//! round-trip corpus without its #includes). Every mutated input is compiled in-process; a
//! panic is a bug: the input is saved to `fuzz/crashes/` and the run fails.

#[path = "mutate.rs"]
mod mutate;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;

/// Seed inputs: the corpus programs preprocessed against the small stand-in headers in
/// `fuzz/include` (so each seed is a few KB of self-contained C).
fn seeds(root: &PathBuf) -> Vec<String> {
    let mut files = Vec::new();
    let mut dirs = vec![root.join("fuzz/seeds"), root.join("tests/programs"), root.join("tests/errors")];
    while let Some(d) = dirs.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else { continue };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "c") {
                files.push(p);
            }
        }
    }
    files.sort();
    let inc = root.join("fuzz/include");
    let mut v = Vec::new();
    for f in files {
        let out = std::process::Command::new("gcc")
            .args(["-E", "-P", "-nostdinc"])
            .arg(format!("-I{}", inc.display()))
            .arg(&f)
            .output();
        if let Ok(o) = out {
            if o.status.success() && o.stdout.len() < 20_000 {
                v.push(String::from_utf8_lossy(&o.stdout).into_owned());
            }
        }
    }
    v
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let iterations: u64 = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(100_000);
    let seed: u64 = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1);
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let corpus = seeds(&root);
    assert!(!corpus.is_empty(), "no seed inputs");
    eprintln!("{} seed inputs", corpus.len());
    std::panic::set_hook(Box::new(|_| {}));
    let save_last = std::env::var_os("FUZZ_SAVE_LAST").is_some();
    // A watchdog: an input that takes longer than 10 s is a hang; save it and stop.
    let current = std::sync::Arc::new(std::sync::Mutex::new((0u64, String::new())));
    let cur2 = current.clone();
    let root2 = root.clone();
    std::thread::spawn(move || {
        let mut last = u64::MAX;
        let mut since = std::time::Instant::now();
        loop {
            std::thread::sleep(std::time::Duration::from_millis(500));
            let (i, input) = cur2.lock().map(|g| (g.0, g.1.clone())).unwrap_or_default();
            if i != last {
                last = i;
                since = std::time::Instant::now();
            } else if since.elapsed().as_secs() >= 10 {
                let dir = root2.join("fuzz/crashes");
                let _ = std::fs::create_dir_all(&dir);
                let path = dir.join(format!("hang-{i}.c"));
                let _ = std::fs::write(&path, input);
                eprintln!("input {i} runs for more than 10 s: saved to {}", path.display());
                std::process::exit(2);
            }
        }
    });
    let h = std::thread::Builder::new().stack_size(512 << 20).spawn(move || {
        let mut rng = mutate::Rng::new(seed);
        let mut panics = 0u64;
        let (mut rendered, mut lowered_with_errors, mut syntax_errors) = (0u64, 0u64, 0u64);
        let start = std::time::Instant::now();
        for i in 0..iterations {
            let a = &corpus[rng.below(corpus.len())];
            let b = &corpus[rng.below(corpus.len())];
            let input = mutate::mutate(&mut rng, a, b);
            if let Ok(mut g) = current.lock() {
                g.0 = i;
                g.1.clone_from(&input);
            }
            if save_last {
                // A stack overflow aborts the process: keep the input that caused it.
                let _ = std::fs::write(root.join("fuzz/last-input.c"), &input);
            }
            let r = catch_unwind(AssertUnwindSafe(|| {
                let src = cir::source::Source::new("fuzz.i", input.clone().into_bytes());
                let out = cir::driver::compile_source(&src, &cir::driver::Options::default(), None);
                // Rendering diagnostics must not panic either.
                let _ = cir::diagnostics::render(&src, &out.diagnostics, false);
                if out.output.is_some() {
                    1
                } else if out.diagnostics.iter().any(|d| d.message.starts_with("syntax error")) {
                    3
                } else {
                    2
                }
            }));
            match r {
                Ok(1) => rendered += 1,
                Ok(2) => lowered_with_errors += 1,
                Ok(_) => syntax_errors += 1,
                Err(_) => {}
            }
            if r.is_err() {
                panics += 1;
                let dir = root.join("fuzz/crashes");
                let _ = std::fs::create_dir_all(&dir);
                let path = dir.join(format!("crash-{seed}-{i}.c"));
                let _ = std::fs::write(&path, &input);
                eprintln!("panic on input {i}: saved to {}", path.display());
            }
            if (i + 1) % 100_000 == 0 {
                eprintln!("{} inputs, {} panics, {:.0} inputs/s", i + 1, panics, (i + 1) as f64 / start.elapsed().as_secs_f64());
            }
        }
        println!(
            "fuzz: {iterations} inputs, {panics} panics, {:.1} s ({rendered} rendered, {lowered_with_errors} rejected by the lowering, {syntax_errors} syntax errors)",
            start.elapsed().as_secs_f64()
        );
        panics
    });
    let panics = h.expect("spawn").join().unwrap_or(1);
    std::process::exit(if panics == 0 { 0 } else { 1 });
}
