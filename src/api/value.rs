//! `CirValue`: operands (constants, strings, lvalues, types, builtins, user data).

use std::ffi::c_char;

use super::*;

extern "C" fn of_string(s: *const c_char, len: usize) -> *const CirValue {
    let b = bytes("CirValue_ofString", s as *const u8, len);
    string_value("CirValue_ofString", &b)
}

extern "C" fn of_cstring(s: *const c_char) -> *const CirValue {
    let mut b = c_str("CirValue_ofCString", s);
    b.push(0);
    string_value("CirValue_ofCString", &b)
}

/// A string literal value of exactly these bytes (a final NUL is the terminator).
fn string_value(func: &str, bytes: &[u8]) -> *const CirValue {
    let id = prog(func).intern_str(StrData { kind: StrKind::Plain, units: bytes.iter().map(|&b| b as u32).collect() });
    value_handle(Value::new(ValueKind::Str(id)))
}

pub(super) fn lookup(name: &str) -> Option<*const u8> {
    Some(match name {
        "CirValue_ofString" => of_string as *const u8,
        "CirValue_ofCString" => of_cstring as *const u8,
        _ => return None,
    })
}
