//! The compile and run requests: what a request may contain, the sandbox steps that serve it
//! (cir; gcc and the program), and how each way a sandbox can end reads in the response (a
//! status, a sentence, the streams). Knows nothing of HTTP (`server` does).

use serde::{Deserialize, Serialize};

use crate::ansi;
use crate::examples;
use crate::limits::{self, Limits};
use crate::sandbox::{Job, Outcome, Sandboxes, Slot, Stop, Stream, STAGE_MOUNT};
use crate::supervise::{Spec, Step, StepStatus};

/// The body of `POST /api/compile` and `POST /api/run`.
#[derive(Deserialize, Debug)]
pub struct Request {
    pub source: String,
    #[serde(default)]
    pub libs: Vec<String>,
    #[serde(default)]
    pub stdin: Option<String>,
}

/// Why a request is refused before anything runs (HTTP 400 or 413).
#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    BadRequest(String),
    TooLarge(String),
}

impl Request {
    /// Parses and checks a request body against the limits and the library allow-list.
    pub fn parse(body: &[u8], limits: &Limits) -> Result<Request, Refusal> {
        let r: Request = serde_json::from_slice(body).map_err(|e| Refusal::BadRequest(format!("the request is not the expected JSON: {e}")))?;
        if r.source.len() as u64 > limits.source {
            return Err(Refusal::TooLarge(format!(
                "the source is {} long; the playground accepts up to {}",
                limits::bytes(r.source.len() as u64),
                limits::bytes(limits.source)
            )));
        }
        if r.stdin.as_ref().is_some_and(|s| s.len() as u64 > limits.stdin) {
            return Err(Refusal::TooLarge(format!("stdin is longer than {}", limits::bytes(limits.stdin))));
        }
        if let Some(bad) = r.libs.iter().find(|l| examples::lib(l).is_none()) {
            let known: Vec<&str> = examples::LIBS.iter().map(|l| l.id).collect();
            return Err(Refusal::BadRequest(format!("unknown library `{bad}` (allowed: {})", known.join(", "))));
        }
        Ok(r)
    }

    fn libs(&self) -> impl Iterator<Item = &'static examples::Lib> + '_ {
        self.libs.iter().filter_map(|l| examples::lib(l))
    }
}

/// The result of a compilation (`/api/compile`, and `compile` of `/api/run`).
#[derive(Serialize, Debug, Clone)]
pub struct CompileResult {
    /// "ok", "error" (cir reported errors or failed) or "limit" (a limit stopped it).
    pub status: &'static str,
    pub output: String,
    pub diagnostics_html: String,
    pub diagnostics_text: String,
    pub ct_stderr: String,
    pub exit_code: Option<i32>,
    pub message: String,
    pub time_ms: u64,
}

/// The result of building and running the output (`run` of `/api/run`).
#[derive(Serialize, Debug, Clone)]
pub struct RunResult {
    pub status: &'static str,
    pub stdout: String,
    pub stderr: String,
    pub exit_code: Option<i32>,
    pub signal: Option<String>,
    pub message: String,
    pub time_ms: u64,
    pub truncated: bool,
}

#[derive(Serialize, Debug, Clone)]
pub struct RunResponse {
    pub compile: CompileResult,
    pub run: Option<RunResult>,
}

const DIAGNOSTICS_FILE: &str = "/tmp/.cir-diagnostics";
const BUILD_LOG: &str = "/tmp/.gcc-messages";

/// Compiles the request's source with cir in a sandbox.
pub async fn compile(sb: &Sandboxes, limits: &Limits, slot: Slot, req: &Request) -> std::io::Result<CompileResult> {
    let mut argv: Vec<String> = vec![format!("{STAGE_MOUNT}/bin/cir")];
    let ct_timeout = limits.ct_timeout_s.to_string();
    argv.extend(["--color", "always", "--diagnostics-file", DIAGNOSTICS_FILE, "--ct-timeout", &ct_timeout].map(String::from));
    for l in req.libs() {
        argv.extend(["-l".into(), l.soname.into()]);
    }
    argv.push("input.c".into());
    let step = Step { argv, limits: limits.compile, stdin: false, output_file: None, log_file: Some(DIAGNOSTICS_FILE.into()) };
    let job = Job {
        spec: Spec { steps: vec![step], log_cap: limits.output },
        files: vec![("/tmp/input.c", req.source.as_bytes())],
        stdin: None,
        wall: secs(limits.compile_wall_s),
        wall_after_first: None,
    };
    let o = sb.run(slot, job, limits.compile).await?;
    Ok(compile_result(&o, limits))
}

/// Builds `c` (cir's output) with gcc and runs the program, in one sandbox.
pub async fn run(sb: &Sandboxes, limits: &Limits, slot: Slot, req: &Request, c: &str) -> std::io::Result<RunResult> {
    let mut gcc: Vec<String> = ["gcc", "-O0", "-w", "out.c", "-o", "prog", "-lm"].map(String::from).to_vec();
    for l in req.libs().filter(|l| l.link != "-lm") {
        gcc.push(l.link.into());
    }
    let build = Step { argv: gcc, limits: limits.build, stdin: false, output_file: Some(BUILD_LOG.into()), log_file: Some(BUILD_LOG.into()) };
    let prog = Step { argv: vec!["./prog".into()], limits: limits.run, stdin: true, output_file: None, log_file: None };
    let job = Job {
        spec: Spec { steps: vec![build, prog], log_cap: limits.output },
        files: vec![("/tmp/out.c", c.as_bytes())],
        stdin: Some(req.stdin.as_deref().unwrap_or("").as_bytes()),
        wall: secs(limits.build_wall_s),
        wall_after_first: Some(secs(limits.run_wall_s)),
    };
    let o = sb.run(slot, job, limits.build.max(limits.run)).await?;
    Ok(run_result(&o, limits))
}

fn secs(s: u64) -> std::time::Duration {
    std::time::Duration::from_secs(s)
}

/// Reads a compilation's outcome.
fn compile_result(o: &Outcome, limits: &Limits) -> CompileResult {
    let diag = o.log.text();
    let diagnostics_text = ansi::strip(&diag);
    let cir = o.steps.first();
    let cap = limits::bytes(limits.output);
    let (status, message) = match (o.stop, cir) {
        (Stop::Output(Stream::Stdout), _) => ("limit", format!("the generated C is larger than {cap}; output truncated at {cap}")),
        (Stop::Output(Stream::Stderr), _) => ("limit", format!("compile-time code printed more than {cap}; it was stopped (output truncated at {cap})")),
        (Stop::Output(Stream::Log), _) => ("limit", format!("cir's diagnostics are longer than {cap}; it was stopped (truncated at {cap})")),
        (Stop::Wall, _) => ("limit", format!("the compilation did not finish within {} s (wall-clock limit); it was stopped", limits.compile_wall_s)),
        (Stop::Finished, None) => ("error", "the sandbox ended without running cir".to_string()),
        (Stop::Finished, Some(st)) => match (st.exit, st.signal) {
            (Some(0), _) => ("ok", "compiled".to_string()),
            (Some(1), _) if diagnostics_text.contains("did not finish within") => (
                "limit",
                format!("compile-time code did not finish within the time limit ({} s per @ call); it was stopped", limits.ct_timeout_s),
            ),
            (Some(1), _) => ("error", "cir reported errors".to_string()),
            (Some(n), _) => ("error", format!("cir failed (exit status {n})")),
            (None, Some(sig)) => killed(st, sig, limits.compile.cpu_s, "cir", "compile-time code"),
            (None, None) => ("error", st.error.clone().unwrap_or_else(|| "cir did not run".into())),
        },
    };
    CompileResult {
        status,
        // A truncated output is shown as far as it goes.
        output: if status == "ok" || o.stop == Stop::Output(Stream::Stdout) { o.stdout.text() } else { String::new() },
        diagnostics_html: ansi::to_html(&diag),
        diagnostics_text,
        ct_stderr: with_truncation(&o.stderr, &cap),
        exit_code: cir.and_then(|s| s.exit),
        message,
        time_ms: o.elapsed.as_millis() as u64,
    }
}

/// Reads the outcome of a build and run.
fn run_result(o: &Outcome, limits: &Limits) -> RunResult {
    let cap = limits::bytes(limits.output);
    let build = o.steps.first();
    let prog = o.steps.get(1);
    let built = build.is_some_and(StepStatus::succeeded);
    let (status, message) = match (o.stop, build, prog) {
        (Stop::Output(Stream::Stdout | Stream::Stderr), _, _) => {
            ("limit", format!("the program printed more than {cap}; it was stopped (output truncated at {cap})"))
        }
        (Stop::Output(Stream::Log), _, _) => ("limit", format!("gcc's messages are longer than {cap}; the build was stopped")),
        (Stop::Wall, _, _) if built => ("limit", format!("the program did not finish within {} s (wall-clock limit); it was stopped", limits.run_wall_s)),
        (Stop::Wall, _, _) => ("limit", format!("gcc did not finish building the program within {} s; it was stopped", limits.build_wall_s)),
        (Stop::Finished, Some(b), _) if !b.succeeded() => ("error", format!("gcc could not build the program{}", ended_how(b))),
        (Stop::Finished, _, Some(p)) => match (p.exit, p.signal) {
            (Some(0), _) => ("ok", "the program exited with status 0".to_string()),
            (Some(n), _) => ("error", format!("the program exited with status {n}")),
            (None, Some(sig)) => killed(p, sig, limits.run.cpu_s, "the program", "the program"),
            (None, None) => ("error", p.error.clone().unwrap_or_else(|| "the program did not run".into())),
        },
        (Stop::Finished, _, None) => ("error", "the sandbox ended before the program ran".to_string()),
    };
    let ran = prog.filter(|_| built);
    let stderr = if built { with_truncation(&o.stderr, &cap) } else { o.log.text() + &o.stderr.text() };
    RunResult {
        status,
        stdout: with_truncation(&o.stdout, &cap),
        stderr,
        exit_code: ran.and_then(|p| p.exit),
        signal: ran.and_then(|p| p.signal).map(|s| signal_name(s).to_string()),
        message,
        time_ms: match (ran, build) {
            (Some(p), _) => p.wall_ms,
            (None, Some(b)) if built => o.elapsed.as_millis().saturating_sub(b.wall_ms as u128) as u64,
            _ => 0,
        },
        truncated: o.stdout.truncated || o.stderr.truncated,
    }
}

fn ended_how(st: &StepStatus) -> String {
    match (st.exit, st.signal, &st.error) {
        (Some(n), _, _) => format!(" (gcc exit status {n})"),
        (_, Some(s), _) => format!(" (gcc was killed by {})", signal_name(s)),
        (_, _, Some(e)) => format!(": {e}"),
        _ => String::new(),
    }
}

/// A step that a signal ended: the CPU limit's — SIGXCPU at the soft limit, SIGKILL at the hard
/// one (for a process that catches SIGXCPU) — is `limit` (`whose_cpu` exceeded it); any other
/// is `error` (`who` was killed).
fn killed(st: &StepStatus, sig: i32, cpu_s: u64, who: &str, whose_cpu: &str) -> (&'static str, String) {
    if sig == libc::SIGXCPU || (sig == libc::SIGKILL && st.cpu_ms >= cpu_s * 1000) {
        ("limit", format!("{whose_cpu} exceeded the CPU time limit ({cpu_s} s); it was stopped"))
    } else {
        ("error", format!("{who} was killed by {} ({})", signal_name(sig), signal_meaning(sig)))
    }
}

fn with_truncation(c: &crate::sandbox::Captured, cap: &str) -> String {
    let mut s = c.text();
    if c.truncated {
        s.push_str(&format!("\n[... truncated at {cap}]"));
    }
    s
}

pub fn signal_name(sig: i32) -> &'static str {
    match sig {
        libc::SIGHUP => "SIGHUP",
        libc::SIGINT => "SIGINT",
        libc::SIGQUIT => "SIGQUIT",
        libc::SIGILL => "SIGILL",
        libc::SIGTRAP => "SIGTRAP",
        libc::SIGABRT => "SIGABRT",
        libc::SIGBUS => "SIGBUS",
        libc::SIGFPE => "SIGFPE",
        libc::SIGKILL => "SIGKILL",
        libc::SIGUSR1 => "SIGUSR1",
        libc::SIGSEGV => "SIGSEGV",
        libc::SIGUSR2 => "SIGUSR2",
        libc::SIGPIPE => "SIGPIPE",
        libc::SIGALRM => "SIGALRM",
        libc::SIGTERM => "SIGTERM",
        libc::SIGXCPU => "SIGXCPU",
        libc::SIGXFSZ => "SIGXFSZ",
        libc::SIGSYS => "SIGSYS",
        _ => "a signal",
    }
}

fn signal_meaning(sig: i32) -> &'static str {
    match sig {
        libc::SIGSEGV => "segmentation fault",
        libc::SIGBUS => "bus error",
        libc::SIGFPE => "arithmetic exception",
        libc::SIGILL => "illegal instruction",
        libc::SIGABRT => "aborted",
        libc::SIGKILL => "killed",
        libc::SIGTRAP => "trap",
        libc::SIGPIPE => "broken pipe",
        libc::SIGXCPU => "CPU time limit",
        libc::SIGXFSZ => "file size limit exceeded",
        libc::SIGTERM => "terminated",
        _ => "signal",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusals() {
        let l = Limits::default();
        assert!(matches!(Request::parse(b"{", &l), Err(Refusal::BadRequest(_))));
        assert!(matches!(Request::parse(br#"{"source":"x","libs":["ssl"]}"#, &l), Err(Refusal::BadRequest(m)) if m.contains("`ssl`")));
        let big = serde_json::json!({ "source": "x".repeat(300 * 1024) }).to_string();
        assert!(matches!(Request::parse(big.as_bytes(), &l), Err(Refusal::TooLarge(_))));
        let ok = Request::parse(br#"{"source":"int x;","libs":["z","m"],"extra":1}"#, &l).unwrap();
        assert_eq!(ok.libs, ["z", "m"]);
    }
}
