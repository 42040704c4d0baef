//! The IR verifier. It checks these invariants:
//!
//! 1. Statement lists are well formed: for every code, following `next` from `first` reaches
//!    `last`, `prev` links mirror `next` links, and every statement on the list has that code
//!    as its owner. An orphan has no owner and no links.
//! 2. A jump (`Cmp`, `Goto`, `Switch` cases) targets a statement of the same code; after
//!    lowering no jump is left pending (`None`).
//! 3. Every var referenced by a value exists; a `Mem` value's var has pointer type; the
//!    destination of an operation is an lvalue (`Var`/`Mem` without a cast).
//! 4. A var owned by a code appears in that code's var list.
//! 5. `VlaDecl`/`ScopeEnd` pairs nest properly within a function body.
//!
//! Violations are returned as messages (they are internal errors, never user errors).

use super::{CodeId, Program, StmtId, StmtKind, Value, ValueKind};

impl Program {
    /// Checks the invariants of one code (normally a function body).
    pub fn verify_code(&self, code: CodeId, pending_ok: bool) -> Vec<String> {
        let mut errs = Vec::new();
        let c = &self.codes[code];
        let mut prev: Option<StmtId> = None;
        let mut cur = c.first;
        let mut count = 0usize;
        let mut in_code = std::collections::HashSet::new();
        while let Some(s) = cur {
            let sd = &self.stmts[s];
            if sd.owner != Some(code) {
                errs.push(format!("{s} is on the list of {code} but owned by {:?}", sd.owner));
            }
            if sd.prev != prev {
                errs.push(format!("{s}.prev is {:?}, expected {:?}", sd.prev, prev));
            }
            in_code.insert(s);
            prev = Some(s);
            cur = sd.next;
            count += 1;
            if count > self.stmts.len() {
                errs.push(format!("statement list of {code} has a cycle"));
                return errs;
            }
        }
        if c.last != prev {
            errs.push(format!("{code}.last is {:?}, expected {:?}", c.last, prev));
        }
        let mut vla_stack = Vec::new();
        for s in self.code_stmts(code) {
            let sd = &self.stmts[s];
            let check_target = |t: Option<StmtId>, errs: &mut Vec<String>| match t {
                Some(t) => {
                    if !in_code.contains(&t) {
                        errs.push(format!("{s} jumps to {t}, which is not in {code}"));
                    }
                }
                None => {
                    if !pending_ok {
                        errs.push(format!("{s} has a pending jump"));
                    }
                }
            };
            match &sd.kind {
                StmtKind::Cmp { target, a, b, .. } => {
                    check_target(*target, &mut errs);
                    self.verify_value(a, s, &mut errs);
                    self.verify_value(b, s, &mut errs);
                }
                StmtKind::Goto(t) => check_target(*t, &mut errs),
                StmtKind::Switch { value, cases, default } => {
                    self.verify_value(value, s, &mut errs);
                    for case in cases {
                        check_target(Some(case.target), &mut errs);
                    }
                    check_target(*default, &mut errs);
                }
                StmtKind::UnOp { dst, a, .. } => {
                    self.verify_dst(dst, s, &mut errs);
                    self.verify_value(a, s, &mut errs);
                }
                StmtKind::BinOp { dst, a, b, .. } => {
                    self.verify_dst(dst, s, &mut errs);
                    self.verify_value(a, s, &mut errs);
                    self.verify_value(b, s, &mut errs);
                }
                StmtKind::Call { dst, target, args } => {
                    if let Some(d) = dst {
                        self.verify_dst(d, s, &mut errs);
                    }
                    self.verify_value(target, s, &mut errs);
                    for a in args {
                        self.verify_value(a, s, &mut errs);
                    }
                }
                StmtKind::Return(Some(v)) | StmtKind::IndirectGoto(v) => self.verify_value(v, s, &mut errs),
                StmtKind::VlaDecl(v) => vla_stack.push(*v),
                StmtKind::ScopeEnd(v) => {
                    if vla_stack.pop() != Some(*v) {
                        errs.push(format!("{s} ends the scope of {v}, which is not the innermost"));
                    }
                }
                _ => {}
            }
        }
        for &v in &c.vars {
            if self.vars.get(v).map(|d| d.owner) != Some(Some(code)) {
                errs.push(format!("{v} is listed in {code} but not owned by it"));
            }
        }
        errs
    }

    fn verify_dst(&self, v: &Value, s: StmtId, errs: &mut Vec<String>) {
        if !v.is_lval() {
            errs.push(format!("{s} writes to a value that is not an lvalue"));
        }
        self.verify_value(v, s, errs);
    }

    fn verify_value(&self, v: &Value, s: StmtId, errs: &mut Vec<String>) {
        match v.kind {
            ValueKind::Var { var, .. } => {
                if self.vars.get(var).is_none() {
                    errs.push(format!("{s} uses unknown var {var}"));
                }
            }
            ValueKind::Mem { var, .. } => match self.vars.get(var) {
                None => errs.push(format!("{s} uses unknown var {var}")),
                Some(d) => {
                    if self.pointee(d.ty).is_none() {
                        errs.push(format!("{s} dereferences {var}, which is not a pointer"));
                    }
                }
            },
            ValueKind::LabelAddr(t) => {
                if self.stmts.get(t).is_none() {
                    errs.push(format!("{s} takes the address of unknown statement {t}"));
                }
            }
            _ => {}
        }
    }
}
