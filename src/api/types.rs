//! `CirAttr`, `CirType`, `CirBuiltin`: attributes, interned types and builtins.
//!
//! **Types.** A `const CirType *` is a handle of an interned `TypeId`, so two handles of the same
//! type (kind, qualifiers and attributes) are the same pointer. As in the original, the
//! predicates and accessors look at the type itself: a typedef name is only "named"
//! (`CirType_isNamed`) and is neither a pointer, an int, ... until `CirType_unroll`; accessors
//! of the wrong kind of type (`CirType_getBaseType` of an int, `CirType_getParams` of a typedef
//! name) are misuse. `CirType_sizeof`/`CirType_alignof` see through typedefs. An enum is not an
//! integer type for `CirType_isInt`/`CirType_isArithmetic` (original); `_Complex` types are
//! arithmetic; GCC's wide bit-field type reads as `long long`/`unsigned long long`.
//!
//! **Qualifiers are attributes.** The original keeps `const`, `volatile` and `restrict` as name
//! attributes of a type, and compile-time code builds `const T` with `CirType_withAttrs(t,
//! {CirAttr_name(CirName_of("const"))}, 1)`. cir keeps qualifiers apart in the IR, so the
//! attribute functions translate: a type's attribute list shows its qualifiers first (`const`,
//! `volatile`, `restrict`, `_Atomic`, as names), then its `__attribute__` items in source
//! order; those four names given to `withAttrs`/`replaceAttrs`/`removeAttrs` set or clear the
//! qualifier. Qualifiers of an array type belong to its element type (C11 6.7.3p9), so they
//! show (and are changed) on the element type. As in the original, an attribute list holds at
//! most one attribute of a name: `withAttrs` replaces an attribute of the same name (in place)
//! and appends the others, `removeAttrs` drops every attribute whose name is given (a cons
//! `aligned(8)` and a name `aligned` both remove `aligned(4)`).
//!
//! **Attributes.** A `const CirAttr *` is a handle of an interned `ApiAttr` (`AttrArg`). C sees
//! an integer (`AttrArg::Int`), a string (`Str`), a name (`Name`, or an IR `Attr` written
//! without parentheses and arguments, shown as a `Name`) or a cons (an IR `Attr` with
//! parentheses). The arguments the lowering binds to declarations are seen as names: a
//! variable or function (`Var`, as in `cleanup(f)`) as a name of its source name (0 if it has
//! none), a type argument (`Type`) as a name of its C spelling; handing such an argument back
//! (inside `CirAttr_cons`) keeps the binding. Only names and conses are attributes of a type:
//! an integer or a string given to `withAttrs`, `replaceAttrs` or `removeAttrs` is misuse.
//!
//! **Differences from the original, on purpose.** `CirType_equals` compares structurally and
//! ignores qualifiers and attributes at every level, as the original does, but also tells a
//! prototype `int (void)` from an unprototyped `int ()`, which the original cannot express.
//! `CirType_unrollDeep` also unrolls parameter types (the header promises "everywhere
//! inside"; the original left them). `CirType_lvalConv` of an array gives a plain pointer to
//! the element type (the original copied the array's attributes onto the pointer); otherwise
//! it is the original's: a function type becomes a pointer to it, other types lose their
//! top-level qualifiers (returning `t` itself when it has none, typedef name included).
//! `CirType_sizeof(void)` is 1 and `CirType_alignof` of a function type is 1 (GCC); the size
//! of a function type, of an array without a constant length and the alignment of `void` are
//! misuse, as is either of a struct/union that is not defined (or has a member that is
//! incomplete or contains the struct itself). An enum that is not defined has the size of its
//! integer kind (original). `CirType_log` prints the declaration as the output would (names
//! `tidN_name`, `struct cidN_name`, ...), without attributes.

use std::collections::{HashMap, HashSet};
use std::ffi::c_char;

use super::misc::{fkind, ikind};
use super::*;
use crate::ir::builtins::{builtin_type, is_builtin_name, sig_index};
use crate::render::{Naming, type_decl};

// ---- attributes ---------------------------------------------------------------------------------

/// The names standing for qualifiers in attribute lists, in the order they are shown.
const QUALS: [(Quals, &str); 4] =
    [(Quals::CONST, "const"), (Quals::VOLATILE, "volatile"), (Quals::RESTRICT, "restrict"), (Quals::ATOMIC, "_Atomic")];

/// The C view of an attribute argument: an IR attribute without parentheses and arguments is a
/// name (recursively inside conses).
fn view(a: &AttrArg) -> AttrArg {
    match a {
        AttrArg::Attr(b) if !b.parens && b.args.is_empty() => AttrArg::Name(b.name),
        AttrArg::Attr(b) => {
            AttrArg::Attr(Box::new(Attr { name: b.name, args: b.args.iter().map(view).collect(), parens: b.parens }))
        }
        other => other.clone(),
    }
}

/// The name a name or cons attribute has for C (`None`: an integer or a string).
fn attr_name(p: &mut Program, a: &AttrArg) -> Option<u32> {
    Some(match a {
        AttrArg::Int(_) | AttrArg::Str(_) => return None,
        AttrArg::Name(n) => n.as_u32(),
        AttrArg::Attr(b) => b.name.as_u32(),
        AttrArg::Var(v) => name_id(p.vars[*v].name),
        AttrArg::Type(t) => {
            let s = type_text(p, *t, "", Naming::Original);
            p.name(&s).as_u32()
        }
    })
}

/// A type's attribute list as C sees it: qualifiers as names, then its attributes.
fn type_attrs(p: &mut Program, t: TypeId) -> Vec<ApiAttr> {
    let d = p.ty_data(t).clone();
    let mut out = Vec::new();
    for (q, n) in QUALS {
        if d.quals.has(q) {
            out.push(AttrArg::Name(p.name(n)));
        }
    }
    out.extend(p.types.attrs(d.attrs).iter().map(|a| view(&AttrArg::Attr(Box::new(a.clone())))));
    out
}

/// One attribute given for a type: a qualifier or an IR attribute.
enum Item {
    Qual(Quals),
    Attr(Attr),
}

/// Converts attributes given by C into qualifiers and IR attributes (integers and strings
/// are misuse).
fn type_items(func: &str, p: &mut Program, list: &[ApiAttr]) -> Vec<Item> {
    let mut out = Vec::with_capacity(list.len());
    for (i, a) in list.iter().enumerate() {
        let attr = match a {
            AttrArg::Int(_) | AttrArg::Str(_) => {
                let what = if matches!(a, AttrArg::Int(_)) { "an integer" } else { "a string" };
                fatal(format!("`{func}`: attribute {i} is {what}, not a name or a cons (`name(args)`)"));
            }
            AttrArg::Attr(b) => (**b).clone(),
            _ => {
                let n = attr_name(p, a).unwrap_or(0);
                let Some(n) = Name::from_u32(n) else {
                    fatal(format!("`{func}`: attribute {i} is a variable without a name"));
                };
                Attr { name: n, args: Vec::new(), parens: false }
            }
        };
        let qual = (!attr.parens && attr.args.is_empty())
            .then(|| QUALS.iter().find(|(_, s)| *s == p.name_str(attr.name)).map(|(q, _)| *q))
            .flatten();
        out.push(match qual {
            Some(q) => Item::Qual(q),
            None => Item::Attr(attr),
        });
    }
    out
}

/// The qualifiers and the attributes (at most one per name, the first kept) of `items`.
fn split(items: Vec<Item>) -> (Quals, Vec<Attr>) {
    let mut q = Quals::NONE;
    let mut attrs: Vec<Attr> = Vec::new();
    for it in items {
        match it {
            Item::Qual(x) => q = q.union(x),
            Item::Attr(a) => {
                if !attrs.iter().any(|b| b.name == a.name) {
                    attrs.push(a)
                }
            }
        }
    }
    (q, attrs)
}

/// `t` with exactly these qualifiers (arrays: added to the element type) and attributes.
fn rebuild(p: &mut Program, t: TypeId, quals: Quals, attrs: Vec<Attr>) -> TypeId {
    let mut d = p.ty_data(t).clone();
    d.attrs = p.types.intern_attrs(attrs);
    if matches!(d.kind, TypeKind::Array { .. }) {
        let base = p.types.intern(d);
        return p.qualified(base, quals);
    }
    d.quals = quals;
    p.types.intern(d)
}

/// The C text of an attribute (`aligned(8)`, `section(".text")`).
fn attr_text(p: &mut Program, a: &AttrArg) -> String {
    match a {
        AttrArg::Int(i) => i.to_string(),
        AttrArg::Str(s) => log::quoted(s),
        AttrArg::Name(n) => p.name_str(*n).to_string(),
        AttrArg::Var(v) => p.vars[*v].name.map_or_else(|| v.to_string(), |n| p.name_str(n).to_string()),
        AttrArg::Type(t) => type_text(p, *t, "", Naming::Original),
        AttrArg::Attr(b) => {
            if !b.parens && b.args.is_empty() {
                return p.name_str(b.name).to_string();
            }
            let args: Vec<String> = b.args.iter().map(|x| attr_text(p, x)).collect();
            format!("{}({})", p.name_str(b.name), args.join(", "))
        }
    }
}

/// `t` declaring `inner` as C.
fn type_text(p: &Program, t: TypeId, inner: &str, naming: Naming) -> String {
    type_decl(p, t, inner, naming, &crate::render::var_name_of)
}

extern "C" fn attr_int(i: i32) -> *const CirAttr {
    attr_handle(AttrArg::Int(i as i128))
}

extern "C" fn attr_str(s: *const c_char) -> *const CirAttr {
    attr_handle(AttrArg::Str(c_str("CirAttr_str", s)))
}

extern "C" fn attr_name_new(n: u32) -> *const CirAttr {
    attr_handle(AttrArg::Name(name("CirAttr_name", n)))
}

extern "C" fn attr_cons(n: u32, args: *const *const CirAttr, len: usize) -> *const CirAttr {
    const F: &str = "CirAttr_cons";
    let n = name(F, n);
    let args: Vec<ApiAttr> = array(F, args, len).into_iter().map(|a| attr(F, a)).collect();
    attr_handle(AttrArg::Attr(Box::new(Attr { name: n, args, parens: true })))
}

extern "C" fn attr_is_int(a: *const CirAttr) -> bool {
    matches!(attr("CirAttr_isInt", a), AttrArg::Int(_))
}

extern "C" fn attr_is_str(a: *const CirAttr) -> bool {
    matches!(attr("CirAttr_isStr", a), AttrArg::Str(_))
}

fn is_cons(a: &AttrArg) -> bool {
    matches!(a, AttrArg::Attr(b) if b.parens || !b.args.is_empty())
}

extern "C" fn attr_is_name(a: *const CirAttr) -> bool {
    let a = attr("CirAttr_isName", a);
    !is_cons(&a) && !matches!(a, AttrArg::Int(_) | AttrArg::Str(_))
}

extern "C" fn attr_is_cons(a: *const CirAttr) -> bool {
    is_cons(&attr("CirAttr_isCons", a))
}

extern "C" fn attr_get_name(a: *const CirAttr) -> u32 {
    const F: &str = "CirAttr_getName";
    let a = attr(F, a);
    match attr_name(prog(F), &a) {
        Some(n) => n,
        None => fatal(format!("`{F}`: the attribute is an integer or a string, not a name or a cons")),
    }
}

/// The arguments of a cons attribute (fatal for the other kinds).
fn cons_args(func: &str, a: *const CirAttr) -> Vec<AttrArg> {
    match attr(func, a) {
        AttrArg::Attr(b) if b.parens || !b.args.is_empty() => b.args,
        _ => fatal(format!("`{func}`: the attribute is not a cons (`name(args)`)")),
    }
}

extern "C" fn attr_get_num_args(a: *const CirAttr) -> usize {
    cons_args("CirAttr_getNumArgs", a).len()
}

extern "C" fn attr_get_args(a: *const CirAttr) -> *const *const CirAttr {
    let hs: Vec<*const CirAttr> = cons_args("CirAttr_getArgs", a).iter().map(|x| attr_handle(view(x))).collect();
    keep_array(&hs)
}

extern "C" fn attr_log(a: *const CirAttr) {
    const F: &str = "CirAttr_log";
    let a = attr(F, a);
    let s = attr_text(prog(F), &a);
    log::emit(&s);
}

// ---- type predicates and accessors --------------------------------------------------------------

/// The kind of the type a handle stands for (not unrolled).
fn kind_of(func: &str, t: *const CirType) -> TypeKind {
    let t = ty(func, t);
    prog(func).kind(t).clone()
}

extern "C" fn type_is_void(t: *const CirType) -> bool {
    matches!(kind_of("CirType_isVoid", t), TypeKind::Void)
}

fn int_kind_of(k: &TypeKind) -> Option<IKind> {
    match k {
        TypeKind::Int(k) => Some(*k),
        TypeKind::BitInt { signed, .. } => Some(if *signed { IKind::LongLong } else { IKind::ULongLong }),
        _ => None,
    }
}

extern "C" fn type_is_int(t: *const CirType) -> u32 {
    int_kind_of(&kind_of("CirType_isInt", t)).map_or(0, |k| k as u32)
}

extern "C" fn type_is_float(t: *const CirType) -> u32 {
    match kind_of("CirType_isFloat", t) {
        TypeKind::Float(k) => k as u32,
        _ => 0,
    }
}

extern "C" fn type_is_arithmetic(t: *const CirType) -> bool {
    matches!(
        kind_of("CirType_isArithmetic", t),
        TypeKind::Int(_) | TypeKind::Float(_) | TypeKind::BitInt { .. } | TypeKind::Complex(_) | TypeKind::ComplexInt(_)
    )
}

extern "C" fn type_is_ptr(t: *const CirType) -> bool {
    matches!(kind_of("CirType_isPtr", t), TypeKind::Ptr(_))
}

extern "C" fn type_is_array(t: *const CirType) -> bool {
    matches!(kind_of("CirType_isArray", t), TypeKind::Array { .. })
}

extern "C" fn type_is_fun(t: *const CirType) -> bool {
    matches!(kind_of("CirType_isFun", t), TypeKind::Func { .. })
}

extern "C" fn type_is_named(t: *const CirType) -> bool {
    matches!(kind_of("CirType_isNamed", t), TypeKind::Named(_))
}

extern "C" fn type_is_comp(t: *const CirType) -> bool {
    matches!(kind_of("CirType_isComp", t), TypeKind::Comp(_))
}

extern "C" fn type_is_enum(t: *const CirType) -> bool {
    matches!(kind_of("CirType_isEnum", t), TypeKind::Enum(_))
}

extern "C" fn type_is_va_list(t: *const CirType) -> bool {
    matches!(kind_of("CirType_isVaList", t), TypeKind::VaList)
}

/// A short description of a type for messages (`int *`, `tid3_T`).
fn describe(func: &str, t: TypeId) -> String {
    type_text(prog(func), t, "", Naming::Rendered)
}

extern "C" fn type_get_base_type(t: *const CirType) -> *const CirType {
    const F: &str = "CirType_getBaseType";
    let id = ty(F, t);
    match kind_of(F, t) {
        TypeKind::Ptr(b) | TypeKind::Array { elem: b, .. } | TypeKind::Func { ret: b, .. } => type_handle(b),
        _ => fatal(format!("`{F}`: `{}` is not a pointer, array or function type", describe(F, id))),
    }
}

extern "C" fn type_get_typedef_id(t: *const CirType) -> u32 {
    const F: &str = "CirType_getTypedefId";
    let id = ty(F, t);
    match kind_of(F, t) {
        TypeKind::Named(td) => td.as_u32(),
        _ => fatal(format!("`{F}`: `{}` is not a typedef name", describe(F, id))),
    }
}

extern "C" fn type_get_comp_id(t: *const CirType) -> u32 {
    const F: &str = "CirType_getCompId";
    let id = ty(F, t);
    match kind_of(F, t) {
        TypeKind::Comp(c) => c.as_u32(),
        _ => fatal(format!("`{F}`: `{}` is not a struct or union type", describe(F, id))),
    }
}

extern "C" fn type_get_enum_id(t: *const CirType) -> u32 {
    const F: &str = "CirType_getEnumId";
    let id = ty(F, t);
    match kind_of(F, t) {
        TypeKind::Enum(e) => e.as_u32(),
        _ => fatal(format!("`{F}`: `{}` is not an enum type", describe(F, id))),
    }
}

// ---- constructors -------------------------------------------------------------------------------

fn make(func: &str, k: TypeKind) -> *const CirType {
    type_handle(prog(func).ty(k))
}

extern "C" fn type_void() -> *const CirType {
    make("CirType_void", TypeKind::Void)
}

extern "C" fn type_int(k: u32) -> *const CirType {
    const F: &str = "CirType_int";
    make(F, TypeKind::Int(ikind(F, k)))
}

extern "C" fn type_float(k: u32) -> *const CirType {
    const F: &str = "CirType_float";
    make(F, TypeKind::Float(fkind(F, k)))
}

extern "C" fn type_typedef(tid: u32) -> *const CirType {
    const F: &str = "CirType_typedef";
    make(F, TypeKind::Named(typedef(F, tid)))
}

extern "C" fn type_comp(cid: u32) -> *const CirType {
    const F: &str = "CirType_comp";
    make(F, TypeKind::Comp(comp(F, cid)))
}

extern "C" fn type_enum(eid: u32) -> *const CirType {
    const F: &str = "CirType_enum";
    make(F, TypeKind::Enum(enum_(F, eid)))
}

extern "C" fn type_ptr(t: *const CirType) -> *const CirType {
    const F: &str = "CirType_ptr";
    let t = ty(F, t);
    make(F, TypeKind::Ptr(t))
}

/// Arrays of `void` or of functions cannot be written in C.
fn check_elem(func: &str, elem: TypeId) {
    let p = prog(func);
    if matches!(p.skind(elem), TypeKind::Void | TypeKind::Func { .. }) {
        fatal(format!("`{func}`: an array cannot have elements of type `{}`", describe(func, elem)));
    }
}

extern "C" fn type_array(elem: *const CirType) -> *const CirType {
    const F: &str = "CirType_array";
    let elem = ty(F, elem);
    check_elem(F, elem);
    make(F, TypeKind::Array { elem, len: ArrayLen::Unknown })
}

extern "C" fn type_array_with_len(elem: *const CirType, len: u32) -> *const CirType {
    const F: &str = "CirType_arrayWithLen";
    let elem = ty(F, elem);
    check_elem(F, elem);
    make(F, TypeKind::Array { elem, len: ArrayLen::Const(len as u64) })
}

extern "C" fn type_fun(ret: *const CirType, params: *const CirFunParam, n: usize, is_va: bool) -> *const CirType {
    const F: &str = "CirType_fun";
    let ret = ty(F, ret);
    if matches!(prog(F).skind(ret), TypeKind::Array { .. } | TypeKind::Func { .. }) {
        fatal(format!("`{F}`: a function cannot return `{}`", describe(F, ret)));
    }
    let mut ps = Vec::with_capacity(n);
    for (i, pa) in array(F, params, n).into_iter().enumerate() {
        let name = opt_name(F, pa.name);
        if pa.ty.is_null() {
            fatal(format!("`{F}`: the type of parameter {i} is NULL"));
        }
        let t = ty(F, pa.ty);
        if prog(F).is_void(t) {
            fatal(format!("`{F}`: parameter {i} has type `void` (a function without parameters has 0 of them)"));
        }
        ps.push(Param { name, ty: t });
    }
    make(F, TypeKind::Func { ret, params: ps.into_boxed_slice(), variadic: is_va, proto: true })
}

extern "C" fn type_valist() -> *const CirType {
    make("CirType_valist", TypeKind::VaList)
}

// ---- transformations ----------------------------------------------------------------------------

extern "C" fn type_unroll(t: *const CirType) -> *const CirType {
    const F: &str = "CirType_unroll";
    let t = ty(F, t);
    type_handle(prog(F).unroll(t))
}

fn unroll_deep(p: &mut Program, t: TypeId, memo: &mut HashMap<TypeId, TypeId>, depth: u32) -> TypeId {
    if let Some(&u) = memo.get(&t) {
        return u;
    }
    if depth > 10_000 {
        fatal("`CirType_unrollDeep`: the type is nested too deeply".into());
    }
    let u = p.unroll(t);
    let d = p.ty_data(u).clone();
    let mut deep = |t| unroll_deep(p, t, memo, depth + 1);
    let kind = match d.kind {
        TypeKind::Ptr(b) => TypeKind::Ptr(deep(b)),
        TypeKind::Array { elem, len } => TypeKind::Array { elem: deep(elem), len },
        TypeKind::Vector { elem, count } => TypeKind::Vector { elem: deep(elem), count },
        TypeKind::Func { ret, params, variadic, proto } => {
            let ret = deep(ret);
            let params = params.iter().map(|pa| Param { name: pa.name, ty: deep(pa.ty) }).collect();
            TypeKind::Func { ret, params, variadic, proto }
        }
        _ => {
            memo.insert(t, u);
            return u;
        }
    };
    let r = p.types.intern(TypeData { kind, quals: d.quals, attrs: d.attrs });
    memo.insert(t, r);
    r
}

extern "C" fn type_unroll_deep(t: *const CirType) -> *const CirType {
    const F: &str = "CirType_unrollDeep";
    let t = ty(F, t);
    type_handle(unroll_deep(prog(F), t, &mut HashMap::new(), 0))
}

extern "C" fn type_remove_qual(t: *const CirType) -> *const CirType {
    const F: &str = "CirType_removeQual";
    let t = ty(F, t);
    type_handle(prog(F).unqualified(t))
}

extern "C" fn type_lval_conv(t: *const CirType) -> *const CirType {
    const F: &str = "CirType_lvalConv";
    let t = ty(F, t);
    let p = prog(F);
    let u = p.unroll(t);
    let r = match p.kind(u).clone() {
        TypeKind::Func { .. } => p.ptr_to(t),
        TypeKind::Array { elem, .. } => p.ptr_to(elem),
        _ => {
            let uq = p.unqualified(u);
            if uq == u { t } else { uq }
        }
    };
    type_handle(r)
}

// ---- attributes of types ------------------------------------------------------------------------

extern "C" fn type_get_num_attrs(t: *const CirType) -> usize {
    const F: &str = "CirType_getNumAttrs";
    let t = ty(F, t);
    type_attrs(prog(F), t).len()
}

extern "C" fn type_get_attrs(t: *const CirType) -> *const *const CirAttr {
    const F: &str = "CirType_getAttrs";
    let t = ty(F, t);
    let hs: Vec<*const CirAttr> = type_attrs(prog(F), t).into_iter().map(attr_handle).collect();
    keep_array(&hs)
}

/// The checked arguments of the `*Attrs` functions: the type and the attributes as items.
fn attrs_args(func: &str, t: *const CirType, attrs: *const *const CirAttr, n: usize) -> (TypeId, Vec<Item>) {
    let t = ty(func, t);
    let list: Vec<ApiAttr> = array(func, attrs, n).into_iter().map(|a| attr(func, a)).collect();
    (t, type_items(func, prog(func), &list))
}

extern "C" fn type_with_attrs(t: *const CirType, attrs: *const *const CirAttr, n: usize) -> *const CirType {
    const F: &str = "CirType_withAttrs";
    let (t, items) = attrs_args(F, t, attrs, n);
    let p = prog(F);
    let (q, new) = split(items);
    let d = p.ty_data(t).clone();
    let mut placed = vec![false; new.len()];
    let mut all: Vec<Attr> = Vec::new();
    for a in p.types.attrs(d.attrs) {
        match new.iter().position(|b| b.name == a.name) {
            Some(i) if !placed[i] => {
                placed[i] = true;
                all.push(new[i].clone());
            }
            Some(_) => {}
            None => all.push(a.clone()),
        }
    }
    all.extend(new.iter().zip(&placed).filter(|(_, p)| !**p).map(|(a, _)| a.clone()));
    type_handle(rebuild(p, t, d.quals.union(q), all))
}

extern "C" fn type_replace_attrs(t: *const CirType, attrs: *const *const CirAttr, n: usize) -> *const CirType {
    const F: &str = "CirType_replaceAttrs";
    let (t, items) = attrs_args(F, t, attrs, n);
    let (q, all) = split(items);
    type_handle(rebuild(prog(F), t, q, all))
}

extern "C" fn type_remove_attrs(t: *const CirType, attrs: *const *const CirAttr, n: usize) -> *const CirType {
    const F: &str = "CirType_removeAttrs";
    let (t, items) = attrs_args(F, t, attrs, n);
    let p = prog(F);
    let (q, gone) = split(items);
    let d = p.ty_data(t).clone();
    let keep: Vec<Attr> = p.types.attrs(d.attrs).iter().filter(|a| !gone.iter().any(|g| g.name == a.name)).cloned().collect();
    type_handle(rebuild(p, t, d.quals.without(q), keep))
}

// ---- function and array types -------------------------------------------------------------------

/// The parameters and variadic flag of a function type (the type itself; fatal otherwise).
fn fun_parts(func: &str, t: *const CirType) -> (Vec<Param>, bool) {
    let id = ty(func, t);
    match kind_of(func, t) {
        TypeKind::Func { params, variadic, .. } => (params.to_vec(), variadic),
        _ => fatal(format!("`{func}`: `{}` is not a function type", describe(func, id))),
    }
}

extern "C" fn type_get_num_params(t: *const CirType) -> usize {
    fun_parts("CirType_getNumParams", t).0.len()
}

extern "C" fn type_get_params(t: *const CirType) -> *const CirFunParam {
    let (ps, _) = fun_parts("CirType_getParams", t);
    let out: Vec<CirFunParam> =
        ps.iter().map(|pa| CirFunParam { name: name_id(pa.name), ty: type_handle(pa.ty) }).collect();
    keep_array(&out)
}

extern "C" fn type_is_params_va(t: *const CirType) -> bool {
    fun_parts("CirType_isParamsVa", t).1
}

/// The length of an array type (the type itself; fatal otherwise).
fn array_len(func: &str, t: *const CirType) -> ArrayLen {
    let id = ty(func, t);
    match kind_of(func, t) {
        TypeKind::Array { len, .. } => len,
        _ => fatal(format!("`{func}`: `{}` is not an array type", describe(func, id))),
    }
}

extern "C" fn type_has_array_len(t: *const CirType) -> bool {
    matches!(array_len("CirType_hasArrayLen", t), ArrayLen::Const(_))
}

extern "C" fn type_get_array_len(t: *const CirType) -> u32 {
    const F: &str = "CirType_getArrayLen";
    let id = ty(F, t);
    match array_len(F, t) {
        ArrayLen::Const(n) => match u32::try_from(n) {
            Ok(n) => n,
            Err(_) => fatal(format!("`{F}`: the length {n} does not fit in uint32_t")),
        },
        _ => fatal(format!("`{F}`: `{}` has no constant length (check `CirType_hasArrayLen`)", describe(F, id))),
    }
}

// ---- layout -------------------------------------------------------------------------------------

/// Checks that `t` has a size (`align == false`) or an alignment, including the members of
/// the structs it contains (complete, not containing themselves). `top` is false inside a
/// struct or an array.
struct LayoutCheck<'a> {
    func: &'a str,
    align: bool,
    done: HashSet<CompId>,
    stack: Vec<CompId>,
}

impl LayoutCheck<'_> {
    /// Stops: `t` (a member of the struct being checked, if any) is `what`.
    fn incomplete(&self, p: &Program, t: TypeId, what: &str) -> ! {
        let func = self.func;
        let t = type_text(p, t, "", Naming::Rendered);
        match self.stack.last() {
            Some(&c) => {
                let cd = &p.comps[c];
                let kw = if cd.is_struct { "struct" } else { "union" };
                let s = match cd.name {
                    Some(n) => format!("{kw} {c}_{}", p.name_str(n)),
                    None => format!("{kw} {c}"),
                };
                fatal(format!("`{func}`: `{s}` has a member of {what} type `{t}`"))
            }
            None => fatal(format!("`{func}`: `{t}` is {what}")),
        }
    }

    fn check(&mut self, p: &Program, t: TypeId, top: bool, depth: u32) {
        if depth > 10_000 {
            fatal(format!("`{}`: the type is nested too deeply", self.func));
        }
        match p.kind(t) {
            TypeKind::Named(td) => self.check(p, p.typedefs[*td].ty, top, depth + 1),
            TypeKind::Void if !top || self.align => {
                self.incomplete(p, t, if top { "`void`, which has no alignment" } else { "incomplete" })
            }
            TypeKind::Func { .. } if !top || !self.align => {
                self.incomplete(p, t, if top { "a function type, which has no size" } else { "function" })
            }
            TypeKind::Array { elem, len } => {
                if top && !self.align {
                    match len {
                        ArrayLen::Const(_) => {}
                        ArrayLen::Var(_) => self.incomplete(p, t, "a variable length array, which has no constant size"),
                        _ => self.incomplete(p, t, "an array without a length, which has no size"),
                    }
                }
                self.check(p, *elem, false, depth + 1);
            }
            TypeKind::Vector { elem, .. } => self.check(p, *elem, false, depth + 1),
            TypeKind::Comp(c) => {
                let c = *c;
                if self.done.contains(&c) {
                    return;
                }
                if !p.comps[c].defined {
                    self.incomplete(p, t, "an undefined struct/union (incomplete)");
                }
                if self.stack.contains(&c) {
                    self.incomplete(p, t, "a struct/union that contains itself");
                }
                self.stack.push(c);
                for f in &p.comps[c].fields {
                    self.check(p, f.ty, false, depth + 1);
                }
                self.stack.pop();
                self.done.insert(c);
            }
            _ => {}
        }
    }
}

fn layout_check(func: &str, t: *const CirType, mach: *const CirMachine, align: bool) -> TypeId {
    let t = ty(func, t);
    machine(func, mach);
    let p = prog(func);
    LayoutCheck { func, align, done: HashSet::new(), stack: Vec::new() }.check(p, t, true, 0);
    t
}

extern "C" fn type_alignof(t: *const CirType, mach: *const CirMachine) -> u64 {
    const F: &str = "CirType_alignof";
    let t = layout_check(F, t, mach, true);
    prog(F).align_of(t)
}

/// `sizeof`, with an enum that is not defined sized by its integer kind.
fn size_of(p: &Program, t: TypeId) -> Option<u64> {
    match p.skind(t) {
        TypeKind::Enum(e) => Some(p.enums[*e].ikind.size()),
        _ => p.size_of(t),
    }
}

extern "C" fn type_sizeof(t: *const CirType, mach: *const CirMachine) -> u64 {
    const F: &str = "CirType_sizeof";
    let t = layout_check(F, t, mach, false);
    match size_of(prog(F), t) {
        Some(n) => n,
        None => fatal(format!("`{F}`: the size of `{}` is not known or too large", describe(F, t))),
    }
}

// ---- logging and equality -----------------------------------------------------------------------

extern "C" fn type_log(t: *const CirType, name: *const c_char) {
    const F: &str = "CirType_log";
    if t.is_null() {
        log::emit("<CirType NULL>");
        return;
    }
    let t = ty(F, t);
    let name = if name.is_null() { Vec::new() } else { c_str(F, name) };
    let s = type_text(prog(F), t, &String::from_utf8_lossy(&name), Naming::Rendered);
    log::emit(&s);
}

/// Structural equality ignoring qualifiers and attributes (original).
fn equal(p: &Program, a: TypeId, b: TypeId, depth: u32) -> bool {
    if a == b {
        return true;
    }
    if depth > 10_000 {
        fatal("`CirType_equals`: the types are nested too deeply".into());
    }
    let eq = |x, y| equal(p, x, y, depth + 1);
    match (p.kind(a), p.kind(b)) {
        (TypeKind::Ptr(x), TypeKind::Ptr(y)) => eq(*x, *y),
        (TypeKind::Array { elem: x, len: lx }, TypeKind::Array { elem: y, len: ly }) => lx == ly && eq(*x, *y),
        (TypeKind::Vector { elem: x, count: cx }, TypeKind::Vector { elem: y, count: cy }) => cx == cy && eq(*x, *y),
        (
            TypeKind::Func { ret: rx, params: px, variadic: vx, proto: ox },
            TypeKind::Func { ret: ry, params: py, variadic: vy, proto: oy },
        ) => {
            vx == vy
                && ox == oy
                && px.len() == py.len()
                && px.iter().zip(py.iter()).all(|(x, y)| eq(x.ty, y.ty))
                && eq(*rx, *ry)
        }
        (x, y) => x == y,
    }
}

extern "C" fn type_equals(a: *const CirType, b: *const CirType) -> bool {
    const F: &str = "CirType_equals";
    let a = ty(F, a);
    let b = ty(F, b);
    equal(prog(F), a, b, 0)
}

// ---- builtins -----------------------------------------------------------------------------------

extern "C" fn builtin_of_name(n: u32) -> u32 {
    const F: &str = "CirBuiltin_ofName";
    let n = name(F, n);
    let p = prog(F);
    let s = p.name_str(n).to_string();
    if is_builtin_name(&s) || sig_index(&s).is_some() { p.builtin(&s).as_u32() } else { 0 }
}

extern "C" fn builtin_get_name(b: u32) -> u32 {
    const F: &str = "CirBuiltin_getName";
    let b = builtin(F, b);
    let p = prog(F);
    let s = p.builtin_data(b).name.clone();
    p.name(&s).as_u32()
}

extern "C" fn builtin_get_type(b: u32) -> *const CirType {
    const F: &str = "CirBuiltin_getType";
    let b = builtin(F, b);
    type_handle(builtin_type(prog(F), b))
}

pub(super) fn lookup(name: &str) -> Option<*const u8> {
    Some(match name {
        "CirAttr_int" => attr_int as *const u8,
        "CirAttr_str" => attr_str as *const u8,
        "CirAttr_name" => attr_name_new as *const u8,
        "CirAttr_cons" => attr_cons as *const u8,
        "CirAttr_isInt" => attr_is_int as *const u8,
        "CirAttr_isStr" => attr_is_str as *const u8,
        "CirAttr_isName" => attr_is_name as *const u8,
        "CirAttr_isCons" => attr_is_cons as *const u8,
        "CirAttr_getName" => attr_get_name as *const u8,
        "CirAttr_getNumArgs" => attr_get_num_args as *const u8,
        "CirAttr_getArgs" => attr_get_args as *const u8,
        "CirAttr_log" => attr_log as *const u8,
        "CirType_isVoid" => type_is_void as *const u8,
        "CirType_isInt" => type_is_int as *const u8,
        "CirType_isFloat" => type_is_float as *const u8,
        "CirType_isArithmetic" => type_is_arithmetic as *const u8,
        "CirType_isPtr" => type_is_ptr as *const u8,
        "CirType_isArray" => type_is_array as *const u8,
        "CirType_isFun" => type_is_fun as *const u8,
        "CirType_isNamed" => type_is_named as *const u8,
        "CirType_isComp" => type_is_comp as *const u8,
        "CirType_isEnum" => type_is_enum as *const u8,
        "CirType_isVaList" => type_is_va_list as *const u8,
        "CirType_getBaseType" => type_get_base_type as *const u8,
        "CirType_getTypedefId" => type_get_typedef_id as *const u8,
        "CirType_getCompId" => type_get_comp_id as *const u8,
        "CirType_getEnumId" => type_get_enum_id as *const u8,
        "CirType_void" => type_void as *const u8,
        "CirType_int" => type_int as *const u8,
        "CirType_float" => type_float as *const u8,
        "CirType_typedef" => type_typedef as *const u8,
        "CirType_comp" => type_comp as *const u8,
        "CirType_enum" => type_enum as *const u8,
        "CirType_ptr" => type_ptr as *const u8,
        "CirType_array" => type_array as *const u8,
        "CirType_arrayWithLen" => type_array_with_len as *const u8,
        "CirType_fun" => type_fun as *const u8,
        "CirType_valist" => type_valist as *const u8,
        "CirType_unroll" => type_unroll as *const u8,
        "CirType_unrollDeep" => type_unroll_deep as *const u8,
        "CirType_removeQual" => type_remove_qual as *const u8,
        "CirType_lvalConv" => type_lval_conv as *const u8,
        "CirType_getNumAttrs" => type_get_num_attrs as *const u8,
        "CirType_getAttrs" => type_get_attrs as *const u8,
        "CirType_withAttrs" => type_with_attrs as *const u8,
        "CirType_replaceAttrs" => type_replace_attrs as *const u8,
        "CirType_removeAttrs" => type_remove_attrs as *const u8,
        "CirType_getNumParams" => type_get_num_params as *const u8,
        "CirType_getParams" => type_get_params as *const u8,
        "CirType_isParamsVa" => type_is_params_va as *const u8,
        "CirType_hasArrayLen" => type_has_array_len as *const u8,
        "CirType_getArrayLen" => type_get_array_len as *const u8,
        "CirType_alignof" => type_alignof as *const u8,
        "CirType_sizeof" => type_sizeof as *const u8,
        "CirType_log" => type_log as *const u8,
        "CirType_equals" => type_equals as *const u8,
        "CirBuiltin_ofName" => builtin_of_name as *const u8,
        "CirBuiltin_getName" => builtin_get_name as *const u8,
        "CirBuiltin_getType" => builtin_get_type as *const u8,
        _ => return None,
    })
}
