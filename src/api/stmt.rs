//! `CirStmt`: statements (one operation each), their kinds, operands and order.

use super::*;

extern "C" fn get_next(s: u32) -> u32 {
    let s = stmt("CirStmt_getNext", s);
    prog("CirStmt_getNext").stmts[s].next.map_or(0, |s| s.as_u32())
}

extern "C" fn is_call(s: u32) -> bool {
    let s = stmt("CirStmt_isCall", s);
    matches!(prog("CirStmt_isCall").stmts[s].kind, StmtKind::Call { .. })
}

pub(super) fn lookup(name: &str) -> Option<*const u8> {
    Some(match name {
        "CirStmt_getNext" => get_next as *const u8,
        "CirStmt_isCall" => is_call as *const u8,
        _ => return None,
    })
}
