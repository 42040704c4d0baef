//! Constant expressions: integer constant expressions (array sizes, case labels, enum values,
//! bit-field widths) and the constant expressions of static initializers, including address
//! constants (`&x.a[3]`, `"abc" + 1`, function designators) that stay symbolic.
//!
//! Also the entry of `@` calls: argument marshalling is left to the `CtEval` hook.

use lang_c::ast;
use lang_c::span::Node;

use super::expr::Ex;
use super::scope::{Sym, Tag};
use super::{AtArg, AtCall, AtResult, LResult, Lowerer};
use crate::ir::consts::{Const, fold_int_binop, fold_int_cmp};
use crate::ir::*;

impl<'a> Lowerer<'a> {
    /// Evaluates an integer constant expression.
    pub(crate) fn const_int(&mut self, e: &Node<ast::Expression>) -> LResult<(i128, TypeId)> {
        let sp = self.span(e);
        let (r, emitted) = self.scratch(|lw| lw.rvalue(e));
        let (v, t) = r?;
        if !emitted {
            if let Some((_, bits)) = v.as_int() {
                if self.p.is_integer(t) {
                    return Ok((bits, t));
                }
            }
        }
        Err(self.err(sp, "expression is not an integer constant expression"))
    }

    /// A file-scope object for a compound literal at file scope (or in a static initializer).
    pub(crate) fn anon_static(&mut self, ty: TypeId, init: &Node<ast::Initializer>, sp: Span) -> LResult<VarId> {
        let ty = self.complete_array_from_init(ty, init)?;
        let mut d = VarData::new(None, ty);
        d.flags.global = true;
        d.flags.defined = true;
        d.storage = Storage::Static;
        d.span = sp;
        let v = self.p.new_var(d);
        self.anon_count += 1;
        let i = self.static_init(ty, init)?;
        self.p.vars[v].init = Some(i);
        self.p.globals.push(GlobalItem::Var(v));
        Ok(v)
    }

    /// A constant expression of a static initializer, converted to `to`.
    pub(crate) fn static_const(&mut self, e: &Node<ast::Expression>, to: TypeId) -> LResult<Const> {
        let (c, t) = self.sconst(e)?;
        let sp = self.span(e);
        self.const_convert(c, t, to, sp)
    }

    /// Converts a constant for assignment to `to`.
    fn const_convert(&mut self, c: Const, from: TypeId, to: TypeId, sp: Span) -> LResult<Const> {
        let to_u = self.p.unqualified(to);
        // Arrays and functions decay.
        let (c, from) = self.const_decay(c, from);
        if let Some(v) = self.const_as_value(&c) {
            let ok = self.p.is_arith(to) && self.p.is_arith(from)
                || self.p.is_ptr(to) && (self.p.is_integer(from) || self.p.is_ptr(from))
                || self.p.is_integer(to) && self.p.is_ptr(from);
            if !ok {
                return Err(self.err(sp, format!("incompatible types when initializing `{}` from `{}`", self.type_str(to), self.type_str(from))));
            }
            let v = self.convert(v, from, to_u);
            if let Some(c) = self.value_as_const(&v) {
                return Ok(c);
            }
        }
        let from_u = self.p.unqualified(from);
        if from_u == to_u || self.same_type(from_u, to_u) {
            return Ok(c);
        }
        if !(self.p.is_scalar(to) && self.p.is_scalar(from)) {
            return Err(self.err(sp, format!("incompatible types when initializing `{}` from `{}`", self.type_str(to), self.type_str(from))));
        }
        Ok(Const::Cast(to_u, Box::new(c)))
    }

    fn const_decay(&mut self, c: Const, t: TypeId) -> (Const, TypeId) {
        match self.p.skind(t).clone() {
            TypeKind::Array { elem, .. } => {
                let pt = self.p.ptr_to(elem);
                let c = match c {
                    Const::Str(s) => Const::StrAddr { s, index: 0 },
                    other => other,
                };
                (c, pt)
            }
            TypeKind::Func { .. } => {
                let pt = self.p.ptr_to(t);
                (c, pt)
            }
            _ => (c, t),
        }
    }

    fn const_as_value(&mut self, c: &Const) -> Option<Value> {
        match c {
            Const::Int { ikind, bits } => Some(Value::int(*ikind, *bits)),
            Const::Float(f) => Some(Value::new(ValueKind::Float(*f))),
            Const::Cast(t, inner) => {
                let v = self.const_as_value(inner)?;
                if v.cast.is_some() {
                    return None;
                }
                Some(v.with_cast(*t))
            }
            _ => None,
        }
    }

    fn value_as_const(&mut self, v: &Value) -> Option<Const> {
        let base = match v.kind {
            ValueKind::Int { ikind, bits } => Const::Int { ikind, bits: bits.get() },
            ValueKind::Float(f) => Const::Float(f),
            _ => return None,
        };
        Some(match v.cast {
            Some(t) => Const::Cast(t, Box::new(base)),
            None => base,
        })
    }

    /// Lowers a constant expression to a `Const` and its type.
    fn sconst(&mut self, e: &Node<ast::Expression>) -> LResult<(Const, TypeId)> {
        use ast::Expression as E;
        let sp = self.span(e);
        match &e.node {
            E::Identifier(id) => {
                let n = self.p.name(&id.node.name);
                if let Some(super::Sym::Var(v)) = self.scopes.lookup(n) {
                    let ty = self.p.vars[v].ty;
                    let is_static = self.p.vars[v].flags.global || self.p.vars[v].storage == Storage::Static;
                    if (self.p.is_func(ty) || self.p.is_array(ty)) && is_static {
                        return Ok((Const::VarRef(v), ty));
                    }
                    return Err(self.err(sp, "initializer element is not constant"));
                }
                self.sconst_fallback(e)
            }
            E::StringLiteral(s) => {
                let (sid, ty) = self.string_literal(s)?;
                Ok((Const::Str(sid), ty))
            }
            E::UnaryOperator(u) if u.node.operator.node == ast::UnaryOperator::Address => {
                if self.mark_at(u) == Some(crate::syntax::Mark::LabelAddr) {
                    if let E::Identifier(id) = &u.node.operand.node {
                        let n = self.p.name(&id.node.name);
                        let s = self.user_label_stmt(n, sp)?;
                        let vp = self.p.void_ty();
                        let vp = self.p.ptr_to(vp);
                        return Ok((Const::LabelAddr(s), vp));
                    }
                }
                self.sconst_address(&u.node.operand)
            }
            E::Cast(c) => {
                let to = self.type_name(&c.node.type_name)?;
                let (inner, t) = self.sconst(&c.node.expression)?;
                let (inner, t) = self.const_decay(inner, t);
                if let Some(v) = self.const_as_value(&inner) {
                    let v = self.convert(v, t, to);
                    if let Some(c) = self.value_as_const(&v) {
                        let tu = self.p.unqualified(to);
                        return Ok((c, tu));
                    }
                }
                let tu = self.p.unqualified(to);
                Ok((Const::Cast(tu, Box::new(inner)), tu))
            }
            E::UnaryOperator(u) if matches!(u.node.operator.node, ast::UnaryOperator::Minus | ast::UnaryOperator::Plus | ast::UnaryOperator::Complement) => {
                // What the lowering folds (integers, float, double) ...
                let nd = self.diags.len();
                if let Ok(r) = self.sconst_fallback(e) {
                    return Ok(r);
                }
                self.diags.truncate(nd);
                // ... and what it leaves to the C compiler (`long double`, complex; GNU `~z` is
                // the conjugate): a constant tree.
                let (a, at) = self.sconst(&u.node.operand)?;
                let complex = self.p.complex_elem(at).is_some();
                let op = match u.node.operator.node {
                    ast::UnaryOperator::Minus => UnOp::Neg,
                    ast::UnaryOperator::Plus => UnOp::Identity,
                    _ => UnOp::BNot,
                };
                if self.p.is_arith(at) && !self.p.is_integer(at) && (op != UnOp::BNot || complex) {
                    return Ok((Const::Unary { op, a: Box::new(a), ty: at }, at));
                }
                self.sconst_fallback(e)
            }
            E::Member(_) => self.sconst_array_lvalue(e),
            E::BinaryOperator(b) if b.node.operator.node == ast::BinaryOperator::Index => self.sconst_array_lvalue(e),
            E::UnaryOperator(u) if u.node.operator.node == ast::UnaryOperator::Indirection => self.sconst_array_lvalue(e),
            E::BinaryOperator(b) => {
                use ast::BinaryOperator as B;
                let op = match b.node.operator.node {
                    B::Plus => BinOp::Plus,
                    B::Minus => BinOp::Minus,
                    B::Multiply => BinOp::Mul,
                    B::Divide => BinOp::Div,
                    _ => return self.sconst_fallback(e),
                };
                let (a, at) = self.sconst(&b.node.lhs)?;
                let (bb, bt) = self.sconst(&b.node.rhs)?;
                let (a, at) = self.const_decay(a, at);
                let (bb, bt) = self.const_decay(bb, bt);
                if self.p.is_ptr(at) || self.p.is_ptr(bt) {
                    if self.p.is_ptr(at) && self.p.is_ptr(bt) {
                        let lt = self.p.int_ty(IKind::Long);
                        return Ok((Const::Binary { op, a: Box::new(a), b: Box::new(bb), ty: lt }, lt));
                    }
                    let pt = if self.p.is_ptr(at) { at } else { bt };
                    // Fold `"abc" + 1` into a string address.
                    if let (Const::StrAddr { s, index }, Some(k)) = (&a, bb.as_int()) {
                        let ni = if op == BinOp::Plus { *index as i128 + k } else { *index as i128 - k };
                        if ni >= 0 && (ni as usize) < self.p.strs[*s].units.len() + 1 {
                            return Ok((Const::StrAddr { s: *s, index: ni as u64 }, pt));
                        }
                    }
                    return Ok((Const::Binary { op, a: Box::new(a), b: Box::new(bb), ty: pt }, pt));
                }
                // Arithmetic the lowering folds (integers, float, double) ...
                let nd = self.diags.len();
                if let Ok(r) = self.sconst_fallback(e) {
                    return Ok(r);
                }
                self.diags.truncate(nd);
                // ... and what it leaves to the C compiler (`long double`): a constant tree.
                if self.p.is_arith(at) && self.p.is_arith(bt) {
                    let pa = self.promote(at, None);
                    let pb = self.promote(bt, None);
                    let ty = self.usual_arith(pa, pb);
                    let a = self.const_convert(a, at, ty, sp)?;
                    let bb = self.const_convert(bb, bt, ty, sp)?;
                    return Ok((Const::Binary { op, a: Box::new(a), b: Box::new(bb), ty }, ty));
                }
                self.sconst_fallback(e)
            }
            E::Conditional(c) => {
                let (cc, _) = self.sconst(&c.node.condition)?;
                if let Some(v) = cc.as_int() {
                    return self.sconst(if v != 0 { &c.node.then_expression } else { &c.node.else_expression });
                }
                self.sconst_fallback(e)
            }
            E::CompoundLiteral(cl) => {
                let ty = self.type_name(&cl.node.type_name)?;
                let init = Node::new(ast::Initializer::List(cl.node.initializer_list.clone()), cl.span);
                let v = self.anon_static(ty, &init, sp)?;
                let vty = self.p.vars[v].ty;
                if self.p.is_array(vty) {
                    return Ok((Const::VarRef(v), vty));
                }
                Err(self.err(sp, "initializer element is not constant"))
            }
            E::Call(c) => {
                if let E::Identifier(id) = &c.node.callee.node {
                    let name = id.node.name.as_str();
                    let inf = matches!(
                        name,
                        "__builtin_inf" | "__builtin_inff" | "__builtin_infl" | "__builtin_huge_val" | "__builtin_huge_valf"
                            | "__builtin_huge_vall" | "__builtin_inff128" | "__builtin_huge_valf128"
                    );
                    let nan = matches!(
                        name,
                        "__builtin_nan" | "__builtin_nanf" | "__builtin_nanl" | "__builtin_nanf128"
                    ) && c.node.arguments.len() == 1
                        && matches!(&c.node.arguments[0].node, E::StringLiteral(s) if s.node.iter().all(|p| p == "\"\""));
                    if inf || nan {
                        let k = if name.ends_with("f128") {
                            FKind::Float128
                        } else if name.ends_with('f') {
                            FKind::Float
                        } else if name.ends_with('l') {
                            FKind::LongDouble
                        } else {
                            FKind::Double
                        };
                        let v = if inf { f64::INFINITY } else { f64::NAN };
                        let f = self.p.float_const(k, v, None);
                        let t = self.p.float_ty(k);
                        return Ok((Const::Float(f), t));
                    }
                }
                self.sconst_fallback(e)
            }
            _ => self.sconst_fallback(e),
        }
    }

    /// Constants the ordinary expression lowering can fold (arithmetic, sizeof, casts of
    /// integers, enumerators, `@` calls): they must produce no statements.
    fn sconst_fallback(&mut self, e: &Node<ast::Expression>) -> LResult<(Const, TypeId)> {
        let sp = self.span(e);
        let (r, emitted) = self.scratch(|lw| lw.rvalue(e));
        let (v, t) = r?;
        if !emitted {
            if let Some(c) = self.value_as_const(&v) {
                return Ok((c, t));
            }
            if let ValueKind::Str(s) = v.kind {
                // A decayed string literal.
                return Ok((Const::StrAddr { s, index: 0 }, t));
            }
        }
        Err(self.err(sp, "initializer element is not constant"))
    }

    /// `&lvalue` in a static initializer.
    fn sconst_address(&mut self, e: &Node<ast::Expression>) -> LResult<(Const, TypeId)> {
        let (c, ty) = self.sconst_lvalue(e)?;
        Ok(self.lv_address(c, ty))
    }

    /// The address constant of a constant lvalue of type `ty`.
    fn lv_address(&mut self, c: LvConst, ty: TypeId) -> (Const, TypeId) {
        let pt = self.p.ptr_to(ty);
        match c {
            LvConst::Var(v, steps) => {
                let path = self.p.path(&steps);
                if self.p.is_func(ty) && steps.is_empty() {
                    return (Const::VarRef(v), pt);
                }
                (Const::AddrOf { var: v, path }, pt)
            }
            // `&((T *)0)->m`: the offsetof idiom.
            LvConst::Offset(off) => (Const::Cast(pt, Box::new(Const::int(IKind::ULong, off as i128))), pt),
            LvConst::Str(s, idx) => (Const::StrAddr { s, index: idx }, pt),
            LvConst::Deref(c) => (c, pt),
        }
    }

    /// The lvalue `*c` for an address constant `c`: a path from a static object where there is
    /// one (`*(a + 1)` is `a[1]`), an offset from a null pointer, or `*c` itself.
    fn deref_const(&mut self, c: Const) -> LvConst {
        if let Some((v, steps)) = self.const_path(&c) {
            return LvConst::Var(v, steps);
        }
        match c {
            Const::Int { bits, .. } => LvConst::Offset(bits as u64),
            Const::Cast(_, inner) if inner.as_int().is_some() => LvConst::Offset(inner.as_int().unwrap() as u64),
            other => LvConst::Deref(other),
        }
    }

    /// The object an address constant points to, as a var and a path.
    fn const_path(&self, c: &Const) -> Option<(VarId, Vec<PathStep>)> {
        match c {
            Const::AddrOf { var, path } => Some((*var, self.p.path_steps(*path).to_vec())),
            // A decayed array points to its first element; a function designator to itself.
            Const::VarRef(v) => Some((*v, if self.p.is_array(self.p.vars[*v].ty) { vec![PathStep::Index(0)] } else { Vec::new() })),
            // An element pointer plus or minus an integer: another element.
            Const::Binary { op: op @ (BinOp::Plus | BinOp::Minus), a, b, .. } => {
                let (a, k) = match (a.as_int(), b.as_int()) {
                    (_, Some(k)) => (a, k),
                    (Some(k), None) if *op == BinOp::Plus => (b, k),
                    _ => return None,
                };
                let (v, mut steps) = self.const_path(a)?;
                let Some(PathStep::Index(i)) = steps.pop() else { return None };
                let i = if *op == BinOp::Plus { i as i128 + k } else { i as i128 - k };
                steps.push(PathStep::Index(u64::try_from(i).ok()?));
                Some((v, steps))
            }
            _ => None,
        }
    }

    /// A member, element or `*p` of a static object used as a value: constant only when it is
    /// an array, which decays to the address of its first element (`s.arr`, `m[1]` of a 2-D
    /// array). Anything else is left to `sconst_fallback`.
    fn sconst_array_lvalue(&mut self, e: &Node<ast::Expression>) -> LResult<(Const, TypeId)> {
        let nd = self.diags.len();
        if let Ok((lv, ty)) = self.sconst_lvalue(e) {
            if let Some(elem) = self.p.array_elem(ty) {
                let lv = match lv {
                    LvConst::Var(v, mut steps) => {
                        steps.push(PathStep::Index(0));
                        LvConst::Var(v, steps)
                    }
                    LvConst::Deref(c) => {
                        let pt = self.p.ptr_to(elem);
                        LvConst::Deref(Const::Cast(pt, Box::new(c)))
                    }
                    other => other,
                };
                return Ok(self.lv_address(lv, elem));
            }
        }
        self.diags.truncate(nd);
        self.sconst_fallback(e)
    }

    fn sconst_lvalue(&mut self, e: &Node<ast::Expression>) -> LResult<(LvConst, TypeId)> {
        use ast::Expression as E;
        let sp = self.span(e);
        match &e.node {
            E::Identifier(id) => {
                let n = self.p.name(&id.node.name);
                match self.scopes.lookup(n) {
                    Some(super::Sym::Var(v)) => {
                        let d = &self.p.vars[v];
                        if !(d.flags.global || d.storage == Storage::Static) {
                            return Err(self.err(sp, "initializer element is not constant"));
                        }
                        let ty = d.ty;
                        self.p.vars[v].flags.addr_taken = true;
                        Ok((LvConst::Var(v, Vec::new()), ty))
                    }
                    _ => Err(self.err(sp, format!("use of undeclared identifier `{}`", id.node.name))),
                }
            }
            E::StringLiteral(s) => {
                let (sid, ty) = self.string_literal(s)?;
                Ok((LvConst::Str(sid, 0), ty))
            }
            E::CompoundLiteral(cl) => {
                let ty = self.type_name(&cl.node.type_name)?;
                let init = Node::new(ast::Initializer::List(cl.node.initializer_list.clone()), cl.span);
                let v = self.anon_static(ty, &init, sp)?;
                let vty = self.p.vars[v].ty;
                Ok((LvConst::Var(v, Vec::new()), vty))
            }
            E::Member(m) => {
                let fname = self.p.name(&m.node.identifier.node.name);
                let (base, bty) = match m.node.operator.node {
                    ast::MemberOperator::Direct => self.sconst_lvalue(&m.node.expression)?,
                    ast::MemberOperator::Indirect => {
                        let (pc, pt) = self.sconst(&m.node.expression)?;
                        let (pc, pt) = self.const_decay(pc, pt);
                        let Some(pointee) = self.p.pointee(pt) else {
                            return Err(self.err(sp, "member reference through a non-pointer"));
                        };
                        (self.deref_const(pc), pointee)
                    }
                };
                let Some(cid) = self.p.comp_of(bty) else {
                    return Err(self.err(sp, "member reference base is not a structure or union"));
                };
                let Some((fty, idxs)) = self.p.find_field(cid, fname) else {
                    return Err(self.err(sp, format!("no member named `{}`", m.node.identifier.node.name)));
                };
                if let LvConst::Var(v, mut steps) = base {
                    steps.push(PathStep::Field(fname));
                    return Ok((LvConst::Var(v, steps), fty));
                }
                let o = self.p.member_offset(cid, &idxs).unwrap_or(0);
                match base {
                    LvConst::Offset(off) => Ok((LvConst::Offset(off + o), fty)),
                    LvConst::Deref(pc) => {
                        // `(*p).m` for a constant `p` that is no path: `*(M *)((char *)p + offset)`.
                        let cp = self.p.int_ty(IKind::Char);
                        let cp = self.p.ptr_to(cp);
                        let at = Const::Binary { op: BinOp::Plus, a: Box::new(Const::Cast(cp, Box::new(pc))), b: Box::new(Const::int(IKind::Long, o as i128)), ty: cp };
                        let ft = self.p.ptr_to(fty);
                        Ok((LvConst::Deref(Const::Cast(ft, Box::new(at))), fty))
                    }
                    _ => Err(self.err(sp, "initializer element is not constant")),
                }
            }
            E::BinaryOperator(b) if b.node.operator.node == ast::BinaryOperator::Index => {
                let (base, bty) = self.sconst_lvalue(&b.node.lhs)?;
                let (ic, _) = self.sconst(&b.node.rhs)?;
                let Some(i) = ic.as_int() else { return Err(self.err(sp, "initializer element is not constant")) };
                let Some(elem) = self.p.array_elem(bty) else {
                    // Pointer indexing: `&p[3]` with p a constant address.
                    let (pc, pt) = self.sconst(&b.node.lhs)?;
                    let (pc, pt) = self.const_decay(pc, pt);
                    let pointee = self.p.pointee(pt).ok_or_else(|| self.err(sp, "subscripted value is not an array"))?;
                    let c = Const::Binary { op: BinOp::Plus, a: Box::new(pc), b: Box::new(Const::int(IKind::Long, i)), ty: pt };
                    return Ok((self.deref_const(c), pointee));
                };
                match base {
                    LvConst::Var(v, mut steps) => {
                        if i < 0 {
                            return Err(self.err(sp, "negative array index in a constant address"));
                        }
                        steps.push(PathStep::Index(i as u64));
                        Ok((LvConst::Var(v, steps), elem))
                    }
                    LvConst::Str(s, idx) => Ok((LvConst::Str(s, (idx as i128 + i) as u64), elem)),
                    LvConst::Offset(off) => {
                        let es = self.p.size_of(elem).unwrap_or(0);
                        Ok((LvConst::Offset(off.wrapping_add((i as u64).wrapping_mul(es))), elem))
                    }
                    LvConst::Deref(pc) => {
                        // `(*pa)[i]` for a constant pointer to an array that is no path.
                        let ep = self.p.ptr_to(elem);
                        let c = Const::Binary { op: BinOp::Plus, a: Box::new(Const::Cast(ep, Box::new(pc))), b: Box::new(Const::int(IKind::Long, i)), ty: ep };
                        Ok((LvConst::Deref(c), elem))
                    }
                }
            }
            E::UnaryOperator(u) if u.node.operator.node == ast::UnaryOperator::Indirection => {
                let (pc, pt) = self.sconst(&u.node.operand)?;
                let (pc, pt) = self.const_decay(pc, pt);
                let Some(pointee) = self.p.pointee(pt) else {
                    return Err(self.err(sp, "indirection requires a pointer"));
                };
                Ok((self.deref_const(pc), pointee))
            }
            _ => {
                let _ = Ex::Void;
                Err(self.err(sp, "initializer element is not constant"))
            }
        }
    }

    // ---- `@` calls -----------------------------------------------------------------------------

    /// An `@f(...)` call inside an expression.
    pub(crate) fn at_call(&mut self, c: &Node<ast::CallExpression>, sp: Span) -> LResult<Ex> {
        let call = self.at_prepare(c, sp, false)?;
        match self.at_run(call)? {
            AtResult::Void => Ok(Ex::Void),
            AtResult::Value(v, t) => Ok(Ex::Val { v, ty: t, lv: false }),
            AtResult::Code(code) if self.unevaluated > 0 => {
                // Under `sizeof`: the value's type only, no statements.
                match self.p.codes[code].result.clone() {
                    CodeResult::Value(v) => {
                        let t = self.p.codes[code].ty.unwrap_or_else(|| self.p.value_type(&v));
                        Ok(Ex::Val { v, ty: t, lv: false })
                    }
                    _ => {
                        let int = self.p.int_ty(IKind::Int);
                        Ok(Ex::Val { v: Value::int(IKind::Int, 0), ty: int, lv: false })
                    }
                }
            }
            AtResult::Code(code) => {
                self.pin_spans_to_call(code, sp);
                self.splice_code(code)
            }
        }
    }

    /// Statements (and locals) an `@` call splices in are located at the call (`#line` mode,
    /// diagnostics of later `@` calls running them): those built by compile-time code (`cir.h`,
    /// `CirQ_code`, templates written elsewhere in the file) get the call's span; those of its
    /// code arguments, written inside the call, keep theirs.
    fn pin_spans_to_call(&mut self, code: CodeId, sp: Span) {
        if sp.is_none() {
            return;
        }
        let outside = |s: Span| s.is_none() || s.start < sp.start || s.end > sp.end;
        let stmts: Vec<StmtId> = self.p.code_stmts(code).collect();
        for s in stmts {
            if outside(self.p.stmts[s].span) {
                self.p.stmts[s].span = sp;
            }
        }
        for v in self.p.codes[code].vars.clone() {
            if self.p.vars[v].name.is_some() && outside(self.p.vars[v].span) {
                self.p.vars[v].span = sp;
            }
        }
    }

    /// Splices a code's statements where statements are being emitted (jumps waiting for the
    /// next statement go to its first one); its value is the result.
    pub(crate) fn splice_code(&mut self, code: CodeId) -> LResult<Ex> {
        let first = self.p.codes[code].first;
        let target = match self.code {
            Some(c) => c,
            None => {
                let c = self.p.new_code();
                self.code = Some(c);
                c
            }
        };
        let result = self.p.codes[code].result.clone();
        let ty = self.p.codes[code].ty;
        self.p.code_append(target, code);
        if let Some(f) = first {
            self.resolve_pending(f);
        }
        match result {
            CodeResult::Value(v) => {
                let t = match ty {
                    Some(t) => t,
                    None => self.p.value_type(&v),
                };
                Ok(Ex::Val { v, ty: t, lv: false })
            }
            CodeResult::Cond { trues, falses } => Ok(Ex::Cond { t: trues, f: falses }),
            CodeResult::None => Ok(Ex::Void),
        }
    }

    /// A top-level `@f(...);`.
    pub(crate) fn at_call_toplevel(&mut self, c: &Node<ast::CallExpression>, sp: Span) -> LResult<()> {
        let call = self.at_prepare(c, sp, true)?;
        match self.at_run(call)? {
            AtResult::Code(code) => {
                if self.p.codes[code].first.is_some() {
                    return Err(self.err(sp, "a top-level `@` call cannot produce statements"));
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// Binds the names of the file-scope entities created since `before` (by compile-time code
    /// through `cir.h`): functions and globals, typedefs, struct/union/enum tags, enumerators.
    fn bind_injected(&mut self, before: &Counts, sp: Span) {
        let callee_note = "declared by this compile-time call";
        let clash = |lw: &mut Self, n: Name| {
            let s = lw.p.name_str(n).to_string();
            lw.err(sp, format!("compile-time code declares `{s}`, which is already declared ({callee_note})"));
        };
        for i in before.vars..self.p.vars.len() {
            let v = VarId::from_index(i);
            let d = &self.p.vars[v];
            if d.owner.is_some() || !d.flags.global || d.flags.temp || d.flags.is_param {
                continue;
            }
            let Some(n) = d.name else { continue };
            let is_static = d.storage == Storage::Static;
            if self.p.name_str(n).starts_with("__cir_") {
                continue;
            }
            match self.scopes.lookup_file(n) {
                None => {}
                Some(Sym::Var(old)) if old == v => continue,
                Some(_) => {
                    clash(self, n);
                    continue;
                }
            }
            self.scopes.insert_file(n, Sym::Var(v));
            if !is_static {
                self.externs.insert(n, v);
            }
        }
        for i in before.typedefs..self.p.typedefs.len() {
            let td = TypedefId::from_index(i);
            let n = self.p.typedefs[td].name;
            let t = self.p.ty(TypeKind::Named(td));
            match self.scopes.lookup_file(n) {
                None => {}
                // Declared already (by quoted declarations).
                Some(Sym::Typedef(old)) if old == t => continue,
                Some(_) => {
                    clash(self, n);
                    continue;
                }
            }
            self.scopes.insert_file(n, Sym::Typedef(t));
        }
        for i in before.comps..self.p.comps.len() {
            let c = CompId::from_index(i);
            let Some(n) = self.p.comps[c].name else { continue };
            if self.scopes.lookup_tag(n) == Some(Tag::Comp(c)) {
                continue;
            }
            if self.scopes.lookup_tag(n).is_some() {
                clash(self, n);
                continue;
            }
            self.scopes.insert_tag(n, Tag::Comp(c));
        }
        for i in before.enums..self.p.enums.len() {
            let e = EnumId::from_index(i);
            if let Some(n) = self.p.enums[e].name {
                if self.scopes.lookup_tag(n) == Some(Tag::Enum(e)) {
                } else if self.scopes.lookup_tag(n).is_some() {
                    clash(self, n);
                } else {
                    self.scopes.insert_tag(n, Tag::Enum(e));
                }
            }
            let int_ty = self.p.int_ty(IKind::Int);
            let enum_ty = self.p.ty(TypeKind::Enum(e));
            for item in self.p.enums[e].items.clone() {
                let d = &self.p.enum_items[item];
                let (n, value) = (d.name, d.value);
                if matches!(self.scopes.lookup_file(n), Some(Sym::EnumConst(i, _)) if i == item) {
                    continue;
                }
                if self.scopes.lookup_file(n).is_some() {
                    clash(self, n);
                    continue;
                }
                let ity = if IKind::Int.fits(value) { int_ty } else { enum_ty };
                self.scopes.insert_file(n, Sym::EnumConst(item, ity));
            }
        }
    }

    fn at_prepare(&mut self, c: &Node<ast::CallExpression>, sp: Span, toplevel: bool) -> LResult<AtCall> {
        let ast::Expression::Identifier(id) = &c.node.callee.node else {
            return Err(self.err(sp, "`@` must be applied to a call of a named function"));
        };
        let n = self.p.name(&id.node.name);
        let callee = match self.scopes.lookup(n) {
            Some(super::Sym::Var(v)) if self.p.is_func(self.p.vars[v].ty) => v,
            _ => {
                return Err(self.err(
                    self.span(&c.node.callee),
                    format!("`@{}`: the callee must be a function declared before the call", id.node.name),
                ));
            }
        };
        let fty = self.p.vars[callee].ty;
        let (ret, params, _, _) = self.p.func_sig(fty).map(|(r, p, v, pr)| (r, p.to_vec(), v, pr)).unwrap();
        if self.unevaluated > 0 && !self.p.is_typedef_named(ret, "CirCodeId") {
            // Unevaluated operand (`sizeof`, `typeof`): only the type matters. (A call producing
            // code runs anyway: the type of its value is known only then.)
            return Ok(AtCall { callee, args: Vec::new(), span: sp, toplevel });
        }
        let mut args = Vec::new();
        for (i, a) in c.node.arguments.iter().enumerate() {
            let pty = params.get(i).map(|p| p.ty);
            if pty.is_some_and(|t| self.p.is_typedef_named(t, "CirCodeId")) {
                // Unevaluated: the code of the argument.
                let saved = self.code.take();
                let code = self.p.new_code();
                self.code = Some(code);
                let outer_pending = self.take_pending_labels();
                let vars0 = self.p.vars.len();
                // The template of `@CirQ__quote(...)`: anti-quotes are computed outside it.
                let quoting = self.p.name_str(n) == super::quote::QUOTE_FN;
                let outer_aq = if quoting { self.aq.replace(super::quote::AntiQuotes { outer: saved, holes: Vec::new() }) } else { None };
                let ex = self.expr(a);
                if quoting && let Some(aq) = std::mem::replace(&mut self.aq, outer_aq) {
                    self.aq_done.insert(code, aq.holes);
                }
                self.seal_code();
                self.restore_pending_labels(outer_pending);
                self.adopt_locals(code, vars0);
                self.code = saved;
                let ex = ex?;
                match ex {
                    Ex::Val { v, ty, .. } => {
                        self.p.codes[code].result = CodeResult::Value(v);
                        self.p.codes[code].ty = Some(ty);
                    }
                    Ex::Cond { t, f } => self.p.codes[code].result = CodeResult::Cond { trues: t, falses: f },
                    Ex::Void => {}
                }
                args.push(AtArg::Code(code));
                continue;
            }
            let asp = self.span(a);
            let (r, emitted) = self.scratch(|lw| lw.rvalue(a));
            let (v, t) = r?;
            if emitted {
                return Err(self.err(asp, "argument of a compile-time call is not a compile-time constant"));
            }
            let v = match pty {
                Some(pt) => self.assign_convert(v, t, pt, asp, "passing argument")?,
                None => v,
            };
            args.push(AtArg::Value(v, pty.unwrap_or(t)));
        }
        Ok(AtCall { callee, args, span: sp, toplevel })
    }

    fn at_run(&mut self, call: AtCall) -> LResult<AtResult> {
        let fty = self.p.vars[call.callee].ty;
        let ret = self.p.func_sig(fty).map(|s| s.0).unwrap();
        if self.unevaluated > 0 && !self.p.is_typedef_named(ret, "CirCodeId") {
            if self.p.is_void(ret) {
                return Ok(AtResult::Void);
            }
            let z = self.zero_of(ret);
            return Ok(AtResult::Value(z, ret));
        }
        self.at_calls_run += 1;
        let Some(ct) = self.ct.take() else {
            return Err(self.err(call.span, "compile-time evaluation (`@`) is not available in this build of cir"));
        };
        let before = Counts::of(self.p);
        let r = ct.eval(self, &call);
        self.ct = Some(ct);
        if call.toplevel {
            // Declarations a top-level call made through the API are visible after it.
            self.bind_injected(&before, call.span);
        }
        // Typedef names now declared at file scope (by the binding above or by `CirQ_decls`):
        // the text after this point must be parsed knowing them.
        for i in before.typedefs..self.p.typedefs.len() {
            let td = TypedefId::from_index(i);
            let n = self.p.typedefs[td].name;
            let t = self.p.ty(TypeKind::Named(td));
            if self.scopes.lookup_file(n) == Some(Sym::Typedef(t)) {
                self.injected_typedefs.push(self.p.name_str(n).to_string());
            }
        }
        // Compile-time code may have changed functions whose bodies were rendered early.
        self.p.rendered_bodies.clear();
        r
    }
}

/// Table sizes before an `@` call (what it creates comes after).
struct Counts {
    vars: usize,
    typedefs: usize,
    comps: usize,
    enums: usize,
}

impl Counts {
    fn of(p: &Program) -> Counts {
        Counts { vars: p.vars.len(), typedefs: p.typedefs.len(), comps: p.comps.len(), enums: p.enums.len() }
    }
}

/// An lvalue in a constant address expression.
enum LvConst {
    Var(VarId, Vec<PathStep>),
    Str(StrId, u64),
    /// An offset from a null pointer (`&((T *)0)->m`).
    Offset(u64),
    /// `*c` for a pointer constant `c`.
    Deref(Const),
}

#[allow(dead_code)]
fn unused(_: BinOp) -> Option<i128> {
    fold_int_binop(BinOp::Plus, IKind::Int, 0, 0).filter(|_| fold_int_cmp(CondOp::Eq, IKind::Int, 0, 0))
}
