//! The renderer: IR → C (cir-language.md §5).
//!
//! Output is deterministic plain ASCII: variables `vidN_name` (temporaries `vidN`), statements
//! `sidN`, typedefs `tidN_name`, structs/unions `cidN_name`, enums `eidN_name`; identifiers with
//! external linkage keep their names. Locals are declared at the top of their function (VLAs
//! where their lifetime starts), one operation per statement. Only what the output needs is
//! rendered: definitions with external linkage and everything they reach.
//!
//! `#line` mode (`LineMap` given): a `#line N "file"` directive goes before each line of output
//! whose original location differs from the one gcc already attributes to it (after `#line N`
//! the next line is N, the one after N+1...): function heads, the opening and closing braces
//! of bodies, each statement (one still without a span, made through `cir.h`, inherits the
//! previous one's location), named locals, type definitions, declarations and definitions of
//! globals. Temporaries (locals without a span) share one line at the function's location.
//! Other lines without a location (labels, the blank line after the locals, top-level `asm`,
//! the odd declaration made without a span) are left to take the line after the previous one:
//! none of them makes code, so gdb's line table only has the statements' lines; and a directive
//! back to the output file itself is impossible anyway (the renderer does not know its name; it
//! may be stdout). Only the lines before the first directive (the banner, forward declarations
//! of structs) are attributed to the output file.

use std::collections::{HashMap, HashSet};
use std::fmt::Write;

use crate::ir::consts::Const;
use crate::ir::layout::attr_base_name;
use crate::ir::*;
use crate::source::{Loc, Source};
use crate::syntax::prescan::OffsetMap;

/// Where rendered text comes from, for `#line` directives: spans of the IR are offsets in the
/// rewritten text; `map` takes them back to the input, whose linemarkers `src` indexes.
#[derive(Copy, Clone)]
pub struct LineMap<'a> {
    pub src: &'a Source,
    pub map: &'a OffsetMap,
}

impl LineMap<'_> {
    /// The original location of a rewritten-text offset (none in quoted text or past the end).
    fn loc_at(&self, off: u32) -> Option<Loc> {
        if off as usize >= crate::lower::quote::QUOTE_BASE {
            return None;
        }
        let o = self.map.to_orig(off as usize);
        if o >= self.src.bytes.len() {
            return None;
        }
        Some(self.src.locate(o).0)
    }

    /// Where a span starts.
    pub fn start(&self, s: Span) -> Option<Loc> {
        if s.is_none() { None } else { self.loc_at(s.start) }
    }

    /// Where a span's last byte is (a body's closing brace).
    pub fn end(&self, s: Span) -> Option<Loc> {
        if s.is_none() || s.end <= s.start { None } else { self.loc_at(s.end - 1) }
    }
}

/// `#line` takes 1..=2147483647.
fn clamp_line(line: u32) -> u32 {
    line.clamp(1, i32::MAX as u32)
}

/// A file name as a C string literal (for `#line`).
fn file_lit(name: &str) -> String {
    let mut out = String::from("\"");
    for &b in name.as_bytes() {
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            0x20..=0x7e => out.push(b as char),
            _ => {
                let _ = write!(out, "\\{b:03o}");
            }
        }
    }
    out.push('"');
    out
}

/// How type names are spelled: as the renderer names them, or with original names (for
/// diagnostics).
#[derive(Copy, Clone, PartialEq, Eq)]
pub enum Naming {
    Rendered,
    Original,
}

/// Renders the body of a function right after it is lowered (while the parser thread is still
/// busy); `render` uses it if the function is reachable. Names and types of the body do not
/// depend on anything lowered later.
pub fn prerender_body(p: &mut Program, v: VarId, lines: Option<LineMap>) {
    let Some(code) = p.vars[v].code else { return };
    let mut r = Renderer::new(p);
    r.lines = lines;
    let body = r.body_text(v, code);
    r.p.rendered_bodies.insert(v, body);
}

/// Renders the program as C (with `#line` directives when `lines` is given).
pub fn render(p: &mut Program, source_name: &str, lines: Option<LineMap>) -> String {
    let mut r = Renderer::new(p);
    r.lines = lines;
    r.run(source_name);
    r.out
}

/// A value as C text (for `CirValue_log`).
pub fn value_text(p: &mut Program, v: &Value) -> String {
    Renderer::new(p).value(v)
}

/// One statement as C text without its label (for `CirStmt_log`); jump targets print as
/// `sidN`.
pub fn stmt_text(p: &mut Program, s: StmtId) -> String {
    let mut r = Renderer::new(p);
    let mut depth = 0;
    r.stmt(s, &mut depth);
    r.out.trim_end().to_string()
}

/// A code as C text (for `CirCode_dump`): its vars as declarations, then its statements, each
/// jump target labelled, then its value or pending jumps as a comment.
pub fn code_text(p: &mut Program, c: CodeId) -> String {
    let mut r = Renderer::new(p);
    for v in r.p.codes[c].vars.clone() {
        let d = r.local_decl(v);
        let _ = writeln!(r.out, "{d}");
    }
    let stmts: Vec<StmtId> = r.p.code_stmts(c).collect();
    for &s in &stmts {
        if let Some(t) = r.p.stmts[s].kind.jump_target() {
            r.targets.insert(t);
        }
    }
    let mut depth = 1;
    for s in stmts {
        r.stmt(s, &mut depth);
    }
    let tail = match r.p.codes[c].result.clone() {
        CodeResult::None => String::new(),
        CodeResult::Value(v) => format!("/* value: {} */\n", r.value(&v)),
        CodeResult::Cond { trues, falses } => {
            let l = |v: &[StmtId]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>().join(", ");
            format!("/* true jumps: {}; false jumps: {} */\n", l(&trues), l(&falses))
        }
    };
    r.out.push_str(&tail);
    r.out
}

struct Renderer<'p> {
    p: &'p mut Program,
    out: String,
    /// `#line` mode.
    lines: Option<LineMap<'p>>,
    /// The original location gcc attributes to the line of `out` after its first `counted`
    /// bytes (`None`: unknown, or out.c itself).
    at: Option<Loc>,
    counted: usize,
    /// In a body: the location of the last statement (inherited by statements without a span).
    last_loc: Option<Loc>,
    reach_vars: HashSet<VarId>,
    reach_comps: HashSet<CompId>,
    reach_enums: HashSet<EnumId>,
    reach_typedefs: HashSet<TypedefId>,
    emitted_types: HashSet<TypeItem>,
    in_progress: HashSet<TypeItem>,
    declared_vars: HashSet<VarId>,
    /// Statements that need a label.
    targets: HashSet<StmtId>,
    /// Plain automatic locals of the current body that are set but never read (temporaries
    /// holding ignored results, variables only ever used in `sizeof`): not declared, and their
    /// assignments rendered as the bare call or `(void)(value)` — gcc -Wall would report each as
    /// set but not used.
    unread: HashSet<VarId>,
    /// Anonymous member comps rendered inline.
    inline_comps: HashSet<CompId>,
    /// Asm-label / alias names of globals by C name (for `alias("...")`).
    by_name: HashMap<String, VarId>,
}

#[derive(Copy, Clone, PartialEq, Eq, Hash)]
enum TypeItem {
    Comp(CompId),
    Enum(EnumId),
    Typedef(TypedefId),
}

impl<'p> Renderer<'p> {
    fn new(p: &'p mut Program) -> Self {
        Renderer {
            p,
            out: String::new(),
            lines: None,
            at: None,
            counted: 0,
            last_loc: None,
            reach_vars: HashSet::new(),
            reach_comps: HashSet::new(),
            reach_enums: HashSet::new(),
            reach_typedefs: HashSet::new(),
            emitted_types: HashSet::new(),
            in_progress: HashSet::new(),
            declared_vars: HashSet::new(),
            targets: HashSet::new(),
            unread: HashSet::new(),
            inline_comps: HashSet::new(),
            by_name: HashMap::new(),
        }
    }

    fn run(&mut self, source_name: &str) {
        // The output is mostly the bodies rendered early: size it once (growing a 10 MB string
        // by doubling costs more in page faults than the rendering itself).
        let bodies: usize = self.p.rendered_bodies.values().map(|b| b.len()).sum();
        self.out.reserve(bodies + bodies / 4 + (1 << 20));
        let _ = writeln!(self.out, "/* Generated by cir {} from {} */", env!("CARGO_PKG_VERSION"), ascii(source_name));
        for (v, d) in self.p.vars.iter() {
            if d.flags.global {
                if let Some(n) = d.name {
                    self.by_name.insert(self.p.name_str(n).to_string(), v);
                }
            }
        }
        self.reachability();
        for c in self.p.comps.ids() {
            let comp = &self.p.comps[c];
            for f in &comp.fields {
                if f.name.is_none() && f.bitwidth.is_none() {
                    if let TypeKind::Comp(sub) = self.p.kind(f.ty) {
                        self.inline_comps.insert(*sub);
                    }
                }
            }
        }
        // Forward declarations of structs and unions.
        let mut comps: Vec<CompId> = self.reach_comps.iter().copied().filter(|c| !self.inline_comps.contains(c)).collect();
        comps.sort();
        for c in &comps {
            let kw = if self.p.comps[*c].is_struct { "struct" } else { "union" };
            let _ = writeln!(self.out, "{} {};", kw, self.comp_name(*c));
        }
        // Types in source order, dependencies first.
        let items = self.p.globals.clone();
        for it in &items {
            match *it {
                GlobalItem::Typedef(t) if self.reach_typedefs.contains(&t) => self.emit_type_item(TypeItem::Typedef(t)),
                GlobalItem::Comp(c) if self.reach_comps.contains(&c) && !self.inline_comps.contains(&c) => {
                    self.emit_type_item(TypeItem::Comp(c))
                }
                GlobalItem::Enum(e) if self.reach_enums.contains(&e) => self.emit_type_item(TypeItem::Enum(e)),
                _ => {}
            }
        }
        // Mutable twins for writes into const bit-fields (initialization of locals).
        self.prepare_twins();
        // Declarations of globals and functions.
        for it in &items {
            if let GlobalItem::Var(v) = *it {
                if self.reach_vars.contains(&v) {
                    self.declare_var(v);
                }
            }
        }
        // Definitions of objects, then functions, then top-level asm.
        for it in &items {
            if let GlobalItem::Var(v) = *it {
                if self.reach_vars.contains(&v) && !self.p.is_func(self.p.vars[v].ty) && self.p.vars[v].flags.defined {
                    self.define_object(v);
                }
            }
        }
        for it in &items {
            if let GlobalItem::Var(v) = *it {
                if self.reach_vars.contains(&v) && self.p.vars[v].code.is_some() {
                    self.define_function(v);
                }
            }
        }
        for it in &items {
            if let GlobalItem::Asm(s) = *it {
                let lit = self.str_lit(s);
                let _ = writeln!(self.out, "__asm__({lit});");
            }
        }
    }

    // ---- #line directives ----------------------------------------------------------------------

    /// The original location of a span (in `#line` mode).
    fn loc(&self, s: Span) -> Option<Loc> {
        self.lines.and_then(|l| l.start(s))
    }

    /// Before a line of output from `loc`: a `#line` directive, unless gcc attributes the next
    /// line to `loc` already. Call at the start of a line.
    fn line_at(&mut self, loc: Option<Loc>) {
        let (Some(lines), Some(loc)) = (self.lines, loc) else { return };
        debug_assert!(self.out.is_empty() || self.out.ends_with('\n'), "`#line` in the middle of a line");
        let loc = Loc { file: loc.file, line: clamp_line(loc.line) };
        if let Some(a) = &mut self.at {
            let n = self.out.as_bytes()[self.counted..].iter().filter(|&&b| b == b'\n').count();
            a.line = a.line.saturating_add(n.min(u32::MAX as usize) as u32);
        }
        self.counted = self.out.len();
        if self.at == Some(loc) {
            return;
        }
        if self.at.is_some_and(|a| a.file == loc.file) {
            let _ = writeln!(self.out, "#line {}", loc.line);
        } else {
            let _ = writeln!(self.out, "#line {} {}", loc.line, file_lit(lines.src.file_name(loc.file)));
        }
        self.counted = self.out.len();
        self.at = Some(loc);
    }

    /// After text whose last location is not tracked (a body rendered early): unknown.
    fn line_unknown(&mut self) {
        self.at = None;
        self.counted = self.out.len();
    }

    // ---- reachability ---------------------------------------------------------------------------

    fn is_root(&self, v: VarId) -> bool {
        let d = &self.p.vars[v];
        if !d.flags.global {
            return false;
        }
        let attrs = d.attrs;
        let forced = ["used", "constructor", "destructor", "alias", "ifunc"].iter().any(|a| self.p.has_attr(attrs, a));
        if forced {
            return true;
        }
        if self.p.is_func(d.ty) {
            d.code.is_some() && d.storage != Storage::Static && !self.is_inline_only(v)
        } else {
            d.flags.defined && d.storage != Storage::Static
        }
    }

    /// A function definition that provides no external symbol (C99 inline definition or
    /// GNU `extern inline`).
    fn is_inline_only(&self, v: VarId) -> bool {
        let d = &self.p.vars[v];
        if !d.flags.inline || d.storage == Storage::Static {
            return false;
        }
        if self.p.has_attr(d.attrs, "gnu_inline") {
            return d.flags.extern_inline_def;
        }
        !d.flags.extern_or_noninline_decl
    }

    fn reachability(&mut self) {
        let mut work: Vec<VarId> = self.p.vars.ids().filter(|&v| self.is_root(v)).collect();
        while let Some(v) = work.pop() {
            if !self.reach_vars.insert(v) {
                continue;
            }
            let d = self.p.vars[v].clone();
            self.reach_type(d.ty);
            self.reach_attrs(d.attrs, &mut work);
            if let Some(init) = &d.init {
                self.reach_init(init, &mut work);
            }
            if let Some(code) = d.code {
                let vars = self.p.codes[code].vars.clone();
                for lv in vars {
                    let ld = self.p.vars[lv].clone();
                    self.reach_type(ld.ty);
                    self.reach_attrs(ld.attrs, &mut work);
                    if let Some(init) = &ld.init {
                        self.reach_init(init, &mut work);
                    }
                }
                let stmts: Vec<StmtId> = self.p.code_stmts(code).collect();
                for s in stmts {
                    let kind = self.p.stmts[s].kind.clone();
                    self.reach_stmt(&kind, &mut work);
                }
            }
        }
    }

    fn reach_attrs(&mut self, attrs: Option<AttrsId>, work: &mut Vec<VarId>) {
        let list = self.p.types.attrs(attrs).to_vec();
        for a in &list {
            self.reach_attr(a, work);
        }
    }

    fn reach_attr(&mut self, a: &Attr, work: &mut Vec<VarId>) {
        let base = attr_base_name(self.p.name_str(a.name)).to_string();
        for arg in &a.args {
            match arg {
                AttrArg::Var(v) => work.push(*v),
                AttrArg::Type(t) => self.reach_type(*t),
                AttrArg::Attr(inner) => self.reach_attr(inner, work),
                AttrArg::Str(s) if matches!(base.as_str(), "alias" | "ifunc" | "weakref") => {
                    if let Some(&v) = self.by_name.get(&String::from_utf8_lossy(s).into_owned()) {
                        work.push(v);
                    }
                }
                _ => {}
            }
        }
    }

    fn reach_init(&mut self, init: &Init, work: &mut Vec<VarId>) {
        match init {
            Init::Expr(c) => self.reach_const(c, work),
            Init::List(items) => {
                for (_, i) in items {
                    self.reach_init(i, work);
                }
            }
        }
    }

    fn reach_const(&mut self, c: &Const, work: &mut Vec<VarId>) {
        match c {
            Const::VarRef(v) | Const::AddrOf { var: v, .. } => work.push(*v),
            Const::Cast(t, inner) => {
                self.reach_type(*t);
                self.reach_const(inner, work);
            }
            Const::Binary { a, b, ty, .. } => {
                self.reach_type(*ty);
                self.reach_const(a, work);
                self.reach_const(b, work);
            }
            Const::Unary { a, ty, .. } => {
                self.reach_type(*ty);
                self.reach_const(a, work);
            }
            Const::Cond { c, a, b, ty } => {
                self.reach_type(*ty);
                self.reach_const(c, work);
                self.reach_const(a, work);
                self.reach_const(b, work);
            }
            Const::Cmp { a, b, .. } => {
                self.reach_const(a, work);
                self.reach_const(b, work);
            }
            _ => {}
        }
    }

    fn reach_value(&mut self, v: &Value, work: &mut Vec<VarId>) {
        if let Some(t) = v.cast {
            self.reach_type(t);
        }
        match v.kind {
            ValueKind::Var { var, .. } | ValueKind::Mem { var, .. } => {
                if self.p.vars[var].flags.global {
                    work.push(var);
                } else {
                    let t = self.p.vars[var].ty;
                    self.reach_type(t);
                }
            }
            ValueKind::Type(t) => self.reach_type(t),
            ValueKind::Int { .. } | ValueKind::Float(_) => {
                let t = self.p.value_raw_type(v);
                self.reach_type(t);
            }
            _ => {}
        }
    }

    fn reach_stmt(&mut self, k: &StmtKind, work: &mut Vec<VarId>) {
        match k {
            StmtKind::UnOp { dst, a, .. } => {
                self.reach_value(dst, work);
                self.reach_value(a, work);
            }
            StmtKind::BinOp { dst, a, b, .. } => {
                self.reach_value(dst, work);
                self.reach_value(a, work);
                self.reach_value(b, work);
            }
            StmtKind::Call { dst, target, args } => {
                if let Some(d) = dst {
                    self.reach_value(d, work);
                }
                self.reach_value(target, work);
                for a in args {
                    self.reach_value(a, work);
                }
            }
            StmtKind::Return(Some(v)) | StmtKind::IndirectGoto(v) => self.reach_value(v, work),
            StmtKind::Cmp { a, b, .. } => {
                self.reach_value(a, work);
                self.reach_value(b, work);
            }
            StmtKind::Switch { value, .. } => self.reach_value(value, work),
            StmtKind::Asm(a) => {
                for o in a.outputs.iter().chain(a.inputs.iter()) {
                    self.reach_value(&o.value, work);
                }
            }
            StmtKind::VlaDecl(v) => {
                let t = self.p.vars[*v].ty;
                self.reach_type(t);
            }
            _ => {}
        }
    }

    fn reach_type(&mut self, t: TypeId) {
        let mut stack = vec![t];
        let mut seen: HashSet<TypeId> = HashSet::new();
        while let Some(t) = stack.pop() {
            if !seen.insert(t) {
                continue;
            }
            let d = self.p.ty_data(t).clone();
            for a in self.p.types.attrs(d.attrs).to_vec() {
                for arg in &a.args {
                    if let AttrArg::Type(at) = arg {
                        stack.push(*at);
                    }
                }
            }
            match d.kind {
                TypeKind::Ptr(p) => stack.push(p),
                TypeKind::Array { elem, .. } => stack.push(elem),
                TypeKind::Vector { elem, .. } => stack.push(elem),
                TypeKind::Func { ret, params, .. } => {
                    stack.push(ret);
                    for p in params.iter() {
                        stack.push(p.ty);
                    }
                }
                TypeKind::Named(td) => {
                    if self.reach_typedefs.insert(td) {
                        stack.push(self.p.typedefs[td].ty);
                    }
                }
                TypeKind::Comp(c) => {
                    if self.reach_comps.insert(c) {
                        for f in self.p.comps[c].fields.clone() {
                            stack.push(f.ty);
                        }
                    }
                }
                TypeKind::Enum(e) => {
                    self.reach_enums.insert(e);
                }
                _ => {}
            }
        }
    }

    // ---- names ---------------------------------------------------------------------------------

    fn var_name(&self, v: VarId) -> String {
        let d = &self.p.vars[v];
        match d.name {
            Some(n) if d.flags.global && d.storage != Storage::Static => self.p.name_str(n).to_string(),
            Some(n) => format!("{v}_{}", self.p.name_str(n)),
            None => format!("{v}"),
        }
    }

    fn comp_name(&self, c: CompId) -> String {
        match self.p.comps[c].name {
            Some(n) => format!("{c}_{}", self.p.name_str(n)),
            None => format!("{c}"),
        }
    }

    fn enum_name(&self, e: EnumId) -> String {
        match self.p.enums[e].name {
            Some(n) => format!("{e}_{}", self.p.name_str(n)),
            None => format!("{e}"),
        }
    }

    fn typedef_name(&self, t: TypedefId) -> String {
        format!("{t}_{}", self.p.name_str(self.p.typedefs[t].name))
    }

    // ---- types ---------------------------------------------------------------------------------

    fn decl(&mut self, t: TypeId, inner: &str) -> String {
        type_decl(self.p, t, inner, Naming::Rendered, &|p, v| var_name_of(p, v))
    }

    fn emit_type_item(&mut self, it: TypeItem) {
        if self.emitted_types.contains(&it) || self.in_progress.contains(&it) {
            return;
        }
        self.in_progress.insert(it);
        match it {
            TypeItem::Typedef(td) => {
                let ty = self.p.typedefs[td].ty;
                // A typedef of a struct may name it before its definition (it is forward
                // declared); anything else needs its parts first.
                let by_value = !matches!(self.p.kind(ty), TypeKind::Comp(_));
                self.type_deps(ty, by_value);
                let name = self.typedef_name(td);
                let d = self.p.ty_data(ty).clone();
                let attrs = self.render_attrs(d.attrs);
                let bare = self.p.without_attrs(ty);
                let text = self.decl(bare, &name);
                let loc = self.loc(self.p.typedefs[td].span);
                self.line_at(loc);
                let _ = writeln!(self.out, "typedef {text}{attrs};");
            }
            TypeItem::Comp(c) => {
                if self.p.comps[c].defined {
                    let fields = self.p.comps[c].fields.clone();
                    for f in &fields {
                        self.type_deps(f.ty, true);
                    }
                    let body = self.comp_body(c, 0);
                    let kw = if self.p.comps[c].is_struct { "struct" } else { "union" };
                    let name = self.comp_name(c);
                    let attrs = self.render_attrs(self.p.comps[c].attrs);
                    let pack = self.p.comps[c].pack;
                    if let Some(n) = pack {
                        let _ = writeln!(self.out, "#pragma pack(push, {n})");
                    }
                    let loc = self.loc(self.p.comps[c].span);
                    self.line_at(loc);
                    let _ = writeln!(self.out, "{kw} {name} {body}{attrs};");
                    if pack.is_some() {
                        let _ = writeln!(self.out, "#pragma pack(pop)");
                    }
                }
            }
            TypeItem::Enum(e) => {
                let ed = self.p.enums[e].clone();
                let name = self.enum_name(e);
                let attrs = self.render_attrs(ed.attrs);
                let loc = self.loc(ed.span);
                self.line_at(loc);
                if !ed.defined || ed.items.is_empty() {
                    let _ = writeln!(self.out, "enum {name};");
                } else {
                    let mut s = format!("enum {name} {{");
                    for (i, item) in ed.items.iter().enumerate() {
                        let id = &self.p.enum_items[*item];
                        let _ = write!(s, "{} {}_{} = {}", if i == 0 { "" } else { "," }, e, self.p.name_str(id.name), id.value);
                    }
                    s.push_str(" }");
                    let _ = writeln!(self.out, "{s}{attrs};");
                }
            }
        }
        self.in_progress.remove(&it);
        self.emitted_types.insert(it);
    }

    /// Emits the type items a type needs before it can be used (`by_value`: complete types).
    fn type_deps(&mut self, t: TypeId, by_value: bool) {
        let d = self.p.ty_data(t).clone();
        match d.kind {
            TypeKind::Named(td) => {
                self.emit_type_item(TypeItem::Typedef(td));
                if by_value {
                    let inner = self.p.typedefs[td].ty;
                    self.type_deps(inner, true);
                }
            }
            TypeKind::Comp(c) => {
                if self.inline_comps.contains(&c) {
                    for f in self.p.comps[c].fields.clone() {
                        self.type_deps(f.ty, true);
                    }
                } else if by_value {
                    self.emit_type_item(TypeItem::Comp(c));
                }
            }
            TypeKind::Enum(e) => self.emit_type_item(TypeItem::Enum(e)),
            TypeKind::Ptr(p) => self.type_deps(p, false),
            TypeKind::Array { elem, .. } => self.type_deps(elem, by_value),
            TypeKind::Vector { elem, .. } => self.type_deps(elem, true),
            TypeKind::Func { ret, params, .. } => {
                self.type_deps(ret, false);
                for p in params.iter() {
                    self.type_deps(p.ty, false);
                }
            }
            _ => {}
        }
    }

    fn comp_body(&mut self, c: CompId, depth: usize) -> String {
        let fields = self.p.comps[c].fields.clone();
        let mut s = String::from("{\n");
        for f in &fields {
            let name = f.name.map(|n| self.p.name_str(n).to_string()).unwrap_or_default();
            let mut line = String::new();
            line.push_str(&"    ".repeat(depth + 1));
            match (f.name, self.p.kind(f.ty).clone()) {
                (None, TypeKind::Comp(sub)) if f.bitwidth.is_none() && self.inline_comps.contains(&sub) => {
                    let kw = if self.p.comps[sub].is_struct { "struct" } else { "union" };
                    let body = self.comp_body(sub, depth + 1);
                    let attrs = self.render_attrs(self.p.comps[sub].attrs);
                    let _ = write!(line, "{kw} {body}{attrs}");
                }
                _ => {
                    let text = self.decl(f.ty, &name);
                    line.push_str(&text);
                }
            }
            if let Some(w) = f.bitwidth {
                let _ = write!(line, " : {w}");
            }
            let mut attrs = self.render_attrs(f.attrs);
            if let Some(a) = f.align {
                if self.p.attr_aligned(f.attrs).is_none() {
                    let _ = write!(attrs, " __attribute__((aligned({a})))");
                }
            }
            line.push_str(&attrs);
            line.push_str(";\n");
            s.push_str(&line);
        }
        s.push_str(&"    ".repeat(depth));
        s.push('}');
        s
    }

    fn render_attrs(&self, attrs: Option<AttrsId>) -> String {
        let list = self.p.types.attrs(attrs);
        if list.is_empty() {
            return String::new();
        }
        let parts: Vec<String> = list.iter().map(|a| self.attr_text(a)).collect();
        format!(" __attribute__(({}))", parts.join(", "))
    }

    fn attr_text(&self, a: &Attr) -> String {
        let name = self.p.name_str(a.name).to_string();
        let base = attr_base_name(&name).to_string();
        if a.args.is_empty() && !a.parens {
            return name;
        }
        let args: Vec<String> = a
            .args
            .iter()
            .map(|arg| match arg {
                AttrArg::Int(i) => i.to_string(),
                AttrArg::Str(s) => {
                    let s = if matches!(base.as_str(), "alias" | "ifunc" | "weakref") {
                        match self.by_name.get(&String::from_utf8_lossy(s).into_owned()) {
                            Some(&v) => self.var_name(v).into_bytes(),
                            None => s.clone(),
                        }
                    } else {
                        s.clone()
                    };
                    bytes_lit(&s)
                }
                AttrArg::Name(n) => self.p.name_str(*n).to_string(),
                AttrArg::Var(v) => self.var_name(*v),
                AttrArg::Type(t) => type_decl(self.p, *t, "", Naming::Rendered, &|p, v| var_name_of(p, v)),
                AttrArg::Attr(inner) => self.attr_text(inner),
            })
            .collect();
        format!("{}({})", name, args.join(", "))
    }

    // ---- mutable twins ----------------------------------------------------------------------------

    /// Creates and emits the twin types the function bodies need.
    fn prepare_twins(&mut self) {
        let mut funcs: Vec<VarId> = self.reach_vars.iter().copied().filter(|v| self.p.vars[*v].code.is_some()).collect();
        funcs.sort();
        for f in funcs {
            let code = self.p.vars[f].code.unwrap();
            let stmts: Vec<StmtId> = self.p.code_stmts(code).collect();
            for s in stmts {
                let dst = match &self.p.stmts[s].kind {
                    StmtKind::UnOp { dst, .. } | StmtKind::BinOp { dst, .. } => Some(*dst),
                    StmtKind::Call { dst: Some(d), .. } => Some(*d),
                    _ => None,
                };
                if let Some(d) = dst {
                    if let Some(bt) = self.twin_base_type(&d) {
                        let t = self.twin(bt);
                        self.type_deps(t, true);
                    }
                }
            }
        }
    }

    /// For a write into a const bit-field: the type of the object written through.
    fn twin_base_type(&mut self, dst: &Value) -> Option<TypeId> {
        let dt = self.p.value_type(dst);
        if !self.p.quals_deep(dt).has(Quals::CONST) || self.p.value_bitfield(dst).is_none() {
            return None;
        }
        match dst.kind {
            ValueKind::Var { var, .. } => Some(self.p.vars[var].ty),
            ValueKind::Mem { var, .. } => self.p.pointee(self.p.vars[var].ty),
            _ => None,
        }
    }

    /// `t` with every `const` that makes its subobjects unassignable removed (pointees keep
    /// theirs); structs with const members get a twin struct of the same layout.
    fn twin(&mut self, t: TypeId) -> TypeId {
        if let Some(&tw) = self.p.render_twins.get(&t) {
            return tw;
        }
        let d = self.p.ty_data(t).clone();
        let r = match d.kind {
            TypeKind::Named(td) => {
                let inner = self.p.typedefs[td].ty;
                if self.needs_twin(inner) { self.twin(inner) } else { strip_const(self.p, t) }
            }
            TypeKind::Array { elem, len } => {
                let e = self.twin(elem);
                self.p.array_of(e, len)
            }
            TypeKind::Comp(c) if comp_has_const(self.p, c, 0) => {
                let mut cd = self.p.comps[c].clone();
                let fields = cd.fields.clone();
                let mut nf = Vec::new();
                for mut f in fields {
                    f.ty = self.twin(f.ty);
                    nf.push(f);
                }
                cd.fields = nf;
                cd.name = Some(match cd.name {
                    Some(n) => {
                        let s = format!("{}_mut", self.p.name_str(n));
                        self.p.name(&s)
                    }
                    None => self.p.name("mut"),
                });
                let nc = self.p.comps.push(cd);
                self.reach_comps.insert(nc);
                self.p.globals.push(GlobalItem::Comp(nc));
                self.p.ty(TypeKind::Comp(nc))
            }
            _ => strip_const(self.p, t),
        };
        self.p.render_twins.insert(t, r);
        r
    }

    fn needs_twin(&mut self, t: TypeId) -> bool {
        if self.p.quals_deep(t).has(Quals::CONST) {
            return true;
        }
        match self.p.skind(t).clone() {
            TypeKind::Array { elem, .. } => self.needs_twin(elem),
            TypeKind::Comp(c) => comp_has_const(self.p, c, 0),
            _ => false,
        }
    }

    // ---- globals -------------------------------------------------------------------------------

    fn storage_prefix(&self, v: VarId, for_definition: bool) -> String {
        let d = &self.p.vars[v];
        let mut s = String::new();
        let is_fn = self.p.is_func(d.ty);
        match d.storage {
            Storage::Static => s.push_str("static "),
            Storage::Extern => s.push_str("extern "),
            _ => {
                if !for_definition && !is_fn && d.flags.global {
                    // A forward declaration of an object defined later.
                    s.push_str("extern ");
                }
            }
        }
        if is_fn && d.flags.inline {
            let gnu = self.p.has_attr(d.attrs, "gnu_inline");
            if d.storage == Storage::Static {
                s.push_str("inline ");
            } else if self.is_inline_only(v) {
                if gnu {
                    if !s.starts_with("extern") {
                        s.insert_str(0, "extern ");
                    }
                    s.push_str("inline ");
                } else {
                    s = "inline ".to_string();
                }
            } else if gnu && !d.flags.extern_inline_def {
                s.push_str("inline ");
            }
        }
        if d.flags.thread_local {
            s.push_str(if d.flags.c11_thread_local { "_Thread_local " } else { "__thread " });
        }
        if is_fn && d.flags.noreturn {
            s.push_str("_Noreturn ");
        }
        s
    }

    fn asm_label(&self, v: VarId) -> String {
        match &self.p.vars[v].asm_label {
            Some(l) => format!(" __asm__({})", bytes_lit(l)),
            None => String::new(),
        }
    }

    fn declare_var(&mut self, v: VarId) {
        if !self.declared_vars.insert(v) {
            return;
        }
        // Attributes may name other functions (`__malloc__(fclose, 1)`): declare them first.
        let attrs = self.p.types.attrs(self.p.vars[v].attrs).to_vec();
        for a in &attrs {
            self.declare_attr_deps(a);
        }
        let d = self.p.vars[v].clone();
        self.type_deps(d.ty, !self.p.is_func(d.ty) && d.storage != Storage::Extern);
        let name = self.var_name(v);
        let is_fn = self.p.is_func(d.ty);
        if !is_fn && d.flags.defined && d.storage == Storage::None && d.flags.global {
            // Defined later with its initializer; a declaration is only needed for forward
            // references, and `extern` on it would be wrong for thread-locals etc. — emit the
            // tentative definition form instead.
            let ty = if d.init.is_some() { d.ty } else { d.ty };
            let prefix = self.storage_prefix(v, true);
            let text = self.decl(ty, &name);
            let attrs_s = self.render_attrs(d.attrs);
            let align = self.align_attr(v);
            self.line_at(self.loc(d.span));
            let _ = writeln!(self.out, "{prefix}{text}{}{attrs_s}{align};", self.asm_label(v));
            return;
        }
        let prefix = self.storage_prefix(v, false);
        let text = if is_fn { self.func_decl_text(v, false) } else { self.decl(d.ty, &name) };
        let attrs_s = self.render_attrs(d.attrs);
        let align = self.align_attr(v);
        self.line_at(self.loc(d.span));
        let _ = writeln!(self.out, "{prefix}{text}{}{attrs_s}{align};", self.asm_label(v));
    }

    fn declare_attr_deps(&mut self, a: &Attr) {
        for arg in &a.args {
            match arg {
                AttrArg::Var(dep) => {
                    if self.reach_vars.contains(dep) {
                        self.declare_var(*dep);
                    }
                }
                AttrArg::Attr(inner) => {
                    let inner = inner.clone();
                    self.declare_attr_deps(&inner);
                }
                _ => {}
            }
        }
    }

    fn align_attr(&self, v: VarId) -> String {
        let d = &self.p.vars[v];
        match d.align {
            Some(a) if self.p.attr_aligned(d.attrs).is_none() => format!(" __attribute__((aligned({a})))"),
            _ => String::new(),
        }
    }

    /// `ret name(params)` for a function, with parameter names when `with_names`.
    fn func_decl_text(&mut self, v: VarId, with_names: bool) -> String {
        let d = self.p.vars[v].clone();
        let name = self.var_name(v);
        let Some((ret, params, variadic, proto)) = self.p.func_sig(d.ty).map(|(r, p, va, pr)| (r, p.to_vec(), va, pr)) else {
            return self.decl(d.ty, &name);
        };
        let mut ps = Vec::new();
        if with_names && !proto {
            // K&R definition: `f(a, b)` with declarations after.
            for f in &d.formals {
                ps.push(self.var_name(*f));
            }
            let inner = format!("{}({})", name, ps.join(", "));
            return self.decl(ret, &inner);
        }
        if proto {
            for (i, p) in params.iter().enumerate() {
                if with_names {
                    match d.formals.get(i) {
                        Some(f) => {
                            let fname = self.var_name(*f);
                            let fty = self.p.vars[*f].ty;
                            let attrs = self.render_attrs(self.p.vars[*f].attrs);
                            ps.push(format!("{}{}", self.decl(fty, &fname), attrs));
                        }
                        None => ps.push(self.decl(p.ty, "")),
                    }
                } else {
                    ps.push(type_decl(self.p, p.ty, "", Naming::Rendered, &|_, _| "*".to_string()));
                }
            }
            if variadic {
                ps.push("...".into());
            }
            if ps.is_empty() {
                ps.push("void".into());
            }
        }
        let inner = format!("{}({})", name, ps.join(", "));
        self.decl(ret, &inner)
    }

    fn define_object(&mut self, v: VarId) {
        let d = self.p.vars[v].clone();
        let Some(init) = &d.init else {
            // Tentative definitions were emitted with the declarations.
            if d.storage == Storage::Static {
                let name = self.var_name(v);
                let prefix = self.storage_prefix(v, true);
                let text = self.decl(d.ty, &name);
                let attrs_s = self.render_attrs(d.attrs);
                let align = self.align_attr(v);
                self.line_at(self.loc(d.span));
                let _ = writeln!(self.out, "{prefix}{text}{}{attrs_s}{align};", self.asm_label(v));
            }
            return;
        };
        self.type_deps(d.ty, true);
        let name = self.var_name(v);
        let prefix = self.storage_prefix(v, true);
        let text = self.decl(d.ty, &name);
        let attrs_s = self.render_attrs(d.attrs);
        let align = self.align_attr(v);
        let init_s = self.init_text(init);
        self.line_at(self.loc(d.span));
        let _ = writeln!(self.out, "{prefix}{text}{}{attrs_s}{align} = {init_s};", self.asm_label(v));
    }

    fn init_text(&mut self, init: &Init) -> String {
        match init {
            Init::Expr(c) => self.const_text(c),
            Init::List(items) => {
                if items.is_empty() {
                    return "{ 0 }".to_string();
                }
                let mut parts = Vec::new();
                for (des, i) in items {
                    let mut d = String::new();
                    for x in des {
                        match x {
                            Designator::Field(n) => {
                                let _ = write!(d, ".{}", self.p.name_str(*n));
                            }
                            Designator::Index(i) => {
                                let _ = write!(d, "[{i}]");
                            }
                            Designator::Range(a, b) => {
                                let _ = write!(d, "[{a} ... {b}]");
                            }
                        }
                    }
                    let it = self.init_text(i);
                    if d.is_empty() {
                        parts.push(it);
                    } else {
                        parts.push(format!("{d} = {it}"));
                    }
                }
                format!("{{ {} }}", parts.join(", "))
            }
        }
    }

    fn const_text(&mut self, c: &Const) -> String {
        match c {
            Const::Int { ikind, bits } => int_lit(*ikind, *bits),
            Const::Float(f) => float_lit(self.p, *f),
            Const::Str(s) => self.str_lit(*s),
            Const::VarRef(v) => self.var_name(*v),
            Const::AddrOf { var, path } => {
                let base = self.var_name(*var);
                let steps = self.p.path_steps(*path).to_vec();
                format!("&{}", self.apply_path(base, &steps))
            }
            Const::StrAddr { s, index } => {
                let lit = self.str_lit(*s);
                if *index == 0 { lit } else { format!("({lit} + {index})") }
            }
            Const::LabelAddr(s) => format!("&&{s}"),
            Const::Cast(t, inner) => {
                let ts = self.decl(*t, "");
                let i = self.const_text(inner);
                format!("({ts})({i})")
            }
            Const::Binary { op, a, b, .. } => {
                let x = self.const_text(a);
                let y = self.const_text(b);
                format!("({x} {} {y})", op.c_op())
            }
            Const::Unary { op, a, .. } => {
                let x = self.const_text(a);
                let o = match op {
                    UnOp::Neg => "-",
                    UnOp::BNot => "~",
                    UnOp::LNot => "!",
                    UnOp::AddrOf => "&",
                    UnOp::Real => "__real__ ",
                    UnOp::Imag => "__imag__ ",
                    UnOp::Identity => "",
                };
                format!("({o}{x})")
            }
            Const::Cond { c, a, b, .. } => {
                let (x, y, z) = (self.const_text(c), self.const_text(a), self.const_text(b));
                format!("({x} ? {y} : {z})")
            }
            Const::Cmp { op, a, b } => {
                let (x, y) = (self.const_text(a), self.const_text(b));
                format!("({x} {} {y})", op.c_op())
            }
        }
    }

    // ---- functions -----------------------------------------------------------------------------

    fn define_function(&mut self, v: VarId) {
        let d = self.p.vars[v].clone();
        let Some(code) = d.code else { return };
        self.type_deps(d.ty, true);
        for f in &d.formals {
            let t = self.p.vars[*f].ty;
            self.type_deps(t, true);
        }
        let prefix = self.storage_prefix(v, true);
        let head = self.func_decl_text(v, true);
        let attrs = self.render_attrs(d.attrs);
        // In `#line` mode the head is one line (attributes, K&R parameter declarations and
        // all) at the function's location: the body starts on the line after it.
        let sep = if self.lines.is_some() { " " } else { "\n" };
        let attrs = if attrs.is_empty() { attrs } else { format!("{}{sep}", attrs.trim_start()) };
        let loc = self.func_loc(v, code);
        self.line_at(loc);
        let _ = write!(self.out, "{attrs}{prefix}{head}");
        let proto = self.p.func_sig(d.ty).map(|s| s.3).unwrap_or(true);
        if !proto {
            for f in &d.formals {
                let name = self.var_name(*f);
                let t = self.p.vars[*f].ty;
                let text = self.decl(t, &name);
                let _ = write!(self.out, "{sep}{text};");
            }
        }
        self.out.push('\n');
        let body = match self.p.rendered_bodies.remove(&v) {
            Some(b) => b,
            None => self.body_text(v, code),
        };
        self.out.push_str(&body);
        if self.lines.is_some() {
            self.line_unknown();
        }
    }

    /// A function's location: its name in the definition, else its declaration's.
    fn func_loc(&self, v: VarId, code: CodeId) -> Option<Loc> {
        self.loc(self.p.codes[code].name_span).or_else(|| self.loc(self.p.vars[v].span))
    }

    /// The `{ ... }` of a function definition.
    fn body_text(&mut self, v: VarId, code: CodeId) -> String {
        let d = self.p.vars[v].clone();
        let saved = std::mem::take(&mut self.out);
        // The body may be rendered early: its directives depend only on the head before it,
        // one line at the function's location.
        let head = self.func_loc(v, code);
        let entry = head.map(|l| Loc { file: l.file, line: clamp_line(l.line).saturating_add(1) });
        let saved_at = (std::mem::replace(&mut self.at, entry), std::mem::take(&mut self.counted));
        self.last_loc = head;
        // The prologue is at the opening brace.
        let open = self.lines.and_then(|l| l.start(self.p.codes[code].body_span));
        self.line_at(open);
        self.out.push_str("{\n");
        // Jump targets.
        self.targets.clear();
        let stmts: Vec<StmtId> = self.p.code_stmts(code).collect();
        for &s in &stmts {
            match &self.p.stmts[s].kind {
                StmtKind::Cmp { target: Some(t), .. } | StmtKind::Goto(Some(t)) => {
                    self.targets.insert(*t);
                }
                StmtKind::Switch { cases, default, .. } => {
                    for c in cases {
                        self.targets.insert(c.target);
                    }
                    if let Some(t) = default {
                        self.targets.insert(*t);
                    }
                }
                _ => {}
            }
            self.collect_label_addrs(s);
        }
        for lv in self.p.codes[code].vars.clone() {
            if let Some(i) = self.p.vars[lv].init.clone() {
                self.collect_init_labels(&i);
            }
        }
        // Locals. Automatic ones no statement reads (left after `sizeof` was folded, or results
        // nobody uses) are not declared: gcc -Wall would report them as unused (see `unread`).
        let read = locals_read(self.p, &stmts, &self.p.codes[code].vars);
        let formals: HashSet<VarId> = d.formals.iter().copied().collect();
        let vars = self.p.codes[code].vars.clone();
        self.unread.clear();
        let mut any = false;
        // `#line` mode: locals without a span (temporaries) share one line at the function's
        // location (gcc's warnings about them point there).
        let mut shared_line = false;
        for lv in vars {
            if formals.contains(&lv) || self.p.vars[lv].flags.vla {
                continue;
            }
            let ld = &self.p.vars[lv];
            let plain_auto = ld.storage != Storage::Static && ld.attrs.is_none() && !self.p.quals_deep(ld.ty).has(Quals::VOLATILE);
            if plain_auto && !read.contains(&lv) {
                self.unread.insert(lv);
                continue;
            }
            let line = self.local_decl(lv);
            any = true;
            if self.lines.is_none() {
                let _ = writeln!(self.out, "    {line}");
                continue;
            }
            match self.loc(self.p.vars[lv].span) {
                None => {
                    if !shared_line {
                        self.line_at(self.last_loc);
                        self.out.push_str("   ");
                        shared_line = true;
                    }
                    self.out.push(' ');
                    self.out.push_str(&line);
                }
                loc => {
                    if shared_line {
                        self.out.push('\n');
                        shared_line = false;
                    }
                    self.line_at(loc);
                    let _ = writeln!(self.out, "    {line}");
                }
            }
        }
        if shared_line {
            self.out.push('\n');
        }
        if any {
            self.out.push('\n');
        }
        let mut depth = 1usize;
        for s in stmts {
            self.stmt(s, &mut depth);
        }
        while depth > 1 {
            depth -= 1;
            let _ = writeln!(self.out, "{}}}", "    ".repeat(depth));
        }
        // The epilogue is at the closing brace.
        let end = self.lines.and_then(|l| l.end(self.p.codes[code].body_span));
        self.line_at(end);
        self.out.push_str("}\n");
        (self.at, self.counted) = saved_at;
        self.last_loc = None;
        std::mem::replace(&mut self.out, saved)
    }

    fn collect_label_addrs(&mut self, s: StmtId) {
        let mut vals: Vec<Value> = Vec::new();
        match &self.p.stmts[s].kind {
            StmtKind::UnOp { a, .. } => vals.push(*a),
            StmtKind::BinOp { a, b, .. } => {
                vals.push(*a);
                vals.push(*b);
            }
            StmtKind::Call { args, .. } => vals.extend(args.iter().copied()),
            StmtKind::Return(Some(v)) => vals.push(*v),
            StmtKind::Cmp { a, b, .. } => {
                vals.push(*a);
                vals.push(*b);
            }
            _ => {}
        }
        for v in vals {
            if let ValueKind::LabelAddr(t) = v.kind {
                self.targets.insert(t);
            }
        }
        // Static locals' initializers may hold label addresses.
        if let Some(owner) = self.p.stmts[s].owner {
            let _ = owner;
        }
    }

    /// The declaration of a local: qualifiers that would forbid the flattened assignments are
    /// dropped (`const int x = 1;` becomes `int x; x = 1;`).
    fn local_decl(&mut self, lv: VarId) -> String {
        let d = self.p.vars[lv].clone();
        let name = self.var_name(lv);
        let attrs = self.render_attrs(d.attrs);
        let align = self.align_attr(lv);
        if d.storage == Storage::Static {
            let mut prefix = String::from("static ");
            if d.flags.thread_local {
                prefix.push_str(if d.flags.c11_thread_local { "_Thread_local " } else { "__thread " });
            }
            let text = self.decl(d.ty, &name);
            let init = match &d.init {
                Some(i) => {
                    let ic = i.clone();
                    self.collect_init_labels(&ic);
                    format!(" = {}", self.init_text(i))
                }
                None => String::new(),
            };
            return format!("{prefix}{text}{}{attrs}{align}{init};", self.asm_label(lv));
        }
        let ty = strip_const(self.p, d.ty);
        let text = self.decl(ty, &name);
        format!("{text}{attrs}{align};")
    }

    fn collect_init_labels(&mut self, i: &Init) {
        match i {
            Init::Expr(c) => self.collect_const_labels(c),
            Init::List(items) => {
                for (_, x) in items {
                    self.collect_init_labels(x);
                }
            }
        }
    }

    fn collect_const_labels(&mut self, c: &Const) {
        match c {
            Const::LabelAddr(s) => {
                self.targets.insert(*s);
            }
            Const::Cast(_, a) | Const::Unary { a, .. } => self.collect_const_labels(a),
            Const::Binary { a, b, .. } | Const::Cmp { a, b, .. } => {
                self.collect_const_labels(a);
                self.collect_const_labels(b);
            }
            Const::Cond { c, a, b, .. } => {
                self.collect_const_labels(c);
                self.collect_const_labels(a);
                self.collect_const_labels(b);
            }
            _ => {}
        }
    }

    fn stmt(&mut self, s: StmtId, depth: &mut usize) {
        let kind = self.p.stmts[s].kind.clone();
        let ind = "    ".repeat(*depth);
        if self.targets.contains(&s) {
            let _ = writeln!(self.out, "{}{s}:", "    ".repeat(depth.saturating_sub(1)));
        }
        if self.lines.is_some() {
            let loc = self.loc(self.p.stmts[s].span).or(self.last_loc);
            self.last_loc = loc;
            self.line_at(loc);
        }
        let text = match &kind {
            StmtKind::Nop => "/* nop */;".to_string(),
            StmtKind::UnOp { dst, op, a } => {
                let av = if *op == UnOp::Identity { self.value_assigned(a) } else { self.value(a) };
                let rhs = match op {
                    UnOp::Neg => format!("-{av}"),
                    UnOp::BNot => format!("~{av}"),
                    UnOp::LNot => format!("!{av}"),
                    UnOp::AddrOf => format!("&{av}"),
                    UnOp::Identity => av,
                    UnOp::Real => format!("__real__ {av}"),
                    UnOp::Imag => format!("__imag__ {av}"),
                };
                if self.is_unread(dst) {
                    format!("(void)({rhs});")
                } else {
                    self.assign(dst, rhs, *op == UnOp::Identity && a.is_lval(), a)
                }
            }
            StmtKind::BinOp { dst, op, a, b } => {
                let (x, y) = (self.value(a), self.value(b));
                if self.is_unread(dst) {
                    format!("(void)({x} {} {y});", op.c_op())
                } else {
                    self.assign(dst, format!("{x} {} {y}", op.c_op()), false, a)
                }
            }
            StmtKind::Call { dst, target, args } => {
                let t = self.call_target(target);
                // Arguments matching a prototype's parameters convert implicitly; variadic ones
                // keep their casts (printf's `%s` checks `(char *)p` against a `void *p`).
                let tt = self.p.value_type(target);
                let fixed = match self.p.func_sig(tt) {
                    Some((_, params, _, true)) => params.len(),
                    _ => 0,
                };
                let args_s: Vec<String> =
                    args.iter().enumerate().map(|(i, a)| if i < fixed { self.value_assigned(a) } else { self.value(a) }).collect();
                let call = format!("{t}({})", args_s.join(", "));
                match dst {
                    Some(d) if !self.is_unread(d) => self.assign(d, call, false, target),
                    _ => format!("{call};"),
                }
            }
            StmtKind::Return(None) => "return;".to_string(),
            StmtKind::Return(Some(v)) => format!("return {};", self.value_assigned(v)),
            StmtKind::Cmp { op, a, b, target } => {
                let (x, y) = (self.value(a), self.value(b));
                format!("if ({x} {} {y}) goto {};", op.c_op(), target_name(*target))
            }
            StmtKind::Goto(t) => format!("goto {};", target_name(*t)),
            StmtKind::Label(n) => format!("{}:;", self.p.name_str(*n)),
            StmtKind::GotoLabel(n) => format!("goto {};", self.p.name_str(*n)),
            StmtKind::Switch { value, cases, default } => {
                let v = self.value(value);
                let vt = self.p.value_type(value);
                let k = self.p.int_kind(vt).unwrap_or(IKind::Int);
                let mut s = format!("switch ({v}) {{");
                for c in cases {
                    if c.lo == c.hi {
                        let _ = write!(s, " case {}: goto {};", int_lit(k, c.lo), c.target);
                    } else {
                        let _ = write!(s, " case {} ... {}: goto {};", int_lit(k, c.lo), int_lit(k, c.hi), c.target);
                    }
                }
                let _ = write!(s, " default: goto {}; }}", target_name(*default));
                s
            }
            StmtKind::IndirectGoto(v) => format!("goto *{};", self.value(v)),
            StmtKind::Asm(a) => self.asm_text(a),
            StmtKind::VlaDecl(v) => {
                let d = self.p.vars[*v].clone();
                let name = self.var_name(*v);
                let ty = strip_const(self.p, d.ty);
                let text = self.decl(ty, &name);
                let attrs = self.render_attrs(d.attrs);
                let _ = writeln!(self.out, "{ind}{{ {text}{attrs}; /* {s} */");
                *depth += 1;
                return;
            }
            StmtKind::ScopeEnd(_) => {
                let _ = writeln!(self.out, "{ind}; /* {s} */");
                // The brace (where gcc restores the stack) is at the scope's end too.
                self.line_at(self.last_loc);
                *depth = depth.saturating_sub(1).max(1);
                let _ = writeln!(self.out, "{}}}", "    ".repeat(*depth));
                return;
            }
            StmtKind::User { .. } => "/* user statement */;".to_string(),
        };
        let _ = writeln!(self.out, "{ind}{text} /* {s} */");
    }

    /// Whether `dst` is a whole local that is never read (see `unread`).
    fn is_unread(&self, dst: &Value) -> bool {
        matches!(dst.kind, ValueKind::Var { var, path: None } if dst.cast.is_none() && self.unread.contains(&var))
    }

    /// `dst = rhs;`, writing through a cast when the destination is const-qualified.
    fn assign(&mut self, dst: &Value, rhs: String, rhs_is_lvalue: bool, src: &Value) -> String {
        let dt = self.p.value_type(dst);
        let d = self.value(dst);
        let constish = self.p.quals_deep(dt).has(Quals::CONST) && !self.is_local_plain(dst);
        let comp_const = self.p.comp_of(dt).is_some_and(|c| comp_has_const(self.p, c, 0));
        if comp_const {
            let sc = strip_const(self.p, dt);
            let ts = self.decl(sc, "");
            if rhs_is_lvalue {
                return format!("__builtin_memcpy(&{d}, &{rhs}, sizeof({ts}));");
            }
            let full = self.decl(dt, "__cir_tmp");
            let _ = src;
            return format!("{{ {full} = {rhs}; __builtin_memcpy(&{d}, &__cir_tmp, sizeof({ts})); }}");
        }
        if let Some(bt) = self.twin_base_type(dst) {
            // A const bit-field: write through the mutable twin of the object's type.
            let tw = self.twin(bt);
            let pt = self.p.ptr_to(tw);
            let pts = self.decl(pt, "");
            let (base, path) = match dst.kind {
                ValueKind::Var { var, path } => (format!("(*({pts})&{})", self.var_name(var)), path),
                ValueKind::Mem { var, path } => (format!("(*({pts}){})", self.var_name(var)), path),
                _ => unreachable!(),
            };
            let steps = self.p.path_steps(path).to_vec();
            return format!("{} = {rhs};", self.apply_path(base, &steps));
        }
        if constish {
            let ut = strip_const(self.p, dt);
            let ts = self.decl(ut, "");
            let put = self.p_ptr(ut);
            let pts = self.decl(put, "");
            let _ = ts;
            return format!("*({pts})&{d} = {rhs};");
        }
        format!("{d} = {rhs};")
    }

    fn p_ptr(&mut self, t: TypeId) -> TypeId {
        self.p.ptr_to(t)
    }

    /// A local (non-static) variable written without a path: its declaration dropped const.
    fn is_local_plain(&self, v: &Value) -> bool {
        match v.kind {
            ValueKind::Var { var, path } => {
                let d = &self.p.vars[var];
                !d.flags.global && d.storage != Storage::Static && (path.is_none() || !self.path_has_const_member(var, path))
            }
            _ => false,
        }
    }

    fn path_has_const_member(&self, var: VarId, path: Option<PathId>) -> bool {
        // Members declared const inside a struct keep their qualifier in the struct type.
        let mut t = self.p.vars[var].ty;
        for st in self.p.path_steps(path) {
            match st {
                PathStep::Field(n) => {
                    let Some(c) = self.p.comp_of(t) else { return false };
                    let Some((ft, _)) = self.p.find_field(c, *n) else { return false };
                    if self.p.quals_deep(ft).has(Quals::CONST) {
                        return true;
                    }
                    t = ft;
                }
                PathStep::Index(_) => match self.p.array_elem(t) {
                    Some(e) => t = e,
                    None => return false,
                },
                PathStep::Real | PathStep::Imag => return false,
            }
        }
        false
    }

    fn call_target(&mut self, t: &Value) -> String {
        match t.kind {
            ValueKind::Builtin(b) => self.p.builtin_data(b).name.clone(),
            ValueKind::Var { var, path: None } if t.cast.is_none() => self.var_name(var),
            _ => format!("({})", self.value(t)),
        }
    }

    fn asm_text(&mut self, a: &AsmStmt) -> String {
        let t = bytes_lit(&a.template);
        let vol = if a.volatile { " __volatile__" } else { "" };
        if a.basic {
            return format!("__asm__{vol}({t});");
        }
        let ops = |r: &mut Self, list: &[AsmOperand]| -> String {
            list.iter()
                .map(|o| {
                    let name = o.name.map(|n| format!("[{}] ", r.p.name_str(n))).unwrap_or_default();
                    let v = r.value(&o.value);
                    format!("{name}{} ({v})", bytes_lit(&o.constraint))
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        let outs = ops(self, &a.outputs);
        let ins = ops(self, &a.inputs);
        let clob: Vec<String> = a.clobbers.iter().map(|c| bytes_lit(c)).collect();
        format!("__asm__{vol}({t} : {outs} : {ins} : {});", clob.join(", "))
    }

    /// `base` followed by the steps of a path (`.f`, `[i]`, `__real__ (...)`).
    fn apply_path(&self, base: String, steps: &[PathStep]) -> String {
        let mut s = base;
        for st in steps {
            match st {
                PathStep::Field(n) => {
                    let _ = write!(s, ".{}", self.p.name_str(*n));
                }
                PathStep::Index(i) => {
                    let _ = write!(s, "[{i}]");
                }
                PathStep::Real => s = format!("__real__ ({s})"),
                PathStep::Imag => s = format!("__imag__ ({s})"),
            }
        }
        s
    }

    fn value(&mut self, v: &Value) -> String {
        let base = match v.kind {
            ValueKind::Int { ikind, bits } => int_lit(ikind, bits.get()),
            ValueKind::Float(f) => float_lit(self.p, f),
            ValueKind::Str(s) => self.str_lit(s),
            ValueKind::Var { var, path } => {
                let steps = self.p.path_steps(path).to_vec();
                self.apply_path(self.var_name(var), &steps)
            }
            ValueKind::Mem { var, path } => {
                let steps = self.p.path_steps(path).to_vec();
                let name = self.var_name(var);
                match steps.first() {
                    None => format!("(*{name})"),
                    Some(PathStep::Field(n)) => {
                        self.apply_path(format!("{name}->{}", self.p.name_str(*n)), &steps[1..])
                    }
                    Some(_) => self.apply_path(format!("(*{name})"), &steps),
                }
            }
            ValueKind::Type(t) => self.decl(t, ""),
            ValueKind::Builtin(b) => self.p.builtin_data(b).name.clone(),
            ValueKind::LabelAddr(s) => format!("&&{s}"),
            ValueKind::User { .. } => "0 /* user value */".to_string(),
        };
        match v.cast {
            None => base,
            Some(t) => {
                // Natural decays need no cast.
                let raw = self.p.value_raw_type(v);
                if let (TypeKind::Array { elem, .. }, TypeKind::Ptr(pe)) = (self.p.skind(raw).clone(), self.p.skind(t).clone()) {
                    if elem == pe {
                        return base;
                    }
                }
                if self.p.is_func(raw) {
                    if let TypeKind::Ptr(pe) = self.p.skind(t).clone() {
                        if pe == raw {
                            return base;
                        }
                    }
                }
                let ts = self.decl(t, "");
                format!("({ts}){base}")
            }
        }
    }

    /// A value in a position where C converts it implicitly to the cast type (assignment,
    /// prototyped argument, return): a pointer cast that only adds qualifiers to the pointee,
    /// or converts to or from `void *`, is left implicit.
    fn value_assigned(&mut self, v: &Value) -> String {
        if let Some(to) = v.cast {
            if let Some(tp) = self.p.pointee(to) {
                let raw = self.p.value_raw_type(v);
                let from_pointee = match self.p.skind(raw).clone() {
                    TypeKind::Ptr(p) => Some(p),
                    TypeKind::Array { elem, .. } => Some(elem),
                    _ => None,
                };
                if let Some(fp) = from_pointee {
                    let tq = self.p.quals_deep(tp);
                    let fq = self.p.quals_deep(fp);
                    let same = {
                        let a = self.p.strip(tp);
                        let b = self.p.strip(fp);
                        let ua = self.p.unqualified_deep(a);
                        let ub = self.p.unqualified_deep(b);
                        ua == ub
                    };
                    let object = |p: &Program, t: TypeId| !p.is_func(t);
                    let adds_quals = tq.0 & fq.0 == fq.0;
                    let void_conv = (self.p.is_void(tp) || self.p.is_void(fp)) && object(self.p, tp) && object(self.p, fp);
                    if adds_quals && (same || void_conv) {
                        return self.value(&Value { cast: None, ..*v });
                    }
                }
            }
        }
        self.value(v)
    }

    fn str_lit(&self, s: StrId) -> String {
        str_literal(&self.p.strs[s])
    }
}

/// The locals of a body that its statements read, or use in any way other than assigning the
/// whole variable (the lengths of variably modified types count where the type is used).
fn locals_read(p: &Program, stmts: &[StmtId], locals: &[VarId]) -> HashSet<VarId> {
    let mut read = HashSet::new();
    for &v in locals {
        vla_lengths(p, p.vars[v].ty, &mut read);
    }
    for &s in stmts {
        let mut reads: Vec<&Value> = Vec::new();
        let mut dst: Option<&Value> = None;
        match &p.stmts[s].kind {
            StmtKind::UnOp { dst: d, a, .. } => {
                dst = Some(d);
                reads.push(a);
            }
            StmtKind::BinOp { dst: d, a, b, .. } => {
                dst = Some(d);
                reads.extend([a, b]);
            }
            StmtKind::Call { dst: d, target, args } => {
                dst = d.as_ref();
                reads.push(target);
                reads.extend(args.iter());
            }
            StmtKind::Return(Some(v)) | StmtKind::IndirectGoto(v) | StmtKind::Switch { value: v, .. } => reads.push(v),
            StmtKind::Cmp { a, b, .. } => reads.extend([a, b]),
            StmtKind::Asm(a) => reads.extend(a.outputs.iter().chain(a.inputs.iter()).map(|o| &o.value)),
            StmtKind::VlaDecl(v) | StmtKind::ScopeEnd(v) => {
                read.insert(*v);
            }
            _ => {}
        }
        // A whole variable as the destination is a write; a part of one, or memory through a
        // pointer, counts as a use.
        if let Some(d) = dst.filter(|d| !matches!(d.kind, ValueKind::Var { path: None, .. } if d.cast.is_none())) {
            reads.push(d);
        }
        for v in reads {
            if let Some(t) = v.cast {
                vla_lengths(p, t, &mut read);
            }
            if let ValueKind::Var { var, .. } | ValueKind::Mem { var, .. } = v.kind {
                read.insert(var);
            }
        }
    }
    read
}

/// Adds the length variables of the variably modified type `t` to `out`.
fn vla_lengths(p: &Program, t: TypeId, out: &mut HashSet<VarId>) {
    let mut t = t;
    for _ in 0..10_000 {
        match p.skind(t) {
            TypeKind::Array { elem, len } => {
                if let ArrayLen::Var(v) = len {
                    out.insert(*v);
                }
                t = *elem;
            }
            TypeKind::Ptr(x) => t = *x,
            TypeKind::Func { ret, params, .. } => {
                for prm in params {
                    vla_lengths(p, prm.ty, out);
                }
                t = *ret;
            }
            _ => return,
        }
    }
}

fn target_name(t: Option<StmtId>) -> String {
    match t {
        Some(t) => t.to_string(),
        None => "sid0".to_string(),
    }
}

/// A var's name as rendered: globals with external linkage keep their name, others are
/// `vidN_name` (or `vidN` without a name).
pub fn var_name_of(p: &Program, v: VarId) -> String {
    let d = &p.vars[v];
    match d.name {
        Some(n) if d.flags.global && d.storage != Storage::Static => p.name_str(n).to_string(),
        Some(n) => format!("{v}_{}", p.name_str(n)),
        None => format!("{v}"),
    }
}

fn comp_has_const(p: &Program, c: CompId, depth: u32) -> bool {
    if depth > 32 {
        return false;
    }
    p.comps[c].fields.iter().any(|f| p.quals_deep(f.ty).has(Quals::CONST) || p.comp_of(f.ty).is_some_and(|s| comp_has_const(p, s, depth + 1)))
}

/// A type without `const` at the top level and on array elements.
fn strip_const(p: &mut Program, t: TypeId) -> TypeId {
    let d = p.ty_data(t).clone();
    match d.kind {
        TypeKind::Array { elem, len } => {
            let e = strip_const(p, elem);
            let k = TypeKind::Array { elem: e, len };
            p.types.intern(TypeData { kind: k, quals: d.quals.without(Quals::CONST), attrs: d.attrs })
        }
        TypeKind::Named(td) => {
            let inner = p.typedefs[td].ty;
            if p.quals_deep(inner).has(Quals::CONST) {
                // The typedef itself is const: spell the type out without it.
                let s = strip_const(p, inner);
                let q = d.quals.without(Quals::CONST);
                return p.qualified(s, q);
            }
            p.types.intern(TypeData { kind: d.kind, quals: d.quals.without(Quals::CONST), attrs: d.attrs })
        }
        _ => p.types.intern(TypeData { kind: d.kind, quals: d.quals.without(Quals::CONST), attrs: d.attrs }),
    }
}

/// Renders a declaration of `inner` with type `t` (C declarator syntax).
pub fn type_decl(p: &Program, t: TypeId, inner: &str, naming: Naming, vname: &dyn Fn(&Program, VarId) -> String) -> String {
    let d = p.ty_data(t);
    let q = quals_text(d.quals);
    match &d.kind {
        TypeKind::Ptr(pt) => {
            let mut s = String::from("*");
            if !q.is_empty() {
                s.push_str(&q);
                if !inner.is_empty() {
                    s.push(' ');
                }
            }
            s.push_str(inner);
            let s = if matches!(p.ty_data(*pt).kind, TypeKind::Array { .. } | TypeKind::Func { .. }) {
                format!("({s})")
            } else {
                s
            };
            type_decl(p, *pt, &s, naming, vname)
        }
        TypeKind::Array { elem, len } => {
            let l = match len {
                ArrayLen::Unknown => String::new(),
                ArrayLen::Const(n) => n.to_string(),
                ArrayLen::Var(v) => vname(p, *v),
                ArrayLen::Star => "*".into(),
            };
            type_decl(p, *elem, &format!("{inner}[{l}]"), naming, vname)
        }
        TypeKind::Func { ret, params, variadic, proto } => {
            let mut ps: Vec<String> = Vec::new();
            if *proto {
                for pa in params.iter() {
                    ps.push(type_decl(p, pa.ty, "", naming, vname));
                }
                if *variadic {
                    ps.push("...".into());
                }
                if ps.is_empty() {
                    ps.push("void".into());
                }
            }
            type_decl(p, *ret, &format!("{inner}({})", ps.join(", ")), naming, vname)
        }
        _ => {
            let base = base_name(p, t, naming);
            let mut s = String::new();
            if !q.is_empty() {
                s.push_str(&q);
                s.push(' ');
            }
            s.push_str(&base);
            if !inner.is_empty() {
                if !inner.starts_with('[') && !inner.starts_with('(') || inner.starts_with("(*") {
                    s.push(' ');
                }
                s.push_str(inner);
            }
            s
        }
    }
}

fn quals_text(q: Quals) -> String {
    let mut v = Vec::new();
    if q.has(Quals::CONST) {
        v.push("const");
    }
    if q.has(Quals::VOLATILE) {
        v.push("volatile");
    }
    if q.has(Quals::RESTRICT) {
        v.push("restrict");
    }
    if q.has(Quals::ATOMIC) {
        v.push("_Atomic");
    }
    v.join(" ")
}

fn base_name(p: &Program, t: TypeId, naming: Naming) -> String {
    let d = p.ty_data(t);
    match &d.kind {
        TypeKind::Void => "void".into(),
        TypeKind::Int(k) => k.c_name().into(),
        TypeKind::Float(k) => k.c_name().into(),
        TypeKind::Complex(k) => format!("_Complex {}", k.c_name()),
        TypeKind::ComplexInt(k) => format!("_Complex {}", k.c_name()),
        TypeKind::BitInt { signed, .. } => (if *signed { "long long" } else { "unsigned long long" }).into(),
        TypeKind::Named(td) => match naming {
            Naming::Rendered => format!("{td}_{}", p.name_str(p.typedefs[*td].name)),
            Naming::Original => p.name_str(p.typedefs[*td].name).to_string(),
        },
        TypeKind::Comp(c) => {
            let cd = &p.comps[*c];
            let kw = if cd.is_struct { "struct" } else { "union" };
            match (naming, cd.name) {
                (Naming::Rendered, Some(n)) => format!("{kw} {c}_{}", p.name_str(n)),
                (Naming::Rendered, None) => format!("{kw} {c}"),
                (Naming::Original, Some(n)) => format!("{kw} {}", p.name_str(n)),
                (Naming::Original, None) => format!("{kw} <anonymous>"),
            }
        }
        TypeKind::Enum(e) => {
            let ed = &p.enums[*e];
            match (naming, ed.name) {
                (Naming::Rendered, Some(n)) => format!("enum {e}_{}", p.name_str(n)),
                (Naming::Rendered, None) => format!("enum {e}"),
                (Naming::Original, Some(n)) => format!("enum {}", p.name_str(n)),
                (Naming::Original, None) => "enum <anonymous>".into(),
            }
        }
        TypeKind::VaList => "__builtin_va_list".into(),
        TypeKind::Vector { elem, count } => {
            let es = p.size_of(*elem).unwrap_or(1);
            format!("{} __attribute__((vector_size({})))", base_name(p, *elem, naming), es * *count as u64)
        }
        TypeKind::Ptr(_) | TypeKind::Array { .. } | TypeKind::Func { .. } => {
            type_decl(p, t, "", naming, &|p, v| var_name_of(p, v))
        }
    }
}

/// An integer constant of kind `k` as C.
pub fn int_lit(k: IKind, bits: i128) -> String {
    let v = k.wrap(bits);
    match k {
        IKind::Int => {
            if v == i32::MIN as i128 {
                "(-2147483647-1)".into()
            } else if v < 0 {
                format!("({v})")
            } else {
                v.to_string()
            }
        }
        IKind::UInt => format!("{}U", v as u32),
        IKind::Long | IKind::LongLong => {
            let suf = if k == IKind::Long { "L" } else { "LL" };
            if v == i64::MIN as i128 {
                format!("(-9223372036854775807{suf}-1)")
            } else if v < 0 {
                format!("({v}{suf})")
            } else {
                format!("{v}{suf}")
            }
        }
        IKind::ULong => format!("{}UL", v as u64),
        IKind::ULongLong => format!("{}ULL", v as u64),
        IKind::Int128 | IKind::UInt128 => {
            let name = k.c_name();
            let u = v as u128;
            let hi = (u >> 64) as u64;
            let lo = u as u64;
            if k == IKind::Int128 && v >= i64::MIN as i128 && v <= i64::MAX as i128 {
                if v < 0 { format!("(({name})({v}LL))") } else { format!("(({name}){v}LL)") }
            } else if hi == 0 {
                format!("(({name}){lo}ULL)")
            } else {
                format!("(({name})((((unsigned __int128){hi}ULL) << 64) | {lo}ULL))")
            }
        }
        _ => {
            if v < 0 { format!("(({})({v}))", k.c_name()) } else { format!("(({}){v})", k.c_name()) }
        }
    }
}

/// A floating constant as C.
pub fn float_lit(p: &Program, f: FloatId) -> String {
    let d = &p.floats[f];
    if let Some(t) = &d.text {
        return if t.starts_with('-') { format!("({t})") } else { t.to_string() };
    }
    let suffix = d.fkind.literal_suffix();
    let imag = if d.imaginary { "i" } else { "" };
    let v = d.value;
    if v.is_nan() {
        let f = match d.fkind.format_bits() {
            32 => "__builtin_nanf(\"\")",
            80 => "__builtin_nanl(\"\")",
            128 => "__builtin_nanf128(\"\")",
            _ => "__builtin_nan(\"\")",
        };
        return if v.is_sign_negative() { format!("(-{f})") } else { f.to_string() };
    }
    if v.is_infinite() {
        let f = match d.fkind.format_bits() {
            32 => "__builtin_inff()",
            80 => "__builtin_infl()",
            128 => "__builtin_inff128()",
            _ => "__builtin_inf()",
        };
        return if v < 0.0 { format!("(-{f})") } else { f.to_string() };
    }
    if d.fkind.format_bits() > 64 {
        // An f64 value held in a wider type: a hex literal is exact.
        let h = hex_f64(v);
        return if h.starts_with('-') { format!("({h}{suffix}{imag})") } else { format!("{h}{suffix}{imag}") };
    }
    let body = if d.fkind.format_bits() == 32 { format!("{:?}", v as f32) } else { format!("{v:?}") };
    // Rust's `{:?}` is the shortest round-trip form: `1.0`, `0.1`, `1e-7`, `-0.0`.
    let body = if body.contains(['.', 'e', 'E']) { body } else { format!("{body}.0") };
    if body.starts_with('-') { format!("({body}{suffix}{imag})") } else { format!("{body}{suffix}{imag}") }
}

/// The exact hexadecimal form of a finite double (`0x1.8p+1`).
pub fn hex_f64(v: f64) -> String {
    let bits = v.to_bits();
    let sign = if bits >> 63 == 1 { "-" } else { "" };
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1u64 << 52) - 1);
    if exp == 0 && mant == 0 {
        return format!("{sign}0x0p+0");
    }
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    let mut m = format!("{mant:013x}");
    while m.ends_with('0') {
        m.pop();
    }
    let dot = if m.is_empty() { String::new() } else { format!(".{m}") };
    format!("{sign}0x{lead}{dot}p{e:+}")
}

/// A string literal as plain-ASCII C.
pub fn str_literal(s: &StrData) -> String {
    let prefix = match s.kind {
        StrKind::Plain => "",
        StrKind::Utf8 => "u8",
        StrKind::Wide => "L",
        StrKind::Utf16 => "u",
        StrKind::Utf32 => "U",
    };
    let units = match s.units.split_last() {
        Some((0, rest)) => rest,
        _ => &s.units[..],
    };
    let mut out = format!("{prefix}\"");
    let mut after_hex = false;
    for &u in units {
        let c = u;
        let printable = (0x20..0x7f).contains(&c);
        if printable && after_hex && (c as u8 as char).is_ascii_hexdigit() {
            out.push_str("\" ");
            out.push_str(prefix);
            out.push('"');
        }
        after_hex = false;
        match c {
            0x22 => out.push_str("\\\""),
            0x5c => out.push_str("\\\\"),
            0x0a => out.push_str("\\n"),
            0x09 => out.push_str("\\t"),
            0x0d => out.push_str("\\r"),
            0x3f => out.push_str("\\?"),
            _ if printable => out.push(c as u8 as char),
            _ if c < 0o1000 => {
                let _ = write!(out, "\\{c:03o}");
            }
            _ => {
                let _ = write!(out, "\\x{c:x}");
                after_hex = true;
            }
        }
    }
    out.push('"');
    out
}

pub fn bytes_lit(b: &[u8]) -> String {
    let mut units: Vec<u32> = b.iter().map(|x| *x as u32).collect();
    units.push(0);
    str_literal(&StrData { kind: StrKind::Plain, units })
}

fn ascii(s: &str) -> String {
    s.chars().map(|c| if c.is_ascii() && !c.is_control() && c != '*' { c } else { '?' }).collect()
}
