//! The flat CIR intermediate representation (cir-language.md §4).
//!
//! A program is a set of tables indexed by typed ids: vars (globals, locals, temporaries and
//! functions alike), codes (statement lists with owned vars and a value or pending jumps),
//! statements (one operation each), interned types, structs/unions (`Comp`), enums and typedefs.
//! Statement *order* is a doubly linked list threaded through the statements themselves, so a
//! statement with no owner code is an orphan that can be attached anywhere.
//!
//! **Architecture Invariant:** this module knows nothing of lang-c, Cranelift or terminals; it is
//! plain data plus the operations on it that both the lowering and the `cir.h` API need.

pub mod builtins;
pub mod consts;
pub mod entity;
pub mod layout;
pub mod types;
pub mod verify;

use std::collections::HashMap;

pub use builtins::BuiltinId;
pub use entity::{EntityId, Table};
pub use types::{
    ArrayLen, Attr, AttrArg, AttrsId, FKind, IKind, Param, Quals, TypeData, TypeId, TypeKind,
    TypeTable,
};

use entity::entity_id;

entity_id!(
    /// An interned identifier or other name.
    Name,
    "name"
);
entity_id!(
    /// A variable: global, local, temporary, parameter or function.
    VarId,
    "vid"
);
entity_id!(
    /// A statement.
    StmtId,
    "sid"
);
entity_id!(
    /// A code: a statement list, its vars, and a value or condition jumps.
    CodeId,
    "code"
);
entity_id!(
    /// A struct or union.
    CompId,
    "cid"
);
entity_id!(
    /// An enum.
    EnumId,
    "eid"
);
entity_id!(
    /// An enumerator.
    EnumItemId,
    "item"
);
entity_id!(
    /// A typedef.
    TypedefId,
    "tid"
);
entity_id!(
    /// A string literal.
    StrId,
    "str"
);
entity_id!(
    /// A floating-point constant.
    FloatId,
    "flt"
);
entity_id!(
    /// An interned field path (`.a.b[3]`).
    PathId,
    "path"
);

/// A byte range in the parsed (rewritten) text; `NONE` when there is no source.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Default for Span {
    fn default() -> Span {
        Span::NONE
    }
}

impl Span {
    pub const NONE: Span = Span { start: u32::MAX, end: u32::MAX };
    pub fn new(start: usize, end: usize) -> Span {
        Span { start: start.min(u32::MAX as usize - 1) as u32, end: end.min(u32::MAX as usize - 1) as u32 }
    }
    pub fn is_none(self) -> bool {
        self.start == u32::MAX
    }
}

/// Interned names.
#[derive(Default, Clone)]
pub struct Names {
    map: HashMap<Box<str>, Name>,
    strs: Vec<Box<str>>,
}

impl Names {
    pub fn intern(&mut self, s: &str) -> Name {
        if let Some(&n) = self.map.get(s) {
            return n;
        }
        let n = Name::from_index(self.strs.len());
        self.strs.push(s.into());
        self.map.insert(s.into(), n);
        n
    }
    pub fn get(&self, s: &str) -> Option<Name> {
        self.map.get(s).copied()
    }
    pub fn str(&self, n: Name) -> &str {
        &self.strs[n.index()]
    }
    pub fn len(&self) -> usize {
        self.strs.len()
    }
    pub fn is_empty(&self) -> bool {
        self.strs.is_empty()
    }
}

/// Storage class of a var (`CIR_NOSTORAGE` .. `CIR_EXTERN`).
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug, Default)]
#[repr(u32)]
pub enum Storage {
    #[default]
    None = 0,
    Static = 1,
    Register = 2,
    Extern = 3,
}

/// Function specifier / linkage details that C keeps apart from the storage class.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug, Default)]
pub struct VarFlags {
    pub inline: bool,
    pub noreturn: bool,
    pub thread_local: bool,
    /// `_Thread_local` (vs GNU `__thread`) spelling.
    pub c11_thread_local: bool,
    /// Declared at file scope (or `extern` at block scope): may have linkage.
    pub global: bool,
    /// A compiler temporary (rendered `vidN`).
    pub temp: bool,
    /// Has a body (functions) or an initializer / tentative definition (objects) in this unit.
    pub defined: bool,
    /// The address is taken somewhere (`&x`, array decay, ...).
    pub addr_taken: bool,
    /// An implicit declaration of a builtin or library function.
    pub implicit: bool,
    /// A block-scope variable whose type is variably modified: declared where its
    /// `VlaDecl` statement is, not at the top of the function.
    pub vla: bool,
    /// A function parameter.
    pub is_param: bool,
    /// Some declaration of this function was `extern` or lacked `inline` (C99: the inline
    /// definition is then an external definition).
    pub extern_or_noninline_decl: bool,
    /// The definition itself was `extern inline` (GNU inline semantics: no symbol).
    pub extern_inline_def: bool,
}

/// A static initializer (globals and static locals keep theirs).
#[derive(Clone, Debug, PartialEq)]
pub enum Init {
    /// A constant expression.
    Expr(consts::Const),
    /// A braced list: each item has a designator path relative to the object being initialized.
    List(Vec<(Vec<Designator>, Init)>),
}

/// One step of a designator in an initializer list.
#[derive(Clone, Debug, PartialEq)]
pub enum Designator {
    Field(Name),
    Index(u64),
    /// GNU `[lo ... hi]`.
    Range(u64, u64),
}

#[derive(Clone, Debug)]
pub struct VarData {
    pub name: Option<Name>,
    pub ty: TypeId,
    pub storage: Storage,
    pub flags: VarFlags,
    /// The code (function body) that owns this var; `None` for globals and functions.
    pub owner: Option<CodeId>,
    /// A function's body.
    pub code: Option<CodeId>,
    /// A function's formal parameters.
    pub formals: Vec<VarId>,
    pub init: Option<Init>,
    pub attrs: Option<AttrsId>,
    /// GNU asm label: the symbol name used instead of the C name.
    pub asm_label: Option<Vec<u8>>,
    /// `_Alignas` on the object.
    pub align: Option<u64>,
    pub span: Span,
}

impl VarData {
    pub fn new(name: Option<Name>, ty: TypeId) -> VarData {
        VarData {
            name,
            ty,
            storage: Storage::None,
            flags: VarFlags::default(),
            owner: None,
            code: None,
            formals: Vec::new(),
            init: None,
            attrs: None,
            asm_label: None,
            align: None,
            span: Span::NONE,
        }
    }
}

/// One step of a field path.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum PathStep {
    Field(Name),
    Index(u64),
    /// GNU `__real__` / `__imag__` of a complex lvalue (only as the last step).
    Real,
    Imag,
}

/// A 128-bit integer stored with 8-byte alignment (an `i128` field would make every `Value`
/// 16-byte aligned and half again as large).
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub struct I128([u64; 2]);

impl I128 {
    pub fn new(v: i128) -> I128 {
        I128([v as u64, (v >> 64) as u64])
    }
    pub fn get(self) -> i128 {
        ((self.0[1] as i128) << 64) | self.0[0] as i128
    }
}

/// The value forms of cir-language.md §4 (plus floats and label addresses).
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum ValueKind {
    /// An integer constant; `bits` holds the value truncated to the kind's width and
    /// sign-extended (so comparisons work); wider-than-64-bit kinds use the full width.
    Int { ikind: IKind, bits: I128 },
    Float(FloatId),
    Str(StrId),
    /// `v.path`: a variable lvalue.
    Var { var: VarId, path: Option<PathId> },
    /// `(*v).path`: memory through a pointer variable.
    Mem { var: VarId, path: Option<PathId> },
    /// A type as a value (`__typeval`).
    Type(TypeId),
    Builtin(BuiltinId),
    /// GNU `&&label`: the address of the statement.
    LabelAddr(StmtId),
    /// Opaque data of a compile-time library (`CirValue_ofUser`).
    User { user: u32, ptr: u64 },
}

/// A value with an optional cast.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub struct Value {
    pub kind: ValueKind,
    pub cast: Option<TypeId>,
}

impl Value {
    pub fn new(kind: ValueKind) -> Value {
        Value { kind, cast: None }
    }
    pub fn var(var: VarId) -> Value {
        Value::new(ValueKind::Var { var, path: None })
    }
    pub fn mem(var: VarId) -> Value {
        Value::new(ValueKind::Mem { var, path: None })
    }
    pub fn int(ikind: IKind, v: i128) -> Value {
        Value::new(ValueKind::Int { ikind, bits: I128::new(ikind.wrap(v)) })
    }
    pub fn with_cast(self, ty: TypeId) -> Value {
        Value { cast: Some(ty), ..self }
    }
    pub fn is_lval(&self) -> bool {
        self.cast.is_none() && matches!(self.kind, ValueKind::Var { .. } | ValueKind::Mem { .. })
    }
    pub fn as_int(&self) -> Option<(IKind, i128)> {
        match self.kind {
            ValueKind::Int { ikind, bits } => Some((ikind, bits.get())),
            _ => None,
        }
    }
    /// The variable a `Var`/`Mem` value refers to.
    pub fn base_var(&self) -> Option<VarId> {
        match self.kind {
            ValueKind::Var { var, .. } | ValueKind::Mem { var, .. } => Some(var),
            _ => None,
        }
    }
}

#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
#[repr(u32)]
pub enum UnOp {
    Neg = 1,
    BNot = 2,
    LNot = 3,
    AddrOf = 4,
    Identity = 5,
    /// GNU `__real__` (cir addition).
    Real = 6,
    /// GNU `__imag__` (cir addition).
    Imag = 7,
}

#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
#[repr(u32)]
pub enum BinOp {
    Plus = 1,
    Minus = 2,
    Mul = 3,
    Div = 4,
    Mod = 5,
    Shl = 6,
    Shr = 7,
    BAnd = 8,
    BXor = 9,
    BOr = 10,
}

impl BinOp {
    pub fn c_op(self) -> &'static str {
        use BinOp::*;
        match self {
            Plus => "+",
            Minus => "-",
            Mul => "*",
            Div => "/",
            Mod => "%",
            Shl => "<<",
            Shr => ">>",
            BAnd => "&",
            BXor => "^",
            BOr => "|",
        }
    }
}

#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
#[repr(u32)]
pub enum CondOp {
    Lt = 1,
    Gt = 2,
    Le = 3,
    Ge = 4,
    Eq = 5,
    Ne = 6,
}

impl CondOp {
    pub fn c_op(self) -> &'static str {
        use CondOp::*;
        match self {
            Lt => "<",
            Gt => ">",
            Le => "<=",
            Ge => ">=",
            Eq => "==",
            Ne => "!=",
        }
    }
    /// The comparison with swapped operands (`a < b` is `b > a`).
    pub fn swapped(self) -> CondOp {
        use CondOp::*;
        match self {
            Lt => Gt,
            Gt => Lt,
            Le => Ge,
            Ge => Le,
            Eq => Eq,
            Ne => Ne,
        }
    }
}

/// One `case lo ... hi: goto target;` of a switch statement.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct SwitchCase {
    pub lo: i128,
    pub hi: i128,
    pub target: StmtId,
}

/// An operand of an asm statement.
#[derive(Clone, PartialEq, Debug)]
pub struct AsmOperand {
    pub name: Option<Name>,
    pub constraint: Vec<u8>,
    pub value: Value,
}

/// A GNU asm statement (basic or extended).
#[derive(Clone, PartialEq, Debug)]
pub struct AsmStmt {
    pub volatile: bool,
    pub basic: bool,
    pub template: Vec<u8>,
    pub outputs: Vec<AsmOperand>,
    pub inputs: Vec<AsmOperand>,
    pub clobbers: Vec<Vec<u8>>,
}

#[derive(Clone, PartialEq, Debug)]
pub enum StmtKind {
    Nop,
    UnOp { dst: Value, op: UnOp, a: Value },
    BinOp { dst: Value, op: BinOp, a: Value, b: Value },
    Call { dst: Option<Value>, target: Value, args: Vec<Value> },
    Return(Option<Value>),
    /// `if (a op b) goto target;` (target `None` while a jump is pending).
    Cmp { op: CondOp, a: Value, b: Value, target: Option<StmtId> },
    Goto(Option<StmtId>),
    /// A user label by name (only produced through the API; lowering resolves labels itself).
    Label(Name),
    GotoLabel(Name),
    /// `switch (value) { case ...: goto ...; default: goto default; }` (cir addition).
    Switch { value: Value, cases: Vec<SwitchCase>, default: Option<StmtId> },
    /// GNU `goto *value;` (cir addition).
    IndirectGoto(Value),
    /// GNU asm statement (cir addition).
    Asm(Box<AsmStmt>),
    /// Start of the lifetime of a variably modified local (a VLA): it is declared here and
    /// lives until the matching `ScopeEnd` (cir addition).
    VlaDecl(VarId),
    /// End of the scope opened by `VlaDecl` of the var.
    ScopeEnd(VarId),
    /// Opaque statement of a compile-time library (`CirStmt_toUser`).
    User { user: u32, ptr: u64 },
}

impl StmtKind {
    /// The jump target, if this is a jump.
    pub fn jump_target(&self) -> Option<StmtId> {
        match self {
            StmtKind::Cmp { target, .. } | StmtKind::Goto(target) => *target,
            _ => None,
        }
    }
}

#[derive(Clone, Debug)]
pub struct StmtData {
    pub kind: StmtKind,
    pub owner: Option<CodeId>,
    pub prev: Option<StmtId>,
    pub next: Option<StmtId>,
    pub span: Span,
    /// Opaque pointer for compile-time libraries (`CirStmt_setPtr`).
    pub user_ptr: u64,
}

/// What a code yields.
#[derive(Clone, PartialEq, Debug, Default)]
pub enum CodeResult {
    /// An expression code with no value (statements only, or `void`).
    #[default]
    None,
    Value(Value),
    /// A condition code: jumps taken when the condition is true / false.
    Cond { trues: Vec<StmtId>, falses: Vec<StmtId> },
}

#[derive(Clone, Debug, Default)]
pub struct CodeData {
    pub first: Option<StmtId>,
    pub last: Option<StmtId>,
    pub vars: Vec<VarId>,
    pub result: CodeResult,
    /// The type of the value, if known.
    pub ty: Option<TypeId>,
    pub freed: bool,
    /// A function body: the function's name in its definition, and the body from `{` to `}`
    /// (for `#line` directives); `NONE` otherwise.
    pub name_span: Span,
    pub body_span: Span,
}

#[derive(Clone, Debug)]
pub struct Field {
    pub name: Option<Name>,
    pub ty: TypeId,
    pub bitwidth: Option<u32>,
    pub attrs: Option<AttrsId>,
    /// `_Alignas` / `aligned(N)` on the member.
    pub align: Option<u64>,
}

#[derive(Clone, Debug)]
pub struct CompData {
    pub name: Option<Name>,
    pub is_struct: bool,
    pub defined: bool,
    pub fields: Vec<Field>,
    pub attrs: Option<AttrsId>,
    /// `#pragma pack(N)` in effect at the definition.
    pub pack: Option<u64>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct EnumData {
    pub name: Option<Name>,
    pub items: Vec<EnumItemId>,
    pub ikind: IKind,
    pub defined: bool,
    pub attrs: Option<AttrsId>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct EnumItemData {
    pub name: Name,
    pub value: i128,
    pub owner: Option<EnumId>,
}

#[derive(Clone, Debug)]
pub struct TypedefData {
    pub name: Name,
    pub ty: TypeId,
    pub span: Span,
}

/// Character width of a string literal.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum StrKind {
    /// `"..."` (char).
    Plain,
    /// `u8"..."`.
    Utf8,
    /// `L"..."` (wchar_t, 4 bytes, signed).
    Wide,
    /// `u"..."` (char16_t).
    Utf16,
    /// `U"..."` (char32_t).
    Utf32,
}

impl StrKind {
    pub fn unit_size(self) -> usize {
        match self {
            StrKind::Plain | StrKind::Utf8 => 1,
            StrKind::Utf16 => 2,
            StrKind::Wide | StrKind::Utf32 => 4,
        }
    }
}

/// A string literal: code units (including the terminating zero when the literal has one).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct StrData {
    pub kind: StrKind,
    pub units: Vec<u32>,
}

/// A floating constant: its value as f64 plus, when it came from the source, the literal text
/// (needed for exact `long double`/`_Float128` values).
#[derive(Clone, PartialEq, Debug)]
pub struct FloatData {
    pub fkind: FKind,
    pub value: f64,
    pub text: Option<Box<str>>,
    /// `_Complex` imaginary constant (`2.0i`).
    pub imaginary: bool,
    /// An imaginary integer constant (`4i`, of type `_Complex int`): its integer kind.
    pub complex_int: Option<IKind>,
}

/// An item at file scope, in source order (drives the renderer's declaration order).
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum GlobalItem {
    Var(VarId),
    Typedef(TypedefId),
    Comp(CompId),
    Enum(EnumId),
    /// Top-level `asm("...")`.
    Asm(StrId),
}

/// The whole program being compiled.
#[derive(Default, Clone)]
pub struct Program {
    pub names: Names,
    pub types: TypeTable,
    pub vars: Table<VarId, VarData>,
    pub stmts: Table<StmtId, StmtData>,
    pub codes: Table<CodeId, CodeData>,
    pub comps: Table<CompId, CompData>,
    pub enums: Table<EnumId, EnumData>,
    pub enum_items: Table<EnumItemId, EnumItemData>,
    pub typedefs: Table<TypedefId, TypedefData>,
    pub strs: Table<StrId, StrData>,
    pub floats: Table<FloatId, FloatData>,
    paths: Vec<Vec<PathStep>>,
    path_map: HashMap<Vec<PathStep>, PathId>,
    str_map: HashMap<StrData, StrId>,
    pub globals: Vec<GlobalItem>,
    pub layouts: layout::LayoutCache,
    pub builtins: Vec<builtins::BuiltinData>,
    /// Renderer caches: function bodies rendered early, and mutable twins of const types.
    pub rendered_bodies: HashMap<VarId, String>,
    pub render_twins: HashMap<TypeId, TypeId>,
}

impl Program {
    pub fn new() -> Program {
        Program::default()
    }

    pub fn name(&mut self, s: &str) -> Name {
        self.names.intern(s)
    }
    pub fn name_str(&self, n: Name) -> &str {
        self.names.str(n)
    }

    // ---- types -------------------------------------------------------------------------------

    pub fn ty(&mut self, kind: TypeKind) -> TypeId {
        self.types.intern(TypeData { kind, quals: Quals::NONE, attrs: None })
    }
    pub fn ty_data(&self, t: TypeId) -> &TypeData {
        self.types.data(t)
    }
    pub fn kind(&self, t: TypeId) -> &TypeKind {
        &self.types.data(t).kind
    }
    pub fn void_ty(&mut self) -> TypeId {
        self.ty(TypeKind::Void)
    }
    pub fn int_ty(&mut self, k: IKind) -> TypeId {
        self.ty(TypeKind::Int(k))
    }
    pub fn float_ty(&mut self, k: FKind) -> TypeId {
        self.ty(TypeKind::Float(k))
    }
    pub fn ptr_to(&mut self, t: TypeId) -> TypeId {
        self.ty(TypeKind::Ptr(t))
    }
    pub fn array_of(&mut self, elem: TypeId, len: ArrayLen) -> TypeId {
        self.ty(TypeKind::Array { elem, len })
    }
    /// `t` with qualifiers `q` added.
    pub fn qualified(&mut self, t: TypeId, q: Quals) -> TypeId {
        if q.is_empty() {
            return t;
        }
        let mut d = self.types.data(t).clone();
        // Qualifiers on an array type apply to its elements (C11 6.7.3p9).
        if let TypeKind::Array { elem, len } = d.kind {
            let e = self.qualified(elem, q);
            d.kind = TypeKind::Array { elem: e, len };
            return self.types.intern(d);
        }
        d.quals = d.quals.union(q);
        self.types.intern(d)
    }
    /// `t` without top-level qualifiers (and without `_Atomic`).
    pub fn unqualified(&mut self, t: TypeId) -> TypeId {
        let d = self.types.data(t);
        if d.quals.is_empty() {
            return t;
        }
        let mut d = d.clone();
        d.quals = Quals::NONE;
        self.types.intern(d)
    }
    pub fn with_attrs(&mut self, t: TypeId, attrs: Vec<Attr>) -> TypeId {
        if attrs.is_empty() {
            return t;
        }
        let mut d = self.types.data(t).clone();
        let mut all: Vec<Attr> = self.types.attrs(d.attrs).to_vec();
        for a in attrs {
            if !all.contains(&a) {
                all.push(a);
            }
        }
        d.attrs = self.types.intern_attrs(all);
        self.types.intern(d)
    }
    pub fn without_attrs(&mut self, t: TypeId) -> TypeId {
        let d = self.types.data(t);
        if d.attrs.is_none() {
            return t;
        }
        let mut d = d.clone();
        d.attrs = None;
        self.types.intern(d)
    }
    pub fn quals(&self, t: TypeId) -> Quals {
        self.types.data(t).quals
    }
    /// Qualifiers of `t`, looking through typedefs (which may carry their own).
    pub fn quals_deep(&self, t: TypeId) -> Quals {
        let mut q = Quals::NONE;
        let mut t = t;
        loop {
            let d = self.types.data(t);
            q = q.union(d.quals);
            match d.kind {
                TypeKind::Named(td) => t = self.typedefs[td].ty,
                TypeKind::Array { elem, .. } => t = elem,
                _ => return q,
            }
        }
    }

    /// `t` without any top-level qualifier, looking through typedefs that carry qualifiers.
    pub fn unqualified_deep(&mut self, t: TypeId) -> TypeId {
        let mut t = self.unqualified(t);
        for _ in 0..10_000 {
            match self.types.data(t).kind {
                TypeKind::Named(td) if !self.types.data(self.typedefs[td].ty).quals.is_empty() => {
                    t = self.typedefs[td].ty;
                    t = self.unqualified(t);
                }
                _ => break,
            }
        }
        t
    }

    /// Strips typedefs at the top (`CirType_unroll`). Qualifiers and attributes of the
    /// typedef uses are merged into the result.
    pub fn unroll(&mut self, t: TypeId) -> TypeId {
        let mut t = t;
        let mut q = Quals::NONE;
        let mut attrs: Vec<Attr> = Vec::new();
        let mut seen = 0;
        loop {
            let d = self.types.data(t);
            match d.kind {
                TypeKind::Named(td) => {
                    q = q.union(d.quals);
                    attrs.extend(self.types.attrs(d.attrs).iter().cloned());
                    t = self.typedefs[td].ty;
                    seen += 1;
                    if seen > 10_000 {
                        return t;
                    }
                }
                _ => break,
            }
        }
        if seen == 0 {
            return t;
        }
        let t = self.qualified(t, q);
        self.with_attrs(t, attrs)
    }

    /// Whether `t` is the typedef `name` or a typedef of it (e.g. `CirCodeId`, which is only
    /// told apart from `uint32_t` by its name).
    pub fn is_typedef_named(&self, t: TypeId, name: &str) -> bool {
        let mut t = t;
        for _ in 0..10_000 {
            match self.types.data(t).kind {
                TypeKind::Named(td) => {
                    if self.name_str(self.typedefs[td].name) == name {
                        return true;
                    }
                    t = self.typedefs[td].ty;
                }
                _ => return false,
            }
        }
        false
    }

    /// The kind of `t` after stripping typedefs, without building new types.
    pub fn skind(&self, t: TypeId) -> &TypeKind {
        let mut t = t;
        for _ in 0..10_000 {
            match &self.types.data(t).kind {
                TypeKind::Named(td) => t = self.typedefs[*td].ty,
                k => return k,
            }
        }
        &self.types.data(t).kind
    }
    /// `t` with typedefs stripped at the top, ignoring qualifiers (cheap: no interning).
    pub fn strip(&self, t: TypeId) -> TypeId {
        let mut t = t;
        for _ in 0..10_000 {
            match &self.types.data(t).kind {
                TypeKind::Named(td) => t = self.typedefs[*td].ty,
                _ => return t,
            }
        }
        t
    }
    pub fn is_void(&self, t: TypeId) -> bool {
        matches!(self.skind(t), TypeKind::Void)
    }
    pub fn int_kind(&self, t: TypeId) -> Option<IKind> {
        match self.skind(t) {
            TypeKind::Int(k) => Some(*k),
            TypeKind::Enum(e) => Some(self.enums[*e].ikind),
            TypeKind::BitInt { signed, .. } => Some(if *signed { IKind::LongLong } else { IKind::ULongLong }),
            _ => None,
        }
    }
    /// The width and signedness of a `BitInt` type.
    pub fn bitint(&self, t: TypeId) -> Option<(u32, bool)> {
        match self.skind(t) {
            TypeKind::BitInt { width, signed } => Some((*width, *signed)),
            _ => None,
        }
    }
    pub fn float_kind(&self, t: TypeId) -> Option<FKind> {
        match self.skind(t) {
            TypeKind::Float(k) => Some(*k),
            _ => None,
        }
    }
    pub fn is_integer(&self, t: TypeId) -> bool {
        self.int_kind(t).is_some()
    }
    pub fn is_arith(&self, t: TypeId) -> bool {
        matches!(
            self.skind(t),
            TypeKind::Int(_)
                | TypeKind::Float(_)
                | TypeKind::Enum(_)
                | TypeKind::Complex(_)
                | TypeKind::ComplexInt(_)
                | TypeKind::BitInt { .. }
        )
    }
    pub fn is_ptr(&self, t: TypeId) -> bool {
        matches!(self.skind(t), TypeKind::Ptr(_))
    }
    pub fn is_scalar(&self, t: TypeId) -> bool {
        self.is_arith(t) || self.is_ptr(t)
    }
    pub fn is_array(&self, t: TypeId) -> bool {
        matches!(self.skind(t), TypeKind::Array { .. })
    }
    pub fn is_func(&self, t: TypeId) -> bool {
        matches!(self.skind(t), TypeKind::Func { .. })
    }
    pub fn is_comp(&self, t: TypeId) -> bool {
        matches!(self.skind(t), TypeKind::Comp(_))
    }
    pub fn pointee(&self, t: TypeId) -> Option<TypeId> {
        match self.skind(t) {
            TypeKind::Ptr(p) => Some(*p),
            _ => None,
        }
    }
    /// The element type of a complex type (`_Complex double` → `double`, GNU `_Complex int`
    /// → `int`).
    pub fn complex_elem(&mut self, t: TypeId) -> Option<TypeId> {
        match self.skind(t).clone() {
            TypeKind::Complex(k) => Some(self.float_ty(k)),
            TypeKind::ComplexInt(k) => Some(self.int_ty(k)),
            _ => None,
        }
    }
    pub fn array_elem(&self, t: TypeId) -> Option<TypeId> {
        match self.skind(t) {
            TypeKind::Array { elem, .. } => Some(*elem),
            _ => None,
        }
    }
    pub fn comp_of(&self, t: TypeId) -> Option<CompId> {
        match self.skind(t) {
            TypeKind::Comp(c) => Some(*c),
            _ => None,
        }
    }
    /// The function type of a function or pointer-to-function type.
    pub fn func_sig(&self, t: TypeId) -> Option<(TypeId, &[Param], bool, bool)> {
        let t = match self.skind(t) {
            TypeKind::Ptr(p) => *p,
            _ => t,
        };
        match self.skind(t) {
            TypeKind::Func { ret, params, variadic, proto } => Some((*ret, params, *variadic, *proto)),
            _ => None,
        }
    }
    /// Whether the type is variably modified (contains a VLA length).
    pub fn is_vm(&self, t: TypeId) -> bool {
        let mut t = t;
        for _ in 0..10_000 {
            match self.skind(t) {
                TypeKind::Array { elem, len } => {
                    if matches!(len, ArrayLen::Var(_)) {
                        return true;
                    }
                    t = *elem;
                }
                TypeKind::Ptr(p) => t = *p,
                TypeKind::Func { ret, .. } => t = *ret,
                _ => return false,
            }
        }
        false
    }

    // ---- paths, strings, floats -----------------------------------------------------------------

    pub fn path(&mut self, steps: &[PathStep]) -> Option<PathId> {
        if steps.is_empty() {
            return None;
        }
        if let Some(&p) = self.path_map.get(steps) {
            return Some(p);
        }
        let p = PathId::from_index(self.paths.len());
        self.paths.push(steps.to_vec());
        self.path_map.insert(steps.to_vec(), p);
        Some(p)
    }
    pub fn path_steps(&self, p: Option<PathId>) -> &[PathStep] {
        match p {
            Some(p) => &self.paths[p.index()],
            None => &[],
        }
    }
    /// `base` followed by `more` steps.
    pub fn path_append(&mut self, base: Option<PathId>, more: &[PathStep]) -> Option<PathId> {
        if more.is_empty() {
            return base;
        }
        let mut v = self.path_steps(base).to_vec();
        v.extend_from_slice(more);
        self.path(&v)
    }
    pub fn intern_str(&mut self, data: StrData) -> StrId {
        if let Some(&s) = self.str_map.get(&data) {
            return s;
        }
        let id = self.strs.push(data.clone());
        self.str_map.insert(data, id);
        id
    }
    pub fn float_const(&mut self, fkind: FKind, value: f64, text: Option<Box<str>>) -> FloatId {
        self.floats.push(FloatData { fkind, value, text, imaginary: false, complex_int: None })
    }

    // ---- vars, codes, statements ----------------------------------------------------------------

    pub fn new_var(&mut self, data: VarData) -> VarId {
        let owner = data.owner;
        let v = self.vars.push(data);
        if let Some(c) = owner {
            self.codes[c].vars.push(v);
        }
        v
    }
    pub fn new_code(&mut self) -> CodeId {
        self.codes.push(CodeData::default())
    }
    pub fn new_orphan_stmt(&mut self, kind: StmtKind, span: Span) -> StmtId {
        self.stmts.push(StmtData { kind, owner: None, prev: None, next: None, span, user_ptr: 0 })
    }
    /// Appends a new statement at the end of `code`.
    pub fn append_stmt(&mut self, code: CodeId, kind: StmtKind, span: Span) -> StmtId {
        let s = self.new_orphan_stmt(kind, span);
        self.attach_last(code, s);
        s
    }
    /// Attaches an orphan statement at the end of `code`.
    pub fn attach_last(&mut self, code: CodeId, s: StmtId) {
        let last = self.codes[code].last;
        {
            let sd = &mut self.stmts[s];
            sd.owner = Some(code);
            sd.prev = last;
            sd.next = None;
        }
        match last {
            Some(l) => self.stmts[l].next = Some(s),
            None => self.codes[code].first = Some(s),
        }
        self.codes[code].last = Some(s);
    }
    /// Attaches an orphan statement at the start of `code`.
    pub fn attach_first(&mut self, code: CodeId, s: StmtId) {
        let first = self.codes[code].first;
        {
            let sd = &mut self.stmts[s];
            sd.owner = Some(code);
            sd.prev = None;
            sd.next = first;
        }
        match first {
            Some(f) => self.stmts[f].prev = Some(s),
            None => self.codes[code].last = Some(s),
        }
        self.codes[code].first = Some(s);
    }
    /// Inserts orphan `s` after attached statement `at`.
    pub fn attach_after(&mut self, at: StmtId, s: StmtId) {
        let owner = self.stmts[at].owner;
        let next = self.stmts[at].next;
        {
            let sd = &mut self.stmts[s];
            sd.owner = owner;
            sd.prev = Some(at);
            sd.next = next;
        }
        self.stmts[at].next = Some(s);
        match next {
            Some(n) => self.stmts[n].prev = Some(s),
            None => {
                if let Some(c) = owner {
                    self.codes[c].last = Some(s);
                }
            }
        }
    }
    /// Inserts orphan `s` before attached statement `at`.
    pub fn attach_before(&mut self, at: StmtId, s: StmtId) {
        let owner = self.stmts[at].owner;
        let prev = self.stmts[at].prev;
        {
            let sd = &mut self.stmts[s];
            sd.owner = owner;
            sd.prev = prev;
            sd.next = Some(at);
        }
        self.stmts[at].prev = Some(s);
        match prev {
            Some(p) => self.stmts[p].next = Some(s),
            None => {
                if let Some(c) = owner {
                    self.codes[c].first = Some(s);
                }
            }
        }
    }
    /// Detaches a statement from its code, making it an orphan.
    pub fn orphanize(&mut self, s: StmtId) {
        let (owner, prev, next) = {
            let sd = &self.stmts[s];
            (sd.owner, sd.prev, sd.next)
        };
        let Some(c) = owner else { return };
        match prev {
            Some(p) => self.stmts[p].next = next,
            None => self.codes[c].first = next,
        }
        match next {
            Some(n) => self.stmts[n].prev = prev,
            None => self.codes[c].last = prev,
        }
        let sd = &mut self.stmts[s];
        sd.owner = None;
        sd.prev = None;
        sd.next = None;
    }
    /// Moves all statements and vars of `b` onto the end of `a` (`CirCode_append`); `b` keeps
    /// its result but becomes empty.
    pub fn code_append(&mut self, a: CodeId, b: CodeId) {
        if a == b {
            return;
        }
        let mut s = self.codes[b].first;
        while let Some(id) = s {
            self.stmts[id].owner = Some(a);
            s = self.stmts[id].next;
        }
        let (bf, bl) = (self.codes[b].first, self.codes[b].last);
        if let (Some(bf), Some(bl)) = (bf, bl) {
            match self.codes[a].last {
                Some(al) => {
                    self.stmts[al].next = Some(bf);
                    self.stmts[bf].prev = Some(al);
                }
                None => self.codes[a].first = Some(bf),
            }
            self.codes[a].last = Some(bl);
        }
        self.codes[b].first = None;
        self.codes[b].last = None;
        let vars = std::mem::take(&mut self.codes[b].vars);
        for &v in &vars {
            self.vars[v].owner = Some(a);
        }
        self.codes[a].vars.extend(vars);
    }
    /// Iterates the statements of a code in order.
    pub fn code_stmts(&self, code: CodeId) -> CodeIter<'_> {
        CodeIter { prog: self, next: self.codes[code].first }
    }

    /// The type of a value (after its cast, if any).
    pub fn value_type(&mut self, v: &Value) -> TypeId {
        if let Some(c) = v.cast {
            return c;
        }
        self.value_raw_type(v)
    }

    /// The type of a value ignoring its cast.
    pub fn value_raw_type(&mut self, v: &Value) -> TypeId {
        match v.kind {
            ValueKind::Int { ikind, .. } => self.int_ty(ikind),
            ValueKind::Float(f) => {
                let fd = &self.floats[f];
                if let Some(k) = fd.complex_int {
                    return self.ty(TypeKind::ComplexInt(k));
                }
                if fd.imaginary {
                    let k = fd.fkind;
                    self.ty(TypeKind::Complex(k))
                } else {
                    let k = fd.fkind;
                    self.float_ty(k)
                }
            }
            ValueKind::Str(s) => {
                let d = &self.strs[s];
                let n = d.units.len() as u64;
                let elem = match d.kind {
                    StrKind::Plain | StrKind::Utf8 => self.int_ty(IKind::Char),
                    StrKind::Wide => self.int_ty(IKind::Int),
                    StrKind::Utf16 => self.int_ty(IKind::UShort),
                    StrKind::Utf32 => self.int_ty(IKind::UInt),
                };
                self.array_of(elem, ArrayLen::Const(n))
            }
            ValueKind::Var { var, path } => {
                let t = self.vars[var].ty;
                self.path_type(t, path).unwrap_or(t)
            }
            ValueKind::Mem { var, path } => {
                let t = self.vars[var].ty;
                let p = self.pointee(t).unwrap_or(t);
                self.path_type(p, path).unwrap_or(p)
            }
            ValueKind::Type(_) | ValueKind::User { .. } => self.void_ty(),
            ValueKind::Builtin(b) => builtins::builtin_type(self, b),
            ValueKind::LabelAddr(_) => {
                let v = self.void_ty();
                self.ptr_to(v)
            }
        }
    }

    /// The type reached from `t` by following a field path; `None` if a step does not apply.
    pub fn path_type(&mut self, t: TypeId, path: Option<PathId>) -> Option<TypeId> {
        let steps: Vec<PathStep> = self.path_steps(path).to_vec();
        let mut cur = t;
        for st in steps {
            let q = self.quals_deep(cur);
            match st {
                PathStep::Field(n) => {
                    let c = self.comp_of(cur)?;
                    let (fty, _) = self.find_field(c, n)?;
                    // Members of a qualified struct are qualified too.
                    cur = self.qualified(fty, q.without(Quals::RESTRICT).without(Quals::ATOMIC));
                }
                PathStep::Index(_) => {
                    cur = self.array_elem(cur)?;
                }
                PathStep::Real | PathStep::Imag => match self.skind(cur) {
                    TypeKind::Complex(k) => {
                        let k = *k;
                        let f = self.float_ty(k);
                        cur = self.qualified(f, q);
                    }
                    TypeKind::ComplexInt(k) => {
                        let k = *k;
                        let f = self.int_ty(k);
                        cur = self.qualified(f, q);
                    }
                    _ => return None,
                },
            }
        }
        Some(cur)
    }

    /// The bit-field width of the member a `Var`/`Mem` value designates, if it is a bit-field.
    pub fn value_bitfield(&mut self, v: &Value) -> Option<u32> {
        if v.cast.is_some() {
            // A converted value is no longer the bit-field itself.
            return None;
        }
        let (var, path, mem) = match v.kind {
            ValueKind::Var { var, path } => (var, path, false),
            ValueKind::Mem { var, path } => (var, path, true),
            _ => return None,
        };
        let steps = self.path_steps(path).to_vec();
        let PathStep::Field(last) = *steps.last()? else { return None };
        let mut base = self.vars[var].ty;
        if mem {
            base = self.pointee(base)?;
        }
        let pre = self.path(&steps[..steps.len() - 1]);
        let cty = self.path_type(base, pre)?;
        let cid = self.comp_of(cty)?;
        let (_, idxs) = self.find_field(cid, last)?;
        let (c, _) = self.member_container(cid, &idxs)?;
        self.comps[c].fields[*idxs.last()?].bitwidth
    }

    /// For the member reached from struct/union `c` by the field indices `idxs` (as
    /// `find_field` gives them, through anonymous members): the struct/union that holds it
    /// directly, and that one's byte offset from `c`.
    pub fn member_container(&self, c: CompId, idxs: &[usize]) -> Option<(CompId, u64)> {
        let (_, outer) = idxs.split_last()?;
        let mut off = 0;
        let mut c = c;
        for &i in outer {
            off += self.field_layout(c, i)?.offset;
            c = self.comp_of(self.comps[c].fields[i].ty)?;
        }
        Some((c, off))
    }

    /// The byte offset of that member from `c` (see `member_container`).
    pub fn member_offset(&self, c: CompId, idxs: &[usize]) -> Option<u64> {
        let (cc, off) = self.member_container(c, idxs)?;
        Some(off + self.field_layout(cc, *idxs.last()?)?.offset)
    }

    /// Finds a member by name, looking into anonymous struct/union members. Returns the member's
    /// type and the path of field indices leading to it.
    pub fn find_field(&self, c: CompId, n: Name) -> Option<(TypeId, Vec<usize>)> {
        self.find_field_depth(c, n, 0)
    }
    fn find_field_depth(&self, c: CompId, n: Name, depth: u32) -> Option<(TypeId, Vec<usize>)> {
        if depth > 64 {
            return None;
        }
        let comp = &self.comps[c];
        for (i, f) in comp.fields.iter().enumerate() {
            if f.name == Some(n) {
                return Some((f.ty, vec![i]));
            }
        }
        for (i, f) in comp.fields.iter().enumerate() {
            if f.name.is_none() && f.bitwidth.is_none() {
                if let Some(sub) = self.comp_of(f.ty) {
                    if let Some((t, mut p)) = self.find_field_depth(sub, n, depth + 1) {
                        p.insert(0, i);
                        return Some((t, p));
                    }
                }
            }
        }
        None
    }
}

/// Iterator over the statements of a code.
pub struct CodeIter<'a> {
    prog: &'a Program,
    next: Option<StmtId>,
}

impl Iterator for CodeIter<'_> {
    type Item = StmtId;
    fn next(&mut self) -> Option<StmtId> {
        let s = self.next?;
        self.next = self.prog.stmts[s].next;
        Some(s)
    }
}
