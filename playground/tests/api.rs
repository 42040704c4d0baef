//! The API against the real server binary (real bwrap, cir and gcc): examples, compiling,
//! diagnostics, running, libraries, refusals, the busy answer, the page's headers; and a panic
//! in a handler (in-process) answered with a 500 while the server keeps serving.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use cir_playground::client::{request, Response, ServerProcess};
use serde_json::{json, Value};

fn server(args: &[&str]) -> ServerProcess {
    ServerProcess::start(Path::new(env!("CARGO_BIN_EXE_cir-playground")), args).expect("the server starts")
}

fn post(s: &ServerProcess, path: &str, body: Value) -> (u16, Value) {
    let r = s.post(path, &body).expect("the server answers");
    let v = r.json().expect("the answer is JSON");
    (r.status, v)
}

fn example(s: &ServerProcess, id: &str) -> Value {
    let all = s.get("/api/examples").unwrap().json().unwrap();
    all["examples"].as_array().unwrap().iter().find(|e| e["id"] == id).unwrap_or_else(|| panic!("no example `{id}`")).clone()
}

#[test]
fn examples_compile_and_run() {
    let s = server(&[]);
    let fib = example(&s, "fib");
    assert!(fib["source"].as_str().unwrap().contains("@fib(20)"));
    assert!(!fib["title"].as_str().unwrap().is_empty());

    let (st, c) = post(&s, "/api/compile", json!({ "source": fib["source"], "libs": fib["libs"] }));
    assert_eq!(st, 200);
    assert_eq!(c["status"], "ok", "{c:#}");
    assert_eq!(c["message"], "compiled");
    assert_eq!(c["exit_code"], 0);
    assert!(c["output"].as_str().unwrap().contains("6765"), "{c:#}");
    assert!(c["time_ms"].is_number());

    // A diagnostic names the file and line, in text and in coloured HTML.
    let (st, e) = post(&s, "/api/compile", json!({ "source": example(&s, "error")["source"] }));
    assert_eq!(st, 200);
    assert_eq!(e["status"], "error", "{e:#}");
    assert_eq!(e["message"], "cir reported errors");
    assert_eq!(e["exit_code"], 1);
    assert_eq!(e["output"], "");
    let text = e["diagnostics_text"].as_str().unwrap();
    assert!(text.contains("input.c:4:") && text.contains("`count`"), "{text}");
    let html = e["diagnostics_html"].as_str().unwrap();
    assert!(html.contains("<span class=\"ansi-") && !html.contains('\x1b'), "{html}");

    let (_, r) = post(&s, "/api/run", json!({ "source": example(&s, "hello_run")["source"] }));
    assert_eq!(r["compile"]["status"], "ok", "{r:#}");
    assert_eq!(r["run"]["status"], "ok", "{r:#}");
    assert_eq!(r["run"]["exit_code"], 0);
    assert_eq!(r["run"]["signal"], Value::Null);
    assert_eq!(r["run"]["truncated"], false);
    let out = r["run"]["stdout"].as_str().unwrap();
    assert!(out.contains("hello from cir") && out.contains("385"), "{out}");

    // Data files the examples read are in the sandbox's working directory.
    let (_, r) = post(&s, "/api/run", json!({ "source": example(&s, "read_file")["source"] }));
    assert!(r["run"]["stdout"].as_str().unwrap().contains("This text was read from fileToBeRead.txt"), "{r:#}");

    // A compile error means no run.
    let (_, r) = post(&s, "/api/run", json!({ "source": "int main(void) { return nope; }" }));
    assert_eq!(r["compile"]["status"], "error");
    assert_eq!(r["run"], Value::Null);
}

#[test]
fn exit_status_stdin_and_signals() {
    let s = server(&[]);
    let (_, r) = post(&s, "/api/run", json!({ "source": "int main(void) { return 3; }" }));
    assert_eq!(r["run"]["status"], "error", "{r:#}");
    assert_eq!(r["run"]["exit_code"], 3);
    assert_eq!(r["run"]["message"], "the program exited with status 3");

    let echo = "#include <stdio.h>\nint main(void) { char b[64]; if (!fgets(b, sizeof b, stdin)) return 1; printf(\"got %s\", b); return 0; }";
    let (_, r) = post(&s, "/api/run", json!({ "source": echo, "stdin": "line one\n" }));
    assert_eq!(r["run"]["stdout"], "got line one\n", "{r:#}");

    let abort = "#include <stdlib.h>\nint main(void) { abort(); }";
    let (_, r) = post(&s, "/api/run", json!({ "source": abort }));
    assert_eq!(r["run"]["signal"], "SIGABRT", "{r:#}");
    assert_eq!(r["run"]["exit_code"], Value::Null);
    assert_eq!(r["run"]["message"], "the program was killed by SIGABRT (aborted)");

    // A program exiting with 139 is not a segfault.
    let (_, r) = post(&s, "/api/run", json!({ "source": "int main(void) { return 139; }" }));
    assert_eq!((r["run"]["exit_code"].clone(), r["run"]["signal"].clone()), (json!(139), Value::Null));
}

#[test]
fn libraries() {
    let s = server(&[]);
    let config = s.get("/api/config").unwrap().json().unwrap();
    let ids: Vec<&str> = config["libs"].as_array().unwrap().iter().map(|l| l["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["z", "m"]);
    assert_eq!(config["libs"][0]["label"], "zlib (libz.so.1)");
    assert!(config["limits"].as_object().is_some_and(|l| !l.is_empty()) && config["version"].is_string());

    let zlib = example(&s, "zlib");
    assert_eq!(zlib["libs"], json!(["z"]));
    let (_, r) = post(&s, "/api/run", json!({ "source": zlib["source"], "libs": ["z"] }));
    assert_eq!(r["compile"]["status"], "ok", "{r:#}");
    // The program writes the 21 compressed bytes (zlib's header is 0x78 0xDA: "x" and a byte
    // that is not UTF-8).
    assert_eq!(r["run"]["status"], "ok", "{r:#}");
    assert!(r["run"]["stdout"].as_str().unwrap().starts_with('x'), "{r:#}");
    // Without the library compile-time code cannot call deflate.
    let (_, r) = post(&s, "/api/compile", json!({ "source": zlib["source"] }));
    assert_eq!(r["status"], "error", "{r:#}");

    let (st, e) = post(&s, "/api/compile", json!({ "source": "int x;", "libs": ["ssl"] }));
    assert_eq!(st, 400);
    assert_eq!(e["error"], "bad_request");
    assert!(e["message"].as_str().unwrap().contains("`ssl`"), "{e}");
}

#[test]
fn refusals_and_headers() {
    let s = server(&[]);
    for body in [&b"{not json"[..], br#"{"libs":[]}"#, br#"{"source": 12}"#] {
        let r = request(s.addr, "POST", "/api/compile", Some(body), Duration::from_secs(30)).unwrap();
        assert_eq!(r.status, 400, "{}", r.text());
        assert_eq!(r.json().unwrap()["error"], "bad_request");
    }
    let big = "x".repeat(257 * 1024);
    let (st, e) = post(&s, "/api/run", json!({ "source": big }));
    assert_eq!(st, 413);
    assert_eq!(e["error"], "too_large");
    assert!(e["message"].as_str().unwrap().contains("256 KiB"), "{e}");
    // A body far over any limit is refused the same way.
    let huge = vec![b' '; 8 << 20];
    let r = request(s.addr, "POST", "/api/compile", Some(&huge), Duration::from_secs(30));
    if let Ok(r) = r {
        assert_eq!(r.status, 413);
        assert_eq!(r.json().unwrap()["error"], "too_large");
    }

    let page = s.get("/").unwrap();
    assert_eq!(page.status, 200);
    assert!(page.header("content-type").unwrap().starts_with("text/html"));
    check_headers(&page);
    let missing = s.get("/assets/no-such-file.js").unwrap();
    assert_eq!(missing.status, 404);
    check_headers(&missing);
    for name in ["app.js", "style.css"] {
        let r = s.get(&format!("/assets/{name}")).unwrap();
        if r.status == 200 {
            let ty = r.header("content-type").unwrap();
            assert!(ty.starts_with(if name.ends_with(".js") { "text/javascript" } else { "text/css" }), "{ty}");
        }
    }
    let api = s.get("/api/examples").unwrap();
    assert_eq!(api.header("content-type"), Some("application/json"));
    check_headers(&api);
}

fn check_headers(r: &Response) {
    let csp = r.header("content-security-policy").expect("a CSP header");
    assert!(csp.contains("default-src 'self'"), "{csp}");
    assert_eq!(r.header("x-content-type-options"), Some("nosniff"));
}

/// One worker, one place in the queue: of three slow requests at once, the third is told the
/// playground is busy.
#[test]
fn busy() {
    let s = Arc::new(server(&["--workers", "1", "--queue", "1"]));
    let slow = json!({ "source": "#include <unistd.h>\nint main(void) { sleep(2); return 0; }" });
    let mut handles = Vec::new();
    for i in 0..3 {
        let (s, slow) = (s.clone(), slow.clone());
        handles.push(std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(400 * i));
            let r = s.post("/api/run", &slow).unwrap();
            (r.status, r.header("retry-after").map(String::from), r.json().unwrap())
        }));
    }
    let results: Vec<_> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    let busy: Vec<_> = results.iter().filter(|(st, _, _)| *st == 503).collect();
    assert_eq!(busy.len(), 1, "{results:?}");
    let (_, retry, body) = busy[0];
    assert_eq!(body["error"], "busy");
    assert_eq!(body["message"], "The playground is busy (1 requests waiting); try again in a few seconds.");
    assert!(retry.is_some());
    for (st, _, body) in results.iter().filter(|(st, _, _)| *st != 503) {
        assert_eq!(*st, 200);
        assert_eq!(body["run"]["status"], "ok", "{body:#}");
    }
    let stats = s.get("/api/stats").unwrap().json().unwrap();
    assert_eq!(stats["busy"], 1);
    assert_eq!(stats["server_errors"], 0);
}

async fn boom() -> &'static str {
    let v: Vec<&str> = Vec::new();
    v[1] // a bug: index out of bounds
}

/// A handler that panics gets a 500 with the usual JSON shape, counted as a server error, and
/// the server goes on serving.
#[test]
fn a_panic_is_a_500_not_a_crash() {
    use axum::routing::get;
    let stats = Arc::new(cir_playground::server::Stats::default());
    let routes = axum::Router::new()
        .route("/boom", get(boom))
        .route("/fine", get(|| async { "fine" }));
    let app = cir_playground::server::harden(routes, stats.clone());
    let rt = tokio::runtime::Runtime::new().unwrap();
    let listener = rt.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).unwrap();
    let addr = listener.local_addr().unwrap();
    rt.spawn(async move { axum::serve(listener, app).await });
    let r = request(addr, "GET", "/boom", None, Duration::from_secs(10)).unwrap();
    assert_eq!(r.status, 500);
    assert_eq!(r.json().unwrap()["error"], "internal");
    check_headers(&r);
    let r = request(addr, "GET", "/fine", None, Duration::from_secs(10)).unwrap();
    assert_eq!((r.status, r.text().as_str()), (200, "fine"));
    assert_eq!(stats.server_errors.load(std::sync::atomic::Ordering::Relaxed), 1);
}
