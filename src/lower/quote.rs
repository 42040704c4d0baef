//! Quasi-quotation: C text written by compile-time code (`CirQ_code`, `CirQ_decls` in
//! `cir.h`), parsed and lowered while an `@` call runs.
//!
//! The text's holes were replaced by the API with placeholder identifiers `__cir_qN`: a value
//! hole stands for its value, a code hole splices its statements and stands for its value, a
//! type hole is a typedef name standing for its type. Names inserted with `%n` were written
//! into the text as themselves and are recorded as *unhygienic*.
//!
//! Hygiene: quoted code is lowered with the block scopes of the `@` call site hidden, so an
//! identifier written in the text can only mean a file-scope declaration or something the text
//! itself declares; only the unhygienic names see the call site's locals. Locals the text
//! declares are fresh variables (rendered `vidN_name`), so they cannot clash with the user's.
//!
//! Spans of quoted nodes are `QUOTE_BASE` + their offset in the parsed text; diagnostics on them
//! are reported at the `@` call site, and statements, vars and function bodies made from them
//! carry the site's span.

use std::collections::HashSet;

use lang_c::ast;

use super::expr::Ex;
use super::scope::{Hidden, Sym};
use super::{LResult, Lowerer};
use crate::ir::*;

/// `CirAQ(e)` in `cirq.h` expands to a call of this marker inside a template.
pub const AQ_MARKER: &str = "__cir_aq";
/// The compile-time function `cirq.h`'s `CirQ(template)` calls with `@`.
pub const QUOTE_FN: &str = "CirQ__quote";
/// `ValueKind::User` id of an anti-quote hole in a template (its `ptr` is the hole's index).
pub const AQ_USER: u32 = u32::MAX;

/// An anti-quote of a template: the value computed outside the template (in the compile-time
/// function), and whether it is a `CirCodeId` (spliced) or a `const CirValue *`.
#[derive(Clone, Debug)]
pub struct AqHole {
    pub value: Value,
    pub is_code: bool,
}

/// The anti-quotes of the template being lowered, and the code they are computed in.
pub struct AntiQuotes {
    pub outer: Option<CodeId>,
    pub holes: Vec<AqHole>,
}

/// Offsets at or above this are in quoted text.
pub const QUOTE_BASE: usize = 0xC000_0000;

/// A hole of quoted text.
#[derive(Clone, Debug)]
pub enum Hole {
    Value(Value),
    Code(CodeId),
    Type(TypeId),
}

/// The quotation being lowered.
pub struct Quote {
    /// The parsed text (spans index it after subtracting `QUOTE_BASE`).
    pub text: String,
    /// The `@` call site.
    pub site: Span,
    pub holes: Vec<Hole>,
    pub unhygienic: HashSet<Name>,
    /// The call site's block scopes (hidden while the quote is lowered).
    hidden: Option<Hidden>,
}

/// The placeholder identifier of hole `i`.
pub fn hole_name(i: usize) -> String {
    format!("__cir_q{i}")
}

fn hole_index(name: &str) -> Option<usize> {
    name.strip_prefix("__cir_q")?.parse().ok()
}

impl<'a> Lowerer<'a> {
    /// `CirAQ(e)` inside the template of `@CirQ__quote`: `e` is computed where the template is
    /// written (in the compile-time function), and the template gets a hole (typed `int`: cast it
    /// for another type).
    pub(crate) fn antiquote(&mut self, args: &[lang_c::span::Node<ast::Expression>], sp: Span) -> LResult<Ex> {
        if args.len() != 1 {
            return Err(self.err(sp, "`CirAQ` takes one argument"));
        }
        let Some(mut aq) = self.aq.take() else { return Err(self.err(sp, "`CirAQ` outside a `CirQ` template")) };
        let Some(outer) = aq.outer else {
            self.aq = Some(aq);
            return Err(self.err(sp, "`CirQ` templates can only be written inside a function"));
        };
        let inner = self.code.replace(outer);
        let pending = self.take_pending_labels();
        let r = self.rvalue(&args[0]);
        self.restore_pending_labels(pending);
        self.code = inner;
        let (v, t) = match r {
            Ok(x) => x,
            Err(e) => {
                self.aq = Some(aq);
                return Err(e);
            }
        };
        let is_code = match self.p.kind(t) {
            TypeKind::Named(td) => self.p.name_str(self.p.typedefs[*td].name) == "CirCodeId",
            _ => false,
        };
        if !is_code && !self.p.is_ptr(t) {
            self.aq = Some(aq);
            return Err(self.err(sp, "`CirAQ` takes a `const CirValue *` or a `CirCodeId`"));
        }
        let k = aq.holes.len();
        aq.holes.push(AqHole { value: v, is_code });
        self.aq = Some(aq);
        let int = self.p.int_ty(IKind::Int);
        Ok(Ex::Val { v: Value::new(ValueKind::User { user: AQ_USER, ptr: k as u64 }), ty: int, lv: false })
    }

    /// Moves the locals and temporaries created since `vars0` from the function body to `code`
    /// (the code argument of an `@` call owns what its expression needs).
    pub(crate) fn adopt_locals(&mut self, code: CodeId, vars0: usize) {
        let Some(body) = self.f.as_ref().map(|f| f.code) else { return };
        let moved: Vec<VarId> = (vars0..self.p.vars.len())
            .map(VarId::from_index)
            .filter(|&v| {
                let d = &self.p.vars[v];
                d.owner == Some(body) && d.storage != Storage::Static && !d.flags.vla
            })
            .collect();
        if moved.is_empty() {
            return;
        }
        let set: HashSet<VarId> = moved.iter().copied().collect();
        self.p.codes[body].vars.retain(|v| !set.contains(v));
        for v in moved {
            self.p.vars[v].owner = Some(code);
            self.p.codes[code].vars.push(v);
        }
    }

    /// The file-scope variable or function named `n`.
    pub fn file_var(&self, n: Name) -> Option<VarId> {
        match self.scopes.lookup_file(n) {
            Some(Sym::Var(v)) => Some(v),
            _ => None,
        }
    }

    /// Whether a span is in quoted text.
    pub(crate) fn in_quote(s: Span) -> bool {
        !s.is_none() && s.start as usize >= QUOTE_BASE
    }

    /// The source bytes of a node's span (original input, or quoted text).
    pub(crate) fn source_bytes(&self, sp: Span) -> Vec<u8> {
        if Self::in_quote(sp) {
            let q = self.quote.as_ref();
            let (s, e) = (sp.start as usize - QUOTE_BASE, sp.end as usize - QUOTE_BASE);
            return q.and_then(|q| q.text.as_bytes().get(s..e)).unwrap_or(&[]).to_vec();
        }
        let (o, l) = self.orig(sp);
        self.orig_bytes(o, l).to_vec()
    }

    /// An identifier inside quoted text: a hole, or an unhygienic name (looked up among the
    /// call site's locals first). `None`: resolve it normally.
    pub(crate) fn quote_identifier(&mut self, name: &str, sp: Span) -> Option<LResult<Ex>> {
        let q = self.quote.as_ref()?;
        if let Some(i) = hole_index(name) {
            let hole = q.holes.get(i)?.clone();
            return Some(match hole {
                Hole::Value(v) => {
                    let ty = self.p.value_type(&v);
                    Ok(Ex::Val { v, ty, lv: v.is_lval() && !self.p.is_func(ty) })
                }
                Hole::Code(c) => self.splice_code(c),
                Hole::Type(_) => Err(self.err(sp, "a type hole (`%t`) used as an expression")),
            });
        }
        let n = self.p.names.get(name)?;
        if !q.unhygienic.contains(&n) {
            return None;
        }
        match q.hidden.as_ref()?.lookup(n) {
            Some(Sym::Var(v)) => {
                let ty = self.p.vars[v].ty;
                let lv = !self.p.is_func(ty);
                Some(Ok(Ex::Val { v: Value::var(v), ty, lv }))
            }
            _ => None,
        }
    }

    /// Typedef names the parser must know for quoted text: those in scope plus the type holes.
    pub fn quote_typedef_names(&self, holes: &[Hole]) -> Vec<String> {
        let mut v: Vec<String> = self.scopes.typedef_names().into_iter().map(|n| self.p.name_str(n).to_string()).collect();
        for (i, h) in holes.iter().enumerate() {
            if matches!(h, Hole::Type(_)) {
                v.push(hole_name(i));
            }
        }
        v.sort();
        v.dedup();
        v
    }

    /// Parses `before body after` after a prelude declaring the typedef names in scope and the
    /// type holes: the whole text (spans index it) and the external declarations after the
    /// prelude.
    fn parse_quoted(&self, holes: &[Hole], before: &str, body: &str, after: &str) -> Result<(String, Vec<lang_c::span::Node<ast::ExternalDeclaration>>), String> {
        let mut text = String::new();
        let names = self.quote_typedef_names(holes);
        for n in &names {
            text.push_str(&format!("typedef int {n};\n"));
        }
        text.push_str(before);
        let body_start = text.len();
        text.push_str(body);
        text.push_str(after);
        let unit = crate::syntax::parse_text(text.clone()).map_err(|(off, exp)| syntax_message(&text, body_start, off, &exp))?;
        let exts = unit.0.into_iter().skip(names.len()).collect();
        Ok((text, exts))
    }

    /// Lowers quoted statements (`body`, the inside of a statement expression) into a new code
    /// whose value is the value of the last expression statement.
    pub fn quote_code(&mut self, body: &str, holes: Vec<Hole>, unhygienic: &[String], site: Span) -> Result<CodeId, String> {
        if self.f.is_none() {
            return Err("quoted statements need an `@` call inside a function (use `CirQ_decls` at file scope)".into());
        }
        let (text, exts) = self.parse_quoted(&holes, "void __cir_quote(void) { ({\n", body, "\n; }); }\n")?;
        let Some(ext) = exts.first() else { return Err("the quoted code is empty".into()) };
        let ast::ExternalDeclaration::FunctionDefinition(fd) = &ext.node else {
            return Err("the quoted code is not a list of statements".into());
        };
        let ast::Statement::Compound(items) = &fd.node.statement.node else { return Err("the quoted code is not a block".into()) };
        let Some(ast::BlockItem::Statement(st)) = items.first().map(|i| &i.node) else {
            return Err("the quoted code is not a list of statements".into());
        };
        let ast::Statement::Expression(Some(e)) = &st.node else { return Err("the quoted code is not a list of statements".into()) };
        let e = (**e).clone();
        self.with_quote(text, holes, unhygienic, site, false, |lw| {
            let code = lw.p.new_code();
            let saved = lw.code.replace(code);
            let outer_pending = lw.take_pending_labels();
            let ex = lw.expr(&e);
            lw.seal_code();
            lw.restore_pending_labels(outer_pending);
            lw.code = saved;
            match ex? {
                Ex::Val { v, ty, .. } => {
                    let esp = Span::NONE;
                    let (v, ty) = lw.rval(Ex::Val { v, ty, lv: false }, esp)?;
                    lw.p.codes[code].result = CodeResult::Value(v);
                    lw.p.codes[code].ty = Some(ty);
                }
                Ex::Cond { t, f } => lw.p.codes[code].result = CodeResult::Cond { trues: t, falses: f },
                Ex::Void => {}
            }
            Ok(code)
        })
    }

    /// Lowers quoted file-scope declarations into the program (as if written at file scope).
    pub fn quote_decls(&mut self, body: &str, holes: Vec<Hole>, unhygienic: &[String], site: Span) -> Result<(), String> {
        let (text, exts) = self.parse_quoted(&holes, "", body, "\n")?;
        self.with_quote(text, holes, unhygienic, site, true, |lw| {
            let f = lw.f.take();
            let code = lw.code.take();
            let mut r = Ok(());
            for ext in &exts {
                if lw.lower_external(ext).is_err() {
                    r = Err(super::Reported);
                }
            }
            lw.f = f;
            lw.code = code;
            r
        })
    }

    /// Runs `f` with the quote state set up: call-site block scopes hidden (all of them when
    /// `file_scope`), a scope holding the type holes, spans in the quote range. Statements and
    /// vars made get the site's span. Errors are diagnostics already reported at the site.
    fn with_quote<T>(
        &mut self,
        text: String,
        holes: Vec<Hole>,
        unhygienic: &[String],
        site: Span,
        file_scope: bool,
        f: impl FnOnce(&mut Self) -> LResult<T>,
    ) -> Result<T, String> {
        let unhygienic: HashSet<Name> = unhygienic.iter().map(|n| self.p.name(n)).collect();
        let (stmts0, vars0, codes0) = (self.p.stmts.len(), self.p.vars.len(), self.p.codes.len());
        let errors0 = self.error_count();
        let hidden = self.scopes.hide_blocks();
        let type_holes: Vec<(usize, TypeId)> =
            holes.iter().enumerate().filter_map(|(i, h)| if let Hole::Type(t) = h { Some((i, *t)) } else { None }).collect();
        let outer = self.quote.replace(Quote { text, site, holes, unhygienic, hidden: Some(hidden) });
        let saved_base = self.span_base;
        self.span_base = QUOTE_BASE as isize;
        if !file_scope {
            self.scopes.push();
        }
        let hole_names: Vec<Name> = type_holes.iter().map(|(i, _)| self.p.name(&hole_name(*i))).collect();
        for (&n, &(_, t)) in hole_names.iter().zip(&type_holes) {
            self.scopes.insert(n, Sym::Typedef(t));
        }
        let r = f(self);
        if file_scope {
            // Quoted declarations are lowered at file scope itself: take the holes out again.
            for n in hole_names {
                self.scopes.remove_file(n);
            }
        } else {
            self.scopes.pop();
        }
        self.span_base = saved_base;
        let q = std::mem::replace(&mut self.quote, outer);
        if let Some(h) = q.and_then(|q| q.hidden) {
            self.scopes.unhide(h);
        }
        for i in stmts0..self.p.stmts.len() {
            let s = StmtId::from_index(i);
            if Self::in_quote(self.p.stmts[s].span) {
                self.p.stmts[s].span = site;
            }
        }
        for i in vars0..self.p.vars.len() {
            let v = VarId::from_index(i);
            if Self::in_quote(self.p.vars[v].span) {
                self.p.vars[v].span = site;
            }
        }
        for i in codes0..self.p.codes.len() {
            let c = CodeId::from_index(i);
            let cd = &mut self.p.codes[c];
            if Self::in_quote(cd.name_span) || Self::in_quote(cd.body_span) {
                (cd.name_span, cd.body_span) = (site, site);
            }
        }
        match r {
            Ok(x) if self.error_count() == errors0 => Ok(x),
            _ => Err("the quoted code has errors (reported above)".into()),
        }
    }
}

/// A syntax error in quoted text, with the line of the text it is on.
fn syntax_message(text: &str, body_start: usize, off: usize, expected: &[String]) -> String {
    let off = off.min(text.len());
    let line_start = text[..off].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[off..].find('\n').map_or(text.len(), |i| off + i);
    let line = &text[line_start..line_end];
    let line_no = text[body_start.min(off)..off].matches('\n').count() + 1;
    let mut exp: Vec<&str> =
        expected.iter().map(|s| if s.starts_with("[_a-zA-Z") { "an identifier" } else { s.trim_matches('\'') }).collect();
    exp.dedup();
    exp.truncate(8);
    format!(
        "syntax error in the quoted code, line {line_no} (`{}`), column {}: expected {}",
        line.trim(),
        off - line_start + 1,
        if exp.is_empty() { "something else".to_string() } else { exp.join(", ") }
    )
}
