//! Initializers: the C11 6.7.9 walk (designators, brace elision, string literals for char
//! arrays, GNU ranges) producing a flat list of leaves, then either a static initializer
//! (`Init`, rendered back as C) or assignments for automatic objects.

use lang_c::ast;
use lang_c::span::Node;

use super::expr::Ex;
use super::{LResult, Lowerer};
use crate::ir::*;

/// One initialized subobject.
pub(crate) struct Leaf<'e> {
    /// Paths of the subobject (several for a GNU range designator).
    pub paths: Vec<Vec<PathStep>>,
    pub ty: TypeId,
    pub init: LeafInit<'e>,
}

pub(crate) enum LeafInit<'e> {
    /// A plain expression initializing a scalar, a struct/union or (string literal) a char array.
    Expr(&'e Node<ast::Expression>),
    /// `{}` or an empty list for an aggregate: zero.
    Zero,
}

struct Frame {
    ty: TypeId,
    idx: u64,
    /// Path of the aggregate this frame walks.
    path: Vec<PathStep>,
    /// For unions: the member chosen by a designator.
    union_member: Option<usize>,
}

impl<'a> Lowerer<'a> {
    /// Completes `T[]` from its initializer.
    pub(crate) fn complete_array_from_init(&mut self, ty: TypeId, init: &Node<ast::Initializer>) -> LResult<TypeId> {
        let TypeKind::Array { elem, len: ArrayLen::Unknown } = self.p.skind(ty).clone() else { return Ok(ty) };
        let n = match &init.node {
            ast::Initializer::Expression(e) => {
                if let Some(n) = self.string_init_len(e, elem) {
                    n
                } else {
                    return Err(self.err(self.span(init), "invalid initializer for an array"));
                }
            }
            ast::Initializer::List(items) => {
                let leaves = self.walk_list(ty, Vec::new(), items)?;
                if leaves.len() == 1 && leaves[0].paths.len() == 1 && leaves[0].paths[0].is_empty() {
                    if let LeafInit::Expr(e) = leaves[0].init {
                        if let Some(n) = self.string_init_len(e, elem) {
                            let q = self.p.quals(ty);
                            let t = self.p.array_of(elem, ArrayLen::Const(n));
                            return Ok(self.p.qualified(t, q));
                        }
                    }
                }
                let mut max = 0u64;
                for l in &leaves {
                    for p in &l.paths {
                        if let Some(PathStep::Index(i)) = p.first() {
                            max = max.max(i + 1);
                        }
                    }
                }
                max
            }
        };
        let q = self.p.quals(ty);
        let t = self.p.array_of(elem, ArrayLen::Const(n));
        Ok(self.p.qualified(t, q))
    }

    /// If `e` is a string literal suitable for a char-like array of `elem`, its length with NUL.
    fn string_init_len(&mut self, e: &Node<ast::Expression>, elem: TypeId) -> Option<u64> {
        let s = string_lit(e)?;
        let (sid, _) = self.string_literal(s).ok()?;
        if !self.str_matches_elem(sid, elem) {
            return None;
        }
        Some(self.p.strs[sid].units.len() as u64)
    }

    fn str_matches_elem(&mut self, sid: StrId, elem: TypeId) -> bool {
        let Some(k) = self.p.int_kind(elem) else { return false };
        match self.p.strs[sid].kind {
            StrKind::Plain | StrKind::Utf8 => matches!(k, IKind::Char | IKind::SChar | IKind::UChar),
            StrKind::Wide => k.size() == 4,
            StrKind::Utf16 => k.size() == 2,
            StrKind::Utf32 => k.size() == 4,
        }
    }

    /// The subobjects of an aggregate at position `idx`: (path step, type), or `None` past the
    /// end. Unnamed bit-fields are skipped.
    fn sub_at(&mut self, ty: TypeId, idx: u64, union_member: Option<usize>) -> Option<(PathStep, TypeId)> {
        match self.p.skind(ty).clone() {
            TypeKind::Array { elem, len } => {
                let ok = match len {
                    ArrayLen::Const(n) => idx < n,
                    ArrayLen::Unknown => true,
                    _ => false,
                };
                if ok { Some((PathStep::Index(idx), elem)) } else { None }
            }
            TypeKind::Comp(c) => {
                let comp = &self.p.comps[c];
                let q = self.p.quals_deep(ty).without(Quals::RESTRICT);
                if !comp.is_struct {
                    let i = union_member.unwrap_or(0);
                    if idx > 0 && union_member.is_none() {
                        return None;
                    }
                    if idx > 0 {
                        return None;
                    }
                    let f = comp.fields.iter().enumerate().filter(|(_, f)| f.name.is_some() || f.bitwidth.is_none()).nth(0)?;
                    let f = if union_member.is_some() { comp.fields.get(i)? } else { f.1 };
                    let fty = f.ty;
                    let step = self.field_step(f.name);
                    let fty = self.p.qualified(fty, q);
                    return Some((step, fty));
                }
                let named: Vec<(Option<Name>, TypeId)> = comp
                    .fields
                    .iter()
                    .filter(|f| !(f.name.is_none() && f.bitwidth.is_some()))
                    .map(|f| (f.name, f.ty))
                    .collect();
                let (n, fty) = *named.get(idx as usize)?;
                let step = self.field_step(n);
                let fty = self.p.qualified(fty, q);
                Some((step, fty))
            }
            _ => None,
        }
    }

    /// The path step for a member (anonymous members get an empty name, resolved by the
    /// renderer to the member's own fields).
    fn field_step(&mut self, n: Option<Name>) -> PathStep {
        match n {
            Some(n) => PathStep::Field(n),
            None => PathStep::Field(self.p.name("")),
        }
    }

    fn is_aggregate(&self, ty: TypeId) -> bool {
        matches!(self.p.skind(ty), TypeKind::Array { .. } | TypeKind::Comp(_))
    }

    /// Walks a braced initializer list for an object of type `ty` at `base` path.
    pub(crate) fn walk_list<'e>(
        &mut self,
        ty: TypeId,
        base: Vec<PathStep>,
        items: &'e [Node<ast::InitializerListItem>],
    ) -> LResult<Vec<Leaf<'e>>> {
        let mut leaves: Vec<Leaf<'e>> = Vec::new();
        if !self.is_aggregate(ty) {
            // A scalar in braces: `int x = {5};`
            match items.first() {
                None => leaves.push(Leaf { paths: vec![base], ty, init: LeafInit::Zero }),
                Some(it) => match &it.node.initializer.node {
                    ast::Initializer::Expression(e) => leaves.push(Leaf { paths: vec![base], ty, init: LeafInit::Expr(e) }),
                    ast::Initializer::List(inner) => leaves.extend(self.walk_list(ty, base, inner)?),
                },
            }
            if items.len() > 1 {
                self.warn(self.span(&items[1]), "excess elements in scalar initializer");
            }
            return Ok(leaves);
        }
        // `char s[] = {"abc"}`: a braced string literal initializes the whole array.
        if items.len() == 1 && items[0].node.designation.is_empty() {
            if let ast::Initializer::Expression(e) = &items[0].node.initializer.node {
                if let (Some(s), Some(elem)) = (string_lit(e), self.p.array_elem(ty)) {
                    let (sid, _) = self.string_literal(s)?;
                    if self.str_matches_elem(sid, elem) {
                        return Ok(vec![Leaf { paths: vec![base], ty, init: LeafInit::Expr(e) }]);
                    }
                }
            }
        }
        let mut frames: Vec<Frame> = vec![Frame { ty, idx: 0, path: base.clone(), union_member: None }];
        for it in items {
            let isp = self.span(it);
            // A GNU range designator: (position of its index in the path, lo, hi).
            let mut range: Option<(usize, u64, u64)> = None;
            if !it.node.designation.is_empty() {
                frames.truncate(1);
                frames[0].idx = 0;
                frames[0].union_member = None;
                let nd = it.node.designation.len();
                for (di, d) in it.node.designation.iter().enumerate() {
                    let top_ty = frames.last().unwrap().ty;
                    match &d.node {
                        ast::Designator::Member(id) => {
                            let n = self.p.name(&id.node.name);
                            let Some(c) = self.p.comp_of(top_ty) else {
                                return Err(self.err(self.span(d), "field name not in record or union initializer"));
                            };
                            let Some((_, idxs)) = self.p.find_field(c, n) else {
                                return Err(self.err(
                                    self.span(d),
                                    format!("unknown field `{}` specified in initializer", id.node.name),
                                ));
                            };
                            // Descend through anonymous members.
                            let mut cur_c = c;
                            for (k, &fi) in idxs.iter().enumerate() {
                                let comp = &self.p.comps[cur_c];
                                let is_struct = comp.is_struct;
                                let pos = if is_struct {
                                    comp.fields[..fi].iter().filter(|f| !(f.name.is_none() && f.bitwidth.is_some())).count() as u64
                                } else {
                                    0
                                };
                                let top = frames.last_mut().unwrap();
                                top.idx = pos;
                                if !is_struct {
                                    top.union_member = Some(fi);
                                }
                                if k + 1 < idxs.len() {
                                    let (step, sty) = {
                                        let t = frames.last().unwrap();
                                        let (ty, idx, um) = (t.ty, t.idx, t.union_member);
                                        self.sub_at(ty, idx, um).expect("member exists")
                                    };
                                    let mut path = frames.last().unwrap().path.clone();
                                    path.push(step);
                                    cur_c = self.p.comp_of(sty).expect("anonymous member is a comp");
                                    frames.push(Frame { ty: sty, idx: 0, path, union_member: None });
                                }
                            }
                        }
                        ast::Designator::Index(e) => {
                            let (i, _) = self.const_int(e)?;
                            if !self.p.is_array(top_ty) {
                                return Err(self.err(self.span(d), "array index in non-array initializer"));
                            }
                            if i < 0 {
                                return Err(self.err(self.span(d), "array index in initializer is negative"));
                            }
                            frames.last_mut().unwrap().idx = i as u64;
                        }
                        ast::Designator::Range(r) => {
                            let (lo, _) = self.const_int(&r.node.from)?;
                            let (hi, _) = self.const_int(&r.node.to)?;
                            if !self.p.is_array(top_ty) || lo < 0 || hi < lo {
                                return Err(self.err(self.span(d), "invalid range designator"));
                            }
                            if hi - lo >= MAX_RANGE as i128 {
                                return Err(self.err(
                                    self.span(d),
                                    format!("range designator covers {} elements; cir supports at most {MAX_RANGE}", hi - lo + 1),
                                ));
                            }
                            frames.last_mut().unwrap().idx = lo as u64;
                            let pos = frames.last().unwrap().path.len();
                            range = Some((pos, lo as u64, hi as u64));
                        }
                    }
                    let (fty, fidx, fum) = {
                        let t = frames.last().unwrap();
                        (t.ty, t.idx, t.union_member)
                    };
                    if self.sub_at(fty, fidx, fum).is_none() {
                        return Err(self.err(self.span(d), "designator index out of bounds"));
                    }
                    if di + 1 < nd {
                        let (step, sty) = self.sub_at(fty, fidx, fum).unwrap();
                        if !self.is_aggregate(sty) {
                            return Err(self.err(self.span(d), "designator into a non-aggregate"));
                        }
                        let mut path = frames.last().unwrap().path.clone();
                        path.push(step);
                        frames.push(Frame { ty: sty, idx: 0, path, union_member: None });
                    }
                }
            }
            // Find the current subobject (skipping exhausted frames).
            loop {
                let (fty, fidx, fum) = {
                    let t = frames.last().unwrap();
                    (t.ty, t.idx, t.union_member)
                };
                if self.sub_at(fty, fidx, fum).is_some() {
                    break;
                }
                if frames.len() == 1 {
                    self.warn(isp, "excess elements in initializer");
                    return Ok(leaves);
                }
                frames.pop();
                frames.last_mut().unwrap().idx += 1;
                frames.last_mut().unwrap().union_member = None;
            }
            match &it.node.initializer.node {
                ast::Initializer::List(inner) => {
                    let (fty, fidx, fum) = {
                        let t = frames.last().unwrap();
                        (t.ty, t.idx, t.union_member)
                    };
                    let (step, sty) = self.sub_at(fty, fidx, fum).unwrap();
                    let _ = fidx;
                    let mut p = frames.last().unwrap().path.clone();
                    p.push(step);
                    let mut sub = if inner.is_empty() && self.is_aggregate(sty) {
                        vec![Leaf { paths: vec![p], ty: sty, init: LeafInit::Zero }]
                    } else {
                        self.walk_list(sty, p, inner)?
                    };
                    if let Some(r) = range {
                        for l in &mut sub {
                            l.paths = expand_range(&l.paths, r);
                        }
                        set_range_end(&mut frames, r);
                    }
                    leaves.extend(sub);
                }
                ast::Initializer::Expression(e) => {
                    // Brace elision: descend until the expression fits.
                    let ety = if string_lit(e).is_some() { None } else { Some(self.type_of_expr(e)?) };
                    loop {
                        let (fty, fidx, fum) = {
                            let t = frames.last().unwrap();
                            (t.ty, t.idx, t.union_member)
                        };
                        let (step, sty) = self.sub_at(fty, fidx, fum).unwrap();
                        let fits = if !self.is_aggregate(sty) {
                            true
                        } else if let Some(s) = string_lit(e) {
                            match self.p.skind(sty).clone() {
                                TypeKind::Array { elem, .. } => {
                                    let (sid, _) = self.string_literal(s)?;
                                    self.str_matches_elem(sid, elem)
                                }
                                _ => false,
                            }
                        } else {
                            let et = ety.unwrap();
                            let sc = self.p.comp_of(sty);
                            sc.is_some() && sc == self.p.comp_of(et)
                        };
                        if fits {
                            let _ = fidx;
                            let mut p = frames.last().unwrap().path.clone();
                            p.push(step);
                            let mut paths = vec![p];
                            if let Some(r) = range {
                                paths = expand_range(&paths, r);
                                set_range_end(&mut frames, r);
                            }
                            leaves.push(Leaf { paths, ty: sty, init: LeafInit::Expr(e) });
                            break;
                        }
                        // Descend into the first subobject.
                        let mut path = frames.last().unwrap().path.clone();
                        path.push(step);
                        if self.sub_at(sty, 0, None).is_none() {
                            return Err(self.err(isp, "initializer for an empty aggregate"));
                        }
                        frames.push(Frame { ty: sty, idx: 0, path, union_member: None });
                    }
                }
            }
            // Advance.
            frames.last_mut().unwrap().idx += 1;
            if !self.p.comp_of(frames.last().unwrap().ty).is_some_and(|c| self.p.comps[c].is_struct)
                && self.p.comp_of(frames.last().unwrap().ty).is_some()
            {
                // A union takes one initializer.
                frames.last_mut().unwrap().union_member = None;
            }
        }
        Ok(leaves)
    }

    /// Initializes an automatic object with assignments.
    pub(crate) fn local_init(&mut self, v: VarId, ty: TypeId, init: &Node<ast::Initializer>, sp: Span) -> LResult<()> {
        match &init.node {
            ast::Initializer::Expression(e) => {
                if let TypeKind::Array { elem, len } = self.p.skind(ty).clone() {
                    if let Some(s) = string_lit(e) {
                        let (sid, _) = self.string_literal(s)?;
                        if self.str_matches_elem(sid, elem) {
                            let n = match len {
                                ArrayLen::Const(n) => n,
                                _ => self.p.strs[sid].units.len() as u64,
                            };
                            self.copy_string_into(Value::var(v), ty, sid, n, sp);
                            return Ok(());
                        }
                    }
                    return Err(self.err(self.span(init), "array initialized from a non-constant array expression"));
                }
                let (val, vt) = self.rvalue(e)?;
                let val = self.assign_convert(val, vt, ty, self.span(e), "initializing")?;
                self.emit(StmtKind::UnOp { dst: Value::var(v), op: UnOp::Identity, a: val }, sp);
                Ok(())
            }
            ast::Initializer::List(items) => {
                let ut = self.p.unqualified_deep(ty);
                if self.p.is_comp(ty) && self.p.quals_deep(ty).has(Quals::ATOMIC) && !self.p.quals_deep(ut).has(Quals::ATOMIC) {
                    // An atomic struct: build the value in a plain temporary, then store it as a
                    // whole (members of atomic structs cannot be accessed).
                    let t = self.temp(ut);
                    self.local_init(t, ut, init, sp)?;
                    self.emit(StmtKind::UnOp { dst: Value::var(v), op: UnOp::Identity, a: Value::var(t) }, sp);
                    return Ok(());
                }
                let leaves = self.walk_list(ty, Vec::new(), items)?;
                let full = self.covers_all(ty, &leaves);
                if !full {
                    self.zero_object(Value::var(v), ty, sp)?;
                }
                for leaf in leaves {
                    self.store_leaf(v, leaf, sp, full)?;
                }
                Ok(())
            }
        }
    }

    /// Whether the leaves initialize every scalar of the object (so no zero-fill is needed).
    fn covers_all(&mut self, ty: TypeId, leaves: &[Leaf<'_>]) -> bool {
        let Some(slots) = self.scalar_slots(ty, 0) else { return false };
        let mut n = 0u64;
        for l in leaves {
            if matches!(l.init, LeafInit::Zero) {
                return false;
            }
            let per = if self.is_aggregate(l.ty) {
                // A struct initialized by an expression covers itself; a string a char array.
                match self.scalar_slots(l.ty, 0) {
                    Some(s) => s,
                    None => return false,
                }
            } else {
                1
            };
            n = n.saturating_add(per.saturating_mul(l.paths.len() as u64));
        }
        // Distinct paths are assumed; overlapping designators make n too large and force a fill.
        let mut seen = std::collections::HashSet::new();
        for l in leaves {
            for p in &l.paths {
                if !seen.insert(p.clone()) {
                    return false;
                }
            }
        }
        n == slots
    }

    /// Number of scalar subobjects; `None` for unions, bit-field padding, flexible arrays.
    fn scalar_slots(&mut self, ty: TypeId, depth: u32) -> Option<u64> {
        if depth > 32 {
            return None;
        }
        match self.p.skind(ty).clone() {
            TypeKind::Array { elem, len: ArrayLen::Const(n) } => n.checked_mul(self.scalar_slots(elem, depth + 1)?),
            TypeKind::Array { .. } => None,
            TypeKind::Comp(c) => {
                let comp = self.p.comps[c].clone();
                if !comp.is_struct {
                    return None;
                }
                let mut s = 0;
                for f in &comp.fields {
                    if f.name.is_none() {
                        return None;
                    }
                    s = self.scalar_slots(f.ty, depth + 1)?.checked_add(s)?;
                }
                Some(s)
            }
            _ => Some(1),
        }
    }

    /// `memset(&obj, 0, sizeof obj)`.
    fn zero_object(&mut self, obj: Value, ty: TypeId, sp: Span) -> LResult<()> {
        let size = match self.p.size_of(ty) {
            Some(n) => Value::int(IKind::ULong, n as i128),
            None => return Err(self.err(sp, "cannot zero-initialize an object of unknown size")),
        };
        let addr = self.address_of(Ex::Val { v: obj, ty, lv: true }, sp, sp)?;
        let (av, at) = self.rval(addr, sp)?;
        let vp = self.p.void_ty();
        let vp = self.p.ptr_to(vp);
        let av = self.convert(av, at, vp);
        let b = self.p.builtin("__builtin_memset");
        let t = self.temp(vp);
        self.emit(
            StmtKind::Call {
                dst: Some(Value::var(t)),
                target: Value::new(ValueKind::Builtin(b)),
                args: vec![av, Value::int(IKind::Int, 0), size],
            },
            sp,
        );
        Ok(())
    }

    /// Copies a string literal (padded/truncated to `n` units) into a char array lvalue.
    /// Copies a string literal into a char array lvalue of `n` units: the literal (truncated to
    /// `n` units, or with its NUL), then zeros for the rest.
    fn copy_string_into(&mut self, dst: Value, dst_ty: TypeId, sid: StrId, n: u64, sp: Span) {
        let mut data = self.p.strs[sid].clone();
        let len = data.units.len() as u64;
        let unit = data.kind.unit_size() as u64;
        if n < len {
            data.units.truncate(n as usize);
        }
        let copy = n.min(len);
        let src = self.p.intern_str(data);
        let vp = self.p.void_ty();
        let vp = self.p.ptr_to(vp);
        let _ = dst_ty;
        if let Some(b) = dst.base_var() {
            self.p.vars[b].flags.addr_taken = true;
        }
        let memcpy = self.p.builtin("__builtin_memcpy");
        let t = self.temp(vp);
        let dst_ptr = self.cast_value(dst, vp);
        let src_v = Value::new(ValueKind::Str(src)).with_cast(vp);
        self.emit(
            StmtKind::Call {
                dst: Some(Value::var(t)),
                target: Value::new(ValueKind::Builtin(memcpy)),
                args: vec![dst_ptr, src_v, Value::int(IKind::ULong, (copy * unit) as i128)],
            },
            sp,
        );
        if n > len {
            // Zero the rest: memset(dst + copy * unit, 0, (n - copy) * unit).
            let cp = self.p.int_ty(IKind::Char);
            let cp = self.p.ptr_to(cp);
            let base = self.cast_value(dst_ptr, cp);
            let at = self.temp(cp);
            self.emit(
                StmtKind::BinOp {
                    dst: Value::var(at),
                    op: BinOp::Plus,
                    a: base,
                    b: Value::int(IKind::ULong, (copy * unit) as i128),
                },
                sp,
            );
            let memset = self.p.builtin("__builtin_memset");
            let t2 = self.temp(vp);
            let rest = (n - copy).saturating_mul(unit);
            self.emit(
                StmtKind::Call {
                    dst: Some(Value::var(t2)),
                    target: Value::new(ValueKind::Builtin(memset)),
                    args: vec![Value::var(at).with_cast(vp), Value::int(IKind::Int, 0), Value::int(IKind::ULong, rest as i128)],
                },
                sp,
            );
        }
    }

    fn store_leaf(&mut self, v: VarId, leaf: Leaf<'_>, sp: Span, full: bool) -> LResult<()> {
        let (val, vt) = match leaf.init {
            LeafInit::Zero => {
                if full {
                    for p in &leaf.paths {
                        let dst = self.path_value(v, p);
                        self.zero_object(dst, leaf.ty, sp)?;
                    }
                }
                return Ok(());
            }
            LeafInit::Expr(e) => {
                // String literal into a char array member.
                if let TypeKind::Array { elem, len } = self.p.skind(leaf.ty).clone() {
                    if let Some(s) = string_lit(e) {
                        let (sid, _) = self.string_literal(s)?;
                        if self.str_matches_elem(sid, elem) {
                            let n = match len {
                                ArrayLen::Const(n) => n,
                                _ => self.p.strs[sid].units.len() as u64,
                            };
                            for p in &leaf.paths {
                                let dst = self.path_value(v, p);
                                self.copy_string_into(dst, leaf.ty, sid, n, sp);
                            }
                            return Ok(());
                        }
                    }
                }
                let (val, vt) = self.rvalue(e)?;
                let val = self.assign_convert(val, vt, leaf.ty, self.span(e), "initializing")?;
                (val, vt)
            }
        };
        let _ = vt;
        // Zero was already filled in.
        if !full {
            if let Some((_, 0)) = val.as_int() {
                if val.cast.is_none() {
                    return Ok(());
                }
            }
        }
        let val = if leaf.paths.len() > 1 && !(val.as_int().is_some()) {
            let uty = self.p.unqualified(leaf.ty);
            Value::var(self.copy_to_temp(val, uty, sp))
        } else {
            val
        };
        for p in &leaf.paths {
            let dst = self.path_value(v, p);
            let val = self.fit_bitfield(&dst, leaf.ty, val);
            self.emit(StmtKind::UnOp { dst, op: UnOp::Identity, a: val }, sp);
        }
        Ok(())
    }

    /// `v.path` as a value, dropping the empty names of anonymous members.
    fn path_value(&mut self, v: VarId, p: &[PathStep]) -> Value {
        let empty = self.p.name("");
        let steps: Vec<PathStep> = p.iter().copied().filter(|s| *s != PathStep::Field(empty)).collect();
        let path = self.p.path(&steps);
        Value::new(ValueKind::Var { var: v, path })
    }

    /// The static initializer of an object of type `ty`.
    pub(crate) fn static_init(&mut self, ty: TypeId, init: &Node<ast::Initializer>) -> LResult<Init> {
        match &init.node {
            ast::Initializer::Expression(e) => {
                if let TypeKind::Array { elem, .. } = self.p.skind(ty).clone() {
                    if let Some(s) = string_lit(e) {
                        let (sid, _) = self.string_literal(s)?;
                        if self.str_matches_elem(sid, elem) {
                            return Ok(Init::Expr(crate::ir::consts::Const::Str(sid)));
                        }
                    }
                    return Err(self.err(self.span(e), "array initialized from a non-constant expression"));
                }
                if let Some(c) = self.p.comp_of(ty) {
                    // A struct from a compound literal: use its initializer list.
                    if let ast::Expression::CompoundLiteral(cl) = &e.node {
                        let lit_ty = self.type_name(&cl.node.type_name)?;
                        if self.p.comp_of(lit_ty) == Some(c) {
                            let leaves = self.walk_list(ty, Vec::new(), &cl.node.initializer_list)?;
                            return self.static_leaves(leaves);
                        }
                    }
                    return Err(self.err(self.span(e), "initializer element is not constant"));
                }
                let c = self.static_const(e, ty)?;
                Ok(Init::Expr(c))
            }
            ast::Initializer::List(items) => {
                let leaves = self.walk_list(ty, Vec::new(), items)?;
                if !self.is_aggregate(ty) {
                    // `int x = {5};`
                    if let Some(l) = leaves.into_iter().next() {
                        if let LeafInit::Expr(e) = l.init {
                            return Ok(Init::Expr(self.static_const(e, ty)?));
                        }
                    }
                    return Ok(Init::Expr(crate::ir::consts::Const::int(IKind::Int, 0)));
                }
                self.static_leaves(leaves)
            }
        }
    }

    fn static_leaves(&mut self, leaves: Vec<Leaf<'_>>) -> LResult<Init> {
        let mut out: Vec<(Vec<Designator>, Init)> = Vec::new();
        for leaf in leaves {
            let item = match leaf.init {
                LeafInit::Zero => Init::List(Vec::new()),
                LeafInit::Expr(e) => {
                    if let TypeKind::Array { elem, .. } = self.p.skind(leaf.ty).clone() {
                        let mut done = None;
                        if let Some(s) = string_lit(e) {
                            let (sid, _) = self.string_literal(s)?;
                            if self.str_matches_elem(sid, elem) {
                                done = Some(Init::Expr(crate::ir::consts::Const::Str(sid)));
                            }
                        }
                        match done {
                            Some(d) => d,
                            None => return Err(self.err(self.span(e), "initializer element is not constant")),
                        }
                    } else if self.p.comp_of(leaf.ty).is_some() {
                        let n = Node::new(ast::Initializer::Expression(Box::new(e.clone())), e.span);
                        self.static_init(leaf.ty, &n)?
                    } else {
                        Init::Expr(self.static_const(e, leaf.ty)?)
                    }
                }
            };
            let empty = self.p.name("");
            for p in &leaf.paths {
                let des: Vec<Designator> = p
                    .iter()
                    .filter(|s| **s != PathStep::Field(empty))
                    .map(|s| match s {
                        PathStep::Field(n) => Designator::Field(*n),
                        PathStep::Index(i) => Designator::Index(*i),
                        PathStep::Real | PathStep::Imag => Designator::Index(0),
                    })
                    .collect();
                // A later initializer for the same subobject overrides an earlier one.
                if let Some(pos) = out.iter().position(|(d, _)| *d == des) {
                    out.remove(pos);
                }
                out.push((des, item.clone()));
            }
        }
        Ok(Init::List(out))
    }
}

/// Largest GNU range designator (`[lo ... hi]`) cir expands.
const MAX_RANGE: usize = 1 << 16;

/// Copies of `paths` for every index of a range designator at path position `pos`.
fn expand_range(paths: &[Vec<PathStep>], (pos, lo, hi): (usize, u64, u64)) -> Vec<Vec<PathStep>> {
    let mut out = Vec::new();
    for p in paths {
        for i in lo..=hi {
            let mut q = p.clone();
            if pos < q.len() {
                q[pos] = PathStep::Index(i);
            }
            out.push(q);
        }
    }
    out
}

/// After a range designator, the walk continues after its last index.
fn set_range_end(frames: &mut Vec<Frame>, (pos, _, hi): (usize, u64, u64)) {
    if let Some(k) = frames.iter().position(|f| f.path.len() == pos) {
        if k + 1 == frames.len() {
            frames[k].idx = hi;
        }
    }
}

/// The string literal node of an expression (possibly parenthesized — lang-c drops parens).
pub(crate) fn string_lit(e: &Node<ast::Expression>) -> Option<&Node<Vec<String>>> {
    match &e.node {
        ast::Expression::StringLiteral(s) => Some(s),
        _ => None,
    }
}
