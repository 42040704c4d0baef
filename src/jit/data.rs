//! Static objects for the JIT: a global's (or static local's) initializer → bytes plus
//! relocations for the addresses it holds.
//!
//! `long double` constants are folded in the x87 format itself (`x87.rs`). A label address
//! `&&l` is the label statement's id (computed gotos in JIT code dispatch on it).

use cranelift_module::{DataDescription, DataId, Module};

use super::x87::F80;
use super::{Core, JResult, jerr};
use crate::ir::consts::{Const, cmp_holds};
use crate::ir::*;

/// A constant's value while writing an initializer.
#[derive(Clone, Debug)]
pub enum CVal {
    Int(i128),
    Float(f64),
    /// A `long double`.
    Ld(F80),
    /// An address: a symbol plus a byte offset.
    Addr(Sym, i64),
    /// A `_Complex` value: its real and imaginary parts (`Int` or `Float`).
    Complex(Box<(CVal, CVal)>),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Sym {
    Var(VarId),
    Str(StrId),
}

struct Writer<'a> {
    core: &'a mut Core,
    bytes: Vec<u8>,
    relocs: Vec<(u32, Sym, i64)>,
    span: Span,
}

/// Defines object `v` in the module. Returns the functions and objects it references.
pub fn define(core: &mut Core, p: &mut Program, v: VarId, id: DataId) -> JResult<Vec<VarId>> {
    let d = p.vars[v].clone();
    let size = match p.size_of(d.ty) {
        Some(s) => s,
        None if matches!(p.skind(d.ty), TypeKind::Array { len: ArrayLen::Unknown, .. }) => 0,
        None => return jerr(d.span, format!("`{}` has an incomplete type", super::var_name(p, v))),
    };
    let mut w = Writer { core, bytes: vec![0; size as usize], relocs: Vec::new(), span: d.span };
    if let Some(init) = &d.init {
        w.init(p, d.ty, 0, init)?;
    }
    if w.bytes.is_empty() {
        w.bytes.push(0);
    }
    let align = super::var_align(p, v).clamp(1, 4096);
    let mut desc = DataDescription::new();
    desc.set_align(align);
    let mut deps = Vec::new();
    let relocs = std::mem::take(&mut w.relocs);
    for (off, sym, addend) in relocs {
        match sym {
            Sym::Var(t) => {
                deps.push(t);
                if p.is_func(p.vars[t].ty) {
                    let fid = w.core.func_id(p, t)?;
                    let fr = w.core.module.declare_func_in_data(fid, &mut desc);
                    if addend != 0 {
                        return jerr(d.span, "an offset from a function address cannot be used by compile-time code");
                    }
                    desc.write_function_addr(off, fr);
                } else {
                    let did = w.core.data_id(p, t)?;
                    let gv = w.core.module.declare_data_in_data(did, &mut desc);
                    desc.write_data_addr(off, gv, addend);
                }
            }
            Sym::Str(s) => {
                let did = w.core.str_id(p, s)?;
                let gv = w.core.module.declare_data_in_data(did, &mut desc);
                desc.write_data_addr(off, gv, addend);
            }
        }
    }
    desc.define(std::mem::take(&mut w.bytes).into_boxed_slice());
    w.core.module.define_data(id, &desc).map_err(super::module_error(d.span))?;
    Ok(deps)
}

impl Writer<'_> {
    fn ensure(&mut self, end: u64) {
        if self.bytes.len() < end as usize {
            self.bytes.resize(end as usize, 0);
        }
    }

    fn init(&mut self, p: &mut Program, ty: TypeId, off: u64, init: &Init) -> JResult<()> {
        match init {
            Init::Expr(c) => self.expr(p, ty, off, c),
            Init::List(items) => {
                for (des, item) in items {
                    let (t, o, bf) = self.designate(p, ty, off, des)?;
                    match bf {
                        Some((bitpos, width)) => {
                            let Init::Expr(c) = item else { continue };
                            let v = match eval(p, c, self.span)? {
                                CVal::Int(i) => i,
                                CVal::Float(f) => f as i128,
                                CVal::Ld(x) => x.to_i128(),
                                CVal::Addr(..) => return jerr(self.span, "an address cannot initialize a bit-field"),
                                CVal::Complex(_) => return jerr(self.span, "a complex value cannot initialize a bit-field"),
                            };
                            self.write_bits(o, bitpos, width, v);
                        }
                        None => self.init(p, t, o, item)?,
                    }
                }
                Ok(())
            }
        }
    }

    /// Follows designators from type `ty` at `off`: the sub-object's type and offset, and for
    /// a bit-field its bit position (from `off`) and width.
    fn designate(&mut self, p: &mut Program, ty: TypeId, off: u64, des: &[Designator]) -> JResult<(TypeId, u64, Option<(u64, u32)>)> {
        let mut t = ty;
        let mut o = off;
        for (k, d) in des.iter().enumerate() {
            match d {
                Designator::Field(n) => {
                    let Some(c) = p.comp_of(t) else { return jerr(self.span, "bad designator in initializer") };
                    let Some((fty, idxs)) = p.find_field(c, *n) else { return jerr(self.span, "bad designator in initializer") };
                    let Some((cc, start)) = p.member_container(c, &idxs) else { return jerr(self.span, "bad designator in initializer") };
                    let fl = p.field_layout(cc, idxs[idxs.len() - 1]).unwrap();
                    o += start;
                    if let (Some(w), true) = (fl.bitwidth, k + 1 == des.len()) {
                        return Ok((fty, o, Some((fl.bitpos, w))));
                    }
                    o += fl.offset;
                    t = fty;
                }
                Designator::Index(i) | Designator::Range(i, _) => {
                    let elem = match p.skind(t).clone() {
                        TypeKind::Array { elem, .. } => elem,
                        TypeKind::Complex(k) => p.float_ty(k),
                        TypeKind::ComplexInt(k) => p.int_ty(k),
                        TypeKind::Vector { elem, .. } => elem,
                        _ => return jerr(self.span, "bad designator in initializer"),
                    };
                    let es = p.size_of(elem).unwrap_or(0);
                    o += i * es;
                    t = elem;
                }
            }
        }
        Ok((t, o, None))
    }

    fn write_bits(&mut self, off: u64, bitpos: u64, width: u32, v: i128) {
        let start = off * 8 + bitpos;
        self.ensure((start + width as u64).div_ceil(8));
        for b in 0..width as u64 {
            let bit = (v >> b) & 1;
            let pos = start + b;
            let byte = &mut self.bytes[(pos / 8) as usize];
            if bit != 0 {
                *byte |= 1 << (pos % 8);
            } else {
                *byte &= !(1 << (pos % 8));
            }
        }
    }

    fn write_int(&mut self, off: u64, size: u64, v: i128) {
        self.ensure(off + size);
        let b = v.to_le_bytes();
        self.bytes[off as usize..(off + size) as usize].copy_from_slice(&b[..size as usize]);
    }

    fn expr(&mut self, p: &mut Program, ty: TypeId, off: u64, c: &Const) -> JResult<()> {
        // Arrays initialized by a string literal.
        if let (TypeKind::Array { elem, len }, Const::Str(s)) = (p.skind(ty).clone(), c) {
            let es = p.size_of(elem).unwrap_or(1);
            let d = p.strs[*s].clone();
            let n = match len {
                ArrayLen::Const(n) => n.min(d.units.len() as u64),
                _ => d.units.len() as u64,
            };
            for (i, &u) in d.units.iter().take(n as usize).enumerate() {
                self.write_int(off + i as u64 * es, es, u as i128);
            }
            return Ok(());
        }
        if matches!(p.skind(ty), TypeKind::Comp(_) | TypeKind::Array { .. }) {
            // A constant aggregate (compound literal of another object is not constant).
            return jerr(self.span, "unsupported constant initializer for an aggregate in compile-time code");
        }
        let v = eval(p, c, self.span)?;
        let v = convert(p, v, ty);
        self.value(p, ty, off, v)
    }

    /// Writes `v` (already converted to `ty`) at `off`.
    fn value(&mut self, p: &mut Program, ty: TypeId, off: u64, v: CVal) -> JResult<()> {
        let size = p.size_of(ty).unwrap_or(0);
        if let (Some(80), Some(x)) = (p.float_kind(ty).map(|k| k.format_bits()), ld(&v)) {
            self.ensure(off + 16);
            self.bytes[off as usize..off as usize + 10].copy_from_slice(&x.0[..10]);
            return Ok(());
        }
        match v {
            CVal::Complex(parts) => {
                // The real part, then the imaginary part, each of the element type.
                let Some(et) = p.complex_elem(ty) else { return jerr(self.span, "bad complex initializer") };
                let es = p.size_of(et).unwrap_or(0);
                self.value(p, et, off, parts.0)?;
                self.value(p, et, off + es, parts.1)?;
            }
            CVal::Int(i) => {
                if p.float_kind(ty).is_some() {
                    self.write_float(p, ty, off, i as f64);
                } else {
                    self.write_int(off, size, i);
                }
            }
            CVal::Float(f) => {
                if p.float_kind(ty).is_some() {
                    self.write_float(p, ty, off, f);
                } else if let Some(k) = p.int_kind(ty) {
                    let v = crate::ir::consts::f64_to_int(k, f).unwrap_or(0);
                    self.write_int(off, size, v);
                }
            }
            CVal::Ld(x) => {
                if p.float_kind(ty).is_some() {
                    self.write_float(p, ty, off, x.to_f64());
                } else if let Some(k) = p.int_kind(ty) {
                    self.write_int(off, size, ld_to_int(k, &x));
                }
            }
            CVal::Addr(sym, addend) => {
                if size != 8 {
                    return jerr(self.span, "an address stored in an object smaller than a pointer");
                }
                self.ensure(off + 8);
                self.relocs.push((off as u32, sym, addend));
            }
        }
        Ok(())
    }

    fn write_float(&mut self, p: &Program, ty: TypeId, off: u64, f: f64) {
        match p.float_kind(ty).map(|k| k.format_bits()) {
            Some(32) => self.write_int(off, 4, f32::to_bits(f as f32) as i128),
            Some(64) => self.write_int(off, 8, f.to_bits() as i128),
            _ => {}
        }
    }
}

/// Evaluates a constant of a static initializer.
pub fn eval(p: &mut Program, c: &Const, span: Span) -> JResult<CVal> {
    Ok(match c {
        Const::Int { bits, .. } => CVal::Int(*bits),
        Const::Float(f) => {
            let fd = &p.floats[*f];
            // An imaginary constant is (±0, v): a negated one is -(0 + vi).
            let (zero, num) = if fd.fkind.format_bits() == 80 {
                let x = fd.text.as_deref().and_then(F80::parse).unwrap_or_else(|| F80::from_f64(fd.value));
                (CVal::Ld(if x.sign() { F80::default().neg() } else { F80::default() }), CVal::Ld(x))
            } else {
                (CVal::Float(0f64.copysign(fd.value)), CVal::Float(fd.value))
            };
            match (fd.imaginary, fd.complex_int) {
                (_, Some(_)) => CVal::Complex(Box::new((CVal::Int(0), CVal::Int(fd.value as i128)))),
                (true, None) => CVal::Complex(Box::new((zero, num))),
                (false, None) => num,
            }
        }
        Const::Str(s) => CVal::Addr(Sym::Str(*s), 0),
        Const::VarRef(v) => CVal::Addr(Sym::Var(*v), 0),
        Const::AddrOf { var, path } => {
            let t = p.vars[*var].ty;
            let off = path_offset(p, t, *path);
            CVal::Addr(Sym::Var(*var), off)
        }
        Const::StrAddr { s, index } => {
            let us = p.strs[*s].kind.unit_size() as i64;
            CVal::Addr(Sym::Str(*s), *index as i64 * us)
        }
        Const::LabelAddr(s) => CVal::Int(s.as_u32() as i128),
        Const::Cast(t, inner) => {
            let v = eval(p, inner, span)?;
            convert(p, v, *t)
        }
        Const::Binary { op, a, b, ty } => {
            let (x, y) = (eval(p, a, span)?, eval(p, b, span)?);
            binary(p, *op, x, y, *ty, span)?
        }
        Const::Unary { op, a, .. } => match (op, eval(p, a, span)?) {
            (UnOp::Neg, v @ (CVal::Int(_) | CVal::Float(_) | CVal::Ld(_) | CVal::Complex(_))) => negate(v),
            // GNU `~z`: the conjugate.
            (UnOp::BNot, CVal::Complex(parts)) => CVal::Complex(Box::new((parts.0, negate(parts.1)))),
            (UnOp::BNot, CVal::Int(i)) => CVal::Int(!i),
            (UnOp::LNot, v) => CVal::Int(is_zero(&v) as i128),
            (UnOp::Identity, v) => v,
            _ => return jerr(span, "unsupported constant expression in compile-time code"),
        },
        Const::Cond { c, a, b, .. } => {
            let t = !is_zero(&eval(p, c, span)?);
            eval(p, if t { a } else { b }, span)?
        }
        Const::Cmp { op, a, b } => {
            let (x, y) = (eval(p, a, span)?, eval(p, b, span)?);
            if let (true, Some(xl), Some(yl)) = (matches!(x, CVal::Ld(_)) || matches!(y, CVal::Ld(_)), ld(&x), ld(&y)) {
                let r = match xl.compare(&yl) {
                    Some(o) => cmp_holds(*op, o),
                    None => *op == CondOp::Ne,
                };
                return Ok(CVal::Int(r as i128));
            }
            let r = match (x, y) {
                (CVal::Int(x), CVal::Int(y)) => cmp_holds(*op, x.cmp(&y)),
                (CVal::Float(x), CVal::Float(y)) => match x.partial_cmp(&y) {
                    Some(o) => cmp_holds(*op, o),
                    None => *op == CondOp::Ne,
                },
                (CVal::Addr(s1, o1), CVal::Addr(s2, o2)) if s1 == s2 => cmp_holds(*op, o1.cmp(&o2)),
                (CVal::Addr(..), CVal::Int(0)) | (CVal::Int(0), CVal::Addr(..)) => *op == CondOp::Ne,
                _ => return jerr(span, "unsupported constant comparison in compile-time code"),
            };
            CVal::Int(r as i128)
        }
    })
}

/// Converts a constant to type `t` (as a cast or an assignment does).
fn convert(p: &mut Program, v: CVal, t: TypeId) -> CVal {
    if let Some(et) = p.complex_elem(t) {
        let (re, im) = match v {
            CVal::Complex(parts) => *parts,
            v => (v, CVal::Int(0)),
        };
        return CVal::Complex(Box::new((convert(p, re, et), convert(p, im, et))));
    }
    if p.float_kind(t).is_some_and(|k| k.format_bits() == 80) {
        if let CVal::Complex(parts) = v {
            return convert(p, parts.0, t);
        }
        return ld(&v).map_or(v, CVal::Ld);
    }
    match v {
        // A complex value converted to a real type keeps its real part.
        CVal::Complex(parts) => convert(p, parts.0, t),
        CVal::Ld(x) => {
            if let Some(k) = p.int_kind(t) {
                CVal::Int(ld_to_int(k, &x))
            } else if p.float_kind(t).map(|k| k.format_bits()) == Some(32) {
                CVal::Float(x.to_f64() as f32 as f64)
            } else if p.float_kind(t).is_some() {
                CVal::Float(x.to_f64())
            } else {
                CVal::Ld(x)
            }
        }
        CVal::Int(i) => {
            if p.float_kind(t).is_some() {
                // The source kind is lost here; integers in casts are exact in f64 in
                // practice (large unsigned values are handled by the lowering's folding).
                CVal::Float(i as f64)
            } else if let Some(k) = p.int_kind(t) {
                CVal::Int(k.wrap(i))
            } else {
                CVal::Int(i)
            }
        }
        CVal::Float(f) => {
            if let Some(k) = p.int_kind(t) {
                CVal::Int(crate::ir::consts::f64_to_int(k, f).unwrap_or(0))
            } else if p.float_kind(t).map(|k| k.format_bits()) == Some(32) {
                CVal::Float(f as f32 as f64)
            } else {
                CVal::Float(f)
            }
        }
        a => a,
    }
}

fn negate(v: CVal) -> CVal {
    match v {
        CVal::Int(i) => CVal::Int(i.wrapping_neg()),
        CVal::Float(f) => CVal::Float(-f),
        CVal::Ld(x) => CVal::Ld(x.neg()),
        CVal::Complex(parts) => CVal::Complex(Box::new((negate(parts.0), negate(parts.1)))),
        // Not reached: callers negate numbers only.
        a @ CVal::Addr(..) => a,
    }
}

fn is_zero(v: &CVal) -> bool {
    match v {
        CVal::Int(i) => *i == 0,
        CVal::Float(f) => *f == 0.0,
        CVal::Ld(x) => x.is_zero(),
        CVal::Addr(..) => false,
        CVal::Complex(parts) => is_zero(&parts.0) && is_zero(&parts.1),
    }
}

/// `x op y` in result type `ty` (complex operands part by part, in the element type).
fn binary(p: &mut Program, op: BinOp, x: CVal, y: CVal, ty: TypeId, span: Span) -> JResult<CVal> {
    Ok(match (x, y) {
        (x @ CVal::Complex(_), y) | (x, y @ CVal::Complex(_)) => {
            let et = p.complex_elem(ty).unwrap_or(ty);
            let part = |v: CVal| match v {
                CVal::Complex(parts) => *parts,
                v => (v, CVal::Int(0)),
            };
            let ((a, b), (c, d)) = (part(x), part(y));
            let mut f = |op, x, y| binary(p, op, x, y, et, span);
            let (re, im) = match op {
                BinOp::Plus | BinOp::Minus => (f(op, a, c)?, f(op, b, d)?),
                BinOp::Mul => {
                    let (ac, bd) = (f(BinOp::Mul, a.clone(), c.clone())?, f(BinOp::Mul, b.clone(), d.clone())?);
                    let (ad, bc) = (f(BinOp::Mul, a, d)?, f(BinOp::Mul, b, c)?);
                    (f(BinOp::Minus, ac, bd)?, f(BinOp::Plus, ad, bc)?)
                }
                BinOp::Div => {
                    // ((ac + bd) + (bc - ad)i) / (c² + d²)
                    let cc = f(BinOp::Mul, c.clone(), c.clone())?;
                    let dd = f(BinOp::Mul, d.clone(), d.clone())?;
                    let den = f(BinOp::Plus, cc, dd)?;
                    let (ac, bd) = (f(BinOp::Mul, a.clone(), c.clone())?, f(BinOp::Mul, b.clone(), d.clone())?);
                    let (bc, ad) = (f(BinOp::Mul, b, c)?, f(BinOp::Mul, a, d)?);
                    let (re, im) = (f(BinOp::Plus, ac, bd)?, f(BinOp::Minus, bc, ad)?);
                    (f(BinOp::Div, re, den.clone())?, f(BinOp::Div, im, den)?)
                }
                _ => return jerr(span, "unsupported complex constant in compile-time code"),
            };
            CVal::Complex(Box::new((re, im)))
        }
        (x, y) if matches!(x, CVal::Ld(_)) || matches!(y, CVal::Ld(_)) => {
            let (Some(xl), Some(yl)) = (ld(&x), ld(&y)) else { return jerr(span, "unsupported constant expression in compile-time code") };
            let c = match op {
                BinOp::Plus => '+',
                BinOp::Minus => '-',
                BinOp::Mul => '*',
                BinOp::Div => '/',
                _ => return jerr(span, "unsupported floating constant"),
            };
            CVal::Ld(xl.op(c, &yl))
        }
        (CVal::Int(x), CVal::Int(y)) => {
            let k = p.int_kind(ty).unwrap_or(IKind::Long);
            CVal::Int(crate::ir::consts::fold_int_binop(op, k, x, y).unwrap_or(0))
        }
        (CVal::Addr(s, o), CVal::Int(i)) | (CVal::Int(i), CVal::Addr(s, o)) => {
            // Pointer ± integer: the lowering left the scaling to C; scale by the
            // pointee size of the result type.
            let es = p.pointee(ty).and_then(|t| p.size_of(t)).unwrap_or(1).max(1) as i64;
            let d = (i as i64).wrapping_mul(es);
            match op {
                BinOp::Plus => CVal::Addr(s, o + d),
                BinOp::Minus => CVal::Addr(s, o - d),
                _ => return jerr(span, "unsupported address arithmetic in a constant"),
            }
        }
        (CVal::Float(x), CVal::Float(y)) => fop(op, x, y, span)?,
        (CVal::Float(x), CVal::Int(y)) => fop(op, x, y as f64, span)?,
        (CVal::Int(x), CVal::Float(y)) => fop(op, x as f64, y, span)?,
        (CVal::Addr(s1, o1), CVal::Addr(s2, o2)) if s1 == s2 && op == BinOp::Minus => CVal::Int((o1 - o2) as i128),
        _ => return jerr(span, "unsupported constant expression in compile-time code"),
    })
}

/// A `long double` converted to integer kind `k` (truncating; `_Bool`: non-zero).
fn ld_to_int(k: IKind, x: &F80) -> i128 {
    if k == IKind::Bool { !x.is_zero() as i128 } else { k.wrap(x.to_i128()) }
}

/// A constant as a `long double` (`None` for addresses and complex values).
fn ld(v: &CVal) -> Option<F80> {
    match v {
        CVal::Int(i) => Some(F80::from_i128(*i, true)),
        CVal::Float(f) => Some(F80::from_f64(*f)),
        CVal::Ld(x) => Some(*x),
        CVal::Addr(..) | CVal::Complex(_) => None,
    }
}

fn fop(op: BinOp, x: f64, y: f64, span: Span) -> JResult<CVal> {
    Ok(CVal::Float(match op {
        BinOp::Plus => x + y,
        BinOp::Minus => x - y,
        BinOp::Mul => x * y,
        BinOp::Div => x / y,
        _ => return jerr(span, "unsupported floating constant"),
    }))
}


/// The byte offset of a (non-bit-field) path from an object of type `t`.
pub fn path_offset(p: &mut Program, t: TypeId, path: Option<PathId>) -> i64 {
    let steps = p.path_steps(path).to_vec();
    let mut t = t;
    let mut off: i64 = 0;
    for st in steps {
        match st {
            PathStep::Field(n) => {
                let Some(c) = p.comp_of(t) else { return off };
                let Some((fty, idxs)) = p.find_field(c, n) else { return off };
                off += p.member_offset(c, &idxs).unwrap_or(0) as i64;
                t = fty;
            }
            PathStep::Index(i) => {
                let Some(e) = p.array_elem(t) else { return off };
                off += i as i64 * p.size_of(e).unwrap_or(0) as i64;
                t = e;
            }
            PathStep::Real => {
                if let TypeKind::Complex(k) = p.skind(t).clone() {
                    t = p.float_ty(k);
                }
            }
            PathStep::Imag => match p.skind(t).clone() {
                TypeKind::Complex(k) => {
                    off += k.size() as i64;
                    t = p.float_ty(k);
                }
                TypeKind::ComplexInt(k) => {
                    off += k.size() as i64;
                    t = p.int_ty(k);
                }
                _ => {}
            },
        }
    }
    off
}
