//! `cir-playground-load`: a load test of the playground. Starts a server (`--port 0`, default
//! workers, `--queue 64`), runs 50 clients × 20 requests over loopback mixing benign requests
//! (compile fib, run hello, a compile error) with the hostile programs (at compile time and at
//! run time), and prints a report: time, throughput, latency, statuses. Exits non-zero on any
//! server error (a 5xx other than 503 busy, a failed connection, a malformed answer), any escape
//! (a secret in a response, a marker file on the host, a connection from a sandbox) or a benign
//! request that did not give its result.
//!
//! `cargo run --release -p cir-playground --bin cir-playground-load [-- --clients N --requests N]`

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};

use cir_playground::client::ServerProcess;
use cir_playground::hostile::{self, Secrets};
use serde_json::{json, Value};

#[derive(Clone, Copy, Debug)]
enum Kind {
    CompileFib,
    RunHello,
    CompileError,
    Hostile(&'static str),
}

/// One hundred requests: the mix each client draws from (each entry is drawn equally often).
fn mix() -> Vec<Kind> {
    let mut m = Vec::new();
    let mut add = |k: Kind, n: usize| m.extend(std::iter::repeat_n(k, n));
    add(Kind::CompileFib, 31);
    add(Kind::RunHello, 21);
    add(Kind::CompileError, 12);
    // The slow ones (5–6 s each, holding a worker) are rare, to keep the run to a few minutes.
    for (name, n) in [
        ("infinite_loop", 1),
        ("fork_bomb", 1),
        ("alloc_10g", 4),
        ("output_1g", 6),
        ("read_secrets", 6),
        ("write_escape", 4),
        ("connect", 6),
        ("kill_parent", 4),
        ("cir_fatal", 2),
        ("segfault", 2),
    ] {
        add(Kind::Hostile(name), n);
    }
    assert_eq!(m.len(), 100);
    m
}

const FIB: &str = include_str!("../../../examples/fib_at.c");
const HELLO: &str = include_str!("../../examples/hello_run.c");
const ERROR: &str = include_str!("../../examples/error.c");

/// What one request gave.
struct Sample {
    label: String,
    latency: Duration,
    http: Option<u16>,
    /// The result's status ("ok", "error", "limit"; for a run, the run's).
    status: String,
    /// A server error: no answer, a 5xx other than 503, a malformed answer.
    server_error: Option<String>,
    escapes: Vec<String>,
    /// A benign request that did not give its expected result.
    unexpected: Option<String>,
}

fn one(s: &ServerProcess, kind: Kind, compile_time: bool, secrets: &Secrets) -> Sample {
    let (label, path, body) = match kind {
        Kind::CompileFib => ("fib (compile)".to_string(), "/api/compile", json!({ "source": FIB })),
        Kind::RunHello => ("hello_run (run)".to_string(), "/api/run", json!({ "source": HELLO })),
        Kind::CompileError => ("error (compile)".to_string(), "/api/compile", json!({ "source": ERROR })),
        Kind::Hostile(name) => {
            let when = if compile_time { "compile time" } else { "run time" };
            (format!("{name} at {when}"), "/api/run", json!({ "source": hostile::program(name).source(compile_time, s.addr.port()) }))
        }
    };
    let start = Instant::now();
    let r = cir_playground::client::request(s.addr, "POST", path, Some(body.to_string().as_bytes()), Duration::from_secs(600));
    let mut sample = Sample {
        label,
        latency: start.elapsed(),
        http: None,
        status: String::new(),
        server_error: None,
        escapes: Vec::new(),
        unexpected: None,
    };
    let r = match r {
        Ok(r) => r,
        Err(e) => {
            sample.server_error = Some(format!("no answer: {e}"));
            return sample;
        }
    };
    sample.http = Some(r.status);
    if r.status >= 500 && r.status != 503 {
        sample.server_error = Some(format!("HTTP {}: {}", r.status, r.text()));
    }
    let v = match r.json() {
        Ok(v) => v,
        Err(e) => {
            sample.server_error = Some(e);
            return sample;
        }
    };
    sample.escapes = secrets.leaks(&v);
    if r.status == 503 {
        sample.status = "busy".into();
        return sample;
    }
    let result = if path == "/api/run" && !v["run"].is_null() { &v["run"] } else if path == "/api/run" { &v["compile"] } else { &v };
    match result["status"].as_str() {
        Some(st) => sample.status = st.to_string(),
        None => sample.server_error = Some(format!("an answer without a status: {v}")),
    }
    let expected = match kind {
        Kind::CompileFib => v["status"] == "ok" && v["output"].as_str().is_some_and(|o| o.contains("6765")),
        Kind::RunHello => v["run"]["stdout"].as_str().is_some_and(|o| o.contains("hello from cir")),
        Kind::CompileError => v["status"] == "error" && v["diagnostics_text"].as_str().is_some_and(|d| d.contains("input.c:4:")),
        Kind::Hostile(_) => true,
    };
    if !expected {
        sample.unexpected = Some(format!("{}: {}", sample.label, v.to_string().chars().take(400).collect::<String>()));
    }
    sample
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn main() -> ExitCode {
    let mut clients = 50;
    let mut requests = 20;
    let args: Vec<String> = std::env::args().skip(1).collect();
    for pair in args.chunks(2) {
        let n = pair.get(1).and_then(|n| n.parse().ok());
        match (pair[0].as_str(), n) {
            ("--clients", Some(n)) => clients = n,
            ("--requests", Some(n)) => requests = n,
            _ => {
                eprintln!("usage: cir-playground-load [--clients N] [--requests N]");
                return ExitCode::from(2);
            }
        }
    }
    let server_exe = match server_binary() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("cir-playground-load: {e}");
            return ExitCode::FAILURE;
        }
    };
    for m in hostile::markers() {
        if m.exists() {
            eprintln!("cir-playground-load: {} exists before the test; remove it", m.display());
            return ExitCode::FAILURE;
        }
    }
    let server = match ServerProcess::start(&server_exe, &["--queue", "64"]) {
        Ok(s) => Arc::new(s),
        Err(e) => {
            eprintln!("cir-playground-load: {e}");
            return ExitCode::FAILURE;
        }
    };
    let secrets = Arc::new(Secrets::collect());
    let mix = Arc::new(mix());
    println!("cir-playground-load: {clients} clients × {requests} requests against {}", server.url);
    let start = Instant::now();
    let handles: Vec<_> = (0..clients)
        .map(|c| {
            let (server, secrets, mix) = (server.clone(), secrets.clone(), mix.clone());
            std::thread::spawn(move || {
                (0..requests)
                    .map(|i| {
                        // 37 is prime to 100: the requests go through the mix evenly.
                        let kind = mix[((c * requests + i) * 37) % mix.len()];
                        one(&server, kind, (c + i) % 2 == 0, &secrets)
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let joined: Vec<_> = handles.into_iter().map(|h| h.join()).collect();
    let panicked = joined.iter().filter(|j| j.is_err()).count();
    let samples: Vec<Sample> = joined.into_iter().flatten().flatten().collect();
    let total = start.elapsed();
    let stats = server.get("/api/stats").ok().and_then(|r| r.json().ok()).unwrap_or(Value::Null);
    let mut escapes: Vec<String> = samples.iter().flat_map(|s| s.escapes.iter().map(|e| format!("{}: {e}", s.label))).collect();
    escapes.extend(hostile::markers().into_iter().filter(|m| m.exists()).map(|m| format!("{} appeared on the host", m.display())));
    let mut server_errors: Vec<String> = samples.iter().filter_map(|s| s.server_error.as_ref().map(|e| format!("{}: {e}", s.label))).collect();
    server_errors.extend((0..panicked).map(|_| "a client thread failed (its requests are not counted)".to_string()));
    let unexpected: Vec<&String> = samples.iter().filter_map(|s| s.unexpected.as_ref()).collect();
    let mut latencies: Vec<Duration> = samples.iter().map(|s| s.latency).collect();
    latencies.sort();
    let mut by_http: BTreeMap<String, usize> = BTreeMap::new();
    let mut by_kind: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    for s in &samples {
        *by_http.entry(s.http.map_or("no answer".into(), |h| h.to_string())).or_default() += 1;
        *by_kind.entry(s.label.clone()).or_default().entry(s.status.clone()).or_default() += 1;
    }
    let busy = samples.iter().filter(|s| s.http == Some(503)).count();

    println!("\n== cir-playground load test ==");
    println!("requests:        {} ({clients} clients × {requests})", samples.len());
    println!("total time:      {:.1} s", total.as_secs_f64());
    println!("throughput:      {:.2} requests/s", samples.len() as f64 / total.as_secs_f64());
    println!(
        "latency:         p50 {:.2} s, p95 {:.2} s, max {:.2} s (including time queued)",
        percentile(&latencies, 0.5).as_secs_f64(),
        percentile(&latencies, 0.95).as_secs_f64(),
        latencies.last().copied().unwrap_or_default().as_secs_f64()
    );
    println!("HTTP statuses:   {}", by_http.iter().map(|(k, v)| format!("{k}: {v}")).collect::<Vec<_>>().join(", "));
    println!("busy answers:    {busy}");
    println!("server errors:   {}", server_errors.len());
    println!("escapes:         {}", escapes.len());
    println!("benign failures: {}", unexpected.len());
    println!("server stats:    {stats}");
    println!("results by request (status: count):");
    for (label, counts) in &by_kind {
        println!("  {label:<32} {}", counts.iter().map(|(k, v)| format!("{k}: {v}")).collect::<Vec<_>>().join(", "));
    }
    for e in server_errors.iter().take(10) {
        println!("SERVER ERROR: {e}");
    }
    for e in &escapes {
        println!("ESCAPE: {e}");
    }
    for e in unexpected.iter().take(10) {
        println!("BENIGN FAILURE: {e}");
    }
    let mut server = Arc::into_inner(server).expect("the client threads are done");
    let alive = server.alive();
    if !alive {
        println!("SERVER ERROR: the server is no longer running");
    }
    if server_errors.is_empty() && escapes.is_empty() && unexpected.is_empty() && alive {
        println!("PASS");
        ExitCode::SUCCESS
    } else {
        println!("FAIL");
        ExitCode::FAILURE
    }
}

/// The `cir-playground` next to this program; under cargo (`CARGO` set) built first, so it is
/// current even when only this binary was asked for.
fn server_binary() -> Result<PathBuf, String> {
    let exe = std::env::current_exe().map_err(|e| format!("cannot find this program's path: {e}"))?;
    let server = exe.with_file_name("cir-playground");
    if let Some(cargo) = std::env::var_os("CARGO") {
        let release = exe.parent().is_some_and(|d| d.ends_with("release"));
        let mut cmd = std::process::Command::new(cargo);
        cmd.args(["build", "-p", "cir-playground", "--bin", "cir-playground"]).current_dir(env!("CARGO_MANIFEST_DIR"));
        if release {
            cmd.arg("--release");
        }
        let st = cmd.status().map_err(|e| format!("cannot run cargo: {e}"))?;
        if !st.success() {
            return Err("building cir-playground failed".into());
        }
    }
    if server.is_file() { Ok(server) } else { Err(format!("{} is not built (cargo build --release -p cir-playground)", server.display())) }
}
