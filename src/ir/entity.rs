//! Typed 32-bit entity ids (`VarId`, `StmtId`, ...) and the dense tables that own their data.
//!
//! Ids start at 1 so that `Option<Id>` has the same size as `u32` and 0 can mean "none" at the
//! C API boundary (`src/api/`), exactly like the original CIR's `uint32_t` ids.

use std::marker::PhantomData;
use std::num::NonZeroU32;

/// Declares a typed id. `Display` prints the IR's own text form (`vid7`, `sid3`, ...).
macro_rules! entity_id {
    ($(#[$m:meta])* $name:ident, $prefix:literal) => {
        $(#[$m])*
        #[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(std::num::NonZeroU32);

        impl $crate::ir::entity::EntityId for $name {
            fn from_index(index: usize) -> Self {
                let raw = u32::try_from(index + 1).expect("entity table overflow");
                $name(std::num::NonZeroU32::new(raw).unwrap())
            }
            fn index(self) -> usize {
                self.0.get() as usize - 1
            }
        }

        impl $name {
            /// The C-facing number of this id (never 0).
            pub fn as_u32(self) -> u32 {
                self.0.get()
            }
            /// Turns a C-facing number back into an id; 0 gives `None`.
            pub fn from_u32(raw: u32) -> Option<Self> {
                std::num::NonZeroU32::new(raw).map($name)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}{}", $prefix, self.0)
            }
        }

        impl std::fmt::Debug for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}{}", $prefix, self.0)
            }
        }
    };
}
pub(crate) use entity_id;

/// Conversion between an id and its table index.
pub trait EntityId: Copy {
    fn from_index(index: usize) -> Self;
    fn index(self) -> usize;
}

/// A dense table owning the data of one kind of entity, indexed by its id.
#[derive(Clone)]
pub struct Table<K: EntityId, V> {
    items: Vec<V>,
    _k: PhantomData<K>,
}

impl<K: EntityId, V> Default for Table<K, V> {
    fn default() -> Self {
        Table { items: Vec::new(), _k: PhantomData }
    }
}

impl<K: EntityId, V> Table<K, V> {
    pub fn reserve(&mut self, n: usize) {
        self.items.reserve(n);
    }
    pub fn push(&mut self, v: V) -> K {
        let k = K::from_index(self.items.len());
        self.items.push(v);
        k
    }
    pub fn len(&self) -> usize {
        self.items.len()
    }
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
    pub fn get(&self, k: K) -> Option<&V> {
        self.items.get(k.index())
    }
    pub fn get_mut(&mut self, k: K) -> Option<&mut V> {
        self.items.get_mut(k.index())
    }
    pub fn ids(&self) -> impl DoubleEndedIterator<Item = K> + ExactSizeIterator + use<K, V> {
        (0..self.items.len()).map(K::from_index)
    }
    pub fn iter(&self) -> impl Iterator<Item = (K, &V)> {
        self.items.iter().enumerate().map(|(i, v)| (K::from_index(i), v))
    }
    /// Whether `raw` (a C-facing id) names an entity of this table.
    pub fn contains_raw(&self, raw: u32) -> bool {
        raw != 0 && (raw as usize) <= self.items.len()
    }
}

impl<K: EntityId, V> std::ops::Index<K> for Table<K, V> {
    type Output = V;
    fn index(&self, k: K) -> &V {
        &self.items[k.index()]
    }
}

impl<K: EntityId, V> std::ops::IndexMut<K> for Table<K, V> {
    fn index_mut(&mut self, k: K) -> &mut V {
        &mut self.items[k.index()]
    }
}

/// Builds a `NonZeroU32` from an index (used by interners).
pub fn nz(index: usize) -> NonZeroU32 {
    NonZeroU32::new(u32::try_from(index + 1).expect("interner overflow")).unwrap()
}
