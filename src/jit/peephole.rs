//! Peepholes on a translated function's CLIF that Cranelift 0.135's own rules miss.
//!
//! - A narrow load whose only use is its zero or sign extension (`(unsigned char)s[i]` widened
//!   to `int` or `long`) becomes one extending load: x64 then loads with a single `movzx`
//!   instead of a `movzx` load followed by a second `movzx` of the register.

use cranelift_codegen::ir::{types, Function, Inst, InstBuilderBase, InstructionData, Opcode};

/// Applies the peepholes to `func`.
pub fn run(func: &mut Function) {
    fuse_extending_loads(func);
}

fn fuse_extending_loads(func: &mut Function) {
    let uses = super::clif::use_counts(func);
    let exts: Vec<Inst> = func
        .layout
        .blocks()
        .flat_map(|b| func.layout.block_insts(b))
        .filter(|&i| matches!(func.dfg.insts[i].opcode(), Opcode::Uextend | Opcode::Sextend))
        .collect();
    for ext in exts {
        let arg = func.dfg.resolve_aliases(func.dfg.inst_args(ext)[0]);
        let Some(load) = func.dfg.value_def(arg).inst() else { continue };
        let InstructionData::Load { opcode: Opcode::Load, arg: addr, flags, offset } = func.dfg.insts[load] else { continue };
        if uses.get(&arg) != Some(&1) || func.layout.inst_block(load) != func.layout.inst_block(ext) || !quiet_between(func, load, ext) {
            continue;
        }
        let to = func.dfg.value_type(func.dfg.first_result(ext));
        let signed = func.dfg.insts[ext].opcode() == Opcode::Sextend;
        let opcode = match (func.dfg.value_type(arg), signed) {
            (types::I8, false) => Opcode::Uload8,
            (types::I8, true) => Opcode::Sload8,
            (types::I16, false) => Opcode::Uload16,
            (types::I16, true) => Opcode::Sload16,
            (types::I32, false) if to == types::I64 => Opcode::Uload32,
            (types::I32, true) if to == types::I64 => Opcode::Sload32,
            _ => continue,
        };
        // uload32/sload32 always produce i64 (no controlling type).
        let ctrl = if matches!(opcode, Opcode::Uload32 | Opcode::Sload32) { types::INVALID } else { to };
        func.replace(ext).build(InstructionData::Load { opcode, arg: addr, flags, offset }, ctrl);
        func.layout.remove_inst(load);
    }
}

/// Whether nothing between `from` and `to` (in one block, `from` first) writes memory, calls,
/// traps or has other effects, so that a load at `from` may move to `to`.
fn quiet_between(func: &Function, from: Inst, to: Inst) -> bool {
    let mut at = func.layout.next_inst(from);
    while let Some(i) = at {
        if i == to {
            return true;
        }
        let op = func.dfg.insts[i].opcode();
        if op.can_store() || op.is_call() || op.can_trap() || op.other_side_effects() || op.is_branch() || op.is_terminator() {
            return false;
        }
        at = func.layout.next_inst(i);
    }
    false
}
