//! `long double`: the x87 80-bit extended format, computed by the x87 unit itself.
//!
//! Cranelift has no x87 registers, so JIT code holds a `long double` in 16 bytes of memory (the
//! C object layout: 10 bytes of value, 6 of padding) and calls the small assembly routines below
//! for arithmetic, comparison and conversions. The same routines fold `long double` constants
//! of static initializers, and `strtold` reads `long double` literals, so compile-time code
//! computes exactly what gcc's code computes at run time.
//!
//! Returns in `st(0)` (psABI class `X87`): after a call to a function returning `long double`
//! JIT code calls `__cir_x87_store` (pops `st(0)` into memory); a JIT function returning
//! `long double` calls `__cir_x87_load` just before its `ret`, leaving the value in `st(0)`.
//! Cranelift never touches the x87 stack in between. `_Complex long double` (class
//! `COMPLEX_X87`) uses `st(0)` and `st(1)` the same way (`store2`/`load2`).

use std::cmp::Ordering;

std::arch::global_asm!(
    ".pushsection .text.cir_x87,\"ax\",@progbits",
    // d = a op b: (rdi = d, rsi = a, rdx = b)
    ".p2align 4",
    ".globl __cir_x87_add",
    ".hidden __cir_x87_add",
    "__cir_x87_add:",
    "fld tbyte ptr [rsi]",
    "fld tbyte ptr [rdx]",
    "faddp st(1), st",
    "fstp tbyte ptr [rdi]",
    "ret",
    ".p2align 4",
    ".globl __cir_x87_sub",
    ".hidden __cir_x87_sub",
    "__cir_x87_sub:",
    "fld tbyte ptr [rdx]",
    "fld tbyte ptr [rsi]",
    "fsub st, st(1)",
    "fstp tbyte ptr [rdi]",
    "fstp st(0)",
    "ret",
    ".p2align 4",
    ".globl __cir_x87_mul",
    ".hidden __cir_x87_mul",
    "__cir_x87_mul:",
    "fld tbyte ptr [rsi]",
    "fld tbyte ptr [rdx]",
    "fmulp st(1), st",
    "fstp tbyte ptr [rdi]",
    "ret",
    ".p2align 4",
    ".globl __cir_x87_div",
    ".hidden __cir_x87_div",
    "__cir_x87_div:",
    "fld tbyte ptr [rdx]",
    "fld tbyte ptr [rsi]",
    "fdiv st, st(1)",
    "fstp tbyte ptr [rdi]",
    "fstp st(0)",
    "ret",
    // eax = 1 (a < b), 2 (a == b), 4 (a > b) or 8 (unordered): (rdi = a, rsi = b)
    ".p2align 4",
    ".globl __cir_x87_cmp",
    ".hidden __cir_x87_cmp",
    "__cir_x87_cmp:",
    "fld tbyte ptr [rsi]",
    "fld tbyte ptr [rdi]",
    "fucomip st, st(1)",
    "fstp st(0)",
    "mov eax, 8",
    "jp 2f",
    "mov eax, 2",
    "je 2f",
    "mov eax, 1",
    "jb 2f",
    "mov eax, 4",
    "2:",
    "ret",
    // Conversions to and from double and float (rounded by the x87 unit).
    ".p2align 4",
    ".globl __cir_x87_to_f64",
    ".hidden __cir_x87_to_f64",
    "__cir_x87_to_f64:",
    "fld tbyte ptr [rdi]",
    "fstp qword ptr [rsp-8]",
    "movsd xmm0, qword ptr [rsp-8]",
    "ret",
    ".p2align 4",
    ".globl __cir_x87_to_f32",
    ".hidden __cir_x87_to_f32",
    "__cir_x87_to_f32:",
    "fld tbyte ptr [rdi]",
    "fstp dword ptr [rsp-8]",
    "movss xmm0, dword ptr [rsp-8]",
    "ret",
    ".p2align 4",
    ".globl __cir_x87_from_f64",
    ".hidden __cir_x87_from_f64",
    "__cir_x87_from_f64:",
    "movsd qword ptr [rsp-8], xmm0",
    "fld qword ptr [rsp-8]",
    "fstp tbyte ptr [rdi]",
    "ret",
    // From 64-bit integers (exact: the x87 significand has 64 bits). (rdi = d, rsi = v)
    ".p2align 4",
    ".globl __cir_x87_from_i64",
    ".hidden __cir_x87_from_i64",
    "__cir_x87_from_i64:",
    "mov qword ptr [rsp-8], rsi",
    "fild qword ptr [rsp-8]",
    "fstp tbyte ptr [rdi]",
    "ret",
    ".p2align 4",
    ".globl __cir_x87_from_u64",
    ".hidden __cir_x87_from_u64",
    "__cir_x87_from_u64:",
    "mov qword ptr [rsp-8], rsi",
    "fild qword ptr [rsp-8]",
    "test rsi, rsi",
    "jns 2f",
    "mov dword ptr [rsp-12], 0x5f800000", // 2^64 as a float
    "fadd dword ptr [rsp-12]",
    "2:",
    "fstp tbyte ptr [rdi]",
    "ret",
    // Results in st(0) (and st(1)) after a call, and into them before a return.
    ".p2align 4",
    ".globl __cir_x87_store",
    ".hidden __cir_x87_store",
    "__cir_x87_store:",
    "fstp tbyte ptr [rdi]",
    "ret",
    ".p2align 4",
    ".globl __cir_x87_store2",
    ".hidden __cir_x87_store2",
    "__cir_x87_store2:",
    "fstp tbyte ptr [rdi]",
    "fstp tbyte ptr [rdi+16]",
    "ret",
    ".p2align 4",
    ".globl __cir_x87_load",
    ".hidden __cir_x87_load",
    "__cir_x87_load:",
    "fld tbyte ptr [rdi]",
    "ret",
    ".p2align 4",
    ".globl __cir_x87_load2",
    ".hidden __cir_x87_load2",
    "__cir_x87_load2:",
    "fld tbyte ptr [rdi+16]",
    "fld tbyte ptr [rdi]",
    "ret",
    // d = strtold(text, NULL): (rdi = d, rsi = text)
    ".p2align 4",
    ".globl __cir_x87_strtold",
    ".hidden __cir_x87_strtold",
    "__cir_x87_strtold:",
    "push rbx",
    "mov rbx, rdi",
    "mov rdi, rsi",
    "xor esi, esi",
    "call strtold@PLT",
    "fstp tbyte ptr [rbx]",
    "pop rbx",
    "ret",
    ".popsection",
);

unsafe extern "C" {
    fn __cir_x87_add(d: *mut F80, a: *const F80, b: *const F80);
    fn __cir_x87_sub(d: *mut F80, a: *const F80, b: *const F80);
    fn __cir_x87_mul(d: *mut F80, a: *const F80, b: *const F80);
    fn __cir_x87_div(d: *mut F80, a: *const F80, b: *const F80);
    fn __cir_x87_cmp(a: *const F80, b: *const F80) -> i32;
    fn __cir_x87_to_f64(a: *const F80) -> f64;
    fn __cir_x87_to_f32(a: *const F80) -> f32;
    fn __cir_x87_from_f64(d: *mut F80, v: f64);
    fn __cir_x87_from_i64(d: *mut F80, v: i64);
    fn __cir_x87_from_u64(d: *mut F80, v: u64);
    fn __cir_x87_store(d: *mut F80);
    fn __cir_x87_store2(d: *mut F80);
    fn __cir_x87_load(a: *const F80);
    fn __cir_x87_load2(a: *const F80);
    fn __cir_x87_strtold(d: *mut F80, text: *const libc::c_char);
}

/// A `long double` as stored in memory.
#[repr(C, align(16))]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct F80(pub [u8; 16]);

/// Comparison results of `__cir_x87_cmp`.
pub const CMP_LT: i64 = 1;
pub const CMP_EQ: i64 = 2;
pub const CMP_GT: i64 = 4;

impl F80 {
    fn mant(&self) -> u64 {
        u64::from_le_bytes(self.0[..8].try_into().unwrap())
    }

    fn sign_exp(&self) -> u16 {
        u16::from_le_bytes([self.0[8], self.0[9]])
    }

    fn with(f: impl FnOnce(*mut F80)) -> F80 {
        let mut d = F80::default();
        f(&mut d);
        d
    }

    /// The value of a C floating literal (`strtold`, which stops at a suffix such as `L` or `i`).
    pub fn parse(text: &str) -> Option<F80> {
        let c = std::ffi::CString::new(text).ok()?;
        // SAFETY: `d` is a 16-byte object, `c` a NUL-terminated string.
        Some(F80::with(|d| unsafe { __cir_x87_strtold(d, c.as_ptr()) }))
    }

    pub fn from_f64(v: f64) -> F80 {
        // SAFETY: writes 10 bytes into `d`.
        F80::with(|d| unsafe { __cir_x87_from_f64(d, v) })
    }

    pub fn from_i64(v: i64) -> F80 {
        // SAFETY: as above.
        F80::with(|d| unsafe { __cir_x87_from_i64(d, v) })
    }

    pub fn from_u64(v: u64) -> F80 {
        // SAFETY: as above.
        F80::with(|d| unsafe { __cir_x87_from_u64(d, v) })
    }

    /// An integer of up to 128 bits (rounded once, to nearest).
    pub fn from_i128(v: i128, signed: bool) -> F80 {
        let hi = (v >> 64) as i64;
        let lo = F80::from_u64(v as u64);
        let h = if signed { F80::from_i64(hi) } else { F80::from_u64(hi as u64) };
        let two64 = F80::from_f64(18446744073709551616.0);
        h.op('*', &two64).op('+', &lo)
    }

    pub fn to_f64(&self) -> f64 {
        // SAFETY: reads 10 bytes of `self`.
        unsafe { __cir_x87_to_f64(self) }
    }

    /// Arithmetic: `op` is one of `+ - * /`.
    pub fn op(&self, op: char, b: &F80) -> F80 {
        let f = match op {
            '+' => __cir_x87_add,
            '-' => __cir_x87_sub,
            '*' => __cir_x87_mul,
            _ => __cir_x87_div,
        };
        // SAFETY: reads `self` and `b`, writes `d`.
        F80::with(|d| unsafe { f(d, self, b) })
    }

    pub fn neg(&self) -> F80 {
        let mut r = *self;
        r.0[9] ^= 0x80;
        r
    }

    pub fn compare(&self, b: &F80) -> Option<Ordering> {
        // SAFETY: reads both values.
        match unsafe { __cir_x87_cmp(self, b) } as i64 {
            CMP_LT => Some(Ordering::Less),
            CMP_EQ => Some(Ordering::Equal),
            CMP_GT => Some(Ordering::Greater),
            _ => None,
        }
    }

    pub fn is_zero(&self) -> bool {
        self.mant() == 0 && self.sign_exp() & 0x7fff == 0
    }

    /// Conversion to an integer, truncating toward zero (the low 128 bits; out-of-range values
    /// and NaN give the "integer indefinite" value, as the x87 unit does).
    pub fn to_i128(&self) -> i128 {
        let e = (self.sign_exp() & 0x7fff) as i32 - 16383;
        let neg = self.sign_exp() & 0x8000 != 0;
        if e < 0 {
            return 0;
        }
        if e >= 128 {
            return i128::MIN;
        }
        let m = self.mant() as u128;
        let mag = if e >= 63 { m << (e - 63) } else { m >> (63 - e) };
        if neg { (mag as i128).wrapping_neg() } else { mag as i128 }
    }

    /// `fpclassify`: glibc's FP_NAN, FP_INFINITE, FP_ZERO, FP_SUBNORMAL, FP_NORMAL (0..4).
    pub fn class(&self) -> i32 {
        let e = self.sign_exp() & 0x7fff;
        let m = self.mant();
        match e {
            0x7fff if m << 1 == 0 => 1,
            0x7fff => 0,
            0 if m == 0 => 2,
            0 => 3,
            _ if m >> 63 == 0 => 0, // unnormal: invalid operand, treated as NaN
            _ => 4,
        }
    }

    pub fn sign(&self) -> bool {
        self.sign_exp() & 0x8000 != 0
    }

    /// An exact hexadecimal C literal with an `L` suffix (`__builtin_infl()` and
    /// `__builtin_nanl("")` for the special values).
    pub fn literal(&self) -> String {
        let sign = if self.sign() { "-" } else { "" };
        match self.class() {
            0 => format!("{sign}__builtin_nanl(\"\")"),
            1 => format!("{sign}__builtin_infl()"),
            2 => format!("{sign}0x0p+0L"),
            _ => {
                let e = (self.sign_exp() & 0x7fff) as i32;
                let e = if e == 0 { 1 } else { e };
                format!("{sign}0x{:x}p{:+}L", self.mant(), e - 16383 - 63)
            }
        }
    }
}

/// JIT helpers written in Rust: `*d` from a 128-bit integer, `*a` to one, classification.
extern "C" fn cir_x87_from_i128(d: *mut F80, v: i128) {
    // SAFETY: JIT code passes a 16-byte slot.
    unsafe { *d = F80::from_i128(v, true) }
}

extern "C" fn cir_x87_from_u128(d: *mut F80, v: i128) {
    // SAFETY: as above.
    unsafe { *d = F80::from_i128(v, false) }
}

extern "C" fn cir_x87_to_i128(a: *const F80) -> i128 {
    // SAFETY: JIT code passes a `long double` object (16-byte aligned or not).
    unsafe { std::ptr::read_unaligned(a).to_i128() }
}

extern "C" fn cir_x87_class(a: *const F80) -> i32 {
    // SAFETY: as above.
    unsafe { std::ptr::read_unaligned(a).class() }
}

/// The helper JIT code calls under `name`, if it is an x87 one.
pub fn helper(name: &str) -> Option<*const u8> {
    Some(match name {
        "__cir_x87_add" => __cir_x87_add as *const u8,
        "__cir_x87_sub" => __cir_x87_sub as *const u8,
        "__cir_x87_mul" => __cir_x87_mul as *const u8,
        "__cir_x87_div" => __cir_x87_div as *const u8,
        "__cir_x87_cmp" => __cir_x87_cmp as *const u8,
        "__cir_x87_to_f64" => __cir_x87_to_f64 as *const u8,
        "__cir_x87_to_f32" => __cir_x87_to_f32 as *const u8,
        "__cir_x87_from_f64" => __cir_x87_from_f64 as *const u8,
        "__cir_x87_from_i64" => __cir_x87_from_i64 as *const u8,
        "__cir_x87_from_u64" => __cir_x87_from_u64 as *const u8,
        "__cir_x87_store" => __cir_x87_store as *const u8,
        "__cir_x87_store2" => __cir_x87_store2 as *const u8,
        "__cir_x87_load" => __cir_x87_load as *const u8,
        "__cir_x87_load2" => __cir_x87_load2 as *const u8,
        "__cir_x87_from_i128" => cir_x87_from_i128 as *const u8,
        "__cir_x87_from_u128" => cir_x87_from_u128 as *const u8,
        "__cir_x87_to_i128" => cir_x87_to_i128 as *const u8,
        "__cir_x87_class" => cir_x87_class as *const u8,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ld(s: &str) -> F80 {
        F80::parse(s).unwrap()
    }

    #[test]
    fn arithmetic_is_extended_precision() {
        let third = ld("1").op('/', &ld("3"));
        // 1/3 in 64 significant bits.
        assert_eq!(third.literal(), "0xaaaaaaaaaaaaaaabp-65L");
        assert_eq!(ld("5").op('-', &ld("3")).to_f64(), 2.0);
        assert_eq!(ld("6").op('/', &ld("4")).to_f64(), 1.5);
        assert_eq!(ld("2.5").op('*', &ld("-4")).to_f64(), -10.0);
        assert_eq!(ld("1").compare(&ld("2")), Some(Ordering::Less));
        assert_eq!(ld("nan").compare(&ld("2")), None);
        assert_eq!(ld("0x1.8p1L").to_f64(), 3.0);
    }

    #[test]
    fn integer_conversions() {
        assert_eq!(F80::from_u64(u64::MAX).to_i128(), u64::MAX as i128);
        assert_eq!(F80::from_i64(-7).to_i128(), -7);
        assert_eq!(ld("-7.9").to_i128(), -7);
        assert_eq!(F80::from_i128(-(1i128 << 100) - 1, true).to_i128(), -(1i128 << 100));
        assert_eq!(ld("1e25").to_i128(), 10_000_000_000_000_000_000_000_000);
        assert_eq!(F80::from_f64(0.5).class(), 4);
        assert_eq!(ld("inf").class(), 1);
        assert!(ld("-0.0").is_zero() && ld("-0.0").sign());
    }
}
