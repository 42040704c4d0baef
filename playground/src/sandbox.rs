//! Running one request's processes under bubblewrap, from the server's side: the staged
//! read-only tree the sandboxes see (`Stage`), the bwrap command line, the process's rlimits and
//! user, the wall clock, the caps on what is read back, and the check that nothing of a slot's
//! user survives a request. What runs inside is `supervise`'s business.
//!
//! Inside a sandbox: `/usr` (and the `/bin`, `/lib*` links) and the stage (at `/opt/cir`)
//! read-only, a size-limited tmpfs at `/tmp` (the working directory, the only writable place),
//! fresh `/proc` and `/dev`; no `/etc`, `/home`, repository or network; new user, pid, network,
//! ipc, uts and cgroup namespaces; no capabilities; no further user namespaces.

use std::fs::File;
use std::io::{Seek, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt};
use tokio::sync::mpsc;

use crate::limits::StepLimits;
use crate::supervise::{self, Spec, StepStatus};

/// Where the stage appears inside a sandbox.
pub const STAGE_MOUNT: &str = "/opt/cir";
/// The working directory inside a sandbox (a tmpfs).
pub const WORK_DIR: &str = "/tmp";

/// As root, sandboxes run as users of their own: uids (and gids) from 61000 in blocks of 256,
/// one block per server (reserved with a lock file), slot n of a server getting its block's
/// first uid + n. These uids must belong to nobody else on the host (the leftover check kills
/// their processes). 15 blocks keep clear of 65534 (`nobody`).
pub const FIRST_UID: u32 = 61000;
pub const UID_BLOCK: u32 = 256;
const UID_BLOCKS: u32 = 15;

/// A block of uids reserved for this server (held while the lock file is open).
pub struct Uids {
    pub base: u32,
    _lock: File,
}

impl Uids {
    /// Reserves the first free block (several servers may run on one host).
    pub fn reserve() -> Result<Uids, String> {
        let dir = if Path::new("/run").is_dir() { PathBuf::from("/run/cir-playground") } else { PathBuf::from("/tmp/cir-playground-uids") };
        std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create `{}`: {e}", dir.display()))?;
        for k in 0..UID_BLOCKS {
            let path = dir.join(format!("uids-{k}.lock"));
            let f = File::options().create(true).truncate(false).write(true).open(&path).map_err(|e| format!("cannot open `{}`: {e}", path.display()))?;
            // SAFETY: flock on a descriptor we own.
            if unsafe { libc::flock(f.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) } == 0 {
                return Ok(Uids { base: FIRST_UID + k * UID_BLOCK, _lock: f });
            }
        }
        Err(format!("all {UID_BLOCKS} blocks of sandbox uids are in use by other playground servers"))
    }
}

/// A directory the sandboxes bind read-only at `/opt/cir`: `bin/cir`, `bin/cir-playground` (the
/// supervisor), `include/*.h` (found by cir at `bin/../include`), `data/*` (files the examples
/// read, bound into each sandbox's working directory). Fresh and world-readable, so the
/// sandbox users can read it wherever the repository is checked out. Removed on drop.
pub struct Stage {
    pub dir: PathBuf,
    pub data: Vec<String>,
}

impl Stage {
    /// Stages `cir` (and the headers it uses), `supervisor` (this program) and `data`.
    pub fn create(cir: &Path, supervisor: &Path, data: &[(&str, &[u8])]) -> Result<Stage, String> {
        let base = stage_base();
        remove_stale_stages(&base);
        let dir = base.join(format!("cir-playground-{}-{}", std::process::id(), nanos()));
        let mk = |d: &Path| {
            std::fs::DirBuilder::new().mode(0o755).create(d).map_err(|e| format!("cannot create `{}`: {e}", d.display()))?;
            // The umask may have narrowed the mode.
            std::fs::set_permissions(d, std::fs::Permissions::from_mode(0o755)).map_err(|e| format!("cannot chmod `{}`: {e}", d.display()))
        };
        mk(&dir)?;
        let stage = Stage { dir: dir.clone(), data: data.iter().map(|(n, _)| n.to_string()).collect() };
        for sub in ["bin", "include", "data"] {
            mk(&dir.join(sub))?;
        }
        let copy = |from: &Path, to: &Path, mode: u32| {
            std::fs::copy(from, to)
                .and_then(|_| std::fs::set_permissions(to, std::fs::Permissions::from_mode(mode)))
                .map_err(|e| format!("cannot copy `{}` to `{}`: {e}", from.display(), to.display()))
        };
        copy(cir, &dir.join("bin/cir"), 0o755)?;
        copy(supervisor, &dir.join("bin/cir-playground"), 0o755)?;
        let inc = cir_include_dir(cir)?;
        let headers = std::fs::read_dir(&inc).map_err(|e| format!("cannot read `{}`: {e}", inc.display()))?;
        for h in headers.flatten() {
            if h.path().extension().is_some_and(|x| x == "h") {
                copy(&h.path(), &dir.join("include").join(h.file_name()), 0o644)?;
            }
        }
        for (name, bytes) in data {
            let p = dir.join("data").join(name);
            std::fs::write(&p, bytes)
                .and_then(|_| std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o644)))
                .map_err(|e| format!("cannot write `{}`: {e}", p.display()))?;
        }
        Ok(stage)
    }
}

impl Drop for Stage {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Root stages under /tmp (the per-slot users must reach it; root's `$XDG_RUNTIME_DIR` is
/// private); other users under `$XDG_RUNTIME_DIR` when set (the sandbox runs as them).
fn stage_base() -> PathBuf {
    if !running_as_root()
        && let Some(d) = std::env::var_os("XDG_RUNTIME_DIR").filter(|d| Path::new(d).is_dir()) {
            return PathBuf::from(d);
        }
    PathBuf::from("/tmp")
}

/// Removes stages left by servers that were killed (their pid is gone).
fn remove_stale_stages(base: &Path) {
    let Ok(entries) = std::fs::read_dir(base) else { return };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let Some(pid) = name.strip_prefix("cir-playground-").and_then(|r| r.split('-').next()).and_then(|p| p.parse::<i32>().ok()) else {
            continue;
        };
        // SAFETY: kill with signal 0 only checks whether the process exists.
        let gone = unsafe { libc::kill(pid, 0) } != 0 && std::io::Error::last_os_error().raw_os_error() == Some(libc::ESRCH);
        // Only directories of our own user (not something another user put in /tmp).
        // SAFETY: geteuid has no preconditions.
        let ours = e.path().symlink_metadata().is_ok_and(|m| m.is_dir() && std::os::unix::fs::MetadataExt::uid(&m) == unsafe { libc::geteuid() });
        if gone && ours {
            let _ = std::fs::remove_dir_all(e.path());
        }
    }
}

fn nanos() -> u128 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0)
}

/// The directory holding `cir.h` for this cir binary (`cir --include-dir`).
fn cir_include_dir(cir: &Path) -> Result<PathBuf, String> {
    let out = std::process::Command::new(cir).arg("--include-dir").output().map_err(|e| format!("cannot run `{}`: {e}", cir.display()))?;
    if !out.status.success() {
        return Err(format!("`{} --include-dir` failed: {}", cir.display(), String::from_utf8_lossy(&out.stderr).trim()));
    }
    Ok(PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()))
}

pub fn running_as_root() -> bool {
    // SAFETY: geteuid has no preconditions.
    unsafe { libc::geteuid() == 0 }
}

/// One sandbox slot: a worker's permit. As root, each slot has its own uid, so `RLIMIT_NPROC`
/// (counted per user) and the leftover check are per slot.
#[derive(Debug, Clone, Copy)]
pub struct Slot {
    pub index: usize,
    pub uid: Option<u32>,
}

/// What to run in one sandbox.
pub struct Job<'a> {
    pub spec: Spec,
    /// Files created in the sandbox (absolute destination, contents).
    pub files: Vec<(&'static str, &'a [u8])>,
    /// The sandbox's stdin (else /dev/null).
    pub stdin: Option<&'a [u8]>,
    /// The wall-clock limit until the first step has succeeded...
    pub wall: Duration,
    /// ... and from then on (when the second step has a limit of its own).
    pub wall_after_first: Option<Duration>,
}

/// Which stream went over its cap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
    Log,
}

/// Why the sandbox ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// The supervisor finished the steps (or stopped at a failing one).
    Finished,
    /// The wall-clock limit; the sandbox was killed.
    Wall,
    /// A stream went over the output cap; the sandbox was killed.
    Output(Stream),
}

/// What a stream said, up to the cap.
#[derive(Debug, Default)]
pub struct Captured {
    pub bytes: Vec<u8>,
    pub truncated: bool,
}

impl Captured {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.bytes).into_owned()
    }
}

/// The result of one sandbox.
#[derive(Debug)]
pub struct Outcome {
    pub stdout: Captured,
    pub stderr: Captured,
    pub log: Captured,
    pub steps: Vec<StepStatus>,
    pub stop: Stop,
    pub elapsed: Duration,
}

/// The settings shared by all sandboxes of a server.
pub struct Sandboxes {
    pub stage: Stage,
    /// The part of bwrap's command line that is the same for every sandbox (made once).
    base_args: Vec<String>,
    pub output_cap: u64,
    pub bwrap: PathBuf,
    /// The per-slot users, when running as root; otherwise sandboxes run as the server's user.
    pub uids: Option<Uids>,
}

impl Sandboxes {
    /// The sandboxes' settings: `stage` bound read-only, a `tmpfs`-byte working directory,
    /// streams read up to `output_cap` bytes.
    pub fn new(stage: Stage, tmpfs: u64, output_cap: u64, bwrap: PathBuf, uids: Option<Uids>) -> Sandboxes {
        let base_args = bwrap_args(&stage, tmpfs);
        Sandboxes { stage, base_args, output_cap, bwrap, uids }
    }

    /// Runs `job` in a fresh sandbox as `slot`'s user, with `outer` as the rlimits of the whole
    /// tree (the steps lower them); returns what it printed and how it ended.
    pub async fn run(&self, slot: Slot, job: Job<'_>, outer: StepLimits) -> std::io::Result<Outcome> {
        let start = Instant::now();
        let (status_r, status_w) = pipe()?;
        let (log_r, log_w) = pipe()?;
        let mut inherit: Vec<OwnedFd> = vec![status_w, log_w];
        let mut args = self.base_args.clone();
        for (i, (dest, bytes)) in job.files.iter().enumerate() {
            inherit.push(memfd(bytes)?);
            args.extend(["--file".into(), (supervise::FIRST_FILE_FD as usize + i).to_string(), dest.to_string()]);
        }
        // Mount order: the root and /dev become read-only after everything is in place.
        args.extend(["--remount-ro", "/dev", "--remount-ro", "/", "--chdir", WORK_DIR].map(String::from));
        args.extend(["--".into(), format!("{STAGE_MOUNT}/bin/cir-playground"), supervise::FLAG.into()]);
        args.push(serde_json::to_string(&job.spec).map_err(std::io::Error::other)?);

        let mut cmd = tokio::process::Command::new(&self.bwrap);
        cmd.args(&args)
            .env_clear()
            .envs([("PATH", "/usr/bin:/bin"), ("HOME", WORK_DIR), ("TMPDIR", WORK_DIR), ("CIR_CC", "gcc"), ("LANG", "C.UTF-8")])
            .stdin(match job.stdin {
                Some(b) => Stdio::from(memfd(b)?),
                None => Stdio::null(),
            })
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true);
        let sources: Vec<RawFd> = inherit.iter().map(|f| f.as_raw_fd()).collect();
        let user = slot.uid;
        let mut limits = outer;
        if user.is_none() {
            // Not root: the sandbox runs as the server's own user, whose processes all count
            // against an outer RLIMIT_NPROC; the supervisor sets each step's (counted within
            // the sandbox's user namespace).
            limits.processes = current_rlimit(libc::RLIMIT_NPROC);
        } else {
            // bwrap, its init and the supervisor come on top of the steps' processes.
            limits.processes += 8;
        }
        // SAFETY: the closure runs between fork and exec and only makes async-signal-safe calls
        // (fcntl, dup2, open, write, close, setgroups, setgid, setuid, setrlimit) on data
        // prepared before the fork.
        unsafe {
            cmd.pre_exec(move || child_setup(&sources, user, &limits));
        }
        let mut child = cmd.spawn()?;
        drop(inherit);
        let (over_tx, mut over_rx) = mpsc::unbounded_channel();
        let cap = self.output_cap;
        let out = tokio::spawn(capture(child.stdout.take(), cap, Stream::Stdout, over_tx.clone()));
        let err = tokio::spawn(capture(child.stderr.take(), cap, Stream::Stderr, over_tx.clone()));
        let log = tokio::spawn(capture(Some(tokio::net::unix::pipe::Receiver::from_owned_fd(log_r)?), cap, Stream::Log, over_tx));
        let (st_tx, mut st_rx) = mpsc::unbounded_channel();
        let statuses = tokio::spawn(read_statuses(tokio::net::unix::pipe::Receiver::from_owned_fd(status_r)?, st_tx));

        let mut deadline = tokio::time::Instant::now() + job.wall;
        let mut steps = Vec::new();
        let stop = loop {
            tokio::select! {
                _ = child.wait() => break Stop::Finished,
                _ = tokio::time::sleep_until(deadline) => break Stop::Wall,
                Some(s) = over_rx.recv() => break Stop::Output(s),
                Some(st) = st_rx.recv() => {
                    if st.step == 0 && st.succeeded()
                        && let Some(w) = job.wall_after_first {
                            deadline = tokio::time::Instant::now() + w;
                        }
                    steps.push(st);
                }
            }
        };
        // Killing bwrap kills the sandbox: its init dies with it (--die-with-parent) and the
        // kernel then kills everything in the pid namespace.
        let _ = child.start_kill();
        let _ = child.wait().await;
        let join = |h: tokio::task::JoinHandle<Captured>| async move {
            match tokio::time::timeout(Duration::from_secs(2), h).await {
                Ok(Ok(c)) => c,
                _ => Captured::default(),
            }
        };
        let (stdout, stderr, log) = (join(out).await, join(err).await, join(log).await);
        if let Ok(Ok(rest)) = tokio::time::timeout(Duration::from_secs(2), statuses).await {
            steps = rest;
        }
        let stop = match stop {
            Stop::Finished if stdout.truncated => Stop::Output(Stream::Stdout),
            Stop::Finished if stderr.truncated => Stop::Output(Stream::Stderr),
            Stop::Finished if log.truncated => Stop::Output(Stream::Log),
            s => s,
        };
        Ok(Outcome { stdout, stderr, log, steps, stop, elapsed: start.elapsed() })
    }

    /// Kills every process of `slot`'s user still alive after its sandbox ended (there should be
    /// none: the pid namespace is gone); returns how many there were. Only as root, where the
    /// slot's uid is its own. The kernel tears a killed namespace down asynchronously, so
    /// processes get half a second to go by themselves before they count as leftovers.
    pub fn kill_leftovers(&self, slot: Slot) -> usize {
        let Some(uid) = slot.uid else { return 0 };
        for _ in 0..50 {
            if processes_of(uid).is_empty() {
                return 0;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        let mut killed = 0;
        for _ in 0..50 {
            let pids = processes_of(uid);
            if pids.is_empty() {
                break;
            }
            for pid in pids {
                // SAFETY: sends a signal; the pid was just read from /proc as a process of `uid`.
                unsafe { libc::kill(pid, libc::SIGKILL) };
                killed += 1;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        killed
    }
}

/// The part of bwrap's command line that is the same for every sandbox.
fn bwrap_args(stage: &Stage, tmpfs: u64) -> Vec<String> {
    let mut a: Vec<String> = [
        "--unshare-all",
        "--unshare-user",
        "--disable-userns",
        "--die-with-parent",
        "--new-session",
        "--cap-drop",
        "ALL",
        "--as-pid-1",
        "--hostname",
        "playground",
        "--ro-bind",
        "/usr",
        "/usr",
    ]
    .map(String::from)
    .to_vec();
    // Merged-/usr systems have links here, others directories.
    for name in ["bin", "sbin", "lib", "lib32", "lib64", "libx32"] {
        let p = Path::new("/").join(name);
        if let Ok(target) = std::fs::read_link(&p) {
            a.extend(["--symlink".into(), target.to_string_lossy().into_owned(), p.to_string_lossy().into_owned()]);
        } else if p.is_dir() {
            a.extend(["--ro-bind".into(), p.to_string_lossy().into_owned(), p.to_string_lossy().into_owned()]);
        }
    }
    a.extend(["--ro-bind".into(), stage.dir.to_string_lossy().into_owned(), STAGE_MOUNT.into()]);
    a.extend(["--size".into(), tmpfs.to_string(), "--tmpfs".into(), WORK_DIR.into()]);
    a.extend(["--proc", "/proc", "--dev", "/dev"].map(String::from));
    for name in &stage.data {
        let host = stage.dir.join("data").join(name);
        a.extend(["--ro-bind".into(), host.to_string_lossy().into_owned(), format!("{WORK_DIR}/{name}")]);
    }
    a
}

/// Processes (not zombies) whose real uid is `uid`.
fn processes_of(uid: u32) -> Vec<i32> {
    let mut pids = Vec::new();
    let Ok(entries) = std::fs::read_dir("/proc") else { return pids };
    for e in entries.flatten() {
        let Some(pid) = e.file_name().to_str().and_then(|s| s.parse::<i32>().ok()) else { continue };
        let Ok(status) = std::fs::read_to_string(e.path().join("status")) else { continue };
        let field = |name: &str| status.lines().find_map(|l| l.strip_prefix(name)).map(str::trim).unwrap_or("");
        let real_uid = field("Uid:").split_whitespace().next().and_then(|u| u.parse::<u32>().ok());
        if real_uid == Some(uid) && !field("State:").starts_with('Z') {
            pids.push(pid);
        }
    }
    pids
}

/// In the child between fork and exec: the inherited descriptors at 3, 4, 5..., the OOM
/// killer's first choice, the slot's user (as root), the outer rlimits.
fn child_setup(sources: &[RawFd], user: Option<u32>, limits: &StepLimits) -> std::io::Result<()> {
    let check = |r: libc::c_int| if r < 0 { Err(std::io::Error::last_os_error()) } else { Ok(r) };
    // SAFETY: descriptor and credential syscalls on values prepared before the fork.
    unsafe {
        // Move the sources out of the way first, so a source numbered 3 or 4 is not overwritten.
        let mut moved = [0 as RawFd; 16];
        if sources.len() > moved.len() {
            return Err(std::io::Error::from_raw_os_error(libc::EMFILE));
        }
        let moved = &mut moved[..sources.len()];
        for (m, &fd) in moved.iter_mut().zip(sources) {
            *m = check(libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 100))?;
        }
        for (target, &m) in (supervise::STATUS_FD..).zip(moved.iter()) {
            check(libc::dup2(m, target))?;
            libc::close(m);
        }
        // Sandboxed processes are the OOM killer's first victims (rlimits bound each process,
        // not their sum). Set before dropping root: a process that changed uid cannot open its
        // own /proc files.
        let fd = libc::open(c"/proc/self/oom_score_adj".as_ptr(), libc::O_WRONLY | libc::O_CLOEXEC);
        if fd >= 0 {
            libc::write(fd, b"1000".as_ptr().cast(), 4);
            libc::close(fd);
        }
        if let Some(uid) = user {
            check(libc::setgroups(0, std::ptr::null()))?;
            check(libc::setgid(uid))?;
            check(libc::setuid(uid))?;
        }
    }
    supervise::set_rlimits(limits)
}

fn current_rlimit(res: libc::__rlimit_resource_t) -> u64 {
    let mut r = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    // SAFETY: getrlimit writes into the local.
    unsafe { libc::getrlimit(res, &mut r) };
    r.rlim_cur
}

/// A pipe whose ends are closed on exec (the child gets copies made with dup2).
fn pipe() -> std::io::Result<(OwnedFd, OwnedFd)> {
    let mut fds = [0; 2];
    // SAFETY: pipe2 writes two new descriptors into `fds`, which we then own.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } < 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: both descriptors were just created and are owned by nobody else.
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

/// An in-memory file holding `bytes`, positioned at its start (bwrap's `--file` reads it; as
/// stdin the program reads it).
fn memfd(bytes: &[u8]) -> std::io::Result<OwnedFd> {
    // SAFETY: memfd_create returns a new descriptor (or -1), which we then own.
    let fd = unsafe { libc::memfd_create(c"cir-playground".as_ptr(), libc::MFD_CLOEXEC) };
    if fd < 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: as above.
    let mut f = unsafe { File::from_raw_fd(fd) };
    f.write_all(bytes)?;
    f.rewind()?;
    Ok(f.into())
}

/// Reads `r` up to `cap` bytes; one byte more and it reports the stream on `over` and stops
/// reading (the writer then gets EPIPE or blocks until the sandbox is killed).
async fn capture<R: AsyncRead + Unpin>(r: Option<R>, cap: u64, which: Stream, over: mpsc::UnboundedSender<Stream>) -> Captured {
    let mut c = Captured::default();
    let Some(r) = r else { return c };
    let mut limited = r.take(cap + 1);
    let _ = limited.read_to_end(&mut c.bytes).await;
    if c.bytes.len() as u64 > cap {
        c.bytes.truncate(cap as usize);
        c.truncated = true;
        let _ = over.send(which);
    }
    c
}

/// Reads the supervisor's status lines, sending each as it arrives; returns them all.
async fn read_statuses(r: tokio::net::unix::pipe::Receiver, tx: mpsc::UnboundedSender<StepStatus>) -> Vec<StepStatus> {
    let mut lines = tokio::io::BufReader::new(r.take(64 * 1024)).lines();
    let mut all = Vec::new();
    while let Ok(Some(line)) = lines.next_line().await {
        if let Ok(st) = serde_json::from_str::<StepStatus>(&line) {
            let _ = tx.send(st.clone());
            all.push(st);
        }
    }
    all
}
