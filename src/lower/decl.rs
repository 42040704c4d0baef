//! Declarations: file-scope and block-scope objects, functions, typedefs, function
//! definitions (including K&R style) and the wrappers of top-level `@f();` statements.

use lang_c::ast;
use lang_c::span::Node;

use super::scope::Sym;
use super::types::{DeclSpec, Declared, StorageSpec};
use super::{FnState, LResult, Lowerer, Reported};
use crate::ir::layout::attr_base_name;
use crate::ir::*;
use crate::syntax::Mark;

impl<'a> Lowerer<'a> {
    pub(crate) fn lower_external(&mut self, ext: &Node<ast::ExternalDeclaration>) -> LResult<()> {
        match &ext.node {
            ast::ExternalDeclaration::Declaration(d) => self.file_declaration(d),
            ast::ExternalDeclaration::StaticAssert(sa) => self.static_assert(sa),
            ast::ExternalDeclaration::FunctionDefinition(fd) => {
                if let Some(name) = fd_name(fd) {
                    if name.starts_with(crate::syntax::prescan::TOPLEVEL_PREFIX) {
                        return self.toplevel_at(fd);
                    }
                }
                self.function_def(fd)
            }
        }
    }

    /// `_Static_assert(e, "msg");`
    pub(crate) fn static_assert(&mut self, sa: &Node<ast::StaticAssert>) -> LResult<()> {
        let (v, _) = self.const_int(&sa.node.expression)?;
        if v == 0 {
            let (msg, _) = self.string_literal_bytes(&sa.node.message)?;
            let msg = String::from_utf8_lossy(&msg).into_owned();
            let sp = self.span(sa);
            return Err(if msg.is_empty() {
                self.err(sp, "static assertion failed")
            } else {
                self.err(sp, format!("static assertion failed: \"{msg}\""))
            });
        }
        Ok(())
    }

    fn file_declaration(&mut self, d: &Node<ast::Declaration>) -> LResult<()> {
        let r = self.file_declaration_inner(d);
        if r.is_err() {
            self.poison_declarators(&d.node);
        }
        r
    }

    fn file_declaration_inner(&mut self, d: &Node<ast::Declaration>) -> LResult<()> {
        let sp = self.span(d);
        let ds = self.decl_spec(&d.node.specifiers, sp)?;
        if d.node.declarators.is_empty() {
            if !ds.declares_tag {
                self.warn(sp, "declaration does not declare anything");
            }
            return Ok(());
        }
        if matches!(ds.storage, Some(StorageSpec::Auto) | Some(StorageSpec::Register)) {
            return Err(self.err(sp, "file-scope declaration specifies `auto` or `register`"));
        }
        let mut first_err = Ok(());
        for idcl in &d.node.declarators {
            if let Err(e) = self.file_declarator(&ds, idcl) {
                first_err = Err(e);
            }
        }
        first_err
    }

    fn file_declarator(&mut self, ds: &DeclSpec, idcl: &Node<ast::InitDeclarator>) -> LResult<()> {
        let mut dcl = self.declarator(ds.ty, &idcl.node.declarator, false)?;
        let Some((name, nsp)) = dcl.name else {
            return Err(self.err(self.span(idcl), "declaration without a name"));
        };
        let mut attrs = ds.attrs.clone();
        attrs.append(&mut dcl.attrs);
        if ds.storage == Some(StorageSpec::Typedef) {
            if idcl.node.initializer.is_some() {
                return Err(self.err(nsp, "typedef is initialized"));
            }
            return self.typedef_decl(name, nsp, dcl.ty, attrs);
        }
        if ds.auto_type {
            let Some(init) = &idcl.node.initializer else {
                return Err(self.err(nsp, "`__auto_type` requires an initializer"));
            };
            let ast::Initializer::Expression(e) = &init.node else {
                return Err(self.err(nsp, "`__auto_type` requires a plain initializer"));
            };
            let t = self.type_of_expr(e)?;
            dcl.ty = self.decayed(t);
        }
        dcl.ty = self.apply_type_changing_attrs(dcl.ty, &mut attrs, nsp)?;
        if self.p.is_func(dcl.ty) {
            if idcl.node.initializer.is_some() {
                return Err(self.err(nsp, "function is initialized like a variable"));
            }
            self.declare_function(name, nsp, dcl.ty, ds, attrs, dcl.asm_label, false)?;
            return Ok(());
        }
        let v = self.declare_global_object(name, nsp, dcl.ty, ds, attrs, dcl.asm_label.clone())?;
        if let Some(init) = &idcl.node.initializer {
            if ds.storage == Some(StorageSpec::Extern) {
                self.warn(nsp, format!("`{}` initialized and declared `extern`", self.p.name_str(name)));
            }
            if self.p.vars[v].init.is_some() {
                return Err(self.err(nsp, format!("redefinition of `{}`", self.p.name_str(name))));
            }
            let ty = self.p.vars[v].ty;
            let ty = self.complete_array_from_init(ty, init)?;
            self.p.vars[v].ty = ty;
            let i = self.static_init(ty, init)?;
            self.p.vars[v].init = Some(i);
            self.p.vars[v].flags.defined = true;
            if self.p.vars[v].storage == Storage::Extern {
                self.p.vars[v].storage = Storage::None;
            }
        } else if ds.storage != Some(StorageSpec::Extern) {
            // A tentative definition.
            self.p.vars[v].flags.defined = true;
        }
        Ok(())
    }

    /// Array-to-pointer / function-to-pointer decay of a type (for `__auto_type`).
    fn decayed(&mut self, t: TypeId) -> TypeId {
        match self.p.skind(t).clone() {
            TypeKind::Array { elem, .. } => self.p.ptr_to(elem),
            TypeKind::Func { .. } => self.p.ptr_to(t),
            _ => self.p.unqualified(t),
        }
    }

    fn typedef_decl(&mut self, name: Name, nsp: Span, ty: TypeId, mut attrs: Vec<Attr>) -> LResult<()> {
        let ty = self.apply_type_changing_attrs(ty, &mut attrs, nsp)?;
        let ty = if attrs.is_empty() { ty } else { self.type_attrs(ty, attrs, nsp)? };
        match self.scopes.lookup_here(name) {
            Some(Sym::Typedef(old)) => {
                // C11 allows redefinition with the same type.
                let old_t = match self.p.kind(old) {
                    TypeKind::Named(td) => self.p.typedefs[*td].ty,
                    _ => old,
                };
                if self.compatible(old_t, ty) {
                    return Ok(());
                }
                return Err(self.err(nsp, format!("conflicting types for typedef `{}`", self.p.name_str(name))));
            }
            Some(_) => {
                return Err(self.err(
                    nsp,
                    format!("`{}` redeclared as a different kind of symbol", self.p.name_str(name)),
                ));
            }
            None => {}
        }
        if self.p.is_vm(ty) {
            // A variably modified typedef (block scope): an alias, not rendered.
            self.scopes.insert(name, Sym::Typedef(ty));
            return Ok(());
        }
        let td = self.p.typedefs.push(TypedefData { name, ty, span: nsp });
        self.p.globals.push(GlobalItem::Typedef(td));
        let t = self.p.ty(TypeKind::Named(td));
        self.scopes.insert(name, Sym::Typedef(t));
        Ok(())
    }

    /// Declares (or redeclares) a function at file scope or via a block-scope declaration.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn declare_function(
        &mut self,
        name: Name,
        nsp: Span,
        ty: TypeId,
        ds: &DeclSpec,
        attrs: Vec<Attr>,
        asm: Option<Vec<u8>>,
        definition: bool,
    ) -> LResult<VarId> {
        let existing = self.externs.get(&name).copied().or_else(|| match self.scopes.lookup_file(name) {
            Some(Sym::Var(v)) => Some(v),
            _ => None,
        });
        let v = match existing {
            Some(v) => {
                let old = self.p.vars[v].ty;
                if !self.p.is_func(old) {
                    return Err(self.err_note(
                        nsp,
                        format!("`{}` redeclared as a different kind of symbol", self.p.name_str(name)),
                        (self.p.vars[v].span, "previous declaration is here".into()),
                    ));
                }
                if ds.storage == Some(StorageSpec::Static) && self.p.vars[v].storage != Storage::Static {
                    return Err(self.err_note(
                        nsp,
                        format!("static declaration of `{}` follows non-static declaration", self.p.name_str(name)),
                        (self.p.vars[v].span, "previous declaration is here".into()),
                    ));
                }
                if !self.compatible(old, ty) {
                    return Err(self.err_note(
                        nsp,
                        format!("conflicting types for `{}`", self.p.name_str(name)),
                        (self.p.vars[v].span, "previous declaration is here".into()),
                    ));
                }
                // Keep the prototype if one of the declarations has one.
                let old_proto = self.p.func_sig(old).map(|s| s.3).unwrap_or(false);
                let new_proto = self.p.func_sig(ty).map(|s| s.3).unwrap_or(false);
                if new_proto || !old_proto {
                    self.p.vars[v].ty = ty;
                }
                v
            }
            None => {
                let mut d = VarData::new(Some(name), ty);
                d.flags.global = true;
                d.span = nsp;
                let v = self.p.new_var(d);
                self.p.globals.push(GlobalItem::Var(v));
                self.externs.insert(name, v);
                v
            }
        };
        {
            let vd = &mut self.p.vars[v];
            match ds.storage {
                Some(StorageSpec::Static) => vd.storage = Storage::Static,
                Some(StorageSpec::Extern) => {
                    if vd.storage == Storage::None && !vd.flags.defined && !definition {
                        vd.storage = Storage::Extern;
                    }
                }
                _ => {
                    if vd.storage == Storage::Extern && definition {
                        vd.storage = Storage::None;
                    }
                }
            }
            if ds.inline {
                vd.flags.inline = true;
            }
            if !ds.inline || ds.storage == Some(StorageSpec::Extern) {
                vd.flags.extern_or_noninline_decl = true;
            }
            if definition && ds.inline && ds.storage == Some(StorageSpec::Extern) {
                vd.flags.extern_inline_def = true;
            }
            if ds.noreturn {
                vd.flags.noreturn = true;
            }
            if asm.is_some() {
                vd.asm_label = asm;
            }
            if definition {
                vd.flags.defined = true;
                vd.span = nsp;
            }
            vd.flags.implicit = false;
        }
        self.merge_attrs(v, attrs);
        if self.scopes.at_file_scope() {
            self.scopes.insert(name, Sym::Var(v));
        } else {
            self.scopes.insert(name, Sym::Var(v));
        }
        Ok(v)
    }

    fn merge_attrs(&mut self, v: VarId, attrs: Vec<Attr>) {
        if attrs.is_empty() {
            return;
        }
        let mut all = self.p.types.attrs(self.p.vars[v].attrs).to_vec();
        for a in attrs {
            if !all.contains(&a) {
                all.push(a);
            }
        }
        self.p.vars[v].attrs = self.p.types.intern_attrs(all);
    }

    /// An implicit function declaration (`extern int f();`) at file scope.
    pub(crate) fn declare_implicit_function(&mut self, name: Name, ty: TypeId, sp: Span) -> VarId {
        if let Some(&v) = self.externs.get(&name) {
            self.scopes.insert(name, Sym::Var(v));
            return v;
        }
        let mut d = VarData::new(Some(name), ty);
        d.flags.global = true;
        d.flags.implicit = true;
        d.storage = Storage::Extern;
        d.span = sp;
        let v = self.p.new_var(d);
        self.p.globals.push(GlobalItem::Var(v));
        self.externs.insert(name, v);
        self.scopes.insert_file(name, Sym::Var(v));
        self.scopes.insert(name, Sym::Var(v));
        v
    }

    fn declare_global_object(
        &mut self,
        name: Name,
        nsp: Span,
        ty: TypeId,
        ds: &DeclSpec,
        attrs: Vec<Attr>,
        asm: Option<Vec<u8>>,
    ) -> LResult<VarId> {
        let existing = match self.scopes.lookup_here(name) {
            Some(Sym::Var(v)) => Some(v),
            Some(_) => {
                return Err(self.err(nsp, format!("`{}` redeclared as a different kind of symbol", self.p.name_str(name))));
            }
            None => self.externs.get(&name).copied(),
        };
        let v = match existing {
            Some(v) => {
                let old = self.p.vars[v].ty;
                if self.p.is_func(old) {
                    return Err(self.err_note(
                        nsp,
                        format!("`{}` redeclared as a different kind of symbol", self.p.name_str(name)),
                        (self.p.vars[v].span, "previous declaration is here".into()),
                    ));
                }
                if !self.compatible(old, ty) {
                    return Err(self.err_note(
                        nsp,
                        format!("conflicting types for `{}`", self.p.name_str(name)),
                        (self.p.vars[v].span, "previous declaration is here".into()),
                    ));
                }
                if ds.storage == Some(StorageSpec::Static) && self.p.vars[v].storage != Storage::Static {
                    return Err(self.err_note(
                        nsp,
                        format!("static declaration of `{}` follows non-static declaration", self.p.name_str(name)),
                        (self.p.vars[v].span, "previous declaration is here".into()),
                    ));
                }
                // Complete an incomplete array type.
                if matches!(self.p.skind(old), TypeKind::Array { len: ArrayLen::Unknown, .. }) {
                    self.p.vars[v].ty = ty;
                }
                v
            }
            None => {
                let mut d = VarData::new(Some(name), ty);
                d.flags.global = true;
                d.span = nsp;
                let v = self.p.new_var(d);
                self.p.globals.push(GlobalItem::Var(v));
                self.externs.insert(name, v);
                v
            }
        };
        {
            let vd = &mut self.p.vars[v];
            match ds.storage {
                Some(StorageSpec::Static) => vd.storage = Storage::Static,
                Some(StorageSpec::Extern) => {
                    if vd.storage == Storage::None && !vd.flags.defined {
                        vd.storage = Storage::Extern;
                    }
                }
                _ => {
                    if vd.storage == Storage::Extern {
                        vd.storage = Storage::None;
                    }
                }
            }
            if ds.thread {
                vd.flags.thread_local = true;
                vd.flags.c11_thread_local = ds.c11_thread;
            }
            if asm.is_some() {
                vd.asm_label = asm;
            }
            if let Some(a) = ds.align {
                vd.align = Some(vd.align.map_or(a, |o| o.max(a)));
            }
        }
        self.merge_attrs(v, attrs);
        self.scopes.insert(name, Sym::Var(v));
        Ok(v)
    }

    // ---- function definitions ----------------------------------------------------------------

    fn function_def(&mut self, fd: &Node<ast::FunctionDefinition>) -> LResult<()> {
        let sp = self.span(fd);
        let at_calls0 = self.at_calls_run;
        let ds = self.decl_spec(&fd.node.specifiers, sp)?;
        if matches!(ds.storage, Some(StorageSpec::Typedef) | Some(StorageSpec::Auto) | Some(StorageSpec::Register)) {
            return Err(self.err(sp, "invalid storage class for function"));
        }
        let Declared { name, ty, attrs: dattrs, asm_label, params, kr_names } =
            self.declarator(ds.ty, &fd.node.declarator, true)?;
        let Some((name, nsp)) = name else { return Err(self.err(sp, "function definition without a name")) };
        if !self.p.is_func(ty) {
            return Err(self.err(nsp, format!("`{}` is not a function", self.p.name_str(name))));
        }
        let mut attrs = ds.attrs.clone();
        attrs.extend(dattrs);
        // Parameters: prototype style or K&R.
        let mut formals: Vec<(Option<(Name, Span)>, TypeId, Option<VarId>)> = Vec::new();
        let mut fty = ty;
        if let Some(kr) = kr_names {
            let mut types: std::collections::HashMap<Name, (TypeId, Span, Vec<Attr>)> = std::collections::HashMap::new();
            for d in &fd.node.declarations {
                let dsp = self.span(d);
                let pds = self.decl_spec(&d.node.specifiers, dsp)?;
                for idcl in &d.node.declarators {
                    let dd = self.declarator(pds.ty, &idcl.node.declarator, false)?;
                    let Some((pn, psp)) = dd.name else { continue };
                    if !kr.iter().any(|(n, _)| *n == pn) {
                        return Err(self.err(psp, format!("declaration for parameter `{}` but no such parameter", self.p.name_str(pn))));
                    }
                    let pt = self.adjust_param_type(dd.ty);
                    types.insert(pn, (pt, psp, dd.attrs));
                }
            }
            for (pn, psp) in &kr {
                let (pt, _, _) = types.get(pn).cloned().unwrap_or_else(|| (self.p.int_ty(IKind::Int), *psp, Vec::new()));
                let mut vd = VarData::new(Some(*pn), pt);
                vd.flags.is_param = true;
                vd.span = *psp;
                let v = self.p.new_var(vd);
                formals.push((Some((*pn, *psp)), pt, Some(v)));
            }
            let ret = self.p.func_sig(ty).map(|s| s.0).unwrap();
            fty = self.p.ty(TypeKind::Func { ret, params: Box::new([]), variadic: false, proto: false });
        } else if let Some(ps) = params {
            for p in ps {
                if p.name.is_none() && !self.p.is_void(p.ty) {
                    // Unnamed parameter in a definition: allowed in C2x, gcc accepts it.
                    let mut vd = VarData::new(None, p.ty);
                    vd.flags.is_param = true;
                    let v = self.p.new_var(vd);
                    formals.push((None, p.ty, Some(v)));
                    continue;
                }
                formals.push((p.name, p.ty, p.var));
            }
        }
        // GNU `extern inline` (gnu_inline) definitions only serve inlining; a later real
        // definition replaces them, and one after a real definition is ignored.
        let new_gnu_inline_only = ds.inline
            && ds.storage == Some(StorageSpec::Extern)
            && attrs.iter().any(|a| attr_base_name(self.p.name_str(a.name)) == "gnu_inline");
        if let Some(old) = self.externs.get(&name).copied() {
            if self.p.vars[old].code.is_some() {
                let old_inline_only = self.p.vars[old].flags.extern_inline_def
                    && self.p.has_attr(self.p.vars[old].attrs, "gnu_inline");
                if new_gnu_inline_only && !old_inline_only {
                    return Ok(());
                }
                if old_inline_only && !new_gnu_inline_only {
                    self.p.vars[old].code = None;
                    self.p.vars[old].flags.extern_inline_def = false;
                    self.p.vars[old].flags.defined = false;
                }
            }
        }
        let prev_span = self.externs.get(&name).map(|&v| self.p.vars[v].span);
        let fv = self.declare_function(name, nsp, fty, &ds, attrs, asm_label, true)?;
        if self.p.vars[fv].code.is_some() {
            return Err(self.err_note(
                nsp,
                format!("redefinition of `{}`", self.p.name_str(name)),
                (prev_span.unwrap_or(Span::NONE), "previous definition is here".into()),
            ));
        }
        for (n, t, _) in &formals {
            if self.p.size_of(*t).is_none() && !self.p.is_vm(*t) && !self.p.is_void(*t) {
                let (pname, psp) = n.map(|(n, s)| (format!(" `{}`", self.p.name_str(n)), s)).unwrap_or((String::new(), nsp));
                return Err(self.err(psp, format!("parameter{pname} has incomplete type `{}`", self.type_str(*t))));
            }
        }
        // The definition's own type (parameter names) wins for rendering.
        if self.p.func_sig(fty).map(|s| s.3).unwrap_or(false) || self.p.func_sig(self.p.vars[fv].ty).map(|s| !s.3).unwrap_or(true) {
            self.p.vars[fv].ty = fty;
        }
        let ret = self.p.func_sig(fty).map(|s| s.0).unwrap();
        if !self.p.is_void(ret) && self.p.size_of(ret).is_none() {
            return Err(self.err(nsp, "function returns an incomplete type"));
        }
        let code = self.p.new_code();
        self.p.vars[fv].code = Some(code);
        let mut formal_vars = Vec::new();
        for (_, _, v) in &formals {
            if let Some(v) = v {
                self.p.vars[*v].owner = Some(code);
                self.p.codes[code].vars.push(*v);
                formal_vars.push(*v);
            }
        }
        self.p.vars[fv].formals = formal_vars;
        let saved_code = self.code.take();
        self.code = Some(code);
        let saved_jumps = std::mem::take(&mut self.jumps);
        self.f = Some(FnState {
            var: fv,
            code,
            ret,
            labels: vec![std::collections::HashMap::new()],
            breaks: Vec::new(),
            continues: Vec::new(),
            switches: Vec::new(),
            vla_scopes: vec![Vec::new()],
            name: self.p.name_str(name).to_string(),
        });
        self.scopes.push();
        for (n, _, v) in &formals {
            if let (Some((n, _)), Some(v)) = (n, v) {
                self.scopes.insert(*n, Sym::Var(*v));
            }
        }
        let body_sp = self.span(&fd.node.statement);
        self.p.codes[code].name_span = nsp;
        self.p.codes[code].body_span = body_sp;
        // What the end of the body does (falling off it) is at its closing brace.
        let end_sp = closing(body_sp);
        if let ast::Statement::Compound(items) = &fd.node.statement.node {
            for it in items {
                self.block_item(it);
            }
        }
        self.close_vla_scope(body_sp);
        self.check_labels();
        // Falling off the end.
        let is_main = self.p.name_str(name) == "main";
        let pending = !self.jumps.pending.is_empty();
        let last_is_return =
            self.p.codes[code].last.is_some_and(|s| matches!(self.p.stmts[s].kind, StmtKind::Return(_)));
        if is_main && self.p.int_kind(ret) == Some(IKind::Int) && (pending || !last_is_return) {
            self.emit(StmtKind::Return(Some(Value::int(IKind::Int, 0))), end_sp);
        } else if pending {
            self.emit(StmtKind::Nop, end_sp);
        }
        self.scopes.pop();
        self.f = None;
        self.jumps = saved_jumps;
        self.code = saved_code;
        let errs = self.p.verify_code(code, false);
        if !errs.is_empty() && self.error_count() == 0 {
            let f = self.p.name_str(name).to_string();
            if self.at_calls_run > at_calls0 {
                // Code spliced in by compile-time calls broke it, not cir.
                self.err(nsp, format!("the body of `{f}` is not well-formed IR after compile-time code changed it: {}", errs[0]));
            } else {
                self.err(nsp, format!("internal error: invalid IR for `{f}`: {}", errs.join("; ")));
            }
        }
        if self.prerender && self.error_count() == 0 {
            let lines = self.line_src.map(|src| crate::render::LineMap { src, map: &self.pre.map });
            crate::render::prerender_body(self.p, fv, lines);
        }
        Ok(())
    }

    /// A top-level `@f(...);` statement (wrapped by the pre-scan in a function).
    fn toplevel_at(&mut self, fd: &Node<ast::FunctionDefinition>) -> LResult<()> {
        let ast::Statement::Compound(items) = &fd.node.statement.node else { return Ok(()) };
        for it in items {
            if let ast::BlockItem::Statement(s) = &it.node {
                if let ast::Statement::Expression(Some(e)) = &s.node {
                    if let ast::Expression::Call(c) = &e.node {
                        let sp = self.span(c);
                        return self.at_call_toplevel(c, sp);
                    }
                }
                return Err(self.err(self.span(s), "expected a function call after `@`"));
            }
        }
        Ok(())
    }

    // ---- block-scope declarations ------------------------------------------------------------

    pub(crate) fn local_declaration(&mut self, d: &Node<ast::Declaration>) -> LResult<()> {
        let r = self.local_declaration_inner(d);
        if r.is_err() {
            self.poison_declarators(&d.node);
        }
        r
    }

    fn local_declaration_inner(&mut self, d: &Node<ast::Declaration>) -> LResult<()> {
        let sp = self.span(d);
        // `__label__ a, b;`
        if let Some(first) = d.node.specifiers.first() {
            if let ast::DeclarationSpecifier::TypeSpecifier(ts) = &first.node {
                if self.mark_at(ts) == Some(Mark::LocalLabel) {
                    let mut names = Vec::new();
                    for idcl in &d.node.declarators {
                        if let ast::DeclaratorKind::Identifier(id) = &idcl.node.declarator.node.kind.node {
                            let n = self.p.name(&id.node.name);
                            names.push((n, self.span(id)));
                        }
                    }
                    self.declare_local_labels(&names);
                    return Ok(());
                }
            }
        }
        let ds = self.decl_spec(&d.node.specifiers, sp)?;
        if d.node.declarators.is_empty() {
            if !ds.declares_tag {
                self.warn(sp, "declaration does not declare anything");
            }
            return Ok(());
        }
        let mut res = Ok(());
        for idcl in &d.node.declarators {
            if let Err(e) = self.local_declarator(&ds, idcl) {
                res = Err(e);
            }
        }
        res
    }

    fn local_declarator(&mut self, ds: &DeclSpec, idcl: &Node<ast::InitDeclarator>) -> LResult<()> {
        let mut dcl = self.declarator(ds.ty, &idcl.node.declarator, false)?;
        let Some((name, nsp)) = dcl.name else {
            return Err(self.err(self.span(idcl), "declaration without a name"));
        };
        let mut attrs = ds.attrs.clone();
        attrs.append(&mut dcl.attrs);
        if ds.storage == Some(StorageSpec::Typedef) {
            return self.typedef_decl(name, nsp, dcl.ty, attrs);
        }
        if ds.auto_type {
            let Some(init) = &idcl.node.initializer else {
                return Err(self.err(nsp, "`__auto_type` requires an initializer"));
            };
            let ast::Initializer::Expression(e) = &init.node else {
                return Err(self.err(nsp, "`__auto_type` requires a plain initializer"));
            };
            let t = self.type_of_expr(e)?;
            dcl.ty = self.decayed(t);
        }
        dcl.ty = self.apply_type_changing_attrs(dcl.ty, &mut attrs, nsp)?;
        if let Some(Sym::Var(_)) | Some(Sym::EnumConst(..)) | Some(Sym::Typedef(_)) = self.scopes.lookup_here(name) {
            let is_extern_redecl = ds.storage == Some(StorageSpec::Extern) || self.p.is_func(dcl.ty);
            if !is_extern_redecl {
                return Err(self.err(nsp, format!("redefinition of `{}`", self.p.name_str(name))));
            }
        }
        if self.p.is_func(dcl.ty) {
            if ds.storage == Some(StorageSpec::Static) {
                return Err(self.err(nsp, "invalid storage class for a block-scope function declaration"));
            }
            let v = self.declare_function(name, nsp, dcl.ty, ds, attrs, dcl.asm_label, false)?;
            self.scopes.insert(name, Sym::Var(v));
            return Ok(());
        }
        if ds.storage == Some(StorageSpec::Extern) {
            if idcl.node.initializer.is_some() {
                return Err(self.err(nsp, "`extern` declaration has an initializer"));
            }
            let v = match self.externs.get(&name).copied() {
                Some(v) => {
                    let old = self.p.vars[v].ty;
                    if !self.compatible(old, dcl.ty) {
                        return Err(self.err(nsp, format!("conflicting types for `{}`", self.p.name_str(name))));
                    }
                    v
                }
                None => {
                    let mut d = VarData::new(Some(name), dcl.ty);
                    d.flags.global = true;
                    d.storage = Storage::Extern;
                    d.span = nsp;
                    d.asm_label = dcl.asm_label.clone();
                    if ds.thread {
                        d.flags.thread_local = true;
                        d.flags.c11_thread_local = ds.c11_thread;
                    }
                    let v = self.p.new_var(d);
                    self.p.globals.push(GlobalItem::Var(v));
                    self.externs.insert(name, v);
                    v
                }
            };
            self.merge_attrs(v, attrs);
            self.scopes.insert(name, Sym::Var(v));
            return Ok(());
        }
        let ty = match &idcl.node.initializer {
            Some(init) => self.complete_array_from_init(dcl.ty, init)?,
            None => dcl.ty,
        };
        if self.p.is_void(ty) {
            return Err(self.err(nsp, format!("variable `{}` has incomplete type `void`", self.p.name_str(name))));
        }
        let is_static = ds.storage == Some(StorageSpec::Static);
        if self.p.size_of(ty).is_none() && !self.p.is_vm(ty) {
            if self.is_poisoned(ty) {
                return Err(Reported);
            }
            return Err(self.err(nsp, format!("storage size of `{}` isn't known", self.p.name_str(name))));
        }
        let mut d = VarData::new(Some(name), ty);
        d.owner = self.code_owner();
        d.span = nsp;
        d.attrs = self.p.types.intern_attrs(attrs);
        d.align = ds.align;
        d.asm_label = dcl.asm_label;
        if is_static {
            d.storage = Storage::Static;
        } else if ds.storage == Some(StorageSpec::Register) {
            d.storage = Storage::Register;
        }
        if ds.thread {
            if !is_static {
                return Err(self.err(nsp, "`_Thread_local` on a block-scope variable requires `static` or `extern`"));
            }
            d.flags.thread_local = true;
            d.flags.c11_thread_local = ds.c11_thread;
        }
        let vm = self.p.is_vm(ty);
        if vm && is_static {
            return Err(self.err(nsp, "variably modified object with static storage duration"));
        }
        // VLAs and objects with a `cleanup` function live exactly as long as their block:
        // they are declared where their scope starts, in a nested block of the output.
        let has_cleanup = self.p.has_attr(d.attrs, "cleanup");
        let scoped = (vm || has_cleanup) && !is_static;
        if scoped {
            d.flags.vla = true;
        }
        let v = self.p.new_var(d);
        // The name is in scope in its own initializer.
        self.scopes.insert(name, Sym::Var(v));
        if scoped {
            self.note_vla(v, nsp);
        }
        if let Some(init) = &idcl.node.initializer {
            if vm && self.p.is_array(ty) {
                return Err(self.err(nsp, "variable-sized object may not be initialized"));
            }
            if is_static {
                let i = self.static_init(ty, init)?;
                self.p.vars[v].init = Some(i);
            } else {
                self.local_init(v, ty, init, nsp)?;
            }
        }
        Ok(())
    }
}

/// The name a function definition defines, if simple.
fn fd_name(fd: &Node<ast::FunctionDefinition>) -> Option<&str> {
    let mut d = &fd.node.declarator;
    loop {
        match &d.node.kind.node {
            ast::DeclaratorKind::Identifier(id) => return Some(&id.node.name),
            ast::DeclaratorKind::Declarator(inner) => d = inner,
            ast::DeclaratorKind::Abstract => return None,
        }
    }
}

/// The last byte of a span (a block's closing brace).
pub(crate) fn closing(sp: Span) -> Span {
    if sp.is_none() || sp.end <= sp.start { sp } else { Span { start: sp.end - 1, end: sp.end } }
}
