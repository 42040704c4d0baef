//! Constant expressions of static initializers, and C integer/float arithmetic on constants.
//!
//! Static initializers stay constant *expressions* (a small tree) instead of being folded to
//! bytes: the renderer prints them back as C, and values cir cannot compute exactly (x87
//! `long double` arithmetic) are left for the C compiler to fold.

use super::{BinOp, CondOp, FloatId, IKind, PathId, StmtId, StrId, TypeId, UnOp, VarId};

#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    Int { ikind: IKind, bits: i128 },
    Float(FloatId),
    /// A string literal used to initialize an array, or as an array value that decays.
    Str(StrId),
    /// The name of a var used as a value: a function designator or an array that decays.
    VarRef(VarId),
    /// `&var.path`.
    AddrOf { var: VarId, path: Option<PathId> },
    /// `&"literal"[index]` i.e. a pointer into a string literal.
    StrAddr { s: StrId, index: u64 },
    LabelAddr(StmtId),
    Cast(TypeId, Box<Const>),
    /// Arithmetic left for the C compiler (pointer offsets, long double math). `ty` is the
    /// result type.
    Binary { op: BinOp, a: Box<Const>, b: Box<Const>, ty: TypeId },
    Unary { op: UnOp, a: Box<Const>, ty: TypeId },
    /// `c ? a : b` where `c` is not known.
    Cond { c: Box<Const>, a: Box<Const>, b: Box<Const>, ty: TypeId },
    /// A comparison producing an int.
    Cmp { op: CondOp, a: Box<Const>, b: Box<Const> },
}

impl Const {
    pub fn int(ikind: IKind, v: i128) -> Const {
        Const::Int { ikind, bits: ikind.wrap(v) }
    }
    pub fn as_int(&self) -> Option<i128> {
        match self {
            Const::Int { bits, .. } => Some(*bits),
            _ => None,
        }
    }
}

/// Folds an integer binary operation in `ikind` (both operands already converted to it).
/// Returns `None` for division by zero, for shifts out of range, and for signed overflow
/// in `/` and `%` (`INT_MIN / -1`), which C leaves undefined.
pub fn fold_int_binop(op: BinOp, ikind: IKind, a: i128, b: i128) -> Option<i128> {
    let bits = ikind.bits();
    let unsigned = !ikind.is_signed();
    let ua = (a as u128) & mask(bits);
    let ub = (b as u128) & mask(bits);
    let r: i128 = match op {
        BinOp::Plus => a.wrapping_add(b),
        BinOp::Minus => a.wrapping_sub(b),
        BinOp::Mul => {
            if unsigned {
                ua.wrapping_mul(ub) as i128
            } else {
                a.wrapping_mul(b)
            }
        }
        BinOp::Div | BinOp::Mod => {
            if b == 0 {
                return None;
            }
            if unsigned {
                (if op == BinOp::Div { ua / ub } else { ua % ub }) as i128
            } else {
                if a == ikind.min_value() && b == -1 {
                    return None;
                }
                if op == BinOp::Div { a.wrapping_div(b) } else { a.wrapping_rem(b) }
            }
        }
        BinOp::Shl => {
            if b < 0 || b >= bits as i128 {
                return None;
            }
            ((ua << b) & mask(bits)) as i128
        }
        BinOp::Shr => {
            if b < 0 || b >= bits as i128 {
                return None;
            }
            if unsigned { (ua >> b) as i128 } else { a >> b }
        }
        BinOp::BAnd => a & b,
        BinOp::BXor => a ^ b,
        BinOp::BOr => a | b,
    };
    Some(ikind.wrap(r))
}

fn mask(bits: u32) -> u128 {
    if bits >= 128 { u128::MAX } else { (1u128 << bits) - 1 }
}

/// Compares two integers of kind `ikind` (already converted).
pub fn fold_int_cmp(op: CondOp, ikind: IKind, a: i128, b: i128) -> bool {
    let ord = if ikind.is_signed() {
        a.cmp(&b)
    } else {
        ((a as u128) & mask(ikind.bits())).cmp(&((b as u128) & mask(ikind.bits())))
    };
    cmp_holds(op, ord)
}

/// Whether comparison `op` holds for operands ordered `ord`.
pub fn cmp_holds(op: CondOp, ord: std::cmp::Ordering) -> bool {
    use std::cmp::Ordering::*;
    match op {
        CondOp::Lt => ord == Less,
        CondOp::Gt => ord == Greater,
        CondOp::Le => ord != Greater,
        CondOp::Ge => ord != Less,
        CondOp::Eq => ord == Equal,
        CondOp::Ne => ord != Equal,
    }
}

/// The unsigned value of `bits` interpreted in `ikind`.
pub fn as_unsigned(ikind: IKind, bits: i128) -> u128 {
    (bits as u128) & mask(ikind.bits())
}

/// Converts an integer constant of kind `from` to a double the way C does (round to nearest).
pub fn int_to_f64(from: IKind, bits: i128) -> f64 {
    if from.is_signed() { bits as f64 } else { as_unsigned(from, bits) as f64 }
}

/// Converts an integer constant to float (single precision) with one rounding.
pub fn int_to_f32(from: IKind, bits: i128) -> f32 {
    if from.is_signed() { bits as f32 } else { as_unsigned(from, bits) as f32 }
}

/// Converts a floating value to an integer kind (truncation toward zero); `None` when the
/// value is out of range (undefined in C).
pub fn f64_to_int(to: IKind, v: f64) -> Option<i128> {
    if to == IKind::Bool {
        return Some((v != 0.0) as i128);
    }
    if v.is_nan() {
        return None;
    }
    let t = v.trunc();
    if t < to.min_value() as f64 || t >= (to.max_value() as f64) + 1.0 {
        return None;
    }
    Some(to.wrap(t as i128))
}
