//! The x86-64 System V calling convention for C types: how each argument and return value is
//! passed (psABI §3.2.3), as Cranelift needs it spelled out. Cranelift knows nothing of
//! aggregates, so structs are split into eightbytes here, register exhaustion is counted here,
//! and `MEMORY` arguments become `StructArgument` parameters.
//!
//! `long double` (x87 format, see `x87.rs`) is passed in memory and returned in `st(0)`;
//! `_Complex long double` is returned in `st(0)` and `st(1)`.

use cranelift_codegen::ir::{AbiParam, ArgumentExtension, ArgumentPurpose, Type, types};

use crate::ir::{Program, TypeId, TypeKind};

/// The class of an eightbyte.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
enum Class {
    None,
    Integer,
    Sse,
}

/// One register-passed piece of a value: `ty` loaded from `offset` bytes into the value.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub struct Piece {
    pub offset: u32,
    pub ty: Type,
}

/// How one value is passed.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Pass {
    /// Nothing (void, empty struct).
    Ignore,
    /// A scalar in one register (or on the stack once registers run out).
    Scalar { ty: Type, ext: ArgumentExtension },
    /// An aggregate split into register pieces.
    Regs(Vec<Piece>),
    /// In memory: a copy on the stack for arguments (aggregates, and an `__int128` once fewer
    /// than two integer registers are left), a hidden pointer for returns.
    Memory { size: u32 },
    /// A `long double` result (also a struct or union holding just one): `st(0)`. (As an
    /// argument a `long double` is `Memory`.)
    X87,
    /// A `_Complex long double` result: `st(0)` (real part) and `st(1)` (imaginary part).
    X87Pair,
    /// Padding on the stack (to 16-align the next memory argument).
    Pad,
}

/// The C type of a scalar as a Cranelift type (`None` for aggregates and void).
pub fn scalar_type(p: &Program, t: TypeId) -> Option<Type> {
    Some(match p.skind(t) {
        TypeKind::Int(k) => int_type(k.size()),
        TypeKind::Enum(e) => int_type(p.enums[*e].ikind.size()),
        TypeKind::BitInt { .. } => types::I64,
        TypeKind::Ptr(_) | TypeKind::VaList => types::I64,
        TypeKind::Float(k) => match k.format_bits() {
            32 => types::F32,
            64 => types::F64,
            _ => return None,
        },
        _ => return None,
    })
}

/// The integer type of `size` bytes.
pub fn int_type(size: u64) -> Type {
    match size {
        1 => types::I8,
        2 => types::I16,
        4 => types::I32,
        16 => types::I128,
        _ => types::I64,
    }
}

/// Argument extension for small integers (callers extend to 32 bits, as gcc and clang do).
fn ext_of(p: &Program, t: TypeId) -> ArgumentExtension {
    match p.int_kind(t) {
        Some(k) if k.size() < 4 => {
            if k.is_signed() {
                ArgumentExtension::Sext
            } else {
                ArgumentExtension::Uext
            }
        }
        _ => ArgumentExtension::None,
    }
}

pub fn is_x87(p: &Program, t: TypeId) -> bool {
    matches!(p.skind(t), TypeKind::Float(k) if k.format_bits() == 80)
}

/// A result of class `X87`: a `long double`, or an aggregate whose only member (at any depth) is
/// one `long double` (psABI: the classes X87 and X87UP, returned in `st(0)`).
fn x87_result(p: &Program, t: TypeId) -> bool {
    if is_x87(p, t) {
        return true;
    }
    if p.size_of(t) != Some(16) {
        return false;
    }
    match p.skind(t).clone() {
        TypeKind::Comp(c) => {
            let lay = p.comp_layout(c);
            let fields = p.comps[c].fields.clone();
            let mut any = false;
            for (i, f) in fields.iter().enumerate() {
                if lay.fields[i].bitwidth == Some(0) {
                    continue;
                }
                if lay.fields[i].bitwidth.is_some() || lay.fields[i].offset != 0 || !x87_result(p, f.ty) {
                    return false;
                }
                any = true;
            }
            any
        }
        TypeKind::Array { elem, len: crate::ir::ArrayLen::Const(1) } => x87_result(p, elem),
        _ => false,
    }
}

/// Classifies the scalar leaves of an aggregate into eightbyte classes. Returns `None` when
/// the aggregate goes in memory (unaligned members, x87 members, unsupported members).
fn classify_into(p: &Program, t: TypeId, base: u64, classes: &mut [Class]) -> Option<()> {
    match p.skind(t).clone() {
        TypeKind::Comp(c) => {
            let lay = p.comp_layout(c);
            if lay.has_unaligned {
                return None;
            }
            let fields = p.comps[c].fields.clone();
            for (i, f) in fields.iter().enumerate() {
                let fl = &lay.fields[i];
                if let Some(w) = fl.bitwidth {
                    if w == 0 {
                        continue;
                    }
                    let first = (base * 8 + fl.bitpos) / 64;
                    let last = (base * 8 + fl.bitpos + w as u64 - 1) / 64;
                    for e in first..=last {
                        let slot = classes.get_mut(e as usize)?;
                        *slot = Class::Integer;
                    }
                    continue;
                }
                classify_into(p, f.ty, base + fl.offset, classes)?;
            }
            Some(())
        }
        TypeKind::Array { elem, len } => {
            let n = match len {
                crate::ir::ArrayLen::Const(n) => n,
                _ => 0,
            };
            let es = p.size_of(elem)?;
            for i in 0..n {
                classify_into(p, elem, base + i * es, classes)?;
            }
            Some(())
        }
        TypeKind::Complex(k) => {
            if k.format_bits() == 80 || k.format_bits() == 128 {
                return None;
            }
            let s = k.size();
            classify_scalar(base, s, Class::Sse, classes)?;
            classify_scalar(base + s, s, Class::Sse, classes)
        }
        TypeKind::ComplexInt(k) => {
            let s = k.size();
            classify_scalar(base, s, Class::Integer, classes)?;
            classify_scalar(base + s, s, Class::Integer, classes)
        }
        TypeKind::Float(k) => match k.format_bits() {
            32 | 64 => classify_scalar(base, k.size(), Class::Sse, classes),
            _ => None,
        },
        TypeKind::Vector { .. } => None,
        _ => {
            let s = p.size_of(t)?;
            classify_scalar(base, s, Class::Integer, classes)
        }
    }
}

fn classify_scalar(off: u64, size: u64, c: Class, classes: &mut [Class]) -> Option<()> {
    if size == 0 {
        return Some(());
    }
    if off % size.min(8) != 0 {
        return None;
    }
    let first = off / 8;
    let last = (off + size - 1) / 8;
    for e in first..=last {
        let slot = classes.get_mut(e as usize)?;
        *slot = match (*slot, c) {
            (Class::Integer, _) | (_, Class::Integer) => Class::Integer,
            _ => Class::Sse,
        };
    }
    Some(())
}

/// Classifies an aggregate of at most 16 bytes into register pieces, or `None` for memory.
fn aggregate_pieces(p: &Program, t: TypeId) -> Option<Vec<(Class, Piece)>> {
    let size = p.size_of(t)?;
    if size > 16 {
        return None;
    }
    let n = size.div_ceil(8) as usize;
    let mut classes = vec![Class::None; n];
    classify_into(p, t, 0, &mut classes)?;
    let mut out = Vec::new();
    for (i, c) in classes.iter().enumerate() {
        let bytes = (size - 8 * i as u64).min(8);
        let ty = match c {
            Class::Sse => {
                if bytes <= 4 {
                    types::F32
                } else {
                    types::F64
                }
            }
            _ => match bytes {
                1 => types::I8,
                2 => types::I16,
                3 | 4 => types::I32,
                _ => types::I64,
            },
        };
        let c = if *c == Class::None { Class::Integer } else { *c };
        out.push((c, Piece { offset: 8 * i as u32, ty }));
    }
    Some(out)
}

/// How the return value of type `t` comes back.
pub fn classify_return(p: &Program, t: TypeId) -> Pass {
    if p.is_void(t) {
        return Pass::Ignore;
    }
    if x87_result(p, t) {
        return Pass::X87;
    }
    if matches!(p.skind(t), TypeKind::Complex(k) if k.format_bits() == 80) {
        return Pass::X87Pair;
    }
    if let Some(ty) = scalar_type(p, t) {
        return Pass::Scalar { ty, ext: ext_of(p, t) };
    }
    match p.size_of(t) {
        Some(0) => Pass::Ignore,
        Some(size) => match aggregate_pieces(p, t) {
            Some(pieces) => {
                // At most two INTEGER (rax, rdx) and two SSE (xmm0, xmm1) pieces: always true
                // for 16 bytes.
                Pass::Regs(pieces.into_iter().map(|(_, pc)| pc).collect())
            }
            None => Pass::Memory { size: size as u32 },
        },
        None => Pass::Ignore,
    }
}

/// How each argument of a call (or parameter of a definition) is passed, counting registers
/// across the whole list (psABI: an aggregate that no longer fits in the remaining registers
/// goes entirely to memory). `sret` is set when the return uses a hidden pointer. Also returns
/// the integer and SSE registers used (counting the hidden return pointer) and the bytes of
/// stack the arguments take.
pub fn classify_args_counted(p: &Program, args: &[TypeId], sret: bool) -> (Vec<Pass>, u32, u32, u64) {
    let mut ints: u32 = if sret { 5 } else { 6 };
    let mut sses: u32 = 8;
    let mut stack: u64 = 0;
    let mut out = Vec::with_capacity(args.len());
    for &t in args {
        if is_x87(p, t) {
            memory_arg(&mut out, &mut stack, 16, 16);
            continue;
        }
        if let Some(ty) = scalar_type(p, t) {
            if ty.is_float() {
                if sses >= 1 {
                    sses -= 1;
                } else {
                    stack += 8;
                }
            } else if ty == types::I128 {
                // Two INTEGER registers or none: an `__int128` that no longer fits goes to
                // memory and leaves the last register to the next argument. Cranelift would
                // use up that register too, so it gets the value as a 16-byte memory argument.
                if ints >= 2 {
                    ints -= 2;
                } else {
                    memory_arg(&mut out, &mut stack, 16, 16);
                    continue;
                }
            } else if ints >= 1 {
                ints -= 1;
            } else {
                stack += 8;
            }
            out.push(Pass::Scalar { ty, ext: ext_of(p, t) });
            continue;
        }
        let size = p.size_of(t).unwrap_or(0);
        if size == 0 {
            out.push(Pass::Ignore);
            continue;
        }
        match aggregate_pieces(p, t) {
            Some(pieces) => {
                let ni = pieces.iter().filter(|(c, _)| *c == Class::Integer).count();
                let ns = pieces.len() - ni;
                if ni as u32 <= ints && ns as u32 <= sses {
                    ints -= ni as u32;
                    sses -= ns as u32;
                    out.push(Pass::Regs(pieces.into_iter().map(|(_, pc)| pc).collect()));
                } else {
                    memory_arg(&mut out, &mut stack, size, p.align_of(t));
                }
            }
            None => memory_arg(&mut out, &mut stack, size, p.align_of(t)),
        }
    }
    (out, 6 - ints, 8 - sses, stack)
}

/// Pads the argument area so that the next argument starts 16-aligned when `align` asks for
/// it (psABI: memory arguments are aligned to their type, 16 bytes at most).
fn align_stack(out: &mut Vec<Pass>, stack: &mut u64, align: u64) {
    if align > 8 && *stack % 16 != 0 {
        out.push(Pass::Pad);
        *stack += 8;
    }
}

/// An argument of `size` bytes passed in memory, in whole eightbytes.
fn memory_arg(out: &mut Vec<Pass>, stack: &mut u64, size: u64, align: u64) {
    align_stack(out, stack, align);
    let sz = size.div_ceil(8) * 8;
    *stack += sz;
    out.push(Pass::Memory { size: sz as u32 });
}

/// The Cranelift parameters for one classified argument.
pub fn abi_params(pass: &Pass) -> Vec<AbiParam> {
    match pass {
        Pass::Ignore => Vec::new(),
        Pass::Scalar { ty, ext } => {
            let mut a = AbiParam::new(*ty);
            a.extension = *ext;
            vec![a]
        }
        Pass::Regs(pieces) => pieces.iter().map(|pc| AbiParam::new(pc.ty)).collect(),
        Pass::Memory { size } => vec![AbiParam::special(types::I64, ArgumentPurpose::StructArgument(*size))],
        // Results only.
        Pass::X87 | Pass::X87Pair => Vec::new(),
        Pass::Pad => vec![AbiParam::special(types::I64, ArgumentPurpose::StructArgument(8))],
    }
}

