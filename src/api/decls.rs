//! `CirVar`, `CirTypedef`, `CirComp`, `CirEnum`, `CirEnumItem`: the declarations of the IR.
//!
//! New entities become part of the program as the lowering makes them: `CirVar_new(0)` is a
//! global (a tentative definition until its storage says `extern` or its type makes it a
//! function without a body), `CirVar_new(code)` a local of that code (a temporary while it has no
//! name); comps, enums and typedefs are file-scope items. Setters keep the IR consistent: a
//! function whose body is set is defined and owns its formals (`is_param`), a struct or union
//! that is defined (or becomes defined) never contains itself by value nor an impossible member,
//! and every change drops the layouts and early-rendered bodies that could depend on it.
//!
//! Three things of the original's data model have no place in the IR and are kept here, per
//! compilation: the type of a var made by `CirVar_new` before one is set (the original's NULL;
//! the IR holds `int` meanwhile), and empty slots (id 0) in a function's formals or an enum's
//! items after `CirVar_setType` / `CirEnum_setNumItems` grew them. The IR holds the filled
//! slots (formals: the filled prefix, so positions stay right; items: the filled ones in order).

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

use super::*;
use crate::render::{Naming, type_decl, value_text, var_name_of};

/// `CIR_MAX_FIELDS` of `cir.h`.
const MAX_FIELDS: usize = 1023;
/// More enum items than this in one `CirEnum_setNumItems` is a mistake.
const MAX_ITEMS: usize = 1 << 20;

#[derive(Default)]
struct Side {
    /// Vars made by `CirVar_new` whose type was never set (their IR type is `int`).
    untyped: HashSet<VarId>,
    /// Formal slots of functions with an empty slot before a filled one (or at the end).
    formals: HashMap<VarId, Vec<Option<VarId>>>,
    /// Item slots of enums with an empty slot.
    items: HashMap<EnumId, Vec<Option<EnumItemId>>>,
}

thread_local! {
    static SIDE: RefCell<Side> = RefCell::new(Side::default());
}

fn side<R>(f: impl FnOnce(&mut Side) -> R) -> R {
    SIDE.with(|s| f(&mut s.borrow_mut()))
}

/// Forgets the side data of a finished compilation.
pub(super) fn reset() {
    side(|s| *s = Side::default());
}

// ---- vars -----------------------------------------------------------------------------------------

/// Gives a var made without a type (see `untyped`) the type a statement infers for it.
pub(super) fn set_inferred_type(p: &mut Program, v: VarId, t: TypeId) {
    p.vars[v].ty = t;
    side(|s| s.untyped.remove(&v));
}

/// Whether `v` still has the type it was made with and none was set (the original's NULL type).
pub(super) fn untyped(p: &mut Program, v: VarId) -> bool {
    if !side(|s| s.untyped.contains(&v)) {
        return false;
    }
    let int = p.int_ty(IKind::Int);
    p.vars[v].ty == int
}

/// The number of parameters of function var `f` (its prototype's, or for a function without a
/// prototype the formals it has).
fn formal_count(p: &Program, f: VarId) -> usize {
    match p.skind(p.vars[f].ty) {
        TypeKind::Func { params, proto: true, .. } => params.len(),
        _ => p.vars[f].formals.len(),
    }
}

/// The formal slots of function var `f` (None: not set).
fn formal_slots(p: &Program, f: VarId) -> Vec<Option<VarId>> {
    let ir = &p.vars[f].formals;
    let n = formal_count(p, f);
    if let Some(s) = side(|s| s.formals.get(&f).cloned()) {
        let prefix: Vec<VarId> = s.iter().map_while(|x| *x).collect();
        if s.len() == n && prefix == *ir {
            return s;
        }
    }
    (0..n).map(|i| ir.get(i).copied()).collect()
}

/// Stores formal slots: the IR gets the filled prefix.
fn set_formal_slots(p: &mut Program, f: VarId, slots: Vec<Option<VarId>>) {
    p.vars[f].formals = slots.iter().map_while(|x| *x).collect();
    side(|s| {
        if slots.iter().any(|x| x.is_none()) {
            s.formals.insert(f, slots);
        } else {
            s.formals.remove(&f);
        }
    });
}

/// Makes `x` a var of `code` (formals belong to their function's body).
fn adopt(p: &mut Program, x: VarId, code: CodeId) {
    let owner = p.vars[x].owner;
    if owner == Some(code) {
        return;
    }
    if let Some(old) = owner {
        p.codes[old].vars.retain(|&y| y != x);
    }
    p.vars[x].owner = Some(code);
    p.codes[code].vars.push(x);
}

/// Keeps `defined` of a global as the lowering sets it: a function is defined by its body, an
/// object by an initializer or a declaration without `extern`.
fn refresh_defined(p: &mut Program, v: VarId) {
    if !p.vars[v].flags.global {
        return;
    }
    let d = &p.vars[v];
    let defined = if p.is_func(d.ty) { d.code.is_some() } else { d.init.is_some() || d.storage != Storage::Extern };
    p.vars[v].flags.defined = defined;
}

/// A function var (fatal otherwise).
fn function(func: &str, p: &Program, f: VarId) {
    if !p.is_func(p.vars[f].ty) {
        fatal(format!("`{func}`: {} is not a function", var_name_of(p, f)));
    }
}

extern "C" fn var_new(owner: u32) -> u32 {
    const F: &str = "CirVar_new";
    let owner = opt_code(F, owner);
    let p = prog(F);
    let int = p.int_ty(IKind::Int);
    let mut d = VarData::new(None, int);
    d.span = site();
    d.owner = owner;
    match owner {
        Some(_) => d.flags.temp = true,
        None => {
            d.flags.global = true;
            d.flags.defined = true;
        }
    }
    let v = p.new_var(d);
    if owner.is_none() {
        p.globals.push(GlobalItem::Var(v));
    }
    side(|s| s.untyped.insert(v));
    v.as_u32()
}

extern "C" fn var_get_name(v: u32) -> u32 {
    let v = var("CirVar_getName", v);
    name_id(prog("CirVar_getName").vars[v].name)
}

extern "C" fn var_set_name(v: u32, n: u32) {
    const F: &str = "CirVar_setName";
    let v = var(F, v);
    let n = opt_name(F, n);
    let p = prog(F);
    let d = &mut p.vars[v];
    d.name = n;
    if !d.flags.global && !d.flags.is_param {
        d.flags.temp = n.is_none();
    }
}

extern "C" fn var_get_type(v: u32) -> *const CirType {
    const F: &str = "CirVar_getType";
    let v = var(F, v);
    let p = prog(F);
    if untyped(p, v) {
        return std::ptr::null();
    }
    type_handle(p.vars[v].ty)
}

extern "C" fn var_set_type(v: u32, t: *const CirType) {
    const F: &str = "CirVar_setType";
    let v = var(F, v);
    let t = ty(F, t);
    let p = prog(F);
    let name = var_name_of(p, v);
    let is_func = p.is_func(t);
    if p.vars[v].code.is_some() && !is_func {
        fatal(format!("`{F}`: {name} has a body, so its type must be a function type"));
    }
    if p.is_void(t) {
        fatal(format!("`{F}`: a variable cannot have type `void` ({name})"));
    }
    if p.is_vm(t) && t != p.vars[v].ty {
        fatal(format!("`{F}`: variably modified types cannot be given to a variable ({name})"));
    }
    if is_func && !p.vars[v].flags.global {
        fatal(format!(
            "`{F}`: local variable {name} cannot have a function type (functions are made with `CirVar_new(0)`; a parameter takes a pointer to function)"
        ));
    }
    let old = if p.is_func(p.vars[v].ty) { formal_slots(p, v) } else { Vec::new() };
    p.vars[v].ty = t;
    side(|s| s.untyped.remove(&v));
    // As the original: the formals follow the number of parameters of the new type (a function
    // without a prototype keeps the formals it has).
    let slots: Vec<Option<VarId>> = match p.skind(t) {
        TypeKind::Func { params, proto: true, .. } => {
            let n = params.len();
            (0..n).map(|i| old.get(i).copied().flatten()).collect()
        }
        TypeKind::Func { .. } => old.iter().map_while(|x| *x).map(Some).collect(),
        _ => Vec::new(),
    };
    for x in p.vars[v].formals.clone() {
        if !slots.contains(&Some(x)) {
            p.vars[x].flags.is_param = false;
        }
    }
    set_formal_slots(p, v, slots);
    refresh_defined(p, v);
}

extern "C" fn var_get_formal(f: u32, i: usize) -> u32 {
    const F: &str = "CirVar_getFormal";
    let f = var(F, f);
    let p = prog(F);
    function(F, p, f);
    let slots = formal_slots(p, f);
    let i = index(F, i, slots.len(), "the parameter list");
    slots[i].map_or(0, |x| x.as_u32())
}

extern "C" fn var_set_formal(f: u32, i: usize, formal: u32) {
    const F: &str = "CirVar_setFormal";
    let f = var(F, f);
    let formal = opt_var(F, formal);
    let p = prog(F);
    function(F, p, f);
    let mut slots = formal_slots(p, f);
    let i = index(F, i, slots.len(), "the parameter list");
    if let Some(x) = formal {
        let d = &p.vars[x];
        let name = var_name_of(p, x);
        if x == f {
            fatal(format!("`{F}`: a function cannot be its own parameter"));
        }
        if d.flags.global {
            fatal(format!("`{F}`: {name} is a global variable; make parameters with `CirVar_new(bodyCode)`"));
        }
        if p.is_func(d.ty) {
            fatal(format!("`{F}`: {name} has a function type and cannot be a parameter"));
        }
        if let Some(j) = slots.iter().position(|s| *s == Some(x)).filter(|&j| j != i) {
            fatal(format!("`{F}`: {name} is already parameter {j}"));
        }
    }
    let old = slots[i];
    slots[i] = formal;
    if let Some(o) = old.filter(|o| Some(*o) != formal) {
        p.vars[o].flags.is_param = false;
    }
    if let Some(x) = formal {
        p.vars[x].flags.is_param = true;
        p.vars[x].flags.temp = false;
        if let Some(code) = p.vars[f].code {
            adopt(p, x, code);
        }
    }
    set_formal_slots(p, f, slots);
}

extern "C" fn var_get_code(f: u32) -> u32 {
    let f = var("CirVar_getCode", f);
    prog("CirVar_getCode").vars[f].code.map_or(0, |c| c.as_u32())
}

extern "C" fn var_set_code(f: u32, body: u32) {
    const F: &str = "CirVar_setCode";
    let f = var(F, f);
    let body = code(F, body);
    let p = prog(F);
    function(F, p, f);
    if !p.vars[f].flags.global {
        fatal(format!(
            "`{F}`: {} is a local declaration; a function with a body is made with `CirVar_new(0)`",
            var_name_of(p, f)
        ));
    }
    if let Some((g, _)) = p.vars.iter().find(|(g, d)| *g != f && d.code == Some(body)) {
        fatal(format!("`{F}`: code {} is already the body of {}", body.as_u32(), var_name_of(p, g)));
    }
    let slots = formal_slots(p, f);
    let d = &mut p.vars[f];
    d.code = Some(body);
    if d.storage == Storage::Extern {
        d.storage = Storage::None;
    }
    d.flags.defined = true;
    for x in slots.into_iter().flatten() {
        adopt(p, x, body);
    }
}

extern "C" fn var_get_owner(v: u32) -> u32 {
    let v = var("CirVar_getOwner", v);
    prog("CirVar_getOwner").vars[v].owner.map_or(0, |c| c.as_u32())
}

extern "C" fn var_get_storage(v: u32) -> u32 {
    let v = var("CirVar_getStorage", v);
    prog("CirVar_getStorage").vars[v].storage as u32
}

extern "C" fn var_set_storage(v: u32, s: u32) {
    const F: &str = "CirVar_setStorage";
    let v = var(F, v);
    let p = prog(F);
    let s = match s {
        0 => Storage::None,
        1 => Storage::Static,
        2 => Storage::Register,
        3 => Storage::Extern,
        _ => fatal(format!("`{F}`: {s} is not a storage class (CIR_NOSTORAGE .. CIR_EXTERN)")),
    };
    let d = &p.vars[v];
    let name = var_name_of(p, v);
    if d.flags.global && s == Storage::Register {
        fatal(format!("`{F}`: {name} is global and cannot be `register`"));
    }
    if !d.flags.global && s == Storage::Extern {
        fatal(format!("`{F}`: {name} is a local variable and cannot be `extern` (make globals with `CirVar_new(0)`)"));
    }
    if d.flags.is_param && s == Storage::Static {
        fatal(format!("`{F}`: parameter {name} cannot be `static`"));
    }
    if p.is_func(d.ty) && s == Storage::Register {
        fatal(format!("`{F}`: function {name} cannot be `register`"));
    }
    p.vars[v].storage = s;
    refresh_defined(p, v);
}

extern "C" fn var_log(v: u32) {
    const F: &str = "CirVar_log";
    let v = var(F, v);
    let p = prog(F);
    log::emit(&value_text(p, &Value::var(v)));
}

extern "C" fn var_log_name_and_type(v: u32) {
    const F: &str = "CirVar_logNameAndType";
    let v = var(F, v);
    let p = prog(F);
    let name = value_text(p, &Value::var(v));
    let text = if untyped(p, v) {
        format!("__auto_type {name}")
    } else {
        type_decl(p, p.vars[v].ty, &name, Naming::Rendered, &var_name_of)
    };
    log::emit(&text);
}

// ---- typedefs -------------------------------------------------------------------------------------

extern "C" fn typedef_new(n: u32, t: *const CirType) -> u32 {
    const F: &str = "CirTypedef_new";
    let n = name(F, n);
    let t = ty(F, t);
    let p = prog(F);
    if p.is_vm(t) {
        fatal(format!("`{F}`: a typedef of a variably modified type cannot be made at file scope"));
    }
    let td = p.typedefs.push(TypedefData { name: n, ty: t, span: site() });
    p.globals.push(GlobalItem::Typedef(td));
    td.as_u32()
}

extern "C" fn typedef_get_name(td: u32) -> u32 {
    let td = typedef("CirTypedef_getName", td);
    prog("CirTypedef_getName").typedefs[td].name.as_u32()
}

extern "C" fn typedef_get_type(td: u32) -> *const CirType {
    let td = typedef("CirTypedef_getType", td);
    type_handle(prog("CirTypedef_getType").typedefs[td].ty)
}

extern "C" fn typedef_log(td: u32) {
    const F: &str = "CirTypedef_log";
    let td = typedef(F, td);
    let p = prog(F);
    let t = p.ty(TypeKind::Named(td));
    log::emit(&type_decl(p, t, "", Naming::Rendered, &var_name_of));
}

// ---- structs and unions ---------------------------------------------------------------------------

/// Whether type `t` holds struct/union `target` by value (through typedefs, arrays and the
/// members of defined structs and unions).
fn holds(p: &Program, t: TypeId, target: CompId) -> bool {
    let mut stack = vec![t];
    let mut seen: HashSet<CompId> = HashSet::new();
    while let Some(t) = stack.pop() {
        match p.skind(t) {
            TypeKind::Array { elem, .. } | TypeKind::Vector { elem, .. } => stack.push(*elem),
            TypeKind::Comp(c) => {
                if *c == target {
                    return true;
                }
                if p.comps[*c].defined && seen.insert(*c) {
                    stack.extend(p.comps[*c].fields.iter().map(|f| f.ty));
                }
            }
            _ => {}
        }
    }
    false
}

fn field_label(p: &Program, i: usize, f: &Field) -> String {
    match f.name {
        Some(n) => format!("field {i} (`{}`)", p.name_str(n)),
        None => format!("field {i}"),
    }
}

/// What is wrong with `fields` as the members of comp `c`: always, a member that cannot exist
/// (void, function, bad bit-field); when the comp is `defined`, also a member that contains the
/// comp itself or has an incomplete type, a named zero-width bit-field and duplicate names;
/// with `complete`, also what only a finished definition must satisfy (no nameless plain
/// members, flexible array member last in a struct).
fn fields_problem(p: &Program, c: CompId, fields: &[Field], is_struct: bool, defined: bool, complete: bool) -> Option<String> {
    let mut names: HashSet<Name> = HashSet::new();
    for (i, f) in fields.iter().enumerate() {
        let what = field_label(p, i, f);
        let tname = || type_decl(p, f.ty, "", Naming::Rendered, &var_name_of);
        if p.is_void(f.ty) {
            return Some(format!("{what} has type `void`"));
        }
        if p.is_func(f.ty) {
            return Some(format!("{what} has a function type"));
        }
        if let Some(w) = f.bitwidth {
            let Some(k) = p.int_kind(f.ty) else {
                return Some(format!("{what} is a bit-field of type `{}`, which is not an integer type", tname()));
            };
            if w as u64 > k.size() * 8 {
                return Some(format!("{what}: width {w} exceeds its type `{}`", tname()));
            }
        }
        if !defined {
            continue;
        }
        if holds(p, f.ty, c) {
            return Some(format!("{what} contains the {} itself", if is_struct { "struct" } else { "union" }));
        }
        let flexible = matches!(p.skind(f.ty), TypeKind::Array { len: ArrayLen::Unknown, .. });
        if !flexible && p.size_of(f.ty).is_none() {
            return Some(format!("{what} has incomplete type `{}`", tname()));
        }
        if f.bitwidth == Some(0) && f.name.is_some() {
            return Some(format!("{what} is a zero-width bit-field with a name"));
        }
        if let Some(n) = f.name
            && !names.insert(n)
        {
            return Some(format!("{what}: duplicate member name"));
        }
        if complete {
            if flexible && (!is_struct || i + 1 != fields.len() || !fields[..i].iter().any(|g| g.name.is_some())) {
                return Some(format!(
                    "{what} is a flexible array member, which must be the last member of a struct with named members"
                ));
            }
            if f.name.is_none() && f.bitwidth.is_none() && !matches!(p.kind(f.ty), TypeKind::Comp(_)) {
                return Some(format!("{what} has no name (only struct and union members may be anonymous)"));
            }
        }
    }
    None
}

/// Replaces the fields of `c` after checking them (fatal naming `func` if they are wrong).
fn set_fields(func: &str, p: &mut Program, c: CompId, fields: Vec<Field>) {
    let cd = &p.comps[c];
    if let Some(msg) = fields_problem(p, c, &fields, cd.is_struct, cd.defined, false) {
        fatal(format!("`{func}`: {c}: {msg}"));
    }
    p.comps[c].fields = fields;
    comp_changed(p);
}

/// Layouts of the comp and of every comp holding it are stale.
fn comp_changed(p: &mut Program) {
    p.layouts.clear();
}

/// Field `i` of `c` (fatal if out of range).
fn field_index(func: &str, p: &Program, c: CompId, i: usize) -> usize {
    index(func, i, p.comps[c].fields.len(), &format!("{c}"))
}

/// A comp whose layout is asked for: it must be defined.
fn laid_out(func: &str, p: &Program, c: CompId) {
    if !p.comps[c].defined {
        fatal(format!("`{func}`: {c} is not defined, so it has no layout"));
    }
}

extern "C" fn comp_new() -> u32 {
    let p = prog("CirComp_new");
    let c = p.comps.push(CompData {
        name: None,
        is_struct: true,
        defined: false,
        fields: Vec::new(),
        attrs: None,
        pack: None,
        span: site(),
    });
    p.globals.push(GlobalItem::Comp(c));
    c.as_u32()
}

extern "C" fn comp_is_struct(c: u32) -> bool {
    let c = comp("CirComp_isStruct", c);
    prog("CirComp_isStruct").comps[c].is_struct
}

extern "C" fn comp_set_struct(c: u32, is_struct: bool) {
    const F: &str = "CirComp_setStruct";
    let c = comp(F, c);
    let p = prog(F);
    let cd = &p.comps[c];
    if cd.defined
        && !is_struct
        && let Some((i, f)) =
            cd.fields.iter().enumerate().find(|(_, f)| matches!(p.skind(f.ty), TypeKind::Array { len: ArrayLen::Unknown, .. }))
    {
        fatal(format!("`{F}`: {c} has a flexible array member ({}), so it cannot be a union", field_label(p, i, f)));
    }
    p.comps[c].is_struct = is_struct;
    comp_changed(p);
}

extern "C" fn comp_is_defined(c: u32) -> bool {
    let c = comp("CirComp_isDefined", c);
    prog("CirComp_isDefined").comps[c].defined
}

extern "C" fn comp_set_defined(c: u32, defined: bool) {
    const F: &str = "CirComp_setDefined";
    let c = comp(F, c);
    let p = prog(F);
    if defined {
        let cd = &p.comps[c];
        if let Some(msg) = fields_problem(p, c, &cd.fields, cd.is_struct, true, true) {
            fatal(format!("`{F}`: {c} cannot be defined: {msg}"));
        }
    }
    p.comps[c].defined = defined;
    comp_changed(p);
}

extern "C" fn comp_get_name(c: u32) -> u32 {
    let c = comp("CirComp_getName", c);
    name_id(prog("CirComp_getName").comps[c].name)
}

extern "C" fn comp_set_name(c: u32, n: u32) {
    const F: &str = "CirComp_setName";
    let c = comp(F, c);
    let n = opt_name(F, n);
    let p = prog(F);
    p.comps[c].name = n;
}

extern "C" fn comp_get_num_fields(c: u32) -> usize {
    let c = comp("CirComp_getNumFields", c);
    prog("CirComp_getNumFields").comps[c].fields.len()
}

extern "C" fn comp_set_num_fields(c: u32, n: usize) {
    const F: &str = "CirComp_setNumFields";
    let c = comp(F, c);
    let p = prog(F);
    let mut fields = p.comps[c].fields.clone();
    if n > fields.len() && n > MAX_FIELDS {
        fatal(format!("`{F}`: {n} fields is more than CIR_MAX_FIELDS ({MAX_FIELDS})"));
    }
    let int = p.int_ty(IKind::Int);
    fields.resize(n, Field { name: None, ty: int, bitwidth: None, attrs: None, align: None });
    set_fields(F, p, c, fields);
}

extern "C" fn comp_get_field_name(c: u32, i: usize) -> u32 {
    const F: &str = "CirComp_getFieldName";
    let c = comp(F, c);
    let p = prog(F);
    let i = field_index(F, p, c, i);
    name_id(p.comps[c].fields[i].name)
}

extern "C" fn comp_set_field_name(c: u32, i: usize, n: u32) {
    const F: &str = "CirComp_setFieldName";
    let c = comp(F, c);
    let n = opt_name(F, n);
    let p = prog(F);
    let i = field_index(F, p, c, i);
    let mut fields = p.comps[c].fields.clone();
    fields[i].name = n;
    set_fields(F, p, c, fields);
}

extern "C" fn comp_get_field_type(c: u32, i: usize) -> *const CirType {
    const F: &str = "CirComp_getFieldType";
    let c = comp(F, c);
    let p = prog(F);
    let i = field_index(F, p, c, i);
    type_handle(p.comps[c].fields[i].ty)
}

extern "C" fn comp_set_field_type(c: u32, i: usize, t: *const CirType) {
    const F: &str = "CirComp_setFieldType";
    let c = comp(F, c);
    let t = ty(F, t);
    let p = prog(F);
    let i = field_index(F, p, c, i);
    if p.is_vm(t) {
        fatal(format!("`{F}`: a member cannot have a variably modified type"));
    }
    let mut fields = p.comps[c].fields.clone();
    fields[i].ty = t;
    set_fields(F, p, c, fields);
}

extern "C" fn comp_has_field_bitsize(c: u32, i: usize) -> bool {
    const F: &str = "CirComp_hasFieldBitsize";
    let c = comp(F, c);
    let p = prog(F);
    let i = field_index(F, p, c, i);
    p.comps[c].fields[i].bitwidth.is_some()
}

/// The width of a bit-field; 0 for a member that is not one (as the original).
extern "C" fn comp_get_field_bitsize(c: u32, i: usize) -> usize {
    const F: &str = "CirComp_getFieldBitsize";
    let c = comp(F, c);
    let p = prog(F);
    let i = field_index(F, p, c, i);
    p.comps[c].fields[i].bitwidth.unwrap_or(0) as usize
}

extern "C" fn comp_set_field_bitsize(c: u32, i: usize, bits: usize) {
    const F: &str = "CirComp_setFieldBitsize";
    let c = comp(F, c);
    let p = prog(F);
    let i = field_index(F, p, c, i);
    let Ok(w) = u32::try_from(bits) else {
        fatal(format!("`{F}`: width {bits} is too large for a bit-field"));
    };
    let mut fields = p.comps[c].fields.clone();
    fields[i].bitwidth = Some(w);
    set_fields(F, p, c, fields);
}

extern "C" fn comp_clear_field_bitsize(c: u32, i: usize) {
    const F: &str = "CirComp_clearFieldBitsize";
    let c = comp(F, c);
    let p = prog(F);
    let i = field_index(F, p, c, i);
    let mut fields = p.comps[c].fields.clone();
    fields[i].bitwidth = None;
    set_fields(F, p, c, fields);
}

/// Finds a member of `c` itself (not inside anonymous members) by name. Name 0 finds nothing.
extern "C" fn comp_get_field_by_name(c: u32, n: u32, out: *mut usize) -> bool {
    const F: &str = "CirComp_getFieldByName";
    let c = comp(F, c);
    let n = opt_name(F, n);
    let p = prog(F);
    let Some(n) = n else { return false };
    let Some(i) = p.comps[c].fields.iter().position(|f| f.name == Some(n)) else { return false };
    if !out.is_null() {
        // SAFETY: compile-time code passes a pointer to a `size_t` (faults are contained).
        unsafe { out.write_unaligned(i) };
    }
    true
}

/// The alignment a member gets in the layout, in bytes (`packed`, `aligned` and
/// `#pragma pack` included), as `layout.rs` places it.
fn field_align(p: &Program, c: CompId, i: usize) -> u64 {
    let cd = &p.comps[c];
    let f = &cd.fields[i];
    let packed = p.has_attr(cd.attrs, "packed") || p.has_attr(f.attrs, "packed");
    let user = f.align.or_else(|| p.attr_aligned(f.attrs));
    let mut a = p.align_of(f.ty);
    if f.bitwidth.is_some() {
        if let Some(pk) = cd.pack {
            a = a.min(pk);
        } else if packed {
            a = 1;
        }
        if let Some(u) = user {
            a = a.max(u);
        }
    } else {
        if packed {
            a = 1;
        }
        if let Some(u) = user {
            a = a.max(u);
        }
        if let Some(pk) = cd.pack {
            a = a.min(pk);
        }
    }
    a.max(1)
}

extern "C" fn comp_get_field_align(c: u32, i: usize, mach: *const CirMachine) -> u64 {
    const F: &str = "CirComp_getFieldAlign";
    let c = comp(F, c);
    machine(F, mach);
    let p = prog(F);
    let i = field_index(F, p, c, i);
    laid_out(F, p, c);
    field_align(p, c, i)
}

extern "C" fn comp_get_align(c: u32, mach: *const CirMachine) -> u64 {
    const F: &str = "CirComp_getAlign";
    let c = comp(F, c);
    machine(F, mach);
    let p = prog(F);
    laid_out(F, p, c);
    p.comp_layout(c).align
}

extern "C" fn comp_get_size(c: u32, mach: *const CirMachine) -> u64 {
    const F: &str = "CirComp_getSize";
    let c = comp(F, c);
    machine(F, mach);
    let p = prog(F);
    laid_out(F, p, c);
    p.comp_layout(c).size
}

extern "C" fn comp_get_field_bits_offset(c: u32, i: usize, mach: *const CirMachine) -> u64 {
    const F: &str = "CirComp_getFieldBitsOffset";
    let c = comp(F, c);
    machine(F, mach);
    let p = prog(F);
    let i = field_index(F, p, c, i);
    laid_out(F, p, c);
    p.field_layout(c, i).map_or(0, |l| l.bitpos)
}

extern "C" fn comp_log(c: u32) {
    const F: &str = "CirComp_log";
    let c = comp(F, c);
    let p = prog(F);
    let t = p.ty(TypeKind::Comp(c));
    log::emit(&type_decl(p, t, "", Naming::Rendered, &var_name_of));
}

// ---- enums ----------------------------------------------------------------------------------------

/// The item slots of enum `e` (None: not set).
fn item_slots(p: &Program, e: EnumId) -> Vec<Option<EnumItemId>> {
    let ir = &p.enums[e].items;
    if let Some(s) = side(|s| s.items.get(&e).cloned())
        && s.iter().flatten().eq(ir.iter())
    {
        return s;
    }
    ir.iter().map(|&x| Some(x)).collect()
}

/// Stores item slots (the IR gets the filled ones); items no longer listed lose their owner.
fn set_item_slots(p: &mut Program, e: EnumId, slots: Vec<Option<EnumItemId>>) {
    for x in p.enums[e].items.clone() {
        if !slots.contains(&Some(x)) && p.enum_items[x].owner == Some(e) {
            p.enum_items[x].owner = None;
        }
    }
    for x in slots.iter().flatten() {
        p.enum_items[*x].owner = Some(e);
    }
    p.enums[e].items = slots.iter().flatten().copied().collect();
    side(|s| {
        if slots.iter().any(|x| x.is_none()) {
            s.items.insert(e, slots);
        } else {
            s.items.remove(&e);
        }
    });
}

/// A name used twice among the items of an enum.
fn duplicate_item(p: &Program, slots: &[Option<EnumItemId>]) -> Option<Name> {
    let mut seen = HashSet::new();
    slots.iter().flatten().map(|x| p.enum_items[*x].name).find(|n| !seen.insert(*n))
}

extern "C" fn enum_new() -> u32 {
    let p = prog("CirEnum_new");
    let e = p.enums.push(EnumData {
        name: None,
        items: Vec::new(),
        ikind: IKind::Int,
        defined: false,
        attrs: None,
        span: site(),
    });
    p.globals.push(GlobalItem::Enum(e));
    e.as_u32()
}

extern "C" fn enum_get_name(e: u32) -> u32 {
    let e = enum_("CirEnum_getName", e);
    name_id(prog("CirEnum_getName").enums[e].name)
}

extern "C" fn enum_set_name(e: u32, n: u32) {
    const F: &str = "CirEnum_setName";
    let e = enum_(F, e);
    let n = opt_name(F, n);
    let p = prog(F);
    p.enums[e].name = n;
}

extern "C" fn enum_get_num_items(e: u32) -> usize {
    const F: &str = "CirEnum_getNumItems";
    let e = enum_(F, e);
    item_slots(prog(F), e).len()
}

extern "C" fn enum_set_num_items(e: u32, n: usize) {
    const F: &str = "CirEnum_setNumItems";
    let e = enum_(F, e);
    let p = prog(F);
    let mut slots = item_slots(p, e);
    if n > slots.len() && n > MAX_ITEMS {
        fatal(format!("`{F}`: {n} items is not plausible"));
    }
    slots.resize(n, None);
    set_item_slots(p, e, slots);
}

extern "C" fn enum_get_item(e: u32, i: usize) -> u32 {
    const F: &str = "CirEnum_getItem";
    let e = enum_(F, e);
    let p = prog(F);
    let slots = item_slots(p, e);
    let i = index(F, i, slots.len(), &format!("{e}"));
    slots[i].map_or(0, |x| x.as_u32())
}

extern "C" fn enum_set_item(e: u32, i: usize, item: u32) {
    const F: &str = "CirEnum_setItem";
    let e = enum_(F, e);
    let item = opt_enum_item(F, item);
    let p = prog(F);
    let mut slots = item_slots(p, e);
    let i = index(F, i, slots.len(), &format!("{e}"));
    if let Some(x) = item {
        let id = x.as_u32();
        if let Some(o) = p.enum_items[x].owner.filter(|o| *o != e) {
            fatal(format!("`{F}`: item {id} already belongs to {o}"));
        }
        if let Some(j) = slots.iter().position(|s| *s == Some(x)).filter(|&j| j != i) {
            fatal(format!("`{F}`: item {id} is already item {j} of {e}"));
        }
    }
    slots[i] = item;
    if p.enums[e].defined
        && let Some(n) = duplicate_item(p, &slots)
    {
        fatal(format!("`{F}`: {e} would have two items named `{}`", p.name_str(n)));
    }
    set_item_slots(p, e, slots);
}

extern "C" fn enum_get_ikind(e: u32) -> u32 {
    let e = enum_("CirEnum_getIkind", e);
    prog("CirEnum_getIkind").enums[e].ikind as u32
}

extern "C" fn enum_set_ikind(e: u32, k: u32) {
    const F: &str = "CirEnum_setIkind";
    let e = enum_(F, e);
    let ikind = match IKind::from_u32(k) {
        Some(k) if (k as u32) <= IKind::ULongLong as u32 && k != IKind::Bool => k,
        _ => fatal(format!("`{F}`: {k} is not an integer kind an enum can have (CIR_ICHAR .. CIR_IULONGLONG, not CIR_IBOOL)")),
    };
    let p = prog(F);
    p.enums[e].ikind = ikind;
    comp_changed(p);
}

extern "C" fn enum_is_defined(e: u32) -> bool {
    let e = enum_("CirEnum_isDefined", e);
    prog("CirEnum_isDefined").enums[e].defined
}

extern "C" fn enum_set_defined(e: u32, defined: bool) {
    const F: &str = "CirEnum_setDefined";
    let e = enum_(F, e);
    let p = prog(F);
    if defined {
        let slots = item_slots(p, e);
        if let Some(i) = slots.iter().position(|s| s.is_none()) {
            fatal(format!("`{F}`: {e} cannot be defined: item {i} is not set (use `CirEnum_setItem`)"));
        }
        if let Some(n) = duplicate_item(p, &slots) {
            fatal(format!("`{F}`: {e} cannot be defined: two items are named `{}`", p.name_str(n)));
        }
    }
    p.enums[e].defined = defined;
    comp_changed(p);
}

extern "C" fn enum_item_new(n: u32) -> u32 {
    const F: &str = "CirEnumItem_new";
    let n = name(F, n);
    let p = prog(F);
    p.enum_items.push(EnumItemData { name: n, value: 0, owner: None }).as_u32()
}

extern "C" fn enum_item_get_name(x: u32) -> u32 {
    let x = enum_item("CirEnumItem_getName", x);
    prog("CirEnumItem_getName").enum_items[x].name.as_u32()
}

extern "C" fn enum_item_get_i64(x: u32) -> i64 {
    let x = enum_item("CirEnumItem_getI64", x);
    prog("CirEnumItem_getI64").enum_items[x].value as i64
}

extern "C" fn enum_item_set_i64(x: u32, v: i64) {
    const F: &str = "CirEnumItem_setI64";
    let x = enum_item(F, x);
    let p = prog(F);
    p.enum_items[x].value = v as i128;
}

pub(super) fn lookup(name: &str) -> Option<*const u8> {
    Some(match name {
        "CirVar_new" => var_new as *const u8,
        "CirVar_getName" => var_get_name as *const u8,
        "CirVar_setName" => var_set_name as *const u8,
        "CirVar_getType" => var_get_type as *const u8,
        "CirVar_setType" => var_set_type as *const u8,
        "CirVar_getFormal" => var_get_formal as *const u8,
        "CirVar_setFormal" => var_set_formal as *const u8,
        "CirVar_getCode" => var_get_code as *const u8,
        "CirVar_setCode" => var_set_code as *const u8,
        "CirVar_getOwner" => var_get_owner as *const u8,
        "CirVar_getStorage" => var_get_storage as *const u8,
        "CirVar_setStorage" => var_set_storage as *const u8,
        "CirVar_log" => var_log as *const u8,
        "CirVar_logNameAndType" => var_log_name_and_type as *const u8,
        "CirTypedef_new" => typedef_new as *const u8,
        "CirTypedef_getName" => typedef_get_name as *const u8,
        "CirTypedef_getType" => typedef_get_type as *const u8,
        "CirTypedef_log" => typedef_log as *const u8,
        "CirComp_new" => comp_new as *const u8,
        "CirComp_isStruct" => comp_is_struct as *const u8,
        "CirComp_setStruct" => comp_set_struct as *const u8,
        "CirComp_isDefined" => comp_is_defined as *const u8,
        "CirComp_setDefined" => comp_set_defined as *const u8,
        "CirComp_getName" => comp_get_name as *const u8,
        "CirComp_setName" => comp_set_name as *const u8,
        "CirComp_getNumFields" => comp_get_num_fields as *const u8,
        "CirComp_setNumFields" => comp_set_num_fields as *const u8,
        "CirComp_getFieldName" => comp_get_field_name as *const u8,
        "CirComp_setFieldName" => comp_set_field_name as *const u8,
        "CirComp_getFieldType" => comp_get_field_type as *const u8,
        "CirComp_setFieldType" => comp_set_field_type as *const u8,
        "CirComp_hasFieldBitsize" => comp_has_field_bitsize as *const u8,
        "CirComp_getFieldBitsize" => comp_get_field_bitsize as *const u8,
        "CirComp_setFieldBitsize" => comp_set_field_bitsize as *const u8,
        "CirComp_clearFieldBitsize" => comp_clear_field_bitsize as *const u8,
        "CirComp_getFieldByName" => comp_get_field_by_name as *const u8,
        "CirComp_getFieldAlign" => comp_get_field_align as *const u8,
        "CirComp_getAlign" => comp_get_align as *const u8,
        "CirComp_getSize" => comp_get_size as *const u8,
        "CirComp_getFieldBitsOffset" => comp_get_field_bits_offset as *const u8,
        "CirComp_log" => comp_log as *const u8,
        "CirEnum_new" => enum_new as *const u8,
        "CirEnum_getName" => enum_get_name as *const u8,
        "CirEnum_setName" => enum_set_name as *const u8,
        "CirEnum_getNumItems" => enum_get_num_items as *const u8,
        "CirEnum_setNumItems" => enum_set_num_items as *const u8,
        "CirEnum_getItem" => enum_get_item as *const u8,
        "CirEnum_setItem" => enum_set_item as *const u8,
        "CirEnum_getIkind" => enum_get_ikind as *const u8,
        "CirEnum_setIkind" => enum_set_ikind as *const u8,
        "CirEnum_isDefined" => enum_is_defined as *const u8,
        "CirEnum_setDefined" => enum_set_defined as *const u8,
        "CirEnumItem_new" => enum_item_new as *const u8,
        "CirEnumItem_getName" => enum_item_get_name as *const u8,
        "CirEnumItem_getI64" => enum_item_get_i64 as *const u8,
        "CirEnumItem_setI64" => enum_item_set_i64 as *const u8,
        _ => return None,
    })
}
