//! Lexical scopes: ordinary identifiers (vars, typedefs, enumerators) and tags.

use std::collections::HashMap;

use crate::ir::{CompId, EnumId, EnumItemId, Name, TypeId, VarId};

/// What an ordinary identifier names.
#[derive(Copy, Clone, Debug, PartialEq)]
pub enum Sym {
    Var(VarId),
    /// A typedef name; the type is `Named(td)` or, for variably modified typedefs at block
    /// scope, the type itself.
    Typedef(TypeId),
    EnumConst(EnumItemId, TypeId),
    /// A name whose declaration had an error: uses are skipped without a new diagnostic.
    Error,
}

/// What a tag (`struct S`, `enum E`) names.
#[derive(Copy, Clone, Debug, PartialEq)]
pub enum Tag {
    Comp(CompId),
    Enum(EnumId),
}

#[derive(Default)]
struct Scope {
    syms: HashMap<Name, Sym>,
    tags: HashMap<Name, Tag>,
}

pub struct Scopes {
    stack: Vec<Scope>,
}

/// Block scopes taken off the stack (see `Scopes::hide_blocks`).
pub struct Hidden(Vec<Scope>);

impl Hidden {
    /// Looks a name up in the hidden scopes, innermost first.
    pub fn lookup(&self, n: Name) -> Option<Sym> {
        self.0.iter().rev().find_map(|s| s.syms.get(&n).copied())
    }
}

impl Scopes {
    pub fn new() -> Scopes {
        Scopes { stack: vec![Scope::default()] }
    }
    pub fn push(&mut self) {
        self.stack.push(Scope::default());
    }
    pub fn pop(&mut self) {
        if self.stack.len() > 1 {
            self.stack.pop();
        }
    }
    /// Takes the block scopes off the stack, leaving file scope only (quoted code is lowered
    /// where the locals of the `@` call site cannot be seen).
    pub fn hide_blocks(&mut self) -> Hidden {
        Hidden(self.stack.drain(1..).collect())
    }
    /// Puts hidden block scopes back (dropping any scopes pushed since).
    pub fn unhide(&mut self, h: Hidden) {
        self.stack.truncate(1);
        self.stack.extend(h.0);
    }
    pub fn at_file_scope(&self) -> bool {
        self.stack.len() == 1
    }
    pub fn lookup(&self, n: Name) -> Option<Sym> {
        self.stack.iter().rev().find_map(|s| s.syms.get(&n).copied())
    }
    /// Looks a name up in the innermost scope only.
    pub fn lookup_here(&self, n: Name) -> Option<Sym> {
        self.stack.last().and_then(|s| s.syms.get(&n).copied())
    }
    pub fn lookup_file(&self, n: Name) -> Option<Sym> {
        self.stack[0].syms.get(&n).copied()
    }
    pub fn insert(&mut self, n: Name, s: Sym) {
        if let Some(top) = self.stack.last_mut() {
            top.syms.insert(n, s);
        }
    }
    pub fn insert_file(&mut self, n: Name, s: Sym) {
        self.stack[0].syms.insert(n, s);
    }
    pub fn remove_file(&mut self, n: Name) {
        self.stack[0].syms.remove(&n);
    }
    pub fn lookup_tag(&self, n: Name) -> Option<Tag> {
        self.stack.iter().rev().find_map(|s| s.tags.get(&n).copied())
    }
    pub fn lookup_tag_here(&self, n: Name) -> Option<Tag> {
        self.stack.last().and_then(|s| s.tags.get(&n).copied())
    }
    pub fn insert_tag(&mut self, n: Name, t: Tag) {
        if let Some(top) = self.stack.last_mut() {
            top.tags.insert(n, t);
        }
    }
    /// Names of all typedefs visible (for re-parsing snippets).
    pub fn typedef_names(&self) -> Vec<Name> {
        let mut v = Vec::new();
        for s in &self.stack {
            for (n, sym) in &s.syms {
                if matches!(sym, Sym::Typedef(_)) {
                    v.push(*n);
                }
            }
        }
        v
    }
}
