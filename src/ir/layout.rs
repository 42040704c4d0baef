//! Sizes, alignments and struct/union layout for x86-64 System V, following GCC's rules
//! (`stor-layout.c`: `place_field`, `excess_unit_span`, `update_alignment_for_field`),
//! including bit-fields, `packed`, `aligned`, `#pragma pack` and flexible array members.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use super::{Attr, AttrArg, AttrsId, CompId, FKind, Program, TypeId, TypeKind};

/// Placement of one member.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldLayout {
    /// Byte offset of the member (for a bit-field: of the byte holding its first bit).
    pub offset: u64,
    /// Bit position from the start of the struct (bit-fields; `offset * 8` otherwise).
    pub bitpos: u64,
    pub bitwidth: Option<u32>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CompLayout {
    pub size: u64,
    pub align: u64,
    pub fields: Vec<FieldLayout>,
    /// Whether some member is misaligned for its type (packed): such structs are passed in
    /// memory by the ABI.
    pub has_unaligned: bool,
}

/// Memoized struct layouts. Invalidate a comp when it changes (the API can edit fields).
#[derive(Clone, Default)]
pub struct LayoutCache {
    map: RefCell<HashMap<CompId, Rc<CompLayout>>>,
}

impl LayoutCache {
    pub fn invalidate(&self, c: CompId) {
        self.map.borrow_mut().remove(&c);
    }
    pub fn clear(&self) {
        self.map.borrow_mut().clear();
    }
}

/// Strips `__x__` to `x` so attribute spellings compare equal.
pub fn attr_base_name(s: &str) -> &str {
    if s.len() > 4 && s.starts_with("__") && s.ends_with("__") { &s[2..s.len() - 2] } else { s }
}

impl Program {
    /// Finds an attribute by base name (`aligned` matches `__aligned__`).
    pub fn find_attr<'a>(&'a self, attrs: Option<AttrsId>, name: &str) -> Option<&'a Attr> {
        self.types.attrs(attrs).iter().find(|a| attr_base_name(self.names.str(a.name)) == name)
    }
    pub fn has_attr(&self, attrs: Option<AttrsId>, name: &str) -> bool {
        self.find_attr(attrs, name).is_some()
    }
    /// The value of `aligned(N)` (or 16 for bare `aligned`) in an attribute list.
    pub fn attr_aligned(&self, attrs: Option<AttrsId>) -> Option<u64> {
        let mut best: Option<u64> = None;
        for a in self.types.attrs(attrs) {
            if attr_base_name(self.names.str(a.name)) == "aligned" {
                let v = match a.args.first() {
                    Some(AttrArg::Int(n)) if *n > 0 => *n as u64,
                    Some(_) => continue,
                    None => 16,
                };
                best = Some(best.map_or(v, |b| b.max(v)));
            }
        }
        best
    }

    /// `sizeof` of a complete type with a size known at compile time.
    pub fn size_of(&self, t: TypeId) -> Option<u64> {
        let d = self.ty_data(t);
        match &d.kind {
            TypeKind::Void => Some(1),
            TypeKind::Int(k) => Some(k.size()),
            TypeKind::Float(k) => Some(k.size()),
            TypeKind::Complex(k) => Some(2 * k.size()),
            TypeKind::ComplexInt(k) => Some(2 * k.size()),
            TypeKind::BitInt { .. } => Some(8),
            TypeKind::Ptr(_) => Some(8),
            TypeKind::Array { elem, len } => match len {
                super::ArrayLen::Const(n) => self.size_of(*elem)?.checked_mul(*n),
                _ => None,
            },
            TypeKind::Func { .. } => Some(1),
            TypeKind::Named(td) => self.size_of(self.typedefs[*td].ty),
            TypeKind::Comp(c) => {
                if !self.comps[*c].defined {
                    return None;
                }
                Some(self.comp_layout(*c).size)
            }
            TypeKind::Enum(e) => {
                let ed = &self.enums[*e];
                if !ed.defined {
                    return None;
                }
                Some(ed.ikind.size())
            }
            TypeKind::VaList => Some(24),
            TypeKind::Vector { elem, count } => Some(self.size_of(*elem)? * *count as u64),
        }
    }

    /// `_Alignof` of a type.
    pub fn align_of(&self, t: TypeId) -> u64 {
        let d = self.ty_data(t);
        let natural = match &d.kind {
            TypeKind::Void => 1,
            TypeKind::Int(k) => k.size(),
            TypeKind::Float(k) => k.align(),
            TypeKind::Complex(k) => k.align(),
            TypeKind::ComplexInt(k) => k.size(),
            TypeKind::BitInt { .. } => 8,
            TypeKind::Ptr(_) => 8,
            TypeKind::Array { elem, .. } => self.align_of(*elem),
            TypeKind::Func { .. } => 1,
            TypeKind::Named(td) => {
                let inner = self.align_of(self.typedefs[*td].ty);
                // `aligned` on a typedef use sets the alignment (it may even lower it).
                return match self.attr_aligned(d.attrs) {
                    Some(a) => a,
                    None => inner,
                };
            }
            TypeKind::Comp(c) => {
                if self.comps[*c].defined {
                    self.comp_layout(*c).align
                } else {
                    1
                }
            }
            TypeKind::Enum(e) => self.enums[*e].ikind.size(),
            TypeKind::VaList => 8,
            TypeKind::Vector { .. } => self.size_of(t).unwrap_or(16).clamp(1, 64),
        };
        match self.attr_aligned(d.attrs) {
            Some(a) => a.max(natural),
            None => natural,
        }
    }

    /// The layout of a (defined) struct or union.
    pub fn comp_layout(&self, c: CompId) -> Rc<CompLayout> {
        if let Some(l) = self.layouts.map.borrow().get(&c) {
            return l.clone();
        }
        let l = Rc::new(self.compute_layout(c));
        self.layouts.map.borrow_mut().insert(c, l.clone());
        l
    }

    fn compute_layout(&self, c: CompId) -> CompLayout {
        let comp = &self.comps[c];
        let packed = self.has_attr(comp.attrs, "packed");
        let pack_bits = comp.pack.map(|p| p * 8);
        let mut record_align_bits: u64 = 8;
        let mut fields = Vec::with_capacity(comp.fields.len());
        let mut bitpos: u64 = 0;
        let mut max_size_bits: u64 = 0;
        let mut has_unaligned = false;
        for f in &comp.fields {
            let fty = f.ty;
            let type_size_bits = self.size_of(fty).unwrap_or(0) * 8;
            let type_align_bits = self.align_of(fty) * 8;
            let user_align_bits = f.align.map(|a| a * 8).or_else(|| self.attr_aligned(f.attrs).map(|a| a * 8));
            let field_packed = packed || self.has_attr(f.attrs, "packed");
            let start = if comp.is_struct { bitpos } else { 0 };
            match f.bitwidth {
                Some(w) => {
                    let w = w as u64;
                    let mut pos = start;
                    if w == 0 {
                        // A zero-width bit-field aligns the next member to its type.
                        let mut a = type_align_bits;
                        if let Some(p) = pack_bits {
                            a = a.min(p);
                        } else if field_packed {
                            a = 8;
                        }
                        if let Some(u) = user_align_bits {
                            a = a.max(u);
                        }
                        pos = round_up(pos, a);
                        fields.push(FieldLayout { offset: pos / 8, bitpos: pos, bitwidth: Some(0) });
                        if comp.is_struct {
                            bitpos = pos;
                        }
                        continue;
                    }
                    if let Some(u) = user_align_bits {
                        pos = round_up(pos, u);
                    }
                    if !field_packed && pack_bits.is_none() && type_align_bits > 0 && type_size_bits > 0 {
                        // A bit-field may not span more units of alignment of its type than
                        // its type itself.
                        let off = pos % type_align_bits;
                        if (off + w + type_align_bits - 1) / type_align_bits > type_size_bits / type_align_bits {
                            pos = round_up(pos, type_align_bits);
                        }
                    }
                    if f.name.is_some() {
                        let mut a = type_align_bits;
                        if let Some(p) = pack_bits {
                            a = a.min(p);
                        } else if field_packed {
                            a = 8;
                        }
                        record_align_bits = record_align_bits.max(a);
                        if let Some(u) = user_align_bits {
                            record_align_bits = record_align_bits.max(u);
                        }
                    }
                    fields.push(FieldLayout { offset: pos / 8, bitpos: pos, bitwidth: Some(w as u32) });
                    if comp.is_struct {
                        bitpos = pos + w;
                    }
                    max_size_bits = max_size_bits.max(pos + w);
                }
                None => {
                    let mut a = type_align_bits;
                    if field_packed {
                        a = 8;
                    }
                    if let Some(u) = user_align_bits {
                        a = a.max(u);
                    }
                    if let Some(p) = pack_bits {
                        a = a.min(p);
                    }
                    let pos = round_up(start, a.max(8));
                    if pos % type_align_bits.max(8) != 0 {
                        has_unaligned = true;
                    }
                    record_align_bits = record_align_bits.max(a);
                    fields.push(FieldLayout { offset: pos / 8, bitpos: pos, bitwidth: None });
                    if comp.is_struct {
                        bitpos = pos + type_size_bits;
                    }
                    max_size_bits = max_size_bits.max(pos + type_size_bits);
                }
            }
        }
        if let Some(a) = self.attr_aligned(comp.attrs) {
            record_align_bits = record_align_bits.max(a * 8);
        }
        let end = if comp.is_struct { bitpos.max(max_size_bits) } else { max_size_bits };
        let size_bits = round_up(end, record_align_bits);
        CompLayout { size: size_bits / 8, align: record_align_bits / 8, fields, has_unaligned }
    }

    /// Byte offset and layout of a member (by index) of a comp.
    pub fn field_layout(&self, c: CompId, i: usize) -> Option<FieldLayout> {
        self.comp_layout(c).fields.get(i).cloned()
    }

    /// Whether a float kind is an x87 format.
    pub fn is_x87(k: FKind) -> bool {
        k.format_bits() == 80
    }
}

fn round_up(v: u64, a: u64) -> u64 {
    if a <= 1 { v } else { v.div_ceil(a) * a }
}
