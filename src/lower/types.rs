//! Types from syntax: declaration specifiers, declarators, type names, struct/union and enum
//! definitions, and attributes.

use lang_c::ast;
use lang_c::span::Node;

use super::scope::{Sym, Tag};
use super::{LResult, Lowerer, Reported};
use crate::ir::layout::attr_base_name;
use crate::ir::*;
use crate::syntax::Mark;

/// Storage-class specifier of a declaration.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum StorageSpec {
    Typedef,
    Extern,
    Static,
    Auto,
    Register,
}

/// Everything the declaration specifiers say.
#[derive(Clone, Debug)]
pub struct DeclSpec {
    pub ty: TypeId,
    pub storage: Option<StorageSpec>,
    pub thread: bool,
    pub c11_thread: bool,
    pub inline: bool,
    pub noreturn: bool,
    pub align: Option<u64>,
    /// Attributes written in the specifiers (they apply to the declared entities).
    pub attrs: Vec<Attr>,
    pub auto_type: bool,
    /// The specifiers defined or declared a tag (`struct S {...}` / `enum E {...}`).
    pub declares_tag: bool,
}

/// A parameter as declared.
#[derive(Clone, Debug)]
pub struct ParamDecl {
    pub name: Option<(Name, Span)>,
    pub ty: TypeId,
    pub var: Option<VarId>,
}

/// The result of applying a declarator to a base type.
#[derive(Clone, Debug)]
pub struct Declared {
    pub name: Option<(Name, Span)>,
    pub ty: TypeId,
    /// Attributes on the declarator.
    pub attrs: Vec<Attr>,
    pub asm_label: Option<Vec<u8>>,
    /// Parameters of the function declarator applied directly to the name.
    pub params: Option<Vec<ParamDecl>>,
    /// K&R identifier list of the function declarator applied to the name.
    pub kr_names: Option<Vec<(Name, Span)>>,
}

#[derive(Default)]
struct SpecCounts {
    void: u32,
    char: u32,
    short: u32,
    int: u32,
    long: u32,
    float: u32,
    double: u32,
    signed: u32,
    unsigned: u32,
    bool_: u32,
    complex: u32,
    int128: u32,
    uint128: u32,
    other: Option<TypeId>,
    float_n: Option<FKind>,
    first_span: Option<Span>,
}

impl<'a> Lowerer<'a> {
    /// Lowers declaration specifiers.
    pub(crate) fn decl_spec(&mut self, specs: &[Node<ast::DeclarationSpecifier>], span: Span) -> LResult<DeclSpec> {
        let mut c = SpecCounts::default();
        let mut quals = Quals::NONE;
        let mut ds = DeclSpec {
            ty: TypeId::from_u32(1).unwrap(),
            storage: None,
            thread: false,
            c11_thread: false,
            inline: false,
            noreturn: false,
            align: None,
            attrs: Vec::new(),
            auto_type: false,
            declares_tag: false,
        };
        let mut last_comp: Option<CompId> = None;
        for s in specs {
            match &s.node {
                ast::DeclarationSpecifier::StorageClass(sc) => {
                    let st = match sc.node {
                        ast::StorageClassSpecifier::Typedef => StorageSpec::Typedef,
                        ast::StorageClassSpecifier::Extern => StorageSpec::Extern,
                        ast::StorageClassSpecifier::Static => StorageSpec::Static,
                        ast::StorageClassSpecifier::Auto => StorageSpec::Auto,
                        ast::StorageClassSpecifier::Register => StorageSpec::Register,
                        ast::StorageClassSpecifier::ThreadLocal => {
                            ds.thread = true;
                            ds.c11_thread = true;
                            continue;
                        }
                    };
                    if ds.storage.is_some() && ds.storage != Some(st) {
                        return Err(self.err(self.span(sc), "multiple storage classes in declaration specifiers"));
                    }
                    ds.storage = Some(st);
                }
                ast::DeclarationSpecifier::TypeSpecifier(ts) => {
                    if let Some(cid) = self.type_specifier(ts, &mut c, &mut ds.auto_type, &mut ds.declares_tag)? {
                        last_comp = Some(cid);
                    }
                }
                ast::DeclarationSpecifier::TypeQualifier(q) => {
                    if q.node == ast::TypeQualifier::Volatile && self.mark_at(q) == Some(Mark::Thread) {
                        ds.thread = true;
                    } else {
                        quals = quals.union(qual_of(&q.node));
                    }
                }
                ast::DeclarationSpecifier::Function(f) => match f.node {
                    ast::FunctionSpecifier::Inline => ds.inline = true,
                    ast::FunctionSpecifier::Noreturn => ds.noreturn = true,
                },
                ast::DeclarationSpecifier::Alignment(a) => {
                    let v = self.alignas(a)?;
                    ds.align = Some(ds.align.map_or(v, |o: u64| o.max(v)));
                }
                ast::DeclarationSpecifier::Extension(exts) => {
                    let attrs = self.extensions(exts)?.0;
                    // Attributes right after a struct body belong to the struct type.
                    if let Some(cid) = last_comp {
                        let (type_attrs, rest): (Vec<Attr>, Vec<Attr>) =
                            attrs.into_iter().partition(|a| is_comp_attr(self.p.name_str(a.name)));
                        self.add_comp_attrs(cid, type_attrs);
                        ds.attrs.extend(rest);
                    } else {
                        ds.attrs.extend(attrs);
                    }
                }
            }
        }
        ds.ty = self.resolve_spec(&c, span)?;
        if quals.has(Quals::RESTRICT) && !self.p.is_ptr(ds.ty) {
            return Err(self.err(span, "invalid use of `restrict`: only pointer types can be restrict-qualified"));
        }
        ds.ty = self.p.qualified(ds.ty, quals);
        Ok(ds)
    }

    /// Lowers a specifier-qualifier list (type names, struct members).
    pub(crate) fn spec_qual(&mut self, specs: &[Node<ast::SpecifierQualifier>], span: Span) -> LResult<DeclSpec> {
        let mut c = SpecCounts::default();
        let mut quals = Quals::NONE;
        let mut auto_type = false;
        let mut declares_tag = false;
        let mut attrs = Vec::new();
        let mut last_comp: Option<CompId> = None;
        for s in specs {
            match &s.node {
                ast::SpecifierQualifier::TypeSpecifier(ts) => {
                    if let Some(cid) = self.type_specifier(ts, &mut c, &mut auto_type, &mut declares_tag)? {
                        last_comp = Some(cid);
                    }
                }
                ast::SpecifierQualifier::TypeQualifier(q) => quals = quals.union(qual_of(&q.node)),
                ast::SpecifierQualifier::Extension(exts) => {
                    let a = self.extensions(exts)?.0;
                    if let Some(cid) = last_comp {
                        let (type_attrs, rest): (Vec<Attr>, Vec<Attr>) =
                            a.into_iter().partition(|a| is_comp_attr(self.p.name_str(a.name)));
                        self.add_comp_attrs(cid, type_attrs);
                        attrs.extend(rest);
                    } else {
                        attrs.extend(a);
                    }
                }
            }
        }
        let ty = self.resolve_spec(&c, span)?;
        if quals.has(Quals::RESTRICT) && !self.p.is_ptr(ty) {
            return Err(self.err(span, "invalid use of `restrict`: only pointer types can be restrict-qualified"));
        }
        let ty = self.p.qualified(ty, quals);
        Ok(DeclSpec {
            ty,
            storage: None,
            thread: false,
            c11_thread: false,
            inline: false,
            noreturn: false,
            align: None,
            attrs,
            auto_type,
            declares_tag,
        })
    }

    /// Handles one type specifier; returns the comp it defined, if any.
    fn type_specifier(
        &mut self,
        ts: &Node<ast::TypeSpecifier>,
        c: &mut SpecCounts,
        auto_type: &mut bool,
        declares_tag: &mut bool,
    ) -> LResult<Option<CompId>> {
        use ast::TypeSpecifier as T;
        let sp = self.span(ts);
        if c.first_span.is_none() {
            c.first_span = Some(sp);
        }
        let mark = self.mark_at(ts);
        match &ts.node {
            T::Void => c.void += 1,
            T::Char => c.char += 1,
            T::Short => c.short += 1,
            T::Int => {
                if mark == Some(Mark::AutoType) {
                    *auto_type = true;
                } else {
                    c.int += 1
                }
            }
            T::Long => {
                if mark == Some(Mark::Int128) {
                    c.int128 += 1
                } else {
                    c.long += 1
                }
            }
            T::Float => c.float += 1,
            T::Double => c.double += 1,
            T::Signed => c.signed += 1,
            T::Unsigned => {
                if mark == Some(Mark::UInt128) {
                    c.uint128 += 1
                } else {
                    c.unsigned += 1
                }
            }
            T::Bool => c.bool_ += 1,
            T::Complex => c.complex += 1,
            T::Atomic(tn) => {
                let t = self.type_name(tn)?;
                let t = self.p.qualified(t, Quals::ATOMIC);
                self.set_other(c, t, sp)?;
            }
            T::Struct(st) => {
                let (cid, defined) = self.struct_type(st)?;
                *declares_tag = true;
                let t = self.p.ty(TypeKind::Comp(cid));
                self.set_other(c, t, sp)?;
                return Ok(if defined { Some(cid) } else { None });
            }
            T::Enum(et) => {
                let e = self.enum_type(et)?;
                *declares_tag = true;
                let t = self.p.ty(TypeKind::Enum(e));
                self.set_other(c, t, sp)?;
            }
            T::TypedefName(id) => {
                let n = self.p.name(&id.node.name);
                let t = match self.scopes.lookup(n) {
                    Some(Sym::Typedef(t)) => t,
                    _ if id.node.name == "__builtin_va_list" => self.p.ty(TypeKind::VaList),
                    _ => return Err(self.err(sp, format!("unknown type name `{}`", id.node.name))),
                };
                self.set_other(c, t, sp)?;
            }
            T::TypeOf(to) => {
                let t = match &to.node {
                    ast::TypeOf::Type(tn) => self.type_name(tn)?,
                    ast::TypeOf::Expression(e) => match &e.node {
                        ast::Expression::Identifier(id)
                            if matches!(
                                self.p.names.get(&id.node.name).and_then(|n| self.scopes.lookup(n)),
                                Some(Sym::Typedef(_))
                            ) =>
                        {
                            let n = self.p.name(&id.node.name);
                            match self.scopes.lookup(n) {
                                Some(Sym::Typedef(t)) => t,
                                _ => unreachable!(),
                            }
                        }
                        _ => self.type_of_expr(e)?,
                    },
                };
                self.set_other(c, t, sp)?;
            }
            T::TS18661Float(f) => {
                let k = match (&f.format, f.width) {
                    (ast::TS18661FloatFormat::BinaryInterchange, 16) => FKind::Float16,
                    (ast::TS18661FloatFormat::BinaryInterchange, 32) => FKind::Float32,
                    (ast::TS18661FloatFormat::BinaryInterchange, 64) => FKind::Float64,
                    (ast::TS18661FloatFormat::BinaryInterchange, 128) => FKind::Float128,
                    (ast::TS18661FloatFormat::BinaryExtended, 32) => FKind::Float32x,
                    (ast::TS18661FloatFormat::BinaryExtended, 64) => {
                        if mark == Some(Mark::Float80) {
                            FKind::LongDouble
                        } else {
                            FKind::Float64x
                        }
                    }
                    _ => return Err(self.err(sp, "unsupported floating type")),
                };
                c.float_n = Some(k);
            }
        }
        Ok(None)
    }

    fn set_other(&mut self, c: &mut SpecCounts, t: TypeId, sp: Span) -> LResult<()> {
        if c.other.is_some() {
            return Err(self.err(sp, "two or more data types in declaration specifiers"));
        }
        c.other = Some(t);
        Ok(())
    }

    fn resolve_spec(&mut self, c: &SpecCounts, span: Span) -> LResult<TypeId> {
        let basic = c.void
            + c.char
            + c.short
            + c.int
            + c.long
            + c.float
            + c.double
            + c.signed
            + c.unsigned
            + c.bool_
            + c.complex
            + c.int128
            + c.uint128;
        if let Some(t) = c.other {
            if basic > 0 || c.float_n.is_some() {
                return Err(self.err(span, "two or more data types in declaration specifiers"));
            }
            return Ok(t);
        }
        // Each keyword at most once (`long` twice); only the combinations C allows.
        let twice = c.void > 1
            || c.char > 1
            || c.short > 1
            || c.int > 1
            || c.long > 2
            || c.float > 1
            || c.double > 1
            || c.signed > 1
            || c.unsigned > 1
            || c.bool_ > 1
            || c.complex > 1
            || c.int128 + c.uint128 > 1;
        let sized = c.char + c.short + c.long + c.int128 + c.uint128;
        let bad_mix = twice
            || (c.void > 0 && basic > 1)
            || (c.bool_ > 0 && basic > 1)
            || (c.char > 0 && (c.short + c.long + c.int + c.float + c.double + c.int128 > 0))
            || (c.short > 0 && (c.long + c.float + c.double + c.int128 > 0))
            || (c.int128 + c.uint128 > 0 && (c.long + c.short + c.char > 0))
            || (c.float > 0 && (c.double + c.long + c.int + c.signed + c.unsigned + sized > 0))
            || (c.double > 0 && (c.int + c.signed + c.unsigned + c.char + c.short + c.int128 > 0 || c.long > 1))
            || (c.float_n.is_some() && basic > c.complex);
        if bad_mix {
            return Err(self.err(span, "invalid combination of type specifiers"));
        }
        if let Some(k) = c.float_n {
            if c.complex > 0 {
                return Ok(self.p.ty(TypeKind::Complex(k)));
            }
            return Ok(self.p.float_ty(k));
        }
        if c.void > 0 {
            return Ok(self.p.void_ty());
        }
        if c.bool_ > 0 {
            return Ok(self.p.int_ty(IKind::Bool));
        }
        let bad = |lw: &mut Self| Err(lw.err(span, "invalid combination of type specifiers"));
        if c.float > 0 || c.double > 0 {
            let k = if c.float > 0 {
                FKind::Float
            } else if c.long > 0 {
                FKind::LongDouble
            } else {
                FKind::Double
            };
            if c.signed + c.unsigned + c.char + c.short + c.int > 0 {
                return bad(self);
            }
            if c.complex > 0 {
                return Ok(self.p.ty(TypeKind::Complex(k)));
            }
            return Ok(self.p.float_ty(k));
        }
        if c.complex > 0 && c.char + c.short + c.int + c.long + c.signed + c.unsigned + c.int128 + c.uint128 == 0 {
            return Ok(self.p.ty(TypeKind::Complex(FKind::Double)));
        }
        let unsigned = c.unsigned > 0 || c.uint128 > 0;
        if c.signed > 0 && unsigned {
            return bad(self);
        }
        let k = if c.int128 > 0 || c.uint128 > 0 {
            if unsigned { IKind::UInt128 } else { IKind::Int128 }
        } else if c.char > 0 {
            if c.signed > 0 {
                IKind::SChar
            } else if unsigned {
                IKind::UChar
            } else {
                IKind::Char
            }
        } else if c.short > 0 {
            if unsigned { IKind::UShort } else { IKind::Short }
        } else if c.long >= 2 {
            if unsigned { IKind::ULongLong } else { IKind::LongLong }
        } else if c.long == 1 {
            if unsigned { IKind::ULong } else { IKind::Long }
        } else if unsigned {
            IKind::UInt
        } else {
            // `int`, `signed`, or nothing at all (implicit int).
            IKind::Int
        };
        if c.complex > 0 {
            // GNU complex integer type.
            return Ok(self.p.ty(TypeKind::ComplexInt(k)));
        }
        Ok(self.p.int_ty(k))
    }

    /// `_Alignas(...)`.
    fn alignas(&mut self, a: &Node<ast::AlignmentSpecifier>) -> LResult<u64> {
        let sp = self.span(a);
        let v = match &a.node {
            ast::AlignmentSpecifier::Type(tn) => {
                let t = self.type_name(tn)?;
                self.p.align_of(t) as i128
            }
            ast::AlignmentSpecifier::Constant(e) => self.const_int(e)?.0,
        };
        if v < 0 || (v != 0 && (v as u64).count_ones() != 1) {
            return Err(self.err(sp, "requested alignment is not a positive power of 2"));
        }
        Ok(v as u64)
    }

    // ---- declarators --------------------------------------------------------------------------

    /// Applies a declarator to a base type. `is_def` is set for function definitions (whose
    /// parameters become the formals) and `keep_params` when parameter vars must be created.
    pub(crate) fn declarator(&mut self, base: TypeId, d: &Node<ast::Declarator>, keep_params: bool) -> LResult<Declared> {
        let mut out = Declared { name: None, ty: base, attrs: Vec::new(), asm_label: None, params: None, kr_names: None };
        let (attrs, asm) = self.extensions(&d.node.extensions)?;
        out.attrs = attrs;
        out.asm_label = asm;
        self.declarator_inner(base, d, keep_params, &mut out)?;
        Ok(out)
    }

    fn declarator_inner(
        &mut self,
        base: TypeId,
        d: &Node<ast::Declarator>,
        keep_params: bool,
        out: &mut Declared,
    ) -> LResult<()> {
        let mut ty = base;
        let derived = &d.node.derived;
        let npre = derived.iter().take_while(|x| matches!(x.node, ast::DerivedDeclarator::Pointer(_))).count();
        for p in &derived[..npre] {
            if let ast::DerivedDeclarator::Pointer(quals) = &p.node {
                ty = self.p.ptr_to(ty);
                let mut q = Quals::NONE;
                let mut attrs = Vec::new();
                for pq in quals {
                    match &pq.node {
                        ast::PointerQualifier::TypeQualifier(tq) => q = q.union(qual_of(&tq.node)),
                        ast::PointerQualifier::Extension(e) => attrs.extend(self.extensions(e)?.0),
                    }
                }
                ty = self.p.qualified(ty, q);
                if !attrs.is_empty() {
                    ty = self.type_attrs(ty, attrs, self.span(p))?;
                }
                let _ = Quals::RESTRICT;
            }
        }
        // The declarator directly names the entity (`f(...)`, or `(f)(...)` with parentheses).
        let is_ident = names_plainly(&d.node.kind.node);
        let suffixes = &derived[npre..];
        for (i, s) in suffixes.iter().enumerate().rev() {
            let direct = is_ident && i == 0;
            match &s.node {
                ast::DerivedDeclarator::Array(a) => {
                    ty = self.array_declarator(ty, a)?;
                }
                ast::DerivedDeclarator::Function(fd) => {
                    let (params, variadic) = self.param_list(&fd.node, keep_params && direct)?;
                    let proto = true;
                    ty = self.func_type(ty, &params, variadic, proto, self.span(s))?;
                    if direct {
                        out.params = Some(params);
                    }
                }
                ast::DerivedDeclarator::KRFunction(names) => {
                    if self.p.is_func(ty) || self.p.is_array(ty) {
                        return Err(self.err(self.span(s), "function cannot return a function or an array"));
                    }
                    let ret = self.p.unqualified(ty);
                    ty = self.p.ty(TypeKind::Func { ret, params: Box::new([]), variadic: false, proto: false });
                    if direct {
                        let mut v = Vec::new();
                        for n in names {
                            let nm = self.p.name(&n.node.name);
                            v.push((nm, self.span(n)));
                        }
                        out.kr_names = Some(v);
                    }
                }
                ast::DerivedDeclarator::Pointer(_) => {
                    ty = self.p.ptr_to(ty);
                }
                ast::DerivedDeclarator::Block(_) => {
                    return Err(self.err(self.span(s), "blocks (`^`) are not supported"));
                }
            }
        }
        match &d.node.kind.node {
            ast::DeclaratorKind::Abstract => out.ty = ty,
            ast::DeclaratorKind::Identifier(id) => {
                let n = self.p.name(&id.node.name);
                out.name = Some((n, self.span(id)));
                out.ty = ty;
            }
            ast::DeclaratorKind::Declarator(inner) => {
                let (a, asm) = self.extensions(&inner.node.extensions)?;
                out.attrs.extend(a);
                if asm.is_some() {
                    out.asm_label = asm;
                }
                self.declarator_inner(ty, inner, keep_params, out)?;
            }
        }
        Ok(())
    }

    fn func_type(&mut self, ret: TypeId, params: &[ParamDecl], variadic: bool, proto: bool, sp: Span) -> LResult<TypeId> {
        if self.p.is_func(ret) || self.p.is_array(ret) {
            return Err(self.err(sp, "function cannot return a function or an array"));
        }
        let ret = self.p.unqualified(ret);
        let ps: Vec<Param> = params.iter().map(|p| Param { name: p.name.map(|n| n.0), ty: p.ty }).collect();
        Ok(self.p.ty(TypeKind::Func { ret, params: ps.into_boxed_slice(), variadic, proto }))
    }

    fn array_declarator(&mut self, elem: TypeId, a: &Node<ast::ArrayDeclarator>) -> LResult<TypeId> {
        let sp = self.span(a);
        if self.p.is_func(elem) {
            return Err(self.err(sp, "declaration of an array of functions"));
        }
        if self.p.is_void(elem) {
            return Err(self.err(sp, "declaration of an array of `void`"));
        }
        if self.p.size_of(elem).is_none() && !self.p.is_vm(elem) && !matches!(self.p.skind(elem), TypeKind::Array { len: ArrayLen::Star, .. }) {
            return Err(self.err(sp, format!("array type has incomplete element type `{}`", self.type_str(elem))));
        }
        let len = match &a.node.size {
            ast::ArraySize::Unknown => ArrayLen::Unknown,
            ast::ArraySize::VariableUnknown => ArrayLen::Star,
            ast::ArraySize::VariableExpression(e) | ast::ArraySize::StaticExpression(e) => self.array_len(e)?,
        };
        let mut q = Quals::NONE;
        for tq in &a.node.qualifiers {
            q = q.union(qual_of(&tq.node));
        }
        let t = self.p.array_of(elem, len);
        // Qualifiers inside `[...]` apply to the pointer a parameter adjusts to; keep them as
        // attributes of nothing (they do not change the array type).
        let _ = q;
        Ok(t)
    }

    /// An array length: a constant, or (inside functions) a run-time value held in a temp.
    fn array_len(&mut self, e: &Node<ast::Expression>) -> LResult<ArrayLen> {
        let sp = self.span(e);
        let (v, ty) = if self.in_params > 0 && self.f.is_none() {
            let (r, _) = self.scratch(|lw| lw.rvalue(e));
            r?
        } else {
            self.lower_rvalue_maybe_const(e)?
        };
        if let Some((_, bits)) = v.as_int() {
            if !self.p.is_integer(ty) {
                return Err(self.err(sp, "size of array has non-integer type"));
            }
            let signed = self.p.int_kind(ty).is_some_and(|k| k.is_signed());
            if signed && bits < 0 {
                return Err(self.err(sp, "size of array is negative"));
            }
            return Ok(ArrayLen::Const(bits as u64));
        }
        if !self.p.is_integer(ty) {
            return Err(self.err(sp, "size of array has non-integer type"));
        }
        if self.in_params > 0 && self.f.is_none() {
            // `int a[n][n]` in a parameter list: the length is the parameter itself.
            if let ValueKind::Var { var, path: None } = v.kind {
                if v.cast.is_none() || self.p.is_integer(self.p.vars[var].ty) {
                    return Ok(ArrayLen::Var(var));
                }
            }
            return Ok(ArrayLen::Star);
        }
        if self.f.is_none() || self.unevaluated > 0 && self.f.is_none() {
            return Err(self.err(sp, "variable length array at file scope"));
        }
        // Snapshot the length in a temp (later changes to the operands do not resize it).
        let ul = self.p.int_ty(IKind::ULong);
        let t = self.temp(ul);
        let v = self.convert(v, ty, ul);
        self.emit(StmtKind::UnOp { dst: Value::var(t), op: UnOp::Identity, a: v }, sp);
        Ok(ArrayLen::Var(t))
    }

    /// A parameter list; returns the parameters (types adjusted) and whether it is variadic.
    fn param_list(&mut self, fd: &ast::FunctionDeclarator, keep: bool) -> LResult<(Vec<ParamDecl>, bool)> {
        let variadic = fd.ellipsis == ast::Ellipsis::Some;
        let mut out = Vec::new();
        // `(void)`
        if fd.parameters.len() == 1 {
            let p = &fd.parameters[0].node;
            if p.declarator.is_none() && p.specifiers.len() == 1 {
                if let ast::DeclarationSpecifier::TypeSpecifier(ts) = &p.specifiers[0].node {
                    if ts.node == ast::TypeSpecifier::Void {
                        return Ok((out, variadic));
                    }
                }
            }
        }
        self.scopes.push();
        self.in_params += 1;
        let r = (|| {
            for p in &fd.parameters {
                let sp = self.span(p);
                let ds = self.decl_spec(&p.node.specifiers, sp)?;
                let mut attrs = ds.attrs.clone();
                attrs.extend(self.extensions(&p.node.extensions)?.0);
                let (name, mut ty, dattrs) = match &p.node.declarator {
                    Some(d) => {
                        let dd = self.declarator(ds.ty, d, false)?;
                        (dd.name, dd.ty, dd.attrs)
                    }
                    None => (None, ds.ty, Vec::new()),
                };
                attrs.extend(dattrs);
                if self.p.is_void(ty) && !matches!(self.p.kind(ty), TypeKind::Named(_)) || self.p.is_void(ty) {
                    if name.is_some() || fd.parameters.len() > 1 {
                        return Err(self.err(sp, "parameter has incomplete type `void`"));
                    }
                }
                if let Some(StorageSpec::Static | StorageSpec::Extern | StorageSpec::Typedef | StorageSpec::Auto) = ds.storage {
                    let n = name.map(|n| format!(" `{}`", self.p.name_str(n.0))).unwrap_or_default();
                    return Err(self.err(sp, format!("storage class specified for parameter{n}")));
                }
                if let Some((n, nsp)) = name {
                    if out.iter().any(|q: &ParamDecl| q.name.map(|x| x.0) == Some(n)) {
                        return Err(self.err(nsp, format!("redefinition of parameter `{}`", self.p.name_str(n))));
                    }
                }
                ty = self.adjust_param_type(ty);
                ty = self.apply_type_changing_attrs(ty, &mut attrs, sp)?;
                let mut var = None;
                if let Some((n, nsp)) = name {
                    let mut vd = VarData::new(Some(n), ty);
                    vd.flags.is_param = true;
                    vd.span = nsp;
                    vd.attrs = self.p.types.intern_attrs(attrs);
                    if ds.storage == Some(StorageSpec::Register) {
                        vd.storage = Storage::Register;
                    }
                    let v = self.p.new_var(vd);
                    self.scopes.insert(n, Sym::Var(v));
                    var = Some(v);
                }
                out.push(ParamDecl { name, ty, var: if keep { var } else { None } });
            }
            Ok(())
        })();
        self.in_params -= 1;
        self.scopes.pop();
        r?;
        if !keep {
            // Prototype-only: variable lengths become `[*]`.
            for p in &mut out {
                p.ty = self.star_vla(p.ty);
            }
        }
        Ok((out, variadic))
    }

    /// Replaces run-time array lengths by `[*]` (for prototypes).
    fn star_vla(&mut self, t: TypeId) -> TypeId {
        if !self.p.is_vm(t) {
            return t;
        }
        let d = self.p.ty_data(t).clone();
        let kind = match d.kind {
            TypeKind::Ptr(p) => TypeKind::Ptr(self.star_vla(p)),
            TypeKind::Array { elem, len } => {
                let e = self.star_vla(elem);
                let len = if matches!(len, ArrayLen::Var(_)) { ArrayLen::Star } else { len };
                TypeKind::Array { elem: e, len }
            }
            k => k,
        };
        self.p.types.intern(TypeData { kind, quals: d.quals, attrs: d.attrs })
    }

    /// Parameter type adjustment: arrays to pointers, functions to pointers (C11 6.7.6.3).
    pub(crate) fn adjust_param_type(&mut self, ty: TypeId) -> TypeId {
        match self.p.kind(ty).clone() {
            TypeKind::Array { elem, .. } => self.p.ptr_to(elem),
            TypeKind::Func { .. } => self.p.ptr_to(ty),
            TypeKind::Named(_) => {
                let s = self.p.strip(ty);
                match self.p.kind(s).clone() {
                    TypeKind::Array { elem, .. } => {
                        let q = self.p.quals(ty);
                        let e = self.p.qualified(elem, q);
                        self.p.ptr_to(e)
                    }
                    TypeKind::Func { .. } => self.p.ptr_to(ty),
                    _ => ty,
                }
            }
            _ => ty,
        }
    }

    /// A type name (`(int *)`, `sizeof(T)`).
    pub(crate) fn type_name(&mut self, tn: &Node<ast::TypeName>) -> LResult<TypeId> {
        let sp = self.span(tn);
        let ds = self.spec_qual(&tn.node.specifiers, sp)?;
        let mut attrs = ds.attrs.clone();
        let ty = match &tn.node.declarator {
            Some(d) => {
                let dd = self.declarator(ds.ty, d, false)?;
                attrs.extend(dd.attrs);
                dd.ty
            }
            None => ds.ty,
        };
        let ty = self.apply_type_changing_attrs(ty, &mut attrs, sp)?;
        if attrs.is_empty() { Ok(ty) } else { self.type_attrs(ty, attrs, sp) }
    }

    // ---- struct / union / enum --------------------------------------------------------------

    /// `struct S`, `struct S {...}`, `union {...}`; returns the comp and whether this defined it.
    fn struct_type(&mut self, st: &Node<ast::StructType>) -> LResult<(CompId, bool)> {
        let sp = self.span(st);
        let is_struct = st.node.kind.node == ast::StructKind::Struct;
        let name = st.node.identifier.as_ref().map(|i| self.p.name(&i.node.name));
        let kw = if is_struct { "struct" } else { "union" };
        // Attributes the pre-scan moved out from between the keyword and the tag.
        let mut tag_attrs = Vec::new();
        if let Some(ds) = self.pre.tag_attrs.get(&self.off(st.node.kind.span.start)) {
            for d in ds.clone() {
                tag_attrs.extend(self.displaced_attrs(&d)?);
            }
        }
        let Some(decls) = &st.node.declarations else {
            // A reference (or forward declaration).
            let Some(n) = name else { return Err(self.err(sp, "expected a tag name or a member list")) };
            if let Some(Tag::Comp(c)) = self.scopes.lookup_tag(n) {
                if self.p.comps[c].is_struct != is_struct {
                    return Err(self.err(sp, format!("`{}` defined as the wrong kind of tag", self.p.name_str(n))));
                }
                return Ok((c, false));
            }
            if let Some(Tag::Enum(_)) = self.scopes.lookup_tag(n) {
                return Err(self.err(sp, format!("`{}` defined as the wrong kind of tag", self.p.name_str(n))));
            }
            let c = self.new_comp(Some(n), is_struct, sp);
            self.scopes.insert_tag(n, Tag::Comp(c));
            return Ok((c, false));
        };
        let cid = match name {
            Some(n) => match self.scopes.lookup_tag_here(n) {
                Some(Tag::Comp(c)) if !self.p.comps[c].defined && self.p.comps[c].is_struct == is_struct => c,
                Some(Tag::Comp(c)) if self.p.comps[c].defined => {
                    let prev = self.p.comps[c].span;
                    return Err(self.err_note(
                        sp,
                        format!("redefinition of `{kw} {}`", self.p.name_str(n)),
                        (prev, "previous definition is here".into()),
                    ));
                }
                Some(_) => {
                    return Err(self.err(sp, format!("`{}` defined as the wrong kind of tag", self.p.name_str(n))));
                }
                None => {
                    let c = self.new_comp(Some(n), is_struct, sp);
                    self.scopes.insert_tag(n, Tag::Comp(c));
                    c
                }
            },
            None => self.new_comp(None, is_struct, sp),
        };
        self.p.comps[cid].span = sp;
        self.p.comps[cid].pack = self.pre.pack_at(self.off(st.span.start));
        if !tag_attrs.is_empty() {
            self.add_comp_attrs(cid, tag_attrs);
        }
        let fields = match self.struct_fields(cid, is_struct, sp, decls) {
            Ok(f) => f,
            Err(r) => {
                self.poisoned.insert(cid);
                return Err(r);
            }
        };
        let comp = &mut self.p.comps[cid];
        comp.fields = fields;
        comp.defined = true;
        self.p.layouts.invalidate(cid);
        Ok((cid, true))
    }

    /// The members of a struct/union definition, checked.
    fn struct_fields(
        &mut self,
        cid: CompId,
        is_struct: bool,
        sp: Span,
        decls: &[Node<ast::StructDeclaration>],
    ) -> LResult<Vec<Field>> {
        let mut fields: Vec<Field> = Vec::new();
        let mut field_spans: Vec<Span> = Vec::new();
        for d in decls {
            match &d.node {
                ast::StructDeclaration::StaticAssert(sa) => self.static_assert(sa)?,
                ast::StructDeclaration::Field(f) => {
                    let fsp = self.span(f);
                    let ds = self.spec_qual(&f.node.specifiers, fsp)?;
                    // Member `_Alignas` that the pre-scan moved out of the way.
                    let mut member_align: Option<u64> = None;
                    for (off, disp) in self.pre.member_alignas.clone() {
                        if off >= self.off(f.span.start) && off < self.off(f.span.end) {
                            let a = self.displaced_alignas(&disp)?;
                            member_align = Some(member_align.map_or(a, |m| m.max(a)));
                        }
                    }
                    if f.node.declarators.is_empty() {
                        // Anonymous struct/union member (C11) or a useless declaration.
                        if self.p.comp_of(ds.ty).is_some() {
                            field_spans.push(fsp);
                            fields.push(Field {
                                name: None,
                                ty: ds.ty,
                                bitwidth: None,
                                attrs: self.p.types.intern_attrs(ds.attrs.clone()),
                                align: member_align,
                            });
                        }
                        continue;
                    }
                    for sd in &f.node.declarators {
                        let (name, mut ty, mut attrs) = match &sd.node.declarator {
                            Some(dd) => {
                                let dcl = self.declarator(ds.ty, dd, false)?;
                                let mut a = ds.attrs.clone();
                                a.extend(dcl.attrs);
                                (dcl.name, dcl.ty, a)
                            }
                            None => (None, ds.ty, ds.attrs.clone()),
                        };
                        let dsp = self.span(sd);
                        ty = self.apply_type_changing_attrs(ty, &mut attrs, dsp)?;
                        let mut bitwidth = None;
                        if let Some(w) = &sd.node.bit_width {
                            let (v, _) = self.const_int(w)?;
                            let Some(k) = self.p.int_kind(ty) else {
                                return Err(self.err(dsp, "bit-field has invalid type"));
                            };
                            if v < 0 {
                                return Err(self.err(self.span(w), "negative width in bit-field"));
                            }
                            if v as u64 > k.size() * 8 {
                                return Err(self.err(self.span(w), "width of bit-field exceeds its type"));
                            }
                            if v == 0 && name.is_some() {
                                return Err(self.err(self.span(w), "zero width for bit-field"));
                            }
                            bitwidth = Some(v as u32);
                        }
                        if self.p.is_func(ty) {
                            return Err(self.err(dsp, "field declared as a function"));
                        }
                        if let Some((n, nsp)) = name {
                            if fields.iter().any(|f| f.name == Some(n)) {
                                return Err(self.err(nsp, format!("duplicate member `{}`", self.p.name_str(n))));
                            }
                        }
                        let mut align = member_align;
                        let attrs_id = self.p.types.intern_attrs(attrs.clone());
                        if let Some(a) = self.p.attr_aligned(attrs_id) {
                            align = Some(align.map_or(a, |m| m.max(a)));
                        }
                        field_spans.push(name.map(|n| n.1).unwrap_or(dsp));
                        fields.push(Field {
                            name: name.map(|n| n.0),
                            ty,
                            bitwidth,
                            attrs: self.p.types.intern_attrs(attrs),
                            align,
                        });
                    }
                }
            }
        }
        // Incomplete member types (a flexible array member is allowed last).
        let nf = fields.len();
        for (i, f) in fields.iter().enumerate() {
            let flex_shape = matches!(self.p.skind(f.ty), TypeKind::Array { len: ArrayLen::Unknown, .. });
            let fsp = field_spans.get(i).copied().unwrap_or(sp);
            if flex_shape {
                if !is_struct {
                    return Err(self.err(fsp, "flexible array member in a union"));
                }
                if i + 1 != nf {
                    return Err(self.err(fsp, "flexible array member not at end of struct"));
                }
                if !fields[..i].iter().any(|g| g.name.is_some()) {
                    return Err(self.err(fsp, "flexible array member in a struct with no named members"));
                }
                continue;
            }
            if self.p.size_of(f.ty).is_none() && !self.p.is_vm(f.ty) {
                if self.is_poisoned(f.ty) {
                    self.poisoned.insert(cid);
                    return Err(Reported);
                }
                let fname = f.name.map(|n| self.p.name_str(n).to_string()).unwrap_or_default();
                return Err(self.err(fsp, format!("field `{fname}` has incomplete type")));
            }
        }
        Ok(fields)
    }

    fn new_comp(&mut self, name: Option<Name>, is_struct: bool, span: Span) -> CompId {
        let c = self.p.comps.push(CompData {
            name,
            is_struct,
            defined: false,
            fields: Vec::new(),
            attrs: None,
            pack: None,
            span,
        });
        self.p.globals.push(GlobalItem::Comp(c));
        c
    }

    fn add_comp_attrs(&mut self, c: CompId, attrs: Vec<Attr>) {
        if attrs.is_empty() {
            return;
        }
        let mut all = self.p.types.attrs(self.p.comps[c].attrs).to_vec();
        all.extend(attrs);
        self.p.comps[c].attrs = self.p.types.intern_attrs(all);
        self.p.layouts.invalidate(c);
    }

    fn enum_type(&mut self, et: &Node<ast::EnumType>) -> LResult<EnumId> {
        let sp = self.span(et);
        let name = et.node.identifier.as_ref().map(|i| self.p.name(&i.node.name));
        let mut tag_attrs = Vec::new();
        if let Some(ds) = self.pre.tag_attrs.get(&self.off(et.span.start)) {
            for d in ds.clone() {
                tag_attrs.extend(self.displaced_attrs(&d)?);
            }
        }
        if et.node.enumerators.is_empty() {
            let Some(n) = name else { return Err(self.err(sp, "expected a tag name or a list of enumerators")) };
            if let Some(Tag::Enum(e)) = self.scopes.lookup_tag(n) {
                return Ok(e);
            }
            if let Some(Tag::Comp(_)) = self.scopes.lookup_tag(n) {
                return Err(self.err(sp, format!("`{}` defined as the wrong kind of tag", self.p.name_str(n))));
            }
            let e = self.p.enums.push(EnumData {
                name: Some(n),
                items: Vec::new(),
                ikind: IKind::UInt,
                defined: false,
                attrs: None,
                span: sp,
            });
            self.p.globals.push(GlobalItem::Enum(e));
            self.scopes.insert_tag(n, Tag::Enum(e));
            return Ok(e);
        }
        let eid = match name.and_then(|n| self.scopes.lookup_tag_here(n)) {
            Some(Tag::Enum(e)) if !self.p.enums[e].defined => e,
            Some(_) => {
                let n = name.unwrap();
                return Err(self.err(sp, format!("redefinition of `enum {}`", self.p.name_str(n))));
            }
            None => {
                let e = self.p.enums.push(EnumData {
                    name,
                    items: Vec::new(),
                    ikind: IKind::UInt,
                    defined: false,
                    attrs: None,
                    span: sp,
                });
                self.p.globals.push(GlobalItem::Enum(e));
                if let Some(n) = name {
                    self.scopes.insert_tag(n, Tag::Enum(e));
                }
                e
            }
        };
        let mut next: i128 = 0;
        let mut items = Vec::new();
        let int_ty = self.p.int_ty(IKind::Int);
        let enum_ty = self.p.ty(TypeKind::Enum(eid));
        for en in &et.node.enumerators {
            let n = self.p.name(&en.node.identifier.node.name);
            let isp = self.span(&en.node.identifier);
            let value = match &en.node.expression {
                Some(e) => self.const_int(e)?.0,
                None => next,
            };
            if let Some(Sym::EnumConst(..)) | Some(Sym::Var(_)) | Some(Sym::Typedef(_)) = self.scopes.lookup_here(n) {
                return Err(self.err(isp, format!("redeclaration of `{}`", self.p.name_str(n))));
            }
            let item = self.p.enum_items.push(EnumItemData { name: n, value, owner: Some(eid) });
            items.push(item);
            // Enumerators have type int when the value fits (GNU: the enum type otherwise).
            let ity = if IKind::Int.fits(value) { int_ty } else { enum_ty };
            self.scopes.insert(n, Sym::EnumConst(item, ity));
            next = value.wrapping_add(1);
        }
        let values: Vec<i128> = items.iter().map(|i| self.p.enum_items[*i].value).collect();
        let min = values.iter().copied().min().unwrap_or(0);
        let max = values.iter().copied().max().unwrap_or(0);
        let mut all_attrs = tag_attrs;
        for a in &et.node.enumerators {
            let _ = a;
        }
        let packed = all_attrs.iter().any(|a| attr_base_name(self.p.name_str(a.name)) == "packed");
        let ikind = if packed {
            if min >= 0 {
                [IKind::UChar, IKind::UShort, IKind::UInt, IKind::ULong].into_iter().find(|k| k.fits(max)).unwrap_or(IKind::ULong)
            } else {
                [IKind::SChar, IKind::Short, IKind::Int, IKind::Long]
                    .into_iter()
                    .find(|k| k.fits(min) && k.fits(max))
                    .unwrap_or(IKind::Long)
            }
        } else if min < 0 {
            if IKind::Int.fits(min) && IKind::Int.fits(max) { IKind::Int } else { IKind::Long }
        } else if IKind::UInt.fits(max) {
            IKind::UInt
        } else {
            IKind::ULong
        };
        let attrs_id = self.p.types.intern_attrs(std::mem::take(&mut all_attrs));
        let ed = &mut self.p.enums[eid];
        ed.items = items;
        ed.ikind = ikind;
        ed.defined = true;
        ed.attrs = attrs_id;
        ed.span = sp;
        // Re-register constants whose value does not fit int with the completed enum type.
        Ok(eid)
    }

    // ---- attributes ---------------------------------------------------------------------------

    /// Lowers GNU extensions: attributes and an asm label.
    pub(crate) fn extensions(&mut self, exts: &[Node<ast::Extension>]) -> LResult<(Vec<Attr>, Option<Vec<u8>>)> {
        let mut attrs = Vec::new();
        let mut asm = None;
        for e in exts {
            match &e.node {
                ast::Extension::Attribute(a) => attrs.push(self.attribute(a, self.span(e))?),
                ast::Extension::AsmLabel(s) => {
                    let (bytes, _) = self.string_literal_bytes(s)?;
                    asm = Some(bytes);
                }
                ast::Extension::AvailabilityAttribute(_) => {}
            }
        }
        Ok((attrs, asm))
    }

    fn attribute(&mut self, a: &ast::Attribute, sp: Span) -> LResult<Attr> {
        let name = self.p.name(&a.name.node);
        let mut args = Vec::new();
        for arg in &a.arguments {
            args.push(self.attr_arg(arg)?);
        }
        let parens = !a.arguments.is_empty() || self.text(sp).trim_end().ends_with(')') && {
            let t = self.text(sp);
            let after = t.find(a.name.node.as_str()).map(|i| &t[i + a.name.node.len()..]).unwrap_or("");
            after.trim_start().starts_with('(')
        };
        Ok(Attr { name, args, parens })
    }

    fn attr_arg(&mut self, e: &Node<ast::Expression>) -> LResult<AttrArg> {
        match &e.node {
            ast::Expression::Identifier(id) => {
                let n = self.p.name(&id.node.name);
                match self.scopes.lookup(n) {
                    Some(Sym::Var(v)) => Ok(AttrArg::Var(v)),
                    Some(Sym::EnumConst(item, _)) => Ok(AttrArg::Int(self.p.enum_items[item].value)),
                    _ => Ok(AttrArg::Name(n)),
                }
            }
            ast::Expression::StringLiteral(s) => Ok(AttrArg::Str(self.string_literal_bytes(s)?.0)),
            ast::Expression::Call(c) => {
                // Nested attribute form `name(args)` (e.g. `__malloc__(fclose, 1)` is flat, but
                // `access(read_only, 1)` etc. are plain lists). Keep calls as nested attrs.
                if let ast::Expression::Identifier(id) = &c.node.callee.node {
                    let name = self.p.name(&id.node.name);
                    let mut args = Vec::new();
                    for a in &c.node.arguments {
                        args.push(self.attr_arg(a)?);
                    }
                    return Ok(AttrArg::Attr(Box::new(Attr { name, args, parens: true })));
                }
                Ok(AttrArg::Int(self.const_int(e)?.0))
            }
            _ => Ok(AttrArg::Int(self.const_int(e)?.0)),
        }
    }

    /// Applies attributes that change a type: `mode`, `vector_size`, and type attributes
    /// like `aligned` on typedef targets are kept by `type_attrs`. Removes the applied ones.
    pub(crate) fn apply_type_changing_attrs(&mut self, ty: TypeId, attrs: &mut Vec<Attr>, sp: Span) -> LResult<TypeId> {
        let mut ty = ty;
        let mut keep = Vec::new();
        for a in std::mem::take(attrs) {
            let base = attr_base_name(self.p.name_str(a.name)).to_string();
            match base.as_str() {
                "mode" => {
                    let Some(AttrArg::Name(m)) = a.args.first() else {
                        return Err(self.err(sp, "`mode` attribute needs a mode name"));
                    };
                    let m = attr_base_name(self.p.name_str(*m)).to_string();
                    let size = match m.as_str() {
                        "QI" | "byte" => 1,
                        "HI" => 2,
                        "SI" => 4,
                        "DI" | "word" | "pointer" => 8,
                        "TI" => 16,
                        "SF" => {
                            ty = self.p.float_ty(FKind::Float);
                            continue;
                        }
                        "DF" => {
                            ty = self.p.float_ty(FKind::Double);
                            continue;
                        }
                        "XF" => {
                            ty = self.p.float_ty(FKind::LongDouble);
                            continue;
                        }
                        "TF" => {
                            ty = self.p.float_ty(FKind::Float128);
                            continue;
                        }
                        _ => return Err(self.err(sp, format!("unsupported mode `{m}`"))),
                    };
                    let Some(k) = self.p.int_kind(ty) else {
                        return Err(self.err(sp, "`mode` attribute on a non-integer type"));
                    };
                    let q = self.p.quals(ty);
                    let nk = IKind::from_size(size, !k.is_signed()).unwrap_or(k);
                    ty = self.p.int_ty(nk);
                    ty = self.p.qualified(ty, q);
                }
                "vector_size" => {
                    let Some(AttrArg::Int(n)) = a.args.first() else {
                        return Err(self.err(sp, "`vector_size` needs a size"));
                    };
                    let es = self.p.size_of(ty).unwrap_or(0);
                    if es == 0 || (*n as u64) % es != 0 || *n <= 0 {
                        return Err(self.err(sp, "invalid vector size"));
                    }
                    let count = (*n as u64 / es) as u32;
                    ty = self.p.ty(TypeKind::Vector { elem: ty, count });
                }
                _ => keep.push(a),
            }
        }
        *attrs = keep;
        Ok(ty)
    }

    /// Attaches attributes to a type (used for typedef targets and type names).
    pub(crate) fn type_attrs(&mut self, ty: TypeId, attrs: Vec<Attr>, _sp: Span) -> LResult<TypeId> {
        Ok(self.p.with_attrs(ty, attrs))
    }

    /// Parses and lowers an attribute the pre-scan displaced (`struct __attribute__((x)) S`).
    fn displaced_attrs(&mut self, d: &crate::syntax::prescan::Displaced) -> LResult<Vec<Attr>> {
        let typedefs: Vec<String> =
            self.scopes.typedef_names().into_iter().map(|n| self.p.name_str(n).to_string()).collect();
        let body = format!("int __cir_attr_holder {};", d.text);
        let Some((unit, _)) = crate::syntax::parse_snippet(&body, &typedefs) else {
            return Err(self.err(Span::NONE, "cannot parse attribute"));
        };
        let mut out = Vec::new();
        if let Some(ext) = unit.0.last() {
            if let ast::ExternalDeclaration::Declaration(dcl) = &ext.node {
                for idcl in &dcl.node.declarators {
                    for e in &idcl.node.declarator.node.extensions {
                        if let ast::Extension::Attribute(a) = &e.node {
                            // Spans of the snippet are meaningless here: lower without them.
                            let name = self.p.name(&a.name.node);
                            let mut args = Vec::new();
                            for arg in &a.arguments {
                                args.push(self.snippet_attr_arg(arg)?);
                            }
                            out.push(Attr { name, args, parens: !a.arguments.is_empty() });
                        }
                    }
                }
            }
        }
        Ok(out)
    }

    fn snippet_attr_arg(&mut self, e: &Node<ast::Expression>) -> LResult<AttrArg> {
        match &e.node {
            ast::Expression::Identifier(id) => Ok(AttrArg::Name(self.p.name(&id.node.name))),
            ast::Expression::Constant(c) => match &c.node {
                ast::Constant::Integer(i) => {
                    Ok(AttrArg::Int(i.number.parse::<i128>().ok().or_else(|| parse_c_int(i)).unwrap_or(0)))
                }
                _ => Ok(AttrArg::Int(0)),
            },
            _ => Err(self.err(Span::NONE, "unsupported attribute argument")),
        }
    }

    /// Evaluates the argument of a member `_Alignas` the pre-scan displaced.
    fn displaced_alignas(&mut self, d: &crate::syntax::prescan::Displaced) -> LResult<u64> {
        let text = d.text.trim();
        // A type name?
        let first = text.split(|c: char| !c.is_ascii_alphanumeric() && c != '_').next().unwrap_or("");
        let type_kw = matches!(
            first,
            "char" | "short" | "int" | "long" | "float" | "double" | "void" | "signed" | "unsigned" | "_Bool" | "struct"
                | "union" | "enum" | "const" | "volatile" | "_Complex"
        );
        let n = self.p.name(first);
        let is_typedef = matches!(self.scopes.lookup(n), Some(Sym::Typedef(_)));
        if type_kw || is_typedef {
            let t = if is_typedef && text == first {
                match self.scopes.lookup(n) {
                    Some(Sym::Typedef(t)) => t,
                    _ => unreachable!(),
                }
            } else {
                let typedefs: Vec<String> =
                    self.scopes.typedef_names().into_iter().map(|n| self.p.name_str(n).to_string()).collect();
                let body = format!("int __cir_x = sizeof({text});");
                let Some((unit, _)) = crate::syntax::parse_snippet(&body, &typedefs) else {
                    return Err(self.err(Span::NONE, "cannot parse `_Alignas` argument"));
                };
                let mut found = None;
                if let Some(ext) = unit.0.last() {
                    if let ast::ExternalDeclaration::Declaration(dcl) = &ext.node {
                        if let Some(ast::Initializer::Expression(e)) =
                            dcl.node.declarators.first().and_then(|d| d.node.initializer.as_ref()).map(|i| &i.node)
                        {
                            if let ast::Expression::SizeOfTy(st) = &e.node {
                                found = Some(st.node.0.clone());
                            }
                        }
                    }
                }
                let Some(tn) = found else { return Err(self.err(Span::NONE, "cannot parse `_Alignas` argument")) };
                // Spans point into the snippet; only used for diagnostics, which are rare here.
                self.type_name(&tn)?
            };
            return Ok(self.p.align_of(t));
        }
        match text.parse::<u64>() {
            Ok(v) if v.is_power_of_two() => Ok(v),
            _ => {
                // A constant expression: evaluate via a snippet with known enum constants
                // unavailable; fall back to simple integer parsing.
                let v = parse_int_text(text).ok_or_else(|| {
                    let (o, _) = (d.orig_start, 0);
                    let _ = o;
                    self.err(Span::NONE, format!("unsupported `_Alignas` argument `{text}`"))
                })?;
                Ok(v)
            }
        }
    }
}

/// Whether a declarator kind is an identifier, possibly in redundant parentheses.
fn names_plainly(k: &ast::DeclaratorKind) -> bool {
    match k {
        ast::DeclaratorKind::Identifier(_) => true,
        ast::DeclaratorKind::Declarator(inner) => inner.node.derived.is_empty() && names_plainly(&inner.node.kind.node),
        ast::DeclaratorKind::Abstract => false,
    }
}

/// Attributes that apply to a struct type when written after its body.
fn is_comp_attr(name: &str) -> bool {
    matches!(
        attr_base_name(name),
        "packed" | "aligned" | "may_alias" | "transparent_union" | "designated_init" | "ms_struct" | "gcc_struct"
            | "scalar_storage_order" | "randomize_layout" | "no_randomize_layout"
    )
}

pub(crate) fn qual_of(q: &ast::TypeQualifier) -> Quals {
    match q {
        ast::TypeQualifier::Const => Quals::CONST,
        ast::TypeQualifier::Volatile => Quals::VOLATILE,
        ast::TypeQualifier::Restrict => Quals::RESTRICT,
        ast::TypeQualifier::Atomic => Quals::ATOMIC,
        _ => Quals::NONE,
    }
}

fn parse_c_int(i: &ast::Integer) -> Option<i128> {
    let radix = match i.base {
        ast::IntegerBase::Decimal => 10,
        ast::IntegerBase::Octal => 8,
        ast::IntegerBase::Hexadecimal => 16,
        ast::IntegerBase::Binary => 2,
    };
    u128::from_str_radix(&i.number, radix).ok().map(|v| v as i128)
}

fn parse_int_text(t: &str) -> Option<u64> {
    let t = t.trim().trim_end_matches(['u', 'U', 'l', 'L']);
    if let Some(h) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        u64::from_str_radix(h, 16).ok()
    } else {
        t.parse().ok()
    }
}

impl Reported {
    pub fn get(self) -> Reported {
        self
    }
}
