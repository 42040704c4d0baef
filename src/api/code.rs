//! `CirCode`: statement lists with their vars and a value or condition jumps.
//!
//! As in the original: `CirCode_toExpr` converts in place and returns the same id (an
//! expression code is returned as is, without its value if `dropValue`); `CirCode_append(a, b)`
//! gives `a` the result of `b` (b's value, or b's jumps when a is an expression code; a
//! condition code `a` keeps its jumps and gains b's) and frees `b`; `CirCode_free(0)` and
//! `CirCode_append(a, 0)` do nothing. A jump added to a condition code must be a `Cmp` or `Goto`
//! statement whose target is still pending, and not already a pending jump of the code.

use super::*;

/// A code as messages name it (`code 7`: the number compile-time code has).
fn cn(c: CodeId) -> String {
    format!("code {}", c.as_u32())
}

fn expr_code(func: &str, c: u32) -> CodeId {
    let c = code(func, c);
    if matches!(prog(func).codes[c].result, CodeResult::Cond { .. }) {
        fatal(format!("`{func}`: {} is a condition code, not an expression code (see `CirCode_toExpr`)", cn(c)));
    }
    c
}

extern "C" fn of_expr(v: *const CirValue) -> u32 {
    let v = opt_value("CirCode_ofExpr", v);
    let p = prog("CirCode_ofExpr");
    let c = p.new_code();
    if let Some(v) = v {
        let t = p.value_type(&v);
        p.codes[c].result = CodeResult::Value(v);
        p.codes[c].ty = Some(t);
    }
    c.as_u32()
}

extern "C" fn of_cond() -> u32 {
    let p = prog("CirCode_ofCond");
    let c = p.new_code();
    p.codes[c].result = CodeResult::Cond { trues: Vec::new(), falses: Vec::new() };
    c.as_u32()
}

extern "C" fn append_new_stmt(c: u32) -> u32 {
    let c = code("CirCode_appendNewStmt", c);
    prog("CirCode_appendNewStmt").append_stmt(c, StmtKind::Nop, Span::NONE).as_u32()
}

extern "C" fn prepend_new_stmt(c: u32) -> u32 {
    const F: &str = "CirCode_prependNewStmt";
    let c = code(F, c);
    let p = prog(F);
    let s = p.new_orphan_stmt(StmtKind::Nop, Span::NONE);
    p.attach_first(c, s);
    s.as_u32()
}

extern "C" fn append_orphan_stmt(c: u32, s: u32) {
    const F: &str = "CirCode_appendOrphanStmt";
    let c = code(F, c);
    let s = stmt(F, s);
    let p = prog(F);
    if let Some(o) = p.stmts[s].owner {
        fatal(format!("`{F}`: {s} is not an orphan (it belongs to {}; see `CirStmt_orphanize`)", cn(o)));
    }
    p.attach_last(c, s);
}

extern "C" fn is_expr(c: u32) -> bool {
    let c = code("CirCode_isExpr", c);
    !matches!(prog("CirCode_isExpr").codes[c].result, CodeResult::Cond { .. })
}

extern "C" fn is_cond(c: u32) -> bool {
    let c = code("CirCode_isCond", c);
    matches!(prog("CirCode_isCond").codes[c].result, CodeResult::Cond { .. })
}

/// Marks the code freed: any later use of its id is misuse. Its statements are not touched.
extern "C" fn free(c: u32) {
    let Some(c) = opt_code("CirCode_free", c) else { return };
    prog("CirCode_free").codes[c].freed = true;
}

extern "C" fn get_value(c: u32) -> *const CirValue {
    const F: &str = "CirCode_getValue";
    let c = expr_code(F, c);
    match &prog(F).codes[c].result {
        CodeResult::Value(v) => value_handle(*v),
        _ => std::ptr::null(),
    }
}

extern "C" fn set_value(c: u32, v: *const CirValue) {
    const F: &str = "CirCode_setValue";
    let c = expr_code(F, c);
    let v = opt_value(F, v);
    let p = prog(F);
    match v {
        Some(v) => {
            let t = p.value_type(&v);
            p.codes[c].result = CodeResult::Value(v);
            p.codes[c].ty = Some(t);
        }
        None => {
            p.codes[c].result = CodeResult::None;
            p.codes[c].ty = None;
        }
    }
}

extern "C" fn get_first_stmt(c: u32) -> u32 {
    let c = code("CirCode_getFirstStmt", c);
    prog("CirCode_getFirstStmt").codes[c].first.map_or(0, |s| s.as_u32())
}

extern "C" fn get_last_stmt(c: u32) -> u32 {
    let c = code("CirCode_getLastStmt", c);
    prog("CirCode_getLastStmt").codes[c].last.map_or(0, |s| s.as_u32())
}

fn add_jump(func: &str, c: u32, s: u32, when_true: bool) {
    let c = code(func, c);
    let s = stmt(func, s);
    let p = prog(func);
    let CodeResult::Cond { trues, falses } = &p.codes[c].result else {
        fatal(format!("`{func}`: {} is an expression code, not a condition code (see `CirCode_ofCond`)", cn(c)));
    };
    match &p.stmts[s].kind {
        StmtKind::Cmp { target: None, .. } | StmtKind::Goto(None) => {}
        StmtKind::Cmp { .. } | StmtKind::Goto(_) => {
            fatal(format!("`{func}`: {s} already has a jump target (a pending jump has target 0)"))
        }
        _ => fatal(format!("`{func}`: {s} is not a jump (`CirStmt_toCmp` or `CirStmt_toGoto`)")),
    }
    if trues.contains(&s) || falses.contains(&s) {
        fatal(format!("`{func}`: {s} is already a pending jump of {}", cn(c)));
    }
    if let CodeResult::Cond { trues, falses } = &mut p.codes[c].result {
        if when_true { trues.push(s) } else { falses.push(s) }
    }
}

extern "C" fn add_true_jump(c: u32, s: u32) {
    add_jump("CirCode_addTrueJump", c, s, true);
}

extern "C" fn add_false_jump(c: u32, s: u32) {
    add_jump("CirCode_addFalseJump", c, s, false);
}

/// Points the pending jumps `jumps` at `target`.
fn backpatch(p: &mut Program, jumps: &[StmtId], target: StmtId) {
    for &j in jumps {
        if let StmtKind::Cmp { target: t, .. } | StmtKind::Goto(t) = &mut p.stmts[j].kind {
            *t = Some(target);
        }
    }
}

/// A condition code becomes an expression code in place, as the lowering turns a condition
/// into a value: `tmp = 1` where the true jumps go, `tmp = 0` where the false jumps go (a
/// constant when only one outcome is possible). With `dropValue` the jumps just continue after
/// the code and it has no value.
extern "C" fn to_expr(c: u32, drop_value: bool) -> u32 {
    const F: &str = "CirCode_toExpr";
    let c = code(F, c);
    let p = prog(F);
    let (trues, falses) = match &p.codes[c].result {
        CodeResult::Cond { trues, falses } => (trues.clone(), falses.clone()),
        _ => {
            if drop_value {
                p.codes[c].result = CodeResult::None;
                p.codes[c].ty = None;
            }
            return c.as_u32();
        }
    };
    if !drop_value && trues.is_empty() && falses.is_empty() {
        fatal(format!("`{F}`: condition {} has no jumps, so it has no value (add some with `CirCode_addTrueJump`)", cn(c)));
    }
    let int = p.int_ty(IKind::Int);
    let result = if drop_value {
        if !trues.is_empty() || !falses.is_empty() {
            let end = p.append_stmt(c, StmtKind::Nop, Span::NONE);
            backpatch(p, &trues, end);
            backpatch(p, &falses, end);
        }
        CodeResult::None
    } else if falses.is_empty() || trues.is_empty() {
        let end = p.append_stmt(c, StmtKind::Nop, Span::NONE);
        backpatch(p, &trues, end);
        backpatch(p, &falses, end);
        CodeResult::Value(Value::int(IKind::Int, falses.is_empty() as i128))
    } else {
        let mut d = VarData::new(None, int);
        d.flags.temp = true;
        d.owner = Some(c);
        let tmp = p.new_var(d);
        let set = |p: &mut Program, n| {
            let kind = StmtKind::UnOp { dst: Value::var(tmp), op: UnOp::Identity, a: Value::int(IKind::Int, n) };
            p.append_stmt(c, kind, Span::NONE)
        };
        let one = set(p, 1);
        backpatch(p, &trues, one);
        let skip = p.append_stmt(c, StmtKind::Goto(None), Span::NONE);
        let zero = set(p, 0);
        backpatch(p, &falses, zero);
        let end = p.append_stmt(c, StmtKind::Nop, Span::NONE);
        backpatch(p, &[skip], end);
        CodeResult::Value(Value::var(tmp))
    };
    let has_value = matches!(result, CodeResult::Value(_));
    p.codes[c].result = result;
    p.codes[c].ty = has_value.then_some(int);
    c.as_u32()
}

/// The type of the code's value: `int` for a condition code, `void` without a value.
extern "C" fn get_type(c: u32) -> *const CirType {
    const F: &str = "CirCode_getType";
    let c = code(F, c);
    let p = prog(F);
    let t = match p.codes[c].result {
        CodeResult::Cond { .. } => p.int_ty(IKind::Int),
        CodeResult::None => p.void_ty(),
        CodeResult::Value(v) => match p.codes[c].ty {
            Some(t) => t,
            None => p.value_type(&v),
        },
    };
    type_handle(t)
}

extern "C" fn append(a: u32, b: u32) {
    const F: &str = "CirCode_append";
    let a = code(F, a);
    let Some(b) = opt_code(F, b) else { return };
    if a == b {
        fatal(format!("`{F}`: cannot append {} to itself", cn(a)));
    }
    let p = prog(F);
    p.code_append(a, b);
    let rb = std::mem::take(&mut p.codes[b].result);
    let tb = p.codes[b].ty.take();
    match (&mut p.codes[a].result, rb) {
        (CodeResult::Cond { trues, falses }, CodeResult::Cond { trues: t, falses: f }) => {
            trues.extend(t);
            falses.extend(f);
        }
        (CodeResult::Cond { .. }, _) => {}
        (ra, rb) => {
            *ra = rb;
            p.codes[a].ty = tb;
        }
    }
    p.codes[b].freed = true;
}

/// Prints the code between `/* codeN start */` and `/* codeN end */` markers.
extern "C" fn dump(c: u32) {
    const F: &str = "CirCode_dump";
    let Some(c) = opt_code(F, c) else {
        super::log::emit("<CirCode 0>\n");
        return;
    };
    let text = crate::render::code_text(prog(F), c);
    let n = c.as_u32();
    super::log::emit(&format!("/* code {n} start */\n{text}/* code {n} end */\n"));
}

extern "C" fn get_num_vars(c: u32) -> usize {
    let c = code("CirCode_getNumVars", c);
    prog("CirCode_getNumVars").codes[c].vars.len()
}

extern "C" fn get_var(c: u32, i: usize) -> u32 {
    const F: &str = "CirCode_getVar";
    let c = code(F, c);
    let vars = &prog(F).codes[c].vars;
    vars[index(F, i, vars.len(), "the code's var list")].as_u32()
}

pub(super) fn lookup(name: &str) -> Option<*const u8> {
    Some(match name {
        "CirCode_ofExpr" => of_expr as *const u8,
        "CirCode_ofCond" => of_cond as *const u8,
        "CirCode_appendNewStmt" => append_new_stmt as *const u8,
        "CirCode_prependNewStmt" => prepend_new_stmt as *const u8,
        "CirCode_appendOrphanStmt" => append_orphan_stmt as *const u8,
        "CirCode_isExpr" => is_expr as *const u8,
        "CirCode_isCond" => is_cond as *const u8,
        "CirCode_free" => free as *const u8,
        "CirCode_getValue" => get_value as *const u8,
        "CirCode_setValue" => set_value as *const u8,
        "CirCode_getFirstStmt" => get_first_stmt as *const u8,
        "CirCode_getLastStmt" => get_last_stmt as *const u8,
        "CirCode_addTrueJump" => add_true_jump as *const u8,
        "CirCode_addFalseJump" => add_false_jump as *const u8,
        "CirCode_toExpr" => to_expr as *const u8,
        "CirCode_getType" => get_type as *const u8,
        "CirCode_append" => append as *const u8,
        "CirCode_dump" => dump as *const u8,
        "CirCode_getNumVars" => get_num_vars as *const u8,
        "CirCode_getVar" => get_var as *const u8,
        _ => return None,
    })
}
