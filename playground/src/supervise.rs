//! The first process of every sandbox (`cir-playground --sandbox-supervise SPEC`, run by bwrap
//! with `--as-pid-1`). It runs the request's steps one after the other — cir; or gcc, then the
//! program — each as its own child with the step's rlimits, and reports each step's exact end
//! (exit status or signal, CPU time) as a JSON line on file descriptor 3.
//!
//! Being the pid namespace's init, it cannot be killed from inside the sandbox (`kill(-1, ...)`,
//! `kill(getppid(), ...)` do not reach it), so the report survives hostile code; when it exits,
//! the kernel kills whatever is left in the namespace. Between steps it kills and reaps
//! everything the previous step left behind. It knows nothing of HTTP or of the server's limits:
//! the spec says everything.

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::FromRawFd;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Command, Stdio};
use std::time::Instant;

use serde::{Deserialize, Serialize};

use crate::limits::StepLimits;

/// The command-line flag that runs the supervisor instead of the server.
pub const FLAG: &str = "--sandbox-supervise";
/// Where the supervisor writes its JSON lines (one per step).
pub const STATUS_FD: i32 = 3;
/// Where the supervisor copies a step's log file (cir's diagnostics, gcc's messages).
pub const LOG_FD: i32 = 4;
/// bwrap's `--file` sources start here; the supervisor closes them (and anything above).
pub const FIRST_FILE_FD: i32 = 5;

/// What to run in the sandbox.
#[derive(Serialize, Deserialize, Debug, Clone)]
pub struct Spec {
    pub steps: Vec<Step>,
    /// The most bytes of a log file copied to `LOG_FD`.
    pub log_cap: u64,
}

/// One command. A step that does not exit with status 0 ends the sequence.
#[derive(Serialize, Deserialize, Debug, Clone)]
pub struct Step {
    pub argv: Vec<String>,
    pub limits: StepLimits,
    /// Give the step the sandbox's stdin (the request's `stdin`); otherwise /dev/null.
    pub stdin: bool,
    /// Send the step's stdout and stderr to this file rather than the sandbox's.
    pub output_file: Option<String>,
    /// After the step, copy this file to `LOG_FD`.
    pub log_file: Option<String>,
}

/// How a step ended, as reported on `STATUS_FD`.
#[derive(Serialize, Deserialize, Debug, Clone, Default, PartialEq, Eq)]
pub struct StepStatus {
    pub step: usize,
    /// The exit status, when it exited.
    pub exit: Option<i32>,
    /// The signal number, when a signal ended it.
    pub signal: Option<i32>,
    /// User + system CPU time of the step's process.
    pub cpu_ms: u64,
    /// Wall-clock time of the step.
    pub wall_ms: u64,
    /// Why the step could not start.
    pub error: Option<String>,
}

impl StepStatus {
    pub fn succeeded(&self) -> bool {
        self.exit == Some(0)
    }
}

/// Runs the supervisor; returns its exit status.
pub fn main(spec: &str) -> i32 {
    // SAFETY: plain fcntl/close_range calls on descriptor numbers; no Rust object owns them yet.
    unsafe {
        libc::fcntl(STATUS_FD, libc::F_SETFD, libc::FD_CLOEXEC);
        libc::fcntl(LOG_FD, libc::F_SETFD, libc::FD_CLOEXEC);
        libc::syscall(libc::SYS_close_range, FIRST_FILE_FD as libc::c_uint, libc::c_uint::MAX, 0 as libc::c_uint);
    }
    // SAFETY: the server passes these descriptors open (bwrap keeps them); nothing else owns them.
    let mut status_out = unsafe { File::from_raw_fd(STATUS_FD) };
    let mut log_out = unsafe { File::from_raw_fd(LOG_FD) };
    let spec: Spec = match serde_json::from_str(spec) {
        Ok(s) => s,
        Err(e) => {
            let st = StepStatus { error: Some(format!("bad sandbox spec: {e}")), ..Default::default() };
            report(&mut status_out, &st);
            return 2;
        }
    };
    for (i, step) in spec.steps.iter().enumerate() {
        let st = run_step(i, step);
        if let Some(log) = &step.log_file
            && let Ok(f) = File::open(log) {
                let mut buf = Vec::new();
                let _ = f.take(spec.log_cap).read_to_end(&mut buf);
                let _ = log_out.write_all(&buf);
            }
        report(&mut status_out, &st);
        if !st.succeeded() {
            break;
        }
    }
    0
}

fn report(out: &mut File, st: &StepStatus) {
    let mut line = serde_json::to_string(st).unwrap_or_default();
    line.push('\n');
    let _ = out.write_all(line.as_bytes());
}

/// Runs one step to its end, then kills and reaps everything else in the namespace.
fn run_step(i: usize, step: &Step) -> StepStatus {
    let start = Instant::now();
    let mut st = StepStatus { step: i, ..Default::default() };
    let Some((prog, args)) = step.argv.split_first() else {
        st.error = Some("empty command".into());
        return st;
    };
    let mut cmd = Command::new(prog);
    cmd.args(args).stdin(if step.stdin { Stdio::inherit() } else { Stdio::null() });
    if let Some(path) = &step.output_file {
        match File::create(path).and_then(|f| Ok((f.try_clone()?, f))) {
            Ok((a, b)) => {
                cmd.stdout(a).stderr(b);
            }
            Err(e) => {
                st.error = Some(format!("cannot create `{path}`: {e}"));
                return st;
            }
        }
    }
    let limits = step.limits;
    // SAFETY: the closure only makes setrlimit calls (async-signal-safe) and allocates nothing.
    unsafe {
        cmd.pre_exec(move || set_rlimits(&limits));
    }
    let child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            st.error = Some(format!("cannot run `{prog}`: {e}"));
            return st;
        }
    };
    let pid = child.id() as libc::pid_t;
    // Reap every child (orphans are re-parented to us) until the step's own process ends.
    loop {
        let mut status = 0;
        // SAFETY: an all-zero rusage is a valid value for wait4 to overwrite.
        let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
        // SAFETY: wait4 writes only into the two locals.
        let r = unsafe { libc::wait4(-1, &mut status, 0, &mut ru) };
        if r == pid {
            let es = std::process::ExitStatus::from_raw(status);
            st.exit = es.code();
            st.signal = es.signal();
            st.cpu_ms = ms(ru.ru_utime) + ms(ru.ru_stime);
            break;
        }
        if r < 0 && std::io::Error::last_os_error().raw_os_error() != Some(libc::EINTR) {
            st.error = Some("lost the step's process".into());
            break;
        }
    }
    // SAFETY: as the namespace's init, kill(-1) reaches every other process in the sandbox
    // and nothing outside it.
    unsafe { libc::kill(-1, libc::SIGKILL) };
    // SAFETY: wait with a null status pointer; returns -1/ECHILD when no child is left.
    while unsafe { libc::wait(std::ptr::null_mut()) } > 0 {}
    st.wall_ms = start.elapsed().as_millis() as u64;
    st
}

fn ms(t: libc::timeval) -> u64 {
    t.tv_sec as u64 * 1000 + t.tv_usec as u64 / 1000
}

/// Sets the rlimits of `l` on the calling process (and `RLIMIT_CORE` to 0). Called between fork
/// and exec: async-signal-safe, no allocation.
pub fn set_rlimits(l: &StepLimits) -> std::io::Result<()> {
    let set = |res, soft: u64, hard: u64| {
        let r = libc::rlimit { rlim_cur: soft as libc::rlim_t, rlim_max: hard as libc::rlim_t };
        // SAFETY: setrlimit reads the struct we pass.
        if unsafe { libc::setrlimit(res, &r) } == 0 { Ok(()) } else { Err(std::io::Error::last_os_error()) }
    };
    set(libc::RLIMIT_CPU, l.cpu_s, l.cpu_s + 1)?;
    set(libc::RLIMIT_AS, l.address_space, l.address_space)?;
    set(libc::RLIMIT_NPROC, l.processes, l.processes)?;
    set(libc::RLIMIT_NOFILE, l.open_files, l.open_files)?;
    set(libc::RLIMIT_FSIZE, l.file_size, l.file_size)?;
    set(libc::RLIMIT_CORE, 0, 0)
}
