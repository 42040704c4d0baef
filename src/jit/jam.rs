//! Unroll-and-jam of loop nests whose inner loop carries a floating-point value, such as the
//! dot products of a matrix multiplication.
//!
//! `for (j ...) { s = 0; for (k ...) s += a[i][k] * b[k][j]; c[i][j] = s; }` is bound by the
//! latency of the chain of additions into `s`: each one waits for the previous one (3–4 cycles).
//! Those additions cannot be reordered (that would change the rounding), but iterations `j` and
//! `j + 1` of the outer loop are independent: running their inner loops together, as one loop,
//! gives independent chains that overlap. gcc's vectoriser gets the same effect with SIMD lanes.
//!
//! With `COPIES` = U, the outer loop (header H, induction variable j advancing by c) becomes:
//!
//! ```text
//! D(params):     if iterations j + c, ..., j + (U-1)·c all run (the latch's own condition,
//!                recomputed for each), go to the fused body, else to the original one
//! fused body:    each block of the body once, holding the instructions of U consecutive
//!                iterations; what does not depend on j (uniform) is computed once and shared;
//!                its latch goes back to D with j + U·c
//! original body: unchanged; runs the iterations left over and goes back to D
//! ```
//!
//! The U iterations must be able to run in lock-step and their memory accesses to interleave.
//! The pass checks, conservatively:
//! - the outer loop has one latch, which is its only exit; its header parameters either stay
//!   the same or advance by a constant; it contains one loop, which contains none;
//! - every branch other than the latch's depends only on uniform values, so all copies take the
//!   same path (and the inner loop runs as many times for each);
//! - no calls, no atomic or volatile accesses, no `return`;
//! - if the body stores to memory: every load and store addresses a known object (a global the
//!   program defines, a stack slot, or what a `restrict` pointer parameter points to) plus an
//!   integer offset, no object is both read and written, and all stores are in one block
//!   outside the inner loop, so their order is kept. C forbids reaching one object by indexing
//!   from another, as gcc's alias analysis assumes, and lets accesses through a `restrict`
//!   pointer be assumed apart from the others when either writes.
//!
//! It runs before strength reduction (`loops.rs`), which then gives each copy's addresses their
//! own pointers.

use std::collections::{HashMap, HashSet};

use cranelift_codegen::cursor::{Cursor, FuncCursor};
use cranelift_codegen::dominator_tree::DominatorTree;
use cranelift_codegen::flowgraph::ControlFlowGraph;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{Block, BlockArg, ExternalName, Function, GlobalValueData, Inst, InstBuilder, InstructionData, Opcode, ProgramPoint, StackSlot, Value, ValueDef};
use cranelift_codegen::loop_analysis::{Loop, LoopAnalysis};

use super::{clif, loops};

/// How many iterations of the outer loop run together.
const COPIES: usize = 2;
/// Largest outer loop (in instructions) that is copied.
const MAX_INSTS: usize = 200;
/// How deep the analyses look through arithmetic.
const MAX_DEPTH: u32 = 12;

/// Applies unroll-and-jam to every loop nest of `func` it can prove it safe for. Instructions
/// copied from `nsw` ones (signed C arithmetic) are added to it. `restrict` holds the values of
/// the function's `restrict`-qualified pointer parameters. Returns how many nests it
/// transformed.
pub fn run(func: &mut Function, nsw: &mut HashSet<Inst>, restrict: &[Value]) -> usize {
    let mut tried = HashSet::new();
    let mut count = 0;
    loop {
        let cfg = ControlFlowGraph::with_function(func);
        let domtree = DominatorTree::with_function(func, &cfg);
        let mut la = LoopAnalysis::new();
        la.compute(func, &cfg, &domtree);
        let found = la
            .loops()
            .filter(|&lp| tried.insert(la.loop_header(lp)))
            .find_map(|lp| plan(func, &domtree, &la, lp, nsw, restrict));
        match found {
            Some(p) => {
                apply(func, &p, nsw);
                count += 1;
            }
            None => return count,
        }
    }
}

/// The object an address points into.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Base {
    /// A data object defined by the program (its external name).
    Data(u32, u32),
    Slot(StackSlot),
    /// What a `restrict` pointer parameter points to: C lets accesses through it be assumed
    /// not to touch what other pointers read or write.
    Restrict(Value),
}

/// The outer loop of a nest.
struct Nest {
    header: Block,
    /// Its blocks in layout order and in reverse post-order.
    layout: Vec<Block>,
    rpo: Vec<Block>,
    inside: HashSet<Block>,
    /// What the edges into each block (the loop's header included) pass for each parameter.
    incoming: HashMap<Value, Vec<Value>>,
    restrict: Vec<Value>,
}

impl Nest {
    fn defined_inside(&self, func: &Function, v: Value) -> bool {
        match func.dfg.value_def(v) {
            ValueDef::Result(i, _) => func.layout.inst_block(i).is_some_and(|b| self.inside.contains(&b)),
            ValueDef::Param(b, _) => self.inside.contains(&b),
            _ => false,
        }
    }

    /// `v` with aliases and trivial parameters looked through: a block parameter whose edges
    /// all pass one value, or other such parameters that in the end pass that one value, is
    /// that value. A header parameter that the latch passes unchanged is its value from
    /// before the loop; one that changes stays itself.
    fn resolve(&self, func: &Function, v: Value) -> Value {
        let v = func.dfg.resolve_aliases(v);
        self.single_source(func, v, false).or_else(|| self.single_source(func, v, true)).unwrap_or(v)
    }

    /// The one value that `v` and the parameters it is passed from (transitively) all come
    /// from, if there is one; `stop`: the header's parameters count as such values.
    fn single_source(&self, func: &Function, v: Value, stop: bool) -> Option<Value> {
        let mut stack = vec![v];
        let mut seen = Vec::new();
        let mut source = None;
        while let Some(x) = stack.pop() {
            if seen.contains(&x) {
                continue;
            }
            if seen.len() == 64 {
                return None;
            }
            seen.push(x);
            match func.dfg.value_def(x) {
                ValueDef::Param(b, _) if !(stop && b == self.header) && self.incoming.contains_key(&x) => {
                    stack.extend(&self.incoming[&x]);
                }
                _ if source.is_some_and(|s| s != x) => return None,
                _ => source = Some(x),
            }
        }
        source
    }

    /// Whether `v` is an integer offset rather than an address: built from constants and
    /// extended narrower integers by arithmetic (`visiting` holds the parameters being looked at,
    /// assumed to be offsets, which a cycle of offset arithmetic keeps them).
    fn offset(&self, func: &Function, v: Value, depth: u32, visiting: &mut Vec<Value>) -> bool {
        let v = self.resolve(func, v);
        if depth == 0 {
            return false;
        }
        if clif::iconst(&func.dfg, v).is_some() || visiting.contains(&v) {
            return true;
        }
        match func.dfg.value_def(v) {
            ValueDef::Result(inst, _) => {
                let args = func.dfg.inst_args(inst);
                let konst = |a: Value| clif::iconst(&func.dfg, a);
                match func.dfg.insts[inst].opcode() {
                    Opcode::Sextend | Opcode::Uextend => true,
                    Opcode::Imul => {
                        args.iter().any(|&a| konst(a).is_some_and(|c| c != 1))
                            || args.iter().all(|&a| self.offset(func, a, depth - 1, visiting))
                    }
                    Opcode::Ishl => konst(args[1]).is_some_and(|c| c & 63 != 0),
                    Opcode::Iadd | Opcode::Isub => args.iter().all(|&a| self.offset(func, a, depth - 1, visiting)),
                    _ => false,
                }
            }
            ValueDef::Param(b, _) if self.inside.contains(&b) => {
                visiting.push(v);
                let ok = self.incoming.get(&v).into_iter().flatten().all(|&a| self.offset(func, a, depth - 1, visiting));
                visiting.pop();
                ok
            }
            _ => false,
        }
    }

    /// The object address `v` points into, when it is a known object plus an offset.
    fn base(&self, func: &Function, v: Value, depth: u32) -> Option<Base> {
        let v = self.resolve(func, v);
        if depth == 0 {
            return None;
        }
        let offset = |a: Value| self.offset(func, a, depth - 1, &mut Vec::new());
        if self.restrict.contains(&v) {
            return Some(Base::Restrict(v));
        }
        match func.dfg.value_def(v) {
            ValueDef::Result(inst, _) => match func.dfg.insts[inst] {
                InstructionData::UnaryGlobalValue { opcode: Opcode::SymbolValue, global_value } => match &func.global_values[global_value] {
                    // Colocated: defined by the program, so distinct names are distinct objects.
                    GlobalValueData::Symbol { name: ExternalName::User(r), colocated: true, tls: false, .. } => {
                        let n = &func.params.user_named_funcs()[*r];
                        Some(Base::Data(n.namespace, n.index))
                    }
                    _ => None,
                },
                InstructionData::StackAddr { opcode: Opcode::StackAddr, stack_slot, .. } => Some(Base::Slot(stack_slot)),
                InstructionData::Binary { opcode: Opcode::Iadd, args } => {
                    match (self.base(func, args[0], depth - 1), self.base(func, args[1], depth - 1)) {
                        (Some(b), None) if offset(args[1]) => Some(b),
                        (None, Some(b)) if offset(args[0]) => Some(b),
                        _ => None,
                    }
                }
                InstructionData::Binary { opcode: Opcode::Isub, args } => {
                    let b = self.base(func, args[0], depth - 1)?;
                    offset(args[1]).then_some(b)
                }
                _ => None,
            },
            ValueDef::Param(b, _) if b != self.header && self.inside.contains(&b) => {
                let mut bases = self.incoming.get(&v)?.iter().map(|&a| self.base(func, a, depth - 1));
                let first = bases.next()??;
                bases.all(|b| b == Some(first)).then_some(first)
            }
            _ => None,
        }
    }

    /// Whether `v` can be computed again at the loop's entry from the header's parameters:
    /// pure arithmetic on them, constants and values from outside the loop.
    fn recomputable(&self, func: &Function, v: Value, depth: u32) -> bool {
        let v = self.resolve(func, v);
        if !self.defined_inside(func, v) {
            return true;
        }
        match func.dfg.value_def(v) {
            ValueDef::Param(b, _) => b == self.header,
            ValueDef::Result(inst, _) => {
                let op = func.dfg.insts[inst].opcode();
                depth > 0
                    && func.dfg.inst_results(inst).len() == 1
                    && !(op.can_load() || op.can_store() || op.can_trap() || op.other_side_effects() || op.is_call() || op.is_branch())
                    && func.dfg.inst_args(inst).iter().all(|&a| self.recomputable(func, a, depth - 1))
            }
            _ => false,
        }
    }

    /// Emits at `pos` the computation of `v` (which is `recomputable`) with the header's
    /// parameters replaced by `env`.
    fn recompute(&self, pos: &mut FuncCursor, v: Value, env: &[Value]) -> Value {
        let v = self.resolve(pos.func, v);
        match pos.func.dfg.value_def(v) {
            ValueDef::Param(b, i) if b == self.header => env[i],
            _ if !self.defined_inside(pos.func, v) => v,
            def => {
                let inst = def.unwrap_inst();
                let args: Vec<Value> = pos.func.dfg.inst_args(inst).to_vec();
                let args: Vec<Value> = args.into_iter().map(|a| self.recompute(pos, a, env)).collect();
                let copy = pos.func.dfg.clone_inst(inst);
                pos.func.dfg.overwrite_inst_values(copy, args.into_iter());
                pos.insert_inst(copy);
                pos.func.dfg.first_result(copy)
            }
        }
    }
}

/// A nest the transformation applies to, with what it needs.
struct Plan {
    nest: Nest,
    latch: Block,
    /// The latch's branch condition, and whether it goes back to the header when that holds.
    cond: Value,
    header_then: bool,
    /// The branches into the header from outside the loop.
    entries: Vec<Inst>,
    /// For each header parameter: `None` if the latch passes it unchanged, else the constant it
    /// adds and whether that addition is signed C arithmetic.
    steps: Vec<Option<(i64, bool)>>,
    /// Values that differ between consecutive iterations (depend on an induction variable).
    variant: HashSet<Value>,
    /// Values of the loop used after it.
    liveouts: Vec<Value>,
}

fn plan(func: &Function, domtree: &DominatorTree, la: &LoopAnalysis, lp: Loop, nsw: &HashSet<Inst>, restrict: &[Value]) -> Option<Plan> {
    let children: Vec<Loop> = la.loops().filter(|&c| la.loop_parent(c) == Some(lp)).collect();
    let [inner] = children[..] else { return None };
    if la.loops().any(|c| la.loop_parent(c) == Some(inner)) {
        return None;
    }
    // Only an inner loop that carries a floating-point value can gain (checked fully below).
    let inner_params = func.dfg.block_params(la.loop_header(inner));
    if !inner_params.iter().any(|q| func.dfg.value_type(*q).is_float()) {
        return None;
    }
    let header = la.loop_header(lp);
    let layout: Vec<Block> = func.layout.blocks().filter(|&b| la.is_in_loop(b, lp)).collect();
    let inside: HashSet<Block> = layout.iter().copied().collect();
    let rpo: Vec<Block> = domtree.cfg_rpo().copied().filter(|b| inside.contains(b)).collect();
    let size: usize = layout.iter().map(|&b| func.layout.block_insts(b).count()).sum();
    if rpo.len() != layout.len() || size > MAX_INSTS {
        return None;
    }

    // The edges into the loop's blocks: only the header is entered from outside, through plain
    // jumps and branches, and it has one back edge.
    let pool = &func.dfg.value_lists;
    let mut incoming: HashMap<Value, Vec<Value>> = HashMap::new();
    let mut entries = Vec::new();
    let mut latch = None;
    for b in func.layout.blocks() {
        let term = func.layout.last_inst(b)?;
        for call in func.dfg.insts[term].branch_destination(&func.dfg.jump_tables, &func.dfg.exception_tables) {
            let t = call.block(pool);
            if inside.contains(&t) && !inside.contains(&b) {
                if t != header || !matches!(func.dfg.insts[term].opcode(), Opcode::Jump | Opcode::Brif) {
                    return None;
                }
                if !entries.contains(&term) {
                    entries.push(term);
                }
            } else if t == header && latch.replace((b, term)).is_some() {
                return None;
            }
            let params = func.dfg.block_params(t);
            for (k, a) in call.args(pool).enumerate() {
                let BlockArg::Value(a) = a else { return None };
                incoming.entry(params[k]).or_default().push(func.dfg.resolve_aliases(a));
            }
        }
    }
    let (latch, latch_inst) = latch?;
    if la.innermost_loop(latch) != Some(lp) {
        return None;
    }
    let InstructionData::Brif { arg: cond, blocks, .. } = func.dfg.insts[latch_inst] else { return None };
    let (then_block, else_block) = (blocks[0].block(pool), blocks[1].block(pool));
    let header_then = if then_block == header && !inside.contains(&else_block) {
        true
    } else if else_block == header && !inside.contains(&then_block) {
        false
    } else {
        return None;
    };
    // No other exits.
    for &b in &layout {
        let term = func.layout.last_inst(b)?;
        let data = &func.dfg.insts[term];
        if !matches!(data.opcode(), Opcode::Jump | Opcode::Brif) {
            return None;
        }
        let dests = data.branch_destination(&func.dfg.jump_tables, &func.dfg.exception_tables);
        if b != latch && dests.iter().any(|c| !inside.contains(&c.block(pool))) {
            return None;
        }
    }
    let nest = Nest { header, layout, rpo, inside, incoming, restrict: restrict.to_vec() };

    // The header's parameters: unchanged, or induction variables.
    let back_args = clif::branch_args(func, latch_inst, if header_then { 0 } else { 1 });
    let hparams = func.dfg.block_params(header);
    let mut steps = Vec::new();
    for (&p, &arg) in hparams.iter().zip(&back_args) {
        let a = nest.resolve(func, arg);
        if a == nest.resolve(func, p) {
            steps.push(None);
            continue;
        }
        let ty = func.dfg.value_type(p);
        if !ty.is_int() || ty.bits() > 64 {
            return None;
        }
        let (c, inst) = loops::advance(func, a, |x| nest.resolve(func, x) == p)?;
        steps.push(Some((c, nsw.contains(&inst))));
    }
    let mut variant: HashSet<Value> =
        hparams.iter().zip(&steps).filter(|(_, s)| s.is_some_and(|(c, _)| c != 0)).map(|(&p, _)| p).collect();
    if variant.is_empty() {
        return None;
    }
    loop {
        let before = variant.len();
        for &b in &nest.rpo {
            if b != header {
                for &q in func.dfg.block_params(b) {
                    if nest.incoming.get(&q).into_iter().flatten().any(|a| variant.contains(a)) {
                        variant.insert(q);
                    }
                }
            }
            for inst in func.layout.block_insts(b) {
                if func.dfg.inst_args(inst).iter().any(|&a| variant.contains(&func.dfg.resolve_aliases(a))) {
                    variant.extend(func.dfg.inst_results(inst).iter().copied());
                }
            }
        }
        if variant.len() == before {
            break;
        }
    }
    // Worth it only when the inner loop carries a floating-point chain that differs per copy.
    if !inner_params.iter().any(|q| func.dfg.value_type(*q).is_float() && variant.contains(q)) {
        return None;
    }
    // All copies take the same path.
    for &b in &nest.layout {
        if let InstructionData::Brif { arg, .. } = func.dfg.insts[func.layout.last_inst(b)?]
            && b != latch
            && variant.contains(&func.dfg.resolve_aliases(arg))
        {
            return None;
        }
    }
    if !nest.recomputable(func, cond, MAX_DEPTH) {
        return None;
    }
    // Memory accesses and side effects.
    let mut loads = Vec::new();
    let mut stores = Vec::new();
    for &b in &nest.layout {
        for inst in func.layout.block_insts(b) {
            let data = &func.dfg.insts[inst];
            let op = data.opcode();
            match *data {
                InstructionData::Load { arg, .. } => loads.push(arg),
                InstructionData::Store { args, .. } => stores.push((args[1], b)),
                _ if matches!(op, Opcode::Jump | Opcode::Brif) => {}
                _ if op.is_branch() || op.is_terminator() || op.is_call() || op.can_load() || op.can_store() || op.other_side_effects() => {
                    return None;
                }
                _ => {}
            }
        }
    }
    if let Some(&(_, store_block)) = stores.first() {
        if stores.iter().any(|&(_, b)| b != store_block) || la.innermost_loop(store_block) != Some(lp) {
            return None;
        }
        let written: Vec<Base> = stores.iter().map(|&(a, _)| nest.base(func, a, MAX_DEPTH)).collect::<Option<_>>()?;
        for &a in &loads {
            if written.contains(&nest.base(func, a, MAX_DEPTH)?) {
                return None;
            }
        }
    }
    // Values of the loop used after it.
    let mut liveouts = Vec::new();
    for b in func.layout.blocks().filter(|b| !nest.inside.contains(b)) {
        for inst in func.layout.block_insts(b) {
            for v in func.dfg.inst_values(inst) {
                let v = func.dfg.resolve_aliases(v);
                if nest.defined_inside(func, v) && !liveouts.contains(&v) {
                    liveouts.push(v);
                }
            }
        }
    }
    // Each is passed out of the loop by its exit edge, so it must be available there.
    for &v in &liveouts {
        let at: ProgramPoint = match func.dfg.value_def(v) {
            ValueDef::Result(i, _) => i.into(),
            ValueDef::Param(b, _) => b.into(),
            _ => return None,
        };
        if !domtree.dominates(at, latch_inst, &func.layout) {
            return None;
        }
    }
    Some(Plan { nest, latch, cond, header_then, entries, steps, variant, liveouts })
}

/// The header's parameters `u` iterations after `params`: each induction variable advanced by
/// `u` steps (added to `nsw` when its step is signed C arithmetic), the others unchanged.
fn advanced(pos: &mut FuncCursor, nsw: &mut HashSet<Inst>, params: &[Value], steps: &[Option<(i64, bool)>], u: usize) -> Vec<Value> {
    let mut out = Vec::with_capacity(params.len());
    for (&v, s) in params.iter().zip(steps) {
        out.push(match *s {
            Some((c, signed)) => {
                let sum = pos.ins().iadd_imm_s(v, c.wrapping_mul(u as i64));
                if signed {
                    nsw.insert(pos.func.dfg.value_def(sum).unwrap_inst());
                }
                sum
            }
            None => v,
        });
    }
    out
}

/// A new parameter of `block` with `v`'s type.
fn param_like(func: &mut Function, block: Block, v: Value) -> Value {
    let ty = func.dfg.value_type(v);
    func.dfg.append_block_param(block, ty)
}

fn lookup(map: &HashMap<Value, Value>, func: &Function, v: Value) -> Value {
    let v = func.dfg.resolve_aliases(v);
    map.get(&v).copied().unwrap_or(v)
}

fn apply(func: &mut Function, p: &Plan, nsw: &mut HashSet<Inst>) {
    let n = &p.nest;
    let h = n.header;
    let hparams: Vec<Value> = func.dfg.block_params(h).to_vec();
    let exit_dest = if p.header_then { 1 } else { 0 };
    let latch_inst = func.layout.last_inst(p.latch).expect("the latch ends in its branch");
    let exit_args = clif::branch_args(func, latch_inst, exit_dest);

    // The dispatch block takes the header's place.
    let d = func.dfg.make_block();
    func.layout.insert_block(d, h);
    let dparams: Vec<Value> = hparams.iter().map(|&v| param_like(func, d, v)).collect();
    for &inst in p.entries.iter().chain([&latch_inst]) {
        let dfg = &mut func.dfg;
        for call in dfg.insts[inst].branch_destination_mut(&mut dfg.jump_tables, &mut dfg.exception_tables) {
            if call.block(&dfg.value_lists) == h {
                call.set_block(d, &mut dfg.value_lists);
            }
        }
    }
    // The exit goes through a new block that also passes the values used after the loop.
    let x = func.dfg.make_block();
    func.layout.insert_block_after(x, *n.layout.last().expect("a loop has blocks"));
    let exit = {
        let dfg = &mut func.dfg;
        let call = &mut dfg.insts[latch_inst].branch_destination_mut(&mut dfg.jump_tables, &mut dfg.exception_tables)[exit_dest];
        let exit = call.block(&dfg.value_lists);
        call.set_block(x, &mut dfg.value_lists);
        for &v in &p.liveouts {
            call.append_argument(v, &mut dfg.value_lists);
        }
        exit
    };
    let xparams: Vec<Value> =
        exit_args.iter().chain(&p.liveouts).map(|&v| param_like(func, x, v)).collect();
    let to_exit: Vec<BlockArg> = xparams[..exit_args.len()].iter().map(|&v| BlockArg::Value(v)).collect();
    FuncCursor::new(func).at_bottom(x).ins().jump(exit, &to_exit);

    // Dispatch: the header's parameters for each copy, and whether all copies run.
    let mut pos = FuncCursor::new(func).at_bottom(d);
    let env: Vec<Vec<Value>> = (0..COPIES).map(|u| if u == 0 { dparams.clone() } else { advanced(&mut pos, nsw, &dparams, &p.steps, u) }).collect();
    let mut all = None;
    for e in &env[..COPIES - 1] {
        let c = n.recompute(&mut pos, p.cond, e);
        let cc = if p.header_then { IntCC::NotEqual } else { IntCC::Equal };
        let flag = pos.ins().icmp_imm_u(cc, c, 0);
        all = Some(match all {
            None => flag,
            Some(a) => pos.ins().band(a, flag),
        });
    }
    let fused: HashMap<Block, Block> = n.layout.iter().map(|&b| (b, pos.func.dfg.make_block())).collect();
    let to_header: Vec<BlockArg> = dparams.iter().map(|&v| BlockArg::Value(v)).collect();
    pos.ins().brif(all.expect("at least two copies"), fused[&h], &[], h, &to_header);

    // The fused blocks and their parameters: all of copy 0's, then the variant ones of each
    // further copy.
    let mut maps: Vec<HashMap<Value, Value>> = vec![HashMap::new(); COPIES];
    for (i, &q) in hparams.iter().enumerate() {
        for (u, map) in maps.iter_mut().enumerate() {
            map.insert(q, env[u][i]);
        }
    }
    for &b in &n.layout {
        func.layout.insert_block(fused[&b], h);
        if b == h {
            continue;
        }
        let params = func.dfg.block_params(b).to_vec();
        for &q in &params {
            let nq = param_like(func, fused[&b], q);
            maps[0].insert(q, nq);
        }
        for u in 1..COPIES {
            for &q in &params {
                let nq = if p.variant.contains(&q) { param_like(func, fused[&b], q) } else { maps[0][&q] };
                maps[u].insert(q, nq);
            }
        }
    }
    // The arguments of a fused branch to `t` for the original arguments `args`.
    let fused_args = |func: &Function, maps: &[HashMap<Value, Value>], t: Block, args: &[Value]| -> Vec<BlockArg> {
        let params = func.dfg.block_params(t);
        let mut out: Vec<BlockArg> = args.iter().map(|&a| BlockArg::Value(lookup(&maps[0], func, a))).collect();
        for map in &maps[1..] {
            for (k, &a) in args.iter().enumerate() {
                if p.variant.contains(&params[k]) {
                    out.push(BlockArg::Value(lookup(map, func, a)));
                }
            }
        }
        out
    };
    for &b in &n.rpo {
        let nb = fused[&b];
        let insts: Vec<Inst> = func.layout.block_insts(b).collect();
        let (&term, body) = insts.split_last().expect("blocks end in a branch");
        for &inst in body {
            // Stores are repeated for each copy, so that the last one wins as before.
            let repeat = matches!(func.dfg.insts[inst], InstructionData::Store { .. })
                || func.dfg.inst_results(inst).iter().chain(func.dfg.inst_args(inst)).any(|&v| p.variant.contains(&func.dfg.resolve_aliases(v)));
            for u in 0..COPIES {
                let results = func.dfg.inst_results(inst).to_vec();
                if u > 0 && !repeat {
                    for r in results {
                        let shared = maps[0][&r];
                        maps[u].insert(r, shared);
                    }
                    continue;
                }
                let args: Vec<Value> = func.dfg.inst_args(inst).iter().map(|&a| lookup(&maps[u], func, a)).collect();
                let copy = func.dfg.clone_inst(inst);
                func.dfg.overwrite_inst_values(copy, args.into_iter());
                func.layout.append_inst(copy, nb);
                for (r, &c) in results.into_iter().zip(func.dfg.inst_results(copy)) {
                    maps[u].insert(r, c);
                }
                if nsw.contains(&inst) {
                    nsw.insert(copy);
                }
            }
        }
        if b == p.latch {
            // Back to the dispatch with the induction variables advanced by all copies; out with
            // the last copy's values.
            let last = &maps[COPIES - 1];
            let cond = lookup(last, func, p.cond);
            let out: Vec<BlockArg> = exit_args.iter().chain(&p.liveouts).map(|&v| BlockArg::Value(lookup(last, func, v))).collect();
            let mut pos = FuncCursor::new(func).at_bottom(nb);
            let back: Vec<BlockArg> = advanced(&mut pos, nsw, &dparams, &p.steps, COPIES).into_iter().map(BlockArg::Value).collect();
            if p.header_then {
                pos.ins().brif(cond, d, &back, x, &out);
            } else {
                pos.ins().brif(cond, x, &out, d, &back);
            }
            continue;
        }
        match func.dfg.insts[term] {
            InstructionData::Jump { destination, .. } => {
                let t = destination.block(&func.dfg.value_lists);
                let args = fused_args(func, &maps, t, &clif::branch_args(func, term, 0));
                FuncCursor::new(func).at_bottom(nb).ins().jump(fused[&t], &args);
            }
            InstructionData::Brif { arg, blocks, .. } => {
                let (t0, t1) = (blocks[0].block(&func.dfg.value_lists), blocks[1].block(&func.dfg.value_lists));
                let a0 = fused_args(func, &maps, t0, &clif::branch_args(func, term, 0));
                let a1 = fused_args(func, &maps, t1, &clif::branch_args(func, term, 1));
                let c = lookup(&maps[0], func, arg);
                FuncCursor::new(func).at_bottom(nb).ins().brif(c, fused[&t0], &a0, fused[&t1], &a1);
            }
            _ => unreachable!("checked: loop blocks end in jumps and branches"),
        }
    }

    // Uses after the loop take the values through the exit block.
    let moved: HashMap<Value, Value> = p.liveouts.iter().copied().zip(xparams[exit_args.len()..].iter().copied()).collect();
    if moved.is_empty() {
        return;
    }
    let skip: HashSet<Block> = n.layout.iter().flat_map(|b| [*b, fused[b]]).chain([d, x]).collect();
    let outside: Vec<Block> = func.layout.blocks().filter(|b| !skip.contains(b)).collect();
    for b in outside {
        let insts: Vec<Inst> = func.layout.block_insts(b).collect();
        for inst in insts {
            let vals: Vec<Value> = func.dfg.inst_values(inst).collect();
            if vals.iter().any(|v| moved.contains_key(&func.dfg.resolve_aliases(*v))) {
                let new: Vec<Value> = vals.iter().map(|&v| lookup(&moved, func, v)).collect();
                func.dfg.overwrite_inst_values(inst, new.into_iter());
            }
        }
    }
}
