//! `CirCode`: statement lists with their vars and a value or condition jumps.

use super::*;

extern "C" fn of_expr(v: *const CirValue) -> u32 {
    let v = opt_value("CirCode_ofExpr", v);
    let p = prog("CirCode_ofExpr");
    let c = p.new_code();
    if let Some(v) = v {
        let t = p.value_type(&v);
        p.codes[c].result = CodeResult::Value(v);
        p.codes[c].ty = Some(t);
    }
    c.as_u32()
}

extern "C" fn get_first_stmt(c: u32) -> u32 {
    let c = code("CirCode_getFirstStmt", c);
    prog("CirCode_getFirstStmt").codes[c].first.map_or(0, |s| s.as_u32())
}

pub(super) fn lookup(name: &str) -> Option<*const u8> {
    Some(match name {
        "CirCode_ofExpr" => of_expr as *const u8,
        "CirCode_getFirstStmt" => get_first_stmt as *const u8,
        _ => return None,
    })
}
