//! The runtime around JIT code: entering compile-time code so that a crash, `exit`, `abort` or
//! `cir_fatal` comes back to the compiler as an error instead of killing it, and the small
//! helpers JIT code calls (`alloca`/VLA storage, emulated TLS).
//!
//! `__cir_rt_enter(fn, arg, buf)` is a tiny assembly routine (a setjmp that Rust can call
//! safely, because from Rust's side it is an ordinary call that returns once): it saves the
//! callee-saved registers and the stack pointer in `buf`, calls `fn(arg)` and returns 0.
//! `__cir_rt_escape(buf, code)` restores them and makes that `enter` call return `code`. Only
//! JIT frames and frames without destructors (signal handlers, callbacks that have dropped
//! everything) are ever skipped.

use std::cell::{Cell, RefCell};
use std::sync::OnceLock;

/// Saved stack pointer and resume address of the innermost `__cir_rt_enter`.
#[repr(C)]
pub struct JmpBuf {
    pub rsp: u64,
    pub resume: u64,
}

// `__cir_rt_enter(f, arg, buf)` (rdi, rsi, rdx) and `__cir_rt_escape(buf, code)` (rdi, rsi).
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
    "lea rcx, [rip + 2f]",
    "mov [rdx + 8], rcx",
    "mov rax, rdi",
    "mov rdi, rsi",
    "call rax",
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
    fn __cir_rt_enter(f: *const u8, arg: *mut u8, buf: *mut JmpBuf) -> u64;
    fn __cir_rt_escape(buf: *mut JmpBuf, code: u64) -> !;
}

/// Why compile-time code stopped early.
#[derive(Clone, Debug, PartialEq)]
pub enum Stop {
    /// `cir_fatal(...)`: the formatted message.
    Fatal(String),
    /// A signal (segmentation fault, abort, ...).
    Signal(i32),
    /// `exit(status)` called by compile-time code.
    Exit(i32),
    /// The time limit was reached.
    Timeout,
}

thread_local! {
    /// The innermost active `__cir_rt_enter` on this thread.
    static ACTIVE: Cell<*mut JmpBuf> = const { Cell::new(std::ptr::null_mut()) };
    static STOP: RefCell<Option<Stop>> = const { RefCell::new(None) };
}

/// Whether compile-time code is running on this thread (callbacks use it).
pub fn in_compile_time_code() -> bool {
    ACTIVE.with(|a| !a.get().is_null())
}

/// Runs `f(arg)` (JIT code). Returns how it stopped if it did not return normally.
///
/// # Safety
/// `f` must be a function `void f(void *)` compiled by the JIT.
pub unsafe fn enter(f: *const u8, arg: *mut u8) -> Result<(), Stop> {
    install_handlers();
    let mut buf = JmpBuf { rsp: 0, resume: 0 };
    let prev = ACTIVE.with(|a| a.replace(&mut buf));
    STOP.with(|s| *s.borrow_mut() = None);
    // SAFETY: the caller guarantees `f`; `enter` saves and restores everything Rust relies on.
    let r = unsafe { __cir_rt_enter(f, arg, &mut buf) };
    ACTIVE.with(|a| a.set(prev));
    if r == 0 {
        return Ok(());
    }
    Err(STOP.with(|s| s.borrow_mut().take()).unwrap_or(Stop::Signal(0)))
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

extern "C" fn on_signal(sig: i32, _info: *mut libc::siginfo_t, _ctx: *mut libc::c_void) {
    if in_compile_time_code() {
        escape(Stop::Signal(sig));
    }
    // Not ours (or `cir run`): die of the signal as the program would.
    // SAFETY: resetting to the default action and re-raising is async-signal-safe.
    unsafe {
        libc::signal(sig, libc::SIG_DFL);
        libc::raise(sig);
    }
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
        for sig in SIGNALS {
            // SAFETY: installing a handler; `on_signal` only escapes or re-raises.
            unsafe {
                let mut sa: libc::sigaction = std::mem::zeroed();
                sa.sa_sigaction = on_signal as *const () as usize;
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
        libc::SIGFPE => "arithmetic exception (division by zero?)",
        libc::SIGILL => "illegal instruction (`__builtin_trap` or unreachable code reached)",
        libc::SIGABRT => "abort",
        libc::SIGTRAP => "trap",
        _ => "crash",
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
