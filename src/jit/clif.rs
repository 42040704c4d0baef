//! Small queries on CLIF shared by the JIT's own passes (`loops.rs`, `jam.rs`, `peephole.rs`,
//! `tailrec.rs`) and by the translation's peepholes in `func.rs`.

use std::collections::HashMap;

use cranelift_codegen::ir::{DataFlowGraph, Function, Inst, InstructionData, Opcode, Value};

/// The constant an `iconst` defining `v` holds, sign-extended from `v`'s width.
pub fn iconst(dfg: &DataFlowGraph, v: Value) -> Option<i64> {
    let v = dfg.resolve_aliases(v);
    match dfg.insts[dfg.value_def(v).inst()?] {
        InstructionData::UnaryImm { opcode: Opcode::Iconst, imm } => {
            let bits = dfg.value_type(v).bits();
            let x = imm.bits();
            Some(if bits < 64 { (x << (64 - bits)) >> (64 - bits) } else { x })
        }
        _ => None,
    }
}

/// How many times each value (aliases resolved) is used as an operand, branch arguments
/// included.
pub fn use_counts(func: &Function) -> HashMap<Value, usize> {
    let mut uses = HashMap::new();
    for blk in func.layout.blocks() {
        for inst in func.layout.block_insts(blk) {
            for v in func.dfg.inst_values(inst) {
                *uses.entry(func.dfg.resolve_aliases(v)).or_default() += 1;
            }
        }
    }
    uses
}

/// The plain values branch `inst` passes to its destination number `dest`.
pub fn branch_args(func: &Function, inst: Inst, dest: usize) -> Vec<Value> {
    let call = func.dfg.insts[inst].branch_destination(&func.dfg.jump_tables, &func.dfg.exception_tables)[dest];
    call.args(&func.dfg.value_lists).filter_map(|a| a.as_value()).collect()
}
