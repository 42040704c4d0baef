//! The hostile suite: each program of `tests/hostile/` attacks at compile time (inside cir,
//! through `@`) and at run time (in `main`), through the real server. Each attack must be
//! contained with a clear message, leak nothing (secrets, host files, a connection), and leave
//! the server serving.

use std::path::Path;

use cir_playground::client::ServerProcess;
use cir_playground::hostile::{self, Secrets};
use serde_json::{json, Value};

/// Runs `name` at compile time and at run time; `check(compile_time, response)` states what
/// each must give.
fn attack(name: &str, check: impl Fn(bool, &Value)) {
    let s = ServerProcess::start(Path::new(env!("CARGO_BIN_EXE_cir-playground")), &[]).expect("the server starts");
    let secrets = Secrets::collect();
    for compile_time in [true, false] {
        let source = hostile::program(name).source(compile_time, s.addr.port());
        let started = std::time::Instant::now();
        let r = s.post("/api/run", &json!({ "source": source })).expect("the server answers");
        assert_eq!(r.status, 200, "{}", r.text());
        let v = r.json().unwrap();
        let when = if compile_time { "compile time" } else { "run time" };
        eprintln!(
            "hostile {name} at {when} ({:.1} s): compile {} \"{}\"; run {}",
            started.elapsed().as_secs_f64(),
            v["compile"]["status"],
            v["compile"]["message"].as_str().unwrap_or(""),
            if v["run"].is_null() { "-".to_string() } else { format!("{} \"{}\"", v["run"]["status"], v["run"]["message"].as_str().unwrap_or("")) }
        );
        let leaks = secrets.leaks(&v);
        assert!(leaks.is_empty(), "{name} at {when} leaked {leaks:?}");
        check(compile_time, &v);
    }
    let mut s = s;
    assert!(s.alive(), "the server died");
    let fib = json!({ "source": "static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }\nint main(void) { return @fib(20) == 6765 ? 0 : 1; }" });
    let r = s.post("/api/run", &fib).expect("the server still answers").json().unwrap();
    assert_eq!(r["run"]["status"], "ok", "after {name}: {r:#}");
}

fn compile(v: &Value) -> &Value {
    &v["compile"]
}

fn run(v: &Value) -> &Value {
    assert_eq!(v["compile"]["status"], "ok", "{v:#}");
    &v["run"]
}

fn message(v: &Value) -> &str {
    v["message"].as_str().unwrap_or("")
}

#[test]
fn infinite_loop() {
    attack("infinite_loop", |ct, v| {
        if ct {
            assert_eq!(compile(v)["status"], "limit", "{v:#}");
            assert!(message(compile(v)).contains("did not finish within the time limit (5 s per @ call)"), "{v:#}");
        } else {
            assert_eq!(run(v)["status"], "limit", "{v:#}");
            let m = message(run(v));
            assert!(m.contains("CPU time limit") || m.contains("wall-clock limit"), "{m}");
        }
    });
}

#[test]
fn fork_bomb() {
    attack("fork_bomb", |ct, v| {
        let r = if ct { compile(v) } else { run(v) };
        assert_eq!(r["status"], "limit", "{v:#}");
        assert!(message(r).contains("did not finish within") || message(r).contains("CPU time limit"), "{v:#}");
    });
}

#[test]
fn alloc_10g() {
    attack("alloc_10g", |ct, v| {
        let (out, cap_mib) = if ct { (compile(v)["ct_stderr"].as_str().unwrap(), 4096) } else { (run(v)["stdout"].as_str().unwrap(), 512) };
        assert!(out.contains("malloc(10 GiB) failed"), "{v:#}");
        let touched: u64 = out.split("touched ").nth(1).and_then(|r| r.split(' ').next()).and_then(|n| n.parse().ok()).expect("the amount touched");
        assert!(touched < cap_mib, "touched {touched} MiB under a {cap_mib} MiB limit");
        if !ct {
            assert_eq!(run(v)["exit_code"], 1, "{v:#}");
        }
    });
}

#[test]
fn output_1g() {
    attack("output_1g", |ct, v| {
        if ct {
            assert_eq!(compile(v)["status"], "limit", "{v:#}");
            assert!(message(compile(v)).contains("printed more than 1 MiB"), "{}", message(compile(v)));
            assert!(compile(v)["ct_stderr"].as_str().unwrap().len() < (1 << 20) + 100);
        } else {
            assert_eq!(run(v)["status"], "limit");
            assert_eq!(run(v)["truncated"], true);
            assert!(message(run(v)).contains("output truncated at 1 MiB"), "{}", message(run(v)));
            assert!(run(v)["stdout"].as_str().unwrap().len() < (1 << 20) + 100);
        }
    });
}

#[test]
fn read_secrets() {
    attack("read_secrets", |ct, v| {
        let out = if ct { compile(v)["ct_stderr"].as_str().unwrap() } else { run(v)["stdout"].as_str().unwrap() };
        assert!(out.contains("read /etc/passwd: failed") && out.contains("read /etc/shadow: failed"), "{out}");
        assert!(out.contains("playground/src/main.rs: failed"), "{out}");
    });
}

#[test]
fn write_escape() {
    for m in hostile::markers() {
        assert!(!m.exists(), "{} exists before the test; remove it", m.display());
    }
    attack("write_escape", |ct, v| {
        let out = if ct { compile(v)["ct_stderr"].as_str().unwrap() } else { run(v)["stdout"].as_str().unwrap() };
        assert!(out.contains("write /usr/escape-marker: failed"), "{out}");
        for m in hostile::markers() {
            assert!(!m.exists(), "{} appeared on the host", m.display());
        }
    });
}

#[test]
fn connect_to_the_server() {
    attack("connect", |ct, v| {
        let out = if ct { compile(v)["ct_stderr"].as_str().unwrap() } else { run(v)["stdout"].as_str().unwrap() };
        assert!(out.contains("connect: failed"), "{out}");
    });
}

#[test]
fn kill_parent() {
    attack("kill_parent", |ct, v| {
        let out = if ct { compile(v)["ct_stderr"].as_str().unwrap() } else { run(v)["stdout"].as_str().unwrap() };
        assert!(out.contains("kill: still alive"), "{v:#}");
    });
}

#[test]
fn cir_fatal() {
    attack("cir_fatal", |ct, v| {
        if ct {
            assert_eq!(compile(v)["status"], "error");
            let d = compile(v)["diagnostics_text"].as_str().unwrap();
            assert!(d.contains("hostile program gives up: 42") && d.contains("input.c:13"), "{d}");
        } else {
            assert_eq!(run(v)["status"], "error");
            assert!(message(run(v)).starts_with("gcc could not build the program"), "{v:#}");
            assert!(run(v)["stderr"].as_str().unwrap().contains("cir_fatal"), "{v:#}");
        }
    });
}

#[test]
fn segfault() {
    attack("segfault", |ct, v| {
        if ct {
            assert_eq!(compile(v)["status"], "error");
            assert!(compile(v)["diagnostics_text"].as_str().unwrap().contains("crashed: segmentation fault"), "{v:#}");
        } else {
            assert_eq!(run(v)["signal"], "SIGSEGV");
            assert_eq!(message(run(v)), "the program was killed by SIGSEGV (segmentation fault)");
        }
    });
}
