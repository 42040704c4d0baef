//! Statements: control flow becomes `if (a op b) goto`, `goto` and `switch` dispatch
//! statements; user labels become labelled no-op statements.

use std::collections::HashMap;

use lang_c::ast;
use lang_c::span::Node;

use super::expr::Ex;
use super::{LResult, Lowerer, SwitchCtx, UserLabel};
use crate::ir::*;
use crate::syntax::Mark;

impl<'a> Lowerer<'a> {
    /// Lowers a statement; errors are reported and the statement skipped.
    pub(crate) fn stmt(&mut self, s: &Node<ast::Statement>) {
        if self.error_count() >= self.max_errors {
            return;
        }
        let sp = self.span(s);
        let outer = std::mem::replace(&mut self.stmt_span, sp);
        let _ = self.stmt_inner(s);
        self.stmt_span = outer;
    }

    fn stmt_inner(&mut self, s: &Node<ast::Statement>) -> LResult<()> {
        use ast::Statement as S;
        let sp = self.span(s);
        match &s.node {
            S::Labeled(l) => self.labeled(l),
            S::Compound(items) => {
                self.scopes.push();
                self.open_vla_scope();
                for it in items {
                    self.block_item(it);
                }
                self.close_vla_scope(sp);
                self.scopes.pop();
                Ok(())
            }
            S::Expression(None) => Ok(()),
            S::Expression(Some(e)) => {
                if self.mark_at(e) == Some(Mark::GotoStar) {
                    // GNU `goto *e;` (the pre-scan erased `goto`).
                    if let ast::Expression::UnaryOperator(u) = &e.node {
                        let (v, t) = self.rvalue(&u.node.operand)?;
                        if !self.p.is_ptr(t) {
                            return Err(self.err(sp, "computed goto needs a pointer"));
                        }
                        self.emit(StmtKind::IndirectGoto(v), sp);
                        return Ok(());
                    }
                }
                self.expr_discard(e)
            }
            S::If(i) => {
                let (t, f) = self.cond(&i.node.condition)?;
                let end = self.new_label();
                self.place_jumps(t);
                self.stmt(&i.node.then_statement);
                match &i.node.else_statement {
                    Some(e) => {
                        self.goto(end, sp);
                        self.place_jumps(f);
                        self.stmt(e);
                    }
                    None => self.place_jumps(f),
                }
                self.place(end);
                Ok(())
            }
            S::While(w) => {
                let head = self.new_label();
                let end = self.new_label();
                self.place(head);
                let (t, f) = self.cond(&w.node.expression)?;
                self.jumps_to(f, end);
                self.place_jumps(t);
                self.loop_body(&w.node.statement, end, head);
                self.goto(head, sp);
                self.place(end);
                Ok(())
            }
            S::DoWhile(d) => {
                let top = self.new_label();
                let cont = self.new_label();
                let end = self.new_label();
                self.place(top);
                // Make sure `top` resolves to a statement of the body (or the condition).
                self.loop_body(&d.node.statement, end, cont);
                self.place(cont);
                let (t, f) = self.cond(&d.node.expression)?;
                self.jumps_to(t, top);
                self.jumps_to(f, end);
                self.place(end);
                Ok(())
            }
            S::For(fs) => {
                self.scopes.push();
                self.open_vla_scope();
                let r = (|| {
                    match &fs.node.initializer.node {
                        ast::ForInitializer::Empty => {}
                        ast::ForInitializer::Expression(e) => self.expr_discard(e)?,
                        ast::ForInitializer::Declaration(d) => self.local_declaration(d)?,
                        ast::ForInitializer::StaticAssert(sa) => self.static_assert(sa)?,
                    }
                    let head = self.new_label();
                    let cont = self.new_label();
                    let end = self.new_label();
                    self.place(head);
                    if let Some(c) = &fs.node.condition {
                        let (t, f) = self.cond(c)?;
                        self.jumps_to(f, end);
                        self.place_jumps(t);
                    }
                    self.loop_body(&fs.node.statement, end, cont);
                    self.place(cont);
                    if let Some(st) = &fs.node.step {
                        self.expr_discard(st)?;
                    }
                    self.goto(head, sp);
                    self.place(end);
                    Ok(())
                })();
                self.close_vla_scope(sp);
                self.scopes.pop();
                r
            }
            S::Goto(id) => {
                let n = self.p.name(&id.node.name);
                let target = self.user_label_stmt(n, self.span(id))?;
                self.emit(StmtKind::Goto(Some(target)), sp);
                Ok(())
            }
            S::Continue => {
                let Some(&c) = self.f.as_ref().and_then(|f| f.continues.last()) else {
                    return Err(self.err(sp, "`continue` statement not in a loop"));
                };
                self.goto(c, sp);
                Ok(())
            }
            S::Break => {
                let Some(&b) = self.f.as_ref().and_then(|f| f.breaks.last()) else {
                    return Err(self.err(sp, "`break` statement not in a loop or switch"));
                };
                self.goto(b, sp);
                Ok(())
            }
            S::Return(e) => self.return_stmt(e.as_deref(), sp),
            S::Switch(sw) => self.switch(sw, sp),
            S::Asm(a) => self.asm_stmt(a, sp),
        }
    }

    fn loop_body(&mut self, body: &Node<ast::Statement>, brk: super::LabelRef, cont: super::LabelRef) {
        if let Some(f) = &mut self.f {
            f.breaks.push(brk);
            f.continues.push(cont);
        }
        self.stmt(body);
        if let Some(f) = &mut self.f {
            f.breaks.pop();
            f.continues.pop();
        }
    }

    fn return_stmt(&mut self, e: Option<&Node<ast::Expression>>, sp: Span) -> LResult<()> {
        let ret = self.f.as_ref().map(|f| f.ret).expect("in function");
        let is_void = self.p.is_void(ret);
        match e {
            None => {
                if !is_void {
                    self.warn(sp, "`return` with no value in a function returning non-void");
                }
                self.emit(StmtKind::Return(None), sp);
            }
            Some(e) => {
                let esp = self.span(e);
                if is_void {
                    // `return f();` in a void function is allowed for void expressions.
                    let ex = self.expr(e)?;
                    if !matches!(ex, Ex::Void) {
                        let _ = self.rval(ex, esp);
                        return Err(self.err(esp, "`return` with a value in a function returning void"));
                    }
                    self.emit(StmtKind::Return(None), sp);
                    return Ok(());
                }
                let (v, t) = self.rvalue(e)?;
                let v = self.assign_convert(v, t, ret, esp, "returning")?;
                self.emit(StmtKind::Return(Some(v)), sp);
            }
        }
        Ok(())
    }

    fn labeled(&mut self, l: &Node<ast::LabeledStatement>) -> LResult<()> {
        self.label_only(l)?;
        self.stmt(&l.node.statement);
        Ok(())
    }

    /// Places the label of a labelled statement (not the statement).
    pub(crate) fn label_only(&mut self, l: &Node<ast::LabeledStatement>) -> LResult<()> {
        let sp = self.span(l);
        match &l.node.label.node {
            ast::Label::Identifier(id) => {
                let n = self.p.name(&id.node.name);
                let isp = self.span(id);
                let s = self.user_label_stmt(n, isp)?;
                let (scope_idx, already) = {
                    let f = self.f.as_ref().expect("in function");
                    let idx = f.labels.iter().rposition(|m| m.contains_key(&n)).unwrap_or(0);
                    (idx, f.labels[idx].get(&n).is_some_and(|u| u.defined))
                };
                if already {
                    self.err(isp, format!("redefinition of label `{}`", id.node.name));
                } else {
                    if let Some(u) = self.f.as_mut().unwrap().labels[scope_idx].get_mut(&n) {
                        u.defined = true;
                    }
                    self.attach_label_stmt(s);
                }
            }
            ast::Label::Case(e) => {
                let (lo, _) = self.case_value(e)?;
                self.add_case(lo, lo, sp)?;
            }
            ast::Label::CaseRange(r) => {
                let (lo, _) = self.case_value(&r.node.low)?;
                let (hi, _) = self.case_value(&r.node.high)?;
                if lo > hi {
                    self.warn(sp, "empty range specified");
                } else {
                    self.add_case(lo, hi, sp)?;
                }
            }
            ast::Label::Default => {
                let Some(sw) = self.f.as_ref().and_then(|f| f.switches.last()) else {
                    return Err(self.err(sp, "`default` label not within a switch statement"));
                };
                if sw.default.is_some() {
                    return Err(self.err(sp, "multiple default labels in one switch"));
                }
                let l = self.new_label();
                self.f.as_mut().unwrap().switches.last_mut().unwrap().default = Some(l);
                self.place(l);
            }
        }
        Ok(())
    }

    /// Attaches a user label's statement (a no-op) here; pending jumps land on it.
    fn attach_label_stmt(&mut self, s: StmtId) {
        let Some(code) = self.code else { return };
        self.p.attach_last(code, s);
        self.resolve_pending(s);
    }

    /// The statement of user label `n` (created as an orphan no-op on first mention).
    pub(crate) fn user_label_stmt(&mut self, n: Name, sp: Span) -> LResult<StmtId> {
        let Some(f) = self.f.as_ref() else {
            return Err(self.err(sp, "label outside a function"));
        };
        for scope in f.labels.iter().rev() {
            if let Some(u) = scope.get(&n) {
                return Ok(u.stmt);
            }
        }
        let s = self.p.new_orphan_stmt(StmtKind::Nop, sp);
        let f = self.f.as_mut().unwrap();
        f.labels[0].insert(n, UserLabel { stmt: s, defined: false, first_use: sp });
        Ok(s)
    }

    /// Declares local labels (`__label__ a, b;`) in the innermost label scope.
    pub(crate) fn declare_local_labels(&mut self, names: &[(Name, Span)]) {
        for &(n, sp) in names {
            let s = self.p.new_orphan_stmt(StmtKind::Nop, sp);
            if let Some(f) = &mut self.f {
                if let Some(top) = f.labels.last_mut() {
                    top.insert(n, UserLabel { stmt: s, defined: false, first_use: sp });
                }
            }
        }
    }

    pub(crate) fn push_label_scope(&mut self) {
        if let Some(f) = &mut self.f {
            f.labels.push(HashMap::new());
        }
    }

    pub(crate) fn pop_label_scope(&mut self) {
        let mut undefined = Vec::new();
        if let Some(f) = &mut self.f {
            if f.labels.len() > 1 {
                let m = f.labels.pop().unwrap();
                for (n, u) in m {
                    if !u.defined {
                        undefined.push((n, u.first_use));
                    }
                }
            }
        }
        for (n, sp) in undefined {
            let name = self.p.name_str(n).to_string();
            self.err(sp, format!("label `{name}` used but not defined"));
        }
    }

    /// Reports labels used but never defined at the end of a function.
    pub(crate) fn check_labels(&mut self) {
        let mut undefined = Vec::new();
        if let Some(f) = &self.f {
            for m in &f.labels {
                for (n, u) in m {
                    if !u.defined {
                        undefined.push((*n, u.first_use));
                    }
                }
            }
        }
        undefined.sort_by_key(|(_, s)| s.start);
        for (n, sp) in undefined {
            let name = self.p.name_str(n).to_string();
            self.err(sp, format!("label `{name}` used but not defined"));
        }
    }

    fn case_value(&mut self, e: &Node<ast::Expression>) -> LResult<(i128, TypeId)> {
        let sp = self.span(e);
        let Some(ty) = self.f.as_ref().and_then(|f| f.switches.last()).map(|s| s.ty) else {
            return Err(self.err(sp, "`case` label not within a switch statement"));
        };
        let (v, t) = self.const_int(e)?;
        let k = self.p.int_kind(ty).unwrap_or(IKind::Int);
        let _ = t;
        Ok((k.wrap(v), ty))
    }

    fn add_case(&mut self, lo: i128, hi: i128, sp: Span) -> LResult<()> {
        let l = self.new_label();
        let sw = self.f.as_mut().unwrap().switches.last_mut().unwrap();
        let k_signed = true;
        let _ = k_signed;
        for &(a, b, _, psp) in &sw.cases {
            if lo <= b && a <= hi {
                let msg = if lo == hi { "duplicate case value".to_string() } else { "duplicate (or overlapping) case value".into() };
                return Err(self.err_note(sp, msg, (psp, "previously used here".into())));
            }
        }
        sw.cases.push((lo, hi, l, sp));
        self.place(l);
        Ok(())
    }

    fn switch(&mut self, sw: &Node<ast::SwitchStatement>, sp: Span) -> LResult<()> {
        let esp = self.span(&sw.node.expression);
        let (v, t) = self.rvalue(&sw.node.expression)?;
        if !self.p.is_integer(t) {
            return Err(self.err(esp, format!("switch quantity not an integer (`{}`)", self.type_str(t))));
        }
        let pt = self.promote(t, None);
        let v = self.convert(v, t, pt);
        // The controlling value must not change while cases are compared: keep it in a temp
        // unless it is a constant or a temporary already.
        let v = match v.kind {
            ValueKind::Int { .. } => v,
            ValueKind::Var { var, path: None } if v.cast.is_none() && self.p.vars[var].flags.temp => v,
            _ => Value::var(self.copy_to_temp(v, pt, esp)),
        };
        let st = self.emit(StmtKind::Switch { value: v, cases: Vec::new(), default: None }, sp);
        let end = self.new_label();
        self.f.as_mut().unwrap().switches.push(SwitchCtx { ty: pt, cases: Vec::new(), default: None });
        self.f.as_mut().unwrap().breaks.push(end);
        self.stmt(&sw.node.statement);
        self.f.as_mut().unwrap().breaks.pop();
        let ctx = self.f.as_mut().unwrap().switches.pop().unwrap();
        self.place(end);
        // Resolve case labels: they may still be pending if nothing followed them.
        let needs_stmt = ctx.cases.iter().any(|c| self.label_target(c.2).is_none())
            || ctx.default.is_some_and(|d| self.label_target(d).is_none());
        if needs_stmt {
            self.emit(StmtKind::Nop, sp);
        }
        let mut cases = Vec::new();
        for (lo, hi, l, _) in &ctx.cases {
            let Some(t) = self.label_target(*l) else { continue };
            cases.push(SwitchCase { lo: *lo, hi: *hi, target: t });
        }
        let default_label = ctx.default.unwrap_or(end);
        if let StmtKind::Switch { cases: c, .. } = &mut self.p.stmts[st].kind {
            *c = cases;
        }
        self.jumps_to(vec![st], default_label);
        Ok(())
    }

    fn asm_stmt(&mut self, a: &Node<ast::AsmStatement>, sp: Span) -> LResult<()> {
        match &a.node {
            ast::AsmStatement::GnuBasic(s) => {
                let (t, _) = self.string_literal_bytes(s)?;
                self.emit(
                    StmtKind::Asm(Box::new(AsmStmt {
                        volatile: true,
                        basic: true,
                        template: t,
                        outputs: Vec::new(),
                        inputs: Vec::new(),
                        clobbers: Vec::new(),
                    })),
                    sp,
                );
            }
            ast::AsmStatement::GnuExtended(x) => {
                let (template, _) = self.string_literal_bytes(&x.template)?;
                let mut outputs = Vec::new();
                for o in &x.outputs {
                    let (constraint, _) = self.string_literal_bytes(&o.node.constraints)?;
                    let ex = self.expr(&o.node.variable_name)?;
                    let v = match ex {
                        Ex::Val { v, lv: true, .. } => v,
                        _ => return Err(self.err(self.span(&o.node.variable_name), "asm output is not an lvalue")),
                    };
                    if let Some(b) = v.base_var() {
                        self.p.vars[b].flags.addr_taken = true;
                    }
                    let name = o.node.symbolic_name.as_ref().map(|n| self.p.name(&n.node.name));
                    outputs.push(AsmOperand { name, constraint, value: v });
                }
                let mut inputs = Vec::new();
                for i in &x.inputs {
                    let (constraint, _) = self.string_literal_bytes(&i.node.constraints)?;
                    // Memory operands need the object itself, not a copy.
                    let mem = constraint.contains(&b'm');
                    let v = if mem {
                        match self.expr(&i.node.variable_name)? {
                            Ex::Val { v, .. } => {
                                if let Some(b) = v.base_var() {
                                    self.p.vars[b].flags.addr_taken = true;
                                }
                                v
                            }
                            other => self.rval(other, sp)?.0,
                        }
                    } else {
                        self.rvalue(&i.node.variable_name)?.0
                    };
                    let name = i.node.symbolic_name.as_ref().map(|n| self.p.name(&n.node.name));
                    inputs.push(AsmOperand { name, constraint, value: v });
                }
                let mut clobbers = Vec::new();
                for c in &x.clobbers {
                    clobbers.push(self.string_literal_bytes(c)?.0);
                }
                let volatile = x.qualifier.as_ref().is_some_and(|q| q.node == ast::TypeQualifier::Volatile);
                self.emit(StmtKind::Asm(Box::new(AsmStmt { volatile, basic: false, template, outputs, inputs, clobbers })), sp);
            }
        }
        Ok(())
    }

    /// Lowers one block item.
    pub(crate) fn block_item(&mut self, it: &Node<ast::BlockItem>) {
        if self.error_count() >= self.max_errors {
            return;
        }
        match &it.node {
            ast::BlockItem::Declaration(d) => {
                let sp = self.span(d);
                let outer = std::mem::replace(&mut self.stmt_span, sp);
                let _ = self.local_declaration(d);
                self.stmt_span = outer;
            }
            ast::BlockItem::StaticAssert(sa) => {
                let _ = self.static_assert(sa);
            }
            ast::BlockItem::Statement(s) => self.stmt(s),
        }
    }

    pub(crate) fn open_vla_scope(&mut self) {
        if let Some(f) = &mut self.f {
            f.vla_scopes.push(Vec::new());
        }
        self.push_label_scope();
    }

    pub(crate) fn close_vla_scope(&mut self, sp: Span) {
        self.pop_label_scope();
        let vlas = match &mut self.f {
            Some(f) => f.vla_scopes.pop().unwrap_or_default(),
            None => return,
        };
        // The scope ends at the block's closing brace.
        let sp = super::decl::closing(sp);
        for v in vlas.into_iter().rev() {
            self.emit(StmtKind::ScopeEnd(v), sp);
        }
    }

    /// Registers a VLA declared in the innermost block.
    pub(crate) fn note_vla(&mut self, v: VarId, sp: Span) {
        self.emit(StmtKind::VlaDecl(v), sp);
        if let Some(f) = &mut self.f {
            if let Some(top) = f.vla_scopes.last_mut() {
                top.push(v);
            }
        }
    }
}
