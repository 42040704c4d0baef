//! The compile-time JIT: IR → Cranelift → native code, run in-process (cir-language.md §3).
//!
//! One `Jit` lives for a whole compilation. Each `@` call compiles what it needs that is not
//! compiled yet (the callee and every function and global reachable from it), finalizes, and
//! runs a small thunk `void __cir_at_N(T *result)` that calls the callee with the constant
//! arguments. Globals are data objects of the JIT module, so they keep their values from one
//! `@` call to the next. `cir run` uses the same machinery on `main`.
//!
//! Submodules: `abi` (System V classification), `func` (a function body → CLIF), `data`
//! (static initializers → bytes and relocations), `rt` (entering JIT code safely; helpers).
//!
//! **Architecture Invariant:** this is the only module that imports Cranelift, and the only
//! one (with `main.rs`) with `unsafe` code.
#![allow(unsafe_code)]

pub mod abi;
mod asm;
mod data;
pub mod deps;
mod func;
mod jam;
pub mod rt;
mod clif;
mod loops;
mod peephole;
mod tailrec;
pub mod x87;

use std::collections::{HashMap, HashSet};
use std::ffi::{CStr, CString};

use cranelift_codegen::ir::{self, AbiParam, types};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::{Context, isa};
use cranelift_frontend::FunctionBuilderContext;
use cranelift_jit::{ArenaMemoryProvider, BranchProtection, JITBuilder, JITMemoryKind, JITMemoryProvider, JITModule};
use cranelift_module::{DataId, FuncId, Linkage, Module, ModuleReloc, ModuleRelocTarget};

use crate::ir::*;
use crate::diagnostics::Diagnostic;
use crate::lower::{AtArg, AtCall, AtResult, CtEval, LResult, Lowerer, Reported};

/// An error found while compiling for the JIT, at a statement of the user's code.
#[derive(Debug, Clone)]
pub struct JitError {
    pub msg: String,
    pub span: Span,
}

pub type JResult<T> = Result<T, JitError>;

pub fn jerr<T>(span: Span, msg: impl Into<String>) -> JResult<T> {
    Err(JitError { msg: msg.into(), span })
}

/// Cranelift module errors (declarations, definitions) as `JitError`s.
pub fn module_error(span: Span) -> impl Fn(cranelift_module::ModuleError) -> JitError {
    move |e| JitError { msg: format!("JIT: {e}"), span }
}

/// Why an `@` call failed: a problem to report at the call ("in `@f`: ..."), or compile-time
/// code that stopped (crash, `exit`, time limit): its diagnostic, already located.
enum EvalError {
    Jit(JitError),
    Stopped(Diagnostic),
}

impl From<JitError> for EvalError {
    fn from(e: JitError) -> EvalError {
        EvalError::Jit(e)
    }
}

/// The JIT's memory: Cranelift's arena, with the executable allocations recorded so that the
/// timeout handler can tell JIT code from the rest (`rt::CodeRegion`).
struct Memory {
    arena: ArenaMemoryProvider,
    code: std::sync::Arc<rt::CodeRegion>,
}

impl JITMemoryProvider for Memory {
    fn allocate(&mut self, size: usize, align: u64, kind: JITMemoryKind) -> std::io::Result<*mut u8> {
        let exec = matches!(kind, JITMemoryKind::Executable);
        let p = self.arena.allocate(size, align, kind)?;
        if exec {
            self.code.add(p as usize, size);
        }
        Ok(p)
    }

    unsafe fn free_memory(&mut self) {
        // SAFETY: forwarded under the caller's guarantee.
        unsafe { self.arena.free_memory() }
    }

    fn finalize(&mut self, branch_protection: BranchProtection) -> cranelift_module::ModuleResult<()> {
        self.arena.finalize(branch_protection)
    }
}

/// What a Cranelift trap instruction in compile-time code stands for.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Trap {
    DivByZero,
    DivOverflow,
    BadConversion,
    Unreachable,
    BadGoto,
    Uncompiled,
}

impl Trap {
    fn of(code: ir::TrapCode) -> Option<Trap> {
        use ir::TrapCode as T;
        Some(if code == T::INTEGER_DIVISION_BY_ZERO {
            Trap::DivByZero
        } else if code == T::INTEGER_OVERFLOW {
            Trap::DivOverflow
        } else if code == T::BAD_CONVERSION_TO_INTEGER {
            Trap::BadConversion
        } else if code == func::TRAP_UNCOMPILED {
            Trap::Uncompiled
        } else if code == func::TRAP_BAD_GOTO {
            Trap::BadGoto
        } else if code == func::TRAP_UNREACHABLE {
            Trap::Unreachable
        } else {
            return None;
        })
    }

    fn describe(self) -> &'static str {
        match self {
            Trap::DivByZero => "arithmetic exception (integer division by zero)",
            Trap::DivOverflow => "arithmetic exception (integer overflow in division)",
            Trap::BadConversion => "floating-point value out of range in a conversion to an integer",
            Trap::Unreachable => "`__builtin_trap()` or `__builtin_unreachable()` reached",
            Trap::BadGoto => "computed `goto` to an address that is not a label of the function",
            Trap::Uncompiled => "called a function that could not be compiled",
        }
    }
}

/// Looks a symbol up: cir's own helpers and callbacks, the `-l` libraries, libm, then the
/// whole process (libc).
fn lookup(libs: &[usize], name: &str) -> Option<*const u8> {
    if let Some(p) = rt::helper(name).or_else(|| x87::helper(name)).or_else(|| callbacks(name)) {
        return Some(p);
    }
    let c = CString::new(name).ok()?;
    for &h in libs {
        // SAFETY: `h` is a live dlopen handle; `c` is NUL-terminated.
        let p = unsafe { libc::dlsym(h as *mut libc::c_void, c.as_ptr()) };
        if !p.is_null() {
            return Some(p as *const u8);
        }
    }
    // SAFETY: as above, with the default search scope.
    let p = unsafe { libc::dlsym(libc::RTLD_DEFAULT, c.as_ptr()) };
    if p.is_null() { None } else { Some(p as *const u8) }
}

/// Functions of the compiler that compile-time code can call (the `cir.h` API) and libc
/// functions cir replaces while compile-time code runs.
fn callbacks(name: &str) -> Option<*const u8> {
    Some(match name {
        "exit" | "_exit" | "_Exit" | "quick_exit" => rt::cir_rt_exit as *const u8,
        // In libc_nonshared.a, not in libc.so.
        "atexit" => rt::cir_rt_atexit as *const u8,
        "at_quick_exit" => rt::cir_rt_at_quick_exit as *const u8,
        _ => return deps::wrapper(name).or_else(|| crate::api::callback(name)),
    })
}

/// The state of the JIT module and what it has compiled so far.
pub struct Core {
    pub module: JITModule,
    libs: Vec<usize>,
    /// Functions declared in the module: defined ones and imports.
    funcs: HashMap<VarId, FuncId>,
    /// Objects (globals, static locals) declared in the module.
    datas: HashMap<VarId, DataId>,
    /// Read-only string literals.
    strs: HashMap<StrId, DataId>,
    /// Functions and objects declared but not yet defined, to compile before finalizing.
    pending: Vec<VarId>,
    /// Defined (or being defined) in the module.
    defined: HashSet<VarId>,
    /// What each defined function or object references (functions and objects).
    deps: HashMap<VarId, Vec<VarId>>,
    /// Functions and objects that could not be compiled or reference an unknown symbol: the
    /// reason, for any `@` call that reaches them.
    broken: HashMap<VarId, JitError>,
    /// `%al`-setting thunks in front of imported functions.
    al_thunks: HashMap<FuncId, FuncId>,
    /// Imported helper functions by name.
    helpers: HashMap<&'static str, FuncId>,
    /// Imported functions by name.
    named: HashMap<String, FuncId>,
    /// The var whose body each JIT-compiled function is.
    defined_by: HashMap<FuncId, VarId>,
    /// Defined globals by symbol name, and the var count when it was built.
    symbols: HashMap<String, VarId>,
    symbols_seen: usize,
    /// A generic `%al` thunk for indirect variadic calls, and the slot it jumps through.
    al_indirect: Option<(FuncId, DataId)>,
    counter: u32,
    pub ctx: Context,
    pub fctx: FunctionBuilderContext,
    /// Functions translated but not compiled yet (compiled once all they reach is translated).
    translated: Vec<(VarId, FuncId, func::Translated)>,
    /// The CLIF of small functions, for inlining into their callers.
    bodies: HashMap<FuncId, ir::Function>,
    /// Print each function's CLIF (`CIR_JIT_VERBOSE`).
    pub verbose: bool,
    /// Signed overflow wraps in compile-time code (`--wrapv`, gcc's `-fwrapv`): no
    /// optimization may assume it cannot happen.
    pub wrapv: bool,
    /// Trap instructions of functions compiled but not finalized yet (offsets in the function).
    new_traps: Vec<(FuncId, Vec<(u32, Trap)>)>,
    /// Trap instructions of finalized code by address, sorted (to explain a `SIGILL`/`SIGFPE`).
    traps: Vec<(usize, Trap)>,
    /// The module's executable memory (for the time limit).
    code: std::sync::Arc<rt::CodeRegion>,
}

pub struct Jit {
    pub core: Core,
    /// Writable copies of string literal arguments handed to `@` calls.
    keep: Vec<CString>,
    /// `-l` libraries that could not be loaded: every `@` call and `cir run` report them.
    pub lib_errors: Vec<String>,
    /// The time limit of `@` calls and the watchdog's reporter (none: no watchdog).
    pub limits: rt::Limits,
    /// The files the `-l` libraries were loaded from.
    pub lib_paths: Vec<String>,
}

impl Jit {
    /// Creates the JIT, opening the `-l` libraries (a path or a soname). Libraries that cannot
    /// be loaded are kept in `lib_errors`, reported where compile-time code would need them.
    pub fn new(libs: &[String]) -> Result<Jit, String> {
        let mut handles = Vec::new();
        let mut lib_errors = Vec::new();
        let mut lib_paths = Vec::new();
        for l in libs {
            match open_lib(l) {
                Ok(h) => {
                    handles.push(h);
                    lib_paths.push(deps::library_path(h).unwrap_or_else(|| l.clone()));
                }
                Err(e) => lib_errors.push(format!("{e} (given with `-l`)")),
            }
        }
        // libm is not linked into cir, but compile-time code expects it like gcc programs.
        if let Ok(h) = open_lib("libm.so.6") {
            handles.push(h);
        }
        let mut flags = settings::builder();
        let set = |f: &mut settings::Builder, k: &str, v: &str| f.set(k, v).map_err(|e| format!("cranelift flag {k}: {e}"));
        set(&mut flags, "is_pic", "false")?;
        set(&mut flags, "use_colocated_libcalls", "false")?;
        set(&mut flags, "opt_level", "speed")?;
        set(&mut flags, "preserve_frame_pointers", "true")?;
        set(&mut flags, "enable_llvm_abi_extensions", "true")?;
        set(&mut flags, "enable_probestack", "true")?;
        set(&mut flags, "probestack_strategy", "inline")?;
        // Cranelift's IR verifier: in debug builds, or when CIR_JIT_VERIFY is set.
        let verify = cfg!(debug_assertions) || std::env::var_os("CIR_JIT_VERIFY").is_some();
        set(&mut flags, "enable_verifier", if verify { "true" } else { "false" })?;
        let isa_builder = cranelift_native::builder().map_err(|e| format!("unsupported host: {e}"))?;
        let isa = isa_builder.finish(settings::Flags::new(flags)).map_err(|e| format!("cranelift: {e}"))?;
        let mut jb = JITBuilder::with_isa(isa, cranelift_module::default_libcall_names());
        let hs = handles.clone();
        jb.symbol_lookup_fn(Box::new(move |name| lookup(&hs, name)));
        let arena = ArenaMemoryProvider::new_with_size(1 << 30).map_err(|e| format!("cannot reserve JIT memory: {e}"))?;
        let code = rt::CodeRegion::new();
        jb.memory_provider(Box::new(Memory { arena, code: code.clone() }));
        let module = JITModule::new(jb);
        let ctx = module.make_context();
        Ok(Jit {
            core: Core {
                module,
                libs: handles,
                funcs: HashMap::new(),
                datas: HashMap::new(),
                strs: HashMap::new(),
                pending: Vec::new(),
                defined: HashSet::new(),
                deps: HashMap::new(),
                broken: HashMap::new(),
                al_thunks: HashMap::new(),
                helpers: HashMap::new(),
                named: HashMap::new(),
                defined_by: HashMap::new(),
                symbols: HashMap::new(),
                symbols_seen: usize::MAX,
                al_indirect: None,
                counter: 0,
                ctx,
                fctx: FunctionBuilderContext::new(),
                translated: Vec::new(),
                bodies: HashMap::new(),
                verbose: std::env::var_os("CIR_JIT_VERBOSE").is_some(),
                wrapv: false,
                new_traps: Vec::new(),
                traps: Vec::new(),
                code,
            },
            keep: Vec::new(),
            lib_errors,
            limits: rt::Limits::default(),
            lib_paths,
        })
    }

    /// Compiles everything reachable from `root` that is not compiled yet and finalizes.
    /// Returns the first problem of anything reachable.
    fn prepare(&mut self, p: &mut Program, root: VarId) -> JResult<()> {
        self.core.func_id(p, root)?;
        while let Some(v) = self.core.pending.pop() {
            if let Err(e) = self.core.define(p, v) {
                self.core.broken.insert(v, e);
            }
        }
        // Everything reachable is translated: compile the new functions, small callees inlined.
        let bodies = std::mem::take(&mut self.core.bodies);
        for (v, id, t) in std::mem::take(&mut self.core.translated) {
            let name = var_name(p, v);
            if let Err(e) = func::define(&mut self.core, id, t, &bodies, &name, p.vars[v].span) {
                self.core.broken.insert(v, e);
            }
        }
        self.core.bodies = bodies;
        self.core.module.finalize_definitions().map_err(module_error(Span::NONE))?;
        self.core.resolve_traps();
        // Anything broken that this root reaches?
        let mut seen = HashSet::new();
        let mut work = vec![root];
        while let Some(v) = work.pop() {
            if !seen.insert(v) {
                continue;
            }
            if let Some(e) = self.core.broken.get(&v) {
                return Err(e.clone());
            }
            if let Some(d) = self.core.deps.get(&v) {
                work.extend(d.iter().copied());
            }
        }
        Ok(())
    }

    /// Signed overflow wraps in compile-time code (`--wrapv`): loop optimizations that rely on
    /// it not happening are off.
    pub fn set_wrapv(&mut self, on: bool) {
        self.core.wrapv = on;
    }

    /// Runs the program's `main` (`cir run`) and returns its exit status. Constructors run
    /// first (by priority) and destructors at exit, as with gcc.
    pub fn run_main(&mut self, p: &mut Program, main: VarId, args: &[String]) -> Result<i32, JitError> {
        let mut ctors: Vec<(i128, VarId)> = Vec::new();
        let mut dtors: Vec<(i128, VarId)> = Vec::new();
        for g in p.globals.clone() {
            let GlobalItem::Var(v) = g else { continue };
            if p.vars[v].code.is_none() {
                continue;
            }
            for (name, list) in [("constructor", &mut ctors), ("destructor", &mut dtors)] {
                if let Some(a) = p.find_attr(p.vars[v].attrs, name) {
                    let prio = match a.args.first() {
                        Some(AttrArg::Int(n)) => *n,
                        _ => 65535,
                    };
                    list.push((prio, v));
                }
            }
        }
        ctors.sort_by_key(|c| c.0);
        dtors.sort_by_key(|d| std::cmp::Reverse(d.0));
        for &(_, v) in ctors.iter().chain(dtors.iter()) {
            self.prepare(p, v)?;
        }
        self.prepare(p, main)?;
        {
            let mut d = DTORS.lock().unwrap_or_else(|e| e.into_inner());
            for &(_, v) in &dtors {
                d.push(self.core.module.get_finalized_function(self.core.funcs[&v]) as usize);
            }
        }
        if !dtors.is_empty() {
            unsafe extern "C" {
                fn __cxa_atexit(f: extern "C" fn(*mut libc::c_void), arg: *mut libc::c_void, dso: *mut libc::c_void) -> i32;
            }
            // SAFETY: registering a plain function.
            unsafe { __cxa_atexit(run_dtors, std::ptr::null_mut(), std::ptr::null_mut()) };
        }
        for &(_, v) in &ctors {
            let f = self.core.module.get_finalized_function(self.core.funcs[&v]);
            // SAFETY: a constructor is `void f(void)`.
            unsafe {
                let f: extern "C" fn() = std::mem::transmute(f);
                f();
            }
        }
        let fid = self.core.funcs[&main];
        let f = self.core.module.get_finalized_function(fid);
        let cargs: Vec<CString> = args.iter().map(|a| CString::new(a.as_str()).unwrap_or_default()).collect();
        let mut argv: Vec<*mut libc::c_char> = cargs.iter().map(|c| c.as_ptr() as *mut libc::c_char).collect();
        argv.push(std::ptr::null_mut());
        unsafe extern "C" {
            static mut environ: *mut *mut libc::c_char;
        }
        // SAFETY: `main` was compiled from the program; extra arguments are harmless in the
        // System V ABI when `main` takes fewer.
        let status = unsafe {
            let m: extern "C" fn(i32, *mut *mut libc::c_char, *mut *mut libc::c_char) -> i32 = std::mem::transmute(f);
            m(cargs.len() as i32, argv.as_mut_ptr(), environ)
        };
        Ok(status)
    }

    fn eval_call(&mut self, lw: &mut Lowerer<'_>, call: &AtCall) -> Result<AtResult, EvalError> {
        let fail = |msg: String| EvalError::Jit(JitError { msg, span: call.span });
        if let Some(e) = self.lib_errors.first() {
            return Err(fail(e.clone()));
        }
        let p: &mut Program = lw.p;
        let fty = p.vars[call.callee].ty;
        let Some((ret, _, _, _)) = p.func_sig(fty) else { return Err(fail("the callee is not a function".into())) };
        let p: &mut Program = lw.p;
        // What kind of result?
        let is_code = |p: &Program, t: TypeId| p.is_typedef_named(t, "CirCodeId");
        enum Kind {
            Void,
            Int(IKind),
            Float(FKind),
            Code,
        }
        let kind = if p.is_void(ret) {
            Kind::Void
        } else if is_code(p, ret) {
            Kind::Code
        } else if let Some(k) = p.int_kind(ret) {
            Kind::Int(k)
        } else if let Some(k) = p.float_kind(ret).filter(|k| k.format_bits() <= 80) {
            Kind::Float(k)
        } else {
            let t = crate::render::type_decl(p, ret, "", crate::render::Naming::Original, &|p, v| {
                p.vars[v].name.map(|n| p.name_str(n).to_string()).unwrap_or_default()
            });
            return Err(fail(format!(
                "`@{}` returns `{t}`: a compile-time call can only produce an integer, enum, `_Bool`, floating-point value, `CirCodeId` or nothing",
                var_name(p, call.callee)
            )));
        };
        // The thunk: `void __cir_at_N(RET *r) { *r = callee(args...); }`.
        self.core.counter += 1;
        let n = self.core.counter;
        let void = p.void_ty();
        let rp = p.ptr_to(ret);
        let thunk_name = p.name(&format!("__cir_at_{n}"));
        let tty = p.ty(TypeKind::Func { ret: void, params: Box::new([Param { name: None, ty: rp }]), variadic: false, proto: true });
        let mut td = VarData::new(Some(thunk_name), tty);
        td.storage = Storage::Static;
        td.flags.global = true;
        td.flags.defined = true;
        td.span = call.span;
        let thunk = p.new_var(td);
        let body = p.new_code();
        p.vars[thunk].code = Some(body);
        let mut rd = VarData::new(None, rp);
        rd.owner = Some(body);
        rd.flags.is_param = true;
        let r = p.new_var(rd);
        p.vars[thunk].formals = vec![r];
        let mut args = Vec::new();
        for a in &call.args {
            match a {
                AtArg::Value(v, _) => args.push(self.writable_strings(p, *v)),
                AtArg::Code(c) => args.push(Value::int(IKind::UInt, c.as_u32() as i128)),
            }
        }
        let dst = if matches!(kind, Kind::Void) { None } else { Some(Value::mem(r)) };
        p.append_stmt(body, StmtKind::Call { dst, target: Value::var(call.callee), args }, call.span);
        p.append_stmt(body, StmtKind::Return(None), call.span);
        self.prepare(p, thunk)?;
        let f = self.core.module.get_finalized_function(self.core.funcs[&thunk]);
        let mut buf = [0u64; 4];
        flush_stdio();
        let callee = var_name(lw.p, call.callee);
        // The time limit is per outermost call: nested ones run within it.
        let outermost = !rt::in_compile_time_code();
        let prev = crate::api::enter_context(lw as *mut Lowerer<'_> as *mut u8, call.span, &callee);
        let watching = if outermost {
            let limit = self.limits.timeout;
            rt::watch(&self.limits, &self.core.code, || {
                let d = Diagnostic::error(timeout_message(&callee, limit))
                    .note("it could not be stopped safely (blocked in a system call, running library code, or with signals blocked), so cir ends here")
                    .note(TIMEOUT_NOTE);
                rt::Watch { callee: callee.clone(), at: lw.orig(call.span).0, stuck: crate::api::at_call_chain(lw, d) }
            })
        } else {
            None
        };
        // SAFETY: the thunk was compiled above with the signature `void (RET *)`.
        let r = match unsafe { rt::enter(f, buf.as_mut_ptr() as *mut u8) } {
            Ok(()) if watching.as_ref().is_some_and(|w| w.expired()) => Err(rt::Stop::Timeout),
            r => r,
        };
        drop(watching);
        // Located while the call is still in the chain of running calls.
        let r = r.map_err(|stop| self.stopped(lw, call, &callee, stop));
        crate::api::leave_context(prev);
        flush_stdio();
        r?;
        let p: &mut Program = lw.p;
        Ok(match kind {
            Kind::Void => AtResult::Void,
            Kind::Code => {
                let id = buf[0] as u32;
                match CodeId::from_u32(id).filter(|c| c.index() < p.codes.len() && !p.codes[*c].freed) {
                    Some(c) => AtResult::Code(c),
                    None => return Err(fail(format!("`@{}` returned an invalid code id ({id})", var_name(p, call.callee)))),
                }
            }
            Kind::Int(k) => {
                let raw = (buf[0] as u128 | ((buf[1] as u128) << 64)) as i128;
                let v = k.wrap(raw);
                let v = if k == IKind::Bool { (raw & 0xff != 0) as i128 } else { v };
                AtResult::Value(Value::int(k, v).with_cast(ret), ret)
            }
            Kind::Float(k) => {
                let (v, text) = match k.format_bits() {
                    32 => (f32::from_bits(buf[0] as u32) as f64, None),
                    64 => (f64::from_bits(buf[0]), None),
                    _ => {
                        let mut x = x87::F80::default();
                        x.0[..8].copy_from_slice(&buf[0].to_le_bytes());
                        x.0[8..].copy_from_slice(&buf[1].to_le_bytes());
                        (x.to_f64(), Some(x.literal().into_boxed_str()))
                    }
                };
                let f = p.float_const(k, v, text);
                AtResult::Value(Value::new(ValueKind::Float(f)), ret)
            }
        })
    }

    /// The error for compile-time code that stopped early, at the `@` call with the chain of
    /// running calls.
    fn stopped(&self, lw: &Lowerer<'_>, call: &AtCall, callee: &str, stop: rt::Stop) -> EvalError {
        let d = match stop {
            rt::Stop::Fatal(msg) => return EvalError::Jit(JitError { msg, span: call.span }),
            rt::Stop::Signal(sig, pc) => {
                let what = match self.core.trap_at(pc) {
                    Some(t) if sig == libc::SIGILL || sig == libc::SIGFPE => t.describe(),
                    _ => rt::signal_name(sig),
                };
                Diagnostic::error(format!("compile-time call `{callee}` crashed: {what}"))
            }
            rt::Stop::StackOverflow => {
                Diagnostic::error(format!("compile-time call `{callee}` crashed: stack overflow (runaway recursion?)")).note(format!(
                    "compile-time code has a stack of {} MiB",
                    rt::CT_STACK_SIZE >> 20
                ))
            }
            rt::Stop::Exit(s) => Diagnostic::error(format!("compile-time call `{callee}` called `exit({s})`")),
            rt::Stop::Timeout => Diagnostic::error(timeout_message(callee, self.limits.timeout)).note(TIMEOUT_NOTE),
        };
        EvalError::Stopped(crate::api::at_call_chain(lw, d))
    }

    /// String literal arguments are passed as fresh writable copies (the callee may modify
    /// them, e.g. with `strtok`).
    fn writable_strings(&mut self, p: &mut Program, v: Value) -> Value {
        let ValueKind::Str(s) = v.kind else { return v };
        let d = &p.strs[s];
        if d.kind.unit_size() != 1 {
            return v;
        }
        let bytes: Vec<u8> = d.units.iter().map(|&u| u as u8).take_while(|&b| b != 0).collect();
        let c = CString::new(bytes).unwrap_or_default();
        let addr = c.as_ptr() as u64;
        self.keep.push(c);
        Value::int(IKind::ULong, addr as i128).with_cast(p.value_type(&v))
    }
}

/// Destructors of the program run by `cir run` (function addresses).
static DTORS: std::sync::Mutex<Vec<usize>> = std::sync::Mutex::new(Vec::new());

extern "C" fn run_dtors(_: *mut libc::c_void) {
    let list = std::mem::take(&mut *DTORS.lock().unwrap_or_else(|e| e.into_inner()));
    for f in list {
        // SAFETY: compiled destructors, `void f(void)`.
        unsafe {
            let f: extern "C" fn() = std::mem::transmute(f);
            f();
        }
    }
}

impl CtEval for Jit {
    fn eval(&mut self, lw: &mut Lowerer<'_>, call: &AtCall) -> LResult<AtResult> {
        match self.eval_call(lw, call) {
            Ok(r) => Ok(r),
            Err(EvalError::Stopped(d)) => {
                lw.diags.push(d);
                Err(Reported)
            }
            Err(EvalError::Jit(e)) => {
                let callee = var_name(lw.p, call.callee);
                // At the `@` call, with the place in the compile-time code as a second label.
                if e.span.is_none() || e.span == call.span {
                    Err(lw.err(call.span, format!("in `@{callee}`: {}", e.msg)))
                } else {
                    Err(lw.err_note(call.span, format!("in `@{callee}`: {}", e.msg), (e.span, "here".to_string())))
                }
            }
        }
    }
}

const TIMEOUT_NOTE: &str = "the limit is set with `--ct-timeout SECONDS` (0: no limit)";

fn timeout_message(callee: &str, limit: Option<std::time::Duration>) -> String {
    match limit {
        Some(l) => format!("compile-time call `{callee}` did not finish within {}", rt::secs(l)),
        None => format!("compile-time call `{callee}` did not finish"),
    }
}

fn var_name(p: &Program, v: VarId) -> String {
    p.vars[v].name.map(|n| p.name_str(n).to_string()).unwrap_or_else(|| format!("{v}"))
}

/// The alignment of the object var `v` names (its type's, raised by `_Alignas` and
/// `__attribute__((aligned))` on the declaration).
pub fn var_align(p: &Program, v: VarId) -> u64 {
    let d = &p.vars[v];
    p.align_of(d.ty).max(d.align.unwrap_or(1)).max(p.attr_aligned(d.attrs).unwrap_or(1))
}

/// The linker name of a function or object.
pub fn symbol_name(p: &Program, v: VarId) -> String {
    match &p.vars[v].asm_label {
        Some(l) => String::from_utf8_lossy(l.strip_prefix(b"*").unwrap_or(l)).into_owned(),
        None => var_name(p, v),
    }
}

fn flush_stdio() {
    // SAFETY: fflush(NULL) flushes every C stream.
    unsafe {
        libc::fflush(std::ptr::null_mut());
    }
}

fn open_lib(name: &str) -> Result<usize, String> {
    let c = CString::new(name).map_err(|_| format!("bad library name `{name}`"))?;
    let mut tries = vec![c.clone()];
    if !name.contains('/') && !name.contains(".so") {
        // `-lz` → libz.so, like the linker.
        tries.push(CString::new(format!("lib{name}.so")).unwrap());
        tries.push(CString::new(format!("lib{name}.so.1")).unwrap());
    }
    for t in &tries {
        // SAFETY: `t` is NUL-terminated.
        let h = unsafe { libc::dlopen(t.as_ptr(), libc::RTLD_NOW | libc::RTLD_LOCAL) };
        if !h.is_null() {
            return Ok(h as usize);
        }
    }
    // SAFETY: dlerror returns a message or NULL.
    let msg = unsafe {
        let e = libc::dlerror();
        if e.is_null() { String::new() } else { CStr::from_ptr(e).to_string_lossy().into_owned() }
    };
    Err(format!("cannot load library `{name}`: {msg}"))
}

impl Core {
    /// The definition in this program that a declaration without one stands for: the same
    /// symbol under another C name (asm labels) or the target of `alias("...")`.
    fn local_definition(&mut self, p: &Program, v: VarId) -> Option<VarId> {
        let d = &p.vars[v];
        let target = match p.find_attr(d.attrs, "alias").and_then(|a| a.args.first()) {
            Some(AttrArg::Str(s)) => String::from_utf8_lossy(s).into_owned(),
            _ => symbol_name(p, v),
        };
        if self.symbols_seen != p.vars.len() {
            self.symbols.clear();
            for g in &p.globals {
                if let GlobalItem::Var(x) = g {
                    let xd = &p.vars[*x];
                    if xd.code.is_some() || (xd.flags.defined && !p.is_func(xd.ty)) {
                        self.symbols.insert(symbol_name(p, *x), *x);
                    }
                }
            }
            self.symbols_seen = p.vars.len();
        }
        self.symbols.get(&target).copied().filter(|&x| x != v)
    }

    /// Declares (once) the function `v`: defined in the program → compiled later; otherwise
    /// imported by its symbol name.
    pub fn func_id(&mut self, p: &mut Program, v: VarId) -> JResult<FuncId> {
        if let Some(&f) = self.funcs.get(&v) {
            return Ok(f);
        }
        if p.vars[v].code.is_none() {
            if let Some(def) = self.local_definition(p, v).filter(|&x| p.is_func(p.vars[x].ty)) {
                let f = self.func_id(p, def)?;
                self.funcs.insert(v, f);
                self.deps.entry(v).or_default().push(def);
                return Ok(f);
            }
        }
        let d = p.vars[v].clone();
        let mut sig = self.module.make_signature();
        let id = if d.code.is_some() {
            let name = format!("{}.{}", var_name(p, v), v.as_u32());
            func::signature_of(p, v, &mut sig);
            let id = self.module.declare_function(&name, Linkage::Local, &sig).map_err(module_error(d.span))?;
            self.pending.push(v);
            self.defined_by.insert(id, v);
            id
        } else {
            let (name, linkage) = self.import(p, v);
            self.module.declare_function(&name, linkage, &sig).map_err(module_error(d.span))?
        };
        self.funcs.insert(v, id);
        Ok(id)
    }

    /// The symbol name and linkage of an outside function or object. A symbol nothing
    /// provides is declared preemptible (null) instead of panicking at finalize, and every `@`
    /// call that reaches `v` reports it (a weak reference is simply null, as in C).
    fn import(&mut self, p: &Program, v: VarId) -> (String, Linkage) {
        let name = symbol_name(p, v);
        if lookup(&self.libs, &name).is_some() {
            return (name, Linkage::Import);
        }
        let d = &p.vars[v];
        if !p.has_attr(d.attrs, "weak") {
            let msg = format!("unresolved symbol `{name}`: it is declared but not defined in this file, nor found in libc or the `-l` libraries");
            self.broken.insert(v, JitError { msg, span: d.span });
        }
        (name, Linkage::Preemptible)
    }

    /// Declares (once) the object `v`.
    pub fn data_id(&mut self, p: &Program, v: VarId) -> JResult<DataId> {
        if let Some(&d) = self.datas.get(&v) {
            return Ok(d);
        }
        let defined = p.vars[v].flags.defined || p.vars[v].init.is_some() || !p.vars[v].flags.global;
        if !defined {
            if let Some(def) = self.local_definition(p, v).filter(|&x| !p.is_func(p.vars[x].ty)) {
                let id = self.data_id(p, def)?;
                self.datas.insert(v, id);
                self.deps.entry(v).or_default().push(def);
                return Ok(id);
            }
        }
        let d = &p.vars[v];
        let id = if defined {
            let name = format!("{}.{}", var_name(p, v), v.as_u32());
            let id = self.module.declare_data(&name, Linkage::Local, true, false).map_err(module_error(d.span))?;
            self.pending.push(v);
            id
        } else {
            let (name, linkage) = self.import(p, v);
            self.module.declare_data(&name, linkage, true, false).map_err(module_error(d.span))?
        };
        self.datas.insert(v, id);
        Ok(id)
    }

    /// A read-only string literal.
    pub fn str_id(&mut self, p: &Program, s: StrId) -> JResult<DataId> {
        if let Some(&d) = self.strs.get(&s) {
            return Ok(d);
        }
        let id = self.module.declare_anonymous_data(false, false).map_err(module_error(Span::NONE))?;
        let mut desc = cranelift_module::DataDescription::new();
        let d = &p.strs[s];
        let us = d.kind.unit_size() as usize;
        let mut bytes = Vec::with_capacity(d.units.len() * us);
        for &u in &d.units {
            bytes.extend_from_slice(&u.to_le_bytes()[..us]);
        }
        if bytes.is_empty() {
            bytes.push(0);
        }
        desc.define(bytes.into_boxed_slice());
        desc.set_align(us as u64);
        self.module.define_data(id, &desc).map_err(module_error(Span::NONE))?;
        self.strs.insert(s, id);
        Ok(id)
    }

    /// An imported helper (from `rt.rs` or libc) with the given signature.
    pub fn helper(&mut self, name: &'static str, params: &[ir::Type], rets: &[ir::Type]) -> FuncId {
        if let Some(&f) = self.helpers.get(name) {
            return f;
        }
        let mut sig = self.module.make_signature();
        sig.params.extend(params.iter().map(|&t| AbiParam::new(t)));
        sig.returns.extend(rets.iter().map(|&t| AbiParam::new(t)));
        let linkage = if lookup(&self.libs, name).is_some() { Linkage::Import } else { Linkage::Preemptible };
        let f = self.module.declare_function(name, linkage, &sig).expect("helper declaration");
        self.helpers.insert(name, f);
        f
    }

    /// The var whose body function `v` (already declared) runs, if the JIT compiles it.
    pub fn definition_of(&self, v: VarId) -> Option<VarId> {
        let f = self.funcs.get(&v)?;
        self.defined_by.get(f).copied()
    }

    /// An imported function by symbol name (libc functions standing for builtins).
    pub fn import_by_name(&mut self, name: &str) -> FuncId {
        if let Some(&f) = self.named.get(name) {
            return f;
        }
        let sig = self.module.make_signature();
        let f = self.module.declare_function(name, Linkage::Import, &sig).expect("import declaration");
        self.named.insert(name.to_string(), f);
        f
    }

    pub fn has_symbol(&self, name: &str) -> bool {
        lookup(&self.libs, name).is_some()
    }

    /// A thunk `mov al, 8; jmp target` in front of an imported function, for variadic and
    /// unprototyped calls (the callee may need `%al` = number of vector registers used).
    pub fn al_thunk(&mut self, target: FuncId) -> JResult<FuncId> {
        if let Some(&t) = self.al_thunks.get(&target) {
            return Ok(t);
        }
        self.counter += 1;
        let sig = self.module.make_signature();
        let name = format!("__cir_al_{}", self.counter);
        let id = self.module.declare_function(&name, Linkage::Local, &sig).map_err(module_error(Span::NONE))?;
        let mut bytes = vec![0xB0, 0x08, 0xFF, 0x25, 0, 0, 0, 0];
        bytes.extend_from_slice(&[0; 8]);
        let reloc = ModuleReloc { offset: 8, kind: cranelift_codegen::binemit::Reloc::Abs8, name: ModuleRelocTarget::user(0, target.as_u32()), addend: 0 };
        self.module.define_function_bytes(id, 16, &bytes, &[reloc]).map_err(module_error(Span::NONE))?;
        self.al_thunks.insert(target, id);
        Ok(id)
    }

    /// The generic `%al` thunk for indirect variadic calls: `mov al, 8; jmp [slot]`.
    pub fn al_indirect(&mut self) -> JResult<(FuncId, DataId)> {
        if let Some(x) = self.al_indirect {
            return Ok(x);
        }
        let e = module_error(Span::NONE);
        let slot = self.module.declare_data("__cir_al_slot", Linkage::Local, true, false).map_err(&e)?;
        let mut desc = cranelift_module::DataDescription::new();
        desc.define_zeroinit(8);
        desc.set_align(8);
        self.module.define_data(slot, &desc).map_err(&e)?;
        let sig = self.module.make_signature();
        let id = self.module.declare_function("__cir_al_indirect", Linkage::Local, &sig).map_err(&e)?;
        // mov al, 8; jmp [rip + rel32] (the slot)
        let bytes = vec![0xB0, 0x08, 0xFF, 0x25, 0, 0, 0, 0];
        let reloc = ModuleReloc {
            offset: 4,
            kind: cranelift_codegen::binemit::Reloc::X86PCRel4,
            name: ModuleRelocTarget::user(1, slot.as_u32()),
            addend: -4,
        };
        self.module.define_function_bytes(id, 16, &bytes, &[reloc]).map_err(&e)?;
        self.al_indirect = Some((id, slot));
        Ok((id, slot))
    }

    /// Defines a pending function or object.
    fn define(&mut self, p: &mut Program, v: VarId) -> JResult<()> {
        if !self.defined.insert(v) {
            return Ok(());
        }
        if p.is_func(p.vars[v].ty) {
            let id = self.funcs[&v];
            // Bodies built or rewritten through `cir.h` may break the IR's invariants: check
            // before translating (the translation relies on them).
            if let Some(body) = p.vars[v].code {
                if let Some(e) = p.verify_code(body, false).into_iter().next() {
                    func::define_trap(self, id);
                    return jerr(
                        p.vars[v].span,
                        format!("the body of `{}` is not well-formed IR (built through cir.h?): {e}", var_name(p, v)),
                    );
                }
            }
            match func::translate(self, p, v, id) {
                Ok(t) => {
                    self.deps.insert(v, t.deps.clone());
                    if t.inlinable {
                        self.bodies.insert(id, t.func.clone());
                    }
                    self.translated.push((v, id, t));
                }
                Err(e) => {
                    func::define_trap(self, id);
                    return Err(e);
                }
            }
        } else {
            let id = self.datas[&v];
            let deps = data::define(self, p, v, id)?;
            self.deps.insert(v, deps);
        }
        Ok(())
    }

    /// Notes the trap instructions of function `id`, just compiled (offsets in its code).
    pub fn note_traps(&mut self, id: FuncId, traps: impl Iterator<Item = (u32, ir::TrapCode)>) {
        let t: Vec<(u32, Trap)> = traps.filter_map(|(o, c)| Trap::of(c).map(|t| (o, t))).collect();
        if !t.is_empty() {
            self.new_traps.push((id, t));
        }
    }

    /// After finalizing: the addresses of the new trap instructions.
    fn resolve_traps(&mut self) {
        if self.new_traps.is_empty() {
            return;
        }
        for (id, t) in std::mem::take(&mut self.new_traps) {
            let base = self.module.get_finalized_function(id) as usize;
            self.traps.extend(t.into_iter().map(|(o, t)| (base + o as usize, t)));
        }
        self.traps.sort_unstable_by_key(|t| t.0);
    }

    /// The trap instruction at `pc`, if JIT code has one there.
    fn trap_at(&self, pc: usize) -> Option<Trap> {
        self.traps.binary_search_by_key(&pc, |t| t.0).ok().map(|i| self.traps[i].1)
    }

    pub fn isa(&self) -> &dyn isa::TargetIsa {
        self.module.isa()
    }
}

/// Pointer type.
pub const PTR: ir::Type = types::I64;

/// `cir run`: runs the program's `main` with `args` (`args[0]` is the program name). Returns
/// the exit status, or a diagnostic when the program cannot be compiled for the JIT.
pub fn run_program(jit: &mut Jit, p: &mut Program, map: &crate::syntax::prescan::OffsetMap, args: &[String]) -> Result<i32, crate::diagnostics::Diagnostic> {
    let main = p.names.get("main").and_then(|n| {
        p.globals.iter().find_map(|g| match g {
            GlobalItem::Var(v) if p.vars[*v].name == Some(n) && p.vars[*v].code.is_some() => Some(*v),
            _ => None,
        })
    });
    let Some(main) = main else {
        return Err(crate::diagnostics::Diagnostic::error("`cir run`: the program has no `main` function"));
    };
    if let Some(e) = jit.lib_errors.first() {
        return Err(crate::diagnostics::Diagnostic::error(format!("`cir run`: {e}")));
    }
    jit.run_main(p, main, args).map_err(|e| {
        let d = crate::diagnostics::Diagnostic::error(format!("`cir run`: {}", e.msg));
        if e.span.is_none() {
            return d;
        }
        let (o, l) = map.span(e.span);
        d.at(o, l)
    })
}
