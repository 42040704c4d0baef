//! What compile-time code depends on beyond the preprocessor's headers, for dependency files
//! (`cir -MD`, `cir cc -MD`): the files it opened for reading through libc (`fopen`,
//! `freopen`, `open`, `openat` and their `64` variants, replaced by the wrappers below when JIT
//! code calls them) and the `-l` libraries it was given (their resolved paths).
//!
//! Files opened by code inside `-l` libraries (e.g. zlib's `gzopen`) are not seen: only calls
//! from JIT code go through the wrappers.

use std::ffi::{CStr, c_char, c_int, c_uint};
use std::sync::Mutex;

/// Paths opened for reading, in first-open order, each once.
static READ: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn note(path: *const c_char) {
    if path.is_null() {
        return;
    }
    // SAFETY: libc just opened this NUL-terminated path successfully.
    let p = unsafe { CStr::from_ptr(path) }.to_string_lossy().into_owned();
    if ["/dev/", "/proc/", "/sys/"].iter().any(|d| p.starts_with(d)) {
        return;
    }
    let mut r = READ.lock().unwrap_or_else(|e| e.into_inner());
    if !r.contains(&p) {
        r.push(p);
    }
}

/// The files compile-time code has opened for reading so far.
pub fn files_read() -> Vec<String> {
    READ.lock().unwrap_or_else(|e| e.into_inner()).clone()
}

fn reads_mode(mode: *const c_char) -> bool {
    // SAFETY: fopen's mode argument is a C string (checked non-null).
    !mode.is_null() && unsafe { CStr::from_ptr(mode) }.to_bytes().iter().any(|&c| c == b'r' || c == b'+')
}

fn reads_flags(flags: c_int) -> bool {
    flags & libc::O_ACCMODE != libc::O_WRONLY
}

extern "C" fn cir_fopen(path: *const c_char, mode: *const c_char) -> *mut libc::FILE {
    // SAFETY: the caller's arguments, passed on unchanged.
    let f = unsafe { libc::fopen(path, mode) };
    if !f.is_null() && reads_mode(mode) {
        note(path);
    }
    f
}

extern "C" fn cir_freopen(path: *const c_char, mode: *const c_char, stream: *mut libc::FILE) -> *mut libc::FILE {
    // SAFETY: as above.
    let f = unsafe { libc::freopen(path, mode, stream) };
    if !f.is_null() && reads_mode(mode) {
        note(path);
    }
    f
}

// `open` and `openat` are variadic in C; the mode is the next integer argument, which a
// non-variadic function receives in the same register.
extern "C" fn cir_open(path: *const c_char, flags: c_int, mode: c_uint) -> c_int {
    // SAFETY: as above.
    let fd = unsafe { libc::open(path, flags, mode) };
    if fd >= 0 && reads_flags(flags) {
        note(path);
    }
    fd
}

extern "C" fn cir_openat(dir: c_int, path: *const c_char, flags: c_int, mode: c_uint) -> c_int {
    // SAFETY: as above.
    let fd = unsafe { libc::openat(dir, path, flags, mode) };
    if fd >= 0 && reads_flags(flags) {
        // A path relative to another directory than the current one is not a path make knows.
        // SAFETY: `path` was accepted by openat, so it is a C string.
        if dir == libc::AT_FDCWD || unsafe { *path } == b'/' as c_char {
            note(path);
        }
    }
    fd
}

/// The wrapper JIT code calls instead of the libc function `name`, if there is one.
pub fn wrapper(name: &str) -> Option<*const u8> {
    Some(match name {
        "fopen" | "fopen64" => cir_fopen as *const u8,
        "freopen" | "freopen64" => cir_freopen as *const u8,
        "open" | "open64" => cir_open as *const u8,
        "openat" | "openat64" => cir_openat as *const u8,
        _ => return None,
    })
}

/// The file a `dlopen` handle was loaded from.
pub fn library_path(handle: usize) -> Option<String> {
    #[repr(C)]
    struct LinkMap {
        l_addr: usize,
        l_name: *const c_char,
    }
    let mut lm: *const LinkMap = std::ptr::null();
    // SAFETY: `handle` is a live dlopen handle; RTLD_DI_LINKMAP stores a `struct link_map *`,
    // whose first two fields are the load address and the file name.
    unsafe {
        if libc::dlinfo(handle as *mut libc::c_void, libc::RTLD_DI_LINKMAP, &mut lm as *mut _ as *mut libc::c_void) != 0 || lm.is_null() {
            return None;
        }
        let name = (*lm).l_name;
        if name.is_null() || *name == 0 {
            return None;
        }
        Some(CStr::from_ptr(name).to_string_lossy().into_owned())
    }
}
