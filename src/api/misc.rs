//! `CirPrime`, `CirMem`, `CirMachine`, `CirIkind`, `CirFkind`, `CirName`: small utilities, the
//! two machines and the integer/floating kinds of a machine, interned names.
//!
//! Both machines are x86-64 Linux (LP64, System V, `char` signed); a NULL machine is the host.
//! Kinds are the `CIR_I*`/`CIR_F*` constants plus cir's additions (`__int128` = 17,
//! `unsigned __int128` = 18, `_Float32` .. `_Float16` = 19 .. 23, see `ir::types`); any other
//! number is misuse.
//!
//! Where the original and `cir.h` disagree, `cir.h` wins: `CirIkind_fromSize` and
//! `CirFkind_fromSize` return 0 for a size no kind has (the original stops). They answer with
//! the kind C spells most plainly (8 bytes: `long`, 16 bytes: `long double`), and with cir's
//! additions where no standard kind has the size (16-byte integers: `__int128`; 2-byte floats:
//! `_Float16`). `CirIkind_toUnsigned` leaves unsigned kinds and `_Bool` as they are, as the
//! original does.

use std::ffi::c_char;

use super::*;

// ---- CirPrime, CirMem ---------------------------------------------------------------------------

fn mul_mod(a: u64, b: u64, m: u64) -> u64 {
    ((a as u128 * b as u128) % m as u128) as u64
}

fn pow_mod(mut b: u64, mut e: u64, m: u64) -> u64 {
    let mut r = 1 % m;
    b %= m;
    while e > 0 {
        if e & 1 == 1 {
            r = mul_mod(r, b, m);
        }
        b = mul_mod(b, b, m);
        e >>= 1;
    }
    r
}

/// Deterministic Miller-Rabin for 64-bit numbers (these bases suffice below 2^64).
fn is_prime(n: u64) -> bool {
    const BASES: [u64; 12] = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37];
    if n < 2 {
        return false;
    }
    for &p in &BASES {
        if n.is_multiple_of(p) {
            return n == p;
        }
    }
    let s = (n - 1).trailing_zeros();
    let d = (n - 1) >> s;
    'bases: for &a in &BASES {
        let mut x = pow_mod(a, d, n);
        if x == 1 || x == n - 1 {
            continue;
        }
        for _ in 1..s {
            x = mul_mod(x, x, n);
            if x == n - 1 {
                continue 'bases;
            }
        }
        return false;
    }
    true
}

extern "C" fn prime_ge(target: u64) -> u64 {
    let mut n = target.max(2);
    loop {
        if is_prime(n) {
            return n;
        }
        match n.checked_add(1) {
            Some(m) => n = m,
            None => fatal(format!("`CirPrime_ge`: there is no 64-bit prime >= {target}")),
        }
    }
}

extern "C" fn mem_balloc(n: usize, align: usize) -> *mut u8 {
    keep_bytes("CirMem_balloc", n, align)
}

// ---- CirMachine, CirIkind, CirFkind -------------------------------------------------------------

extern "C" fn machine_get_build() -> *const CirMachine {
    machine_handle(false)
}

extern "C" fn machine_get_host() -> *const CirMachine {
    machine_handle(true)
}

/// An integer kind from C (anything else is fatal).
pub(super) fn ikind(func: &str, k: u32) -> IKind {
    match IKind::from_u32(k) {
        Some(k) => k,
        None => fatal(format!("`{func}`: {k} is not an integer kind (CIR_ICHAR .. CIR_IULONGLONG)")),
    }
}

/// A floating kind from C (anything else is fatal).
pub(super) fn fkind(func: &str, k: u32) -> FKind {
    match FKind::from_u32(k) {
        Some(k) => k,
        None => fatal(format!("`{func}`: {k} is not a floating kind (CIR_FFLOAT .. CIR_F128)")),
    }
}

extern "C" fn ikind_size(k: u32, mach: *const CirMachine) -> u32 {
    const F: &str = "CirIkind_size";
    machine(F, mach);
    ikind(F, k).size() as u32
}

extern "C" fn ikind_is_signed(k: u32, mach: *const CirMachine) -> bool {
    const F: &str = "CirIkind_isSigned";
    machine(F, mach);
    ikind(F, k).is_signed()
}

extern "C" fn ikind_to_unsigned(k: u32) -> u32 {
    ikind("CirIkind_toUnsigned", k).to_unsigned() as u32
}

extern "C" fn ikind_from_size(size: u32, unsigned: bool, mach: *const CirMachine) -> u32 {
    machine("CirIkind_fromSize", mach);
    IKind::from_size(size as u64, unsigned).map_or(0, |k| k as u32)
}

extern "C" fn fkind_size(k: u32, mach: *const CirMachine) -> u32 {
    const F: &str = "CirFkind_size";
    machine(F, mach);
    fkind(F, k).size() as u32
}

extern "C" fn fkind_from_size(size: u32, mach: *const CirMachine) -> u32 {
    machine("CirFkind_fromSize", mach);
    let k = match size {
        2 => FKind::Float16,
        4 => FKind::Float,
        8 => FKind::Double,
        16 => FKind::LongDouble,
        _ => return 0,
    };
    k as u32
}

// ---- CirName ------------------------------------------------------------------------------------

/// Interns a copy of the string (bytes that are not UTF-8 become U+FFFD).
extern "C" fn name_of(s: *const c_char) -> u32 {
    const F: &str = "CirName_of";
    let b = c_str(F, s);
    let s = String::from_utf8_lossy(&b);
    prog(F).name(&s).as_u32()
}

extern "C" fn name_cstr(n: u32) -> *const c_char {
    const F: &str = "CirName_cstr";
    let n = name(F, n);
    keep_cstr(prog(F).name_str(n).as_bytes())
}

extern "C" fn name_log(n: u32) {
    const F: &str = "CirName_log";
    let n = name(F, n);
    let s = prog(F).name_str(n).to_string();
    log::emit(&s);
}

pub(super) fn lookup(name: &str) -> Option<*const u8> {
    Some(match name {
        "CirPrime_ge" => prime_ge as *const u8,
        "CirMem_balloc" => mem_balloc as *const u8,
        "CirMachine_getBuild" => machine_get_build as *const u8,
        "CirMachine_getHost" => machine_get_host as *const u8,
        "CirIkind_size" => ikind_size as *const u8,
        "CirIkind_isSigned" => ikind_is_signed as *const u8,
        "CirIkind_toUnsigned" => ikind_to_unsigned as *const u8,
        "CirIkind_fromSize" => ikind_from_size as *const u8,
        "CirFkind_size" => fkind_size as *const u8,
        "CirFkind_fromSize" => fkind_from_size as *const u8,
        "CirName_of" => name_of as *const u8,
        "CirName_cstr" => name_cstr as *const u8,
        "CirName_log" => name_log as *const u8,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::is_prime;

    #[test]
    fn primes() {
        let small: Vec<u64> = (0..40).filter(|&n| is_prime(n)).collect();
        assert_eq!(small, [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]);
        assert!(is_prime(18_446_744_073_709_551_557));
        assert!(!is_prime(3_215_031_751)); // strong pseudoprime to 2, 3, 5, 7
        assert!(!is_prime(u64::MAX));
    }
}
