//! `CirStmt`: statements (one operation each), their kinds, operands and order; plus
//! `CirCode_typecheck` and `CirCode_resolveLabels`, which work statement by statement.
//!
//! Operands are numbered as in the original: a unary operation has `dst, a`, a binary one
//! `dst, a, b`, a call `dst, target, args...` (`dst` may be NULL), a return its value (may be
//! NULL), a compare-and-jump `a, b`; cir's own switch and `goto *` statements their value.
//!
//! Typechecking makes API-built statements keep the IR's invariant that every implicit C
//! conversion is explicit, with the lowering's own conversions (`Lowerer::convert`,
//! `assign_convert`, `usual_arith`, ...). What those emit (copies to temporaries) is captured
//! in a scratch code and inserted before the statement; a result whose type differs from the
//! destination's goes through a temporary and an assignment inserted after it.

use std::cell::Cell;
use std::collections::HashMap;

use super::*;
use crate::lower::LResult;

thread_local! {
    /// How many user statement kinds `CirStmt_registerUser` has handed out.
    static USER_KINDS: Cell<u32> = const { Cell::new(0) };
}

// ---- helpers ------------------------------------------------------------------------------------

/// The span new statements get: the running `@` call (for diagnostics of compile-time code).
fn at_span() -> Span {
    call_chain().last().map_or(Span::NONE, |c| c.0)
}

fn kind_name(k: &StmtKind) -> &'static str {
    match k {
        StmtKind::Nop => "a nop",
        StmtKind::UnOp { .. } => "a unary operation",
        StmtKind::BinOp { .. } => "a binary operation",
        StmtKind::Call { .. } => "a call",
        StmtKind::Return(_) => "a return",
        StmtKind::Cmp { .. } => "a compare-and-jump",
        StmtKind::Goto(_) => "a goto",
        StmtKind::Label(_) => "a label",
        StmtKind::GotoLabel(_) => "a goto-label",
        StmtKind::Switch { .. } => "a switch",
        StmtKind::IndirectGoto(_) => "an indirect goto",
        StmtKind::Asm(_) => "an asm statement",
        StmtKind::VlaDecl(_) => "a VLA declaration",
        StmtKind::ScopeEnd(_) => "a scope end",
        StmtKind::User { .. } => "a user statement",
    }
}

/// Misuse: statement `s` is not of the kind `func` needs.
fn wrong_kind(func: &str, s: StmtId, want: &str) -> ! {
    let k = kind_name(&prog(func).stmts[s].kind);
    fatal(format!("`{func}`: {s} is {k}, not {want}"))
}

/// A destination operand: a non-NULL lvalue.
fn dst_value(func: &str, p: *const CirValue) -> Value {
    let v = value(func, p);
    if !v.is_lval() {
        let t = crate::render::value_text(prog(func), &v);
        fatal(format!("`{func}`: the destination `{t}` is not an lvalue (a variable or memory value without a cast)"));
    }
    v
}

fn opt_dst_value(func: &str, p: *const CirValue) -> Option<Value> {
    (!p.is_null()).then(|| dst_value(func, p))
}

fn unop(func: &str, n: u32) -> UnOp {
    match n {
        1 => UnOp::Neg,
        2 => UnOp::BNot,
        3 => UnOp::LNot,
        4 => UnOp::AddrOf,
        5 => UnOp::Identity,
        _ => fatal(format!("`{func}`: {n} is not a unary operator (CIR_UNOP_NEG .. CIR_UNOP_IDENTITY)")),
    }
}

fn binop(func: &str, n: u32) -> BinOp {
    match n {
        1 => BinOp::Plus,
        2 => BinOp::Minus,
        3 => BinOp::Mul,
        4 => BinOp::Div,
        5 => BinOp::Mod,
        6 => BinOp::Shl,
        7 => BinOp::Shr,
        8 => BinOp::BAnd,
        9 => BinOp::BXor,
        10 => BinOp::BOr,
        _ => fatal(format!("`{func}`: {n} is not a binary operator (CIR_BINOP_PLUS .. CIR_BINOP_BOR)")),
    }
}

fn condop(func: &str, n: u32) -> CondOp {
    match n {
        1 => CondOp::Lt,
        2 => CondOp::Gt,
        3 => CondOp::Le,
        4 => CondOp::Ge,
        5 => CondOp::Eq,
        6 => CondOp::Ne,
        _ => fatal(format!("`{func}`: {n} is not a comparison operator (CIR_CONDOP_LT .. CIR_CONDOP_NE)")),
    }
}

/// A jump target for statement `s` (0 is none: a pending jump). Both attached means both in
/// the same code.
fn jump_target(func: &str, s: StmtId, t: u32) -> Option<StmtId> {
    let t = opt_stmt(func, t)?;
    let p = prog(func);
    if let (Some(a), Some(b)) = (p.stmts[s].owner, p.stmts[t].owner)
        && a != b
    {
        fatal(format!("`{func}`: {s} and its jump target {t} are in different codes ({a} and {b})"));
    }
    Some(t)
}

/// The operands of a statement in API order (`None` for an absent destination or return value).
fn operands(k: &StmtKind) -> Vec<Option<Value>> {
    match k {
        StmtKind::UnOp { dst, a, .. } => vec![Some(*dst), Some(*a)],
        StmtKind::BinOp { dst, a, b, .. } => vec![Some(*dst), Some(*a), Some(*b)],
        StmtKind::Call { dst, target, args } => {
            let mut v = vec![*dst, Some(*target)];
            v.extend(args.iter().map(|a| Some(*a)));
            v
        }
        StmtKind::Return(v) => vec![*v],
        StmtKind::Cmp { a, b, .. } => vec![Some(*a), Some(*b)],
        StmtKind::Switch { value, .. } | StmtKind::IndirectGoto(value) => vec![Some(*value)],
        _ => Vec::new(),
    }
}

fn set_kind(func: &str, s: StmtId, kind: StmtKind) {
    prog(func).stmts[s].kind = kind;
}

// ---- creation and order ---------------------------------------------------------------------------

extern "C" fn register_user() -> u32 {
    USER_KINDS.with(|c| {
        let n = c.get().saturating_add(1);
        c.set(n);
        n
    })
}

extern "C" fn new_orphan() -> u32 {
    prog("CirStmt_newOrphan").new_orphan_stmt(StmtKind::Nop, at_span()).as_u32()
}

/// A new nop next to attached statement `s` (`after` or before it).
fn new_beside(func: &str, s: u32, after: bool) -> u32 {
    let s = stmt(func, s);
    let p = prog(func);
    if p.stmts[s].owner.is_none() {
        fatal(format!("`{func}`: {s} is an orphan (attach it to a code first)"));
    }
    let n = p.new_orphan_stmt(StmtKind::Nop, at_span());
    if after {
        p.attach_after(s, n);
    } else {
        p.attach_before(s, n);
    }
    n.as_u32()
}

extern "C" fn new_after(s: u32) -> u32 {
    new_beside("CirStmt_newAfter", s, true)
}

extern "C" fn new_before(s: u32) -> u32 {
    new_beside("CirStmt_newBefore", s, false)
}

extern "C" fn orphanize(s: u32) {
    let s = stmt("CirStmt_orphanize", s);
    prog("CirStmt_orphanize").orphanize(s);
}

extern "C" fn is_orphan(s: u32) -> bool {
    let s = stmt("CirStmt_isOrphan", s);
    prog("CirStmt_isOrphan").stmts[s].owner.is_none()
}

extern "C" fn get_next(s: u32) -> u32 {
    let s = stmt("CirStmt_getNext", s);
    prog("CirStmt_getNext").stmts[s].next.map_or(0, |s| s.as_u32())
}

extern "C" fn get_prev(s: u32) -> u32 {
    let s = stmt("CirStmt_getPrev", s);
    prog("CirStmt_getPrev").stmts[s].prev.map_or(0, |s| s.as_u32())
}

// ---- to* ----------------------------------------------------------------------------------------

extern "C" fn to_nop(s: u32) {
    const F: &str = "CirStmt_toNop";
    let s = stmt(F, s);
    set_kind(F, s, StmtKind::Nop);
}

extern "C" fn to_unop(s: u32, dst: *const CirValue, op: u32, a: *const CirValue) {
    const F: &str = "CirStmt_toUnOp";
    let s = stmt(F, s);
    let dst = dst_value(F, dst);
    let op = unop(F, op);
    let a = value(F, a);
    set_kind(F, s, StmtKind::UnOp { dst, op, a });
}

extern "C" fn to_binop(s: u32, dst: *const CirValue, op: u32, a: *const CirValue, b: *const CirValue) {
    const F: &str = "CirStmt_toBinOp";
    let s = stmt(F, s);
    let dst = dst_value(F, dst);
    let op = binop(F, op);
    let a = value(F, a);
    let b = value(F, b);
    set_kind(F, s, StmtKind::BinOp { dst, op, a, b });
}

extern "C" fn to_call(s: u32, dst: *const CirValue, target: *const CirValue, args: *const *const CirValue, n: usize) {
    const F: &str = "CirStmt_toCall";
    let s = stmt(F, s);
    let dst = opt_dst_value(F, dst);
    let target = value(F, target);
    let args: Vec<Value> = array(F, args, n).into_iter().map(|a| value(F, a)).collect();
    set_kind(F, s, StmtKind::Call { dst, target, args });
}

extern "C" fn to_return(s: u32, v: *const CirValue) {
    const F: &str = "CirStmt_toReturn";
    let s = stmt(F, s);
    let v = opt_value(F, v);
    set_kind(F, s, StmtKind::Return(v));
}

extern "C" fn to_cmp(s: u32, op: u32, a: *const CirValue, b: *const CirValue, target: u32) {
    const F: &str = "CirStmt_toCmp";
    let s = stmt(F, s);
    let op = condop(F, op);
    let a = value(F, a);
    let b = value(F, b);
    let target = jump_target(F, s, target);
    set_kind(F, s, StmtKind::Cmp { op, a, b, target });
}

extern "C" fn to_goto(s: u32, target: u32) {
    const F: &str = "CirStmt_toGoto";
    let s = stmt(F, s);
    let target = jump_target(F, s, target);
    set_kind(F, s, StmtKind::Goto(target));
}

extern "C" fn to_label(s: u32, n: u32) {
    const F: &str = "CirStmt_toLabel";
    let s = stmt(F, s);
    let n = name(F, n);
    set_kind(F, s, StmtKind::Label(n));
}

extern "C" fn to_goto_label(s: u32, n: u32) {
    const F: &str = "CirStmt_toGotoLabel";
    let s = stmt(F, s);
    let n = name(F, n);
    set_kind(F, s, StmtKind::GotoLabel(n));
}

extern "C" fn to_user(s: u32, user: u32, ptr: *mut libc::c_void) {
    const F: &str = "CirStmt_toUser";
    let s = stmt(F, s);
    let registered = USER_KINDS.with(|c| c.get());
    if user == 0 || user > registered {
        fatal(format!("`{F}`: {user} is not a user statement kind (get one from `CirStmt_registerUser`)"));
    }
    let p = prog(F);
    p.stmts[s].kind = StmtKind::User { user, ptr: ptr as u64 };
    p.stmts[s].user_ptr = ptr as u64;
}

// ---- is* ----------------------------------------------------------------------------------------

/// Whether statement `s` matches `f`.
fn is(func: &str, s: u32, f: impl Fn(&StmtKind) -> bool) -> bool {
    let s = stmt(func, s);
    f(&prog(func).stmts[s].kind)
}

extern "C" fn is_nop(s: u32) -> bool {
    is("CirStmt_isNop", s, |k| matches!(k, StmtKind::Nop))
}

extern "C" fn is_unop(s: u32) -> bool {
    is("CirStmt_isUnOp", s, |k| matches!(k, StmtKind::UnOp { .. }))
}

extern "C" fn is_binop(s: u32) -> bool {
    is("CirStmt_isBinOp", s, |k| matches!(k, StmtKind::BinOp { .. }))
}

extern "C" fn is_call(s: u32) -> bool {
    is("CirStmt_isCall", s, |k| matches!(k, StmtKind::Call { .. }))
}

extern "C" fn is_return(s: u32) -> bool {
    is("CirStmt_isReturn", s, |k| matches!(k, StmtKind::Return(_)))
}

extern "C" fn is_cmp(s: u32) -> bool {
    is("CirStmt_isCmp", s, |k| matches!(k, StmtKind::Cmp { .. }))
}

extern "C" fn is_goto(s: u32) -> bool {
    is("CirStmt_isGoto", s, |k| matches!(k, StmtKind::Goto(_)))
}

extern "C" fn is_jump(s: u32) -> bool {
    is("CirStmt_isJump", s, |k| matches!(k, StmtKind::Goto(_) | StmtKind::Cmp { .. }))
}

extern "C" fn is_label(s: u32) -> bool {
    is("CirStmt_isLabel", s, |k| matches!(k, StmtKind::Label(_)))
}

extern "C" fn is_goto_label(s: u32) -> bool {
    is("CirStmt_isGotoLabel", s, |k| matches!(k, StmtKind::GotoLabel(_)))
}

extern "C" fn is_user(s: u32) -> u32 {
    let s = stmt("CirStmt_isUser", s);
    match prog("CirStmt_isUser").stmts[s].kind {
        StmtKind::User { user, .. } => user,
        _ => 0,
    }
}

// ---- operator and operands ----------------------------------------------------------------------

extern "C" fn get_op(s: u32) -> u32 {
    const F: &str = "CirStmt_getOp";
    let s = stmt(F, s);
    match prog(F).stmts[s].kind {
        StmtKind::UnOp { op, .. } => op as u32,
        StmtKind::BinOp { op, .. } => op as u32,
        StmtKind::Cmp { op, .. } => op as u32,
        _ => wrong_kind(F, s, "a unary, binary or compare-and-jump operation"),
    }
}

extern "C" fn get_dst(s: u32) -> *const CirValue {
    const F: &str = "CirStmt_getDst";
    let s = stmt(F, s);
    match prog(F).stmts[s].kind {
        StmtKind::UnOp { dst, .. } | StmtKind::BinOp { dst, .. } => value_handle(dst),
        StmtKind::Call { dst, .. } => opt_value_handle(dst),
        _ => wrong_kind(F, s, "a unary or binary operation or a call"),
    }
}

extern "C" fn get_operand1(s: u32) -> *const CirValue {
    const F: &str = "CirStmt_getOperand1";
    let s = stmt(F, s);
    match prog(F).stmts[s].kind {
        StmtKind::UnOp { a, .. } | StmtKind::BinOp { a, .. } | StmtKind::Cmp { a, .. } => value_handle(a),
        StmtKind::Call { target, .. } => value_handle(target),
        StmtKind::Return(v) => opt_value_handle(v),
        _ => wrong_kind(F, s, "an operation, a call, a return or a compare-and-jump"),
    }
}

extern "C" fn get_operand2(s: u32) -> *const CirValue {
    const F: &str = "CirStmt_getOperand2";
    let s = stmt(F, s);
    match prog(F).stmts[s].kind {
        StmtKind::BinOp { b, .. } | StmtKind::Cmp { b, .. } => value_handle(b),
        _ => wrong_kind(F, s, "a binary operation or a compare-and-jump"),
    }
}

extern "C" fn get_num_operands(s: u32) -> usize {
    const F: &str = "CirStmt_getNumOperands";
    let s = stmt(F, s);
    operands(&prog(F).stmts[s].kind).len()
}

/// Checks operand index `i` of statement `s`; returns the operands.
fn operand_index(func: &str, s: StmtId, i: usize) -> Vec<Option<Value>> {
    let ops = operands(&prog(func).stmts[s].kind);
    if i >= ops.len() {
        fatal(format!("`{func}`: index {i} is out of range ({s} has {} operands)", ops.len()));
    }
    ops
}

extern "C" fn get_operand(s: u32, i: usize) -> *const CirValue {
    const F: &str = "CirStmt_getOperand";
    let s = stmt(F, s);
    opt_value_handle(operand_index(F, s, i)[i])
}

extern "C" fn set_operand(s: u32, i: usize, v: *const CirValue) {
    const F: &str = "CirStmt_setOperand";
    let s = stmt(F, s);
    operand_index(F, s, i);
    let (is_dst, nullable) = match prog(F).stmts[s].kind {
        StmtKind::UnOp { .. } | StmtKind::BinOp { .. } => (i == 0, false),
        StmtKind::Call { .. } => (i == 0, i == 0),
        StmtKind::Return(_) => (false, true),
        _ => (false, false),
    };
    let v = match (is_dst, nullable) {
        (true, true) => opt_dst_value(F, v),
        (true, false) => Some(dst_value(F, v)),
        (false, true) => opt_value(F, v),
        (false, false) => Some(value(F, v)),
    };
    // `v` is `None` only where the operand may be absent.
    match (&mut prog(F).stmts[s].kind, v) {
        (StmtKind::Call { dst, .. }, v) if i == 0 => *dst = v,
        (StmtKind::Return(r), v) => *r = v,
        (_, None) => {}
        (StmtKind::UnOp { dst, a, .. }, Some(v)) => *[dst, a][i] = v,
        (StmtKind::BinOp { dst, a, b, .. }, Some(v)) => *[dst, a, b][i] = v,
        (StmtKind::Call { target, args, .. }, Some(v)) => {
            if i == 1 {
                *target = v;
            } else if let Some(arg) = args.get_mut(i - 2) {
                *arg = v;
            }
        }
        (StmtKind::Cmp { a, b, .. }, Some(v)) => *[a, b][i] = v,
        (StmtKind::Switch { value, .. } | StmtKind::IndirectGoto(value), Some(v)) => *value = v,
        _ => {}
    }
}

/// The arguments of call statement `s`.
fn call_args(func: &str, s: u32) -> (StmtId, Vec<Value>) {
    let s = stmt(func, s);
    match &prog(func).stmts[s].kind {
        StmtKind::Call { args, .. } => (s, args.clone()),
        _ => wrong_kind(func, s, "a call"),
    }
}

extern "C" fn get_num_args(s: u32) -> usize {
    call_args("CirStmt_getNumArgs", s).1.len()
}

extern "C" fn get_arg(s: u32, i: usize) -> *const CirValue {
    const F: &str = "CirStmt_getArg";
    let (s, args) = call_args(F, s);
    match args.get(i) {
        Some(a) => value_handle(*a),
        None => fatal(format!("`{F}`: index {i} is out of range ({s} has {} arguments)", args.len())),
    }
}

// ---- jumps, labels, user data ---------------------------------------------------------------------

extern "C" fn get_jump_target(s: u32) -> u32 {
    const F: &str = "CirStmt_getJumpTarget";
    let s = stmt(F, s);
    match prog(F).stmts[s].kind {
        StmtKind::Cmp { target, .. } | StmtKind::Goto(target) => target.map_or(0, |t| t.as_u32()),
        _ => wrong_kind(F, s, "a jump (goto or compare-and-jump)"),
    }
}

extern "C" fn set_jump_target(s: u32, t: u32) {
    const F: &str = "CirStmt_setJumpTarget";
    let s = stmt(F, s);
    if !matches!(prog(F).stmts[s].kind, StmtKind::Cmp { .. } | StmtKind::Goto(_)) {
        wrong_kind(F, s, "a jump (goto or compare-and-jump)");
    }
    let t = jump_target(F, s, t);
    match &mut prog(F).stmts[s].kind {
        StmtKind::Cmp { target, .. } | StmtKind::Goto(target) => *target = t,
        _ => {}
    }
}

extern "C" fn get_label_name(s: u32) -> u32 {
    const F: &str = "CirStmt_getLabelName";
    let s = stmt(F, s);
    match prog(F).stmts[s].kind {
        StmtKind::Label(n) | StmtKind::GotoLabel(n) => n.as_u32(),
        _ => wrong_kind(F, s, "a label or goto-label"),
    }
}

extern "C" fn set_label_name(s: u32, n: u32) {
    const F: &str = "CirStmt_setLabelName";
    let s = stmt(F, s);
    if !matches!(prog(F).stmts[s].kind, StmtKind::Label(_) | StmtKind::GotoLabel(_)) {
        wrong_kind(F, s, "a label or goto-label");
    }
    let n = name(F, n);
    match &mut prog(F).stmts[s].kind {
        StmtKind::Label(l) | StmtKind::GotoLabel(l) => *l = n,
        _ => {}
    }
}

extern "C" fn get_ptr(s: u32) -> *mut libc::c_void {
    let s = stmt("CirStmt_getPtr", s);
    prog("CirStmt_getPtr").stmts[s].user_ptr as *mut libc::c_void
}

extern "C" fn set_ptr(s: u32, ptr: *mut libc::c_void) {
    let s = stmt("CirStmt_setPtr", s);
    let sd = &mut prog("CirStmt_setPtr").stmts[s];
    sd.user_ptr = ptr as u64;
    if let StmtKind::User { ptr: p, .. } = &mut sd.kind {
        *p = ptr as u64;
    }
}

extern "C" fn log_stmt(s: u32) {
    const F: &str = "CirStmt_log";
    if s == 0 {
        log::emit("<CirStmt 0>");
        return;
    }
    let s = stmt(F, s);
    let text = crate::render::stmt_text(prog(F), s);
    log::emit(&text);
}

// ---- typecheck ----------------------------------------------------------------------------------

/// The typechecking of statements for one API call.
struct Tc {
    func: &'static str,
    lw: &'static mut Lowerer<'static>,
    /// Where conversions emit their statements (made on first use).
    scratch: Option<CodeId>,
    /// The statement being checked.
    sid: StmtId,
    /// Statements to insert before it / after it.
    pre: Vec<StmtId>,
    post: Vec<StmtId>,
    /// Temporaries made for it (to be owned by its code).
    temps: Vec<VarId>,
    /// A destination var without a type (void) gets the result type.
    infer: Option<(VarId, TypeId)>,
}

impl Tc {
    fn new(func: &'static str) -> Tc {
        let lw = lw(func);
        Tc { func, lw, scratch: None, sid: StmtId::from_index(0), pre: Vec::new(), post: Vec::new(), temps: Vec::new(), infer: None }
    }

    fn fail(&self, msg: impl std::fmt::Display) -> ! {
        fatal(format!("`{}`: {}: {msg}", self.func, self.sid))
    }

    fn p(&mut self) -> &mut Program {
        self.lw.p
    }

    fn ty_str(&mut self, t: TypeId) -> String {
        self.lw.type_str(t)
    }

    fn val_str(&mut self, v: &Value) -> String {
        crate::render::value_text(self.lw.p, v)
    }

    /// Runs a lowering conversion with its output captured: the statements it emits are
    /// returned (orphans), the temporaries it makes remembered; a diagnostic it reports
    /// becomes the fatal error.
    fn capture<T>(&mut self, f: impl FnOnce(&mut Lowerer<'static>) -> LResult<T>) -> (T, Vec<StmtId>) {
        let scratch = match self.scratch {
            Some(c) => c,
            None => {
                let c = self.lw.p.new_code();
                self.scratch = Some(c);
                c
            }
        };
        let lw = &mut *self.lw;
        let nvars = lw.p.vars.len();
        let ndiags = lw.diags.len();
        let saved_code = lw.code.replace(scratch);
        let saved_pending = std::mem::take(&mut lw.jumps.pending);
        let r = f(lw);
        lw.jumps.pending = saved_pending;
        lw.code = saved_code;
        let mut out = Vec::new();
        while let Some(s) = lw.p.codes[scratch].first {
            lw.p.orphanize(s);
            out.push(s);
        }
        self.temps.extend((nvars..lw.p.vars.len()).map(VarId::from_index));
        match r {
            Ok(x) => (x, out),
            Err(_) => {
                let msgs: Vec<String> =
                    lw.diags.drain(ndiags..).filter(|d| d.is_error()).map(|d| d.message).collect();
                self.fail(if msgs.is_empty() { "ill-typed statement".to_string() } else { msgs.join("; ") })
            }
        }
    }

    /// An operand as an rvalue (arrays and functions decay, qualifiers drop).
    fn rv(&mut self, v: Value) -> (Value, TypeId) {
        match v.kind {
            ValueKind::Type(_) => self.fail("a type value cannot be an operand"),
            ValueKind::User { .. } => self.fail("a user value cannot be an operand"),
            _ => {}
        }
        // An integer constant with an integer cast is just a constant of that kind.
        let v = match (v.as_int(), v.cast) {
            (Some((_, bits)), Some(c)) => match *self.p().skind(c) {
                TypeKind::Int(k) => Value::int(k, if k == IKind::Bool { (bits != 0) as i128 } else { bits }),
                _ => v,
            },
            _ => v,
        };
        let ty = self.p().value_type(&v);
        let (r, pre) = self.capture(|lw| lw.rval_value(v, ty, Span::NONE));
        self.pre.extend(pre);
        r
    }

    fn conv(&mut self, v: Value, from: TypeId, to: TypeId) -> Value {
        let (r, pre) = self.capture(|lw| Ok(lw.convert(v, from, to)));
        self.pre.extend(pre);
        r
    }

    /// Assignment conversion of `v` to `to` (assignments, arguments, return values).
    fn assign(&mut self, v: Value, from: TypeId, to: TypeId, what: &'static str) -> Value {
        let (fu, tu) = (self.p().unqualified(from), self.p().unqualified(to));
        if self.lw.same_type(fu, tu) {
            return v;
        }
        // GCC's wide bit-field types (temporaries of the lowering) take any arithmetic value.
        if self.p().bitint(to).is_some() && self.p().is_arith(from) {
            return self.conv(v, from, to);
        }
        let (r, pre) = self.capture(|lw| lw.assign_convert(v, from, to, Span::NONE, what));
        self.pre.extend(pre);
        r
    }

    /// The bit-field width of an operand for integer promotion (widths over 32 are left out:
    /// they would need GCC's wide bit-field types).
    fn bw(&mut self, v: &Value) -> Option<u32> {
        self.lw.bitfield_width(v).filter(|&w| w <= 32)
    }

    /// The var of a destination that has no type yet (void).
    fn untyped(&mut self, dst: &Value) -> Option<VarId> {
        match (dst.kind, dst.cast) {
            (ValueKind::Var { var, path: None }, None) => {
                let p = self.p();
                (p.is_void(p.vars[var].ty) || super::decls::untyped(p, var)).then_some(var)
            }
            _ => None,
        }
    }

    /// The type of a destination (an object type that can be assigned).
    fn dst_type(&mut self, dst: &Value) -> TypeId {
        if !dst.is_lval() {
            let d = self.val_str(dst);
            self.fail(format!("the destination `{d}` is not an lvalue"));
        }
        let dt = self.p().value_type(dst);
        let bad = if self.p().is_array(dt) {
            "array"
        } else if self.p().is_func(dt) {
            "function"
        } else if self.p().is_void(dt) {
            "void"
        } else {
            return dt;
        };
        let (d, t) = (self.val_str(dst), self.ty_str(dt));
        self.fail(format!("cannot assign to `{d}` of {bad} type `{t}`"))
    }

    /// Makes `dst` receive a result of type `r`: returns the destination the operation writes
    /// (a temporary when a conversion to `dst`'s type is needed, assigned after it).
    fn finish_dst(&mut self, dst: Value, r: TypeId) -> Value {
        if let Some(var) = self.untyped(&dst) {
            let r = self.p().unqualified(r);
            self.infer = Some((var, r));
            return dst;
        }
        let dt = self.dst_type(&dst);
        let (ru, du) = (self.p().unqualified(r), self.p().unqualified(dt));
        if self.lw.same_type(ru, du) {
            return dst;
        }
        let ((t, v), mut post) = self.capture(|lw| {
            let t = lw.temp(r);
            let v = lw.assign_convert(Value::var(t), ru, dt, Span::NONE, "assigning")?;
            Ok((t, v))
        });
        let sid = self.sid;
        let span = self.p().stmts[sid].span;
        let fin = self.p().new_orphan_stmt(StmtKind::UnOp { dst, op: UnOp::Identity, a: v }, span);
        post.push(fin);
        self.post = post;
        Value::var(t)
    }

    /// A jump target must be in the statement's code.
    fn check_target(&mut self, t: Option<StmtId>) {
        let Some(t) = t else { return };
        let sid = self.sid;
        let (a, b) = (self.p().stmts[sid].owner, self.p().stmts[t].owner);
        if a.is_some() && a != b {
            self.fail(format!("its jump target {t} is not in its code"));
        }
    }

    /// Typechecks statement `s`, rewriting it (and inserting casts and statements) in place.
    fn stmt(&mut self, s: StmtId) {
        self.sid = s;
        self.pre.clear();
        self.post.clear();
        self.temps.clear();
        self.infer = None;
        let kind = self.p().stmts[s].kind.clone();
        let kind = match kind {
            StmtKind::UnOp { dst, op, a } => self.unop(dst, op, a),
            StmtKind::BinOp { dst, op, a, b } => self.binop(dst, op, a, b),
            StmtKind::Call { dst, target, args } => self.call(dst, target, args),
            StmtKind::Return(Some(v)) => self.ret(v),
            StmtKind::Cmp { op, a, b, target } => {
                self.check_target(target);
                let (a, b) = self.compare(a, b);
                StmtKind::Cmp { op, a, b, target }
            }
            StmtKind::Goto(t) => {
                self.check_target(t);
                StmtKind::Goto(t)
            }
            k => k,
        };
        self.apply(kind);
    }

    fn unop(&mut self, dst: Value, op: UnOp, a: Value) -> StmtKind {
        match op {
            UnOp::Identity => {
                if let Some(var) = self.untyped(&dst) {
                    let (a, at) = self.rv(a);
                    self.infer = Some((var, at));
                    return StmtKind::UnOp { dst, op, a };
                }
                let dt = self.dst_type(&dst);
                let (a, at) = self.rv(a);
                let a = self.assign(a, at, dt, "assigning");
                let a = self.lw.fit_bitfield(&dst, dt, a);
                StmtKind::UnOp { dst, op, a }
            }
            UnOp::Neg | UnOp::BNot => {
                let bw = self.bw(&a);
                let (a, at) = self.rv(a);
                let p = self.p();
                let ok = matches!(p.skind(at), TypeKind::Vector { .. })
                    || if op == UnOp::BNot {
                        p.is_integer(at) || matches!(p.skind(at), TypeKind::Complex(_) | TypeKind::ComplexInt(_))
                    } else {
                        p.is_arith(at)
                    };
                if !ok {
                    let t = self.ty_str(at);
                    self.fail(format!("invalid argument type `{t}` to unary `{}`", if op == UnOp::Neg { "-" } else { "~" }));
                }
                let r = self.lw.promote(at, bw);
                let a = self.conv(a, at, r);
                let dst = self.finish_dst(dst, r);
                StmtKind::UnOp { dst, op, a }
            }
            UnOp::LNot => {
                let (a, at) = self.rv(a);
                if !self.p().is_scalar(at) {
                    let t = self.ty_str(at);
                    self.fail(format!("invalid argument type `{t}` to unary `!`"));
                }
                let r = self.p().int_ty(IKind::Int);
                let dst = self.finish_dst(dst, r);
                StmtKind::UnOp { dst, op, a }
            }
            UnOp::AddrOf => {
                let at = self.p().value_type(&a);
                let func = a.cast.is_none() && self.p().is_func(at);
                if !(a.is_lval() || func || matches!(a.kind, ValueKind::Str(_))) {
                    let t = self.val_str(&a);
                    self.fail(format!("cannot take the address of `{t}`: it is not an lvalue"));
                }
                if self.lw.bitfield_width(&a).is_some() {
                    self.fail("cannot take the address of a bit-field");
                }
                if let ValueKind::Var { var, .. } = a.kind {
                    if self.p().vars[var].storage == Storage::Register {
                        self.fail("address of register variable requested");
                    }
                    self.p().vars[var].flags.addr_taken = true;
                }
                let r = self.p().ptr_to(at);
                let dst = self.finish_dst(dst, r);
                StmtKind::UnOp { dst, op, a }
            }
            UnOp::Real | UnOp::Imag => StmtKind::UnOp { dst, op, a },
        }
    }

    fn binop(&mut self, dst: Value, op: BinOp, a: Value, b: Value) -> StmtKind {
        let (abw, bbw) = (self.bw(&a), self.bw(&b));
        let (a, at) = self.rv(a);
        let (b, bt) = self.rv(b);
        let (ap, bp) = (self.p().is_ptr(at), self.p().is_ptr(bt));
        let invalid = |tc: &mut Tc| -> ! {
            let (x, y) = (tc.ty_str(at), tc.ty_str(bt));
            tc.fail(format!("invalid operands to binary `{}` (have `{x}` and `{y}`)", op.c_op()))
        };
        let vector = |tc: &mut Tc, t: TypeId| matches!(tc.p().skind(t), TypeKind::Vector { .. });
        let (a, b, r) = if matches!(op, BinOp::Plus | BinOp::Minus) && (ap || bp) {
            if ap && bp {
                if op == BinOp::Plus {
                    invalid(self);
                }
                let (x, y) = (self.p().pointee(at).unwrap_or(at), self.p().pointee(bt).unwrap_or(bt));
                let (x, y) = (self.p().unqualified(x), self.p().unqualified(y));
                if !self.lw.compatible(x, y) {
                    let (x, y) = (self.ty_str(at), self.ty_str(bt));
                    self.fail(format!("`{x}` and `{y}` are not pointers to compatible types"));
                }
                (a, b, self.p().int_ty(IKind::Long))
            } else {
                if bp && op == BinOp::Minus {
                    invalid(self);
                }
                let (it, pt) = if ap { (bt, at) } else { (at, bt) };
                if !self.p().is_integer(it) {
                    invalid(self);
                }
                let pointee = self.p().pointee(pt).unwrap_or(pt);
                let p = self.p();
                if p.size_of(pointee).is_none() && !p.is_void(pointee) && !p.is_vm(pointee) && !p.is_func(pointee) {
                    self.fail("arithmetic on a pointer to an incomplete type");
                }
                let ipt = self.lw.promote(it, None);
                let r = self.p().unqualified(pt);
                if ap {
                    let b = self.conv(b, bt, ipt);
                    (a, b, r)
                } else {
                    let a = self.conv(a, at, ipt);
                    (a, b, r)
                }
            }
        } else if vector(self, at) || vector(self, bt) {
            (a, b, if vector(self, at) { at } else { bt })
        } else {
            let int_only = matches!(op, BinOp::Mod | BinOp::Shl | BinOp::Shr | BinOp::BAnd | BinOp::BXor | BinOp::BOr);
            let p = self.p();
            let ok = if int_only { p.is_integer(at) && p.is_integer(bt) } else { p.is_arith(at) && p.is_arith(bt) };
            if !ok {
                invalid(self);
            }
            let (lt, rt) = if matches!(op, BinOp::Shl | BinOp::Shr) {
                (self.lw.promote(at, abw), self.lw.promote(bt, bbw))
            } else {
                let (x, y) = (self.lw.promote(at, abw), self.lw.promote(bt, bbw));
                let c = self.lw.usual_arith(x, y);
                (c, c)
            };
            let a = self.conv(a, at, lt);
            let b = self.conv(b, bt, rt);
            (a, b, lt)
        };
        let dst = self.finish_dst(dst, r);
        StmtKind::BinOp { dst, op, a, b }
    }

    /// The operands of a comparison, converted to a common type.
    fn compare(&mut self, a: Value, b: Value) -> (Value, Value) {
        let (a, at) = self.rv(a);
        let (b, bt) = self.rv(b);
        let (ap, bp) = (self.p().is_ptr(at), self.p().is_ptr(bt));
        if ap || bp {
            let p = self.p();
            if ap && bp {
                (a, b)
            } else if ap && p.is_integer(bt) {
                let b = self.conv(b, bt, at);
                (a, b)
            } else if bp && p.is_integer(at) {
                let a = self.conv(a, at, bt);
                (a, b)
            } else {
                let (x, y) = (self.ty_str(at), self.ty_str(bt));
                self.fail(format!("comparison between `{x}` and `{y}`"))
            }
        } else {
            if !self.p().is_arith(at) || !self.p().is_arith(bt) {
                let (x, y) = (self.ty_str(at), self.ty_str(bt));
                self.fail(format!("invalid operands to comparison (have `{x}` and `{y}`)"));
            }
            let (x, y) = (self.lw.promote(at, None), self.lw.promote(bt, None));
            let c = self.lw.usual_arith(x, y);
            let a = self.conv(a, at, c);
            let b = self.conv(b, bt, c);
            (a, b)
        }
    }

    fn call(&mut self, dst: Option<Value>, target: Value, args: Vec<Value>) -> StmtKind {
        let tt = self.p().value_type(&target);
        let (target, fty) = match self.p().skind(tt).clone() {
            TypeKind::Func { .. } => match (target.kind, target.cast) {
                // `(*fp)(...)`: call through the pointer itself.
                (ValueKind::Mem { var, path: None }, None) => (Value::var(var), self.p().vars[var].ty),
                _ => (target, tt),
            },
            TypeKind::Ptr(p) if self.p().is_func(p) => self.rv(target),
            _ => {
                let (v, t) = (self.val_str(&target), self.ty_str(tt));
                self.fail(format!("called object `{v}` of type `{t}` is not a function or function pointer"));
            }
        };
        let Some((ret, params, variadic, proto)) = self.p().func_sig(fty).map(|(r, p, v, pr)| (r, p.to_vec(), v, pr)) else {
            self.fail("the call target has no function type")
        };
        // Builtins have their own signatures (none for the type-generic ones).
        let (ret, params, variadic, generic) = match target.kind {
            ValueKind::Builtin(b) => {
                let (r, ps, v) = self.p().builtin_sig(b);
                (r, ps, v, true)
            }
            _ => (Some(ret), proto.then(|| params.iter().map(|p| p.ty).collect::<Vec<_>>()), variadic, false),
        };
        let generic = generic && params.is_none();
        if let Some(ps) = &params {
            let n = args.len();
            if n < ps.len() || (n > ps.len() && !variadic) {
                let few = if n < ps.len() { "few" } else { "many" };
                self.fail(format!("too {few} arguments to function call, expected {}, have {n}", ps.len()));
            }
        }
        let mut out = Vec::with_capacity(args.len());
        for (i, a) in args.into_iter().enumerate() {
            let (v, t) = self.rv(a);
            let v = match params.as_ref().and_then(|ps| ps.get(i).copied()) {
                Some(pt) => self.assign(v, t, pt, "passing argument"),
                None if generic => v,
                None => {
                    let pt = self.lw.default_promote(t);
                    self.conv(v, t, pt)
                }
            };
            out.push(v);
        }
        let dst = match (dst, ret) {
            (None, _) => None,
            (Some(d), None) => {
                // A type-generic builtin: its result type depends on the arguments.
                self.dst_type(&d);
                Some(d)
            }
            (Some(d), Some(r)) => {
                if self.p().is_void(r) {
                    self.fail("the called function returns void: the call cannot have a destination");
                }
                if self.p().size_of(r).is_none() {
                    let t = self.ty_str(r);
                    self.fail(format!("calling a function with incomplete return type `{t}`"));
                }
                Some(self.finish_dst(d, r))
            }
        };
        StmtKind::Call { dst, target, args: out }
    }

    fn ret(&mut self, v: Value) -> StmtKind {
        let (v, t) = self.rv(v);
        // The function whose body holds the statement (none for a code not yet a body).
        let sid = self.sid;
        let owner = self.p().stmts[sid].owner;
        let fvar = owner.and_then(|c| self.p().vars.iter().find(|(_, d)| d.code == Some(c)).map(|(v, _)| v));
        let ret = fvar.and_then(|f| {
            let ft = self.p().vars[f].ty;
            self.p().func_sig(ft).map(|s| s.0)
        });
        let v = match ret {
            Some(r) if self.p().is_void(r) => self.fail("`return` with a value in a function returning void"),
            Some(r) => self.assign(v, t, r, "returning"),
            None => v,
        };
        StmtKind::Return(Some(v))
    }

    /// Installs the checked statement with what it needs around it.
    fn apply(&mut self, kind: StmtKind) {
        let sid = self.sid;
        let p = &mut *self.lw.p;
        let Some(code) = p.stmts[sid].owner else {
            if !self.pre.is_empty() || !self.post.is_empty() || !self.temps.is_empty() {
                self.fail("it is an orphan, but its conversions need temporaries: attach it to a code first");
            }
            p.stmts[sid].kind = kind;
            if let Some((v, t)) = self.infer.take() {
                super::decls::set_inferred_type(p, v, t);
            }
            return;
        };
        for t in self.temps.drain(..) {
            if let Some(o) = p.vars[t].owner {
                p.codes[o].vars.retain(|&x| x != t);
            }
            p.vars[t].owner = Some(code);
            p.codes[code].vars.push(t);
        }
        let span = p.stmts[sid].span;
        if let Some(&first) = self.pre.first() {
            // Jumps to the statement now go to what runs before it.
            let all: Vec<StmtId> = p.code_stmts(code).collect();
            for s in all {
                match &mut p.stmts[s].kind {
                    StmtKind::Cmp { target, .. } | StmtKind::Goto(target) if *target == Some(sid) => *target = Some(first),
                    StmtKind::Switch { cases, default, .. } => {
                        for c in cases.iter_mut().filter(|c| c.target == sid) {
                            c.target = first;
                        }
                        if *default == Some(sid) {
                            *default = Some(first);
                        }
                    }
                    _ => {}
                }
            }
            for s in self.pre.drain(..) {
                p.stmts[s].span = span;
                p.attach_before(sid, s);
            }
        }
        p.stmts[sid].kind = kind;
        let mut at = sid;
        for s in self.post.drain(..) {
            p.stmts[s].span = span;
            p.attach_after(at, s);
            at = s;
        }
        if let Some((v, t)) = self.infer.take() {
            super::decls::set_inferred_type(p, v, t);
        }
    }

    fn finish(self) {
        if let Some(c) = self.scratch {
            self.lw.p.codes[c].freed = true;
        }
    }
}

extern "C" fn typecheck(s: u32, mach: *const CirMachine) {
    const F: &str = "CirStmt_typecheck";
    let s = stmt(F, s);
    machine(F, mach);
    let mut tc = Tc::new(F);
    tc.stmt(s);
    tc.finish();
}

extern "C" fn code_typecheck(c: u32, mach: *const CirMachine) {
    const F: &str = "CirCode_typecheck";
    let c = code(F, c);
    machine(F, mach);
    let p = prog(F);
    let stmts: Vec<StmtId> = p.code_stmts(c).collect();
    for &s in &stmts {
        if let Some(t) = p.stmts[s].kind.jump_target()
            && p.stmts[t].owner != Some(c)
        {
            fatal(format!("`{F}`: {s} jumps to {t}, which is not in code {}", c.as_u32()));
        }
    }
    let mut tc = Tc::new(F);
    for s in stmts {
        tc.stmt(s);
    }
    tc.finish();
    // A value whose var got its type here gives the code its type.
    let p = prog(F);
    if let CodeResult::Value(v) = p.codes[c].result
        && p.codes[c].ty.is_none_or(|t| p.is_void(t))
    {
        let t = p.value_type(&v);
        p.codes[c].ty = Some(t);
    }
}

extern "C" fn resolve_labels(c: u32) {
    const F: &str = "CirCode_resolveLabels";
    let c = code(F, c);
    let p = prog(F);
    let stmts: Vec<StmtId> = p.code_stmts(c).collect();
    let mut labels: HashMap<Name, StmtId> = HashMap::new();
    for &s in &stmts {
        if let StmtKind::Label(n) = p.stmts[s].kind
            && let Some(prev) = labels.insert(n, s)
        {
            fatal(format!("`{F}`: duplicate label `{}` ({prev} and {s})", p.name_str(n)));
        }
    }
    let mut gotos = Vec::new();
    for &s in &stmts {
        if let StmtKind::GotoLabel(n) = p.stmts[s].kind {
            match labels.get(&n) {
                Some(&l) => gotos.push((s, l)),
                None => fatal(format!("`{F}`: label `{}` used by {s} is not defined in code {}", p.name_str(n), c.as_u32())),
            }
        }
    }
    for (s, l) in gotos {
        p.stmts[s].kind = StmtKind::Goto(Some(l));
    }
}

pub(super) fn lookup(name: &str) -> Option<*const u8> {
    Some(match name {
        "CirStmt_registerUser" => register_user as *const u8,
        "CirStmt_newOrphan" => new_orphan as *const u8,
        "CirStmt_newAfter" => new_after as *const u8,
        "CirStmt_newBefore" => new_before as *const u8,
        "CirStmt_orphanize" => orphanize as *const u8,
        "CirStmt_isOrphan" => is_orphan as *const u8,
        "CirStmt_toNop" => to_nop as *const u8,
        "CirStmt_toUnOp" => to_unop as *const u8,
        "CirStmt_toBinOp" => to_binop as *const u8,
        "CirStmt_toCall" => to_call as *const u8,
        "CirStmt_toReturn" => to_return as *const u8,
        "CirStmt_toCmp" => to_cmp as *const u8,
        "CirStmt_toGoto" => to_goto as *const u8,
        "CirStmt_toLabel" => to_label as *const u8,
        "CirStmt_toGotoLabel" => to_goto_label as *const u8,
        "CirStmt_toUser" => to_user as *const u8,
        "CirStmt_isNop" => is_nop as *const u8,
        "CirStmt_isUnOp" => is_unop as *const u8,
        "CirStmt_isBinOp" => is_binop as *const u8,
        "CirStmt_isCall" => is_call as *const u8,
        "CirStmt_isReturn" => is_return as *const u8,
        "CirStmt_isCmp" => is_cmp as *const u8,
        "CirStmt_isGoto" => is_goto as *const u8,
        "CirStmt_isJump" => is_jump as *const u8,
        "CirStmt_isLabel" => is_label as *const u8,
        "CirStmt_isGotoLabel" => is_goto_label as *const u8,
        "CirStmt_isUser" => is_user as *const u8,
        "CirStmt_getOp" => get_op as *const u8,
        "CirStmt_getDst" => get_dst as *const u8,
        "CirStmt_getOperand1" => get_operand1 as *const u8,
        "CirStmt_getOperand2" => get_operand2 as *const u8,
        "CirStmt_getNumOperands" => get_num_operands as *const u8,
        "CirStmt_getOperand" => get_operand as *const u8,
        "CirStmt_setOperand" => set_operand as *const u8,
        "CirStmt_getNumArgs" => get_num_args as *const u8,
        "CirStmt_getArg" => get_arg as *const u8,
        "CirStmt_getJumpTarget" => get_jump_target as *const u8,
        "CirStmt_setJumpTarget" => set_jump_target as *const u8,
        "CirStmt_getLabelName" => get_label_name as *const u8,
        "CirStmt_setLabelName" => set_label_name as *const u8,
        "CirStmt_getPtr" => get_ptr as *const u8,
        "CirStmt_setPtr" => set_ptr as *const u8,
        "CirStmt_getNext" => get_next as *const u8,
        "CirStmt_getPrev" => get_prev as *const u8,
        "CirStmt_log" => log_stmt as *const u8,
        "CirStmt_typecheck" => typecheck as *const u8,
        "CirCode_typecheck" => code_typecheck as *const u8,
        "CirCode_resolveLabels" => resolve_labels as *const u8,
        _ => return None,
    })
}
