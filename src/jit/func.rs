//! One function body (flat IR) → Cranelift IR.
//!
//! Scalars whose address is never taken live in SSA `Variable`s; everything else (address-taken
//! scalars, aggregates, volatile objects) in stack slots, VLAs in memory from the runtime. IR
//! statements map one-to-one onto instructions; jump targets start blocks, and statements that
//! no path reaches are not emitted. Calls follow the System V classification of `abi.rs`.

use std::collections::{HashMap, HashSet};

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{
    self, AbiParam, ArgumentPurpose, AtomicRmwOp, Block, ExtFuncData, ExternalName, FuncRef, GlobalValue, InstBuilder,
    MemFlagsData, Signature, StackSlot, StackSlotData, StackSlotKind, TrapCode, UserExternalName, UserFuncName, types,
};
use cranelift_frontend::{FunctionBuilder, Switch, Variable};
use cranelift_module::{DataId, FuncId, Module};

use super::abi::{self, Pass};
use super::x87::{self, F80};
use super::{Core, JResult, JitError, PTR, jerr};
use crate::ir::*;

type CV = ir::Value;

/// Where a local lives.
#[derive(Clone, Copy)]
enum Loc {
    Var(Variable, ir::Type),
    Slot(StackSlot),
    /// At a fixed address (a by-value parameter copy made by the caller).
    Ptr(CV),
    /// A VLA: the variable holds its address.
    Dyn(Variable),
}

/// A bit-field access: bit offset from the address and width.
#[derive(Clone, Copy, Debug)]
struct Bf {
    shift: u32,
    width: u32,
    signed: bool,
    /// Bytes readable from the address (to the end of the enclosing struct).
    avail: u64,
}

/// An lvalue.
enum Place {
    Ssa(Variable, ir::Type),
    Mem { addr: CV, bf: Option<Bf>, volatile: bool },
    Func(VarId),
}

/// How the JIT represents a value of a C type.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Repr {
    Void,
    Scalar(ir::Type),
    /// In memory: the value is its address.
    Agg,
    /// `long double`: in 16 bytes of memory (the value is its address), computed by the x87
    /// helpers of `x87.rs`.
    X87,
}

/// The signature of a function defined or called by the JIT.
pub struct SigInfo {
    ret: Pass,
    args: Vec<Pass>,
    variadic: bool,
    /// Registers and stack used by the named parameters (for `va_start`).
    ints: u32,
    sses: u32,
    stack: u64,
}

/// The parameter types a function receives, as passed: K&R definitions (no prototype) get
/// their formals' promoted types.
fn arg_abi_types_of(p: &mut Program, f: VarId) -> (TypeId, Vec<TypeId>, bool) {
    let fty = p.vars[f].ty;
    let (ret, params, variadic, proto) = p.func_sig(fty).map(|(r, ps, v, pr)| (r, ps.to_vec(), v, pr)).unwrap();
    let tys = if proto {
        params.iter().map(|pa| adjust_param(p, pa.ty)).collect()
    } else {
        let formals = p.vars[f].formals.clone();
        formals.iter().map(|&v| { let t = p.vars[v].ty; promote(p, t) }).collect()
    };
    (ret, tys, variadic)
}

/// Parameter type adjustment (arrays and functions become pointers).
fn adjust_param(p: &mut Program, t: TypeId) -> TypeId {
    match p.skind(t).clone() {
        TypeKind::Array { elem, .. } => p.ptr_to(elem),
        TypeKind::Func { .. } => p.ptr_to(t),
        _ => t,
    }
}

/// Default argument promotions (for K&R definitions).
fn promote(p: &mut Program, t: TypeId) -> TypeId {
    let t = adjust_param(p, t);
    if let Some(k) = p.float_kind(t) {
        if k.format_bits() == 32 {
            return p.float_ty(FKind::Double);
        }
        return t;
    }
    if let Some(k) = p.int_kind(t) {
        if k.rank() < IKind::Int.rank() {
            return p.int_ty(IKind::Int);
        }
    }
    t
}

/// Classifies a function's signature.
fn sig_info(p: &mut Program, ret: TypeId, args: &[TypeId], variadic: bool) -> SigInfo {
    let ret_pass = abi::classify_return(p, ret);
    let sret = matches!(ret_pass, Pass::Memory { .. });
    let (args, ints, sses, stack) = abi::classify_args_counted(p, args, sret);
    SigInfo { ret: ret_pass, args, variadic, ints, sses, stack }
}

fn build_sig(si: &SigInfo, sig: &mut Signature, define_variadic: bool) {
    if matches!(si.ret, Pass::Memory { .. }) {
        sig.params.push(AbiParam::special(PTR, ArgumentPurpose::StructReturn));
    }
    for a in &si.args {
        sig.params.extend(abi::abi_params(a));
    }
    if define_variadic {
        for _ in si.ints..6 {
            sig.params.push(AbiParam::new(types::I64));
        }
        for _ in si.sses..8 {
            sig.params.push(AbiParam::new(types::F64));
        }
    }
    match &si.ret {
        Pass::Scalar { ty, ext } => {
            let mut a = AbiParam::new(*ty);
            a.extension = *ext;
            sig.returns.push(a);
        }
        Pass::Regs(pieces) => sig.returns.extend(pieces.iter().map(|pc| AbiParam::new(pc.ty))),
        _ => {}
    }
}

/// The signature of a function defined by the JIT.
pub fn signature_of(p: &mut Program, f: VarId, sig: &mut Signature) {
    let (ret, args, variadic) = arg_abi_types_of(p, f);
    let si = sig_info(p, ret, &args, variadic);
    build_sig(&si, sig, variadic);
}

/// A function translated to CLIF, waiting to be compiled (after inlining into it).
pub struct Translated {
    pub func: ir::Function,
    /// What it references.
    pub deps: Vec<VarId>,
    /// Whether its body may be inlined into callers (small, no frame tricks).
    pub inlinable: bool,
}

/// Translates function `v` (declared as `id`) to CLIF.
pub fn translate(core: &mut Core, p: &mut Program, v: VarId, id: FuncId) -> JResult<Translated> {
    let d = p.vars[v].clone();
    let Some(body) = d.code else { return jerr(d.span, "no body") };
    let mut fctx = std::mem::take(&mut core.fctx);
    let mut func = ir::Function::new();
    func.name = UserFuncName::user(0, id.as_u32());
    let (ret, args, variadic) = arg_abi_types_of(p, v);
    let si = sig_info(p, ret, &args, variadic);
    func.signature.call_conv = core.module.isa().default_call_conv();
    build_sig(&si, &mut func.signature, variadic);
    let plain_return = !matches!(si.ret, Pass::X87 | Pass::X87Pair);
    let result = {
        let b = FunctionBuilder::new(&mut func, &mut fctx);
        let mut fx = Fx {
            core,
            p,
            b,
            fvar: v,
            ret_ty: ret,
            si,
            locs: HashMap::new(),
            blocks: HashMap::new(),
            deps: Vec::new(),
            frefs: HashMap::new(),
            gvs: HashMap::new(),
            sret: None,
            mark: None,
            vla_marks: HashMap::new(),
            label_targets: Vec::new(),
            va_area: None,
            span: d.span,
            terminated: false,
            user_labels: HashMap::new(),
            cur: None,
            cleanups: HashMap::new(),
            asm_fns: HashMap::new(),
            order: Vec::new(),
            pos: HashMap::new(),
            nsw: HashSet::new(),
            restrict: Vec::new(),
        };
        let r = fx.body(body, &d.formals);
        let deps = std::mem::take(&mut fx.deps);
        let nsw = std::mem::take(&mut fx.nsw);
        let restrict = std::mem::take(&mut fx.restrict);
        let simple = fx.label_targets.is_empty();
        if r.is_ok() {
            fx.b.seal_all_blocks();
            let cfg = fx.core.module.target_config();
            fx.b.finalize(cfg);
        }
        r.map(|_| (deps, simple, nsw, restrict))
    };
    core.fctx = fctx;
    let (deps, simple, mut nsw, restrict) = result?;
    super::tailrec::eliminate(&mut func, |f, r| callee_id(f, &f.dfg.ext_funcs[r]) == Some(id));
    let jammed = super::jam::run(&mut func, &mut nsw, &restrict);
    if core.verbose && jammed > 0 {
        eprintln!("cir: JIT: `{}`: {jammed} loop nest(s) unrolled and jammed", super::var_name(p, v));
    }
    super::loops::strength_reduce(&mut func, &nsw);
    super::peephole::run(&mut func);
    let inlinable = !variadic && plain_return && simple && inlinable_body(core, &func);
    Ok(Translated { func, deps, inlinable })
}

/// Largest `memcpy`/`memset` (and aggregate copy) done with loads and stores.
const INLINE_COPY: u64 = 64;

/// Loads/stores covering `size` (≤ 64) bytes: 8-byte pieces, the tail as one piece that may
/// overlap the previous one.
fn pieces(size: u64) -> Vec<(i32, ir::Type)> {
    let fit = |n: u64| match n {
        8.. => (8, types::I64),
        4..=7 => (4, types::I32),
        2..=3 => (2, types::I16),
        _ => (1, types::I8),
    };
    let (w, ty) = fit(size);
    let mut out: Vec<(i32, ir::Type)> = (0..size / w).map(|i| ((i * w) as i32, ty)).collect();
    if !size.is_multiple_of(w) {
        out.push(((size - w) as i32, ty));
    }
    out
}

/// Largest body (in CLIF instructions) inlined into a caller.
const INLINE_MAX: usize = 100;

/// Small enough, no by-value aggregates in memory, and nothing that depends on having a frame
/// of its own (frame or return address, `setjmp`-like calls).
fn inlinable_body(core: &Core, f: &ir::Function) -> bool {
    use cranelift_codegen::ir::Opcode;
    if f.dfg.num_insts() > INLINE_MAX {
        return false;
    }
    // By-value aggregates in memory: the caller's copy is made by the call itself (and the
    // inliner passes the original's address instead).
    if f.signature.params.iter().any(|a| matches!(a.purpose, ArgumentPurpose::StructArgument(_))) {
        return false;
    }
    for blk in f.layout.blocks() {
        for inst in f.layout.block_insts(blk) {
            if matches!(f.dfg.insts[inst].opcode(), Opcode::GetFramePointer | Opcode::GetReturnAddress | Opcode::GetStackPointer) {
                return false;
            }
        }
    }
    f.dfg.ext_funcs.values().all(|e| match callee_id(f, e) {
        Some(fid) => {
            let name = &core.module.declarations().get_function_decl(fid).name;
            !name.as_deref().is_some_and(|n| n.contains("setjmp") || n.contains("vfork") || n.contains("getcontext"))
        }
        None => true,
    })
}

/// The module function an external function reference of `f` names.
fn callee_id(f: &ir::Function, e: &ExtFuncData) -> Option<FuncId> {
    match e.name {
        ExternalName::User(r) => Some(FuncId::from_u32(f.params.user_named_funcs()[r].index)),
        _ => None,
    }
}

/// Inlines small JIT functions (`bodies`, as translated) into a caller, the calls inside what
/// was inlined too, and the caller's own body into its recursive calls, within a growth budget.
struct Inliner<'a> {
    bodies: &'a HashMap<FuncId, ir::Function>,
    /// The caller (its own body is in `bodies` when it is small).
    me: FuncId,
    budget: usize,
    /// Each inlined body with the index its global values start at in the caller.
    inlined: Vec<(u32, &'a ir::Function)>,
}

impl Inliner<'_> {
    /// Cranelift 0.135's inliner copies a callee's `symbol` global values without translating
    /// their external names (indices into the callee's own name table): point them at the
    /// caller's names.
    fn fix_symbols(&self, func: &mut ir::Function) {
        for &(offset, body) in &self.inlined {
            for (gv, data) in body.global_values.iter() {
                if let ir::GlobalValueData::Symbol { name: ExternalName::User(r), .. } = data {
                    let full = body.params.user_named_funcs()[*r].clone();
                    let mine = func.declare_imported_user_function(full);
                    let at = GlobalValue::from_u32(offset + gv.as_u32());
                    if let ir::GlobalValueData::Symbol { name, .. } = &mut func.global_values[at] {
                        *name = ExternalName::User(mine);
                    }
                }
            }
        }
    }
}

impl cranelift_codegen::inline::Inline for Inliner<'_> {
    fn inline(
        &mut self,
        caller: &ir::Function,
        _inst: ir::Inst,
        _opcode: ir::Opcode,
        callee: FuncRef,
        _args: &[CV],
    ) -> cranelift_codegen::inline::InlineCommand<'_> {
        use cranelift_codegen::inline::InlineCommand;
        let ext = &caller.dfg.ext_funcs[callee];
        let Some(fid) = callee_id(caller, ext) else { return InlineCommand::KeepCall };
        let Some(body) = self.bodies.get(&fid) else { return InlineCommand::KeepCall };
        let sig = &caller.dfg.signatures[ext.signature];
        let n = body.dfg.num_insts();
        if sig.params != body.signature.params || sig.returns != body.signature.returns || n > self.budget {
            return InlineCommand::KeepCall;
        }
        self.budget -= n;
        self.inlined.push((caller.global_values.len() as u32, body));
        // A recursive function's own body goes in once: nesting it deeper only builds loop nests
        // that spill (fib got slower).
        InlineCommand::Inline { callee: std::borrow::Cow::Borrowed(body), visit_callee: fid != self.me }
    }
}

/// Trap codes of cir's own trap instructions (told apart when compile-time code hits one).
pub const TRAP_UNCOMPILED: TrapCode = TrapCode::unwrap_user(1);
pub const TRAP_BAD_GOTO: TrapCode = TrapCode::unwrap_user(2);
pub const TRAP_UNREACHABLE: TrapCode = TrapCode::unwrap_user(3);

/// Compiles translated function `id` (inlining small callees from `bodies` into it). On
/// failure the function gets a trapping body and the error is returned.
pub fn define(core: &mut Core, id: FuncId, t: Translated, bodies: &HashMap<FuncId, ir::Function>, what: &str, span: Span) -> JResult<()> {
    let mut ctx = std::mem::replace(&mut core.ctx, cranelift_codegen::Context::new());
    ctx.clear();
    ctx.func = t.func;
    let budget = (4 * INLINE_MAX).saturating_sub(ctx.func.dfg.num_insts() / 4).max(INLINE_MAX);
    let mut inliner = Inliner { bodies, me: id, budget, inlined: Vec::new() };
    let inlined = ctx.inline(&mut inliner);
    inliner.fix_symbols(&mut ctx.func);
    if core.verbose {
        eprintln!("{}", ctx.func.display());
        ctx.set_disasm(true);
    }
    let out = match inlined {
        Err(e) => jerr(span, format!("JIT: cannot inline into `{what}`: {e:?}")),
        Ok(_) => match core.module.define_function(id, &mut ctx) {
            Ok(()) => {
                if let Some(vcode) = ctx.compiled_code().and_then(|c| c.vcode.as_ref()).filter(|_| core.verbose) {
                    eprintln!("{vcode}");
                }
                if let Some(c) = ctx.compiled_code() {
                    core.note_traps(id, c.buffer.traps().iter().map(|t| (t.offset, t.code)));
                }
                Ok(())
            }
            Err(e) => jerr(span, format!("JIT: cannot compile `{what}`: {e:?}")),
        },
    };
    ctx.clear();
    core.ctx = ctx;
    if out.is_err() {
        define_trap(core, id);
    }
    out
}

/// Defines `id` as a function that traps (for one that cannot be compiled: it stays declared,
/// so finalizing still works, and anything reaching it reports the error first).
pub fn define_trap(core: &mut Core, id: FuncId) {
    let mut fctx = cranelift_frontend::FunctionBuilderContext::new();
    let mut ctx = std::mem::replace(&mut core.ctx, cranelift_codegen::Context::new());
    ctx.clear();
    ctx.func.name = UserFuncName::user(0, id.as_u32());
    ctx.func.signature = core.module.declarations().get_function_decl(id).signature.clone();
    {
        let mut b = FunctionBuilder::new(&mut ctx.func, &mut fctx);
        let blk = b.create_block();
        b.append_block_params_for_function_params(blk);
        b.switch_to_block(blk);
        b.ins().trap(TRAP_UNCOMPILED);
        b.seal_all_blocks();
        b.finalize(core.module.target_config());
    }
    if core.module.define_function(id, &mut ctx).is_ok()
        && let Some(c) = ctx.compiled_code()
    {
        core.note_traps(id, c.buffer.traps().iter().map(|t| (t.offset, t.code)));
    }
    ctx.clear();
    core.ctx = ctx;
}

struct VaArea {
    save: StackSlot,
}

struct Fx<'a, 'b> {
    core: &'a mut Core,
    p: &'a mut Program,
    b: FunctionBuilder<'b>,
    fvar: VarId,
    ret_ty: TypeId,
    si: SigInfo,
    locs: HashMap<VarId, Loc>,
    blocks: HashMap<StmtId, Block>,
    deps: Vec<VarId>,
    frefs: HashMap<(FuncId, Vec<AbiParam>, Vec<AbiParam>), FuncRef>,
    gvs: HashMap<DataId, GlobalValue>,
    sret: Option<CV>,
    /// The `alloca` mark taken at entry (functions using `alloca` or VLAs).
    mark: Option<Variable>,
    vla_marks: HashMap<VarId, Variable>,
    /// Statements whose address is taken (`&&label`), for computed gotos.
    label_targets: Vec<StmtId>,
    va_area: Option<VaArea>,
    span: Span,
    terminated: bool,
    user_labels: HashMap<Name, StmtId>,
    /// The statement being translated.
    cur: Option<StmtId>,
    /// For functions with `cleanup` variables: the ones in scope at each statement, outermost
    /// first, with their cleanup functions.
    cleanups: HashMap<StmtId, Vec<(VarId, VarId)>>,
    /// The assembled wrappers of the function's `asm` statements (`asm.rs`).
    asm_fns: HashMap<StmtId, usize>,
    /// The function's statements in order, and each one's position.
    order: Vec<StmtId>,
    pos: HashMap<StmtId, usize>,
    /// The 32-bit additions and subtractions of signed C arithmetic (see `loops.rs`).
    nsw: HashSet<ir::Inst>,
    /// The values of the `restrict`-qualified pointer parameters (see `jam.rs`).
    restrict: Vec<CV>,
}

fn err<T>(span: Span, msg: impl Into<String>) -> JResult<T> {
    Err(JitError { msg: msg.into(), span })
}

impl Fx<'_, '_> {
    fn ty_name(&self, t: TypeId) -> String {
        crate::render::type_decl(self.p, t, "", crate::render::Naming::Original, &|p, v| {
            p.vars[v].name.map(|n| p.name_str(n).to_string()).unwrap_or_default()
        })
    }

    fn repr(&self, t: TypeId) -> Repr {
        match self.p.skind(t) {
            TypeKind::Void => Repr::Void,
            TypeKind::Func { .. } => Repr::Scalar(PTR),
            TypeKind::VaList => Repr::Agg,
            _ if abi::is_x87(self.p, t) => Repr::X87,
            _ => match abi::scalar_type(self.p, t) {
                Some(ty) => Repr::Scalar(ty),
                None => Repr::Agg,
            },
        }
    }

    fn unsupported_type(&self, t: TypeId) -> Option<String> {
        match self.p.skind(t) {
            TypeKind::Float(k) if k.format_bits() > 80 || k.format_bits() < 32 => {
                Some(format!("`{}` is not supported in compile-time code", k.c_name()))
            }
            TypeKind::Vector { .. } => Some(format!("vector type `{}` is not supported in compile-time code", self.ty_name(t))),
            _ => None,
        }
    }

    // ---- setup -----------------------------------------------------------------------------------

    fn body(&mut self, body: CodeId, formals: &[VarId]) -> JResult<()> {
        let stmts: Vec<StmtId> = self.p.code_stmts(body).collect();
        // Address-taken locals and label addresses.
        let mut taken: HashSet<VarId> = HashSet::new();
        let mut uses_alloca = false;
        for &s in &stmts {
            let k = self.p.stmts[s].kind.clone();
            let mut vals: Vec<Value> = Vec::new();
            match &k {
                StmtKind::UnOp { dst, op, a } => {
                    if *op == UnOp::AddrOf {
                        if let ValueKind::Var { var, .. } = a.kind {
                            taken.insert(var);
                        }
                    }
                    vals.extend([*dst, *a]);
                }
                StmtKind::BinOp { dst, a, b, .. } => vals.extend([*dst, *a, *b]),
                StmtKind::Call { dst, target, args } => {
                    if let ValueKind::Builtin(bi) = target.kind {
                        uses_alloca |= self.p.builtin_data(bi).name.starts_with("__builtin_alloca");
                    }
                    vals.extend(dst.iter().copied());
                    vals.push(*target);
                    vals.extend(args.iter().copied());
                }
                StmtKind::Return(Some(v)) | StmtKind::IndirectGoto(v) => vals.push(*v),
                StmtKind::Cmp { a, b, .. } => vals.extend([*a, *b]),
                StmtKind::Switch { value, .. } => vals.push(*value),
                StmtKind::VlaDecl(_) => uses_alloca = true,
                StmtKind::Label(n) => {
                    self.user_labels.insert(*n, s);
                }
                StmtKind::Asm(a) => vals.extend(a.outputs.iter().chain(a.inputs.iter()).map(|o| o.value)),
                _ => {}
            }
            for v in vals {
                if let ValueKind::LabelAddr(t) = v.kind {
                    if !self.label_targets.contains(&t) {
                        self.label_targets.push(t);
                    }
                }
            }
        }
        for &v in formals.iter().chain(self.p.codes[body].vars.clone().iter()) {
            if self.p.vars[v].flags.addr_taken {
                taken.insert(v);
            }
            // Label addresses in static tables (`static void *ops[] = { &&a, &&b };`).
            if let Some(init) = &self.p.vars[v].init {
                let mut found = Vec::new();
                init_labels(init, &mut found);
                for t in found {
                    if !self.label_targets.contains(&t) {
                        self.label_targets.push(t);
                    }
                }
            }
        }
        // Blocks for jump targets.
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        let mut targets: Vec<StmtId> = Vec::new();
        for &s in &stmts {
            match &self.p.stmts[s].kind {
                StmtKind::Cmp { target: Some(t), .. } | StmtKind::Goto(Some(t)) => targets.push(*t),
                StmtKind::Switch { cases, default, .. } => {
                    targets.extend(cases.iter().map(|c| c.target));
                    targets.extend(default.iter().copied());
                }
                StmtKind::Label(_) => targets.push(s),
                _ => {}
            }
        }
        targets.extend(self.label_targets.iter().copied());
        for t in targets {
            if !self.blocks.contains_key(&t) {
                let blk = self.b.create_block();
                self.blocks.insert(t, blk);
            }
        }
        // Locals.
        let mut locals: Vec<VarId> = self.p.codes[body].vars.clone();
        locals.retain(|v| !formals.contains(v));
        for &v in &locals {
            self.alloc_local(v, &taken)?;
        }
        // Parameters.
        let params: Vec<CV> = self.b.block_params(entry).to_vec();
        let mut pi = 0;
        if matches!(self.si.ret, Pass::Memory { .. }) {
            self.sret = Some(params[0]);
            pi = 1;
        }
        let arg_passes = self.si.args.clone();
        let (_, abi_tys, _) = arg_abi_types_of(self.p, self.fvar);
        let mut passes = arg_passes.iter().cloned();
        let mut nformals = 0;
        for (k, &f) in formals.iter().enumerate() {
            let mut pass = passes.next();
            while pass == Some(Pass::Pad) {
                pi += 1;
                pass = passes.next();
            }
            let Some(pass) = pass else { break };
            nformals += 1;
            let fty = self.p.vars[f].ty;
            let abi_ty = abi_tys.get(k).copied().unwrap_or(fty);
            match pass {
                Pass::Ignore => {
                    self.alloc_local(f, &taken)?;
                }
                Pass::Scalar { .. } => {
                    let v = params[pi];
                    pi += 1;
                    self.alloc_local(f, &taken)?;
                    let v = self.convert(v, abi_ty, fty)?;
                    if self.p.quals_deep(fty).has(Quals::RESTRICT) && matches!(self.p.skind(fty), TypeKind::Ptr(_)) {
                        self.restrict.push(v);
                    }
                    self.store_var(f, v)?;
                }
                Pass::Regs(pieces) => {
                    let size = self.p.size_of(fty).unwrap_or(0).max(pieces.len() as u64 * 8);
                    let slot = self.slot(size, self.p.align_of(fty).max(8));
                    for pc in &pieces {
                        let v = params[pi];
                        pi += 1;
                        self.b.ins().stack_store(PTR, v, slot, pc.offset as i32);
                    }
                    self.locs.insert(f, Loc::Slot(slot));
                }
                Pass::Memory { .. } => {
                    let v = params[pi];
                    pi += 1;
                    self.locs.insert(f, Loc::Ptr(v));
                }
                // Skipped above (Pad) or results only.
                Pass::Pad | Pass::X87 | Pass::X87Pair => {}
            }
        }
        for &f in formals.iter().skip(nformals) {
            self.alloc_local(f, &taken)?;
        }
        if self.si.variadic {
            // Spill the remaining argument registers into a register save area.
            let save = self.slot(176, 16);
            for i in self.si.ints..6 {
                let v = params[pi];
                pi += 1;
                self.b.ins().stack_store(PTR, v, save, (8 * i) as i32);
            }
            for i in self.si.sses..8 {
                let v = params[pi];
                pi += 1;
                self.b.ins().stack_store(PTR, v, save, (48 + 16 * i) as i32);
            }
            self.va_area = Some(VaArea { save });
        }
        if uses_alloca {
            let h = self.helper("__cir_rt_alloca_mark", &[], &[types::I64]);
            let c = self.b.ins().call(h, &[]);
            let m = self.b.inst_results(c)[0];
            let var = self.b.declare_var(types::I64);
            self.b.def_var(var, m);
            self.mark = Some(var);
        }
        self.cleanup_scopes(&stmts);
        self.pos = stmts.iter().enumerate().map(|(i, &s)| (s, i)).collect();
        self.order = stmts.clone();
        let asms: Vec<(StmtId, AsmStmt)> = stmts
            .iter()
            .filter_map(|&s| match &self.p.stmts[s].kind {
                StmtKind::Asm(a) if super::asm::has_code(a) => Some((s, (**a).clone())),
                _ => None,
            })
            .collect();
        if !asms.is_empty() {
            self.asm_fns = super::asm::build(self.p, &asms).map_err(|(s, msg)| JitError { msg, span: self.p.stmts[s].span })?;
        }
        // Reachable statements (by basic block).
        let reach = self.reachable();
        for (i, &s) in stmts.iter().enumerate() {
            if let Some(&blk) = self.blocks.get(&s) {
                if !reach[i] {
                    continue;
                }
                if !self.terminated {
                    self.b.ins().jump(blk, &[]);
                }
                self.b.switch_to_block(blk);
                self.terminated = false;
            } else if self.terminated || !reach[i] {
                continue;
            }
            self.span = self.p.stmts[s].span;
            self.cur = Some(s);
            self.stmt(s)?;
        }
        if !self.terminated {
            // Falling off the end: every scope has been closed already.
            self.cur = None;
            self.leave()?;
            self.return_zero();
        }
        Ok(())
    }

    /// `__attribute__((cleanup(f)))` variables: the lowering declares each in a scope of its
    /// own (`VlaDecl` .. `ScopeEnd`, a nested block in the output); record which are open at
    /// each statement, so that leaving a scope (falling through its end, a jump out, `return`)
    /// calls `f(&var)`, innermost first.
    fn cleanup_scopes(&mut self, stmts: &[StmtId]) {
        let mut open: Vec<(VarId, VarId)> = Vec::new();
        let mut any = false;
        for &s in stmts {
            match self.p.stmts[s].kind {
                StmtKind::VlaDecl(v) => {
                    if !open.is_empty() {
                        self.cleanups.insert(s, open.clone());
                    }
                    let f = self.p.find_attr(self.p.vars[v].attrs, "cleanup").and_then(|a| match a.args.first() {
                        Some(AttrArg::Var(f)) => Some(*f),
                        _ => None,
                    });
                    if let Some(f) = f {
                        open.push((v, f));
                        any = true;
                    }
                    continue;
                }
                StmtKind::ScopeEnd(v) => {
                    if !open.is_empty() {
                        self.cleanups.insert(s, open.clone());
                    }
                    if open.last().is_some_and(|&(o, _)| o == v) {
                        open.pop();
                    }
                    continue;
                }
                _ => {}
            }
            if !open.is_empty() {
                self.cleanups.insert(s, open.clone());
            }
        }
        if !any {
            self.cleanups.clear();
        }
    }

    /// Calls the cleanup functions of the variables whose scopes a jump from the current
    /// statement to `target` leaves (all of them for a `return`: `target` `None`).
    fn run_cleanups(&mut self, target: Option<StmtId>) -> JResult<()> {
        let Some(here) = self.cur.and_then(|c| self.cleanups.get(&c)).cloned() else { return Ok(()) };
        let there = target.and_then(|t| self.cleanups.get(&t)).map(|v| v.as_slice()).unwrap_or(&[]);
        let common = here.iter().zip(there).take_while(|(a, b)| a == b).count();
        for &(v, f) in here[common..].iter().rev() {
            self.call_cleanup(v, f)?;
        }
        Ok(())
    }

    fn call_cleanup(&mut self, v: VarId, f: VarId) -> JResult<()> {
        let (Place::Mem { addr, .. }, _) = self.place(&Value::var(v))? else { return Ok(()) };
        let fid = self.core.func_id(self.p, f)?;
        self.deps.push(f);
        let mut sig = self.core.module.make_signature();
        sig.params.push(AbiParam::new(PTR));
        let r = self.func_ref(fid, Some(&sig));
        self.b.ins().call(r, &[addr]);
        Ok(())
    }

    /// Loop rotation: a backward `goto` to a loop test (up to 8 computations, then
    /// `if (c) goto body; goto exit;`) gets its own copy of the test, so each iteration ends
    /// in one conditional branch back to the body instead of a jump to the test.
    fn rotate_loop(&mut self, s: StmtId, t: StmtId) -> JResult<bool> {
        const MAX_SETUP: usize = 8;
        let (Some(&from), Some(&head)) = (self.pos.get(&s), self.pos.get(&t)) else { return Ok(false) };
        if head > from || !self.cleanups.is_empty() {
            return Ok(false);
        }
        let mut k = head;
        while k < self.order.len() && k - head <= MAX_SETUP {
            match &self.p.stmts[self.order[k]].kind {
                StmtKind::BinOp { .. } | StmtKind::UnOp { .. } => k += 1,
                _ => break,
            }
        }
        let Some((&test, &leave)) = self.order.get(k).zip(self.order.get(k + 1)) else { return Ok(false) };
        let (StmtKind::Cmp { op, a, b, target: Some(body) }, StmtKind::Goto(Some(exit))) =
            (self.p.stmts[test].kind.clone(), self.p.stmts[leave].kind.clone())
        else {
            return Ok(false);
        };
        for i in head..k {
            let st = self.order[i];
            self.span = self.p.stmts[st].span;
            self.stmt(st)?;
        }
        self.span = self.p.stmts[test].span;
        let c = self.compare(op, &a, &b)?;
        let out = self.b.create_block();
        let (bb, eb) = (self.blocks[&body], self.blocks[&exit]);
        self.b.ins().brif(c, bb, &[], out, &[]);
        self.b.switch_to_block(out);
        self.b.ins().jump(eb, &[]);
        self.terminated = true;
        Ok(true)
    }

    /// A jump from the current statement to `t`, through the cleanups it needs.
    fn jump_to(&mut self, t: StmtId) -> JResult<()> {
        self.run_cleanups(Some(t))?;
        let tb = self.blocks[&t];
        self.b.ins().jump(tb, &[]);
        self.terminated = true;
        Ok(())
    }

    /// Which statements some path from the entry reaches.
    fn reachable(&self) -> Vec<bool> {
        let (stmts, index) = (&self.order, &self.pos);
        let n = stmts.len();
        let mut seen = vec![false; n];
        let mut work = vec![0usize];
        while let Some(mut i) = work.pop() {
            while i < n && !seen[i] {
                seen[i] = true;
                let k = &self.p.stmts[stmts[i]].kind;
                let mut push = |t: &StmtId| {
                    if let Some(&j) = index.get(t) {
                        work.push(j);
                    }
                };
                match k {
                    StmtKind::Goto(Some(t)) => {
                        push(t);
                        break;
                    }
                    StmtKind::Goto(None) | StmtKind::Return(_) => break,
                    StmtKind::Cmp { target: Some(t), .. } => push(t),
                    StmtKind::GotoLabel(name) => {
                        if let Some(t) = self.user_labels.get(name) {
                            push(t);
                        }
                        break;
                    }
                    StmtKind::Switch { cases, default, .. } => {
                        for c in cases {
                            push(&c.target);
                        }
                        if let Some(d) = default {
                            push(d);
                            break;
                        }
                    }
                    StmtKind::IndirectGoto(_) => {
                        for t in &self.label_targets {
                            push(t);
                        }
                        break;
                    }
                    _ => {}
                }
                i += 1;
            }
        }
        seen
    }

    fn slot(&mut self, size: u64, align: u64) -> StackSlot {
        let shift = align.clamp(1, 16).trailing_zeros() as u8;
        self.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, size.max(1) as u32, shift))
    }

    fn alloc_local(&mut self, v: VarId, taken: &HashSet<VarId>) -> JResult<()> {
        if self.locs.contains_key(&v) {
            return Ok(());
        }
        let d = &self.p.vars[v];
        let ty = d.ty;
        let span = d.span;
        if d.flags.vla || self.p.is_vm(ty) && self.p.is_array(ty) {
            let var = self.b.declare_var(PTR);
            self.locs.insert(v, Loc::Dyn(var));
            return Ok(());
        }
        if let Some(m) = self.unsupported_type(ty) {
            return err(span, m);
        }
        let volatile = self.p.quals_deep(ty).has(Quals::VOLATILE);
        let ty = self.var_type(v);
        match self.repr(ty) {
            Repr::Scalar(t) if !taken.contains(&v) && !volatile && !matches!(self.p.skind(ty), TypeKind::Func { .. }) => {
                let var = self.b.declare_var(t);
                self.locs.insert(v, Loc::Var(var, t));
            }
            _ => {
                let Some(size) = self.p.size_of(ty) else {
                    return err(span, format!("`{}` has an incomplete type", super::var_name(self.p, v)));
                };
                let align = self.p.align_of(ty).max(super::var_align(self.p, v));
                if align > 16 {
                    // Cranelift aligns stack slots to 16 at most: over-allocate and round up.
                    let s = self.slot(size + align, 16);
                    let a = self.b.ins().stack_addr(PTR, s, 0);
                    let a = self.b.ins().iadd_imm_s(a, align as i64 - 1);
                    let a = self.b.ins().band_imm_s(a, -(align as i64));
                    let var = self.b.declare_var(PTR);
                    self.b.def_var(var, a);
                    self.locs.insert(v, Loc::Dyn(var));
                } else {
                    let s = self.slot(size, align);
                    self.locs.insert(v, Loc::Slot(s));
                }
            }
        }
        Ok(())
    }

    /// The type of the object var `v` names. A `va_list` parameter is a pointer to the
    /// caller's `va_list` (`va_list` is an array type, and array parameters are pointers).
    fn var_type(&mut self, v: VarId) -> TypeId {
        let t = self.p.vars[v].ty;
        if self.p.vars[v].flags.is_param && matches!(self.p.skind(t), TypeKind::VaList) {
            return self.p.ptr_to(t);
        }
        t
    }

    fn is_static_storage(&self, v: VarId) -> bool {
        let d = &self.p.vars[v];
        d.flags.global || d.storage == Storage::Static || d.storage == Storage::Extern
    }

    // ---- module references -------------------------------------------------------------------------

    fn helper(&mut self, name: &'static str, params: &[ir::Type], rets: &[ir::Type]) -> FuncRef {
        let f = self.core.helper(name, params, rets);
        self.func_ref(f, None)
    }

    /// Imports a module function into this function, optionally with a call-site signature.
    fn func_ref(&mut self, f: FuncId, sig: Option<&Signature>) -> FuncRef {
        let decl_sig = self.core.module.declarations().get_function_decl(f).signature.clone();
        let sig = sig.cloned().unwrap_or(decl_sig);
        let key = (f, sig.params.clone(), sig.returns.clone());
        if let Some(&r) = self.frefs.get(&key) {
            return r;
        }
        let colocated = self.core.module.declarations().get_function_decl(f).linkage.is_final();
        let sigref = self.b.import_signature(sig);
        let nameref = self.b.func.declare_imported_user_function(UserExternalName { namespace: 0, index: f.as_u32() });
        let r = self.b.import_function(ExtFuncData { name: ExternalName::user(nameref), signature: sigref, colocated, patchable: false });
        self.frefs.insert(key, r);
        r
    }

    fn data_addr(&mut self, d: DataId) -> CV {
        let gv = match self.gvs.get(&d) {
            Some(&g) => g,
            None => {
                let g = self.core.module.declare_data_in_func(d, self.b.func);
                self.gvs.insert(d, g);
                g
            }
        };
        self.b.ins().symbol_value(PTR, gv)
    }

    fn var_data_addr(&mut self, v: VarId) -> JResult<CV> {
        let d = self.core.data_id(self.p, v).map_err(|e| JitError { span: self.span, ..e })?;
        self.deps.push(v);
        let template = self.data_addr(d);
        if !self.p.vars[v].flags.thread_local {
            return Ok(template);
        }
        // Thread-local: each thread gets its own copy of the initial value (emulated TLS).
        let ty = self.p.vars[v].ty;
        let size = self.p.size_of(ty).unwrap_or(0);
        let align = self.p.align_of(ty);
        let key = self.b.ins().iconst(types::I64, v.as_u32() as i64);
        let sz = self.b.ins().iconst(types::I64, size as i64);
        let al = self.b.ins().iconst(types::I64, align as i64);
        let h = self.helper("__cir_rt_tls", &[types::I64, PTR, types::I64, types::I64], &[PTR]);
        let c = self.b.ins().call(h, &[key, template, sz, al]);
        Ok(self.b.inst_results(c)[0])
    }

    fn func_addr(&mut self, v: VarId) -> JResult<CV> {
        let f = self.core.func_id(self.p, v)?;
        self.deps.push(v);
        let r = self.func_ref(f, None);
        Ok(self.b.ins().func_addr(PTR, r))
    }

    // ---- places and values -------------------------------------------------------------------------

    /// The address of the object a local or global var names.
    fn var_base(&mut self, v: VarId) -> JResult<Option<CV>> {
        if self.is_static_storage(v) {
            return Ok(Some(self.var_data_addr(v)?));
        }
        if !self.locs.contains_key(&v) {
            self.alloc_local(v, &HashSet::from([v]))?;
        }
        Ok(match self.locs[&v] {
            Loc::Var(..) => None,
            Loc::Slot(s) => Some(self.b.ins().stack_addr(PTR, s, 0)),
            Loc::Ptr(p) => Some(p),
            Loc::Dyn(var) => Some(self.b.use_var(var)),
        })
    }

    /// Walks a field path from type `t`: byte offset, bit-field, final type, and bytes available
    /// from the final offset to the end of the innermost struct.
    fn walk_path(&mut self, t: TypeId, path: Option<PathId>) -> JResult<(i64, Option<Bf>, TypeId)> {
        let steps = self.p.path_steps(path).to_vec();
        let mut t = t;
        let mut off: i64 = 0;
        let mut bf = None;
        for (k, st) in steps.iter().enumerate() {
            match *st {
                PathStep::Field(n) => {
                    let Some(c) = self.p.comp_of(t) else { return err(self.span, "member access on a non-struct") };
                    let Some((fty, idxs)) = self.p.find_field(c, n) else { return err(self.span, "no such member") };
                    let Some((cc, start)) = self.p.member_container(c, &idxs) else { return err(self.span, "no such member") };
                    let fl = self.p.field_layout(cc, idxs[idxs.len() - 1]).unwrap();
                    let comp_start = off + start as i64;
                    if let Some(w) = fl.bitwidth {
                        if k + 1 != steps.len() {
                            return err(self.span, "path through a bit-field");
                        }
                        let csize = self.p.comp_layout(cc).size as i64;
                        let byte = (fl.bitpos / 8) as i64;
                        off = comp_start + byte;
                        let signed = self.p.int_kind(fty).is_some_and(|k| k.is_signed() && k != IKind::Bool);
                        bf = Some(Bf { shift: (fl.bitpos % 8) as u32, width: w, signed, avail: (csize - byte).max(1) as u64 });
                    } else {
                        off = comp_start + fl.offset as i64;
                    }
                    let q = self.p.quals_deep(t);
                    t = self.p.qualified(fty, q.without(Quals::RESTRICT).without(Quals::ATOMIC));
                }
                PathStep::Index(i) => {
                    let Some(e) = self.p.array_elem(t) else { return err(self.span, "index of a non-array") };
                    off += i as i64 * self.p.size_of(e).unwrap_or(0) as i64;
                    t = e;
                }
                PathStep::Real | PathStep::Imag => {
                    let (et, es) = match self.p.skind(t).clone() {
                        TypeKind::Complex(k) => (self.p.float_ty(k), k.size()),
                        TypeKind::ComplexInt(k) => (self.p.int_ty(k), k.size()),
                        _ => return err(self.span, "`__real__`/`__imag__` of a non-complex value"),
                    };
                    if *st == PathStep::Imag {
                        off += es as i64;
                    }
                    t = et;
                }
            }
        }
        Ok((off, bf, t))
    }

    fn place(&mut self, v: &Value) -> JResult<(Place, TypeId)> {
        match v.kind {
            ValueKind::Var { var, path } => {
                let vty = self.var_type(var);
                if self.p.is_func(vty) {
                    return Ok((Place::Func(var), vty));
                }
                let base = self.var_base(var)?;
                let Some(base) = base else {
                    let Loc::Var(x, t) = self.locs[&var] else { unreachable!() };
                    if path.is_some() {
                        return err(self.span, "member access on a scalar");
                    }
                    return Ok((Place::Ssa(x, t), vty));
                };
                let (off, bf, t) = self.walk_path(vty, path)?;
                let addr = if off != 0 { self.b.ins().iadd_imm_s(base, off) } else { base };
                let volatile = self.p.quals_deep(t).has(Quals::VOLATILE);
                Ok((Place::Mem { addr, bf, volatile }, t))
            }
            ValueKind::Mem { var, path } => {
                let pty = self.var_type(var);
                let base = self.rvalue(&Value::var(var))?.0;
                let pointee = match self.p.skind(pty).clone() {
                    TypeKind::Ptr(t) => t,
                    TypeKind::Array { elem, .. } => elem,
                    _ => return err(self.span, "dereference of a non-pointer"),
                };
                let (off, bf, t) = self.walk_path(pointee, path)?;
                let addr = if off != 0 { self.b.ins().iadd_imm_s(base, off) } else { base };
                let volatile = self.p.quals_deep(t).has(Quals::VOLATILE);
                Ok((Place::Mem { addr, bf, volatile }, t))
            }
            _ => err(self.span, "not an lvalue"),
        }
    }

    fn load(&mut self, ty: ir::Type, addr: CV, volatile: bool) -> CV {
        if volatile && ty.is_int() && ty.bits() <= 64 {
            return self.b.ins().atomic_load(ty, MemFlagsData::new(), addr);
        }
        if volatile && ty.is_float() {
            let it = ir::Type::int(ty.bits() as u16).unwrap();
            let v = self.b.ins().atomic_load(it, MemFlagsData::new(), addr);
            return self.b.ins().bitcast(ty, MemFlagsData::new(), v);
        }
        self.b.ins().load(ty, MemFlagsData::new(), addr, 0)
    }

    fn store(&mut self, v: CV, addr: CV, volatile: bool) {
        let ty = self.b.func.dfg.value_type(v);
        if volatile && ty.is_int() && ty.bits() <= 64 {
            self.b.ins().atomic_store(MemFlagsData::new(), v, addr);
            return;
        }
        if volatile && ty.is_float() {
            let it = ir::Type::int(ty.bits() as u16).unwrap();
            let x = self.b.ins().bitcast(it, MemFlagsData::new(), v);
            self.b.ins().atomic_store(MemFlagsData::new(), x, addr);
            return;
        }
        self.b.ins().store(MemFlagsData::new(), v, addr, 0);
    }

    /// Loads `n` bytes (1..=16) at `addr` as an integer of the smallest fitting type, without
    /// reading past `avail` bytes.
    fn load_bits_container(&mut self, addr: CV, nbytes: u64, avail: u64) -> (CV, ir::Type) {
        let cont = nbytes.next_power_of_two().max(1);
        let ty = abi::int_type(cont);
        if cont <= avail {
            return (self.b.ins().load(ty, MemFlagsData::new(), addr, 0), ty);
        }
        // Assemble byte by byte.
        let mut acc = self.b.ins().iconst(if ty == types::I128 { types::I64 } else { ty }, 0);
        if ty == types::I128 {
            let z = self.b.ins().iconst(types::I64, 0);
            acc = self.b.ins().iconcat(acc, z);
        }
        for i in 0..nbytes {
            let byte = self.b.ins().load(types::I8, MemFlagsData::new(), addr, i as i32);
            let wide = self.b.ins().uextend(ty, byte);
            let sh = self.b.ins().ishl_imm_s(wide, (8 * i) as i64);
            acc = self.b.ins().bor(acc, sh);
        }
        (acc, ty)
    }

    fn load_place(&mut self, pl: &Place, t: TypeId) -> JResult<CV> {
        match *pl {
            Place::Ssa(x, _) => Ok(self.b.use_var(x)),
            Place::Func(f) => self.func_addr(f),
            // A function designator (`*fp`) is the function's address.
            Place::Mem { addr, bf: None, .. } if self.p.is_func(t) => Ok(addr),
            Place::Mem { addr, bf: None, volatile } => match self.repr(t) {
                Repr::Scalar(ty) => Ok(self.load(ty, addr, volatile)),
                Repr::Agg | Repr::X87 => Ok(addr),
                Repr::Void => Ok(self.b.ins().iconst(types::I32, 0)),
            },
            Place::Mem { addr, bf: Some(bf), .. } => {
                let nbytes = (bf.shift + bf.width).div_ceil(8) as u64;
                let (c, cty) = self.load_bits_container(addr, nbytes, bf.avail);
                let bits = cty.bits() as i64;
                let v = if bf.signed {
                    let l = self.b.ins().ishl_imm_s(c, bits - (bf.shift + bf.width) as i64);
                    self.b.ins().sshr_imm_s(l, bits - bf.width as i64)
                } else {
                    let r = self.b.ins().ushr_imm_s(c, bf.shift as i64);
                    if bf.width as i64 >= bits { r } else { self.band_mask(r, cty, bf.width) }
                };
                let Repr::Scalar(fty) = self.repr(t) else { return err(self.span, "bad bit-field type") };
                Ok(self.resize_int(v, cty, fty, bf.signed))
            }
        }
    }

    fn band_mask(&mut self, v: CV, ty: ir::Type, width: u32) -> CV {
        if ty == types::I128 {
            let m = self.iconst128((1i128 << width).wrapping_sub(1));
            return self.b.ins().band(v, m);
        }
        let m = if width >= 64 { -1i64 } else { ((1u64 << width) - 1) as i64 };
        self.b.ins().band_imm_s(v, m)
    }

    fn resize_int(&mut self, v: CV, from: ir::Type, to: ir::Type, signed: bool) -> CV {
        if from == to {
            v
        } else if from.bits() > to.bits() {
            self.b.ins().ireduce(to, v)
        } else if signed {
            self.b.ins().sextend(to, v)
        } else {
            self.b.ins().uextend(to, v)
        }
    }

    fn iconst128(&mut self, v: i128) -> CV {
        let lo = self.b.ins().iconst(types::I64, v as u64 as i64);
        let hi = self.b.ins().iconst(types::I64, (v >> 64) as u64 as i64);
        self.b.ins().iconcat(lo, hi)
    }

    fn iconst(&mut self, ty: ir::Type, v: i128) -> CV {
        if ty == types::I128 {
            return self.iconst128(v);
        }
        let bits = ty.bits();
        let v = if bits < 64 { (v as i64) & ((1i64 << bits) - 1) } else { v as i64 };
        // Cranelift wants the immediate sign-agnostic within the type's width.
        self.b.ins().iconst(ty, v)
    }

    /// Stores scalar or aggregate `v` (of type `vt`) into the place.
    fn store_place(&mut self, pl: &Place, t: TypeId, v: CV, vt: TypeId) -> JResult<()> {
        match *pl {
            Place::Func(_) => err(self.span, "assignment to a function"),
            Place::Ssa(x, ty) => {
                let v = self.convert(v, vt, t)?;
                let v = self.fit(v, ty);
                self.b.def_var(x, v);
                Ok(())
            }
            Place::Mem { addr, bf: None, volatile } => match self.repr(t) {
                Repr::Scalar(_) => {
                    let v = self.convert(v, vt, t)?;
                    self.store(v, addr, volatile);
                    Ok(())
                }
                Repr::Agg => {
                    let size = self.p.size_of(t).unwrap_or(0);
                    self.copy(addr, v, size);
                    Ok(())
                }
                Repr::X87 => {
                    let v = self.convert(v, vt, t)?;
                    self.copy(addr, v, 16);
                    Ok(())
                }
                Repr::Void => Ok(()),
            },
            Place::Mem { addr, bf: Some(bf), .. } => {
                let v = self.convert(v, vt, t)?;
                let nbytes = (bf.shift + bf.width).div_ceil(8) as u64;
                let cont = nbytes.next_power_of_two().max(1);
                let cty = abi::int_type(cont);
                let vty = self.b.func.dfg.value_type(v);
                let wide = self.resize_int(v, vty, cty, false);
                if cont <= bf.avail {
                    let old = self.b.ins().load(cty, MemFlagsData::new(), addr, 0);
                    let new = self.insert_bits(old, wide, cty, bf);
                    self.b.ins().store(MemFlagsData::new(), new, addr, 0);
                } else {
                    let (old, _) = self.load_bits_container(addr, nbytes, bf.avail);
                    let new = self.insert_bits(old, wide, cty, bf);
                    for i in 0..nbytes {
                        let sh = self.b.ins().ushr_imm_s(new, (8 * i) as i64);
                        let byte = self.b.ins().ireduce(types::I8, sh);
                        self.b.ins().store(MemFlagsData::new(), byte, addr, i as i32);
                    }
                }
                Ok(())
            }
        }
    }

    fn insert_bits(&mut self, old: CV, v: CV, cty: ir::Type, bf: Bf) -> CV {
        let field = self.band_mask(v, cty, bf.width);
        let field = self.b.ins().ishl_imm_s(field, bf.shift as i64);
        let ones = self.iconst(cty, -1);
        let m = self.band_mask(ones, cty, bf.width);
        let m = self.b.ins().ishl_imm_s(m, bf.shift as i64);
        let cleared = self.b.ins().band_not(old, m);
        self.b.ins().bor(cleared, field)
    }

    /// Makes an SSA value fit a variable's type (bools and small ints).
    fn fit(&mut self, v: CV, ty: ir::Type) -> CV {
        let vt = self.b.func.dfg.value_type(v);
        if vt == ty {
            return v;
        }
        if vt.is_int() && ty.is_int() {
            return self.resize_int(v, vt, ty, false);
        }
        v
    }

    fn store_var(&mut self, var: VarId, v: CV) -> JResult<()> {
        let t = self.var_type(var);
        let vt = self.b.func.dfg.value_type(v);
        let (pl, pt) = self.place(&Value::var(var))?;
        match pl {
            Place::Ssa(x, ty) => {
                let v = if vt == ty { v } else { self.fit(v, ty) };
                self.b.def_var(x, v);
                Ok(())
            }
            _ => self.store_place(&pl, pt, v, t),
        }
    }

    /// Copies `size` bytes (the areas may overlap).
    fn copy(&mut self, dst: CV, src: CV, size: u64) {
        if size == 0 {
            return;
        }
        if size <= INLINE_COPY {
            // All loads first, then all stores: correct for overlapping areas too.
            let pieces = pieces(size);
            let vals: Vec<CV> = pieces.iter().map(|&(off, ty)| self.b.ins().load(ty, MemFlagsData::new(), src, off)).collect();
            for (&(off, _), v) in pieces.iter().zip(vals) {
                self.b.ins().store(MemFlagsData::new(), v, dst, off);
            }
        } else {
            let cfg = self.core.module.target_config();
            let n = self.b.ins().iconst(PTR, size as i64);
            self.b.call_memmove(cfg, dst, src, n);
        }
    }

    /// Sets `size` bytes to `byte`.
    fn fill(&mut self, dst: CV, byte: u8, size: u64) {
        if size <= INLINE_COPY {
            for (off, ty) in pieces(size) {
                let v = self.iconst(ty, i128::from_le_bytes([byte; 16]));
                self.b.ins().store(MemFlagsData::new(), v, dst, off);
            }
        } else {
            let cfg = self.core.module.target_config();
            let n = self.b.ins().iconst(PTR, size as i64);
            let c = self.b.ins().iconst(types::I8, byte as i64);
            self.b.call_memset(cfg, dst, c, n);
        }
    }

    /// `memcpy`, `memmove` and `memset` of the C library with a constant size of at most
    /// `INLINE_COPY` bytes (and a constant byte for `memset`), as loads and stores like gcc's
    /// code: `None` when the call is not one of those.
    fn small_mem_call(&mut self, name: &str, dst: Option<&Value>, args: &[Value]) -> JResult<Option<()>> {
        let [d, a, n] = args else { return Ok(None) };
        let Some((_, size)) = n.as_int() else { return Ok(None) };
        if !(0..=INLINE_COPY as i128).contains(&size) {
            return Ok(None);
        }
        let byte = match (name, a.as_int()) {
            ("memcpy" | "memmove", _) => None,
            ("memset", Some((_, c))) => Some(c as u8),
            _ => return Ok(None),
        };
        let (dv, dt) = self.rvalue(d)?;
        match byte {
            Some(b) => self.fill(dv, b, size as u64),
            None => {
                let (sv, _) = self.rvalue(a)?;
                self.copy(dv, sv, size as u64);
            }
        }
        self.set_dst(dst, dv, dt)?;
        Ok(Some(()))
    }

    /// The value of `v` (after its cast): a scalar, or the address of an aggregate.
    fn rvalue(&mut self, v: &Value) -> JResult<(CV, TypeId)> {
        let raw = self.p.value_raw_type(v);
        let base = match v.kind {
            ValueKind::Int { ikind, bits } => {
                let ty = abi::int_type(ikind.size());
                self.iconst(ty, bits.get())
            }
            ValueKind::Float(f) => {
                let fd = self.p.floats[f].clone();
                if fd.fkind.format_bits() == 80 {
                    let x = fd.text.as_deref().and_then(F80::parse).unwrap_or_else(|| F80::from_f64(fd.value));
                    let c = self.x87_const(x);
                    if fd.imaginary {
                        // (±0, v): a negated imaginary constant is -(0 + vi).
                        let zero = if x.sign() { F80::default().neg() } else { F80::default() };
                        let z = self.x87_const(zero);
                        self.x87_pair(z, c)
                    } else {
                        c
                    }
                } else if fd.imaginary || fd.complex_int.is_some() {
                    // An imaginary constant: a complex value (±0, v) (see above).
                    let zero = 0f64.copysign(fd.value);
                    let size = self.p.size_of(raw).unwrap_or(16);
                    let slot = self.slot(size, 16);
                    let half = (size / 2) as i32;
                    let (z, x) = match fd.complex_int {
                        Some(k) => {
                            let t = abi::int_type(k.size());
                            (self.iconst(t, 0), self.iconst(t, fd.value as i128))
                        }
                        None if fd.fkind.format_bits() == 32 => (self.b.ins().f32const(zero as f32), self.b.ins().f32const(fd.value as f32)),
                        None => (self.b.ins().f64const(zero), self.b.ins().f64const(fd.value)),
                    };
                    self.b.ins().stack_store(PTR, z, slot, 0);
                    self.b.ins().stack_store(PTR, x, slot, half);
                    self.b.ins().stack_addr(PTR, slot, 0)
                } else {
                    match fd.fkind.format_bits() {
                        32 => self.b.ins().f32const(fd.value as f32),
                        64 => self.b.ins().f64const(fd.value),
                        _ => return err(self.span, format!("`{}` is not supported in compile-time code", fd.fkind.c_name())),
                    }
                }
            }
            ValueKind::Str(s) => {
                let d = self.core.str_id(self.p, s)?;
                self.data_addr(d)
            }
            ValueKind::Var { .. } | ValueKind::Mem { .. } => {
                // A `va_list` object used as a value is its address (it is an array type).
                let (pl, t) = self.place(v)?;
                match pl {
                    Place::Mem { addr, .. } if matches!(self.p.skind(t), TypeKind::VaList) => addr,
                    _ => self.load_place(&pl, t)?,
                }
            }
            ValueKind::LabelAddr(s) => self.b.ins().iconst(PTR, s.as_u32() as i64),
            ValueKind::Builtin(b) => {
                let name = self.p.builtin_data(b).name.clone();
                let f = self.libc_func(&name)?;
                let r = self.func_ref(f, None);
                self.b.ins().func_addr(PTR, r)
            }
            ValueKind::Type(_) => return err(self.span, "a type value (`__typeval`) cannot be used by compile-time code"),
            ValueKind::User { .. } => return err(self.span, "a user value cannot be used by compile-time code"),
        };
        match v.cast {
            Some(to) => {
                let r = self.convert(base, raw, to)?;
                Ok((r, to))
            }
            None => Ok((base, raw)),
        }
    }

    /// A libc function standing for a builtin (`__builtin_memcpy` → `memcpy`).
    fn libc_func(&mut self, name: &str) -> JResult<FuncId> {
        let plain = name.strip_prefix("__builtin_").unwrap_or(name);
        for cand in [plain, name] {
            if self.core.has_symbol(cand) {
                let f = self.core.import_by_name(cand);
                return Ok(f);
            }
        }
        err(self.span, format!("builtin `{name}` is not supported in compile-time code"))
    }

    // ---- conversions -------------------------------------------------------------------------------

    fn int_info(&self, t: TypeId) -> Option<(ir::Type, bool)> {
        match self.p.skind(t) {
            TypeKind::Ptr(_) | TypeKind::Func { .. } | TypeKind::VaList => Some((PTR, false)),
            TypeKind::Array { .. } => Some((PTR, false)),
            _ => {
                let k = self.p.int_kind(t)?;
                let ty = abi::scalar_type(self.p, t)?;
                Some((ty, k.is_signed()))
            }
        }
    }

    /// Converts scalar (or aggregate address) `v` from C type `from` to `to`.
    fn convert(&mut self, v: CV, from: TypeId, to: TypeId) -> JResult<CV> {
        let fs = self.p.strip(from);
        let ts = self.p.strip(to);
        if fs == ts {
            return Ok(v);
        }
        let fk = self.p.skind(from).clone();
        let tk = self.p.skind(to).clone();
        if matches!(tk, TypeKind::Void) {
            return Ok(v);
        }
        // A `BitInt` (GCC's arithmetic type of a wide `long long` bit-field) is a `long long`
        // here: the lowering brings values back into range with explicit statements, which the
        // rendered C executes the same way.
        match (&fk, &tk) {
            (TypeKind::Comp(a), TypeKind::Comp(b)) if a == b => return Ok(v),
            (TypeKind::VaList, TypeKind::VaList) => return Ok(v),
            (TypeKind::Complex(_) | TypeKind::ComplexInt(_), TypeKind::Complex(_) | TypeKind::ComplexInt(_)) => {
                return self.complex_convert(v, from, to);
            }
            (TypeKind::Complex(_) | TypeKind::ComplexInt(_), _) => {
                // To a real type: the real part (to _Bool: either part non-zero).
                let et = self.complex_elem(from);
                let re = self.elem_get(v, 0, et)?;
                if self.p.int_kind(to) == Some(IKind::Bool) {
                    let es = self.p.size_of(et).unwrap_or(8) as i32;
                    let im = self.elem_get(v, es, et)?;
                    let a = self.truth(re, et)?;
                    let b = self.truth(im, et)?;
                    let o = self.b.ins().bor(a, b);
                    return Ok(o);
                }
                return self.convert(re, et, to);
            }
            (_, TypeKind::Complex(_) | TypeKind::ComplexInt(_)) => {
                let et = self.complex_elem(to);
                let re = self.convert(v, from, et)?;
                let size = self.p.size_of(to).unwrap_or(16);
                let slot = self.slot(size, 16);
                let a = self.b.ins().stack_addr(PTR, slot, 0);
                let z = self.zero_of(et)?;
                self.elem_put(a, 0, re, et);
                self.elem_put(a, (size / 2) as i32, z, et);
                return Ok(a);
            }
            (TypeKind::Vector { .. }, _) | (_, TypeKind::Vector { .. }) => {
                if self.p.size_of(from) == self.p.size_of(to) {
                    return Ok(v);
                }
                return err(self.span, "vector conversion is not supported in compile-time code");
            }
            _ => {}
        }
        match self.repr(to) {
            Repr::X87 => self.convert_to_x87(v, from),
            Repr::Agg => {
                if self.repr(from) == Repr::Agg {
                    return Ok(v);
                }
                err(self.span, format!("cannot convert `{}` to `{}` in compile-time code", self.ty_name(from), self.ty_name(to)))
            }
            Repr::Void => Ok(v),
            Repr::Scalar(_) => self.convert_scalar(v, from, to),
        }
    }

    fn complex_elem(&mut self, t: TypeId) -> TypeId {
        self.p.complex_elem(t).unwrap_or(t)
    }

    fn complex_convert(&mut self, v: CV, from: TypeId, to: TypeId) -> JResult<CV> {
        let (fe, te) = (self.complex_elem(from), self.complex_elem(to));
        let fes = self.p.size_of(fe).unwrap_or(8);
        let tsize = self.p.size_of(to).unwrap_or(16);
        let slot = self.slot(tsize, 16);
        let a = self.b.ins().stack_addr(PTR, slot, 0);
        for i in 0..2 {
            let x = self.elem_get(v, (i * fes) as i32, fe)?;
            let y = self.convert(x, fe, te)?;
            self.elem_put(a, (i * tsize / 2) as i32, y, te);
        }
        Ok(a)
    }

    /// A part of a complex value at `addr + off`, of element type `et`.
    fn elem_get(&mut self, addr: CV, off: i32, et: TypeId) -> JResult<CV> {
        match self.repr(et) {
            Repr::Scalar(ty) => Ok(self.b.ins().load(ty, MemFlagsData::new(), addr, off)),
            Repr::X87 => Ok(self.b.ins().iadd_imm_s(addr, off as i64)),
            _ => err(self.span, "bad complex element type"),
        }
    }

    /// Stores part `v` of a complex value at `addr + off`.
    fn elem_put(&mut self, addr: CV, off: i32, v: CV, et: TypeId) {
        if self.repr(et) == Repr::X87 {
            let d = self.b.ins().iadd_imm_s(addr, off as i64);
            self.copy(d, v, 16);
        } else {
            self.b.ins().store(MemFlagsData::new(), v, addr, off);
        }
    }

    // ---- long double -------------------------------------------------------------------------------

    /// A `long double` constant in a new stack slot.
    fn x87_const(&mut self, x: F80) -> CV {
        let s = self.slot(16, 16);
        for (i, half) in x.0.chunks(8).enumerate() {
            let v = self.b.ins().iconst(types::I64, i64::from_le_bytes(half.try_into().unwrap()));
            self.b.ins().stack_store(PTR, v, s, 8 * i as i32);
        }
        self.b.ins().stack_addr(PTR, s, 0)
    }

    /// Calls x87 helper `name` with `args` after a new result slot; returns the slot's address.
    fn x87_call(&mut self, name: &'static str, args: &[CV]) -> CV {
        let s = self.slot(16, 16);
        let d = self.b.ins().stack_addr(PTR, s, 0);
        let mut params = vec![PTR];
        let mut all = vec![d];
        for &a in args {
            params.push(self.b.func.dfg.value_type(a));
            all.push(a);
        }
        let h = self.helper(name, &params, &[]);
        self.b.ins().call(h, &all);
        d
    }

    /// When either operand is a `long double`: both as `long double`, and that type.
    fn x87_operands(&mut self, x: CV, tx: TypeId, y: CV, ty: TypeId) -> JResult<Option<(CV, CV, TypeId)>> {
        let lt = match (self.repr(tx), self.repr(ty)) {
            (Repr::X87, _) => tx,
            (_, Repr::X87) => ty,
            _ => return Ok(None),
        };
        Ok(Some((self.convert(x, tx, lt)?, self.convert(y, ty, lt)?, lt)))
    }

    fn x87_arith(&mut self, op: BinOp, x: CV, y: CV) -> JResult<CV> {
        let name = match op {
            BinOp::Plus => "__cir_x87_add",
            BinOp::Minus => "__cir_x87_sub",
            BinOp::Mul => "__cir_x87_mul",
            BinOp::Div => "__cir_x87_div",
            _ => return err(self.span, "invalid floating-point operation"),
        };
        Ok(self.x87_call(name, &[x, y]))
    }

    fn x87_neg(&mut self, x: CV) -> CV {
        let s = self.slot(16, 16);
        let d = self.b.ins().stack_addr(PTR, s, 0);
        self.copy(d, x, 16);
        let se = self.b.ins().load(types::I8, MemFlagsData::new(), d, 9);
        let se = self.b.ins().bxor_imm_s(se, 0x80);
        self.b.ins().store(MemFlagsData::new(), se, d, 9);
        d
    }

    /// `__cir_x87_cmp`: 1 (less), 2 (equal), 4 (greater) or 8 (unordered), as an i32.
    fn x87_cmp(&mut self, x: CV, y: CV) -> CV {
        let h = self.helper("__cir_x87_cmp", &[PTR, PTR], &[types::I32]);
        let c = self.b.ins().call(h, &[x, y]);
        self.b.inst_results(c)[0]
    }

    /// Whether a comparison result of `x87_cmp` has one of the bits of `mask` (an i8 0/1).
    fn cmp_has(&mut self, r: CV, mask: i64) -> CV {
        let m = self.b.ins().band_imm_s(r, mask);
        self.b.ins().icmp_imm_s(IntCC::NotEqual, m, 0)
    }

    /// 0/1 (i8) for "the long double at `x` is not zero".
    fn x87_truth(&mut self, x: CV) -> CV {
        let m = self.b.ins().load(types::I64, MemFlagsData::new(), x, 0);
        let e = self.b.ins().load(types::I16, MemFlagsData::new(), x, 8);
        let e = self.b.ins().band_imm_s(e, 0x7fff);
        let e = self.b.ins().uextend(types::I64, e);
        let o = self.b.ins().bor(m, e);
        self.b.ins().icmp_imm_s(IntCC::NotEqual, o, 0)
    }

    /// Scalar `v` of type `from` as a `long double`.
    fn convert_to_x87(&mut self, v: CV, from: TypeId) -> JResult<CV> {
        if self.repr(from) == Repr::X87 {
            return Ok(v);
        }
        let vt = self.b.func.dfg.value_type(v);
        if vt.is_float() {
            let v = if vt == types::F32 { self.b.ins().fpromote(types::F64, v) } else { v };
            return Ok(self.x87_call("__cir_x87_from_f64", &[v]));
        }
        if !vt.is_int() {
            return err(self.span, format!("cannot convert `{}` to `long double` in compile-time code", self.ty_name(from)));
        }
        let signed = self.int_info(from).map(|(_, s)| s).unwrap_or(false);
        Ok(if vt == types::I128 {
            self.x87_call(if signed { "__cir_x87_from_i128" } else { "__cir_x87_from_u128" }, &[v])
        } else {
            let v = self.resize_int(v, vt, types::I64, signed);
            self.x87_call(if signed { "__cir_x87_from_i64" } else { "__cir_x87_from_u64" }, &[v])
        })
    }

    /// The `long double` at `v` converted to scalar type `to`.
    fn convert_from_x87(&mut self, v: CV, to: TypeId) -> JResult<CV> {
        let Repr::Scalar(tt) = self.repr(to) else { return Ok(v) };
        if self.p.int_kind(to) == Some(IKind::Bool) {
            return Ok(self.x87_truth(v));
        }
        if tt.is_float() {
            let (name, ty) = if tt == types::F32 { ("__cir_x87_to_f32", types::F32) } else { ("__cir_x87_to_f64", types::F64) };
            let h = self.helper(name, &[PTR], &[ty]);
            let c = self.b.ins().call(h, &[v]);
            return Ok(self.b.inst_results(c)[0]);
        }
        let h = self.helper("__cir_x87_to_i128", &[PTR], &[types::I128]);
        let c = self.b.ins().call(h, &[v]);
        let r = self.b.inst_results(c)[0];
        Ok(self.resize_int(r, types::I128, tt, false))
    }

    /// 0/1 (i8) for "is non-zero".
    fn truth(&mut self, v: CV, t: TypeId) -> JResult<CV> {
        if self.repr(t) == Repr::X87 {
            return Ok(self.x87_truth(v));
        }
        let vt = self.b.func.dfg.value_type(v);
        if vt.is_float() {
            let z = if vt == types::F32 { self.b.ins().f32const(0.0) } else { self.b.ins().f64const(0.0) };
            return Ok(self.b.ins().fcmp(FloatCC::NotEqual, v, z));
        }
        if matches!(self.p.skind(t), TypeKind::Complex(_) | TypeKind::ComplexInt(_)) {
            let bt = self.p.int_ty(IKind::Bool);
            return self.convert(v, t, bt);
        }
        Ok(self.b.ins().icmp_imm_s(IntCC::NotEqual, v, 0))
    }

    fn convert_scalar(&mut self, v: CV, from: TypeId, to: TypeId) -> JResult<CV> {
        if self.repr(from) == Repr::X87 {
            return self.convert_from_x87(v, to);
        }
        let vt = self.b.func.dfg.value_type(v);
        let Repr::Scalar(tt) = self.repr(to) else { return Ok(v) };
        let to_bool = self.p.int_kind(to) == Some(IKind::Bool);
        if to_bool {
            let t = self.truth(v, from)?;
            return Ok(t);
        }
        match (vt.is_float(), tt.is_float()) {
            (true, true) => Ok(if vt == tt {
                v
            } else if vt.bits() < tt.bits() {
                self.b.ins().fpromote(tt, v)
            } else {
                self.b.ins().fdemote(tt, v)
            }),
            (false, false) => {
                let signed = self.int_info(from).map(|(_, s)| s).unwrap_or(false);
                Ok(self.resize_int(v, vt, tt, signed))
            }
            (false, true) => {
                let signed = self.int_info(from).map(|(_, s)| s).unwrap_or(false);
                if vt == types::I128 {
                    let name = match (signed, tt == types::F32) {
                        (true, true) => "__floattisf",
                        (true, false) => "__floattidf",
                        (false, true) => "__floatuntisf",
                        (false, false) => "__floatuntidf",
                    };
                    let h = self.core.helper(name, &[types::I128], &[tt]);
                    let r = self.func_ref(h, None);
                    let c = self.b.ins().call(r, &[v]);
                    return Ok(self.b.inst_results(c)[0]);
                }
                let v = if vt.bits() < 32 { self.resize_int(v, vt, types::I32, signed) } else { v };
                Ok(if signed { self.b.ins().fcvt_from_sint(tt, v) } else { self.b.ins().fcvt_from_uint(tt, v) })
            }
            (true, false) => {
                let signed = self.int_info(to).map(|(_, s)| s).unwrap_or(false);
                if tt == types::I128 {
                    let name = match (signed, vt == types::F32) {
                        (true, true) => "__fixsfti",
                        (true, false) => "__fixdfti",
                        (false, true) => "__fixunssfti",
                        (false, false) => "__fixunsdfti",
                    };
                    let h = self.core.helper(name, &[vt], &[types::I128]);
                    let r = self.func_ref(h, None);
                    let c = self.b.ins().call(r, &[v]);
                    return Ok(self.b.inst_results(c)[0]);
                }
                let wide = if tt.bits() < 32 { types::I32 } else { tt };
                let r = if signed {
                    self.b.ins().fcvt_to_sint_sat(wide, v)
                } else if wide == types::I32 {
                    // Like gcc on x86-64: through a signed 64-bit conversion.
                    let x = self.b.ins().fcvt_to_sint_sat(types::I64, v);
                    self.b.ins().ireduce(types::I32, x)
                } else {
                    self.b.ins().fcvt_to_uint_sat(wide, v)
                };
                Ok(self.resize_int(r, wide, tt, signed))
            }
        }
    }

    // ---- statements ----------------------------------------------------------------------------------

    fn stmt(&mut self, s: StmtId) -> JResult<()> {
        let kind = self.p.stmts[s].kind.clone();
        match kind {
            StmtKind::Nop | StmtKind::Label(_) => {}
            StmtKind::UnOp { dst, op, a } => self.unop(&dst, op, &a)?,
            StmtKind::BinOp { dst, op, a, b } => self.binop(&dst, op, &a, &b)?,
            StmtKind::Call { dst, target, args } => self.call(dst.as_ref(), &target, &args)?,
            StmtKind::Return(v) => self.ret(v.as_ref())?,
            StmtKind::Cmp { op, a, b, target } => {
                let c = self.compare(op, &a, &b)?;
                let Some(t) = target else { return err(self.span, "unresolved jump") };
                let next = self.b.create_block();
                if self.cleanups.get(&s) != self.cleanups.get(&t) {
                    let edge = self.b.create_block();
                    self.b.ins().brif(c, edge, &[], next, &[]);
                    self.b.switch_to_block(edge);
                    self.jump_to(t)?;
                    self.terminated = false;
                } else {
                    let tb = self.blocks[&t];
                    self.b.ins().brif(c, tb, &[], next, &[]);
                }
                self.b.switch_to_block(next);
            }
            StmtKind::Goto(t) => {
                let Some(t) = t else { return err(self.span, "unresolved jump") };
                if !self.rotate_loop(s, t)? {
                    self.jump_to(t)?;
                }
            }
            StmtKind::GotoLabel(n) => {
                let Some(t) = self.user_labels.get(&n).copied() else {
                    return err(self.span, format!("label `{}` not found", self.p.name_str(n)));
                };
                self.jump_to(t)?;
            }
            StmtKind::Switch { value, cases, default } => self.switch(&value, &cases, default)?,
            StmtKind::IndirectGoto(v) => {
                let (x, _) = self.rvalue(&v)?;
                let mut sw = Switch::new();
                for t in self.label_targets.clone() {
                    sw.set_entry(t.as_u32() as u128, self.blocks[&t]);
                }
                let trap = self.b.create_block();
                sw.emit(&mut self.b, x, trap);
                self.b.switch_to_block(trap);
                self.b.ins().trap(TRAP_BAD_GOTO);
                self.terminated = true;
            }
            StmtKind::Asm(a) => self.asm(s, &a)?,
            StmtKind::VlaDecl(v) => {
                let ty = self.p.vars[v].ty;
                let size = self.dyn_size(ty)?;
                let h = self.helper("__cir_rt_alloca_mark", &[], &[types::I64]);
                let c = self.b.ins().call(h, &[]);
                let m = self.b.inst_results(c)[0];
                let mv = match self.vla_marks.get(&v) {
                    Some(&x) => x,
                    None => {
                        let x = self.b.declare_var(types::I64);
                        self.vla_marks.insert(v, x);
                        x
                    }
                };
                self.b.def_var(mv, m);
                let align = self.p.align_of(ty);
                let al = self.b.ins().iconst(types::I64, align as i64);
                let h = self.helper("__cir_rt_alloca", &[types::I64, types::I64], &[PTR]);
                let c = self.b.ins().call(h, &[size, al]);
                let ptr = self.b.inst_results(c)[0];
                if !self.locs.contains_key(&v) {
                    self.alloc_local(v, &HashSet::new())?;
                }
                if let Loc::Dyn(x) = self.locs[&v] {
                    self.b.def_var(x, ptr);
                }
            }
            StmtKind::ScopeEnd(v) => {
                if let Some(&(o, f)) = self.cleanups.get(&s).and_then(|c| c.last())
                    && o == v
                {
                    self.call_cleanup(v, f)?;
                }
                if let Some(&mv) = self.vla_marks.get(&v) {
                    let m = self.b.use_var(mv);
                    let h = self.helper("__cir_rt_alloca_release", &[types::I64], &[]);
                    self.b.ins().call(h, &[m]);
                }
            }
            StmtKind::User { .. } => return err(self.span, "a user statement cannot run in compile-time code"),
        }
        Ok(())
    }

    /// An `asm` statement: a call of its assembled wrapper with the operands' addresses.
    fn asm(&mut self, s: StmtId, a: &AsmStmt) -> JResult<()> {
        let Some(&f) = self.asm_fns.get(&s) else {
            // No instructions: a compiler barrier at most.
            if a.clobbers.iter().any(|c| c == b"memory") {
                self.b.ins().fence();
            }
            return Ok(());
        };
        let n = a.outputs.len() + a.inputs.len();
        let ops = self.slot(8 * n.max(1) as u64, 8);
        // Outputs held in SSA variables go through a slot and are read back afterwards.
        let mut write_back = Vec::new();
        for (i, o) in a.outputs.iter().chain(a.inputs.iter()).enumerate() {
            let is_output = i < a.outputs.len();
            let addr = if super::asm::is_immediate(o) {
                self.b.ins().iconst(PTR, 0)
            } else {
                match self.place(&o.value) {
                    Ok((Place::Mem { addr, bf: None, .. }, _)) => addr,
                    Ok((Place::Ssa(var, ty), _)) => {
                        let tmp = self.slot(16, 16);
                        let cur = self.b.use_var(var);
                        self.b.ins().stack_store(PTR, cur, tmp, 0);
                        if is_output {
                            write_back.push((var, ty, tmp));
                        }
                        self.b.ins().stack_addr(PTR, tmp, 0)
                    }
                    Ok((Place::Mem { bf: Some(_), .. }, _)) => return err(self.span, "a bit-field as an `asm` operand"),
                    _ if is_output => return err(self.span, "an `asm` output operand must be an lvalue"),
                    _ => {
                        // An rvalue input: its value in a slot (aggregates are addresses already).
                        let (x, _) = self.rvalue(&o.value)?;
                        let t = self.p.value_type(&o.value);
                        match self.repr(t) {
                            Repr::Scalar(_) => {
                                let tmp = self.slot(16, 16);
                                self.b.ins().stack_store(PTR, x, tmp, 0);
                                self.b.ins().stack_addr(PTR, tmp, 0)
                            }
                            _ => x,
                        }
                    }
                }
            };
            self.b.ins().stack_store(PTR, addr, ops, 8 * i as i32);
        }
        let mut sig = self.core.module.make_signature();
        sig.params.push(AbiParam::new(PTR));
        let sr = self.b.import_signature(sig);
        let fp = self.b.ins().iconst(PTR, f as i64);
        let arg = self.b.ins().stack_addr(PTR, ops, 0);
        self.b.ins().call_indirect(sr, fp, &[arg]);
        for (var, ty, tmp) in write_back {
            let a = self.b.ins().stack_addr(PTR, tmp, 0);
            let v = self.b.ins().load(ty, MemFlagsData::new(), a, 0);
            self.b.def_var(var, v);
        }
        Ok(())
    }

    /// The size in bytes of a (possibly variably modified) type, at run time.
    fn dyn_size(&mut self, t: TypeId) -> JResult<CV> {
        match self.p.skind(t).clone() {
            TypeKind::Array { elem, len: ArrayLen::Var(lv) } => {
                let es = self.dyn_size(elem)?;
                let (n, nt) = self.rvalue(&Value::var(lv))?;
                let lt = self.p.int_ty(IKind::ULong);
                let n = self.convert(n, nt, lt)?;
                Ok(self.b.ins().imul(n, es))
            }
            TypeKind::Array { elem, len: ArrayLen::Const(n) } => {
                let es = self.dyn_size(elem)?;
                Ok(self.b.ins().imul_imm_s(es, n as i64))
            }
            _ => {
                let s = self.p.size_of(t).unwrap_or(1);
                Ok(self.b.ins().iconst(types::I64, s as i64))
            }
        }
    }

    /// Before returning: the cleanups of the variables in scope, and the `alloca` storage.
    fn leave(&mut self) -> JResult<()> {
        self.run_cleanups(None)?;
        if let Some(m) = self.mark {
            let m = self.b.use_var(m);
            let h = self.helper("__cir_rt_alloca_release", &[types::I64], &[]);
            self.b.ins().call(h, &[m]);
        }
        Ok(())
    }

    fn return_zero(&mut self) {
        if matches!(self.si.ret, Pass::X87 | Pass::X87Pair) {
            // The caller pops st(0) (and st(1)): leave zeros there.
            let z = self.x87_const(F80::default());
            let h = self.helper("__cir_x87_load", &[PTR], &[]);
            self.b.ins().call(h, &[z]);
            if self.si.ret == Pass::X87Pair {
                self.b.ins().call(h, &[z]);
            }
            self.b.ins().return_(&[]);
            self.terminated = true;
            return;
        }
        let rets: Vec<ir::Type> = self.b.func.signature.returns.iter().map(|r| r.value_type).collect();
        let vals: Vec<CV> = rets
            .iter()
            .map(|&t| {
                if t == types::F32 {
                    self.b.ins().f32const(0.0)
                } else if t == types::F64 {
                    self.b.ins().f64const(0.0)
                } else {
                    self.iconst(t, 0)
                }
            })
            .collect();
        self.b.ins().return_(&vals);
        self.terminated = true;
    }

    fn ret(&mut self, v: Option<&Value>) -> JResult<()> {
        let Some(v) = v else {
            self.leave()?;
            self.return_zero();
            return Ok(());
        };
        let (x, t) = self.rvalue(v)?;
        let rt = self.ret_ty;
        match self.si.ret.clone() {
            Pass::Ignore => {
                self.leave()?;
                self.return_zero();
            }
            Pass::Scalar { .. } => {
                let x = self.convert(x, t, rt)?;
                self.leave()?;
                self.b.ins().return_(&[x]);
                self.terminated = true;
            }
            Pass::X87 | Pass::X87Pair => {
                let x = self.convert(x, t, rt)?;
                self.leave()?;
                let name = if self.si.ret == Pass::X87 { "__cir_x87_load" } else { "__cir_x87_load2" };
                let h = self.helper(name, &[PTR], &[]);
                self.b.ins().call(h, &[x]);
                self.b.ins().return_(&[]);
                self.terminated = true;
            }
            Pass::Regs(pieces) => {
                let x = self.convert(x, t, rt)?;
                let size = self.p.size_of(rt).unwrap_or(0);
                let src = self.padded_copy(x, size, pieces.len() as u64 * 8);
                let vals: Vec<CV> = pieces.iter().map(|pc| self.b.ins().load(pc.ty, MemFlagsData::new(), src, pc.offset as i32)).collect();
                self.leave()?;
                self.b.ins().return_(&vals);
                self.terminated = true;
            }
            Pass::Memory { .. } => {
                let x = self.convert(x, t, rt)?;
                let size = self.p.size_of(rt).unwrap_or(0);
                let d = self.sret.unwrap();
                self.copy(d, x, size);
                self.leave()?;
                self.b.ins().return_(&[]);
                self.terminated = true;
            }
            Pass::Pad => {}
        }
        Ok(())
    }

    /// `src` if `need` bytes can be read from it, else a copy into a big enough slot.
    fn padded_copy(&mut self, src: CV, size: u64, need: u64) -> CV {
        if need <= size {
            return src;
        }
        let slot = self.slot(need, 16);
        let a = self.b.ins().stack_addr(PTR, slot, 0);
        self.copy(a, src, size);
        a
    }

    fn switch(&mut self, value: &Value, cases: &[SwitchCase], default: Option<StmtId>) -> JResult<()> {
        let (x, t) = self.rvalue(value)?;
        let vt = self.b.func.dfg.value_type(x);
        let dflt = match default {
            Some(d) => self.blocks[&d],
            None => self.b.create_block(),
        };
        let mask: u128 = if vt.bits() >= 128 { u128::MAX } else { (1u128 << vt.bits()) - 1 };
        let signed = self.int_info(t).map(|(_, s)| s).unwrap_or(false);
        let mut sw = Switch::new();
        let mut seen = HashSet::new();
        let mut ranges = Vec::new();
        for c in cases {
            let blk = self.blocks[&c.target];
            if vt == types::I128 || c.hi.wrapping_sub(c.lo) > 64 {
                ranges.push((c.lo, c.hi, blk));
                continue;
            }
            let mut k = c.lo;
            loop {
                let key = (k as u128) & mask;
                if seen.insert(key) {
                    sw.set_entry(key, blk);
                }
                if k >= c.hi {
                    break;
                }
                k += 1;
            }
        }
        // Large ranges: compare before the table.
        for (lo, hi, blk) in ranges {
            let (ccl, cch) = if signed { (IntCC::SignedGreaterThanOrEqual, IntCC::SignedLessThanOrEqual) } else { (IntCC::UnsignedGreaterThanOrEqual, IntCC::UnsignedLessThanOrEqual) };
            let l = self.iconst(vt, lo);
            let h = self.iconst(vt, hi);
            let a = self.b.ins().icmp(ccl, x, l);
            let b = self.b.ins().icmp(cch, x, h);
            let c = self.b.ins().band(a, b);
            let next = self.b.create_block();
            self.b.ins().brif(c, blk, &[], next, &[]);
            self.b.switch_to_block(next);
        }
        if vt == types::I128 {
            self.b.ins().jump(dflt, &[]);
        } else {
            sw.emit(&mut self.b, x, dflt);
        }
        if default.is_none() {
            self.b.switch_to_block(dflt);
            self.terminated = false;
        } else {
            self.terminated = true;
        }
        Ok(())
    }

    // ---- operators -----------------------------------------------------------------------------------

    fn assign(&mut self, dst: &Value, v: CV, vt: TypeId) -> JResult<()> {
        let (pl, t) = self.place(dst)?;
        self.store_place(&pl, t, v, vt)
    }

    fn unop(&mut self, dst: &Value, op: UnOp, a: &Value) -> JResult<()> {
        match op {
            UnOp::AddrOf => {
                let addr = match a.kind {
                    ValueKind::Str(_) => self.rvalue(&Value { cast: None, ..*a })?.0,
                    _ => {
                        let (pl, _) = self.place(a)?;
                        match pl {
                            Place::Mem { addr, .. } => addr,
                            Place::Func(f) => self.func_addr(f)?,
                            Place::Ssa(..) => return err(self.span, "address of a register variable"),
                        }
                    }
                };
                let (pl, t) = self.place(dst)?;
                self.store_place(&pl, t, addr, t)
            }
            UnOp::Identity => {
                let (x, t) = self.rvalue(a)?;
                self.assign(dst, x, t)
            }
            UnOp::Neg | UnOp::BNot => {
                let (x, t) = self.rvalue(a)?;
                if matches!(self.p.skind(t), TypeKind::Complex(_) | TypeKind::ComplexInt(_)) {
                    let r = self.complex_unop(op, x, t)?;
                    return self.assign(dst, r, t);
                }
                if let Some(m) = self.unsupported_type(t) {
                    return err(self.span, m);
                }
                if self.repr(t) == Repr::X87 {
                    let r = self.x87_neg(x);
                    return self.assign(dst, r, t);
                }
                let vt = self.b.func.dfg.value_type(x);
                let r = match op {
                    UnOp::Neg if vt.is_float() => self.b.ins().fneg(x),
                    UnOp::Neg => self.b.ins().ineg(x),
                    _ => self.b.ins().bnot(x),
                };
                self.assign(dst, r, t)
            }
            UnOp::LNot => {
                let (x, t) = self.rvalue(a)?;
                let nz = self.truth(x, t)?;
                let z = self.b.ins().bxor_imm_s(nz, 1);
                let it = self.p.int_ty(IKind::Bool);
                self.assign(dst, z, it)
            }
            UnOp::Real | UnOp::Imag => {
                let (x, t) = self.rvalue(a)?;
                if !matches!(self.p.skind(t), TypeKind::Complex(_) | TypeKind::ComplexInt(_)) {
                    if op == UnOp::Real {
                        return self.assign(dst, x, t);
                    }
                    let zero = self.zero_of(t)?;
                    return self.assign(dst, zero, t);
                }
                let et = self.complex_elem(t);
                let off = if op == UnOp::Imag { self.p.size_of(et).unwrap_or(8) as i32 } else { 0 };
                let r = self.elem_get(x, off, et)?;
                self.assign(dst, r, et)
            }
        }
    }

    fn zero_of(&mut self, t: TypeId) -> JResult<CV> {
        Ok(match self.repr(t) {
            Repr::Scalar(ty) if ty == types::F32 => self.b.ins().f32const(0.0),
            Repr::Scalar(ty) if ty == types::F64 => self.b.ins().f64const(0.0),
            Repr::Scalar(ty) => self.iconst(ty, 0),
            Repr::X87 => self.x87_const(F80::default()),
            _ => return err(self.span, "bad zero"),
        })
    }

    fn elem_size(&mut self, ptr_ty: TypeId) -> JResult<CV> {
        let pointee = match self.p.skind(ptr_ty).clone() {
            TypeKind::Ptr(t) => t,
            TypeKind::Array { elem, .. } => elem,
            _ => return err(self.span, "pointer arithmetic on a non-pointer"),
        };
        if self.p.is_vm(pointee) {
            return self.dyn_size(pointee);
        }
        let s = match self.p.skind(pointee) {
            TypeKind::Void | TypeKind::Func { .. } => 1,
            _ => self.p.size_of(pointee).unwrap_or(1),
        };
        Ok(self.b.ins().iconst(PTR, s as i64))
    }

    fn binop(&mut self, dst: &Value, op: BinOp, a: &Value, b: &Value) -> JResult<()> {
        let (x, ta) = self.rvalue(a)?;
        let (y, tb) = self.rvalue(b)?;
        let pa = matches!(self.p.skind(ta), TypeKind::Ptr(_) | TypeKind::Array { .. });
        let pb = matches!(self.p.skind(tb), TypeKind::Ptr(_) | TypeKind::Array { .. });
        if pa || pb {
            let r = match (pa, pb, op) {
                (true, true, BinOp::Minus) => {
                    let d = self.b.ins().isub(x, y);
                    let s = self.elem_size(ta)?;
                    self.b.ins().sdiv(d, s)
                }
                (true, false, BinOp::Plus | BinOp::Minus) | (false, true, BinOp::Plus) => {
                    let (pv, pt, iv, it) = if pa { (x, ta, y, tb) } else { (y, tb, x, ta) };
                    let lt = self.p.int_ty(IKind::Long);
                    let iv = self.convert(iv, it, lt)?;
                    let s = self.elem_size(pt)?;
                    let off = self.b.ins().imul(iv, s);
                    if op == BinOp::Minus { self.b.ins().isub(pv, off) } else { self.b.ins().iadd(pv, off) }
                }
                _ => {
                    // Bitwise operations on pointers (after casts): plain integers.
                    self.int_binop(op, x, y, false)?
                }
            };
            let rt = if pa && pb { self.p.int_ty(IKind::Long) } else if pa { ta } else { tb };
            return self.assign(dst, r, rt);
        }
        if matches!(self.p.skind(ta), TypeKind::Complex(_) | TypeKind::ComplexInt(_))
            || matches!(self.p.skind(tb), TypeKind::Complex(_) | TypeKind::ComplexInt(_))
        {
            let ct = if matches!(self.p.skind(ta), TypeKind::Complex(_) | TypeKind::ComplexInt(_)) { ta } else { tb };
            let x = self.convert(x, ta, ct)?;
            let y = self.convert(y, tb, ct)?;
            let r = self.complex_binop(op, x, y, ct)?;
            return self.assign(dst, r, ct);
        }
        for t in [ta, tb] {
            if let Some(m) = self.unsupported_type(t) {
                return err(self.span, m);
            }
        }
        if let Some((x, y, lt)) = self.x87_operands(x, ta, y, tb)? {
            let r = self.x87_arith(op, x, y)?;
            return self.assign(dst, r, lt);
        }
        let xt = self.b.func.dfg.value_type(x);
        if xt.is_float() {
            let y = self.convert(y, tb, ta)?;
            let r = match op {
                BinOp::Plus => self.b.ins().fadd(x, y),
                BinOp::Minus => self.b.ins().fsub(x, y),
                BinOp::Mul => self.b.ins().fmul(x, y),
                BinOp::Div => self.b.ins().fdiv(x, y),
                _ => return err(self.span, "invalid floating-point operation"),
            };
            return self.assign(dst, r, ta);
        }
        let signed = self.int_info(ta).map(|(_, s)| s).unwrap_or(false);
        let y = if matches!(op, BinOp::Shl | BinOp::Shr) {
            y
        } else {
            let yt = self.b.func.dfg.value_type(y);
            if yt != xt { self.resize_int(y, yt, xt, signed) } else { y }
        };
        let r = self.int_binop(op, x, y, signed)?;
        // Signed `int` arithmetic cannot overflow (undefined behaviour): loop strength reduction
        // may look through its sign extension.
        if signed && xt == types::I32 && matches!(op, BinOp::Plus | BinOp::Minus) && !self.core.wrapv {
            if let Some(i) = self.b.func.dfg.value_def(r).inst() {
                self.nsw.insert(i);
            }
        }
        self.assign(dst, r, ta)
    }

    fn int_binop(&mut self, op: BinOp, x: CV, y: CV, signed: bool) -> JResult<CV> {
        let xt = self.b.func.dfg.value_type(x);
        let yt = self.b.func.dfg.value_type(y);
        let y = if yt != xt && !matches!(op, BinOp::Shl | BinOp::Shr) { self.resize_int(y, yt, xt, signed) } else { y };
        let ins = self.b.ins();
        Ok(match op {
            BinOp::Plus => ins.iadd(x, y),
            BinOp::Minus => ins.isub(x, y),
            BinOp::Mul => ins.imul(x, y),
            BinOp::Div | BinOp::Mod if xt == types::I128 => {
                let name = match (op, signed) {
                    (BinOp::Div, true) => "__divti3",
                    (BinOp::Div, false) => "__udivti3",
                    (_, true) => "__modti3",
                    (_, false) => "__umodti3",
                };
                let h = self.core.helper(name, &[types::I128, types::I128], &[types::I128]);
                let r = self.func_ref(h, None);
                let c = self.b.ins().call(r, &[x, y]);
                self.b.inst_results(c)[0]
            }
            BinOp::Div => {
                if signed {
                    ins.sdiv(x, y)
                } else {
                    ins.udiv(x, y)
                }
            }
            BinOp::Mod => {
                if signed {
                    ins.srem(x, y)
                } else {
                    ins.urem(x, y)
                }
            }
            BinOp::Shl => ins.ishl(x, y),
            BinOp::Shr => {
                if signed {
                    ins.sshr(x, y)
                } else {
                    ins.ushr(x, y)
                }
            }
            BinOp::BAnd => ins.band(x, y),
            BinOp::BXor => ins.bxor(x, y),
            BinOp::BOr => ins.bor(x, y),
        })
    }

    fn complex_parts(&mut self, v: CV, t: TypeId) -> JResult<(CV, CV, ir::Type, i32)> {
        let et = self.complex_elem(t);
        let Repr::Scalar(ety) = self.repr(et) else { return err(self.span, "bad complex") };
        let es = self.p.size_of(et).unwrap_or(8) as i32;
        let re = self.b.ins().load(ety, MemFlagsData::new(), v, 0);
        let im = self.b.ins().load(ety, MemFlagsData::new(), v, es);
        Ok((re, im, ety, es))
    }

    fn complex_make(&mut self, re: CV, im: CV, es: i32) -> CV {
        let slot = self.slot(2 * es as u64, 16);
        self.b.ins().stack_store(PTR, re, slot, 0);
        self.b.ins().stack_store(PTR, im, slot, es);
        self.b.ins().stack_addr(PTR, slot, 0)
    }

    fn complex_unop(&mut self, op: UnOp, v: CV, t: TypeId) -> JResult<CV> {
        let et = self.complex_elem(t);
        if self.repr(et) == Repr::X87 {
            let re = self.elem_get(v, 0, et)?;
            let im = self.elem_get(v, 16, et)?;
            let r = if op == UnOp::Neg { self.x87_neg(re) } else { re };
            let i = self.x87_neg(im);
            return Ok(self.x87_pair(r, i));
        }
        let (re, im, ety, es) = self.complex_parts(v, t)?;
        let f = ety.is_float();
        let (r, i) = match op {
            UnOp::Neg => {
                if f {
                    (self.b.ins().fneg(re), self.b.ins().fneg(im))
                } else {
                    (self.b.ins().ineg(re), self.b.ins().ineg(im))
                }
            }
            _ => {
                // `~z` is the conjugate.
                (re, if f { self.b.ins().fneg(im) } else { self.b.ins().ineg(im) })
            }
        };
        Ok(self.complex_make(r, i, es))
    }

    /// A `_Complex long double` from its parts, in a new stack slot.
    fn x87_pair(&mut self, re: CV, im: CV) -> CV {
        let s = self.slot(32, 16);
        let a = self.b.ins().stack_addr(PTR, s, 0);
        self.copy(a, re, 16);
        let a16 = self.b.ins().iadd_imm_s(a, 16);
        self.copy(a16, im, 16);
        a
    }

    fn complex_x87_binop(&mut self, op: BinOp, x: CV, y: CV) -> JResult<CV> {
        let x16 = self.b.ins().iadd_imm_s(x, 16);
        let y16 = self.b.ins().iadd_imm_s(y, 16);
        match op {
            BinOp::Plus | BinOp::Minus => {
                let r = self.x87_arith(op, x, y)?;
                let i = self.x87_arith(op, x16, y16)?;
                Ok(self.x87_pair(r, i))
            }
            BinOp::Mul | BinOp::Div => {
                // libgcc's __mulxc3/__divxc3 (C99 Annex G), as gcc calls them.
                let f = self.core.import_by_name(if op == BinOp::Mul { "__mulxc3" } else { "__divxc3" });
                let mut sig = self.core.module.make_signature();
                for _ in 0..4 {
                    sig.params.push(AbiParam::special(PTR, ArgumentPurpose::StructArgument(16)));
                }
                let r = self.func_ref(f, Some(&sig));
                self.b.ins().call(r, &[x, x16, y, y16]);
                Ok(self.x87_pop(true))
            }
            _ => err(self.span, "invalid operation on complex values"),
        }
    }

    fn complex_binop(&mut self, op: BinOp, x: CV, y: CV, t: TypeId) -> JResult<CV> {
        let et = self.complex_elem(t);
        if self.repr(et) == Repr::X87 {
            return self.complex_x87_binop(op, x, y);
        }
        let (a, b, ety, es) = self.complex_parts(x, t)?;
        let (c, d, _, _) = self.complex_parts(y, t)?;
        let f = ety.is_float();
        let (r, i) = match op {
            BinOp::Plus => {
                if f {
                    (self.b.ins().fadd(a, c), self.b.ins().fadd(b, d))
                } else {
                    (self.b.ins().iadd(a, c), self.b.ins().iadd(b, d))
                }
            }
            BinOp::Minus => {
                if f {
                    (self.b.ins().fsub(a, c), self.b.ins().fsub(b, d))
                } else {
                    (self.b.ins().isub(a, c), self.b.ins().isub(b, d))
                }
            }
            BinOp::Mul | BinOp::Div if f => {
                // As gcc: libgcc's __mulsc3/__muldc3/__divsc3/__divdc3 (C99 Annex G).
                let name = match (op, ety == types::F32) {
                    (BinOp::Mul, true) => "__mulsc3",
                    (BinOp::Mul, false) => "__muldc3",
                    (_, true) => "__divsc3",
                    (_, false) => "__divdc3",
                };
                if ety == types::F32 {
                    // _Complex float comes back packed in xmm0.
                    let h = self.core.helper(name, &[ety; 4], &[types::F64]);
                    let fr = self.func_ref(h, None);
                    let call = self.b.ins().call(fr, &[a, b, c, d]);
                    let packed = self.b.inst_results(call)[0];
                    let slot = self.slot(8, 8);
                    self.b.ins().stack_store(PTR, packed, slot, 0);
                    return Ok(self.b.ins().stack_addr(PTR, slot, 0));
                }
                let h = self.core.helper(name, &[ety; 4], &[ety, ety]);
                let fr = self.func_ref(h, None);
                let call = self.b.ins().call(fr, &[a, b, c, d]);
                let rs = self.b.inst_results(call).to_vec();
                (rs[0], rs[1])
            }
            BinOp::Mul => {
                let ac = self.b.ins().imul(a, c);
                let bd = self.b.ins().imul(b, d);
                let ad = self.b.ins().imul(a, d);
                let bc = self.b.ins().imul(b, c);
                (self.b.ins().isub(ac, bd), self.b.ins().iadd(ad, bc))
            }
            _ => return err(self.span, "unsupported operation on complex integers in compile-time code"),
        };
        Ok(self.complex_make(r, i, es))
    }

    /// A comparison as an i8 0/1.
    fn compare(&mut self, op: CondOp, a: &Value, b: &Value) -> JResult<CV> {
        let (x, ta) = self.rvalue(a)?;
        let (y, tb) = self.rvalue(b)?;
        if matches!(self.p.skind(ta), TypeKind::Complex(_) | TypeKind::ComplexInt(_))
            || matches!(self.p.skind(tb), TypeKind::Complex(_) | TypeKind::ComplexInt(_))
        {
            let ct = if matches!(self.p.skind(ta), TypeKind::Complex(_) | TypeKind::ComplexInt(_)) { ta } else { tb };
            let x = self.convert(x, ta, ct)?;
            let y = self.convert(y, tb, ct)?;
            let et = self.complex_elem(ct);
            if self.repr(et) == Repr::X87 {
                let re = self.x87_cmp(x, y);
                let (x16, y16) = (self.b.ins().iadd_imm_s(x, 16), self.b.ins().iadd_imm_s(y, 16));
                let im = self.x87_cmp(x16, y16);
                let both = self.b.ins().band(re, im);
                let eq = self.b.ins().icmp_imm_s(IntCC::Equal, both, x87::CMP_EQ);
                return Ok(if op == CondOp::Ne { self.b.ins().bxor_imm_s(eq, 1) } else { eq });
            }
            let (a1, b1, ety, _) = self.complex_parts(x, ct)?;
            let (a2, b2, _, _) = self.complex_parts(y, ct)?;
            let (e1, e2) = if ety.is_float() {
                (self.b.ins().fcmp(FloatCC::Equal, a1, a2), self.b.ins().fcmp(FloatCC::Equal, b1, b2))
            } else {
                (self.b.ins().icmp(IntCC::Equal, a1, a2), self.b.ins().icmp(IntCC::Equal, b1, b2))
            };
            let eq = self.b.ins().band(e1, e2);
            return Ok(if op == CondOp::Ne { self.b.ins().bxor_imm_s(eq, 1) } else { eq });
        }
        if let Some((x, y, _)) = self.x87_operands(x, ta, y, tb)? {
            let r = self.x87_cmp(x, y);
            let mask = match op {
                CondOp::Lt => x87::CMP_LT,
                CondOp::Gt => x87::CMP_GT,
                CondOp::Le => x87::CMP_LT | x87::CMP_EQ,
                CondOp::Ge => x87::CMP_GT | x87::CMP_EQ,
                CondOp::Eq | CondOp::Ne => x87::CMP_EQ,
            };
            let c = self.cmp_has(r, mask);
            return Ok(if op == CondOp::Ne { self.b.ins().bxor_imm_s(c, 1) } else { c });
        }
        let xt = self.b.func.dfg.value_type(x);
        if xt.is_float() {
            let y = self.convert(y, tb, ta)?;
            let cc = match op {
                CondOp::Lt => FloatCC::LessThan,
                CondOp::Gt => FloatCC::GreaterThan,
                CondOp::Le => FloatCC::LessThanOrEqual,
                CondOp::Ge => FloatCC::GreaterThanOrEqual,
                CondOp::Eq => FloatCC::Equal,
                CondOp::Ne => FloatCC::NotEqual,
            };
            return Ok(self.b.ins().fcmp(cc, x, y));
        }
        let signed = self.int_info(ta).map(|(_, s)| s).unwrap_or(false);
        let yt = self.b.func.dfg.value_type(y);
        let y = if yt != xt { self.resize_int(y, yt, xt, signed) } else { y };
        let cc = match (op, signed) {
            (CondOp::Lt, true) => IntCC::SignedLessThan,
            (CondOp::Gt, true) => IntCC::SignedGreaterThan,
            (CondOp::Le, true) => IntCC::SignedLessThanOrEqual,
            (CondOp::Ge, true) => IntCC::SignedGreaterThanOrEqual,
            (CondOp::Lt, false) => IntCC::UnsignedLessThan,
            (CondOp::Gt, false) => IntCC::UnsignedGreaterThan,
            (CondOp::Le, false) => IntCC::UnsignedLessThanOrEqual,
            (CondOp::Ge, false) => IntCC::UnsignedGreaterThanOrEqual,
            (CondOp::Eq, _) => IntCC::Equal,
            (CondOp::Ne, _) => IntCC::NotEqual,
        };
        // `n / C != 0` is `n >= C` for unsigned n (gcc folds it too): the branch no longer
        // waits for the division's multiply-and-shift, which matters in digit loops.
        let dfg = &self.b.func.dfg;
        if matches!(op, CondOp::Eq | CondOp::Ne) && super::clif::iconst(dfg, y) == Some(0) {
            if let Some(i) = dfg.value_def(x).inst().filter(|&i| dfg.insts[i].opcode() == ir::Opcode::Udiv) {
                let (n, c) = (dfg.inst_args(i)[0], dfg.inst_args(i)[1]);
                if super::clif::iconst(dfg, c).is_some_and(|c| c > 1) {
                    let cc = if op == CondOp::Ne { IntCC::UnsignedGreaterThanOrEqual } else { IntCC::UnsignedLessThan };
                    return Ok(self.b.ins().icmp(cc, n, c));
                }
            }
        }
        Ok(self.b.ins().icmp(cc, x, y))
    }

    // ---- calls ---------------------------------------------------------------------------------------

    fn call(&mut self, dst: Option<&Value>, target: &Value, args: &[Value]) -> JResult<()> {
        if let ValueKind::Builtin(bi) = target.kind {
            let name = self.p.builtin_data(bi).name.clone();
            if let Some(()) = self.builtin(&name, dst, args)? {
                return Ok(());
            }
            // An ordinary libc function with the builtin's signature.
            let f = self.libc_func(&name)?;
            let bt = crate::ir::builtins::builtin_type(self.p, bi);
            return self.emit_call(dst, Callee::Import(f), bt, args);
        }
        // Direct call of a named function?
        if let ValueKind::Var { var, path: None } = target.kind {
            let vty = self.p.vars[var].ty;
            if self.p.is_func(vty) {
                let ok_cast = match target.cast {
                    None => true,
                    Some(c) => self.p.pointee(c).map(|pt| self.p.strip(pt)) == Some(self.p.strip(vty)) || self.p.strip(c) == self.p.strip(vty),
                };
                if ok_cast {
                    let f = self.core.func_id(self.p, var)?;
                    self.deps.push(var);
                    let def = self.core.definition_of(var);
                    if def.is_none() {
                        let name = super::var_name(self.p, var);
                        if matches!(name.as_str(), "memcpy" | "memmove" | "memset") && self.small_mem_call(&name, dst, args)?.is_some() {
                            return Ok(());
                        }
                    }
                    return self.emit_call(dst, match def { Some(d) => Callee::Jit(f, d), None => Callee::Import(f) }, vty, args);
                }
            }
        }
        let (ptr, pt) = self.rvalue(target)?;
        let fty = match self.p.skind(pt).clone() {
            TypeKind::Ptr(t) => t,
            TypeKind::Func { .. } => pt,
            _ => return err(self.span, "call of a non-function"),
        };
        self.emit_call(dst, Callee::Indirect(ptr), fty, args)
    }

    /// Pops the x87 result of the call just made (`st(0)`, and `st(1)` for a pair) into a new
    /// stack slot; returns its address.
    fn x87_pop(&mut self, pair: bool) -> CV {
        let s = self.slot(if pair { 32 } else { 16 }, 16);
        let a = self.b.ins().stack_addr(PTR, s, 0);
        let h = self.helper(if pair { "__cir_x87_store2" } else { "__cir_x87_store" }, &[PTR], &[]);
        self.b.ins().call(h, &[a]);
        a
    }

    fn emit_call(&mut self, dst: Option<&Value>, callee: Callee, fty: TypeId, args: &[Value]) -> JResult<()> {
        let Some((ret, params, variadic, proto)) = self.p.func_sig(fty).map(|(r, p, v, pr)| (r, p.to_vec(), v, pr)) else {
            return err(self.span, "call of a non-function");
        };
        let jit_callee = matches!(callee, Callee::Jit(..));
        // A K&R definition receives its formals' promoted types.
        let knr: Vec<TypeId> = match callee {
            Callee::Jit(_, d) if !proto => arg_abi_types_of(self.p, d).1,
            _ => Vec::new(),
        };
        // Argument values and their ABI types.
        let mut vals = Vec::new();
        let mut tys = Vec::new();
        for (i, a) in args.iter().enumerate() {
            let (v, t) = self.rvalue(a)?;
            let pt = if proto && i < params.len() {
                adjust_param(self.p, params[i].ty)
            } else if i < knr.len() {
                knr[i]
            } else {
                t
            };
            let v = if pt != t { self.convert(v, t, pt)? } else { v };
            if let Some(m) = self.unsupported_type(pt) {
                return err(self.span, m);
            }
            vals.push(v);
            tys.push(pt);
        }
        let si = sig_info(self.p, ret, &tys, variadic);
        let mut sig = self.core.module.make_signature();
        build_sig(&si, &mut sig, false);
        let mut cargs = Vec::new();
        let mut sret_slot = None;
        if let Pass::Memory { size } = si.ret {
            let s = self.slot(size as u64, 16);
            sret_slot = Some(s);
            cargs.push(self.b.ins().stack_addr(PTR, s, 0));
        }
        let mut k = 0;
        for pass in si.args.iter() {
            if *pass == Pass::Pad {
                let s = self.slot(8, 8);
                cargs.push(self.b.ins().stack_addr(PTR, s, 0));
                continue;
            }
            let (v, t) = (vals[k], tys[k]);
            k += 1;
            match pass {
                Pass::Ignore => {}
                Pass::Scalar { ty, .. } => {
                    let vt = self.b.func.dfg.value_type(v);
                    let v = if vt != *ty && vt.is_int() && ty.is_int() { self.resize_int(v, vt, *ty, false) } else { v };
                    cargs.push(v);
                }
                Pass::Regs(pieces) => {
                    let size = self.p.size_of(t).unwrap_or(0);
                    let need = pieces.iter().map(|pc| pc.offset as u64 + pc.ty.bytes() as u64).max().unwrap_or(0);
                    let src = self.padded_copy(v, size, need);
                    for pc in pieces {
                        cargs.push(self.b.ins().load(pc.ty, MemFlagsData::new(), src, pc.offset as i32));
                    }
                }
                Pass::Memory { size } => {
                    let src = if let Repr::Scalar(_) = self.repr(t) {
                        // An `__int128` on the stack: the callee receives its address.
                        let s = self.slot(*size as u64, 16);
                        self.b.ins().stack_store(PTR, v, s, 0);
                        self.b.ins().stack_addr(PTR, s, 0)
                    } else {
                        let real = self.p.size_of(t).unwrap_or(0);
                        self.padded_copy(v, real, *size as u64)
                    };
                    cargs.push(src);
                }
                // Handled above (Pad) or results only.
                Pass::Pad | Pass::X87 | Pass::X87Pair => {}
            }
        }
        let needs_al = (variadic || !proto) && !jit_callee;
        let call = match callee {
            Callee::Jit(f, _) => {
                let r = self.func_ref(f, Some(&sig));
                self.b.ins().call(r, &cargs)
            }
            Callee::Import(f) => {
                let f = if needs_al { self.core.al_thunk(f)? } else { f };
                let r = self.func_ref(f, Some(&sig));
                self.b.ins().call(r, &cargs)
            }
            Callee::Indirect(ptr) => {
                if needs_al {
                    let (thunk, slot) = self.core.al_indirect()?;
                    let sa = self.data_addr(slot);
                    self.b.ins().store(MemFlagsData::new(), ptr, sa, 0);
                    let r = self.func_ref(thunk, Some(&sig));
                    self.b.ins().call(r, &cargs)
                } else {
                    let sr = self.b.import_signature(sig.clone());
                    self.b.ins().call_indirect(sr, ptr, &cargs)
                }
            }
        };
        let results = self.b.inst_results(call).to_vec();
        // An x87 result must be popped off the x87 stack right away, used or not.
        let x87 = match si.ret {
            Pass::X87 | Pass::X87Pair => Some(self.x87_pop(si.ret == Pass::X87Pair)),
            _ => None,
        };
        let Some(dst) = dst else { return Ok(()) };
        let value = match &si.ret {
            Pass::Ignore | Pass::Pad => return Ok(()),
            Pass::Scalar { .. } => results[0],
            Pass::X87 | Pass::X87Pair => x87.unwrap(),
            Pass::Regs(pieces) => {
                let size = self.p.size_of(ret).unwrap_or(0).max(pieces.len() as u64 * 8);
                let s = self.slot(size, 16);
                for (pc, &r) in pieces.iter().zip(&results) {
                    self.b.ins().stack_store(PTR, r, s, pc.offset as i32);
                }
                self.b.ins().stack_addr(PTR, s, 0)
            }
            Pass::Memory { .. } => self.b.ins().stack_addr(PTR, sret_slot.unwrap(), 0),
        };
        self.assign(dst, value, ret)
    }

    // ---- builtins ------------------------------------------------------------------------------------

    /// The address of a `va_list` object given as an argument.
    fn va_addr(&mut self, v: &Value) -> JResult<CV> {
        Ok(self.rvalue(v)?.0)
    }

    fn arg(&mut self, args: &[Value], i: usize) -> JResult<(CV, TypeId)> {
        match args.get(i) {
            Some(a) => self.rvalue(a),
            None => err(self.span, "too few arguments to a builtin"),
        }
    }

    fn set_dst(&mut self, dst: Option<&Value>, v: CV, t: TypeId) -> JResult<()> {
        match dst {
            Some(d) => self.assign(d, v, t),
            None => Ok(()),
        }
    }

    fn int_t(&mut self, k: IKind) -> TypeId {
        self.p.int_ty(k)
    }

    /// Builtins compiled inline. `None`: not one of them (call the libc function).
    fn builtin(&mut self, name: &str, dst: Option<&Value>, args: &[Value]) -> JResult<Option<()>> {
        let int = self.int_t(IKind::Int);
        match name {
            "__builtin_memcpy" | "__builtin_memmove" | "__builtin_memset" => return self.small_mem_call(&name[10..], dst, args),
            "__builtin_va_start" => {
                let Some(va) = &self.va_area else { return err(self.span, "`va_start` in a function without `...`") };
                let save = va.save;
                let ap = self.va_addr(&args[0])?;
                let gp = self.b.ins().iconst(types::I32, 8 * self.si.ints as i64);
                let fp = self.b.ins().iconst(types::I32, 48 + 16 * self.si.sses as i64);
                let fpv = self.b.ins().get_frame_pointer(PTR);
                let ov = self.b.ins().iadd_imm_s(fpv, 16 + self.si.stack as i64);
                let rs = self.b.ins().stack_addr(PTR, save, 0);
                self.b.ins().store(MemFlagsData::new(), gp, ap, 0);
                self.b.ins().store(MemFlagsData::new(), fp, ap, 4);
                self.b.ins().store(MemFlagsData::new(), ov, ap, 8);
                self.b.ins().store(MemFlagsData::new(), rs, ap, 16);
            }
            "__builtin_va_end" => {}
            "__builtin_va_copy" => {
                let d = self.va_addr(&args[0])?;
                let s = self.va_addr(&args[1])?;
                self.copy(d, s, 24);
            }
            "__builtin_va_arg" => {
                let ap = self.va_addr(&args[0])?;
                let ValueKind::Type(t) = args[1].kind else { return err(self.span, "bad va_arg") };
                let v = self.va_arg(ap, t)?;
                self.set_dst(dst, v, t)?;
            }
            "__builtin_alloca" | "__builtin_alloca_with_align" => {
                let (n, nt) = self.arg(args, 0)?;
                let ul = self.int_t(IKind::ULong);
                let n = self.convert(n, nt, ul)?;
                let al = if name == "__builtin_alloca_with_align" {
                    let (a, at) = self.arg(args, 1)?;
                    let a = self.convert(a, at, ul)?;
                    self.b.ins().ushr_imm_s(a, 3)
                } else {
                    self.b.ins().iconst(types::I64, 16)
                };
                let h = self.helper("__cir_rt_alloca", &[types::I64, types::I64], &[PTR]);
                let c = self.b.ins().call(h, &[n, al]);
                let r = self.b.inst_results(c)[0];
                let vp = self.void_ptr();
                self.set_dst(dst, r, vp)?;
            }
            "__builtin_expect" | "__builtin_expect_with_probability" | "__builtin_assume_aligned" => {
                let (v, t) = self.arg(args, 0)?;
                self.set_dst(dst, v, t)?;
            }
            "__builtin_unreachable" | "__builtin_trap" => {
                self.b.ins().trap(TRAP_UNREACHABLE);
                self.terminated = true;
                let next = self.b.create_block();
                self.b.switch_to_block(next);
                self.terminated = false;
            }
            "__builtin_prefetch" | "__builtin_ia32_pause" | "__builtin_cpu_init" | "__builtin_clear_cache" => {}
            "__builtin_object_size" | "__builtin_dynamic_object_size" => {
                let ty = args.get(1).and_then(|a| a.as_int()).map(|(_, v)| v).unwrap_or(0);
                let v = if ty & 2 != 0 { 0 } else { -1i64 };
                let r = self.b.ins().iconst(types::I64, v);
                let ul = self.int_t(IKind::ULong);
                self.set_dst(dst, r, ul)?;
            }
            "__builtin_frame_address" => {
                let r = self.b.ins().get_frame_pointer(PTR);
                let vp = self.void_ptr();
                self.set_dst(dst, r, vp)?;
            }
            "__builtin_return_address" => {
                let fp = self.b.ins().get_frame_pointer(PTR);
                let r = self.b.ins().load(PTR, MemFlagsData::new(), fp, 8);
                let vp = self.void_ptr();
                self.set_dst(dst, r, vp)?;
            }
            "__builtin_extract_return_addr" => {
                let (v, t) = self.arg(args, 0)?;
                self.set_dst(dst, v, t)?;
            }
            "__builtin_bswap16" | "__builtin_bswap32" | "__builtin_bswap64" | "__builtin_bswap128" => {
                let (v, t) = self.arg(args, 0)?;
                let r = self.b.ins().bswap(v);
                self.set_dst(dst, r, t)?;
            }
            _ if name.starts_with("__builtin_clz")
                || name.starts_with("__builtin_ctz")
                || name.starts_with("__builtin_popcount")
                || name.starts_with("__builtin_parity")
                || name.starts_with("__builtin_ffs")
                || name.starts_with("__builtin_clrsb") =>
            {
                let (v, _) = self.arg(args, 0)?;
                let vt = self.b.func.dfg.value_type(v);
                let base = name.trim_end_matches('l').trim_end_matches('l');
                let r = match base {
                    "__builtin_clz" => self.b.ins().clz(v),
                    "__builtin_ctz" => self.b.ins().ctz(v),
                    "__builtin_popcount" => self.b.ins().popcnt(v),
                    "__builtin_parity" => {
                        let c = self.b.ins().popcnt(v);
                        self.b.ins().band_imm_s(c, 1)
                    }
                    "__builtin_ffs" => {
                        let c = self.b.ins().ctz(v);
                        let c1 = self.b.ins().iadd_imm_s(c, 1);
                        let z = self.iconst(vt, 0);
                        let isz = self.b.ins().icmp_imm_s(IntCC::Equal, v, 0);
                        self.b.ins().select(isz, z, c1)
                    }
                    _ => self.b.ins().cls(v),
                };
                let r = self.resize_int(r, vt, types::I32, false);
                self.set_dst(dst, r, int)?;
            }
            "__builtin_huge_val" | "__builtin_inf" | "__builtin_huge_vall" | "__builtin_infl" | "__builtin_huge_valf" | "__builtin_inff"
            | "__builtin_nan" | "__builtin_nanl" | "__builtin_nans" | "__builtin_nansl" | "__builtin_nanf" | "__builtin_nansf" => {
                // A double (or float) value; the assignment widens it for the `l` forms.
                let v = if name.contains("nan") { f64::NAN } else { f64::INFINITY };
                let (r, k) = if name.ends_with('f') {
                    (self.b.ins().f32const(v as f32), FKind::Float)
                } else {
                    (self.b.ins().f64const(v), FKind::Double)
                };
                let d = self.p.float_ty(k);
                self.set_dst(dst, r, d)?;
            }
            "__builtin_fabs" | "__builtin_fabsf" | "__builtin_fabsl" | "__builtin_sqrt" | "__builtin_sqrtf" | "__builtin_sqrtl"
            | "__builtin_floor" | "__builtin_floorf" | "__builtin_floorl" | "__builtin_ceil" | "__builtin_ceilf" | "__builtin_ceill"
            | "__builtin_trunc" | "__builtin_truncf" => {
                let (v, t) = self.arg(args, 0)?;
                if self.repr(t) == Repr::X87 {
                    // fabsl, sqrtl, ... from libm.
                    return Ok(None);
                }
                let ins = self.b.ins();
                let r = if name.contains("fabs") {
                    ins.fabs(v)
                } else if name.contains("sqrt") {
                    ins.sqrt(v)
                } else if name.contains("floor") {
                    ins.floor(v)
                } else if name.contains("ceil") {
                    ins.ceil(v)
                } else {
                    ins.trunc(v)
                };
                self.set_dst(dst, r, t)?;
            }
            "__builtin_copysign" | "__builtin_copysignf" | "__builtin_copysignl" => {
                let (x, t) = self.arg(args, 0)?;
                if self.repr(t) == Repr::X87 {
                    return Ok(None);
                }
                let (y, _) = self.arg(args, 1)?;
                let r = self.b.ins().fcopysign(x, y);
                self.set_dst(dst, r, t)?;
            }
            "__builtin_isnan" | "__builtin_isinf" | "__builtin_isinf_sign" | "__builtin_isfinite" | "__builtin_finite" | "__builtin_isnormal"
            | "__builtin_signbit" | "__builtin_signbitf" | "__builtin_signbitl" => {
                let (v, t) = self.arg(args, 0)?;
                let r = if self.repr(t) == Repr::X87 { self.x87_fclass(name, v) } else { self.fclass(name, v) };
                self.set_dst(dst, r, int)?;
            }
            "__builtin_fpclassify" => {
                // fpclassify(nan, inf, normal, subnormal, zero, x)
                let mut cs = Vec::new();
                for i in 0..5 {
                    let (c, ct) = self.arg(args, i)?;
                    cs.push(self.convert(c, ct, int)?);
                }
                let (x, xt) = self.arg(args, 5)?;
                if self.repr(xt) == Repr::X87 {
                    // By glibc's FP_NAN .. FP_NORMAL (0 .. 4).
                    let c = self.x87_class(x);
                    let mut r = cs[2];
                    for (code, k) in [(0, 0), (1, 1), (2, 4), (3, 3)] {
                        let is = self.b.ins().icmp_imm_s(IntCC::Equal, c, code);
                        r = self.b.ins().select(is, cs[k], r);
                    }
                    self.set_dst(dst, r, int)?;
                    return Ok(Some(()));
                }
                let isnan = self.fclass("__builtin_isnan", x);
                let isinf = self.fclass("__builtin_isinf", x);
                let isnormal = self.fclass("__builtin_isnormal", x);
                let zero = self.zero_like(x);
                let iszero = self.b.ins().fcmp(FloatCC::Equal, x, zero);
                let mut r = cs[3];
                r = self.b.ins().select(iszero, cs[4], r);
                r = self.b.ins().select(isnormal, cs[2], r);
                r = self.b.ins().select(isinf, cs[1], r);
                r = self.b.ins().select(isnan, cs[0], r);
                self.set_dst(dst, r, int)?;
            }
            "__builtin_isgreater" | "__builtin_isgreaterequal" | "__builtin_isless" | "__builtin_islessequal" | "__builtin_islessgreater"
            | "__builtin_isunordered" => {
                let (x, tx) = self.arg(args, 0)?;
                let (y, ty) = self.arg(args, 1)?;
                if let Some((x, y, _)) = self.x87_operands(x, tx, y, ty)? {
                    let c = self.x87_cmp(x, y);
                    let mask = match name {
                        "__builtin_isgreater" => x87::CMP_GT,
                        "__builtin_isgreaterequal" => x87::CMP_GT | x87::CMP_EQ,
                        "__builtin_isless" => x87::CMP_LT,
                        "__builtin_islessequal" => x87::CMP_LT | x87::CMP_EQ,
                        "__builtin_islessgreater" => x87::CMP_LT | x87::CMP_GT,
                        _ => 8,
                    };
                    let r = self.cmp_has(c, mask);
                    let r = self.b.ins().uextend(types::I32, r);
                    self.set_dst(dst, r, int)?;
                    return Ok(Some(()));
                }
                let d = self.p.float_ty(FKind::Double);
                let (x, y) = if self.b.func.dfg.value_type(x) == self.b.func.dfg.value_type(y) {
                    (x, y)
                } else {
                    (self.convert(x, tx, d)?, self.convert(y, ty, d)?)
                };
                let cc = match name {
                    "__builtin_isgreater" => FloatCC::GreaterThan,
                    "__builtin_isgreaterequal" => FloatCC::GreaterThanOrEqual,
                    "__builtin_isless" => FloatCC::LessThan,
                    "__builtin_islessequal" => FloatCC::LessThanOrEqual,
                    "__builtin_islessgreater" => FloatCC::OrderedNotEqual,
                    _ => FloatCC::Unordered,
                };
                let r = self.b.ins().fcmp(cc, x, y);
                let r = self.b.ins().uextend(types::I32, r);
                self.set_dst(dst, r, int)?;
            }
            "__builtin_constant_p" => {
                let r = self.b.ins().iconst(types::I32, 0);
                self.set_dst(dst, r, int)?;
            }
            "__builtin_classify_type" => {
                let r = self.b.ins().iconst(types::I32, 1);
                self.set_dst(dst, r, int)?;
            }
            "__atomic_thread_fence" | "__atomic_signal_fence" | "__sync_synchronize" => {
                self.b.ins().fence();
            }
            "__atomic_always_lock_free" | "__atomic_is_lock_free" => {
                let (n, nt) = self.arg(args, 0)?;
                let ul = self.int_t(IKind::ULong);
                let n = self.convert(n, nt, ul)?;
                let r = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThanOrEqual, n, 8);
                let bt = self.int_t(IKind::Bool);
                self.set_dst(dst, r, bt)?;
            }
            _ if name.ends_with("_overflow") || name.ends_with("_overflow_p") => self.overflow(name, dst, args)?,
            _ if name.starts_with("__atomic_") || name.starts_with("__sync_") => self.atomic(name, dst, args)?,
            _ => return Ok(None),
        }
        Ok(Some(()))
    }

    fn void_ptr(&mut self) -> TypeId {
        let v = self.p.void_ty();
        self.p.ptr_to(v)
    }

    fn zero_like(&mut self, x: CV) -> CV {
        if self.b.func.dfg.value_type(x) == types::F32 { self.b.ins().f32const(0.0) } else { self.b.ins().f64const(0.0) }
    }

    /// glibc's `fpclassify` code (FP_NAN 0 .. FP_NORMAL 4) of the long double at `x`, an i32.
    fn x87_class(&mut self, x: CV) -> CV {
        let h = self.helper("__cir_x87_class", &[PTR], &[types::I32]);
        let c = self.b.ins().call(h, &[x]);
        self.b.inst_results(c)[0]
    }

    /// `fclass` for a long double.
    fn x87_fclass(&mut self, name: &str, x: CV) -> CV {
        let c = self.x87_class(x);
        let se = self.b.ins().load(types::I8, MemFlagsData::new(), x, 9);
        let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, se, 0);
        let r = match name {
            "__builtin_isnan" => self.b.ins().icmp_imm_s(IntCC::Equal, c, 0),
            "__builtin_isinf" => self.b.ins().icmp_imm_s(IntCC::Equal, c, 1),
            "__builtin_isinf_sign" => {
                let isinf = self.b.ins().icmp_imm_s(IntCC::Equal, c, 1);
                return self.inf_sign(isinf, neg);
            }
            "__builtin_isfinite" | "__builtin_finite" => self.b.ins().icmp_imm_s(IntCC::SignedGreaterThanOrEqual, c, 2),
            "__builtin_isnormal" => self.b.ins().icmp_imm_s(IntCC::Equal, c, 4),
            _ => {
                // signbit: as gcc's code (fxam's C1 flag, bit 9).
                let b = self.b.ins().iconst(types::I32, 512);
                let z = self.b.ins().iconst(types::I32, 0);
                return self.b.ins().select(neg, b, z);
            }
        };
        self.b.ins().uextend(types::I32, r)
    }

    /// `__builtin_isinf_sign`: -1, 1 or 0 (an i32) from "is infinite" and "is negative".
    fn inf_sign(&mut self, isinf: CV, neg: CV) -> CV {
        let one = self.b.ins().iconst(types::I32, 1);
        let m1 = self.b.ins().iconst(types::I32, -1);
        let z = self.b.ins().iconst(types::I32, 0);
        let s = self.b.ins().select(neg, m1, one);
        self.b.ins().select(isinf, s, z)
    }

    /// Floating-point classification builtins, as an i32.
    fn fclass(&mut self, name: &str, v: CV) -> CV {
        let vt = self.b.func.dfg.value_type(v);
        let it = if vt == types::F32 { types::I32 } else { types::I64 };
        let bits = self.b.ins().bitcast(it, MemFlagsData::new(), v);
        let abs = self.b.ins().fabs(v);
        let inf = if vt == types::F32 { self.b.ins().f32const(f32::INFINITY) } else { self.b.ins().f64const(f64::INFINITY) };
        let r = match name {
            "__builtin_isnan" => self.b.ins().fcmp(FloatCC::Unordered, v, v),
            "__builtin_isinf" => self.b.ins().fcmp(FloatCC::Equal, abs, inf),
            "__builtin_isinf_sign" => {
                let isinf = self.b.ins().fcmp(FloatCC::Equal, abs, inf);
                let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, bits, 0);
                return self.inf_sign(isinf, neg);
            }
            "__builtin_isfinite" | "__builtin_finite" => self.b.ins().fcmp(FloatCC::LessThan, abs, inf),
            "__builtin_isnormal" => {
                let min = if vt == types::F32 { self.b.ins().f32const(f32::MIN_POSITIVE) } else { self.b.ins().f64const(f64::MIN_POSITIVE) };
                let a = self.b.ins().fcmp(FloatCC::GreaterThanOrEqual, abs, min);
                let b = self.b.ins().fcmp(FloatCC::LessThan, abs, inf);
                self.b.ins().band(a, b)
            }
            // signbit: the values gcc's code produces (the sign bit in place for float, bit 0
            // for double).
            _ if vt == types::F32 => return self.b.ins().band_imm_s(bits, i32::MIN as i64),
            _ => {
                let s = self.b.ins().ushr_imm_s(bits, 63);
                return self.b.ins().ireduce(types::I32, s);
            }
        };
        self.b.ins().uextend(types::I32, r)
    }

    /// `va_arg(ap, T)` (psABI §3.5.7).
    fn va_arg(&mut self, ap: CV, t: TypeId) -> JResult<CV> {
        let size = self.p.size_of(t).unwrap_or(8);
        let align = self.p.align_of(t);
        let pass = abi::classify_args_counted(self.p, &[t], false).0.remove(0);
        let (ni, ns, pieces) = match &pass {
            Pass::Scalar { ty, .. } if ty.is_float() => (0, 1, vec![abi::Piece { offset: 0, ty: *ty }]),
            Pass::Scalar { ty, .. } if *ty == types::I128 => (2, 0, vec![abi::Piece { offset: 0, ty: types::I64 }, abi::Piece { offset: 8, ty: types::I64 }]),
            Pass::Scalar { ty, .. } => (1, 0, vec![abi::Piece { offset: 0, ty: *ty }]),
            Pass::Regs(pcs) => {
                let ns = pcs.iter().filter(|p| p.ty.is_float()).count();
                (pcs.len() - ns, ns, pcs.clone())
            }
            _ => (0, 0, Vec::new()),
        };
        let buf_size = size.max(16);
        let slot = self.slot(buf_size, align.max(16));
        let buf = self.b.ins().stack_addr(PTR, slot, 0);
        let done = self.b.create_block();
        if !pieces.is_empty() {
            let gp = self.b.ins().load(types::I32, MemFlagsData::new(), ap, 0);
            let fp = self.b.ins().load(types::I32, MemFlagsData::new(), ap, 4);
            let gp_ok = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThanOrEqual, gp, 48 - 8 * ni as i64);
            let fp_ok = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThanOrEqual, fp, 176 - 16 * ns as i64);
            let ok = self.b.ins().band(gp_ok, fp_ok);
            let regs = self.b.create_block();
            let mem = self.b.create_block();
            self.b.ins().brif(ok, regs, &[], mem, &[]);
            self.b.switch_to_block(regs);
            let rs = self.b.ins().load(PTR, MemFlagsData::new(), ap, 16);
            let (mut g, mut f) = (gp, fp);
            for pc in &pieces {
                let (off, is_f) = if pc.ty.is_float() { (f, true) } else { (g, false) };
                let off64 = self.b.ins().uextend(types::I64, off);
                let a = self.b.ins().iadd(rs, off64);
                let x = self.b.ins().load(pc.ty, MemFlagsData::new(), a, 0);
                self.b.ins().store(MemFlagsData::new(), x, buf, pc.offset as i32);
                if is_f {
                    f = self.b.ins().iadd_imm_s(f, 16);
                } else {
                    g = self.b.ins().iadd_imm_s(g, 8);
                }
            }
            self.b.ins().store(MemFlagsData::new(), g, ap, 0);
            self.b.ins().store(MemFlagsData::new(), f, ap, 4);
            self.b.ins().jump(done, &[]);
            self.b.switch_to_block(mem);
        }
        // From the overflow area.
        let ov = self.b.ins().load(PTR, MemFlagsData::new(), ap, 8);
        let ov = if align > 8 {
            let x = self.b.ins().iadd_imm_s(ov, 15);
            self.b.ins().band_imm_s(x, -16)
        } else {
            ov
        };
        self.copy(buf, ov, size);
        let next = self.b.ins().iadd_imm_s(ov, size.next_multiple_of(8) as i64);
        self.b.ins().store(MemFlagsData::new(), next, ap, 8);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
        Ok(match self.repr(t) {
            Repr::Scalar(ty) => self.b.ins().load(ty, MemFlagsData::new(), buf, 0),
            _ => buf,
        })
    }

    fn overflow(&mut self, name: &str, dst: Option<&Value>, args: &[Value]) -> JResult<()> {
        let (a, ta) = self.arg(args, 0)?;
        let (b, tb) = self.arg(args, 1)?;
        let (c, tc) = self.arg(args, 2)?;
        // The typed variants (`__builtin_saddl_overflow`) name their type.
        let typed = name.strip_prefix("__builtin_").and_then(|r| r.strip_suffix("_overflow")).and_then(|r| {
            let (sign, rest) = (r.chars().next()?, &r[1..]);
            let suffix = rest.trim_start_matches("add").trim_start_matches("sub").trim_start_matches("mul");
            if rest.len() == suffix.len() {
                return None;
            }
            let k = match (sign, suffix) {
                ('s', "") => IKind::Int,
                ('u', "") => IKind::UInt,
                ('s', "l") => IKind::Long,
                ('u', "l") => IKind::ULong,
                ('s', "ll") => IKind::LongLong,
                ('u', "ll") => IKind::ULongLong,
                _ => return None,
            };
            Some(k)
        });
        let res_ty = match typed {
            Some(k) => self.int_t(k),
            None if name.ends_with("_p") => tc,
            None => self.p.pointee(tc).unwrap_or(tc),
        };
        let i128t = self.int_t(IKind::Int128);
        let wa = self.convert(a, ta, i128t)?;
        let wb = self.convert(b, tb, i128t)?;
        let op = if name.contains("add") {
            BinOp::Plus
        } else if name.contains("sub") {
            BinOp::Minus
        } else {
            BinOp::Mul
        };
        let full = self.int_binop(op, wa, wb, true)?;
        let Some(rk) = self.p.int_kind(res_ty) else {
            return err(self.span, format!("`{name}`: the result type `{}` is not an integer type", self.ty_name(res_ty)));
        };
        let rty = abi::int_type(rk.size());
        let trunc = if rty == types::I128 { full } else { self.b.ins().ireduce(rty, full) };
        let (a_ty, a_signed) = self.int_info(ta).unwrap_or((types::I64, true));
        let (b_ty, b_signed) = self.int_info(tb).unwrap_or((types::I64, true));
        let ovf = if a_ty == types::I128 || b_ty == types::I128 || rty == types::I128 {
            // The exact result may need more than 128 bits.
            let how = match op {
                BinOp::Plus => 0,
                BinOp::Minus => 1,
                _ => 2,
            } | (a_signed as i64) << 2
                | (b_signed as i64) << 3
                | (rk.is_signed() as i64) << 4
                | (rty.bits() as i64) << 8;
            let how = self.b.ins().iconst(types::I32, how);
            let h = self.helper("__cir_rt_overflow", &[types::I128, types::I128, types::I32], &[types::I8]);
            let c = self.b.ins().call(h, &[wa, wb, how]);
            self.b.inst_results(c)[0]
        } else {
            // Operands and result of at most 64 bits: the 128-bit result is exact, except that
            // an unsigned 64×64 product can exceed the signed 128-bit range.
            let back = self.resize_int(trunc, rty, types::I128, rk.is_signed());
            let ovf = self.b.ins().icmp(IntCC::NotEqual, back, full);
            if op == BinOp::Mul && !a_signed && !b_signed {
                let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, full, 0);
                self.b.ins().bor(ovf, neg)
            } else {
                ovf
            }
        };
        if !name.ends_with("_p") {
            let addr = c;
            self.b.ins().store(MemFlagsData::new(), trunc, addr, 0);
        }
        let bt = self.int_t(IKind::Bool);
        self.set_dst(dst, ovf, bt)
    }

    fn atomic(&mut self, name: &str, dst: Option<&Value>, args: &[Value]) -> JResult<()> {
        let (ptr, pt) = self.arg(args, 0)?;
        let Some(et) = self.p.pointee(pt) else { return err(self.span, format!("`{name}`: first argument is not a pointer")) };
        let ety = match self.repr(et) {
            Repr::Scalar(t) => t,
            // Small aggregates (`atomic_flag`, structs of one int) are handled as integers.
            _ => match self.p.size_of(et) {
                Some(n @ (1 | 2 | 4 | 8)) => abi::int_type(n),
                _ => return err(self.span, format!("`{name}` on `{}` is not supported in compile-time code", self.ty_name(et))),
            },
        };
        let ity = if ety.is_float() { ir::Type::int(ety.bits() as u16).unwrap() } else { ety };
        if ity.bits() > 64 {
            return err(self.span, format!("`{name}` on a 128-bit object is not supported in compile-time code"));
        }
        let fl = MemFlagsData::new();
        let val = |fx: &mut Self, i: usize| -> JResult<CV> {
            let (v, t) = fx.arg(args, i)?;
            let v = fx.convert(v, t, et)?;
            Ok(if ety.is_float() { fx.b.ins().bitcast(ity, MemFlagsData::new(), v) } else { v })
        };
        let out = |fx: &mut Self, v: CV| -> JResult<()> {
            let v = if ety.is_float() { fx.b.ins().bitcast(ety, MemFlagsData::new(), v) } else { v };
            fx.set_dst(dst, v, et)
        };
        let rmw = |n: &str| -> Option<AtomicRmwOp> {
            Some(match n {
                "add" => AtomicRmwOp::Add,
                "sub" => AtomicRmwOp::Sub,
                "and" => AtomicRmwOp::And,
                "or" => AtomicRmwOp::Or,
                "xor" => AtomicRmwOp::Xor,
                "nand" => AtomicRmwOp::Nand,
                _ => return None,
            })
        };
        let apply = |fx: &mut Self, op: AtomicRmwOp, old: CV, v: CV| -> CV {
            match op {
                AtomicRmwOp::Add => fx.b.ins().iadd(old, v),
                AtomicRmwOp::Sub => fx.b.ins().isub(old, v),
                AtomicRmwOp::And => fx.b.ins().band(old, v),
                AtomicRmwOp::Or => fx.b.ins().bor(old, v),
                AtomicRmwOp::Xor => fx.b.ins().bxor(old, v),
                _ => {
                    let a = fx.b.ins().band(old, v);
                    fx.b.ins().bnot(a)
                }
            }
        };
        let bt = self.int_t(IKind::Bool);
        match name {
            "__atomic_load_n" => {
                let v = self.b.ins().atomic_load(ity, fl, ptr);
                out(self, v)?;
            }
            "__atomic_store_n" => {
                let v = val(self, 1)?;
                self.b.ins().atomic_store(fl, v, ptr);
            }
            "__atomic_exchange_n" | "__sync_lock_test_and_set" => {
                let v = val(self, 1)?;
                let r = self.b.ins().atomic_rmw(ity, fl, AtomicRmwOp::Xchg, ptr, v);
                out(self, r)?;
            }
            "__sync_lock_release" | "__atomic_clear" => {
                let z = self.iconst(ity, 0);
                self.b.ins().atomic_store(fl, z, ptr);
            }
            "__atomic_test_and_set" => {
                let one = self.iconst(ity, 1);
                let r = self.b.ins().atomic_rmw(ity, fl, AtomicRmwOp::Xchg, ptr, one);
                let r = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
                self.set_dst(dst, r, bt)?;
            }
            "__atomic_load" => {
                let (ret, _) = self.arg(args, 1)?;
                let v = self.b.ins().atomic_load(ity, fl, ptr);
                self.b.ins().store(fl, v, ret, 0);
            }
            "__atomic_store" => {
                let (src, _) = self.arg(args, 1)?;
                let v = self.b.ins().load(ity, fl, src, 0);
                self.b.ins().atomic_store(fl, v, ptr);
            }
            "__atomic_exchange" => {
                let (src, _) = self.arg(args, 1)?;
                let (ret, _) = self.arg(args, 2)?;
                let v = self.b.ins().load(ity, fl, src, 0);
                let r = self.b.ins().atomic_rmw(ity, fl, AtomicRmwOp::Xchg, ptr, v);
                self.b.ins().store(fl, r, ret, 0);
            }
            "__atomic_compare_exchange_n" | "__atomic_compare_exchange" => {
                let (expp, _) = self.arg(args, 1)?;
                let desired = if name.ends_with("_n") {
                    val(self, 2)?
                } else {
                    let (dp, _) = self.arg(args, 2)?;
                    self.b.ins().load(ity, fl, dp, 0)
                };
                let expected = self.b.ins().load(ity, fl, expp, 0);
                let old = self.b.ins().atomic_cas(fl, ptr, expected, desired);
                let ok = self.b.ins().icmp(IntCC::Equal, old, expected);
                // On failure the current value is written back to *expected.
                self.b.ins().store(fl, old, expp, 0);
                self.set_dst(dst, ok, bt)?;
            }
            "__sync_bool_compare_and_swap" | "__sync_val_compare_and_swap" => {
                let e = val(self, 1)?;
                let d = val(self, 2)?;
                let old = self.b.ins().atomic_cas(fl, ptr, e, d);
                if name.contains("bool") {
                    let ok = self.b.ins().icmp(IntCC::Equal, old, e);
                    self.set_dst(dst, ok, bt)?;
                } else {
                    out(self, old)?;
                }
            }
            _ => {
                // __atomic_fetch_OP / __atomic_OP_fetch / __sync_fetch_and_OP / __sync_OP_and_fetch
                let rest = name.trim_start_matches("__atomic_").trim_start_matches("__sync_");
                let (opname, fetch_first) = if let Some(o) = rest.strip_prefix("fetch_and_") {
                    (o, true)
                } else if let Some(o) = rest.strip_prefix("fetch_") {
                    (o, true)
                } else if let Some(o) = rest.strip_suffix("_and_fetch") {
                    (o, false)
                } else if let Some(o) = rest.strip_suffix("_fetch") {
                    (o, false)
                } else {
                    return err(self.span, format!("`{name}` is not supported in compile-time code"));
                };
                let Some(op) = rmw(opname) else { return err(self.span, format!("`{name}` is not supported in compile-time code")) };
                let (v, t) = self.arg(args, 1)?;
                // Pointer arithmetic atomics add bytes (GCC semantics): no scaling.
                let v = if self.p.is_ptr(et) {
                    let lt = self.int_t(IKind::Long);
                    self.convert(v, t, lt)?
                } else {
                    self.convert(v, t, et)?
                };
                let old = self.b.ins().atomic_rmw(ity, fl, op, ptr, v);
                let r = if fetch_first { old } else { apply(self, op, old, v) };
                out(self, r)?;
            }
        }
        Ok(())
    }
}

fn init_labels(i: &Init, out: &mut Vec<StmtId>) {
    match i {
        Init::Expr(c) => const_labels(c, out),
        Init::List(items) => items.iter().for_each(|(_, i)| init_labels(i, out)),
    }
}

fn const_labels(c: &crate::ir::consts::Const, out: &mut Vec<StmtId>) {
    use crate::ir::consts::Const;
    match c {
        Const::LabelAddr(s) => out.push(*s),
        Const::Cast(_, a) | Const::Unary { a, .. } => const_labels(a, out),
        Const::Binary { a, b, .. } | Const::Cmp { a, b, .. } => {
            const_labels(a, out);
            const_labels(b, out);
        }
        Const::Cond { c, a, b, .. } => {
            const_labels(c, out);
            const_labels(a, out);
            const_labels(b, out);
        }
        _ => {}
    }
}

enum Callee {
    /// A function compiled by the JIT: its id and the var of its definition.
    Jit(FuncId, VarId),
    Import(FuncId),
    Indirect(CV),
}
