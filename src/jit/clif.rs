//! Small queries on CLIF shared by the JIT's own passes (`loops.rs`, `peephole.rs`,
//! `tailrec.rs`) and by the translation's peepholes in `func.rs`.

use std::collections::HashMap;

use cranelift_codegen::ir::{DataFlowGraph, Function, InstructionData, Opcode, Value};

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
