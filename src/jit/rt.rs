//! The runtime around JIT code: entering compile-time code so that a crash, a stack overflow,
//! `exit`, `abort`, `cir_fatal` or running past the time limit comes back to the compiler as
//! an error instead of killing or hanging it, and the small helpers JIT code calls
//! (`alloca`/VLA storage, emulated TLS).
//!
//! `__cir_rt_enter(fn, arg, buf, stack)` is a tiny assembly routine (a setjmp that Rust can
//! call safely, because from Rust's side it is an ordinary call that returns once): it saves
//! the callee-saved registers and the stack pointer in `buf`, switches to `stack` (unless it is
//! null), calls `fn(arg)`, switches back and returns 0. `__cir_rt_escape(buf, code)` restores
//! them and makes that `enter` call return `code`. Only JIT frames and frames without
//! destructors (signal handlers, callbacks that have dropped everything) are ever skipped.
//!
//! Containment, per failure:
//! - **Crashes** (`SIGSEGV`, `SIGBUS`, `SIGFPE`, `SIGILL`, `SIGABRT`, `SIGTRAP`): handlers on an
//!   alternate signal stack escape when compile-time code is running on this thread (the
//!   faulting instruction is kept, so a Cranelift trap can be told apart: division by zero,
//!   `__builtin_trap`, ...).
//! - **Stack overflow**: compile-time code (with the `cir.h` callbacks and nested `@` calls it
//!   makes) runs on a stack of its own, `CT_STACK_SIZE` bytes above an inaccessible guard
//!   region, mapped once per thread. A fault in the guard region (or with the stack pointer in
//!   it) is a stack overflow; its pages are given back to the system afterwards. Runaway
//!   recursion thus ends after touching at most `CT_STACK_SIZE` bytes, not the 1 GiB stack of
//!   the compilation thread.
//! - **Time limit**: `watch` registers the outermost running `@` call with a watchdog thread.
//!   At the deadline the watchdog makes the JIT module's code non-executable
//!   (`CodeRegion::stop`) and then sends `TIMEOUT_SIGNAL` to the compilation thread every few
//!   milliseconds to interrupt blocking system calls (no `SA_RESTART`). The call thus faults at
//!   its next instruction of JIT code — a loop at once, libc or a `cir.h` callback when it
//!   returns to JIT code — and the fault handler escapes with `Stop::Timeout`. Nothing is ever
//!   abandoned inside libc or cir's own code, which may hold locks or borrows. The code is made
//!   executable again when the call has ended. If the call stays outside JIT code for `GRACE`
//!   more (stuck in a system call that is restarted, with signals blocked, ...), the watchdog
//!   has the front end report it and end the process (`Reporter::abandon`). The watchdog also
//!   has the front end print a note when a call runs long. A call that returns after its
//!   deadline is a timeout too (its system calls may have failed with `EINTR`).

use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, OnceLock};
use std::time::{Duration, Instant};

use crate::diagnostics::Diagnostic;

/// Saved stack pointer and resume address of the innermost `__cir_rt_enter`.
#[repr(C)]
pub struct JmpBuf {
    pub rsp: u64,
    pub resume: u64,
}

// `__cir_rt_enter(f, arg, buf, stack)` (rdi, rsi, rdx, rcx) and `__cir_rt_escape(buf, code)`
// (rdi, rsi). The stack pointer before the switch is kept in rbx (callee-saved, so it survives
// the call; an escape restores the saved one from `buf` instead).
std::arch::global_asm!(
    ".pushsection .text.cir_rt,\"ax\",@progbits",
    ".p2align 4",
    ".globl __cir_rt_enter",
    ".hidden __cir_rt_enter",
    "__cir_rt_enter:",
    "push rbp",
    "push rbx",
    "push r12",
    "push r13",
    "push r14",
    "push r15",
    "sub rsp, 8",
    "mov [rdx], rsp",
    "lea r8, [rip + 2f]",
    "mov [rdx + 8], r8",
    "mov rax, rdi",
    "mov rdi, rsi",
    "mov rbx, rsp",
    "test rcx, rcx",
    "jz 1f",
    "mov rsp, rcx",
    "1:",
    "call rax",
    "mov rsp, rbx",
    "xor eax, eax",
    "2:",
    "add rsp, 8",
    "pop r15",
    "pop r14",
    "pop r13",
    "pop r12",
    "pop rbx",
    "pop rbp",
    "ret",
    ".p2align 4",
    ".globl __cir_rt_escape",
    ".hidden __cir_rt_escape",
    "__cir_rt_escape:",
    "mov rsp, [rdi]",
    "mov rax, rsi",
    "jmp qword ptr [rdi + 8]",
    ".popsection",
);

unsafe extern "C" {
    fn __cir_rt_enter(f: *const u8, arg: *mut u8, buf: *mut JmpBuf, stack: *mut u8) -> u64;
    fn __cir_rt_escape(buf: *mut JmpBuf, code: u64) -> !;
}

/// Why compile-time code stopped early.
#[derive(Clone, Debug, PartialEq)]
pub enum Stop {
    /// `cir_fatal(...)`: the formatted message.
    Fatal(String),
    /// A signal (segmentation fault, abort, ...) and the address of the instruction it hit.
    Signal(i32, usize),
    /// The compile-time stack overflowed (runaway recursion).
    StackOverflow,
    /// `exit(status)` called by compile-time code.
    Exit(i32),
    /// The time limit was reached.
    Timeout,
}

/// Size of the stack compile-time code runs on (virtual memory: only touched pages count).
pub const CT_STACK_SIZE: usize = 256 << 20;
/// The inaccessible region below it (large, so that a big frame cannot jump over it).
const GUARD_SIZE: usize = 1 << 20;

thread_local! {
    /// The innermost active `__cir_rt_enter` on this thread.
    static ACTIVE: Cell<*mut JmpBuf> = const { Cell::new(std::ptr::null_mut()) };
    static STOP: RefCell<Option<Stop>> = const { RefCell::new(None) };
    /// This thread's compile-time stack: (guard start, stack start, stack end), or zeros.
    static STACK: Cell<(usize, usize, usize)> = const { Cell::new((0, 0, 0)) };
    /// Owns the mapping of `STACK` (unmapped when the thread ends).
    static STACK_MAP: RefCell<Option<StackMap>> = const { RefCell::new(None) };
    /// The "deadline passed" flag of the watched `@` call running on this thread, or null.
    static EXPIRED: Cell<*const AtomicBool> = const { Cell::new(std::ptr::null()) };
}

struct StackMap {
    base: usize,
    len: usize,
}

impl Drop for StackMap {
    fn drop(&mut self) {
        let _ = STACK.try_with(|s| s.set((0, 0, 0)));
        // SAFETY: our own mapping; nothing runs on it once the thread ends.
        unsafe {
            libc::munmap(self.base as *mut libc::c_void, self.len);
        }
    }
}

/// This thread's compile-time stack (mapped on first use): (guard start, start, end), or
/// zeros if it cannot be mapped (compile-time code then runs on the caller's stack).
fn ct_stack() -> (usize, usize, usize) {
    let s = STACK.with(|s| s.get());
    if s.1 != 0 {
        return s;
    }
    let len = GUARD_SIZE + CT_STACK_SIZE;
    // SAFETY: a fresh private mapping; the guard part is then made inaccessible.
    let base = unsafe {
        let p = libc::mmap(
            std::ptr::null_mut(),
            len,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE | libc::MAP_STACK,
            -1,
            0,
        );
        if p == libc::MAP_FAILED {
            return (0, 0, 0);
        }
        if libc::mprotect(p, GUARD_SIZE, libc::PROT_NONE) != 0 {
            libc::munmap(p, len);
            return (0, 0, 0);
        }
        p as usize
    };
    let s = (base, base + GUARD_SIZE, base + len);
    STACK_MAP.with(|m| *m.borrow_mut() = Some(StackMap { base, len }));
    STACK.with(|c| c.set(s));
    s
}

/// Whether compile-time code is running on this thread (callbacks use it).
pub fn in_compile_time_code() -> bool {
    ACTIVE.with(|a| !a.get().is_null())
}

/// Runs `f(arg)` (JIT code) on the compile-time stack. Returns how it stopped if it did not
/// return normally.
///
/// # Safety
/// `f` must be a function `void f(void *)` compiled by the JIT.
pub unsafe fn enter(f: *const u8, arg: *mut u8) -> Result<(), Stop> {
    install_handlers();
    let (_, lo, hi) = ct_stack();
    let probe = 0u8;
    let here = std::ptr::addr_of!(probe) as usize;
    // Nested calls (and a thread without a stack of its own) stay on the current stack.
    let switch = lo != 0 && !(lo..hi).contains(&here);
    let top = if switch { hi as *mut u8 } else { std::ptr::null_mut() };
    // Compile-time code may block signals; the compiler's own mask comes back afterwards.
    // SAFETY: reading this thread's signal mask into a local.
    let mask = unsafe {
        let mut m: libc::sigset_t = std::mem::zeroed();
        libc::pthread_sigmask(libc::SIG_SETMASK, std::ptr::null(), &mut m);
        m
    };
    let mut buf = JmpBuf { rsp: 0, resume: 0 };
    let prev = ACTIVE.with(|a| a.replace(&mut buf));
    STOP.with(|s| *s.borrow_mut() = None);
    // SAFETY: the caller guarantees `f`; `enter` saves and restores everything Rust relies on,
    // and `top` is the (16-byte aligned) end of a stack nothing else uses.
    let r = unsafe { __cir_rt_enter(f, arg, &mut buf, top) };
    ACTIVE.with(|a| a.set(prev));
    // SAFETY: restoring the mask read above.
    unsafe {
        libc::pthread_sigmask(libc::SIG_SETMASK, &mask, std::ptr::null_mut());
    }
    if r == 0 {
        return Ok(());
    }
    let stop = STOP.with(|s| s.borrow_mut().take()).unwrap_or(Stop::Signal(0, 0));
    if stop == Stop::StackOverflow && switch {
        // Give the pages the recursion touched back (the stack is not in use now).
        // SAFETY: the stack's own mapping; its contents are dead.
        unsafe {
            libc::madvise(lo as *mut libc::c_void, hi - lo, libc::MADV_DONTNEED);
        }
    }
    Err(stop)
}

/// Abandons the running compile-time code. Must be called with nothing left to drop.
pub fn escape(stop: Stop) -> ! {
    STOP.with(|s| *s.borrow_mut() = Some(stop));
    let buf = ACTIVE.with(|a| a.get());
    if buf.is_null() {
        // Not inside compile-time code (`cir run`): nothing to return to.
        std::process::exit(1);
    }
    // SAFETY: `buf` belongs to a live `enter` further up this thread's stack.
    unsafe { __cir_rt_escape(buf, 1) }
}

/// Signals that end compile-time code.
const SIGNALS: [i32; 6] = [libc::SIGSEGV, libc::SIGBUS, libc::SIGFPE, libc::SIGILL, libc::SIGABRT, libc::SIGTRAP];

/// The signal the watchdog sends when a call's time is up. Programs rarely use it (Go's
/// runtime preempts goroutines with it for the same reason); not `SIGALRM`, which compile-time
/// code may use itself.
pub const TIMEOUT_SIGNAL: i32 = libc::SIGURG;

/// The interrupted instruction and stack pointer of a signal.
fn interrupted_at(ctx: *mut libc::c_void) -> (usize, usize) {
    if ctx.is_null() {
        return (0, 0);
    }
    // SAFETY: with SA_SIGINFO, the third handler argument is the interrupted `ucontext_t`.
    let g = unsafe { &(*(ctx as *const libc::ucontext_t)).uc_mcontext.gregs };
    (g[libc::REG_RIP as usize] as usize, g[libc::REG_RSP as usize] as usize)
}

extern "C" fn on_signal(sig: i32, info: *mut libc::siginfo_t, ctx: *mut libc::c_void) {
    let (pc, sp) = interrupted_at(ctx);
    // SAFETY: the kernel's siginfo for a memory fault.
    let addr = if info.is_null() || sig != libc::SIGSEGV && sig != libc::SIGBUS { 0 } else { unsafe { (*info).si_addr() as usize } };
    // Fetching an instruction of JIT code made non-executable by `CodeRegion::stop`: time is up.
    if sig == libc::SIGSEGV
        && (pc..pc.saturating_add(16)).contains(&addr)
        && let Some(i) = region_of(pc)
        && REGION_STOPPED[i].load(Ordering::SeqCst)
    {
        if in_compile_time_code() {
            escape(Stop::Timeout);
        }
        // Another thread (started by compile-time code) running the module's code: it waits
        // until the code is executable again, then retries the instruction.
        while REGION_STOPPED[i].load(Ordering::SeqCst) {
            let ts = libc::timespec { tv_sec: 0, tv_nsec: 1_000_000 };
            // SAFETY: nanosleep is async-signal-safe.
            unsafe { libc::nanosleep(&ts, std::ptr::null_mut()) };
        }
        return;
    }
    if in_compile_time_code() {
        if sig == libc::SIGSEGV || sig == libc::SIGBUS {
            let (guard, lo, _) = STACK.with(|s| s.get());
            if lo != 0 && ((guard..lo).contains(&addr) || (guard..lo).contains(&sp)) {
                escape(Stop::StackOverflow);
            }
        }
        escape(Stop::Signal(sig, pc));
    }
    // Not ours (or `cir run`): die of the signal as the program would.
    // SAFETY: resetting to the default action and re-raising is async-signal-safe.
    unsafe {
        libc::signal(sig, libc::SIG_DFL);
        libc::raise(sig);
    }
}

/// The timeout signal: mostly there to interrupt a blocking system call (the stopped code then
/// faults when libc returns to it). Interrupting JIT code itself (its code could not be made
/// non-executable), it escapes.
extern "C" fn on_timeout_signal(_sig: i32, _info: *mut libc::siginfo_t, ctx: *mut libc::c_void) {
    let flag = EXPIRED.with(|e| e.get());
    // SAFETY: `EXPIRED` points into the `Watching` of the running call while it is set.
    if flag.is_null() || !in_compile_time_code() || !unsafe { (*flag).load(Ordering::Relaxed) } {
        return; // a late signal of a call that has finished
    }
    let (pc, _) = interrupted_at(ctx);
    if is_jit_code(pc) {
        escape(Stop::Timeout);
    }
    // In libc or in cir itself: escaping could leave a lock taken or a borrow open. Either the
    // code returns to (stopped) JIT code, or the watchdog tries again shortly.
}

fn install_handlers() {
    thread_local! {
        static ALT: Cell<bool> = const { Cell::new(false) };
    }
    if !ALT.with(|a| a.replace(true)) {
        // An alternate stack so that a stack overflow in compile-time code can be reported.
        const SIZE: usize = 1 << 16;
        let mem = Box::leak(vec![0u8; SIZE].into_boxed_slice());
        let st = libc::stack_t { ss_sp: mem.as_mut_ptr() as *mut libc::c_void, ss_flags: 0, ss_size: SIZE };
        // SAFETY: the stack memory is leaked, so it outlives the thread.
        unsafe {
            libc::sigaltstack(&st, std::ptr::null_mut());
        }
    }
    static INSTALLED: OnceLock<()> = OnceLock::new();
    INSTALLED.get_or_init(|| {
        let handlers: [(i32, extern "C" fn(i32, *mut libc::siginfo_t, *mut libc::c_void)); 7] = [
            (SIGNALS[0], on_signal),
            (SIGNALS[1], on_signal),
            (SIGNALS[2], on_signal),
            (SIGNALS[3], on_signal),
            (SIGNALS[4], on_signal),
            (SIGNALS[5], on_signal),
            (TIMEOUT_SIGNAL, on_timeout_signal),
        ];
        for (sig, h) in handlers {
            // SAFETY: installing a handler; it only escapes, returns or re-raises. No
            // SA_RESTART: the timeout signal must interrupt blocking calls.
            unsafe {
                let mut sa: libc::sigaction = std::mem::zeroed();
                sa.sa_sigaction = h as *const () as usize;
                sa.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK | libc::SA_NODEFER;
                libc::sigemptyset(&mut sa.sa_mask);
                libc::sigaction(sig, &sa, std::ptr::null_mut());
            }
        }
    });
}

/// Describes a signal for a diagnostic.
pub fn signal_name(sig: i32) -> &'static str {
    match sig {
        libc::SIGSEGV => "segmentation fault",
        libc::SIGBUS => "bus error",
        libc::SIGFPE => "arithmetic exception (integer division by zero or overflow)",
        libc::SIGILL => "illegal instruction",
        libc::SIGABRT => "abort (`abort()` or a failed `assert`)",
        libc::SIGTRAP => "trap (breakpoint)",
        _ => "crash",
    }
}

// ---- JIT code ranges ------------------------------------------------------------------------------

const REGIONS: usize = 64;
static REGION_USED: [AtomicBool; REGIONS] = [const { AtomicBool::new(false) }; REGIONS];
static REGION_LO: [AtomicUsize; REGIONS] = [const { AtomicUsize::new(usize::MAX) }; REGIONS];
static REGION_HI: [AtomicUsize; REGIONS] = [const { AtomicUsize::new(0) }; REGIONS];
/// The region's code is made non-executable because a call's time is up.
static REGION_STOPPED: [AtomicBool; REGIONS] = [const { AtomicBool::new(false) }; REGIONS];

/// The executable memory of one JIT module. `is_jit_code` (lock-free, for signal handlers)
/// checks the hull of its code allocations, which all lie in the module's own reserved arena
/// (so nothing but its code and data is in between); the pages themselves are kept for `stop`.
pub struct CodeRegion {
    /// The slot of the hull, or None when too many JIT modules are alive (their code is then
    /// never recognized, and a timeout ends the process instead of the call).
    slot: Option<usize>,
    /// Page-aligned executable ranges, merged.
    pages: Mutex<Vec<(usize, usize)>>,
}

fn page_size() -> usize {
    // SAFETY: sysconf has no preconditions.
    (unsafe { libc::sysconf(libc::_SC_PAGESIZE) } as usize).max(4096)
}

impl CodeRegion {
    pub fn new() -> Arc<CodeRegion> {
        let slot = (0..REGIONS).find(|&i| REGION_USED[i].compare_exchange(false, true, Ordering::AcqRel, Ordering::Relaxed).is_ok());
        Arc::new(CodeRegion { slot, pages: Mutex::new(Vec::new()) })
    }

    /// Records executable memory at `start`, `len` bytes.
    pub fn add(&self, start: usize, len: usize) {
        let Some(i) = self.slot else { return };
        REGION_LO[i].fetch_min(start, Ordering::Relaxed);
        REGION_HI[i].fetch_max(start.saturating_add(len), Ordering::Relaxed);
        let ps = page_size();
        let (lo, hi) = (start / ps * ps, start.saturating_add(len).next_multiple_of(ps));
        let mut pages = self.pages.lock().unwrap_or_else(|e| e.into_inner());
        match pages.iter_mut().find(|r| r.0 <= hi && lo <= r.1) {
            Some(r) => *r = (r.0.min(lo), r.1.max(hi)),
            None => pages.push((lo, hi)),
        }
    }

    /// Makes the code non-executable (readable: constants stay loadable), so that JIT code
    /// stops at its next instruction, or when libc or cir returns to it: a fault that
    /// `on_signal` turns into `Stop::Timeout`. Returns whether it was done.
    fn stop(&self) -> bool {
        self.protect(libc::PROT_READ, true)
    }

    /// Undoes `stop`.
    fn resume(&self) {
        self.protect(libc::PROT_READ | libc::PROT_EXEC, false);
    }

    fn protect(&self, prot: i32, stopped: bool) -> bool {
        let Some(i) = self.slot else { return false };
        let pages = self.pages.lock().unwrap_or_else(|e| e.into_inner());
        if stopped {
            REGION_STOPPED[i].store(true, Ordering::SeqCst);
        }
        let mut ok = !pages.is_empty();
        for &(lo, hi) in pages.iter() {
            // SAFETY: finalized JIT code pages of this module (read-execute while no call is
            // stopped); only their permissions change.
            ok &= unsafe { libc::mprotect(lo as *mut libc::c_void, hi - lo, prot) } == 0;
        }
        if !stopped {
            REGION_STOPPED[i].store(false, Ordering::SeqCst);
        }
        ok
    }
}

impl Drop for CodeRegion {
    fn drop(&mut self) {
        if let Some(i) = self.slot {
            REGION_LO[i].store(usize::MAX, Ordering::Relaxed);
            REGION_HI[i].store(0, Ordering::Relaxed);
            REGION_STOPPED[i].store(false, Ordering::Relaxed);
            REGION_USED[i].store(false, Ordering::Release);
        }
    }
}

/// The slot of the JIT module whose code `pc` is in (async-signal-safe).
fn region_of(pc: usize) -> Option<usize> {
    (0..REGIONS).find(|&i| REGION_LO[i].load(Ordering::Relaxed) <= pc && pc < REGION_HI[i].load(Ordering::Relaxed))
}

/// Whether `pc` is in code compiled by a JIT module (async-signal-safe).
pub fn is_jit_code(pc: usize) -> bool {
    region_of(pc).is_some()
}

// ---- the watchdog -------------------------------------------------------------------------------

/// After the deadline, how long the watchdog keeps trying to stop a call that stays outside JIT
/// code before it gives up on the compilation.
pub const GRACE: Duration = Duration::from_millis(500);
/// Interval of the timeout signals after the deadline.
const RETRY: Duration = Duration::from_millis(5);
/// When the note about a long-running call is printed (at the latest).
const NOTE_AFTER: Duration = Duration::from_secs(5);

/// How the watchdog talks to the user: implemented by the front end (`main.rs` prints).
pub trait Reporter: Send + Sync {
    /// The call has been running for `elapsed` (said once per call).
    fn still_running(&self, w: &Watch, elapsed: Duration, limit: Option<Duration>);
    /// The call ran past its limit and could not be stopped (it stayed outside JIT code, e.g.
    /// blocked in a system call): report `w.stuck`, make sure no output is left, and end the
    /// process with status 1. Called on the watchdog thread.
    fn abandon(&self, w: &Watch) -> !;
}

/// Time limit of compile-time calls and where the watchdog reports (no reporter: no watchdog).
#[derive(Clone, Default)]
pub struct Limits {
    /// Per outermost `@` call (nested ones count inside it); None = no limit.
    pub timeout: Option<Duration>,
    pub reporter: Option<Arc<dyn Reporter>>,
}

/// A watched `@` call, as the reporter shows it.
pub struct Watch {
    /// The callee's name.
    pub callee: String,
    /// The call's offset in the original input.
    pub at: usize,
    /// The diagnostic for a call that cannot be stopped.
    pub stuck: Diagnostic,
}

struct Job {
    id: u64,
    thread: libc::pthread_t,
    tid: i64,
    start: Instant,
    deadline: Option<Instant>,
    limit: Option<Duration>,
    note_at: Instant,
    noted: bool,
    watch: Arc<Watch>,
    reporter: Arc<dyn Reporter>,
    expired: Arc<AtomicBool>,
    /// The code of the JIT module running the call, and whether it is stopped.
    code: Arc<CodeRegion>,
    stopped: bool,
}

/// The watched calls, and when the watchdog wakes up next (None: when told).
struct Jobs {
    list: Vec<Job>,
    wake_at: Option<Instant>,
}

static JOBS: Mutex<Jobs> = Mutex::new(Jobs { list: Vec::new(), wake_at: None });
static WAKE: Condvar = Condvar::new();

/// When the note about a running call is printed: after 5 s, or half the limit if shorter.
pub fn note_after(limit: Option<Duration>) -> Duration {
    limit.map_or(NOTE_AFTER, |l| NOTE_AFTER.min(l / 2))
}

/// `1 s`, `0.5 s`, `60 s`.
pub fn secs(d: Duration) -> String {
    format!("{} s", d.as_secs_f64())
}

/// The registration of a running `@` call with the watchdog; dropping it ends the watch.
pub struct Watching {
    id: u64,
    expired: Arc<AtomicBool>,
}

impl Watching {
    /// Whether the deadline has passed (a call that returns after it is a timeout too: the
    /// timeout signals may have made its system calls fail with `EINTR`).
    pub fn expired(&self) -> bool {
        self.expired.load(Ordering::Relaxed)
    }
}

/// Watches the `@` call about to run on this thread (the outermost one: nested calls count
/// inside it). None when there is no reporter or the watchdog cannot run.
pub fn watch(limits: &Limits, code: &Arc<CodeRegion>, what: impl FnOnce() -> Watch) -> Option<Watching> {
    let reporter = limits.reporter.clone()?;
    static STARTED: OnceLock<bool> = OnceLock::new();
    let started = *STARTED.get_or_init(|| std::thread::Builder::new().name("cir-watchdog".into()).spawn(watchdog).is_ok());
    if !started {
        return None;
    }
    static IDS: AtomicU64 = AtomicU64::new(1);
    let id = IDS.fetch_add(1, Ordering::Relaxed);
    let expired = Arc::new(AtomicBool::new(false));
    let start = Instant::now();
    let job = Job {
        id,
        // SAFETY: pthread_self has no preconditions.
        thread: unsafe { libc::pthread_self() },
        // SAFETY: gettid has no preconditions.
        tid: unsafe { libc::syscall(libc::SYS_gettid) },
        start,
        deadline: limits.timeout.map(|l| start + l),
        limit: limits.timeout,
        note_at: start + note_after(limits.timeout),
        noted: false,
        watch: Arc::new(what()),
        reporter,
        expired: expired.clone(),
        code: code.clone(),
        stopped: false,
    };
    EXPIRED.with(|e| e.set(Arc::as_ptr(&expired)));
    let first = job.deadline.map_or(job.note_at, |d| d.min(job.note_at));
    let mut jobs = JOBS.lock().unwrap_or_else(|e| e.into_inner());
    jobs.list.push(job);
    // Most calls end long before the watchdog's next wake-up: no need to wake it now.
    if jobs.wake_at.is_none_or(|w| w > first) {
        jobs.wake_at = Some(first);
        WAKE.notify_one();
    }
    Some(Watching { id, expired })
}

impl Drop for Watching {
    fn drop(&mut self) {
        EXPIRED.with(|e| e.set(std::ptr::null()));
        let mut jobs = JOBS.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(i) = jobs.list.iter().position(|j| j.id == self.id) {
            let j = jobs.list.swap_remove(i);
            if j.stopped {
                j.code.resume();
            }
        }
    }
}

/// Whether thread `tid` of this process blocks `SIGSEGV` (compile-time code can do that): a
/// fault would then kill the process, so its code must not be stopped by a fault.
fn segv_blocked(tid: i64) -> bool {
    let Ok(status) = std::fs::read_to_string(format!("/proc/self/task/{tid}/status")) else { return true };
    let Some(mask) = status.lines().find_map(|l| l.strip_prefix("SigBlk:")) else { return true };
    u64::from_str_radix(mask.trim(), 16).map_or(true, |m| m & (1 << (libc::SIGSEGV - 1)) != 0)
}

fn watchdog() {
    let mut jobs = JOBS.lock().unwrap_or_else(|e| e.into_inner());
    loop {
        let now = Instant::now();
        let mut wake: Option<Instant> = None;
        let mut notes = Vec::new();
        for j in jobs.list.iter_mut() {
            if !j.noted {
                if now >= j.note_at {
                    j.noted = true;
                    notes.push((j.reporter.clone(), j.watch.clone(), j.note_at - j.start, j.limit));
                } else {
                    wake = Some(wake.map_or(j.note_at, |w| w.min(j.note_at)));
                }
            }
            let Some(deadline) = j.deadline else { continue };
            if now < deadline {
                wake = Some(wake.map_or(deadline, |w| w.min(deadline)));
                continue;
            }
            if now >= deadline + GRACE {
                // Still registered, so still stuck outside JIT code: the lock stays held, so
                // the call cannot finish while the reporter ends the process.
                j.reporter.abandon(&j.watch);
            }
            if !j.expired.swap(true, Ordering::SeqCst) && !segv_blocked(j.tid) {
                j.stopped = j.code.stop();
            }
            // Interrupts a blocking system call, so that libc returns to the (stopped) JIT code.
            // SAFETY: the thread is alive: it unregisters (under this lock) before it can end.
            unsafe {
                libc::pthread_kill(j.thread, TIMEOUT_SIGNAL);
            }
            wake = Some(wake.map_or(now + RETRY, |w| w.min(now + RETRY)));
        }
        if !notes.is_empty() {
            // Printed without the lock (a call that finishes meanwhile must not wait for it).
            drop(jobs);
            for (r, w, elapsed, limit) in notes {
                r.still_running(&w, elapsed, limit);
            }
            jobs = JOBS.lock().unwrap_or_else(|e| e.into_inner());
            continue;
        }
        jobs.wake_at = wake;
        jobs = match wake {
            Some(t) => WAKE.wait_timeout(jobs, t.saturating_duration_since(now)).unwrap_or_else(|e| e.into_inner()).0,
            None => WAKE.wait(jobs).unwrap_or_else(|e| e.into_inner()),
        };
    }
}

// ---- helpers called by JIT code ------------------------------------------------------------------

/// `exit` as seen by compile-time code: stops the `@` call instead of the compiler.
pub extern "C" fn cir_rt_exit(status: i32) {
    if in_compile_time_code() {
        escape(Stop::Exit(status));
    }
    // SAFETY: the program's own exit (`cir run`).
    unsafe { libc::exit(status) }
}

unsafe extern "C" {
    fn __cxa_atexit(f: extern "C" fn(*mut libc::c_void), arg: *mut libc::c_void, dso: *mut libc::c_void) -> i32;
    fn __cxa_at_quick_exit(f: extern "C" fn(*mut libc::c_void), dso: *mut libc::c_void) -> i32;
}

/// `atexit` (glibc keeps it in libc_nonshared.a, out of reach of dlsym).
pub extern "C" fn cir_rt_atexit(f: extern "C" fn()) -> i32 {
    // SAFETY: a function taking no argument may be called with one in the System V ABI.
    unsafe { __cxa_atexit(std::mem::transmute::<extern "C" fn(), extern "C" fn(*mut libc::c_void)>(f), std::ptr::null_mut(), std::ptr::null_mut()) }
}

pub extern "C" fn cir_rt_at_quick_exit(f: extern "C" fn()) -> i32 {
    // SAFETY: as above.
    unsafe { __cxa_at_quick_exit(std::mem::transmute::<extern "C" fn(), extern "C" fn(*mut libc::c_void)>(f), std::ptr::null_mut()) }
}

/// `__builtin_{add,sub,mul}_overflow` where an operand or the result has 128 bits (narrower
/// ones are exact in 128-bit arithmetic and done inline): whether the exact result of `a op b`
/// does not fit in the result type. `a` and `b` hold the operands sign- or zero-extended to
/// 128 bits; `how` is the op (0 add, 1 sub, 2 mul) | a signed << 2 | b signed << 3 | result
/// signed << 4 | result bits << 8.
pub extern "C" fn cir_rt_overflow(a: i128, b: i128, how: u32) -> u8 {
    let r_bits = how >> 8;
    overflows(how & 3, (a, how & 4 != 0), (b, how & 8 != 0), r_bits, how & 16 != 0) as u8
}

/// An integer as sign and magnitude (the magnitude of any 128-bit value fits in a `u128`).
fn sign_mag((v, signed): (i128, bool)) -> (bool, u128) {
    if signed { (v < 0, v.unsigned_abs()) } else { (false, v as u128) }
}

fn overflows(op: u32, a: (i128, bool), b: (i128, bool), r_bits: u32, r_signed: bool) -> bool {
    let (na, ma) = sign_mag(a);
    let (mut nb, mb) = sign_mag(b);
    let exact = match op {
        2 => ma.checked_mul(mb).map(|m| (na != nb && m != 0, m)),
        _ => {
            if op == 1 {
                nb = !nb && mb != 0;
            }
            if na == nb {
                ma.checked_add(mb).map(|m| (na, m))
            } else if ma >= mb {
                Some((na && ma != mb, ma - mb))
            } else {
                Some((nb, mb - ma))
            }
        }
    };
    // A magnitude of 2^128 or more fits in no result type.
    let Some((neg, mag)) = exact else { return true };
    let r_bits = r_bits.clamp(1, 128);
    if r_signed {
        let half = 1u128 << (r_bits - 1);
        if neg { mag > half } else { mag >= half }
    } else {
        neg || (r_bits < 128 && mag >> r_bits != 0)
    }
}

thread_local! {
    /// Storage of `alloca` and VLAs: blocks freed back to a mark when a function returns or a
    /// VLA's scope ends.
    static ALLOCAS: RefCell<Vec<(*mut u8, std::alloc::Layout)>> = const { RefCell::new(Vec::new()) };
}

pub extern "C" fn cir_rt_alloca_mark() -> u64 {
    ALLOCAS.with(|a| a.borrow().len() as u64)
}

pub extern "C" fn cir_rt_alloca(size: u64, align: u64) -> *mut u8 {
    let align = align.clamp(16, 4096) as usize;
    let size = (size as usize).max(1);
    let Ok(layout) = std::alloc::Layout::from_size_align(size.next_multiple_of(align), align) else {
        return std::ptr::null_mut();
    };
    // SAFETY: non-zero size.
    let p = unsafe { std::alloc::alloc_zeroed(layout) };
    if !p.is_null() {
        ALLOCAS.with(|a| a.borrow_mut().push((p, layout)));
    }
    p
}

pub extern "C" fn cir_rt_alloca_release(mark: u64) {
    ALLOCAS.with(|a| {
        let mut a = a.borrow_mut();
        while a.len() as u64 > mark {
            let (p, l) = a.pop().unwrap();
            // SAFETY: allocated by `cir_rt_alloca` with this layout.
            unsafe { std::alloc::dealloc(p, l) };
        }
    });
}

thread_local! {
    /// Emulated thread-local variables: this thread's copy of each, by key.
    static TLS: RefCell<std::collections::HashMap<u64, (*mut u8, std::alloc::Layout)>> = RefCell::new(std::collections::HashMap::new());
}

/// The calling thread's copy of thread-local variable `key`, initialized from `template`.
///
/// # Safety
/// Called by JIT code only, with `template` pointing at `size` readable bytes.
pub unsafe extern "C" fn cir_rt_tls(key: u64, template: *const u8, size: u64, align: u64) -> *mut u8 {
    TLS.with(|t| {
        let mut t = t.borrow_mut();
        if let Some(&(p, _)) = t.get(&key) {
            return p;
        }
        let Ok(layout) = std::alloc::Layout::from_size_align((size as usize).max(1), (align as usize).clamp(1, 4096)) else {
            return std::ptr::null_mut();
        };
        // SAFETY: non-zero size; the template has `size` bytes.
        let p = unsafe {
            let p = std::alloc::alloc(layout);
            if !p.is_null() {
                std::ptr::copy_nonoverlapping(template, p, size as usize);
            }
            p
        };
        t.insert(key, (p, layout));
        p
    })
}

/// The helper JIT code calls under `name`, if it is one.
pub fn helper(name: &str) -> Option<*const u8> {
    Some(match name {
        "__cir_rt_alloca_mark" => cir_rt_alloca_mark as *const u8,
        "__cir_rt_alloca" => cir_rt_alloca as *const u8,
        "__cir_rt_alloca_release" => cir_rt_alloca_release as *const u8,
        "__cir_rt_tls" => cir_rt_tls as *const u8,
        "__cir_rt_overflow" => cir_rt_overflow as *const u8,
        _ => return None,
    })
}

/// Machine code for `f(const char *fmt, ...)` that calls `target(fmt, va_list)`: how the
/// variadic `cir.h` functions (`cir_fatal`, `cir_log`, ...) reach their Rust implementations
/// (stable Rust cannot define C-variadic functions).
pub fn va_forwarder(target: usize) -> *const u8 {
    let mut code: Vec<u8> = vec![
        0x55, // push rbp
        0x48, 0x89, 0xE5, // mov rbp, rsp
        0x48, 0x81, 0xEC, 0xD0, 0x00, 0x00, 0x00, // sub rsp, 208
        0x48, 0x89, 0x74, 0x24, 0x08, // mov [rsp+8], rsi
        0x48, 0x89, 0x54, 0x24, 0x10, // mov [rsp+16], rdx
        0x48, 0x89, 0x4C, 0x24, 0x18, // mov [rsp+24], rcx
        0x4C, 0x89, 0x44, 0x24, 0x20, // mov [rsp+32], r8
        0x4C, 0x89, 0x4C, 0x24, 0x28, // mov [rsp+40], r9
        0x84, 0xC0, // test al, al
        0x74, 0x31, // je skip
        0x0F, 0x29, 0x44, 0x24, 0x30, // movaps [rsp+48], xmm0
        0x0F, 0x29, 0x4C, 0x24, 0x40, // movaps [rsp+64], xmm1
        0x0F, 0x29, 0x54, 0x24, 0x50, // movaps [rsp+80], xmm2
        0x0F, 0x29, 0x5C, 0x24, 0x60, // movaps [rsp+96], xmm3
        0x0F, 0x29, 0x64, 0x24, 0x70, // movaps [rsp+112], xmm4
        0x0F, 0x29, 0xAC, 0x24, 0x80, 0x00, 0x00, 0x00, // movaps [rsp+128], xmm5
        0x0F, 0x29, 0xB4, 0x24, 0x90, 0x00, 0x00, 0x00, // movaps [rsp+144], xmm6
        0x0F, 0x29, 0xBC, 0x24, 0xA0, 0x00, 0x00, 0x00, // movaps [rsp+160], xmm7
        // skip:
        0xC7, 0x84, 0x24, 0xB0, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, // gp_offset = 8
        0xC7, 0x84, 0x24, 0xB4, 0x00, 0x00, 0x00, 0x30, 0x00, 0x00, 0x00, // fp_offset = 48
        0x48, 0x8D, 0x45, 0x10, // lea rax, [rbp+16]
        0x48, 0x89, 0x84, 0x24, 0xB8, 0x00, 0x00, 0x00, // overflow_arg_area
        0x48, 0x89, 0xE0, // mov rax, rsp
        0x48, 0x89, 0x84, 0x24, 0xC0, 0x00, 0x00, 0x00, // reg_save_area
        0x48, 0x8D, 0xB4, 0x24, 0xB0, 0x00, 0x00, 0x00, // lea rsi, [rsp+176]
        0x48, 0xB8, // mov rax, imm64
    ];
    code.extend_from_slice(&(target as u64).to_le_bytes());
    code.extend_from_slice(&[0xFF, 0xD0, 0xC9, 0xC3]); // call rax; leave; ret
    exec_bytes(&code)
}

/// Copies machine code into executable memory (kept for the life of the process).
fn exec_bytes(code: &[u8]) -> *const u8 {
    use std::sync::Mutex;
    static POOL: Mutex<(usize, usize)> = Mutex::new((0, 0));
    let mut pool = POOL.lock().unwrap_or_else(|e| e.into_inner());
    let len = code.len().next_multiple_of(16);
    if pool.0 == 0 || pool.1 + len > 4096 {
        // SAFETY: a fresh anonymous RWX-free mapping: written, then remapped executable.
        let page = unsafe {
            libc::mmap(std::ptr::null_mut(), 4096, libc::PROT_READ | libc::PROT_WRITE, libc::MAP_PRIVATE | libc::MAP_ANONYMOUS, -1, 0)
        };
        assert!(page as isize != -1, "cannot map memory for the JIT runtime");
        *pool = (page as usize, 0);
    }
    let (page, used) = *pool;
    // SAFETY: the page is ours; make it writable, copy, make it executable again.
    unsafe {
        libc::mprotect(page as *mut libc::c_void, 4096, libc::PROT_READ | libc::PROT_WRITE);
        std::ptr::copy_nonoverlapping(code.as_ptr(), (page + used) as *mut u8, code.len());
        libc::mprotect(page as *mut libc::c_void, 4096, libc::PROT_READ | libc::PROT_EXEC);
    }
    pool.1 += len;
    (page + used) as *const u8
}

#[cfg(test)]
mod tests {
    use super::overflows;

    const I128_MIN: i128 = i128::MIN;

    #[test]
    fn overflow_of_128_bit_results() {
        // add, sub, mul: (a, signed), (b, signed), result bits, result signed
        assert!(overflows(0, (-1, false), (1, true), 128, false)); // u128 max + 1
        assert!(!overflows(0, (-1, false), (-1, true), 128, false)); // u128 max - 1
        assert!(overflows(1, (0, true), (1, true), 128, false)); // 0 - 1 unsigned
        assert!(!overflows(1, (0, true), (1, true), 128, true));
        assert!(overflows(1, (I128_MIN, true), (1, true), 128, true));
        assert!(!overflows(1, (I128_MIN, true), (-1, true), 128, true));
        assert!(overflows(1, (0, true), (I128_MIN, true), 128, true)); // -MIN
        assert!(!overflows(1, (0, true), (I128_MIN, true), 128, false)); // 2^127 fits u128
        assert!(overflows(2, (1 << 100, true), (1 << 30, true), 128, true));
        assert!(!overflows(2, (1 << 100, true), (1 << 26, true), 128, true));
        assert!(overflows(2, (1 << 100, true), (1 << 27, true), 128, true)); // 2^127
        assert!(!overflows(2, (1 << 100, true), (-(1 << 27), true), 128, true)); // -2^127
        assert!(overflows(2, (-1, true), (I128_MIN, true), 128, true));
        assert!(!overflows(2, (-1, false), (1, true), 128, false));
        assert!(overflows(2, (-1, false), (-1, true), 128, false));
        assert!(!overflows(2, (0, true), (-1, false), 128, true));
        // A 128-bit operand with a narrower result.
        assert!(overflows(0, (1 << 64, true), (0, true), 64, false));
        assert!(!overflows(0, ((1 << 64) - 1, true), (0, true), 64, false));
        assert!(overflows(0, (1 << 63, true), (0, true), 64, true));
        assert!(!overflows(0, (-(1 << 63), true), (0, true), 64, true));
    }
}
