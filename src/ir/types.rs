//! C types as interned values: kinds, qualifiers, attributes and the hash-consing table.
//!
//! A `TypeId` names one exact type (kind + qualifiers + attributes); equal types get equal ids,
//! so the C API can hand out `const CirType *` handles that compare by identity. This module
//! knows nothing about layout (see `layout.rs`) or about C syntax.

use std::collections::HashMap;

use super::entity::{EntityId, entity_id};
use super::{CompId, EnumId, Name, TypedefId, VarId};

entity_id!(
    /// An interned C type.
    TypeId,
    "type"
);
entity_id!(
    /// An interned attribute list (`__attribute__((...))` items in source order).
    AttrsId,
    "attrs"
);

/// Integer kinds. The discriminants are the `CIR_I*` constants of `cir.h`; the 128-bit kinds are
/// cir's additions.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
#[repr(u32)]
pub enum IKind {
    Char = 1,
    SChar = 2,
    UChar = 3,
    Bool = 4,
    Int = 5,
    UInt = 6,
    Short = 7,
    UShort = 8,
    Long = 9,
    ULong = 10,
    LongLong = 11,
    ULongLong = 12,
    Int128 = 17,
    UInt128 = 18,
}

impl IKind {
    pub const ALL: [IKind; 14] = [
        IKind::Char,
        IKind::SChar,
        IKind::UChar,
        IKind::Bool,
        IKind::Int,
        IKind::UInt,
        IKind::Short,
        IKind::UShort,
        IKind::Long,
        IKind::ULong,
        IKind::LongLong,
        IKind::ULongLong,
        IKind::Int128,
        IKind::UInt128,
    ];
    pub fn from_u32(v: u32) -> Option<IKind> {
        IKind::ALL.iter().copied().find(|k| *k as u32 == v)
    }
    /// Size in bytes on x86-64 Linux.
    pub fn size(self) -> u64 {
        use IKind::*;
        match self {
            Char | SChar | UChar | Bool => 1,
            Short | UShort => 2,
            Int | UInt => 4,
            Long | ULong | LongLong | ULongLong => 8,
            Int128 | UInt128 => 16,
        }
    }
    pub fn bits(self) -> u32 {
        (self.size() * 8) as u32
    }
    pub fn is_signed(self) -> bool {
        use IKind::*;
        matches!(self, Char | SChar | Int | Short | Long | LongLong | Int128)
    }
    /// Integer conversion rank (C11 6.3.1.1).
    pub fn rank(self) -> u32 {
        use IKind::*;
        match self {
            Bool => 0,
            Char | SChar | UChar => 1,
            Short | UShort => 2,
            Int | UInt => 3,
            Long | ULong => 4,
            LongLong | ULongLong => 5,
            Int128 | UInt128 => 6,
        }
    }
    pub fn to_unsigned(self) -> IKind {
        use IKind::*;
        match self {
            Char | SChar => UChar,
            Int => UInt,
            Short => UShort,
            Long => ULong,
            LongLong => ULongLong,
            Int128 => UInt128,
            k => k,
        }
    }
    /// The smallest kind of the given size and signedness.
    pub fn from_size(size: u64, unsigned: bool) -> Option<IKind> {
        use IKind::*;
        Some(match (size, unsigned) {
            (1, false) => SChar,
            (1, true) => UChar,
            (2, false) => Short,
            (2, true) => UShort,
            (4, false) => Int,
            (4, true) => UInt,
            (8, false) => Long,
            (8, true) => ULong,
            (16, false) => Int128,
            (16, true) => UInt128,
            _ => return None,
        })
    }
    /// The C spelling of the kind.
    pub fn c_name(self) -> &'static str {
        use IKind::*;
        match self {
            Char => "char",
            SChar => "signed char",
            UChar => "unsigned char",
            Bool => "_Bool",
            Int => "int",
            UInt => "unsigned int",
            Short => "short",
            UShort => "unsigned short",
            Long => "long",
            ULong => "unsigned long",
            LongLong => "long long",
            ULongLong => "unsigned long long",
            Int128 => "__int128",
            UInt128 => "unsigned __int128",
        }
    }
    /// Truncates `v` to this kind's width and sign-/zero-extends it back to 128 bits.
    pub fn wrap(self, v: i128) -> i128 {
        if self == IKind::Bool {
            return (v != 0) as i128;
        }
        let bits = self.bits();
        if bits == 128 {
            return v;
        }
        let shift = 128 - bits;
        if self.is_signed() { (v << shift) >> shift } else { ((v as u128) << shift >> shift) as i128 }
    }
    pub fn min_value(self) -> i128 {
        if self.is_signed() { i128::MIN >> (128 - self.bits()) } else { 0 }
    }
    pub fn max_value(self) -> u128 {
        if self.is_signed() {
            (1u128 << (self.bits() - 1)) - 1
        } else if self.bits() == 128 {
            u128::MAX
        } else {
            (1u128 << self.bits()) - 1
        }
    }
    pub fn fits(self, v: i128) -> bool {
        self.wrap(v) == v
    }
}

/// Floating kinds. `Float`..`Float128` are the `CIR_F*` constants of `cir.h`; the `_FloatN`
/// spellings are distinct C types that glibc's headers use, kept so declarations round-trip.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
#[repr(u32)]
pub enum FKind {
    Float = 13,
    Double = 14,
    LongDouble = 15,
    Float128 = 16,
    Float32 = 19,
    Float64 = 20,
    Float32x = 21,
    Float64x = 22,
    Float16 = 23,
}

impl FKind {
    pub const ALL: [FKind; 9] = [
        FKind::Float,
        FKind::Double,
        FKind::LongDouble,
        FKind::Float128,
        FKind::Float32,
        FKind::Float64,
        FKind::Float32x,
        FKind::Float64x,
        FKind::Float16,
    ];
    pub fn from_u32(v: u32) -> Option<FKind> {
        FKind::ALL.iter().copied().find(|k| *k as u32 == v)
    }
    pub fn size(self) -> u64 {
        use FKind::*;
        match self {
            Float16 => 2,
            Float | Float32 => 4,
            Double | Float64 | Float32x => 8,
            LongDouble | Float64x | Float128 => 16,
        }
    }
    pub fn align(self) -> u64 {
        self.size()
    }
    /// The format: 16, 32, 64, 80 (x87 extended) or 128 bits.
    pub fn format_bits(self) -> u32 {
        use FKind::*;
        match self {
            Float16 => 16,
            Float | Float32 => 32,
            Double | Float64 | Float32x => 64,
            LongDouble | Float64x => 80,
            Float128 => 128,
        }
    }
    /// Rank for the usual arithmetic conversions.
    pub fn rank(self) -> u32 {
        match self.format_bits() {
            16 => 0,
            32 => 1,
            64 => 2,
            80 => 3,
            _ => 4,
        }
    }
    pub fn c_name(self) -> &'static str {
        use FKind::*;
        match self {
            Float => "float",
            Double => "double",
            LongDouble => "long double",
            Float128 => "_Float128",
            Float32 => "_Float32",
            Float64 => "_Float64",
            Float32x => "_Float32x",
            Float64x => "_Float64x",
            Float16 => "_Float16",
        }
    }
    /// The C literal suffix for constants of this kind.
    pub fn literal_suffix(self) -> &'static str {
        use FKind::*;
        match self {
            Float => "f",
            Double => "",
            LongDouble => "L",
            Float128 => "f128",
            Float32 => "f32",
            Float64 => "f64",
            Float32x => "f32x",
            Float64x => "f64x",
            Float16 => "f16",
        }
    }
}

/// Type qualifiers as a bit set.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default, Debug)]
pub struct Quals(pub u8);

impl Quals {
    pub const NONE: Quals = Quals(0);
    pub const CONST: Quals = Quals(1);
    pub const VOLATILE: Quals = Quals(2);
    pub const RESTRICT: Quals = Quals(4);
    pub const ATOMIC: Quals = Quals(8);
    pub fn has(self, q: Quals) -> bool {
        self.0 & q.0 != 0
    }
    pub fn union(self, q: Quals) -> Quals {
        Quals(self.0 | q.0)
    }
    pub fn without(self, q: Quals) -> Quals {
        Quals(self.0 & !q.0)
    }
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

/// Length of an array type.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum ArrayLen {
    /// `T[]`: incomplete.
    Unknown,
    /// `T[N]`.
    Const(u64),
    /// `T[n]` with a run-time length held in the (integer) variable.
    Var(VarId),
    /// `T[*]` in a prototype.
    Star,
}

/// A function parameter in a function type.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub struct Param {
    pub name: Option<Name>,
    pub ty: TypeId,
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TypeKind {
    Void,
    Int(IKind),
    Float(FKind),
    /// `_Complex` of a floating kind.
    Complex(FKind),
    /// GNU `_Complex` of an integer kind (`_Complex int`).
    ComplexInt(IKind),
    /// GCC's type of a `long long` bit-field wider than 32 bits when read (arithmetic wraps at
    /// `width` bits). Held in a 64-bit integer; only the lowering creates it.
    BitInt { width: u32, signed: bool },
    Ptr(TypeId),
    Array {
        elem: TypeId,
        len: ArrayLen,
    },
    Func {
        ret: TypeId,
        params: Box<[Param]>,
        variadic: bool,
        /// False for old-style `int f()` declarations without a prototype.
        proto: bool,
    },
    Named(TypedefId),
    Comp(CompId),
    Enum(EnumId),
    /// `__builtin_va_list`.
    VaList,
    /// GNU vector of `count` elements (`__attribute__((vector_size(N)))`).
    Vector {
        elem: TypeId,
        count: u32,
    },
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct TypeData {
    pub kind: TypeKind,
    pub quals: Quals,
    pub attrs: Option<AttrsId>,
}

/// An argument of an attribute.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AttrArg {
    Int(i128),
    Str(Vec<u8>),
    /// An identifier that does not name a declared entity (`printf` in `format(printf, 1, 2)`).
    Name(Name),
    /// An identifier naming a variable or function (`cleanup(f)`), renamed when rendered.
    Var(VarId),
    Type(TypeId),
    Attr(Box<Attr>),
}

/// One attribute: `name` or `name(args...)`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Attr {
    pub name: Name,
    pub args: Vec<AttrArg>,
    /// Whether it was written with parentheses (`name()` vs `name`).
    pub parens: bool,
}

/// Hash-consing storage for types and attribute lists.
#[derive(Default, Clone)]
pub struct TypeTable {
    types: Vec<TypeData>,
    type_map: HashMap<TypeData, TypeId>,
    attrs: Vec<Vec<Attr>>,
    attr_map: HashMap<Vec<Attr>, AttrsId>,
}

impl TypeTable {
    pub fn intern(&mut self, data: TypeData) -> TypeId {
        if let Some(&id) = self.type_map.get(&data) {
            return id;
        }
        let id = TypeId::from_index(self.types.len());
        self.types.push(data.clone());
        self.type_map.insert(data, id);
        id
    }
    pub fn data(&self, id: TypeId) -> &TypeData {
        &self.types[id.index()]
    }
    pub fn len(&self) -> usize {
        self.types.len()
    }
    pub fn is_empty(&self) -> bool {
        self.types.is_empty()
    }
    pub fn intern_attrs(&mut self, attrs: Vec<Attr>) -> Option<AttrsId> {
        if attrs.is_empty() {
            return None;
        }
        if let Some(&id) = self.attr_map.get(&attrs) {
            return Some(id);
        }
        let id = AttrsId::from_index(self.attrs.len());
        self.attrs.push(attrs.clone());
        self.attr_map.insert(attrs, id);
        Some(id)
    }
    pub fn attrs(&self, id: Option<AttrsId>) -> &[Attr] {
        match id {
            Some(id) => &self.attrs[id.index()],
            None => &[],
        }
    }
    pub fn attrs_len(&self) -> usize {
        self.attrs.len()
    }
}
