//! Tail recursion elimination on CLIF, with an accumulator (as gcc's `tailr` pass does).
//!
//! A function whose recursive call is its last action — `return f(a)`, or `return x OP f(a)`
//! with `OP` one of the integer `+ * ^ | &` (associative and commutative in wrapping
//! arithmetic) — gets a loop instead: the entry block takes an accumulator, the recursive call
//! becomes a jump back to the entry with the new arguments and `acc OP x`, and every remaining
//! `return v` returns `acc OP v`. `fib(n-1) + fib(n-2)` thus runs the second call as a loop
//! iteration. Calls happen in the same order as before. Functions with stack slots (whose
//! addresses a recursive call could receive), special parameters or more than one result are
//! left alone.

use cranelift_codegen::cursor::{Cursor, FuncCursor};
use cranelift_codegen::ir::{self, ArgumentPurpose, BlockArg, FuncRef, InstBuilder, InstructionData, Opcode, Value};

/// One recursive call in tail position: the call, the accumulating operation (and its other
/// operand), and the terminator returning the result.
struct Site {
    call: ir::Inst,
    op: Option<(ir::Inst, Value)>,
    term: ir::Inst,
}

/// Applies the transformation when `func` has recursive calls in tail position (`is_self`
/// tells which function references name `func` itself). Returns whether it did.
pub fn eliminate(func: &mut ir::Function, is_self: impl Fn(&ir::Function, FuncRef) -> bool) -> bool {
    if !func.sized_stack_slots.is_empty()
        || !func.dynamic_stack_slots.is_empty()
        || func.signature.returns.len() > 1
        || func.signature.params.iter().any(|p| p.purpose != ArgumentPurpose::Normal)
        || func.signature.returns.iter().any(|r| !r.value_type.is_int() || r.value_type.bits() > 64)
    {
        return false;
    }
    let Some(entry) = func.layout.entry_block() else { return false };
    if !func.dfg.ext_funcs.keys().any(|r| is_self(func, r)) {
        return false;
    }
    let uses = super::clif::use_counts(func);
    let used_once = |v: Value| uses.get(&func.dfg.resolve_aliases(v)).copied() == Some(1);
    let mut sites = Vec::new();
    let mut op_kind: Option<Opcode> = None;
    for blk in func.layout.blocks() {
        let Some(term) = func.layout.last_inst(blk) else { continue };
        // The value returned: directly, or through a block that only returns its parameter.
        let returned = match &func.dfg.insts[term] {
            InstructionData::MultiAry { opcode: Opcode::Return, .. } => func.dfg.inst_args(term).first().copied(),
            InstructionData::Jump { destination, .. } => {
                let target = destination.block(&func.dfg.value_lists);
                let args: Vec<BlockArg> = destination.args(&func.dfg.value_lists).collect();
                match (args.as_slice(), func.dfg.block_params(target)) {
                    ([BlockArg::Value(v)], [p]) if only_returns(func, target, Some(*p)) => Some(*v),
                    ([], []) if only_returns(func, target, None) => None,
                    _ => continue,
                }
            }
            _ => continue,
        };
        let returns_nothing = func.signature.returns.is_empty();
        if returned.is_none() && !returns_nothing {
            continue;
        }
        let mut prev = func.layout.prev_inst(term);
        // `s = OP(x, r)` just before the terminator.
        let mut op = None;
        let mut result = returned;
        if let (Some(p), Some(ret)) = (prev, returned) {
            let opc = func.dfg.insts[p].opcode();
            if matches!(opc, Opcode::Iadd | Opcode::Imul | Opcode::Bxor | Opcode::Bor | Opcode::Band)
                && func.dfg.inst_results(p).first().map(|&r| func.dfg.resolve_aliases(r)) == Some(func.dfg.resolve_aliases(ret))
            {
                op = Some((p, opc));
                prev = func.layout.prev_inst(p);
                result = None;
            }
        }
        let Some(call) = prev else { continue };
        let InstructionData::Call { func_ref, .. } = func.dfg.insts[call] else { continue };
        let arg_types = func.dfg.inst_args(call).iter().map(|&a| func.dfg.value_type(a));
        let param_types = func.dfg.block_params(entry).iter().map(|&p| func.dfg.value_type(p));
        if func.dfg.insts[call].opcode() != Opcode::Call || !is_self(func, func_ref) || !arg_types.eq(param_types) {
            continue;
        }
        let r = func.dfg.inst_results(call).first().map(|&v| func.dfg.resolve_aliases(v));
        let site_op = match op {
            None => {
                // `return f(a)` (or `f(a); return;`): the call's result is what is returned.
                match (r, result.map(|v| func.dfg.resolve_aliases(v))) {
                    (Some(r), Some(v)) if r == v && used_once(r) => {}
                    (None, None) if returns_nothing => {}
                    _ => continue,
                }
                None
            }
            Some((p, opc)) => {
                let Some(r) = r else { continue };
                let [a, b] = func.dfg.inst_args(p) else { continue };
                let (a, b) = (func.dfg.resolve_aliases(*a), func.dfg.resolve_aliases(*b));
                let x = if a == r && b != r {
                    b
                } else if b == r && a != r {
                    a
                } else {
                    continue;
                };
                if !used_once(r) || !used_once(func.dfg.inst_results(p)[0]) || op_kind.is_some_and(|k| k != opc) {
                    continue;
                }
                op_kind = Some(opc);
                Some((p, x))
            }
        };
        sites.push(Site { call, op: site_op, term });
    }
    if sites.is_empty() {
        return false;
    }
    // A new entry block jumps to the old one, which takes an accumulator as its last parameter.
    let new_entry = func.dfg.make_block();
    func.layout.insert_block(new_entry, entry);
    let params: Vec<Value> = func.dfg.block_params(entry).to_vec();
    let mut entry_args: Vec<BlockArg> = Vec::new();
    for &p in &params {
        let ty = func.dfg.value_type(p);
        entry_args.push(BlockArg::Value(func.dfg.append_block_param(new_entry, ty)));
    }
    let acc = op_kind.map(|k| {
        let ty = func.signature.returns[0].value_type;
        let acc = func.dfg.append_block_param(entry, ty);
        let identity = match k {
            Opcode::Imul => 1,
            Opcode::Band => -1,
            _ => 0,
        };
        (acc, k, ty, identity)
    });
    let mut pos = FuncCursor::new(func);
    pos.goto_bottom(new_entry);
    if let Some((_, _, ty, identity)) = acc {
        let id = pos.ins().iconst(ty, identity);
        entry_args.push(BlockArg::Value(id));
    }
    pos.ins().jump(entry, &entry_args);
    for site in &sites {
        let args: Vec<Value> = pos.func.dfg.inst_args(site.call).to_vec();
        pos.goto_inst(site.term);
        let mut jump_args: Vec<BlockArg> = args.iter().map(|&v| BlockArg::Value(v)).collect();
        if let Some((acc, kind, ty, _)) = acc {
            let next = match site.op {
                Some((_, x)) => {
                    let (i, dfg) = pos.ins().Binary(kind, ty, acc, x);
                    dfg.first_result(i)
                }
                None => acc,
            };
            jump_args.push(BlockArg::Value(next));
        }
        pos.ins().jump(entry, &jump_args);
        pos.goto_inst(site.term);
        pos.remove_inst();
        if let Some((p, _)) = site.op {
            pos.goto_inst(p);
            pos.remove_inst();
        }
        pos.goto_inst(site.call);
        pos.remove_inst();
    }
    // Every remaining return gives `acc OP v`.
    if let Some((acc, kind, ty, _)) = acc {
        let blocks: Vec<ir::Block> = pos.func.layout.blocks().collect();
        for blk in blocks {
            let Some(term) = pos.func.layout.last_inst(blk) else { continue };
            if pos.func.dfg.insts[term].opcode() != Opcode::Return {
                continue;
            }
            let v = pos.func.dfg.inst_args(term)[0];
            pos.goto_inst(term);
            let (i, dfg) = pos.ins().Binary(kind, ty, acc, v);
            let combined = dfg.first_result(i);
            pos.func.dfg.inst_args_mut(term)[0] = combined;
        }
    }
    true
}

/// Whether `blk`'s only instruction is `return p` (`return` for `None`).
fn only_returns(func: &ir::Function, blk: ir::Block, p: Option<Value>) -> bool {
    let mut insts = func.layout.block_insts(blk);
    let (Some(i), None) = (insts.next(), insts.next()) else { return false };
    let args: Vec<Value> = func.dfg.inst_args(i).iter().map(|&a| func.dfg.resolve_aliases(a)).collect();
    func.dfg.insts[i].opcode() == Opcode::Return && args == p.map(|p| func.dfg.resolve_aliases(p)).into_iter().collect::<Vec<_>>()
}
