//! Lowering: lang-c's AST → the flat IR, one external declaration at a time, in source order.
//!
//! Expressions become three-address statements writing temporaries; `&&`, `||`, `!` and
//! comparisons become condition codes (lists of pending jumps) that their user turns into
//! control flow or a 0/1 value. Every implicit conversion is made explicit as a cast on a
//! value, so each operation's operands already have the operation's type.
//!
//! Submodules, by syntactic area: `types` (specifiers, declarators, struct/enum definitions,
//! attributes), `expr`, `stmt`, `init` (initializers), `decl` (declarations and function
//! definitions), `consteval` (constant expressions of static initializers).
//!
//! **Architecture Invariant:** lowering never panics on user input: every problem becomes a
//! `Diagnostic` and the offending declaration or statement is skipped (`Err(Reported)`).

mod consteval;
mod decl;
mod expr;
mod init;
pub mod quote;
mod scope;
mod stmt;
mod types;

use std::collections::HashMap;

use lang_c::ast;
use lang_c::span::Node;

use crate::diagnostics::Diagnostic;
use crate::ir::*;
use crate::syntax::Prescanned;

pub use scope::{Sym, Tag};
use scope::Scopes;

/// A diagnostic was already recorded; the caller skips the construct.
#[derive(Debug, Clone, Copy)]
pub struct Reported;
pub type LResult<T> = Result<T, Reported>;

/// Hook for compile-time evaluation of `@` calls (implemented by the JIT in a later stage).
pub trait CtEval {
    /// Evaluates `@callee(args)`. Returns the replacement, or `None` after reporting.
    fn eval(&mut self, lw: &mut Lowerer<'_>, call: &AtCall) -> LResult<AtResult>;
}

/// An `@` call as seen by the lowering.
pub struct AtCall {
    pub callee: VarId,
    pub args: Vec<AtArg>,
    pub span: Span,
    /// Whether the call stands alone at file scope (`@gen();`).
    pub toplevel: bool,
}

/// An argument of an `@` call: a compile-time value, or code for a `CirCodeId` parameter.
pub enum AtArg {
    Value(Value, TypeId),
    Code(CodeId),
}

/// What an `@` call turns into.
pub enum AtResult {
    Void,
    Value(Value, TypeId),
    Code(CodeId),
}

/// A jump target inside the current function; resolved to the next statement emitted after
/// it is placed.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub struct LabelRef(u32);

/// A user label (`name:`) of the current function.
#[derive(Clone, Debug)]
struct UserLabel {
    stmt: StmtId,
    defined: bool,
    first_use: Span,
}

/// Per-function lowering state.
pub(crate) struct FnState {
    pub var: VarId,
    pub code: CodeId,
    pub ret: TypeId,
    /// Scoped user labels: innermost `__label__` scopes last; index 0 is function scope.
    labels: Vec<HashMap<Name, UserLabel>>,
    /// `break` / `continue` targets.
    breaks: Vec<LabelRef>,
    continues: Vec<LabelRef>,
    /// Open switch statements.
    switches: Vec<SwitchCtx>,
    /// VLAs declared in each open block (for `ScopeEnd`).
    vla_scopes: Vec<Vec<VarId>>,
    /// Label addresses taken (`&&l`): the stmt ids need their labels rendered.
    pub name: String,
}

pub(crate) struct SwitchCtx {
    pub ty: TypeId,
    pub cases: Vec<(i128, i128, LabelRef, Span)>,
    pub default: Option<LabelRef>,
}

/// Jump targets of the code being emitted (a function body or a scratch code).
#[derive(Default)]
pub(crate) struct Jumps {
    /// Label targets, `None` until placed and resolved.
    pub targets: Vec<Option<StmtId>>,
    /// Jumps waiting for a label to be resolved.
    pub waiting: Vec<Vec<StmtId>>,
    /// Labels placed but not yet resolved (they resolve to the next statement).
    pub pending: Vec<LabelRef>,
}

/// The lowering context.
pub struct Lowerer<'a> {
    pub p: &'a mut Program,
    pub pre: &'a Prescanned,
    /// The original input bytes (literals are decoded from these).
    pub orig_input: &'a [u8],
    pub diags: Vec<Diagnostic>,
    pub(crate) scopes: Scopes,
    pub(crate) f: Option<FnState>,
    pub(crate) jumps: Jumps,
    /// Added to node offsets: the chunk's position in the rewritten text minus its prelude.
    pub span_base: isize,
    /// The error limit was reached.
    stopped: bool,
    /// Render function bodies as soon as they are lowered (see `render::prerender_body`).
    pub prerender: bool,
    /// The input's linemarkers, when bodies rendered early carry `#line` directives.
    pub line_src: Option<&'a crate::source::Source>,
    /// The statement or declaration being lowered: the span of the helper statements its
    /// flattening emits without one of their own.
    pub(crate) stmt_span: Span,
    /// The code statements are emitted into (the function body, or a scratch code).
    pub(crate) code: Option<CodeId>,
    /// File-scope entities with linkage, by name.
    pub(crate) externs: HashMap<Name, VarId>,
    pub ct: Option<&'a mut dyn CtEval>,
    /// Inside `sizeof`, `typeof`, `_Alignof`: expressions are not evaluated.
    pub(crate) unevaluated: u32,
    /// Counter for anonymous compound-literal globals.
    pub(crate) anon_count: u32,
    /// Diagnostics are capped so a badly broken input does not flood the terminal.
    pub max_errors: usize,
    /// `__func__` strings per function.
    pub(crate) func_name_str: HashMap<VarId, StrId>,
    /// Inside a parameter list (array lengths may name earlier parameters).
    pub(crate) in_params: u32,
    /// Structs whose definition had an error (their uses are not diagnosed again).
    pub(crate) poisoned: std::collections::HashSet<CompId>,
    /// Whether a statement-expression value is being collected.
    pub(crate) last_stmt_value: Option<Option<(Value, TypeId)>>,
    /// Typedef names declared by top-level `@` calls through the API since the driver last
    /// asked (the text after the call must be parsed again knowing them).
    pub injected_typedefs: Vec<String>,
    /// The quotation being lowered (`quote.rs`).
    pub(crate) quote: Option<quote::Quote>,
    /// Compile-time calls run so far (compile-time code may have rewritten any code).
    pub(crate) at_calls_run: usize,
    /// While the template argument of `@CirQ__quote` is lowered: its anti-quotes (`quote.rs`).
    pub(crate) aq: Option<quote::AntiQuotes>,
    /// Anti-quotes of the templates lowered so far, by template code.
    pub aq_done: HashMap<CodeId, Vec<quote::AqHole>>,
}

impl<'a> Lowerer<'a> {
    pub fn new(p: &'a mut Program, pre: &'a Prescanned, orig_input: &'a [u8]) -> Lowerer<'a> {
        Lowerer {
            p,
            pre,
            orig_input,
            diags: Vec::new(),
            scopes: Scopes::new(),
            f: None,
            jumps: Jumps::default(),
            span_base: 0,
            stopped: false,
            prerender: false,
            line_src: None,
            stmt_span: Span::NONE,
            code: None,
            externs: HashMap::new(),
            ct: None,
            unevaluated: 0,
            anon_count: 0,
            max_errors: 50,
            func_name_str: HashMap::new(),
            in_params: 0,
            poisoned: std::collections::HashSet::new(),
            last_stmt_value: None,
            injected_typedefs: Vec::new(),
            quote: None,
            at_calls_run: 0,
            aq: None,
            aq_done: HashMap::new(),
        }
    }

    /// The typedef names visible at file scope (what the parser must know to parse what
    /// follows).
    pub fn file_typedef_names(&self) -> std::collections::HashSet<String> {
        self.scopes.typedef_names().into_iter().map(|n| self.p.name_str(n).to_string()).collect()
    }

    pub fn error_count(&self) -> usize {
        self.diags.iter().filter(|d| d.is_error()).count()
    }

    /// Lowers a whole translation unit parsed in one piece.
    pub fn lower_unit(&mut self, unit: &ast::TranslationUnit) {
        self.lower_chunk(unit, 0);
        self.finish_unit();
    }

    /// Lowers the external declarations of one parsed chunk (node offsets + `base` are
    /// offsets in the rewritten text).
    pub fn lower_chunk(&mut self, unit: &ast::TranslationUnit, base: isize) {
        self.span_base = base;
        for ext in &unit.0 {
            if self.error_count() >= self.max_errors {
                if !self.stopped {
                    self.diags.push(Diagnostic::note_diag("too many errors; stopping"));
                    self.stopped = true;
                }
                break;
            }
            let _ = self.lower_external(ext);
        }
    }

    /// End-of-unit checks: tentative definitions must have a complete type by now; after
    /// compile-time code ran, every function body must still be well-formed IR.
    pub fn finish_unit(&mut self) {
        if self.at_calls_run > 0 && self.error_count() == 0 {
            for i in 0..self.p.vars.len() {
                let v = VarId::from_index(i);
                let Some(body) = self.p.vars[v].code else { continue };
                if let Some(e) = self.p.verify_code(body, false).into_iter().next() {
                    let name = self.p.vars[v].name.map(|n| self.p.name_str(n).to_string()).unwrap_or_else(|| v.to_string());
                    let sp = self.p.vars[v].span;
                    self.err(sp, format!("the body of `{name}` is not well-formed IR after compile-time code changed it: {e}"));
                }
            }
        }
        let globals: Vec<VarId> = self.p.globals.iter().filter_map(|g| if let GlobalItem::Var(v) = g { Some(*v) } else { None }).collect();
        for v in globals {
            let d = &self.p.vars[v];
            if d.flags.defined && d.storage != Storage::Extern && d.code.is_none() && !self.p.is_func(d.ty) {
                let ty = d.ty;
                let incomplete = self.p.size_of(ty).is_none()
                    && !matches!(self.p.skind(ty), TypeKind::Array { len: ArrayLen::Unknown, .. });
                if incomplete && !self.is_poisoned(ty) {
                    let name = d.name.map(|n| self.p.name_str(n).to_string()).unwrap_or_default();
                    let sp = d.span;
                    self.err(sp, format!("storage size of `{name}` isn't known"));
                }
            }
        }
    }

    // ---- spans and diagnostics --------------------------------------------------------------

    /// The span of a node in the rewritten text (chunk-relative offsets are shifted).
    pub fn span<T>(&self, n: &Node<T>) -> Span {
        Span::new(self.off(n.span.start), self.off(n.span.end))
    }

    /// A node offset of the chunk being lowered, as an offset in the whole rewritten text.
    pub fn off(&self, raw: usize) -> usize {
        (raw as isize + self.span_base).max(0) as usize
    }

    /// The pre-scan mark recorded where a node starts.
    pub(crate) fn mark_at<T>(&self, n: &Node<T>) -> Option<crate::syntax::Mark> {
        self.pre.mark(self.off(n.span.start))
    }

    /// Original offset and length of a span (for diagnostics).
    pub fn orig(&self, s: Span) -> (usize, usize) {
        if Self::in_quote(s) {
            // Quoted text: at the `@` call that quoted it.
            return match &self.quote {
                Some(q) if !q.site.is_none() => self.pre.map.span(q.site),
                _ => (0, 0),
            };
        }
        self.pre.map.span(s)
    }

    pub fn err(&mut self, s: Span, msg: impl Into<String>) -> Reported {
        let (o, l) = self.orig(s);
        let d = Diagnostic::error(msg);
        let d = if s.is_none() { d } else { d.at(o, l) };
        self.diags.push(d);
        Reported
    }

    pub fn err_note(&mut self, s: Span, msg: impl Into<String>, note: (Span, String)) -> Reported {
        let (o, l) = self.orig(s);
        let (no, nl) = self.orig(note.0);
        let mut d = Diagnostic::error(msg).at(o, l);
        if !note.0.is_none() {
            d = d.secondary(no, nl, note.1);
        }
        self.diags.push(d);
        Reported
    }

    pub fn warn(&mut self, s: Span, msg: impl Into<String>) {
        let (o, l) = self.orig(s);
        self.diags.push(Diagnostic::warning(msg).at(o, l));
    }

    /// Whether a type involves a struct whose definition failed (errors about it are noise).
    pub(crate) fn is_poisoned(&self, t: TypeId) -> bool {
        let mut t = t;
        for _ in 0..64 {
            match self.p.skind(t) {
                TypeKind::Array { elem, .. } => t = *elem,
                TypeKind::Comp(c) => return self.poisoned.contains(c),
                _ => return false,
            }
        }
        false
    }

    /// Marks the names a failed declaration would have declared, so their uses are not
    /// reported as undeclared.
    pub(crate) fn poison_declarators(&mut self, d: &ast::Declaration) {
        for idcl in &d.declarators {
            if let Some(n) = declarator_name(&idcl.node.declarator) {
                let n = self.p.name(n);
                if self.scopes.lookup_here(n).is_none() {
                    self.scopes.insert(n, Sym::Error);
                }
            }
        }
    }

    /// A type spelled with its original names, for diagnostics.
    pub fn type_str(&self, t: TypeId) -> String {
        crate::render::type_decl(self.p, t, "", crate::render::Naming::Original, &|p, v| {
            p.vars[v].name.map(|n| p.name_str(n).to_string()).unwrap_or_else(|| "n".into())
        })
    }

    /// The text of a span in the parsed (rewritten) source.
    pub fn text(&self, s: Span) -> &str {
        self.pre.text.get(s.start as usize..s.end as usize).unwrap_or("")
    }

    // ---- statements, temps, labels -----------------------------------------------------------

    /// Emits a statement into the current code, resolving pending labels to it.
    pub(crate) fn emit(&mut self, kind: StmtKind, span: Span) -> StmtId {
        let code = match self.code {
            Some(c) => c,
            None => {
                let c = self.p.new_code();
                self.code = Some(c);
                c
            }
        };
        let span = if span.is_none() { self.stmt_span } else { span };
        let s = self.p.append_stmt(code, kind, span);
        self.resolve_pending(s);
        s
    }

    /// Takes the labels waiting for the next statement (while code for a separate code is
    /// lowered: a code argument of an `@` call, quoted code).
    pub(crate) fn take_pending_labels(&mut self) -> Vec<LabelRef> {
        std::mem::take(&mut self.jumps.pending)
    }

    pub(crate) fn restore_pending_labels(&mut self, pending: Vec<LabelRef>) {
        self.jumps.pending = pending;
    }

    /// Ends the code being emitted: labels still waiting for a next statement (the end of a
    /// loop at its end, say) get a nop, so they do not leak to whatever follows.
    pub(crate) fn seal_code(&mut self) {
        if !self.jumps.pending.is_empty() {
            self.emit(StmtKind::Nop, Span::NONE);
        }
    }

    /// Resolves the pending labels to statement `s`.
    pub(crate) fn resolve_pending(&mut self, s: StmtId) {
        let j = &mut self.jumps;
        if j.pending.is_empty() {
            return;
        }
        let pending = std::mem::take(&mut j.pending);
        for l in pending {
            j.targets[l.0 as usize] = Some(s);
            let waiting = std::mem::take(&mut j.waiting[l.0 as usize]);
            for w in waiting {
                set_target(self.p, w, s);
            }
        }
    }

    pub(crate) fn new_label(&mut self) -> LabelRef {
        let j = &mut self.jumps;
        j.targets.push(None);
        j.waiting.push(Vec::new());
        LabelRef((j.targets.len() - 1) as u32)
    }

    /// The statement a label resolved to, if it has.
    pub(crate) fn label_target(&self, l: LabelRef) -> Option<StmtId> {
        self.jumps.targets[l.0 as usize]
    }

    /// Places a label: it resolves to the next emitted statement.
    pub(crate) fn place(&mut self, l: LabelRef) {
        let j = &mut self.jumps;
        if j.targets[l.0 as usize].is_none() && !j.pending.contains(&l) {
            j.pending.push(l);
        }
    }

    /// Makes the pending jumps `jumps` go to label `l`.
    pub(crate) fn jumps_to(&mut self, jumps: Vec<StmtId>, l: LabelRef) {
        match self.jumps.targets[l.0 as usize] {
            Some(t) => {
                for j in jumps {
                    set_target(self.p, j, t);
                }
            }
            None => self.jumps.waiting[l.0 as usize].extend(jumps),
        }
    }

    /// Places pending jumps right here (they go to the next emitted statement).
    pub(crate) fn place_jumps(&mut self, jumps: Vec<StmtId>) {
        if jumps.is_empty() {
            return;
        }
        let l = self.new_label();
        self.jumps_to(jumps, l);
        self.place(l);
    }

    pub(crate) fn goto(&mut self, l: LabelRef, span: Span) {
        let g = self.emit(StmtKind::Goto(None), span);
        self.jumps_to(vec![g], l);
    }

    /// A new temporary of type `ty` (unqualified) owned by the current function.
    pub(crate) fn temp(&mut self, ty: TypeId) -> VarId {
        let ty = self.p.unqualified(ty);
        let mut d = VarData::new(None, ty);
        d.flags.temp = true;
        d.owner = self.code_owner();
        self.p.new_var(d)
    }

    /// The code that owns locals: the function body (or the scratch code outside functions).
    pub(crate) fn code_owner(&mut self) -> Option<CodeId> {
        if let Some(f) = &self.f {
            return Some(f.code);
        }
        if self.code.is_none() {
            self.code = Some(self.p.new_code());
        }
        self.code
    }

}

/// The identifier a declarator declares.
pub(crate) fn declarator_name(d: &Node<ast::Declarator>) -> Option<&str> {
    match &d.node.kind.node {
        ast::DeclaratorKind::Identifier(id) => Some(&id.node.name),
        ast::DeclaratorKind::Declarator(inner) => declarator_name(inner),
        ast::DeclaratorKind::Abstract => None,
    }
}

fn set_target(p: &mut Program, j: StmtId, t: StmtId) {
    match &mut p.stmts[j].kind {
        StmtKind::Cmp { target, .. } | StmtKind::Goto(target) => *target = Some(t),
        StmtKind::Switch { default, .. } => *default = Some(t),
        _ => {}
    }
}
