//! Loop strength reduction on CLIF: addresses that move by a fixed stride every iteration get a
//! pointer of their own that the loop carries, as gcc's `ivopts` does.
//!
//! C code indexes arrays with `int` variables: `buf[5 + k]`, `digits[n - 1 - k]`, `a[i][k]`.
//! Translated literally, every iteration sign-extends the index, redoes the arithmetic around it
//! and multiplies by the element size. Here an address `base + scale·iv + ...` inside a loop,
//! where `iv` is a parameter of the loop header that each back edge advances by a constant and
//! everything else is loop-invariant, becomes a new header parameter `q`: the loop entry
//! passes the address computed from the entry value of `iv`, each back edge passes
//! `q + step·scale`, and the load or store uses `q` (with the constant part in its offset).
//! The old arithmetic dies and Cranelift's egraph pass removes it.
//!
//! An `int` induction variable is sign-extended before it is scaled. `sext(iv + c)` equals
//! `sext(iv) + c` only when `iv + c` does not overflow, which C guarantees for signed
//! arithmetic (overflow is undefined behaviour; gcc relies on the same rule). The translation
//! records which 32-bit additions and subtractions come from signed C arithmetic (`nsw`), and
//! only those are looked through; with `-fwrapv` none are recorded.

use std::collections::HashSet;

use cranelift_codegen::cursor::{Cursor, FuncCursor};
use cranelift_codegen::dominator_tree::DominatorTree;
use cranelift_codegen::flowgraph::ControlFlowGraph;
use cranelift_codegen::ir::{self, types, Block, BlockArg, Function, Inst, InstBuilder, InstBuilderBase, InstructionData, Opcode, Value, ValueDef};
use cranelift_codegen::loop_analysis::{Loop, LoopAnalysis};

use super::clif;

/// At most this many new pointers per loop (each one holds a register through the loop).
const MAX_POINTERS: usize = 4;
/// How deep the affine analysis looks through the arithmetic of one address.
const MAX_DEPTH: u32 = 12;

/// A loop-invariant operand of an address: a value computed before the loop, the sign
/// extension of a 32-bit one, or an instruction that computes the same thing wherever it is
/// placed (a stack slot's or a symbol's address, which the translation emits inside loops).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
enum Term {
    Value(Value),
    Sext(Value),
    Remat(Inst),
}

/// `Σ coeff·term + k + scale·iv` in 64-bit wrapping arithmetic; `iv` is a header parameter.
#[derive(Clone, Debug, Default)]
struct Affine {
    iv: Option<(Value, i64)>,
    terms: Vec<(Term, i64)>,
    k: i64,
}

impl Affine {
    fn konst(k: i64) -> Affine {
        Affine { k, ..Affine::default() }
    }

    fn term(t: Term) -> Affine {
        Affine { terms: vec![(t, 1)], ..Affine::default() }
    }

    fn add(mut self, o: Affine, sign: i64) -> Option<Affine> {
        self.k = self.k.wrapping_add(o.k.wrapping_mul(sign));
        for (t, c) in o.terms {
            match self.terms.iter_mut().find(|(u, _)| *u == t) {
                Some((_, d)) => *d = d.wrapping_add(c.wrapping_mul(sign)),
                None => self.terms.push((t, c.wrapping_mul(sign))),
            }
        }
        self.terms.retain(|&(_, c)| c != 0);
        self.iv = match (self.iv, o.iv) {
            (None, None) => None,
            (Some(a), None) => Some(a),
            (None, Some((p, s))) => Some((p, s.wrapping_mul(sign))),
            (Some((p, s)), Some((q, t))) if p == q => Some((p, s.wrapping_add(t.wrapping_mul(sign)))),
            _ => return None,
        };
        if self.iv.is_some_and(|(_, s)| s == 0) {
            self.iv = None;
        }
        Some(self)
    }

    fn scale(mut self, c: i64) -> Affine {
        self.k = self.k.wrapping_mul(c);
        for (_, d) in &mut self.terms {
            *d = d.wrapping_mul(c);
        }
        self.terms.retain(|&(_, c)| c != 0);
        self.iv = self.iv.map(|(p, s)| (p, s.wrapping_mul(c))).filter(|&(_, s)| s != 0);
        self
    }
}

/// An induction variable: a header parameter that every back edge passes either unchanged or
/// advanced by a constant. `wide` for a 32-bit one (its steps are signed, non-overflowing).
struct Iv {
    param: Value,
    /// Its position among the header's parameters.
    index: usize,
    wide: bool,
    /// What each edge into the header adds to it (`None` on the entry edges).
    steps: Vec<Option<i64>>,
}

struct Ctx<'a> {
    func: &'a Function,
    la: &'a LoopAnalysis,
    lp: Loop,
    nsw: &'a HashSet<Inst>,
    ivs: &'a [Iv],
}

impl Ctx<'_> {
    fn in_loop(&self, v: Value) -> bool {
        let b = match self.func.dfg.value_def(v) {
            ValueDef::Result(i, _) => self.func.layout.inst_block(i),
            ValueDef::Param(b, _) => Some(b),
            _ => None,
        };
        b.is_some_and(|b| self.la.is_in_loop(b, self.lp))
    }

    fn iconst(&self, v: Value) -> Option<i64> {
        clif::iconst(&self.func.dfg, v)
    }

    fn iv(&self, v: Value) -> Option<&Iv> {
        self.ivs.iter().find(|iv| iv.param == v)
    }

    /// The affine form of 64-bit value `v`.
    fn affine(&self, v: Value, depth: u32) -> Option<Affine> {
        let v = self.func.dfg.resolve_aliases(v);
        if self.func.dfg.value_type(v) != types::I64 || depth == 0 {
            return None;
        }
        if let Some(iv) = self.iv(v) {
            return (!iv.wide).then(|| Affine { iv: Some((v, 1)), ..Affine::default() });
        }
        if let Some(k) = self.iconst(v) {
            return Some(Affine::konst(k));
        }
        if !self.in_loop(v) {
            return Some(Affine::term(Term::Value(v)));
        }
        let inst = self.func.dfg.value_def(v).inst()?;
        let args = self.func.dfg.inst_args(inst);
        match self.func.dfg.insts[inst].opcode() {
            Opcode::StackAddr | Opcode::SymbolValue => Some(Affine::term(Term::Remat(inst))),
            Opcode::Iadd => self.affine(args[0], depth - 1)?.add(self.affine(args[1], depth - 1)?, 1),
            Opcode::Isub => self.affine(args[0], depth - 1)?.add(self.affine(args[1], depth - 1)?, -1),
            Opcode::Imul => match (self.iconst(args[0]), self.iconst(args[1])) {
                (_, Some(c)) => Some(self.affine(args[0], depth - 1)?.scale(c)),
                (Some(c), _) => Some(self.affine(args[1], depth - 1)?.scale(c)),
                _ => None,
            },
            Opcode::Ishl => {
                let c = self.iconst(args[1])?;
                (0..63).contains(&c).then_some(())?;
                Some(self.affine(args[0], depth - 1)?.scale(1 << c))
            }
            Opcode::Sextend if self.func.dfg.value_type(args[0]) == types::I32 => self.affine32(args[0], depth - 1),
            _ => None,
        }
    }

    /// The affine form of the sign extension of 32-bit value `v`.
    fn affine32(&self, v: Value, depth: u32) -> Option<Affine> {
        let v = self.func.dfg.resolve_aliases(v);
        if depth == 0 {
            return None;
        }
        if let Some(iv) = self.iv(v) {
            return iv.wide.then(|| Affine { iv: Some((v, 1)), ..Affine::default() });
        }
        if let Some(k) = self.iconst(v) {
            return Some(Affine::konst(k));
        }
        if !self.in_loop(v) {
            return Some(Affine::term(Term::Sext(v)));
        }
        let inst = self.func.dfg.value_def(v).inst()?;
        if !self.nsw.contains(&inst) {
            return None;
        }
        let args = self.func.dfg.inst_args(inst);
        let sign = match self.func.dfg.insts[inst].opcode() {
            Opcode::Iadd => 1,
            Opcode::Isub => -1,
            _ => return None,
        };
        self.affine32(args[0], depth - 1)?.add(self.affine32(args[1], depth - 1)?, sign)
    }
}

/// The constant a back edge adds to header parameter `p` when it passes `arg` (`p`, `p + c`,
/// `c + p` or `p - c`; for a 32-bit `p` the addition must be signed C arithmetic).
fn step(func: &Function, nsw: &HashSet<Inst>, p: Value, arg: Value, wide: bool) -> Option<i64> {
    if func.dfg.resolve_aliases(arg) == p {
        return Some(0);
    }
    let (c, inst) = advance(func, arg, |v| func.dfg.resolve_aliases(v) == p)?;
    (!wide || nsw.contains(&inst)).then_some(c)
}

/// `Some((c, inst))` when `arg` is computed by `inst` as `x + c`, `c + x` or `x - c` with
/// constant `c` and an `x` for which `is_x` holds.
pub(super) fn advance(func: &Function, arg: Value, is_x: impl Fn(Value) -> bool) -> Option<(i64, Inst)> {
    let inst = func.dfg.value_def(func.dfg.resolve_aliases(arg)).inst()?;
    let args = func.dfg.inst_args(inst);
    let k = |v: Value| clif::iconst(&func.dfg, v);
    let c = match func.dfg.insts[inst].opcode() {
        Opcode::Iadd if is_x(args[0]) => k(args[1]),
        Opcode::Iadd if is_x(args[1]) => k(args[0]),
        Opcode::Isub if is_x(args[0]) => k(args[1]).map(i64::wrapping_neg),
        _ => None,
    }?;
    Some((c, inst))
}

/// The value edge `e` passes for the header's parameter number `index`.
fn edge_arg(func: &Function, e: &Edge, index: usize) -> Value {
    clif::branch_args(func, e.inst, e.dest)[index]
}

/// One edge into a loop header: the branch, which of its destinations, where it comes from.
struct Edge {
    inst: Inst,
    dest: usize,
    latch: bool,
}

/// A new pointer: the affine form shared by the accesses it serves (terms sorted, `k` of the
/// first access).
struct Pointer {
    form: Affine,
    /// (load or store, the offset to add to its own)
    uses: Vec<(Inst, i64)>,
}

/// Applies loop strength reduction to every loop of `func`. `nsw` holds the 32-bit `iadd` and
/// `isub` instructions whose C operation is signed (cannot overflow).
pub fn strength_reduce(func: &mut Function, nsw: &HashSet<Inst>) {
    let cfg = ControlFlowGraph::with_function(func);
    let domtree = DominatorTree::with_function(func, &cfg);
    let mut la = LoopAnalysis::new();
    la.compute(func, &cfg, &domtree);
    let loops: Vec<Loop> = la.loops().collect();
    for lp in loops {
        reduce_loop(func, &cfg, &domtree, &la, lp, nsw);
    }
}

fn reduce_loop(func: &mut Function, cfg: &ControlFlowGraph, domtree: &DominatorTree, la: &LoopAnalysis, lp: Loop, nsw: &HashSet<Inst>) {
    let header = la.loop_header(lp);
    // The edges into the header: plain jumps and conditional branches only.
    let mut edges = Vec::new();
    for pred in cfg.pred_iter(header) {
        let data = &func.dfg.insts[pred.inst];
        if !matches!(data.opcode(), Opcode::Jump | Opcode::Brif) {
            return;
        }
        for (dest, call) in data.branch_destination(&func.dfg.jump_tables, &func.dfg.exception_tables).iter().enumerate() {
            if call.block(&func.dfg.value_lists) == header {
                if call.args(&func.dfg.value_lists).any(|a| !matches!(a, BlockArg::Value(_))) {
                    return;
                }
                edges.push(Edge { inst: pred.inst, dest, latch: la.is_in_loop(pred.block, lp) });
            }
        }
    }
    if !edges.iter().any(|e| e.latch) || !edges.iter().any(|e| !e.latch) {
        return;
    }
    // Induction variables: every back edge advances them by a constant (possibly 0).
    let mut ivs = Vec::new();
    for (index, &param) in func.dfg.block_params(header).iter().enumerate() {
        let ty = func.dfg.value_type(param);
        if ty != types::I64 && ty != types::I32 {
            continue;
        }
        let wide = ty == types::I32;
        let steps: Option<Vec<Option<i64>>> =
            edges.iter().map(|e| if e.latch { step(func, nsw, param, edge_arg(func, e, index), wide).map(Some) } else { Some(None) }).collect();
        if let Some(steps) = steps.filter(|s| s.iter().any(|&c| c.is_some_and(|c| c != 0))) {
            ivs.push(Iv { param, index, wide, steps });
        }
    }
    if ivs.is_empty() {
        return;
    }
    // Loads and stores in this loop (not in an inner one) whose address is affine in an IV.
    let cx = Ctx { func, la, lp, nsw, ivs: &ivs };
    let mut pointers: Vec<Pointer> = Vec::new();
    for blk in func.layout.blocks() {
        if la.innermost_loop(blk) != Some(lp) {
            continue;
        }
        for inst in func.layout.block_insts(blk) {
            let addr = match func.dfg.insts[inst] {
                InstructionData::Load { arg, .. } => arg,
                InstructionData::Store { args, .. } => args[1],
                _ => continue,
            };
            let addr = func.dfg.resolve_aliases(addr);
            if !cx.in_loop(addr) {
                continue;
            }
            let Some(mut form) = cx.affine(addr, MAX_DEPTH) else { continue };
            let Some((iv, scale)) = form.iv else { continue };
            // `base + iv·{1,2,4,8}` with a 64-bit iv already is an x86 addressing mode.
            let wide = cx.iv(iv).is_some_and(|i| i.wide);
            if !wide && form.terms.len() <= 1 && matches!(scale, 1 | 2 | 4 | 8) {
                continue;
            }
            // Every invariant operand must be available at the loop's entry edges.
            let available = form.terms.iter().all(|(t, _)| match *t {
                Term::Value(v) | Term::Sext(v) => {
                    let at: ir::ProgramPoint = match func.dfg.value_def(v) {
                        ValueDef::Result(i, _) => i.into(),
                        ValueDef::Param(b, _) => b.into(),
                        _ => return false,
                    };
                    edges.iter().filter(|e| !e.latch).all(|e| domtree.dominates(at, e.inst, &func.layout))
                }
                Term::Remat(_) => true,
            });
            if !available {
                continue;
            }
            form.terms.sort();
            let found = pointers.iter().position(|p| p.form.iv == form.iv && p.form.terms == form.terms);
            match found {
                Some(i) => {
                    let d = form.k.wrapping_sub(pointers[i].form.k);
                    pointers[i].uses.push((inst, d));
                }
                None if pointers.len() < MAX_POINTERS => pointers.push(Pointer { form, uses: vec![(inst, 0)] }),
                None => {}
            }
        }
    }
    for ptr in pointers {
        // Each use's new offset; all must fit, or the pointer is not made.
        let offsets: Option<Vec<(Inst, i32)>> = ptr
            .uses
            .iter()
            .map(|&(inst, d)| match func.dfg.insts[inst] {
                InstructionData::Load { offset, .. } | InstructionData::Store { offset, .. } => {
                    let off = d.checked_add(i64::from(i32::from(offset)))?;
                    Some((inst, i32::try_from(off).ok()?))
                }
                _ => None,
            })
            .collect();
        let (Some(offsets), Some((iv, _))) = (offsets, ptr.form.iv) else { continue };
        let Some(iv) = ivs.iter().find(|i| i.param == iv) else { continue };
        add_pointer(func, header, &edges, iv, &ptr.form, &offsets);
    }
}

/// Adds header parameter `q` for the address `form` (affine in `ivd`), passes it on every edge
/// and points the loads and stores in `uses` at it, with their new offsets.
fn add_pointer(func: &mut Function, header: Block, edges: &[Edge], ivd: &Iv, form: &Affine, uses: &[(Inst, i32)]) {
    let scale = form.iv.map_or(0, |(_, s)| s);
    let q = func.dfg.append_block_param(header, types::I64);
    for (e, step) in edges.iter().zip(&ivd.steps) {
        let arg = edge_arg(func, e, ivd.index);
        let mut pos = FuncCursor::new(func).at_inst(e.inst);
        let v = if let Some(c) = *step {
            if c == 0 { q } else { pos.ins().iadd_imm_s(q, c.wrapping_mul(scale)) }
        } else {
            let x = if ivd.wide { pos.ins().sextend(types::I64, arg) } else { arg };
            let mut acc = pos.ins().imul_imm_s(x, scale);
            for &(t, c) in &form.terms {
                let tv = match t {
                    Term::Value(v) => v,
                    Term::Sext(v) => pos.ins().sextend(types::I64, v),
                    Term::Remat(i) => {
                        let data = pos.func.dfg.insts[i];
                        let ty = pos.func.dfg.ctrl_typevar(i);
                        let (ni, dfg) = pos.ins().build(data, ty);
                        dfg.first_result(ni)
                    }
                };
                let scaled = if c == 1 { tv } else { pos.ins().imul_imm_s(tv, c) };
                acc = pos.ins().iadd(acc, scaled);
            }
            if form.k != 0 { pos.ins().iadd_imm_s(acc, form.k) } else { acc }
        };
        let dfg = &mut pos.func.dfg;
        let call = &mut dfg.insts[e.inst].branch_destination_mut(&mut dfg.jump_tables, &mut dfg.exception_tables)[e.dest];
        call.append_argument(v, &mut dfg.value_lists);
    }
    for &(inst, off) in uses {
        let (addr, offset) = match &mut func.dfg.insts[inst] {
            InstructionData::Load { arg, offset, .. } => (arg, offset),
            InstructionData::Store { args, offset, .. } => (&mut args[1], offset),
            _ => continue,
        };
        *addr = q;
        *offset = off.into();
    }
}
