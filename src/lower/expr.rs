//! Expressions: C expression → three-address statements + a value or a condition.
//!
//! Every operation writes a fresh temporary (`vidN`); operands are values (constants, `v.path`,
//! `(*p).path`) that may carry one cast. Implicit conversions become explicit casts.
//! `&&`, `||`, `!` and comparisons produce condition codes: lists of pending jumps.

use lang_c::ast;
use lang_c::span::Node;

use super::scope::Sym;
use super::{LResult, Lowerer, Reported};
use crate::ir::consts::{fold_int_binop, fold_int_cmp};
use crate::ir::*;
use crate::syntax::Mark;

/// The result of lowering an expression.
#[derive(Clone, Debug)]
pub(crate) enum Ex {
    /// A value of type `ty`; `lv` when it designates an object (assignable, addressable).
    Val { v: Value, ty: TypeId, lv: bool },
    /// A condition: jumps taken when true / when false (an `int` 0/1 as a value).
    Cond { t: Vec<StmtId>, f: Vec<StmtId> },
    /// No value (`void`).
    Void,
}

impl Ex {
    fn val(v: Value, ty: TypeId) -> Ex {
        Ex::Val { v, ty, lv: false }
    }
}

impl<'a> Lowerer<'a> {
    // ---- entry points -------------------------------------------------------------------------

    /// Lowers an expression whose value is used.
    pub(crate) fn expr(&mut self, e: &Node<ast::Expression>) -> LResult<Ex> {
        self.expr_u(e, true)
    }

    /// Lowers an expression for its side effects only.
    pub(crate) fn expr_discard(&mut self, e: &Node<ast::Expression>) -> LResult<()> {
        let ex = self.expr_u(e, false)?;
        match ex {
            Ex::Cond { t, f } => {
                // Both outcomes continue here.
                let mut all = t;
                all.extend(f);
                self.place_jumps(all);
            }
            Ex::Val { v, ty, lv } => {
                // A volatile object read must still happen.
                if lv && self.p.quals_deep(ty).has(Quals::VOLATILE) && self.p.is_scalar(ty) {
                    let t = self.temp(ty);
                    self.emit(StmtKind::UnOp { dst: Value::var(t), op: UnOp::Identity, a: v }, self.span(e));
                }
            }
            Ex::Void => {}
        }
        Ok(())
    }

    /// Lowers an expression to an rvalue (value + unqualified type).
    pub(crate) fn rvalue(&mut self, e: &Node<ast::Expression>) -> LResult<(Value, TypeId)> {
        let ex = self.expr(e)?;
        self.rval(ex, self.span(e))
    }

    /// Lowers an expression to a condition.
    pub(crate) fn cond(&mut self, e: &Node<ast::Expression>) -> LResult<(Vec<StmtId>, Vec<StmtId>)> {
        let ex = self.expr(e)?;
        self.to_cond(ex, self.span(e))
    }

    /// Lowers an expression that may be constant; inside a function non-constant values are
    /// computed normally.
    pub(crate) fn lower_rvalue_maybe_const(&mut self, e: &Node<ast::Expression>) -> LResult<(Value, TypeId)> {
        if self.f.is_some() {
            return self.rvalue(e);
        }
        let (r, stmts) = self.scratch(|lw| lw.rvalue(e));
        let (v, t) = r?;
        if stmts {
            return Err(self.err(self.span(e), "expression is not constant"));
        }
        Ok((v, t))
    }

    /// Runs `f` in a throw-away code (for unevaluated operands and constant checks). Returns
    /// whether any statement was emitted.
    pub(crate) fn scratch<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> (T, bool) {
        let saved_code = self.code.take();
        let scratch = self.p.new_code();
        self.code = Some(scratch);
        let saved_pending = std::mem::take(&mut self.jumps.pending);
        let saved_lsv = self.last_stmt_value.take();
        let r = f(self);
        self.last_stmt_value = saved_lsv;
        self.jumps.pending = saved_pending;
        self.code = saved_code;
        let emitted = self.p.codes[scratch].first.is_some();
        // Drop the scratch statements.
        self.p.codes[scratch].first = None;
        self.p.codes[scratch].last = None;
        self.p.codes[scratch].freed = true;
        (r, emitted)
    }

    /// The type of an expression without evaluating it (`typeof`, `sizeof`).
    pub(crate) fn type_of_expr(&mut self, e: &Node<ast::Expression>) -> LResult<TypeId> {
        self.unevaluated += 1;
        let (r, _) = self.scratch(|lw| lw.expr(e));
        self.unevaluated -= 1;
        match r? {
            Ex::Val { ty, .. } => Ok(ty),
            Ex::Cond { .. } => Ok(self.p.int_ty(IKind::Int)),
            Ex::Void => Ok(self.p.void_ty()),
        }
    }

    // ---- conversions --------------------------------------------------------------------------

    /// Lvalue conversion: arrays and functions decay, conditions become 0/1, qualifiers drop.
    pub(crate) fn rval(&mut self, ex: Ex, sp: Span) -> LResult<(Value, TypeId)> {
        match ex {
            Ex::Val { v, ty, .. } => {
                match self.p.skind(ty).clone() {
                    TypeKind::Array { elem, .. } => {
                        // Decay takes the address of a named array (not of the pointer in `*p`).
                        if let (Some(b), ValueKind::Var { .. }) = (v.base_var(), v.kind) {
                            self.p.vars[b].flags.addr_taken = true;
                        }
                        let pt = self.p.ptr_to(elem);
                        let v = self.cast_value(v, pt);
                        return Ok((v, pt));
                    }
                    TypeKind::Func { .. } => {
                        let pt = self.p.ptr_to(ty);
                        let v = self.cast_value(v, pt);
                        return Ok((v, pt));
                    }
                    TypeKind::Void => {
                        return Err(self.err(sp, "void value not ignored as it ought to be"));
                    }
                    _ => {}
                }
                let uty = self.p.unqualified(ty);
                Ok((v, uty))
            }
            Ex::Cond { t, f } => {
                let it = self.p.int_ty(IKind::Int);
                let tmp = self.temp(it);
                let end = self.new_label();
                self.place_jumps(t);
                self.emit(StmtKind::UnOp { dst: Value::var(tmp), op: UnOp::Identity, a: Value::int(IKind::Int, 1) }, sp);
                self.goto(end, sp);
                self.place_jumps(f);
                self.emit(StmtKind::UnOp { dst: Value::var(tmp), op: UnOp::Identity, a: Value::int(IKind::Int, 0) }, sp);
                self.place(end);
                Ok((Value::var(tmp), it))
            }
            Ex::Void => Err(self.err(sp, "void value not ignored as it ought to be")),
        }
    }

    /// `rval` of an operand value of type `ty` (the `cir.h` API's `CirStmt_typecheck`).
    pub(crate) fn rval_value(&mut self, v: Value, ty: TypeId, sp: Span) -> LResult<(Value, TypeId)> {
        self.rval(Ex::Val { v, ty, lv: v.is_lval() }, sp)
    }

    /// Turns an expression result into a condition.
    pub(crate) fn to_cond(&mut self, ex: Ex, sp: Span) -> LResult<(Vec<StmtId>, Vec<StmtId>)> {
        if let Ex::Cond { t, f } = ex {
            return Ok((t, f));
        }
        let (v, ty) = self.rval(ex, sp)?;
        if !self.p.is_scalar(ty) {
            return Err(self.err(sp, format!("used `{}` where a scalar is required", self.type_str(ty))));
        }
        if let Some((_, bits)) = v.as_int() {
            let g = self.emit(StmtKind::Goto(None), sp);
            return Ok(if bits != 0 { (vec![g], vec![]) } else { (vec![], vec![g]) });
        }
        let zero = self.zero_of(ty);
        let c = self.emit(StmtKind::Cmp { op: CondOp::Ne, a: v, b: zero, target: None }, sp);
        let g = self.emit(StmtKind::Goto(None), sp);
        Ok((vec![c], vec![g]))
    }

    /// A zero constant of a scalar type.
    pub(crate) fn zero_of(&mut self, ty: TypeId) -> Value {
        if let Some(k) = self.p.int_kind(ty) {
            return Value::int(k, 0);
        }
        if let Some(k) = self.p.float_kind(ty) {
            let f = self.p.float_const(k, 0.0, None);
            return Value::new(ValueKind::Float(f));
        }
        if let TypeKind::Complex(k) = self.p.skind(ty).clone() {
            let f = self.p.float_const(k, 0.0, None);
            return Value::new(ValueKind::Float(f)).with_cast(ty);
        }
        if matches!(self.p.skind(ty), TypeKind::ComplexInt(_)) {
            let t = self.p.unqualified(ty);
            return Value::int(IKind::Int, 0).with_cast(t);
        }
        let t = self.p.unqualified(ty);
        Value::int(IKind::Int, 0).with_cast(t)
    }

    /// Adds a cast to a value; a value that already has a different cast is copied to a
    /// temporary first (a value carries at most one cast).
    pub(crate) fn cast_value(&mut self, v: Value, to: TypeId) -> Value {
        match v.cast {
            None => v.with_cast(to),
            Some(c) if c == to => v,
            Some(c) if self.p.is_ptr(c) && self.p.is_ptr(to) => {
                // Pointer-to-pointer conversions compose: replace the cast.
                if v.as_int().is_some() {
                    return Value { cast: Some(to), ..v };
                }
                let raw = self.p.value_raw_type(&v);
                if self.p.is_ptr(raw) || self.p.is_array(raw) || self.p.is_func(raw) {
                    return Value { cast: Some(to), ..v };
                }
                let t = self.temp(c);
                self.emit(StmtKind::UnOp { dst: Value::var(t), op: UnOp::Identity, a: v }, Span::NONE);
                Value::var(t).with_cast(to)
            }
            Some(c) => {
                let t = self.temp(c);
                self.emit(StmtKind::UnOp { dst: Value::var(t), op: UnOp::Identity, a: v }, Span::NONE);
                Value::var(t).with_cast(to)
            }
        }
    }

    /// Converts an rvalue of type `from` to type `to` (C's implicit/explicit conversion),
    /// folding constants.
    pub(crate) fn convert(&mut self, v: Value, from: TypeId, to: TypeId) -> Value {
        let to = self.p.unqualified(to);
        let from_u = self.p.unqualified(from);
        if from_u == to || self.same_type(from_u, to) {
            return v;
        }
        if let Some((w, signed)) = self.p.bitint(to) {
            // Into GCC's wide bit-field type: the value wraps at its width.
            if let Some((_, bits)) = v.as_int() {
                let mask = (1i128 << w) - 1;
                let mut r = bits & mask;
                if signed && (r >> (w - 1)) & 1 == 1 {
                    r -= 1i128 << w;
                }
                let k = if signed { IKind::LongLong } else { IKind::ULongLong };
                return Value::int(k, r).with_cast(to);
            }
            let t = self.temp(to);
            let c = self.cast_value(v, to);
            self.emit(StmtKind::UnOp { dst: Value::var(t), op: UnOp::Identity, a: c }, Span::NONE);
            self.normalize_bitint(t, to, Span::NONE);
            return Value::var(t);
        }
        // Constant folding.
        if let Some((fk, bits)) = v.as_int() {
            if let Some(tk) = self.p.int_kind(to) {
                if matches!(self.p.skind(to), TypeKind::Int(_)) {
                    let nv = if tk == IKind::Bool { (bits != 0) as i128 } else { tk.wrap(bits) };
                    let _ = fk;
                    return Value::int(tk, nv);
                }
                // Enum target: keep the cast so the type is right.
                let nv = tk.wrap(bits);
                return Value::int(tk, nv).with_cast(to);
            }
            if let Some(fl) = self.p.float_kind(to) {
                let val = match fl.format_bits() {
                    32 => crate::ir::consts::int_to_f32(fk, bits) as f64,
                    64 => crate::ir::consts::int_to_f64(fk, bits),
                    _ => {
                        // Exact for |v| < 2^64 in x87 and binary128; keep a cast otherwise.
                        if bits.unsigned_abs() < (1u128 << 53) || fk.bits() <= 64 && bits.unsigned_abs() < (1 << 53) {
                            bits as f64
                        } else {
                            return v.with_cast(to);
                        }
                    }
                };
                let f = self.p.float_const(fl, val, None);
                return Value::new(ValueKind::Float(f));
            }
        }
        if let ValueKind::Float(fid) = v.kind {
            if v.cast.is_none() && !self.p.floats[fid].imaginary {
                let fd = self.p.floats[fid].clone();
                let exact_src = fd.fkind.format_bits() <= 64 || fd.text.is_none();
                if let Some(fl) = self.p.float_kind(to) {
                    if exact_src && fl.format_bits() <= 64 && fd.fkind.format_bits() <= 64 {
                        let val = if fl.format_bits() == 32 { fd.value as f32 as f64 } else { fd.value };
                        let nf = self.p.float_const(fl, val, None);
                        return Value::new(ValueKind::Float(nf));
                    }
                    if fd.fkind.format_bits() <= 64 && fl.format_bits() > 64 {
                        // Widening is exact.
                        let nf = self.p.float_const(fl, fd.value, None);
                        return Value::new(ValueKind::Float(nf));
                    }
                }
                if let Some(tk) = self.p.int_kind(to) {
                    if exact_src && fd.fkind.format_bits() <= 64 && matches!(self.p.skind(to), TypeKind::Int(_)) {
                        if let Some(iv) = crate::ir::consts::f64_to_int(tk, fd.value) {
                            return Value::int(tk, iv);
                        }
                    }
                }
            }
        }
        self.cast_value(v, to)
    }

    /// Whether two types are the same for conversion purposes (ignoring typedef names and
    /// top-level qualifiers).
    pub(crate) fn same_type(&mut self, a: TypeId, b: TypeId) -> bool {
        if a == b {
            return true;
        }
        let sa = self.p.strip(a);
        let sb = self.p.strip(b);
        if sa == sb {
            return true;
        }
        let ua = self.p.unqualified(sa);
        let ub = self.p.unqualified(sb);
        if ua == ub {
            return true;
        }
        match (self.p.kind(ua).clone(), self.p.kind(ub).clone()) {
            (TypeKind::Ptr(x), TypeKind::Ptr(y)) => self.compatible(x, y),
            _ => false,
        }
    }

    /// Type compatibility (C11 6.2.7), approximately: same after stripping typedefs, with
    /// qualifiers compared, arrays of unknown size compatible with sized ones, and prototypes
    /// compared parameter by parameter.
    pub(crate) fn compatible(&mut self, a: TypeId, b: TypeId) -> bool {
        self.compatible_depth(a, b, 0)
    }

    fn compatible_depth(&mut self, a: TypeId, b: TypeId, depth: u32) -> bool {
        if depth > 64 {
            return false;
        }
        if a == b {
            return true;
        }
        let sa = self.p.strip(a);
        let sb = self.p.strip(b);
        if sa == sb {
            return self.p.quals_deep(a) == self.p.quals_deep(b);
        }
        if self.p.quals_deep(a).without(Quals::RESTRICT) != self.p.quals_deep(b).without(Quals::RESTRICT) {
            if !(self.p.is_array(sa) && self.p.is_array(sb)) {
                return false;
            }
        }
        let ka = self.p.kind(sa).clone();
        let kb = self.p.kind(sb).clone();
        match (ka, kb) {
            (TypeKind::Int(x), TypeKind::Int(y)) => x == y,
            (TypeKind::Enum(e), TypeKind::Int(k)) | (TypeKind::Int(k), TypeKind::Enum(e)) => self.p.enums[e].ikind == k,
            (TypeKind::Ptr(x), TypeKind::Ptr(y)) => self.compatible_depth(x, y, depth + 1),
            (TypeKind::Array { elem: x, len: lx }, TypeKind::Array { elem: y, len: ly }) => {
                let len_ok = match (lx, ly) {
                    (ArrayLen::Const(m), ArrayLen::Const(n)) => m == n,
                    _ => true,
                };
                len_ok && self.compatible_depth(x, y, depth + 1)
            }
            (
                TypeKind::Func { ret: r1, params: p1, variadic: v1, proto: pr1 },
                TypeKind::Func { ret: r2, params: p2, variadic: v2, proto: pr2 },
            ) => {
                if !self.compatible_depth(r1, r2, depth + 1) {
                    return false;
                }
                if !pr1 || !pr2 {
                    return true;
                }
                if v1 != v2 || p1.len() != p2.len() {
                    return false;
                }
                for (x, y) in p1.iter().zip(p2.iter()) {
                    let ux = self.p.unqualified(x.ty);
                    let uy = self.p.unqualified(y.ty);
                    if !self.compatible_depth(ux, uy, depth + 1) {
                        return false;
                    }
                }
                true
            }
            (TypeKind::Comp(x), TypeKind::Comp(y)) => x == y,
            (TypeKind::Enum(x), TypeKind::Enum(y)) => x == y,
            (x, y) => x == y,
        }
    }

    /// Integer promotion of a type (C11 6.3.1.1), with bit-field widths.
    pub(crate) fn promote(&mut self, ty: TypeId, bitwidth: Option<u32>) -> TypeId {
        if self.p.bitint(ty).is_some() {
            return ty;
        }
        if let Some(k) = self.p.int_kind(ty) {
            if let Some(w) = bitwidth {
                // GCC: bit-fields narrower than int promote to int, 32-bit ones to int or
                // unsigned int, and wider `long long` ones compute in their own width.
                if w < 32 {
                    return self.p.int_ty(IKind::Int);
                }
                if w == 32 {
                    return self.p.int_ty(if k.is_signed() { IKind::Int } else { IKind::UInt });
                }
                if w < k.bits() && k.bits() == 64 && k != IKind::Bool {
                    return self.p.ty(TypeKind::BitInt { width: w, signed: k.is_signed() });
                }
                return self.p.int_ty(k);
            }
            if k.rank() < IKind::Int.rank() {
                return self.p.int_ty(IKind::Int);
            }
            return self.p.int_ty(k);
        }
        self.p.unqualified(ty)
    }

    /// The usual arithmetic conversions (C11 6.3.1.8).
    pub(crate) fn usual_arith(&mut self, a: TypeId, b: TypeId) -> TypeId {
        let ca = matches!(self.p.skind(a), TypeKind::Complex(_) | TypeKind::ComplexInt(_));
        let cb = matches!(self.p.skind(b), TypeKind::Complex(_) | TypeKind::ComplexInt(_));
        let real_kind = |p: &Program, t: TypeId| -> Option<FKind> {
            match p.skind(t) {
                TypeKind::Float(k) | TypeKind::Complex(k) => Some(*k),
                _ => None,
            }
        };
        let fa = real_kind(self.p, a);
        let fb = real_kind(self.p, b);
        if fa.is_some() || fb.is_some() {
            let k = match (fa, fb) {
                (Some(x), Some(y)) => {
                    if x.rank() > y.rank() {
                        x
                    } else if y.rank() > x.rank() {
                        y
                    } else if (x as u32) < (y as u32) {
                        x
                    } else {
                        y
                    }
                }
                (Some(x), None) => x,
                (None, Some(y)) => y,
                _ => unreachable!(),
            };
            return if ca || cb { self.p.ty(TypeKind::Complex(k)) } else { self.p.float_ty(k) };
        }
        // GCC's wide bit-field types: ordered by precision.
        if self.p.bitint(a).is_some() || self.p.bitint(b).is_some() {
            return self.common_by_precision(a, b);
        }
        let elem = |p: &Program, t: TypeId| match p.skind(t) {
            TypeKind::ComplexInt(k) => Some(*k),
            _ => p.int_kind(t),
        };
        let ka = elem(self.p, a).map(|k| if k.rank() < IKind::Int.rank() { IKind::Int } else { k });
        let kb = elem(self.p, b).map(|k| if k.rank() < IKind::Int.rank() { IKind::Int } else { k });
        let (Some(ka), Some(kb)) = (ka, kb) else { return self.p.int_ty(IKind::Int) };
        let k = common_int(ka, kb);
        let ci = matches!(self.p.skind(a), TypeKind::ComplexInt(_)) || matches!(self.p.skind(b), TypeKind::ComplexInt(_));
        if ci {
            return self.p.ty(TypeKind::ComplexInt(k));
        }
        self.p.int_ty(k)
    }

    /// The common type of two integer types when one is a `BitInt`: types are ranked by
    /// precision, with C's signed/unsigned rules.
    fn common_by_precision(&mut self, a: TypeId, b: TypeId) -> TypeId {
        let prec = |p: &Program, t: TypeId| -> (u32, bool) {
            match p.bitint(t) {
                Some(x) => x,
                None => {
                    let k = p.int_kind(t).unwrap_or(IKind::Int);
                    let k = if k.rank() < IKind::Int.rank() { IKind::Int } else { k };
                    (k.bits(), k.is_signed())
                }
            }
        };
        let (pa, sa) = prec(self.p, a);
        let (pb, sb) = prec(self.p, b);
        let pick = |lw: &mut Self, p: u32, s: bool| -> TypeId {
            if prec(lw.p, a) == (p, s) {
                return if lw.p.bitint(a).is_some() { a } else { lw.promote(a, None) };
            }
            if prec(lw.p, b) == (p, s) {
                return if lw.p.bitint(b).is_some() { b } else { lw.promote(b, None) };
            }
            match p {
                32 => lw.p.int_ty(if s { IKind::Int } else { IKind::UInt }),
                64 => lw.p.int_ty(if s { IKind::LongLong } else { IKind::ULongLong }),
                _ => lw.p.ty(TypeKind::BitInt { width: p, signed: s }),
            }
        };
        if sa == sb {
            return if pa >= pb { pick(self, pa, sa) } else { pick(self, pb, sb) };
        }
        let ((ps, _), (pu, _)) = if sa { ((pa, sa), (pb, sb)) } else { ((pb, sb), (pa, sa)) };
        if pu >= ps {
            pick(self, pu, false)
        } else if ps > pu {
            pick(self, ps, true)
        } else {
            pick(self, ps, false)
        }
    }

    /// Brings the 64-bit container of a `BitInt` value back into range (wraps at its width).
    pub(crate) fn normalize_bitint(&mut self, t: VarId, ty: TypeId, sp: Span) {
        let Some((w, signed)) = self.p.bitint(ty) else { return };
        if signed {
            let ull = self.p.int_ty(IKind::ULongLong);
            let ll = self.p.int_ty(IKind::LongLong);
            let u = self.temp(ull);
            let s = 64 - w as i128;
            self.emit(
                StmtKind::BinOp { dst: Value::var(u), op: BinOp::Shl, a: Value::var(t).with_cast(ull), b: Value::int(IKind::Int, s) },
                sp,
            );
            let _ = ll;
            self.emit(
                StmtKind::BinOp { dst: Value::var(t), op: BinOp::Shr, a: Value::var(u).with_cast(ty), b: Value::int(IKind::Int, s) },
                sp,
            );
        } else {
            let mask = (1i128 << w) - 1;
            self.emit(
                StmtKind::BinOp { dst: Value::var(t), op: BinOp::BAnd, a: Value::var(t), b: Value::int(IKind::ULongLong, mask) },
                sp,
            );
        }
    }

    // ---- the expression dispatcher ------------------------------------------------------------

    fn expr_u(&mut self, e: &Node<ast::Expression>, used: bool) -> LResult<Ex> {
        use ast::Expression as E;
        let sp = self.span(e);
        match &e.node {
            E::Identifier(id) => self.identifier(&id.node.name, sp),
            E::Constant(c) => self.constant(c),
            E::StringLiteral(s) => {
                let (sid, ty) = self.string_literal(s)?;
                Ok(Ex::Val { v: Value::new(ValueKind::Str(sid)), ty, lv: true })
            }
            E::GenericSelection(g) => self.generic(g),
            E::Member(m) => self.member(m),
            E::Call(c) => self.call(c, sp),
            E::CompoundLiteral(cl) => self.compound_literal(cl),
            E::SizeOfTy(st) => self.sizeof_type(&st.node.0, sp),
            E::SizeOfVal(sv) => {
                match self.mark_at(e) {
                    Some(Mark::Real) => return self.real_imag(&sv.node.0, true, sp),
                    Some(Mark::Imag) => return self.real_imag(&sv.node.0, false, sp),
                    _ => {}
                }
                self.sizeof_expr(&sv.node.0, sp)
            }
            E::AlignOf(a) => {
                let ty = self.type_name(&a.node.0)?;
                if self.mark_at(e) == Some(Mark::TypeVal) {
                    let v = self.p.void_ty();
                    return Ok(Ex::val(Value::new(ValueKind::Type(ty)), v));
                }
                let ul = self.p.int_ty(IKind::ULong);
                Ok(Ex::val(Value::int(IKind::ULong, self.p.align_of(ty) as i128), ul))
            }
            E::UnaryOperator(u) => self.unary(u, used, sp),
            E::Cast(c) => self.cast_expr(c, sp),
            E::BinaryOperator(b) => self.binary(b, used, sp),
            E::Conditional(c) => self.conditional(c, sp),
            E::Comma(list) => {
                let n = list.len();
                for x in &list[..n - 1] {
                    self.expr_discard(x)?;
                }
                self.expr_u(&list[n - 1], used)
            }
            E::OffsetOf(o) => self.offsetof(o, sp),
            E::VaArg(va) => self.va_arg(va, sp),
            E::Statement(st) => self.stmt_expr(st, sp),
        }
    }

    fn identifier(&mut self, name: &str, sp: Span) -> LResult<Ex> {
        if let Some(r) = self.quote_identifier(name, sp) {
            return r;
        }
        let n = self.p.name(name);
        match self.scopes.lookup(n) {
            Some(Sym::Var(v)) => {
                let ty = self.p.vars[v].ty;
                let lv = !self.p.is_func(ty);
                Ok(Ex::Val { v: Value::var(v), ty, lv })
            }
            Some(Sym::EnumConst(item, ty)) => {
                let val = self.p.enum_items[item].value;
                let k = self.p.int_kind(ty).unwrap_or(IKind::Int);
                let v = if matches!(self.p.skind(ty), TypeKind::Enum(_)) {
                    Value::int(k, val).with_cast(ty)
                } else {
                    Value::int(k, val)
                };
                Ok(Ex::val(v, ty))
            }
            Some(Sym::Typedef(_)) => Err(self.err(sp, format!("unexpected type name `{name}`: expected an expression"))),
            Some(Sym::Error) => Err(Reported),
            None => {
                if matches!(name, "__func__" | "__FUNCTION__" | "__PRETTY_FUNCTION__") {
                    return self.func_name(sp);
                }
                if builtins::is_builtin_name(name) {
                    let b = self.p.builtin(name);
                    let ty = builtins::builtin_type(self.p, b);
                    return Ok(Ex::val(Value::new(ValueKind::Builtin(b)), ty));
                }
                Err(self.err(sp, format!("use of undeclared identifier `{name}`")))
            }
        }
    }

    fn func_name(&mut self, sp: Span) -> LResult<Ex> {
        let Some(f) = &self.f else {
            return Err(self.err(sp, "`__func__` is not defined outside of a function"));
        };
        let fv = f.var;
        let name = f.name.clone();
        let sid = match self.func_name_str.get(&fv) {
            Some(s) => *s,
            None => {
                let mut units: Vec<u32> = name.bytes().map(|b| b as u32).collect();
                units.push(0);
                let s = self.p.intern_str(StrData { kind: StrKind::Plain, units });
                self.func_name_str.insert(fv, s);
                s
            }
        };
        let n = self.p.strs[sid].units.len() as u64;
        let ch = self.p.int_ty(IKind::Char);
        let cch = self.p.qualified(ch, Quals::CONST);
        let ty = self.p.array_of(cch, ArrayLen::Const(n));
        Ok(Ex::Val { v: Value::new(ValueKind::Str(sid)), ty, lv: true })
    }

    // ---- constants ----------------------------------------------------------------------------

    fn constant(&mut self, c: &Node<ast::Constant>) -> LResult<Ex> {
        let sp = self.span(c);
        match &c.node {
            ast::Constant::Integer(i) => {
                let (k, v) = self.int_constant(i, sp)?;
                let ty = self.p.int_ty(k);
                if i.suffix.imaginary {
                    let text = self.text(sp).to_string();
                    let f = self.p.floats.push(FloatData {
                        fkind: FKind::Double,
                        value: v as f64,
                        text: Some(text.into_boxed_str()),
                        imaginary: true,
                        complex_int: Some(k),
                    });
                    let ct = self.p.ty(TypeKind::ComplexInt(k));
                    return Ok(Ex::val(Value::new(ValueKind::Float(f)), ct));
                }
                Ok(Ex::val(Value::int(k, v), ty))
            }
            ast::Constant::Float(f) => {
                let fk = match &f.suffix.format {
                    ast::FloatFormat::Float => FKind::Float,
                    ast::FloatFormat::Double => FKind::Double,
                    ast::FloatFormat::LongDouble => FKind::LongDouble,
                    ast::FloatFormat::TS18661Format(t) => match (&t.format, t.width) {
                        (ast::TS18661FloatFormat::BinaryInterchange, 32) => FKind::Float32,
                        (ast::TS18661FloatFormat::BinaryInterchange, 64) => FKind::Float64,
                        (ast::TS18661FloatFormat::BinaryInterchange, 128) => FKind::Float128,
                        (ast::TS18661FloatFormat::BinaryInterchange, 16) => FKind::Float16,
                        (ast::TS18661FloatFormat::BinaryExtended, 32) => FKind::Float32x,
                        (ast::TS18661FloatFormat::BinaryExtended, 64) => FKind::Float64x,
                        _ => return Err(self.err(sp, "unsupported floating constant suffix")),
                    },
                };
                let text = self.text(sp).to_string();
                let value = parse_float(&f.number, f.base == ast::FloatBase::Hexadecimal, fk)
                    .ok_or_else(|| self.err(sp, "invalid floating constant"))?;
                let fid = self.p.floats.push(FloatData {
                    fkind: fk,
                    value,
                    text: Some(text.into_boxed_str()),
                    imaginary: f.suffix.imaginary,
                    complex_int: None,
                });
                let ty = if f.suffix.imaginary { self.p.ty(TypeKind::Complex(fk)) } else { self.p.float_ty(fk) };
                Ok(Ex::val(Value::new(ValueKind::Float(fid)), ty))
            }
            ast::Constant::Character(_) => {
                let raw = self.source_bytes(sp);
                let (k, v) = decode_char_constant(&raw).ok_or_else(|| self.err(sp, "invalid character constant"))?;
                let ty = self.p.int_ty(k);
                Ok(Ex::val(Value::int(k, v), ty))
            }
        }
    }

    /// The bytes of the original input.
    pub(crate) fn orig_bytes(&self, o: usize, l: usize) -> &[u8] {
        self.orig_input.get(o..o + l).unwrap_or(&[])
    }

    fn int_constant(&mut self, i: &ast::Integer, sp: Span) -> LResult<(IKind, i128)> {
        let radix = match i.base {
            ast::IntegerBase::Decimal => 10,
            ast::IntegerBase::Octal => 8,
            ast::IntegerBase::Hexadecimal => 16,
            ast::IntegerBase::Binary => 2,
        };
        let digits: String = i.number.chars().filter(|c| *c != '\'').collect();
        let digits = if radix == 8 { digits.trim_start_matches('0').to_string() } else { digits };
        let v: u128 = if digits.is_empty() {
            0
        } else {
            u128::from_str_radix(&digits, radix).map_err(|_| self.err(sp, "integer constant is too large"))?
        };
        if v > u64::MAX as u128 {
            return Err(self.err(sp, "integer constant is too large for its type"));
        }
        let dec = radix == 10;
        let u = i.suffix.unsigned;
        let cands: &[IKind] = match (i.suffix.size, u, dec) {
            (ast::IntegerSize::Int, false, true) => &[IKind::Int, IKind::Long],
            (ast::IntegerSize::Int, false, false) => &[IKind::Int, IKind::UInt, IKind::Long, IKind::ULong],
            (ast::IntegerSize::Int, true, _) => &[IKind::UInt, IKind::ULong],
            (ast::IntegerSize::Long, false, true) => &[IKind::Long],
            (ast::IntegerSize::Long, false, false) => &[IKind::Long, IKind::ULong],
            (ast::IntegerSize::Long, true, _) => &[IKind::ULong],
            (ast::IntegerSize::LongLong, false, true) => &[IKind::LongLong],
            (ast::IntegerSize::LongLong, false, false) => &[IKind::LongLong, IKind::ULongLong],
            (ast::IntegerSize::LongLong, true, _) => &[IKind::ULongLong],
        };
        for &k in cands {
            if v <= k.max_value() {
                return Ok((k, v as i128));
            }
        }
        // GCC: a decimal constant too large for long is unsigned long (with a warning).
        let k = if matches!(i.suffix.size, ast::IntegerSize::LongLong) { IKind::ULongLong } else { IKind::ULong };
        Ok((k, v as i128))
    }

    /// Decodes a (possibly concatenated) string literal from the original bytes.
    pub(crate) fn string_literal(&mut self, s: &Node<Vec<String>>) -> LResult<(StrId, TypeId)> {
        let sp = self.span(s);
        let raw = self.source_bytes(sp);
        let data = decode_string_literal(&raw).ok_or_else(|| self.err(sp, "invalid string literal"))?;
        let n = data.units.len() as u64;
        let elem = match data.kind {
            StrKind::Plain | StrKind::Utf8 => self.p.int_ty(IKind::Char),
            StrKind::Wide => self.p.int_ty(IKind::Int),
            StrKind::Utf16 => self.p.int_ty(IKind::UShort),
            StrKind::Utf32 => self.p.int_ty(IKind::UInt),
        };
        let id = self.p.intern_str(data);
        let ty = self.p.array_of(elem, ArrayLen::Const(n));
        Ok((id, ty))
    }

    /// The bytes of a narrow string literal (for asm labels and attributes), without the NUL.
    pub(crate) fn string_literal_bytes(&mut self, s: &Node<Vec<String>>) -> LResult<(Vec<u8>, StrKind)> {
        let sp = self.span(s);
        let raw = self.source_bytes(sp);
        let data = decode_string_literal(&raw).ok_or_else(|| self.err(sp, "invalid string literal"))?;
        let mut b: Vec<u8> = data.units.iter().map(|u| *u as u8).collect();
        b.pop();
        Ok((b, data.kind))
    }

    // ---- members, subscripts ------------------------------------------------------------------

    fn member(&mut self, m: &Node<ast::MemberExpression>) -> LResult<Ex> {
        let sp = self.span(m);
        let fname = self.p.name(&m.node.identifier.node.name);
        let base = self.expr(&m.node.expression)?;
        let mut base_lv = true;
        let (v, sty) = match m.node.operator.node {
            ast::MemberOperator::Direct => match base {
                Ex::Val { v, ty, lv } => {
                    base_lv = lv;
                    (v, ty)
                }
                _ => return Err(self.err(sp, "request for a member in something that is not a structure or union")),
            },
            ast::MemberOperator::Indirect => {
                let (pv, pty) = self.rval(base, self.span(&m.node.expression))?;
                let Some(pointee) = self.p.pointee(pty) else {
                    return Err(self.err(
                        sp,
                        format!("member reference type `{}` is not a pointer", self.type_str(pty)),
                    ));
                };
                (self.mem_of(pv, pty, sp), pointee)
            }
        };
        let Some(cid) = self.p.comp_of(sty) else {
            return Err(self.err(
                sp,
                format!(
                    "request for member `{}` in something not a structure or union (`{}`)",
                    self.p.name_str(fname),
                    self.type_str(sty)
                ),
            ));
        };
        if !self.p.comps[cid].defined {
            return Err(self.err(sp, format!("member access into incomplete type `{}`", self.type_str(sty))));
        }
        let Some((fty, _)) = self.p.find_field(cid, fname) else {
            return Err(self.err(
                self.span(&m.node.identifier),
                format!("no member named `{}` in `{}`", self.p.name_str(fname), self.type_str(sty)),
            ));
        };
        let q = self.p.quals_deep(sty).without(Quals::RESTRICT).without(Quals::ATOMIC);
        let fty = self.p.qualified(fty, q);
        let v = self.extend_path(v, sty, &[PathStep::Field(fname)], sp);
        // A member of an rvalue struct (`f().x`) is not an lvalue.
        Ok(Ex::Val { v, ty: fty, lv: base_lv })
    }

    /// `v` followed by more path steps. A value with a cast is copied to a temp first.
    fn extend_path(&mut self, v: Value, vty: TypeId, steps: &[PathStep], sp: Span) -> Value {
        let v = match v.kind {
            ValueKind::Var { .. } | ValueKind::Mem { .. } if v.cast.is_none() => v,
            _ => {
                let t = self.temp(vty);
                self.emit(StmtKind::UnOp { dst: Value::var(t), op: UnOp::Identity, a: v }, sp);
                Value::var(t)
            }
        };
        match v.kind {
            ValueKind::Var { var, path } => {
                let path = self.p.path_append(path, steps);
                Value::new(ValueKind::Var { var, path })
            }
            ValueKind::Mem { var, path } => {
                let path = self.p.path_append(path, steps);
                Value::new(ValueKind::Mem { var, path })
            }
            _ => unreachable!(),
        }
    }

    /// `*p` as a value: the pointer must be a plain pointer variable.
    pub(crate) fn mem_of(&mut self, pv: Value, pty: TypeId, sp: Span) -> Value {
        if let ValueKind::Var { var, path: None } = pv.kind {
            if pv.cast.is_none() && self.p.vars[var].ty == pty {
                return Value::mem(var);
            }
        }
        let t = self.temp(pty);
        self.emit(StmtKind::UnOp { dst: Value::var(t), op: UnOp::Identity, a: pv }, sp);
        Value::mem(t)
    }

    fn subscript(&mut self, lhs: &Node<ast::Expression>, rhs: &Node<ast::Expression>, sp: Span) -> LResult<Ex> {
        let a = self.expr(lhs)?;
        // Constant index into an array lvalue: extend the path.
        if let Ex::Val { v, ty, lv: _ } = &a {
            if let TypeKind::Array { elem, len } = self.p.skind(*ty).clone() {
                if matches!(v.kind, ValueKind::Var { .. } | ValueKind::Mem { .. }) && v.cast.is_none() {
                    let b = self.expr(rhs)?;
                    let (bv, bty) = self.rval(b, self.span(rhs))?;
                    if let (Some((_, idx)), ArrayLen::Const(n)) = (bv.as_int(), len) {
                        if idx >= 0 && (idx as u64) < n && self.p.is_integer(bty) {
                            let q = self.p.quals_deep(*ty);
                            let ety = self.p.qualified(elem, q.without(Quals::RESTRICT));
                            let v = self.extend_path(*v, *ty, &[PathStep::Index(idx as u64)], sp);
                            return Ok(Ex::Val { v, ty: ety, lv: true });
                        }
                    }
                    let (av, aty) = self.rval(a.clone(), self.span(lhs))?;
                    return self.index_ptr(av, aty, bv, bty, sp);
                }
            }
        }
        let (av, aty) = self.rval(a, self.span(lhs))?;
        let b = self.expr(rhs)?;
        let (bv, bty) = self.rval(b, self.span(rhs))?;
        if self.p.is_ptr(aty) {
            self.index_ptr(av, aty, bv, bty, sp)
        } else if self.p.is_ptr(bty) {
            self.index_ptr(bv, bty, av, aty, sp)
        } else {
            Err(self.err(sp, "subscripted value is neither array nor pointer"))
        }
    }

    fn index_ptr(&mut self, pv: Value, pty: TypeId, iv: Value, ity: TypeId, sp: Span) -> LResult<Ex> {
        if !self.p.is_integer(ity) {
            return Err(self.err(sp, "array subscript is not an integer"));
        }
        let elem = self.p.pointee(pty).expect("pointer");
        if self.p.size_of(elem).is_none() && !self.p.is_vm(elem) {
            return Err(self.err(sp, format!("subscript of pointer to incomplete type `{}`", self.type_str(elem))));
        }
        let ity2 = self.promote(ity, None);
        let iv = self.convert(iv, ity, ity2);
        let pty_u = self.p.unqualified(pty);
        let t = self.temp(pty_u);
        self.emit(StmtKind::BinOp { dst: Value::var(t), op: BinOp::Plus, a: pv, b: iv }, sp);
        Ok(Ex::Val { v: Value::mem(t), ty: elem, lv: true })
    }

    // ---- calls --------------------------------------------------------------------------------

    fn call(&mut self, c: &Node<ast::CallExpression>, sp: Span) -> LResult<Ex> {
        // `@f(...)`: compile-time evaluation.
        if self.pre.at_calls.contains_key(&self.off(c.span.start)) {
            return self.at_call(c, sp);
        }
        if let ast::Expression::Identifier(id) = &c.node.callee.node {
            let name = id.node.name.as_str();
            if name == super::quote::AQ_MARKER && self.aq.is_some() {
                return self.antiquote(&c.node.arguments, sp);
            }
            let n = self.p.name(name);
            let declared = self.scopes.lookup(n).is_some();
            if !declared {
                if let Some(ex) = self.special_builtin(name, &c.node.arguments, sp)? {
                    return Ok(ex);
                }
                if !builtins::is_builtin_name(name) {
                    // Implicit declaration (C89): `extern int name();`.
                    self.warn(self.span(&c.node.callee), format!("implicit declaration of function `{name}`"));
                    let it = self.p.int_ty(IKind::Int);
                    let fty = self.p.ty(TypeKind::Func { ret: it, params: Box::new([]), variadic: false, proto: false });
                    let v = self.declare_implicit_function(n, fty, self.span(&c.node.callee));
                    let _ = v;
                }
            }
        }
        let callee = self.expr(&c.node.callee)?;
        let csp = self.span(&c.node.callee);
        let (target, fty) = match callee {
            Ex::Val { v, ty, .. } => {
                let ty_s = self.p.strip(ty);
                match self.p.kind(ty_s).clone() {
                    TypeKind::Func { .. } => {
                        // `(*fp)(...)`: call through the pointer itself.
                        if let ValueKind::Mem { var, path: None } = v.kind {
                            let vt = self.p.vars[var].ty;
                            (Value::var(var), vt)
                        } else {
                            (v, ty)
                        }
                    }
                    TypeKind::Ptr(p) if self.p.is_func(p) => {
                        let (v, t) = self.rval(Ex::val(v, ty), csp)?;
                        (v, t)
                    }
                    _ => {
                        return Err(self.err(
                            csp,
                            format!("called object of type `{}` is not a function or function pointer", self.type_str(ty)),
                        ));
                    }
                }
            }
            _ => return Err(self.err(csp, "called object is not a function")),
        };
        let (ret, params, variadic, proto) = {
            let (r, p, v, pr) = self.p.func_sig(fty).expect("function type");
            (r, p.to_vec(), v, pr)
        };
        let is_builtin = matches!(target.kind, ValueKind::Builtin(_));
        let builtin_sig = if let ValueKind::Builtin(b) = target.kind { Some(self.p.builtin_sig(b)) } else { None };
        let nargs = c.node.arguments.len();
        if proto && !is_builtin {
            if nargs < params.len() || (nargs > params.len() && !variadic) {
                return Err(self.err(
                    sp,
                    format!(
                        "too {} arguments to function call, expected {}, have {}",
                        if nargs < params.len() { "few" } else { "many" },
                        params.len(),
                        nargs
                    ),
                ));
            }
        }
        if let Some((_, Some(ps), variadic)) = &builtin_sig {
            if nargs < ps.len() || (nargs > ps.len() && !variadic) {
                return Err(self.err(
                    sp,
                    format!(
                        "too {} arguments to function call, expected {}, have {}",
                        if nargs < ps.len() { "few" } else { "many" },
                        ps.len(),
                        nargs
                    ),
                ));
            }
        }
        let mut args = Vec::with_capacity(nargs);
        let mut arg_types = Vec::with_capacity(nargs);
        // Arguments are evaluated right to left, as gcc does; a read of an object is copied
        // when an argument evaluated after it has side effects.
        let mut raw: Vec<(Value, TypeId)> = Vec::with_capacity(nargs);
        for i in (0..nargs).rev() {
            let a = &c.node.arguments[i];
            let (mut v, t) = self.rvalue(a)?;
            if self.is_object_read(&v) && c.node.arguments[..i].iter().any(has_side_effects) {
                v = Value::var(self.copy_to_temp(v, t, self.span(a)));
            }
            raw.push((v, t));
        }
        raw.reverse();
        let generic_builtin = matches!(&builtin_sig, Some((_, None, _)));
        for (i, a) in c.node.arguments.iter().enumerate() {
            let asp = self.span(a);
            let (v, t) = raw[i];
            let target_ty = if proto && !is_builtin {
                params.get(i).map(|p| p.ty)
            } else if let Some((_, Some(ps), _)) = &builtin_sig {
                ps.get(i).copied()
            } else {
                None
            };
            let v = match target_ty {
                Some(pt) => self.assign_convert(v, t, pt, asp, "passing argument")?,
                None if generic_builtin => v,
                None => {
                    // Default argument promotions.
                    let pt = self.default_promote(t);
                    self.convert(v, t, pt)
                }
            };
            arg_types.push(t);
            args.push(v);
        }
        let ret = match (&builtin_sig, target.kind) {
            (Some((None, _, _)), ValueKind::Builtin(b)) => self.generic_builtin_type(b, &arg_types, sp)?,
            (Some((Some(r), _, _)), _) => *r,
            _ => ret,
        };
        if self.p.is_void(ret) {
            self.emit(StmtKind::Call { dst: None, target, args }, sp);
            return Ok(Ex::Void);
        }
        if self.p.size_of(ret).is_none() {
            return Err(self.err(sp, format!("calling function with incomplete return type `{}`", self.type_str(ret))));
        }
        let t = self.temp(ret);
        self.emit(StmtKind::Call { dst: Some(Value::var(t)), target, args }, sp);
        let rt = self.p.unqualified(ret);
        Ok(Ex::val(Value::var(t), rt))
    }

    /// Whether a value reads an object (as opposed to a constant, a temporary or an address).
    pub(crate) fn is_object_read(&mut self, v: &Value) -> bool {
        match v.kind {
            ValueKind::Var { var, path } => {
                if path.is_none() && self.p.vars[var].flags.temp {
                    return false;
                }
                let raw = self.p.value_raw_type(v);
                !(self.p.is_array(raw) || self.p.is_func(raw))
            }
            ValueKind::Mem { .. } => {
                let raw = self.p.value_raw_type(v);
                !(self.p.is_array(raw) || self.p.is_func(raw))
            }
            _ => false,
        }
    }

    /// Default argument promotions (C11 6.5.2.2p6).
    pub(crate) fn default_promote(&mut self, t: TypeId) -> TypeId {
        if let Some(k) = self.p.float_kind(t) {
            if k == FKind::Float {
                return self.p.float_ty(FKind::Double);
            }
            return self.p.unqualified(t);
        }
        if self.p.is_integer(t) {
            return self.promote(t, None);
        }
        self.p.unqualified(t)
    }

    /// Result types of type-generic builtins.
    fn generic_builtin_type(&mut self, b: BuiltinId, args: &[TypeId], sp: Span) -> LResult<TypeId> {
        let name = self.p.builtin_data(b).name.clone();
        let first_pointee = |lw: &mut Self| -> LResult<TypeId> {
            let Some(&t) = args.first() else { return Err(lw.err(sp, format!("too few arguments to `{name}`"))) };
            match lw.p.pointee(t) {
                Some(p) => Ok(lw.p.unqualified(p)),
                None => Err(lw.err(sp, format!("argument 1 of `{name}` must be a pointer"))),
            }
        };
        if name == "__builtin_complex" {
            let k = args.first().and_then(|t| self.p.float_kind(*t)).unwrap_or(FKind::Double);
            return Ok(self.p.ty(TypeKind::Complex(k)));
        }
        if name.starts_with("__atomic_") || name.starts_with("__sync_") {
            return first_pointee(self);
        }
        match self.p.builtin_data(b).sig {
            Some(_) => Ok(self.p.int_ty(IKind::Int)),
            None => {
                // Unknown builtin: assume `int` (GCC would know better; cir reports it if the
                // function containing it is ever used).
                Ok(self.p.int_ty(IKind::Int))
            }
        }
    }

    /// Builtins evaluated by the lowering itself. Returns `None` for ordinary calls.
    fn special_builtin(&mut self, name: &str, args: &[Node<ast::Expression>], sp: Span) -> LResult<Option<Ex>> {
        let it = self.p.int_ty(IKind::Int);
        match name {
            "__builtin_constant_p" => {
                let Some(a) = args.first() else { return Err(self.err(sp, "too few arguments to `__builtin_constant_p`")) };
                self.unevaluated += 1;
                let (r, emitted) = self.scratch(|lw| lw.rvalue(a));
                self.unevaluated -= 1;
                let is_const = match r {
                    Ok((v, _)) => {
                        !emitted
                            && (v.as_int().is_some()
                                || matches!(v.kind, ValueKind::Float(_))
                                || matches!(v.kind, ValueKind::Str(_)) && v.cast.is_some())
                    }
                    Err(_) => false,
                };
                Ok(Some(Ex::val(Value::int(IKind::Int, is_const as i128), it)))
            }
            "__builtin_choose_expr" => {
                if args.len() != 3 {
                    return Err(self.err(sp, "`__builtin_choose_expr` takes 3 arguments"));
                }
                let (c, _) = self.const_int(&args[0])?;
                Ok(Some(self.expr(if c != 0 { &args[1] } else { &args[2] })?))
            }
            "__builtin_types_compatible_p" => {
                let mut tys = Vec::new();
                for a in args {
                    if let ast::Expression::AlignOf(al) = &a.node {
                        let t = self.type_name(&al.node.0)?;
                        tys.push(t);
                    }
                }
                if tys.len() != 2 {
                    return Err(self.err(sp, "`__builtin_types_compatible_p` takes two type names"));
                }
                let a = self.p.unqualified(tys[0]);
                let b = self.p.unqualified(tys[1]);
                let r = self.compatible(a, b);
                Ok(Some(Ex::val(Value::int(IKind::Int, r as i128), it)))
            }
            "__builtin_expect" | "__builtin_expect_with_probability" => {
                if args.len() < 2 {
                    return Err(self.err(sp, format!("too few arguments to `{name}`")));
                }
                let (v, t) = self.rvalue(&args[0])?;
                for a in &args[1..] {
                    self.expr_discard(a)?;
                }
                let lt = self.p.int_ty(IKind::Long);
                let v = self.convert(v, t, lt);
                Ok(Some(Ex::val(v, lt)))
            }
            "__builtin_assume_aligned" => {
                let Some(a) = args.first() else { return Err(self.err(sp, "too few arguments")) };
                let (v, t) = self.rvalue(a)?;
                for a in &args[1..] {
                    self.expr_discard(a)?;
                }
                let vp = self.p.void_ty();
                let vp = self.p.ptr_to(vp);
                let v = self.convert(v, t, vp);
                Ok(Some(Ex::val(v, vp)))
            }
            "__builtin_object_size" | "__builtin_dynamic_object_size" => {
                if args.len() != 2 {
                    return Err(self.err(sp, format!("`{name}` takes 2 arguments")));
                }
                let (kind, _) = self.const_int(&args[1])?;
                let size = self.object_size(&args[0], kind & 1 == 1);
                let unknown = if kind & 2 == 2 { 0 } else { u64::MAX as i128 };
                let ul = self.p.int_ty(IKind::ULong);
                let v = size.map(|s| s as i128).unwrap_or(unknown);
                Ok(Some(Ex::val(Value::int(IKind::ULong, v), ul)))
            }
            "__builtin_tgmath" => self.tgmath(args, sp).map(Some),
            "__builtin_classify_type" => {
                let Some(a) = args.first() else { return Err(self.err(sp, "too few arguments")) };
                let t = self.type_of_expr(a)?;
                let k = match self.p.skind(t) {
                    TypeKind::Void => 0,
                    TypeKind::Int(IKind::Bool) => 4,
                    TypeKind::Int(IKind::Char | IKind::SChar | IKind::UChar) => 1,
                    TypeKind::Int(_) => 1,
                    TypeKind::Enum(_) => 3,
                    TypeKind::Ptr(_) | TypeKind::Array { .. } | TypeKind::Func { .. } => 5,
                    TypeKind::Float(_) => 8,
                    TypeKind::Complex(_) => 9,
                    TypeKind::Comp(c) => {
                        if self.p.comps[*c].is_struct {
                            12
                        } else {
                            13
                        }
                    }
                    _ => -1,
                };
                Ok(Some(Ex::val(Value::int(IKind::Int, k), it)))
            }
            _ => Ok(None),
        }
    }

    /// `__builtin_object_size` of a pointer expression when cir can see the object: the
    /// bytes from the pointer to the end of the object (`sub`: of the innermost subobject).
    fn object_size(&mut self, e: &Node<ast::Expression>, sub: bool) -> Option<u64> {
        let (var, steps, decayed) = self.object_path(e)?;
        let vty = self.p.vars[var].ty;
        let total = self.p.size_of(vty)?;
        let mut off = 0u64;
        let mut t = vty;
        for st in &steps {
            match st {
                PathStep::Field(n) => {
                    let c = self.p.comp_of(t)?;
                    let (ft, idxs) = self.p.find_field(c, *n)?;
                    off += self.p.member_offset(c, &idxs)?;
                    t = ft;
                }
                PathStep::Index(i) => {
                    let el = self.p.array_elem(t)?;
                    off += i * self.p.size_of(el)?;
                    t = el;
                }
                _ => return None,
            }
        }
        let _ = decayed;
        if sub {
            let s = self.p.size_of(t)?;
            let within = if let Some(PathStep::Index(i)) = steps.last() {
                // Inside an array: up to the end of the array.
                let el = s;
                let parent = self.p.path(&steps[..steps.len() - 1]);
                let at = self.p.path_type(vty, parent)?;
                self.p.size_of(at)?.checked_sub(i * el)?
            } else {
                s
            };
            return Some(within);
        }
        total.checked_sub(off)
    }

    /// The object and path a pointer expression points into (`&x.a[2]`, `arr`).
    fn object_path(&mut self, e: &Node<ast::Expression>) -> Option<(VarId, Vec<PathStep>, bool)> {
        match &e.node {
            ast::Expression::Identifier(id) => {
                let n = self.p.names.get(&id.node.name)?;
                let Some(Sym::Var(v)) = self.scopes.lookup(n) else { return None };
                if self.p.is_array(self.p.vars[v].ty) {
                    return Some((v, vec![PathStep::Index(0)], true));
                }
                None
            }
            ast::Expression::Cast(c) => self.object_path(&c.node.expression),
            ast::Expression::UnaryOperator(u) if u.node.operator.node == ast::UnaryOperator::Address => {
                self.lvalue_path(&u.node.operand)
            }
            _ => None,
        }
    }

    fn lvalue_path(&mut self, e: &Node<ast::Expression>) -> Option<(VarId, Vec<PathStep>, bool)> {
        match &e.node {
            ast::Expression::Identifier(id) => {
                let n = self.p.names.get(&id.node.name)?;
                let Some(Sym::Var(v)) = self.scopes.lookup(n) else { return None };
                Some((v, Vec::new(), false))
            }
            ast::Expression::Member(m) if m.node.operator.node == ast::MemberOperator::Direct => {
                let (v, mut steps, _) = self.lvalue_path(&m.node.expression)?;
                let n = self.p.name(&m.node.identifier.node.name);
                steps.push(PathStep::Field(n));
                Some((v, steps, false))
            }
            ast::Expression::BinaryOperator(b) if b.node.operator.node == ast::BinaryOperator::Index => {
                let (v, mut steps, _) = self.lvalue_path(&b.node.lhs)?;
                let saved = self.diags.len();
                let r = self.const_int(&b.node.rhs);
                self.diags.truncate(saved);
                let (i, _) = r.ok()?;
                if i < 0 {
                    return None;
                }
                steps.push(PathStep::Index(i as u64));
                Some((v, steps, false))
            }
            _ => None,
        }
    }

    /// `__builtin_tgmath(f, d, l, cf, cd, cl, args...)`: calls the function whose parameter type
    /// matches the arguments (C11 7.25).
    fn tgmath(&mut self, args: &[Node<ast::Expression>], sp: Span) -> LResult<Ex> {
        let Some(first) = args.first() else { return Err(self.err(sp, "`__builtin_tgmath` needs arguments")) };
        let fty = self.type_of_expr(first)?;
        let Some(nparams) = self.p.func_sig(fty).map(|s| s.1.len()) else {
            return Err(self.err(sp, "`__builtin_tgmath`: the first argument is not a function"));
        };
        if args.len() <= nparams {
            return Err(self.err(sp, "`__builtin_tgmath`: too few arguments"));
        }
        let nfuncs = args.len() - nparams;
        let (fns, call_args) = args.split_at(nfuncs);
        let mut complex = false;
        let mut kind: Option<FKind> = None;
        for a in call_args {
            let t = self.type_of_expr(a)?;
            let k = match self.p.skind(t).clone() {
                TypeKind::Complex(k) => {
                    complex = true;
                    k
                }
                TypeKind::Float(k) => k,
                _ => FKind::Double,
            };
            kind = Some(match kind {
                Some(o) if o.rank() >= k.rank() => o,
                _ => k,
            });
        }
        let kind = kind.unwrap_or(FKind::Double);
        let mut chosen = None;
        for f in fns {
            let t = self.type_of_expr(f)?;
            let Some(pt) = self.p.func_sig(t).and_then(|s| s.1.first().map(|p| p.ty)) else { continue };
            let ok = match self.p.skind(pt).clone() {
                TypeKind::Complex(k) => complex && k == kind,
                TypeKind::Float(k) => !complex && k == kind,
                _ => false,
            };
            if ok {
                chosen = Some(f);
                break;
            }
        }
        let Some(f) = chosen else { return Err(self.err(sp, "`__builtin_tgmath`: no function matches the arguments")) };
        let call = ast::CallExpression { callee: Box::new(f.clone()), arguments: call_args.to_vec() };
        let node = Node::new(call, lang_c::span::Span::span(sp.start as usize, sp.end as usize));
        self.call(&node, sp)
    }

    /// Converts `v` of type `from` for assignment to `to` (assignment, argument passing,
    /// return, initialization), checking the constraints of C11 6.5.16.1.
    pub(crate) fn assign_convert(&mut self, v: Value, from: TypeId, to: TypeId, sp: Span, what: &str) -> LResult<Value> {
        let to_s = self.p.strip(to);
        let from_s = self.p.strip(from);
        let tk = self.p.kind(to_s).clone();
        let fk = self.p.kind(from_s).clone();
        let ok = match (&tk, &fk) {
            (TypeKind::Int(_) | TypeKind::Float(_) | TypeKind::Enum(_) | TypeKind::Complex(_) | TypeKind::ComplexInt(_), _) => {
                self.p.is_arith(from) || (matches!(tk, TypeKind::Int(IKind::Bool)) && self.p.is_ptr(from))
                    || (self.p.is_ptr(from) && self.p.is_integer(to))
            }
            (TypeKind::Ptr(_), TypeKind::Ptr(_)) => true,
            (TypeKind::Ptr(_), TypeKind::Int(_) | TypeKind::Enum(_)) => true,
            (TypeKind::Comp(a), TypeKind::Comp(b)) => {
                if a == b {
                    true
                } else if !self.p.comps[*a].is_struct && self.has_transparent_member(*a, from) {
                    true
                } else {
                    false
                }
            }
            (TypeKind::VaList, TypeKind::VaList) => true,
            (TypeKind::VaList, TypeKind::Ptr(_)) => true,
            (TypeKind::Vector { .. }, TypeKind::Vector { .. }) => true,
            (TypeKind::Void, _) => false,
            _ => false,
        };
        if !ok {
            return Err(self.err(
                sp,
                format!("incompatible types when {what}: `{}` from `{}`", self.type_str(to), self.type_str(from)),
            ));
        }
        if let (TypeKind::Comp(a), TypeKind::Comp(b)) = (&tk, &fk) {
            if a != b {
                // Transparent union argument: build the union.
                let t = self.temp(to);
                let fname = self.transparent_member_name(*a, from);
                let dst = self.extend_path(Value::var(t), to, &[PathStep::Field(fname)], sp);
                self.emit(StmtKind::UnOp { dst, op: UnOp::Identity, a: v }, sp);
                return Ok(Value::var(t));
            }
            return Ok(v);
        }
        if matches!(tk, TypeKind::VaList) {
            return Ok(v);
        }
        Ok(self.convert(v, from, to))
    }

    fn has_transparent_member(&mut self, u: CompId, from: TypeId) -> bool {
        if !self.p.has_attr(self.p.comps[u].attrs, "transparent_union") {
            return false;
        }
        let fields: Vec<TypeId> = self.p.comps[u].fields.iter().map(|f| f.ty).collect();
        fields.into_iter().any(|ft| self.same_type(ft, from) || self.p.is_ptr(ft) && self.p.is_ptr(from))
    }

    fn transparent_member_name(&mut self, u: CompId, from: TypeId) -> Name {
        let fields: Vec<(Option<Name>, TypeId)> = self.p.comps[u].fields.iter().map(|f| (f.name, f.ty)).collect();
        for (n, ft) in &fields {
            if self.same_type(*ft, from) {
                return n.unwrap_or_else(|| self.p.name(""));
            }
        }
        fields[0].0.unwrap_or_else(|| self.p.name(""))
    }

    // ---- sizeof, alignof, offsetof, va_arg ----------------------------------------------------

    fn sizeof_type(&mut self, tn: &Node<ast::TypeName>, sp: Span) -> LResult<Ex> {
        let ty = self.type_name(tn)?;
        self.sizeof_ty(ty, sp)
    }

    pub(crate) fn sizeof_ty(&mut self, ty: TypeId, sp: Span) -> LResult<Ex> {
        let ul = self.p.int_ty(IKind::ULong);
        if self.p.is_vm(ty) && self.p.is_array(ty) {
            let v = self.vla_size(ty, sp)?;
            return Ok(Ex::val(v, ul));
        }
        match self.p.size_of(ty) {
            Some(n) => Ok(Ex::val(Value::int(IKind::ULong, n as i128), ul)),
            None => Err(self.err(sp, format!("invalid application of `sizeof` to incomplete type `{}`", self.type_str(ty)))),
        }
    }

    /// The run-time size of a variably modified array type.
    pub(crate) fn vla_size(&mut self, ty: TypeId, sp: Span) -> LResult<Value> {
        match self.p.skind(ty).clone() {
            TypeKind::Array { elem, len } => {
                let es = self.vla_size(elem, sp)?;
                let n = match len {
                    ArrayLen::Const(n) => Value::int(IKind::ULong, n as i128),
                    ArrayLen::Var(v) => {
                        let vt = self.p.vars[v].ty;
                        let ul = self.p.int_ty(IKind::ULong);
                        self.convert(Value::var(v), vt, ul)
                    }
                    _ => return Err(self.err(sp, "size of array with unknown length")),
                };
                if let (Some((_, a)), Some((_, b))) = (n.as_int(), es.as_int()) {
                    return Ok(Value::int(IKind::ULong, a.wrapping_mul(b)));
                }
                if self.f.is_none() || self.unevaluated > 0 && self.f.is_none() {
                    return Err(self.err(sp, "variable length array size outside a function"));
                }
                let ul = self.p.int_ty(IKind::ULong);
                let t = self.temp(ul);
                self.emit(StmtKind::BinOp { dst: Value::var(t), op: BinOp::Mul, a: n, b: es }, sp);
                Ok(Value::var(t))
            }
            _ => match self.p.size_of(ty) {
                Some(n) => Ok(Value::int(IKind::ULong, n as i128)),
                None => Err(self.err(sp, format!("invalid application of `sizeof` to incomplete type `{}`", self.type_str(ty)))),
            },
        }
    }

    fn sizeof_expr(&mut self, e: &Node<ast::Expression>, sp: Span) -> LResult<Ex> {
        // Bit-fields are not allowed.
        self.unevaluated += 1;
        let (r, _) = self.scratch(|lw| lw.expr(e));
        self.unevaluated -= 1;
        let ex = r?;
        let ty = match &ex {
            Ex::Val { v, ty, .. } => {
                if self.bitfield_width(v).is_some() {
                    return Err(self.err(sp, "`sizeof` applied to a bit-field"));
                }
                *ty
            }
            Ex::Cond { .. } => self.p.int_ty(IKind::Int),
            Ex::Void => self.p.void_ty(),
        };
        self.sizeof_ty(ty, sp)
    }

    fn real_imag(&mut self, e: &Node<ast::Expression>, real: bool, sp: Span) -> LResult<Ex> {
        let ex = self.expr(e)?;
        let (v, ty, lv) = match ex {
            Ex::Val { v, ty, lv } => (v, ty, lv),
            other => {
                let (v, t) = self.rval(other, sp)?;
                (v, t, false)
            }
        };
        match self.p.complex_elem(ty) {
            // `__real__ z` of a complex object is an lvalue.
            Some(et) if lv && v.is_lval() => {
                let q = self.p.quals_deep(ty);
                let rt = self.p.qualified(et, q);
                let step = if real { PathStep::Real } else { PathStep::Imag };
                let v = self.extend_path(v, ty, &[step], sp);
                Ok(Ex::Val { v, ty: rt, lv: true })
            }
            Some(et) => {
                let t = self.temp(et);
                self.emit(
                    StmtKind::UnOp { dst: Value::var(t), op: if real { UnOp::Real } else { UnOp::Imag }, a: v },
                    sp,
                );
                Ok(Ex::val(Value::var(t), et))
            }
            _ if self.p.is_arith(ty) => {
                if real {
                    let (v, t) = self.rval(Ex::Val { v, ty, lv }, sp)?;
                    Ok(Ex::val(v, t))
                } else {
                    let t = self.p.unqualified(ty);
                    let z = self.zero_of(t);
                    Ok(Ex::val(z, t))
                }
            }
            _ => Err(self.err(sp, "wrong type argument to `__real__`/`__imag__`")),
        }
    }

    fn offsetof(&mut self, o: &Node<ast::OffsetOfExpression>, sp: Span) -> LResult<Ex> {
        let ty = self.type_name(&o.node.type_name)?;
        let mut cur = ty;
        let mut off: u64 = 0;
        let step = |lw: &mut Self, cur: &mut TypeId, name: &str, nsp: Span| -> LResult<u64> {
            let mut off = 0u64;
            let Some(cid) = lw.p.comp_of(*cur) else {
                return Err(lw.err(nsp, "`offsetof` into something that is not a structure or union"));
            };
            let n = lw.p.name(name);
            let Some((fty, idxs)) = lw.p.find_field(cid, n) else {
                return Err(lw.err(nsp, format!("no member named `{name}`")));
            };
            let mut c = cid;
            for (k, &i) in idxs.iter().enumerate() {
                let fl = lw.p.field_layout(c, i).expect("field");
                if fl.bitwidth.is_some() {
                    return Err(lw.err(nsp, "`offsetof` of a bit-field"));
                }
                off += fl.offset;
                if k + 1 < idxs.len() {
                    c = lw.p.comp_of(lw.p.comps[c].fields[i].ty).expect("anonymous member");
                }
            }
            *cur = fty;
            Ok(off)
        };
        let base = &o.node.designator.node.base;
        off += step(self, &mut cur, &base.node.name, self.span(base))?;
        for m in &o.node.designator.node.members {
            match &m.node {
                ast::OffsetMember::Member(id) => off += step(self, &mut cur, &id.node.name, self.span(id))?,
                ast::OffsetMember::IndirectMember(id) => {
                    return Err(self.err(self.span(id), "`->` in `offsetof` designator"));
                }
                ast::OffsetMember::Index(e) => {
                    let (i, _) = self.const_int(e)?;
                    let Some(elem) = self.p.array_elem(cur) else {
                        return Err(self.err(self.span(e), "subscript in `offsetof` of a non-array"));
                    };
                    let es = self.p.size_of(elem).unwrap_or(0);
                    off = off.wrapping_add((i as u64).wrapping_mul(es));
                    cur = elem;
                }
            }
        }
        let _ = sp;
        let ul = self.p.int_ty(IKind::ULong);
        Ok(Ex::val(Value::int(IKind::ULong, off as i128), ul))
    }

    fn va_arg(&mut self, va: &Node<ast::VaArgExpression>, sp: Span) -> LResult<Ex> {
        let ex = self.expr(&va.node.va_list)?;
        let ap = match ex {
            Ex::Val { v, .. } => v,
            _ => return Err(self.err(sp, "first argument to `va_arg` is not a `va_list`")),
        };
        let ty = self.type_name(&va.node.type_name)?;
        let b = self.p.builtin("__builtin_va_arg");
        let t = self.temp(ty);
        self.emit(
            StmtKind::Call {
                dst: Some(Value::var(t)),
                target: Value::new(ValueKind::Builtin(b)),
                args: vec![ap, Value::new(ValueKind::Type(ty))],
            },
            sp,
        );
        let ut = self.p.unqualified(ty);
        Ok(Ex::val(Value::var(t), ut))
    }

    /// The bit-field width of the member a value designates, if it is a bit-field.
    pub(crate) fn bitfield_width(&mut self, v: &Value) -> Option<u32> {
        self.p.value_bitfield(v)
    }

    // ---- unary --------------------------------------------------------------------------------

    fn unary(&mut self, u: &Node<ast::UnaryOperatorExpression>, used: bool, sp: Span) -> LResult<Ex> {
        use ast::UnaryOperator as U;
        let op = &u.node.operator.node;
        let osp = self.span(&u.node.operand);
        match op {
            U::Address => {
                if self.mark_at(u) == Some(Mark::LabelAddr) {
                    if let ast::Expression::Identifier(id) = &u.node.operand.node {
                        let n = self.p.name(&id.node.name);
                        let s = self.user_label_stmt(n, osp)?;
                        let vp = self.p.void_ty();
                        let vp = self.p.ptr_to(vp);
                        return Ok(Ex::val(Value::new(ValueKind::LabelAddr(s)), vp));
                    }
                }
                let ex = self.expr(&u.node.operand)?;
                self.address_of(ex, osp, sp)
            }
            U::Indirection => {
                let ex = self.expr(&u.node.operand)?;
                let (v, ty) = self.rval(ex, osp)?;
                let Some(pointee) = self.p.pointee(ty) else {
                    return Err(self.err(sp, format!("indirection requires pointer operand (`{}` invalid)", self.type_str(ty))));
                };
                if self.p.is_void(pointee) && self.unevaluated == 0 {
                    // `*(void *)p` is only valid as a discarded expression.
                    let v = self.mem_of(v, ty, sp);
                    return Ok(Ex::Val { v, ty: pointee, lv: false });
                }
                let v = self.mem_of(v, ty, sp);
                let lv = !self.p.is_func(pointee);
                Ok(Ex::Val { v, ty: pointee, lv })
            }
            U::Plus | U::Minus | U::Complement => {
                let ex = self.expr(&u.node.operand)?;
                let bw = if let Ex::Val { v, .. } = &ex { self.bitfield_width(v) } else { None };
                let (v, ty) = self.rval(ex, osp)?;
                let ok = if *op == U::Complement {
                    self.p.is_integer(ty)
                        || matches!(self.p.skind(ty), TypeKind::Complex(_) | TypeKind::ComplexInt(_) | TypeKind::Vector { .. })
                } else {
                    self.p.is_arith(ty) || matches!(self.p.skind(ty), TypeKind::Vector { .. })
                };
                if !ok {
                    return Err(self.err(sp, format!("invalid argument type `{}` to unary expression", self.type_str(ty))));
                }
                let pt = self.promote(ty, bw);
                let v = self.convert(v, ty, pt);
                if *op == U::Plus {
                    // `+x` is not an lvalue: copy lvalues.
                    if v.is_lval() {
                        let t = self.temp(pt);
                        self.emit(StmtKind::UnOp { dst: Value::var(t), op: UnOp::Identity, a: v }, sp);
                        return Ok(Ex::val(Value::var(t), pt));
                    }
                    return Ok(Ex::val(v, pt));
                }
                let uop = if *op == U::Minus { UnOp::Neg } else { UnOp::BNot };
                if let Some((k, bits)) = v.as_int() {
                    let r = if uop == UnOp::Neg { k.wrap(bits.wrapping_neg()) } else { k.wrap(!bits) };
                    return Ok(Ex::val(Value::int(k, r), pt));
                }
                if uop == UnOp::Neg {
                    if let ValueKind::Float(f) = v.kind {
                        if v.cast.is_none() {
                            let fd = self.p.floats[f].clone();
                            let text = fd.text.as_ref().map(|t| format!("-{t}").into_boxed_str());
                            let nf = self.p.floats.push(FloatData {
                                fkind: fd.fkind,
                                value: -fd.value,
                                text,
                                imaginary: fd.imaginary,
                                complex_int: fd.complex_int,
                            });
                            return Ok(Ex::val(Value::new(ValueKind::Float(nf)), pt));
                        }
                    }
                }
                let t = self.temp(pt);
                self.emit(StmtKind::UnOp { dst: Value::var(t), op: uop, a: v }, sp);
                self.normalize_bitint(t, pt, sp);
                Ok(Ex::val(Value::var(t), pt))
            }
            U::Negate => {
                let ex = self.expr(&u.node.operand)?;
                if let Ex::Val { v, .. } = &ex {
                    if let Some((_, bits)) = v.as_int() {
                        let it = self.p.int_ty(IKind::Int);
                        return Ok(Ex::val(Value::int(IKind::Int, (bits == 0) as i128), it));
                    }
                }
                let (t, f) = self.to_cond(ex, osp)?;
                Ok(Ex::Cond { t: f, f: t })
            }
            U::PreIncrement | U::PreDecrement | U::PostIncrement | U::PostDecrement => {
                let inc = matches!(op, U::PreIncrement | U::PostIncrement);
                let post = matches!(op, U::PostIncrement | U::PostDecrement);
                let ex = self.expr(&u.node.operand)?;
                self.incdec(ex, inc, post && used, osp, sp)
            }
        }
    }

    pub(crate) fn address_of(&mut self, ex: Ex, osp: Span, sp: Span) -> LResult<Ex> {
        let (v, ty, lv) = match ex {
            Ex::Val { v, ty, lv } => (v, ty, lv),
            _ => return Err(self.err(sp, "cannot take the address of an rvalue")),
        };
        let is_fn = self.p.is_func(ty);
        if let ValueKind::Str(_) = v.kind {
            // `&"abc"`: a pointer to the array.
            let pt = self.p.ptr_to(ty);
            let t = self.temp(pt);
            self.emit(StmtKind::UnOp { dst: Value::var(t), op: UnOp::AddrOf, a: v }, sp);
            return Ok(Ex::val(Value::var(t), pt));
        }
        if !lv && !is_fn && !(v.is_lval() && self.p.is_comp(ty)) {
            return Err(self.err(osp, "cannot take the address of an rvalue"));
        }
        if !v.is_lval() && !is_fn {
            return Err(self.err(osp, "cannot take the address of an rvalue"));
        }
        if self.bitfield_width(&v).is_some() {
            return Err(self.err(osp, "cannot take the address of a bit-field"));
        }
        if let Some(b) = v.base_var() {
            if self.p.vars[b].storage == Storage::Register && matches!(v.kind, ValueKind::Var { .. }) {
                return Err(self.err(osp, "address of register variable requested"));
            }
            if matches!(v.kind, ValueKind::Var { .. }) {
                self.p.vars[b].flags.addr_taken = true;
            }
        }
        let pt = self.p.ptr_to(ty);
        // `&*p` is `p`.
        if let ValueKind::Mem { var, path: None } = v.kind {
            let vt = self.p.vars[var].ty;
            let vt_u = self.p.unqualified(vt);
            if self.same_type(vt_u, pt) {
                return Ok(Ex::val(Value::var(var), vt_u));
            }
            return Ok(Ex::val(Value::var(var).with_cast(pt), pt));
        }
        let t = self.temp(pt);
        self.emit(StmtKind::UnOp { dst: Value::var(t), op: UnOp::AddrOf, a: v }, sp);
        Ok(Ex::val(Value::var(t), pt))
    }

    fn incdec(&mut self, ex: Ex, inc: bool, want_old: bool, osp: Span, sp: Span) -> LResult<Ex> {
        let (v, ty) = match ex {
            Ex::Val { v, ty, lv: true } => (v, ty),
            _ => return Err(self.err(osp, "expression is not assignable")),
        };
        self.check_assignable(&v, ty, osp)?;
        let uty = self.p.unqualified(ty);
        let bw = self.bitfield_width(&v);
        let op = if inc { BinOp::Plus } else { BinOp::Minus };
        if self.p.is_ptr(uty) {
            let pointee = self.p.pointee(uty).unwrap();
            if self.p.size_of(pointee).is_none() && !self.p.is_void(pointee) && !self.p.is_vm(pointee) {
                return Err(self.err(osp, "arithmetic on a pointer to an incomplete type"));
            }
            let old = if want_old {
                let t = self.temp(uty);
                self.emit(StmtKind::UnOp { dst: Value::var(t), op: UnOp::Identity, a: v }, sp);
                Some(Value::var(t))
            } else {
                None
            };
            let src = old.unwrap_or(v);
            let n = self.temp(uty);
            self.emit(StmtKind::BinOp { dst: Value::var(n), op, a: src, b: Value::int(IKind::Long, 1) }, sp);
            self.emit(StmtKind::UnOp { dst: v, op: UnOp::Identity, a: Value::var(n) }, sp);
            return Ok(Ex::val(if want_old { src } else { Value::var(n) }, uty));
        }
        if !self.p.is_arith(uty) {
            return Err(self.err(osp, format!("cannot increment value of type `{}`", self.type_str(uty))));
        }
        // old = v; new = (T)(promoted(old) + 1); v = new
        let old = if want_old {
            let t = self.temp(uty);
            self.emit(StmtKind::UnOp { dst: Value::var(t), op: UnOp::Identity, a: v }, sp);
            Some(Value::var(t))
        } else {
            None
        };
        let src = old.unwrap_or(v);
        let is_bool = self.p.int_kind(uty) == Some(IKind::Bool);
        let pt = if is_bool { self.p.int_ty(IKind::Int) } else { self.promote(uty, bw) };
        let pt = if self.p.is_integer(uty) { pt } else { uty };
        let int_t = self.p_int();
        let one = self.convert(Value::int(IKind::Int, 1), int_t, pt);
        let a = self.convert(src, uty, pt);
        let n = self.temp(pt);
        self.emit(StmtKind::BinOp { dst: Value::var(n), op, a, b: one }, sp);
        self.normalize_bitint(n, pt, sp);
        let nv = self.convert(Value::var(n), pt, uty);
        if nv == Value::var(n) && pt == uty {
            self.emit(StmtKind::UnOp { dst: v, op: UnOp::Identity, a: nv }, sp);
            return Ok(Ex::val(if want_old { src } else { Value::var(n) }, uty));
        }
        // Store through a temp of the lvalue's type so the value of `++x` is the stored one.
        let nt = self.temp(uty);
        self.emit(StmtKind::UnOp { dst: Value::var(nt), op: UnOp::Identity, a: nv }, sp);
        self.emit(StmtKind::UnOp { dst: v, op: UnOp::Identity, a: Value::var(nt) }, sp);
        Ok(Ex::val(if want_old { src } else { Value::var(nt) }, uty))
    }

    pub(crate) fn p_int(&mut self) -> TypeId {
        self.p.int_ty(IKind::Int)
    }

    fn check_assignable(&mut self, v: &Value, ty: TypeId, sp: Span) -> LResult<()> {
        if !v.is_lval() {
            return Err(self.err(sp, "expression is not assignable"));
        }
        if self.p.is_array(ty) {
            return Err(self.err(sp, "array type is not assignable"));
        }
        if self.p.is_func(ty) {
            return Err(self.err(sp, "function is not assignable"));
        }
        if self.p.quals_deep(ty).has(Quals::CONST) && self.unevaluated == 0 {
            return Err(self.err(sp, "cannot assign to a variable of const-qualified type"));
        }
        if let Some(c) = self.p.comp_of(ty) {
            if self.comp_has_const_member(c, 0) {
                return Err(self.err(sp, "cannot assign to a structure with a const-qualified member"));
            }
        }
        Ok(())
    }

    pub(crate) fn comp_has_const_member(&mut self, c: CompId, depth: u32) -> bool {
        if depth > 32 {
            return false;
        }
        let fields: Vec<TypeId> = self.p.comps[c].fields.iter().map(|f| f.ty).collect();
        for ft in fields {
            if self.p.quals_deep(ft).has(Quals::CONST) {
                return true;
            }
            if let Some(sub) = self.p.comp_of(ft) {
                if self.comp_has_const_member(sub, depth + 1) {
                    return true;
                }
            }
        }
        false
    }

    // ---- casts --------------------------------------------------------------------------------

    fn cast_expr(&mut self, c: &Node<ast::CastExpression>, sp: Span) -> LResult<Ex> {
        let to = self.type_name(&c.node.type_name)?;
        if self.p.is_void(to) {
            self.expr_discard(&c.node.expression)?;
            return Ok(Ex::Void);
        }
        let ex = self.expr(&c.node.expression)?;
        let esp = self.span(&c.node.expression);
        // GNU cast to union.
        if let Some(cid) = self.p.comp_of(to) {
            let (v, from) = self.rval(ex, esp)?;
            if self.p.comp_of(from) == Some(cid) {
                return Ok(Ex::val(v, from));
            }
            if self.p.comps[cid].is_struct {
                return Err(self.err(sp, "conversion to non-scalar type requested"));
            }
            let fields: Vec<(Option<Name>, TypeId)> = self.p.comps[cid].fields.iter().map(|f| (f.name, f.ty)).collect();
            for (n, ft) in fields {
                let fu = self.p.unqualified(ft);
                if self.same_type(fu, from) {
                    let Some(n) = n else { continue };
                    let t = self.temp(to);
                    let dst = self.extend_path(Value::var(t), to, &[PathStep::Field(n)], sp);
                    self.emit(StmtKind::UnOp { dst, op: UnOp::Identity, a: v }, sp);
                    let tu = self.p.unqualified(to);
                    return Ok(Ex::val(Value::var(t), tu));
                }
            }
            return Err(self.err(sp, "cast to union type from type not present in union"));
        }
        let (v, from) = self.rval(ex, esp)?;
        if !self.p.is_scalar(to) && !matches!(self.p.skind(to), TypeKind::Vector { .. }) {
            return Err(self.err(sp, format!("conversion to non-scalar type `{}` requested", self.type_str(to))));
        }
        if !self.p.is_scalar(from) && !matches!(self.p.skind(from), TypeKind::Vector { .. }) {
            return Err(self.err(sp, format!("cannot convert a value of type `{}` to `{}`", self.type_str(from), self.type_str(to))));
        }
        if self.p.is_ptr(to) && self.p.float_kind(from).is_some() || self.p.is_ptr(from) && self.p.float_kind(to).is_some() {
            return Err(self.err(sp, "cannot convert between pointer and floating type"));
        }
        let tu = self.p.unqualified(to);
        let v2 = self.convert(v, from, tu);
        // A cast always yields an rvalue, even `(int)x` when x is already int.
        if v2.is_lval() && v2 == v {
            let v3 = v2.with_cast(tu);
            return Ok(Ex::val(v3, tu));
        }
        Ok(Ex::val(v2, tu))
    }

    // ---- binary -------------------------------------------------------------------------------

    fn binary(&mut self, b: &Node<ast::BinaryOperatorExpression>, used: bool, sp: Span) -> LResult<Ex> {
        use ast::BinaryOperator as B;
        let op = &b.node.operator.node;
        let lsp = self.span(&b.node.lhs);
        let rsp = self.span(&b.node.rhs);
        match op {
            B::Index => self.subscript(&b.node.lhs, &b.node.rhs, sp),
            B::LogicalAnd | B::LogicalOr => {
                let and = *op == B::LogicalAnd;
                let l = self.expr(&b.node.lhs)?;
                // Constant left operand.
                if let Ex::Val { v, .. } = &l {
                    if let Some((_, bits)) = v.as_int() {
                        let it = self.p.int_ty(IKind::Int);
                        if and && bits == 0 {
                            return Ok(Ex::val(Value::int(IKind::Int, 0), it));
                        }
                        if !and && bits != 0 {
                            return Ok(Ex::val(Value::int(IKind::Int, 1), it));
                        }
                        let r = self.expr(&b.node.rhs)?;
                        if let Ex::Val { v, .. } = &r {
                            if let Some((_, rb)) = v.as_int() {
                                return Ok(Ex::val(Value::int(IKind::Int, (rb != 0) as i128), it));
                            }
                        }
                        let (t, f) = self.to_cond(r, rsp)?;
                        return Ok(Ex::Cond { t, f });
                    }
                }
                let (lt, lf) = self.to_cond(l, lsp)?;
                if and {
                    self.place_jumps(lt);
                    let r = self.expr(&b.node.rhs)?;
                    let (rt, mut rf) = self.to_cond(r, rsp)?;
                    rf.extend(lf);
                    Ok(Ex::Cond { t: rt, f: rf })
                } else {
                    self.place_jumps(lf);
                    let r = self.expr(&b.node.rhs)?;
                    let (mut rt, rf) = self.to_cond(r, rsp)?;
                    rt.extend(lt);
                    Ok(Ex::Cond { t: rt, f: rf })
                }
            }
            B::Less | B::Greater | B::LessOrEqual | B::GreaterOrEqual | B::Equals | B::NotEquals => {
                let cop = match op {
                    B::Less => CondOp::Lt,
                    B::Greater => CondOp::Gt,
                    B::LessOrEqual => CondOp::Le,
                    B::GreaterOrEqual => CondOp::Ge,
                    B::Equals => CondOp::Eq,
                    _ => CondOp::Ne,
                };
                let l = self.expr(&b.node.lhs)?;
                let (lv, lt) = self.rval(l, lsp)?;
                let r = self.expr(&b.node.rhs)?;
                let (rv, rt) = self.rval(r, rsp)?;
                self.compare(cop, lv, lt, rv, rt, sp)
            }
            B::Assign => {
                let l = self.expr(&b.node.lhs)?;
                let (dst, dty) = match l {
                    Ex::Val { v, ty, lv: true } => (v, ty),
                    _ => return Err(self.err(lsp, "expression is not assignable")),
                };
                self.check_assignable(&dst, dty, lsp)?;
                let r = self.expr(&b.node.rhs)?;
                let (rv, rt) = self.rval(r, rsp)?;
                let v = self.assign_convert(rv, rt, dty, rsp, "assigning")?;
                self.store(dst, dty, v, used, sp)
            }
            B::Multiply | B::Divide | B::Modulo | B::Plus | B::Minus | B::ShiftLeft | B::ShiftRight | B::BitwiseAnd
            | B::BitwiseXor | B::BitwiseOr => {
                let bop = arith_op(op);
                let l = self.expr(&b.node.lhs)?;
                let lbw = if let Ex::Val { v, .. } = &l { self.bitfield_width(v) } else { None };
                let (lv, lt) = self.rval(l, lsp)?;
                let r = self.expr(&b.node.rhs)?;
                let rbw = if let Ex::Val { v, .. } = &r { self.bitfield_width(v) } else { None };
                let (rv, rt) = self.rval(r, rsp)?;
                let (v, t) = self.arith(bop, lv, lt, lbw, rv, rt, rbw, sp)?;
                Ok(Ex::val(v, t))
            }
            _ => {
                // Compound assignment.
                let bop = arith_op(op);
                let l = self.expr(&b.node.lhs)?;
                let (dst, dty) = match l {
                    Ex::Val { v, ty, lv: true } => (v, ty),
                    _ => return Err(self.err(lsp, "expression is not assignable")),
                };
                self.check_assignable(&dst, dty, lsp)?;
                let lbw = self.bitfield_width(&dst);
                let r = self.expr(&b.node.rhs)?;
                let (rv, rt) = self.rval(r, rsp)?;
                let uty = self.p.unqualified(dty);
                let (res, res_ty) = self.arith(bop, dst, uty, lbw, rv, rt, None, sp)?;
                let v = self.assign_convert(res, res_ty, dty, sp, "assigning")?;
                self.store(dst, dty, v, used, sp)
            }
        }
    }

    /// A constant stored into a bit-field, truncated to the field's width (as the store would).
    pub(crate) fn fit_bitfield(&mut self, dst: &Value, dty: TypeId, v: Value) -> Value {
        let (Some(w), Some((k, bits))) = (self.bitfield_width(dst), v.as_int()) else { return v };
        if w == 0 || w >= 128 || v.cast.is_some() {
            return v;
        }
        let signed = self.p.int_kind(dty).is_some_and(|k| k.is_signed());
        let mask = (1i128 << w) - 1;
        let mut r = bits & mask;
        if signed && (r >> (w - 1)) & 1 == 1 {
            r -= 1i128 << w;
        }
        Value::int(k, r)
    }

    /// `dst = v` (v already converted); returns the value of the assignment expression.
    fn store(&mut self, dst: Value, dty: TypeId, v: Value, used: bool, sp: Span) -> LResult<Ex> {
        let v = self.fit_bitfield(&dst, dty, v);
        let uty = self.p.unqualified(dty);
        if !used || v.as_int().is_some() || matches!(v.kind, ValueKind::Float(_)) && v.cast.is_none() {
            self.emit(StmtKind::UnOp { dst, op: UnOp::Identity, a: v }, sp);
            if self.bitfield_width(&dst).is_some() && used {
                // The value of a bit-field assignment is the truncated value: re-read it.
                let t = self.temp(uty);
                self.emit(StmtKind::UnOp { dst: Value::var(t), op: UnOp::Identity, a: dst }, sp);
                return Ok(Ex::val(Value::var(t), uty));
            }
            return Ok(Ex::val(v, uty));
        }
        // Keep the stored value in a temp: the result is the value after conversion.
        let t = if let ValueKind::Var { var, path: None } = v.kind {
            if v.cast.is_none() && self.p.vars[var].flags.temp { var } else { self.copy_to_temp(v, uty, sp) }
        } else {
            self.copy_to_temp(v, uty, sp)
        };
        self.emit(StmtKind::UnOp { dst, op: UnOp::Identity, a: Value::var(t) }, sp);
        if self.bitfield_width(&dst).is_some() {
            let t2 = self.temp(uty);
            self.emit(StmtKind::UnOp { dst: Value::var(t2), op: UnOp::Identity, a: dst }, sp);
            return Ok(Ex::val(Value::var(t2), uty));
        }
        Ok(Ex::val(Value::var(t), uty))
    }

    pub(crate) fn copy_to_temp(&mut self, v: Value, ty: TypeId, sp: Span) -> VarId {
        let t = self.temp(ty);
        self.emit(StmtKind::UnOp { dst: Value::var(t), op: UnOp::Identity, a: v }, sp);
        t
    }

    /// An arithmetic binary operation with C's conversions; folds constants.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn arith(
        &mut self,
        op: BinOp,
        lv: Value,
        lt: TypeId,
        lbw: Option<u32>,
        rv: Value,
        rt: TypeId,
        rbw: Option<u32>,
        sp: Span,
    ) -> LResult<(Value, TypeId)> {
        let lp = self.p.is_ptr(lt);
        let rp = self.p.is_ptr(rt);
        // Pointer arithmetic.
        if (op == BinOp::Plus || op == BinOp::Minus) && (lp || rp) {
            if lp && rp {
                if op == BinOp::Plus {
                    return Err(self.err(sp, "invalid operands to binary `+` (two pointers)"));
                }
                let a = self.p.pointee(lt).unwrap();
                let b = self.p.pointee(rt).unwrap();
                let ua = self.p.unqualified(a);
                let ub = self.p.unqualified(b);
                if !self.compatible(ua, ub) {
                    return Err(self.err(
                        sp,
                        format!("`{}` and `{}` are not pointers to compatible types", self.type_str(lt), self.type_str(rt)),
                    ));
                }
                let lt_ = self.p.int_ty(IKind::Long);
                let t = self.temp(lt_);
                self.emit(StmtKind::BinOp { dst: Value::var(t), op: BinOp::Minus, a: lv, b: rv }, sp);
                return Ok((Value::var(t), lt_));
            }
            let (pv, pt, iv, it) = if lp { (lv, lt, rv, rt) } else { (rv, rt, lv, lt) };
            if !lp && op == BinOp::Minus {
                return Err(self.err(sp, "invalid operands to binary `-`"));
            }
            if !self.p.is_integer(it) {
                return Err(self.err(sp, format!("invalid operands to binary `{}` (`{}` and `{}`)", op.c_op(), self.type_str(lt), self.type_str(rt))));
            }
            let pointee = self.p.pointee(pt).unwrap();
            if self.p.size_of(pointee).is_none() && !self.p.is_void(pointee) && !self.p.is_vm(pointee) && !self.p.is_func(pointee) {
                return Err(self.err(sp, "arithmetic on a pointer to an incomplete type"));
            }
            let ipt = self.promote(it, None);
            let iv = self.convert(iv, it, ipt);
            let ptu = self.p.unqualified(pt);
            let t = self.temp(ptu);
            self.emit(StmtKind::BinOp { dst: Value::var(t), op, a: pv, b: iv }, sp);
            return Ok((Value::var(t), ptu));
        }
        let vec = matches!(self.p.skind(lt), TypeKind::Vector { .. }) || matches!(self.p.skind(rt), TypeKind::Vector { .. });
        if vec {
            let ty = if matches!(self.p.skind(lt), TypeKind::Vector { .. }) { lt } else { rt };
            let t = self.temp(ty);
            self.emit(StmtKind::BinOp { dst: Value::var(t), op, a: lv, b: rv }, sp);
            return Ok((Value::var(t), ty));
        }
        let int_only = matches!(op, BinOp::Mod | BinOp::Shl | BinOp::Shr | BinOp::BAnd | BinOp::BXor | BinOp::BOr);
        let ok = if int_only {
            self.p.is_integer(lt) && self.p.is_integer(rt)
        } else {
            self.p.is_arith(lt) && self.p.is_arith(rt)
        };
        if !ok {
            return Err(self.err(
                sp,
                format!("invalid operands to binary `{}` (have `{}` and `{}`)", op.c_op(), self.type_str(lt), self.type_str(rt)),
            ));
        }
        let (ty, lty, rty) = if matches!(op, BinOp::Shl | BinOp::Shr) {
            let a = self.promote(lt, lbw);
            let b = self.promote(rt, rbw);
            (a, a, b)
        } else {
            let lpt = self.promote(lt, lbw);
            let rpt = self.promote(rt, rbw);
            let c = self.usual_arith(lpt, rpt);
            (c, c, c)
        };
        let a = self.convert(lv, lt, lty);
        let b = self.convert(rv, rt, rty);
        // Fold integer constants.
        if let (Some((ka, x)), Some((_, y))) = (a.as_int(), b.as_int()) {
            if a.cast.is_none() && b.cast.is_none() {
                if let Some(r) = fold_int_binop(op, ka, x, y) {
                    return Ok((Value::int(ka, r), ty));
                }
            }
        }
        // Fold float and double constants.
        if let (ValueKind::Float(fa), ValueKind::Float(fb)) = (a.kind, b.kind) {
            if a.cast.is_none() && b.cast.is_none() {
                let (da, db) = (self.p.floats[fa].clone(), self.p.floats[fb].clone());
                if !da.imaginary && !db.imaginary && da.fkind == db.fkind && da.fkind.format_bits() <= 64 {
                    let k = da.fkind;
                    let r = if k.format_bits() == 32 {
                        let (x, y) = (da.value as f32, db.value as f32);
                        (match op {
                            BinOp::Plus => x + y,
                            BinOp::Minus => x - y,
                            BinOp::Mul => x * y,
                            BinOp::Div => x / y,
                            _ => f32::NAN,
                        }) as f64
                    } else {
                        let (x, y) = (da.value, db.value);
                        match op {
                            BinOp::Plus => x + y,
                            BinOp::Minus => x - y,
                            BinOp::Mul => x * y,
                            BinOp::Div => x / y,
                            _ => f64::NAN,
                        }
                    };
                    if matches!(op, BinOp::Plus | BinOp::Minus | BinOp::Mul | BinOp::Div) {
                        let f = self.p.float_const(k, r, None);
                        return Ok((Value::new(ValueKind::Float(f)), ty));
                    }
                }
            }
        }
        let t = self.temp(ty);
        self.emit(StmtKind::BinOp { dst: Value::var(t), op, a, b }, sp);
        self.normalize_bitint(t, ty, sp);
        Ok((Value::var(t), ty))
    }

    /// A comparison: converts operands and emits `if (a op b) goto T; goto F;`.
    pub(crate) fn compare(&mut self, op: CondOp, lv: Value, lt: TypeId, rv: Value, rt: TypeId, sp: Span) -> LResult<Ex> {
        let lp = self.p.is_ptr(lt);
        let rp = self.p.is_ptr(rt);
        let (a, b) = if lp || rp {
            let lnull = lv.as_int().is_some_and(|(_, x)| x == 0) && self.p.is_integer(lt);
            let rnull = rv.as_int().is_some_and(|(_, x)| x == 0) && self.p.is_integer(rt);
            if lp && rp {
                (lv, rv)
            } else if lp && (rnull || self.p.is_integer(rt)) {
                let r = self.convert(rv, rt, lt);
                (lv, r)
            } else if rp && (lnull || self.p.is_integer(lt)) {
                let l = self.convert(lv, lt, rt);
                (l, rv)
            } else {
                return Err(self.err(
                    sp,
                    format!("comparison between `{}` and `{}`", self.type_str(lt), self.type_str(rt)),
                ));
            }
        } else {
            if !self.p.is_arith(lt) || !self.p.is_arith(rt) {
                return Err(self.err(
                    sp,
                    format!("invalid operands to comparison (have `{}` and `{}`)", self.type_str(lt), self.type_str(rt)),
                ));
            }
            let lpt = self.promote(lt, None);
            let rpt = self.promote(rt, None);
            let c = self.usual_arith(lpt, rpt);
            let a = self.convert(lv, lt, c);
            let b = self.convert(rv, rt, c);
            if let (Some((k, x)), Some((_, y))) = (a.as_int(), b.as_int()) {
                if a.cast.is_none() && b.cast.is_none() {
                    let r = fold_int_cmp(op, k, x, y);
                    let it = self.p.int_ty(IKind::Int);
                    return Ok(Ex::val(Value::int(IKind::Int, r as i128), it));
                }
            }
            (a, b)
        };
        let c = self.emit(StmtKind::Cmp { op, a, b, target: None }, sp);
        let g = self.emit(StmtKind::Goto(None), sp);
        Ok(Ex::Cond { t: vec![c], f: vec![g] })
    }

    // ---- conditional --------------------------------------------------------------------------

    fn conditional(&mut self, c: &Node<ast::ConditionalExpression>, sp: Span) -> LResult<Ex> {
        let elvis = matches!(&c.node.then_expression.node,
            ast::Expression::Identifier(id) if id.node.name == crate::syntax::prescan::ELVIS);
        let csp = self.span(&c.node.condition);
        if elvis {
            // `a ?: b`: a evaluated once.
            let a = self.expr(&c.node.condition)?;
            let (av, at) = self.rval(a, csp)?;
            let av = if av.as_int().is_some() || matches!(av.kind, ValueKind::Float(_)) {
                av
            } else {
                Value::var(self.copy_to_temp(av, at, csp))
            };
            let (ct, cf) = self.to_cond(Ex::val(av, at), csp)?;
            return self.cond_arms(ct, cf, ArmSrc::Value(av, at), ArmSrc::Expr(&c.node.else_expression), sp);
        }
        let cond = self.expr(&c.node.condition)?;
        // Constant condition: only the chosen arm is evaluated (the other only for its type).
        if let Ex::Val { v, .. } = &cond {
            if let Some((_, bits)) = v.as_int() {
                let (chosen, other) = if bits != 0 {
                    (&c.node.then_expression, &c.node.else_expression)
                } else {
                    (&c.node.else_expression, &c.node.then_expression)
                };
                let oty = self.type_of_arm(other)?;
                let ex = self.expr(chosen)?;
                let chosen_sp = self.span(chosen);
                if matches!(ex, Ex::Void) {
                    return Ok(Ex::Void);
                }
                let (v, t) = self.rval(ex, chosen_sp)?;
                let other_null = self.is_null_const_expr(other);
                let rty = if bits != 0 {
                    self.cond_result_type(t, oty, false, other_null, sp)?
                } else {
                    self.cond_result_type(oty, t, other_null, false, sp)?
                };
                let rty = match rty {
                    Some(r) => r,
                    None => return Ok(Ex::Void),
                };
                let v = if self.p.is_comp(rty) { v } else { self.convert(v, t, rty) };
                return Ok(Ex::val(v, rty));
            }
        }
        let (ct, cf) = self.to_cond(cond, csp)?;
        self.cond_arms(ct, cf, ArmSrc::Expr(&c.node.then_expression), ArmSrc::Expr(&c.node.else_expression), sp)
    }

    #[allow(dead_code)]
    fn is_null_const_expr(&mut self, e: &Node<ast::Expression>) -> bool {
        let nd = self.diags.len();
        self.unevaluated += 1;
        let (r, emitted) = self.scratch(|lw| lw.rvalue(e));
        self.unevaluated -= 1;
        // Speculative: the expression is lowered (and diagnosed) for real later.
        self.diags.truncate(nd);
        match r {
            Ok((v, t)) => {
                !emitted
                    && v.as_int().is_some_and(|(_, x)| x == 0)
                    && (self.p.is_integer(t) || (self.p.pointee(t).is_some_and(|p| self.p.is_void(p))))
            }
            Err(_) => false,
        }
    }

    fn type_of_arm(&mut self, e: &Node<ast::Expression>) -> LResult<TypeId> {
        let nd = self.diags.len();
        self.unevaluated += 1;
        let (r, _) = self.scratch(|lw| -> LResult<TypeId> {
            let ex = lw.expr(e)?;
            if matches!(ex, Ex::Void) {
                return Ok(lw.p.void_ty());
            }
            let sp = lw.span(e);
            Ok(lw.rval(ex, sp)?.1)
        });
        self.unevaluated -= 1;
        if r.is_ok() {
            // Warnings are reported when the arm is lowered for real.
            self.diags.truncate(nd);
        }
        r
    }

    /// The result type of `c ? a : b`; `None` for void.
    fn cond_result_type(&mut self, a: TypeId, b: TypeId, a_null: bool, b_null: bool, sp: Span) -> LResult<Option<TypeId>> {
        if self.p.is_void(a) || self.p.is_void(b) {
            return Ok(None);
        }
        if self.p.is_arith(a) && self.p.is_arith(b) {
            let pa = self.promote(a, None);
            let pb = self.promote(b, None);
            return Ok(Some(self.usual_arith(pa, pb)));
        }
        if self.p.is_comp(a) || self.p.is_comp(b) {
            let ca = self.p.comp_of(a);
            if ca.is_some() && ca == self.p.comp_of(b) {
                return Ok(Some(self.p.unqualified(a)));
            }
            return Err(self.err(sp, "type mismatch in conditional expression"));
        }
        let ap = self.p.is_ptr(a);
        let bp = self.p.is_ptr(b);
        if ap && bp {
            let pa = self.p.pointee(a).unwrap();
            let pb = self.p.pointee(b).unwrap();
            // Null pointer constant `(void *)0` takes the other type.
            if a_null {
                return Ok(Some(b));
            }
            if b_null {
                return Ok(Some(a));
            }
            let q = self.p.quals_deep(pa).union(self.p.quals_deep(pb));
            let target = if self.p.is_void(pa) || self.p.is_void(pb) {
                self.p.void_ty()
            } else {
                self.p.unqualified(pa)
            };
            let target = self.p.qualified(target, q);
            return Ok(Some(self.p.ptr_to(target)));
        }
        if ap && self.p.is_integer(b) {
            return Ok(Some(a));
        }
        if bp && self.p.is_integer(a) {
            return Ok(Some(b));
        }
        if matches!(self.p.skind(a), TypeKind::Vector { .. }) {
            return Ok(Some(a));
        }
        Err(self.err(
            sp,
            format!("type mismatch in conditional expression (`{}` and `{}`)", self.type_str(a), self.type_str(b)),
        ))
    }

    /// The arms of a conditional: each is lowered once, in place; the joins are placeholders
    /// filled with the conversion to the result type once both arm types are known.
    fn cond_arms(&mut self, ct: Vec<StmtId>, cf: Vec<StmtId>, then: ArmSrc<'_>, els: ArmSrc<'_>, sp: Span) -> LResult<Ex> {
        let end = self.new_label();
        self.place_jumps(ct);
        let a = self.arm_value(then, sp)?;
        let h1 = self.emit(StmtKind::Nop, sp);
        self.goto(end, sp);
        self.place_jumps(cf);
        let b = self.arm_value(els, sp)?;
        let h2 = self.emit(StmtKind::Nop, sp);
        self.place(end);
        let rty = match (&a, &b) {
            (Some(a), Some(b)) => self.cond_result_type(a.1, b.1, a.2, b.2, sp)?,
            _ => None,
        };
        let (Some(rty), Some(a), Some(b)) = (rty, a, b) else { return Ok(Ex::Void) };
        let tmp = self.temp(rty);
        self.fill_arm(h1, a, tmp, rty);
        self.fill_arm(h2, b, tmp, rty);
        Ok(Ex::val(Value::var(tmp), rty))
    }

    /// Lowers one arm: its value, type and whether it is a null pointer constant (`None`: void).
    fn arm_value(&mut self, src: ArmSrc<'_>, sp: Span) -> LResult<Option<(Value, TypeId, bool)>> {
        let (v, t) = match src {
            ArmSrc::Value(v, t) => (v, t),
            ArmSrc::Expr(e) => {
                let ex = self.expr(e)?;
                if matches!(ex, Ex::Void) {
                    return Ok(None);
                }
                let esp = self.span(e);
                self.rval(ex, esp)?
            }
        };
        let _ = sp;
        let is_null = v.as_int().is_some_and(|(_, x)| x == 0)
            && (self.p.is_integer(t) || self.p.pointee(t).is_some_and(|p| self.p.is_void(p)));
        Ok(Some((v, t, is_null)))
    }

    /// Turns the placeholder `h` into `tmp = (rty)v`.
    fn fill_arm(&mut self, h: StmtId, arm: (Value, TypeId, bool), tmp: VarId, rty: TypeId) {
        let (mut v, t, _) = arm;
        let mut h = h;
        if !self.p.is_comp(rty) {
            let ptr_const = v.as_int().is_some() && self.p.is_ptr(t) && self.p.is_ptr(rty);
            if v.cast.is_some() && !self.same_type(t, rty) && !ptr_const {
                // A value carries one cast: the placeholder (a jump target) becomes a copy,
                // and the store follows it.
                let ut = self.p.unqualified(t);
                let c = self.temp(ut);
                self.p.stmts[h].kind = StmtKind::UnOp { dst: Value::var(c), op: UnOp::Identity, a: v };
                let s = self.p.new_orphan_stmt(StmtKind::Nop, self.p.stmts[h].span);
                self.p.attach_after(h, s);
                h = s;
                v = Value::var(c);
            }
            v = self.convert(v, t, rty);
        }
        self.p.stmts[h].kind = StmtKind::UnOp { dst: Value::var(tmp), op: UnOp::Identity, a: v };
    }

    // ---- generic selection, compound literals, statement expressions -------------------------

    fn generic(&mut self, g: &Node<ast::GenericSelection>) -> LResult<Ex> {
        let sp = self.span(g);
        self.unevaluated += 1;
        let (r, _) = self.scratch(|lw| -> LResult<TypeId> {
            let ex = lw.expr(&g.node.expression)?;
            let esp = lw.span(&g.node.expression);
            Ok(lw.rval(ex, esp)?.1)
        });
        self.unevaluated -= 1;
        let cty = r?;
        let mut default = None;
        for a in &g.node.associations {
            match &a.node {
                ast::GenericAssociation::Type(t) => {
                    let ty = self.type_name(&t.node.type_name)?;
                    if self.compatible(cty, ty) {
                        return self.expr(&t.node.expression);
                    }
                }
                ast::GenericAssociation::Default(e) => default = Some(e),
            }
        }
        match default {
            Some(e) => self.expr(e),
            None => Err(self.err(
                sp,
                format!("controlling expression type `{}` not compatible with any generic association type", self.type_str(cty)),
            )),
        }
    }

    fn compound_literal(&mut self, cl: &Node<ast::CompoundLiteral>) -> LResult<Ex> {
        let sp = self.span(cl);
        let ty = self.type_name(&cl.node.type_name)?;
        let init = ast::Initializer::List(cl.node.initializer_list.clone());
        let init_node = Node::new(init, cl.span);
        if self.f.is_none() || self.scopes.at_file_scope() && self.f.is_none() {
            // File scope: an anonymous static object.
            let v = self.anon_static(ty, &init_node, sp)?;
            let vty = self.p.vars[v].ty;
            return Ok(Ex::Val { v: Value::var(v), ty: vty, lv: true });
        }
        let ty = self.complete_array_from_init(ty, &init_node)?;
        let mut d = VarData::new(None, ty);
        d.owner = self.code_owner();
        d.span = sp;
        let v = self.p.new_var(d);
        self.local_init(v, ty, &init_node, sp)?;
        Ok(Ex::Val { v: Value::var(v), ty, lv: true })
    }

    fn stmt_expr(&mut self, st: &Node<ast::Statement>, sp: Span) -> LResult<Ex> {
        let ast::Statement::Compound(items) = &st.node else {
            return Err(self.err(sp, "statement expression is not a compound statement"));
        };
        if self.f.is_none() {
            return Err(self.err(sp, "statement expression outside a function"));
        }
        self.scopes.push();
        self.open_vla_scope();
        let n = items.len();
        let mut result = Ok(Ex::Void);
        for (i, item) in items.iter().enumerate() {
            if i + 1 == n {
                if let ast::BlockItem::Statement(s) = &item.node {
                    // `lab: expr;` as the last statement: the label, then the value.
                    let mut s = s;
                    while let ast::Statement::Labeled(l) = &s.node {
                        if !matches!(s_expr_inner(&l.node.statement), Some(_)) {
                            break;
                        }
                        let _ = self.label_only(l);
                        s = &l.node.statement;
                    }
                    if let ast::Statement::Expression(Some(e)) = &s.node {
                        result = (|| {
                            let ex = self.expr(e)?;
                            if matches!(ex, Ex::Void) {
                                return Ok(Ex::Void);
                            }
                            let esp = self.span(e);
                            let (v, t) = self.rval(ex, esp)?;
                            // Copy: the block's objects are out of scope afterwards.
                            if v.as_int().is_some() || matches!(v.kind, ValueKind::Float(_) | ValueKind::Str(_)) {
                                return Ok(Ex::val(v, t));
                            }
                            let tmp = self.copy_to_temp(v, t, esp);
                            Ok(Ex::val(Value::var(tmp), t))
                        })();
                        break;
                    }
                }
            }
            self.block_item(item);
        }
        self.close_vla_scope(sp);
        self.scopes.pop();
        result
    }
}

/// The expression of an expression statement, looking through labels.
fn s_expr_inner(s: &Node<ast::Statement>) -> Option<&Node<ast::Expression>> {
    match &s.node {
        ast::Statement::Expression(Some(e)) => Some(e),
        ast::Statement::Labeled(l) => s_expr_inner(&l.node.statement),
        _ => None,
    }
}

/// Whether evaluating an expression may have side effects (calls, assignments, `++`, ...).
pub(crate) fn has_side_effects(e: &Node<ast::Expression>) -> bool {
    use ast::Expression as E;
    match &e.node {
        E::Identifier(_) | E::Constant(_) | E::StringLiteral(_) | E::SizeOfTy(_) | E::AlignOf(_) | E::OffsetOf(_) => false,
        E::SizeOfVal(_) => false,
        E::GenericSelection(g) => g.node.associations.iter().any(|a| match &a.node {
            ast::GenericAssociation::Type(t) => has_side_effects(&t.node.expression),
            ast::GenericAssociation::Default(d) => has_side_effects(d),
        }),
        E::Member(m) => has_side_effects(&m.node.expression),
        E::Call(_) | E::Statement(_) | E::VaArg(_) => true,
        E::CompoundLiteral(c) => c.node.initializer_list.iter().any(|i| init_has_side_effects(&i.node.initializer)),
        E::UnaryOperator(u) => {
            matches!(
                u.node.operator.node,
                ast::UnaryOperator::PreIncrement
                    | ast::UnaryOperator::PreDecrement
                    | ast::UnaryOperator::PostIncrement
                    | ast::UnaryOperator::PostDecrement
            ) || has_side_effects(&u.node.operand)
        }
        E::Cast(c) => has_side_effects(&c.node.expression),
        E::BinaryOperator(b) => {
            use ast::BinaryOperator as B;
            !matches!(
                b.node.operator.node,
                B::Index
                    | B::Multiply
                    | B::Divide
                    | B::Modulo
                    | B::Plus
                    | B::Minus
                    | B::ShiftLeft
                    | B::ShiftRight
                    | B::Less
                    | B::Greater
                    | B::LessOrEqual
                    | B::GreaterOrEqual
                    | B::Equals
                    | B::NotEquals
                    | B::BitwiseAnd
                    | B::BitwiseXor
                    | B::BitwiseOr
                    | B::LogicalAnd
                    | B::LogicalOr
            ) || has_side_effects(&b.node.lhs)
                || has_side_effects(&b.node.rhs)
        }
        E::Conditional(c) => {
            has_side_effects(&c.node.condition)
                || has_side_effects(&c.node.then_expression)
                || has_side_effects(&c.node.else_expression)
        }
        E::Comma(l) => l.iter().any(has_side_effects),
    }
}

fn init_has_side_effects(i: &Node<ast::Initializer>) -> bool {
    match &i.node {
        ast::Initializer::Expression(e) => has_side_effects(e),
        ast::Initializer::List(l) => l.iter().any(|x| init_has_side_effects(&x.node.initializer)),
    }
}

/// An arm of a conditional: an already computed value or an expression.
enum ArmSrc<'e> {
    Value(Value, TypeId),
    Expr(&'e Node<ast::Expression>),
}

fn arith_op(op: &ast::BinaryOperator) -> BinOp {
    use ast::BinaryOperator as B;
    match op {
        B::Multiply | B::AssignMultiply => BinOp::Mul,
        B::Divide | B::AssignDivide => BinOp::Div,
        B::Modulo | B::AssignModulo => BinOp::Mod,
        B::Plus | B::AssignPlus => BinOp::Plus,
        B::Minus | B::AssignMinus => BinOp::Minus,
        B::ShiftLeft | B::AssignShiftLeft => BinOp::Shl,
        B::ShiftRight | B::AssignShiftRight => BinOp::Shr,
        B::BitwiseAnd | B::AssignBitwiseAnd => BinOp::BAnd,
        B::BitwiseXor | B::AssignBitwiseXor => BinOp::BXor,
        _ => BinOp::BOr,
    }
}

/// The common type of two promoted integer kinds.
pub(crate) fn common_int(a: IKind, b: IKind) -> IKind {
    if a == b {
        return a;
    }
    if a.is_signed() == b.is_signed() {
        return if a.rank() >= b.rank() { a } else { b };
    }
    let (s, u) = if a.is_signed() { (a, b) } else { (b, a) };
    if u.rank() >= s.rank() {
        return u;
    }
    if s.size() > u.size() {
        return s;
    }
    s.to_unsigned()
}

/// Parses a C floating constant (decimal or hex) into the value of kind `k` (as f64).
pub(crate) fn parse_float(number: &str, hex: bool, k: FKind) -> Option<f64> {
    let s: String = number.chars().filter(|c| *c != '\'').collect();
    if hex {
        let body = s.trim_start_matches("0x").trim_start_matches("0X");
        let (mant, exp) = match body.find(['p', 'P']) {
            Some(i) => (&body[..i], body[i + 1..].parse::<i32>().ok()?),
            None => (body, 0),
        };
        let (ip, fp) = match mant.find('.') {
            Some(i) => (&mant[..i], &mant[i + 1..]),
            None => (mant, ""),
        };
        // Accumulate exactly in u128 as long as possible.
        let mut m: u128 = 0;
        let mut e2 = exp;
        let mut sticky = false;
        for c in ip.chars() {
            let d = c.to_digit(16)? as u128;
            if m >> 120 == 0 {
                m = m * 16 + d;
            } else {
                e2 += 4;
                sticky |= d != 0;
            }
        }
        for c in fp.chars() {
            let d = c.to_digit(16)? as u128;
            if m >> 120 == 0 {
                m = m * 16 + d;
                e2 -= 4;
            } else {
                sticky |= d != 0;
            }
        }
        return Some(if k.format_bits() == 32 { round_binary(m, e2, sticky, 24, -126) } else { round_binary(m, e2, sticky, 53, -1022) });
    }
    if k.format_bits() == 32 {
        return s.parse::<f32>().ok().map(|v| v as f64);
    }
    s.parse::<f64>().ok()
}

/// `m * 2^e2` (plus a sticky bit below `m`) rounded to nearest-even in a binary format with
/// `prec` significand bits and minimum normal exponent `emin` (gradual underflow included).
/// Exact in f64 for `prec` ≤ 53.
fn round_binary(m: u128, e2: i32, sticky: bool, prec: i32, emin: i32) -> f64 {
    if m == 0 {
        return 0.0;
    }
    let n = 128 - m.leading_zeros() as i32;
    let top = e2 + n - 1;
    // Significand bits the result can hold at this exponent.
    let keep = if top < emin { prec - (emin - top) } else { prec };
    let drop = n - keep;
    let (mut mant, mut exp) = (m, e2);
    if drop > 0 {
        let (shifted, rest_nonzero, half) = if drop > 128 {
            (0, true, false)
        } else if drop == 128 {
            (0, m << 1 != 0 || sticky, m >> 127 == 1)
        } else {
            let rest = m & ((1u128 << drop) - 1);
            let half = 1u128 << (drop - 1);
            (m >> drop, rest & (half - 1) != 0 || sticky, rest & half != 0)
        };
        mant = shifted;
        if half && (rest_nonzero || mant & 1 == 1) {
            mant += 1;
        }
        exp += drop;
    }
    // mant * 2^exp, exactly (mant has at most prec + 1 bits).
    let mut v = mant as f64;
    while exp > 0 {
        let s = exp.min(1000);
        v *= 2f64.powi(s);
        exp -= s;
    }
    while exp < 0 {
        let s = (-exp).min(1000);
        v *= 2f64.powi(-s);
        exp += s;
    }
    if prec == 24 { v as f32 as f64 } else { v }
}

/// Decodes a character constant (`'a'`, `L'x'`, `'\n'`, multi-char) from its source bytes.
pub(crate) fn decode_char_constant(raw: &[u8]) -> Option<(IKind, i128)> {
    let (kind, body) = split_prefix(raw)?;
    let body = body.strip_prefix(b"'")?.strip_suffix(b"'")?;
    let units = decode_escapes(body, kind)?;
    match kind {
        StrKind::Plain | StrKind::Utf8 => {
            if units.len() == 1 {
                // char is signed on x86-64.
                Some((IKind::Int, (units[0] as u8) as i8 as i128))
            } else {
                let mut v: i128 = 0;
                for u in &units {
                    v = (v << 8) | (*u as u8) as i128;
                }
                Some((IKind::Int, IKind::Int.wrap(v)))
            }
        }
        StrKind::Wide => Some((IKind::Int, *units.first()? as i32 as i128)),
        StrKind::Utf16 => Some((IKind::UShort, *units.first()? as u16 as i128)),
        StrKind::Utf32 => Some((IKind::UInt, *units.first()? as i128)),
    }
}

fn split_prefix(raw: &[u8]) -> Option<(StrKind, &[u8])> {
    Some(if let Some(r) = raw.strip_prefix(b"u8") {
        (StrKind::Utf8, r)
    } else if let Some(r) = raw.strip_prefix(b"L") {
        (StrKind::Wide, r)
    } else if let Some(r) = raw.strip_prefix(b"u") {
        (StrKind::Utf16, r)
    } else if let Some(r) = raw.strip_prefix(b"U") {
        (StrKind::Utf32, r)
    } else {
        (StrKind::Plain, raw)
    })
}

/// Decodes the pieces of a concatenated string literal; the result includes the NUL.
pub(crate) fn decode_string_literal(raw: &[u8]) -> Option<StrData> {
    let mut kind = StrKind::Plain;
    let mut pieces: Vec<(StrKind, &[u8])> = Vec::new();
    let mut i = 0;
    while i < raw.len() {
        let c = raw[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        if c == b'#' && (i == 0 || raw[i - 1] == b'\n') {
            // A linemarker between pieces.
            while i < raw.len() && raw[i] != b'\n' {
                i += 1;
            }
            continue;
        }
        let start = i;
        while i < raw.len() && raw[i] != b'"' {
            i += 1;
        }
        let (k, _) = split_prefix(&raw[start..i])?;
        if k != StrKind::Plain {
            kind = k;
        }
        i += 1;
        let bs = i;
        while i < raw.len() && raw[i] != b'"' {
            if raw[i] == b'\\' {
                i += 1;
            }
            i += 1;
        }
        pieces.push((k, raw.get(bs..i)?));
        i += 1;
    }
    let mut units = Vec::new();
    for (_, body) in pieces {
        units.extend(decode_escapes(body, kind)?);
    }
    units.push(0);
    Some(StrData { kind, units })
}

/// Decodes escapes and characters of a literal body into code units of `kind`.
fn decode_escapes(body: &[u8], kind: StrKind) -> Option<Vec<u32>> {
    let mut out = Vec::new();
    let mut i = 0;
    let push_cp = |out: &mut Vec<u32>, cp: u32| match kind {
        StrKind::Plain | StrKind::Utf8 => {
            let mut buf = [0u8; 4];
            if let Some(c) = char::from_u32(cp) {
                for b in c.encode_utf8(&mut buf).bytes() {
                    out.push(b as u32);
                }
            }
        }
        StrKind::Utf16 => {
            if let Some(c) = char::from_u32(cp) {
                let mut buf = [0u16; 2];
                for u in c.encode_utf16(&mut buf) {
                    out.push(*u as u32);
                }
            }
        }
        StrKind::Wide | StrKind::Utf32 => out.push(cp),
    };
    while i < body.len() {
        let c = body[i];
        if c == b'\\' {
            i += 1;
            let e = *body.get(i)?;
            i += 1;
            let v: u32 = match e {
                b'n' => 10,
                b't' => 9,
                b'r' => 13,
                b'a' => 7,
                b'b' => 8,
                b'f' => 12,
                b'v' => 11,
                b'e' | b'E' => 27,
                b'\\' => 92,
                b'\'' => 39,
                b'"' => 34,
                b'?' => 63,
                b'0'..=b'7' => {
                    let mut v = (e - b'0') as u32;
                    let mut k = 1;
                    while k < 3 && i < body.len() && (b'0'..=b'7').contains(&body[i]) {
                        v = v * 8 + (body[i] - b'0') as u32;
                        i += 1;
                        k += 1;
                    }
                    out.push(mask_unit(v, kind));
                    continue;
                }
                b'x' => {
                    let mut v: u64 = 0;
                    let s = i;
                    while i < body.len() && body[i].is_ascii_hexdigit() {
                        v = v.wrapping_mul(16) + (body[i] as char).to_digit(16)? as u64;
                        i += 1;
                    }
                    if i == s {
                        return None;
                    }
                    out.push(mask_unit(v as u32, kind));
                    continue;
                }
                b'u' | b'U' => {
                    let n = if e == b'u' { 4 } else { 8 };
                    let hex = std::str::from_utf8(body.get(i..i + n)?).ok()?;
                    let cp = u32::from_str_radix(hex, 16).ok()?;
                    i += n;
                    push_cp(&mut out, cp);
                    continue;
                }
                other => other as u32,
            };
            out.push(v);
            continue;
        }
        match kind {
            StrKind::Plain | StrKind::Utf8 => {
                out.push(c as u32);
                i += 1;
            }
            _ => {
                // Decode one UTF-8 character.
                let len = utf8_len(c);
                let s = std::str::from_utf8(body.get(i..i + len)?).ok();
                match s.and_then(|s| s.chars().next()) {
                    Some(ch) => push_cp(&mut out, ch as u32),
                    None => out.push(c as u32),
                }
                i += len.max(1);
            }
        }
    }
    Some(out)
}

fn utf8_len(b: u8) -> usize {
    match b {
        0x00..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf7 => 4,
        _ => 1,
    }
}

fn mask_unit(v: u32, kind: StrKind) -> u32 {
    match kind {
        StrKind::Plain | StrKind::Utf8 => v & 0xff,
        StrKind::Utf16 => v & 0xffff,
        _ => v,
    }
}

impl Reported {
    /// Helper so `?` can be used on `Option` in closures that report.
    pub fn into_err<T>(self) -> LResult<T> {
        Err(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_floats_round_like_strtod() {
        let d = |s: &str| parse_float(s, true, FKind::Double).unwrap();
        let f = |s: &str| parse_float(s, true, FKind::Float).unwrap();
        assert_eq!(d("0x1p-1074"), f64::from_bits(1));
        assert_eq!(d("0x1p-1075"), 0.0); // halfway to the smallest subnormal: even is 0
        assert_eq!(d("0x1.8p-1074"), f64::from_bits(2));
        assert_eq!(d("0x1.fffffffffffffp1023"), f64::MAX);
        assert_eq!(d("0x1.fffffffffffff8p1023"), f64::INFINITY);
        assert_eq!(d("0x1.00000000000008p0"), 1.0); // tie, rounds to even
        assert_eq!(d("0x1.00000000000018p0"), 1.0 + 2.0 * f64::EPSILON);
        assert_eq!(d("0x.8P+2"), 2.0);
        assert_eq!(f("0x1p-149"), f32::from_bits(1) as f64);
        assert_eq!(f("0x1.000001p0"), 1.0);
    }
}
