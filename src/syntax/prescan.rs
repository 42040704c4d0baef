//! The pre-scan: rewrites the preprocessed text so lang-c can parse it, recording every rewrite
//! by offset so the lowering can honour it (lang-c.md §2, §4).
//!
//! It lexes the input once (skipping linemarker/pragma lines, string and character literals)
//! and applies edits. Most edits keep the length (`__int128` → `long    `, `@` → ` `); the few
//! that insert text (top-level `@f();`, `a ?: b`, `__builtin_types_compatible_p`, ...) are kept
//! in an `OffsetMap` so every span maps back to the original bytes.
//!
//! What is recorded (by offset in the *rewritten* text, i.e. where the lowering will find the
//! node) is in `Marks`. This module knows nothing about types or the IR.

use std::collections::HashMap;

/// Something a rewrite replaced, found again by the lowering at the recorded offset.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Mark {
    /// `__int128` / `__int128_t` (now `long`).
    Int128,
    /// `__uint128_t` (now `unsigned`).
    UInt128,
    /// `__thread` (now `volatile`).
    Thread,
    /// `__auto_type` (now `int`).
    AutoType,
    /// `&&label` (now ` &label`; recorded at the `&`).
    LabelAddr,
    /// `goto *e` (recorded at the `*` of the expression statement).
    GotoStar,
    /// `__real__` / `__imag__` (now `sizeof`).
    Real,
    Imag,
    /// `__label__ a, b;` (now `int a, b;`).
    LocalLabel,
    /// `__typeval` (now `__alignof`).
    TypeVal,
    /// `__float80` (now `_Float64x`).
    Float80,
}

/// An attribute or alignment specifier that had to be moved out of lang-c's way.
#[derive(Clone, Debug)]
pub struct Displaced {
    /// Original byte range of the text (e.g. `__attribute__((packed))` or the argument of
    /// `_Alignas(...)`).
    pub orig_start: usize,
    pub text: String,
}

/// `#pragma pack` state change at an offset.
#[derive(Clone, Debug)]
pub struct PackChange {
    pub offset: usize,
    pub pack: Option<u64>,
}

/// A pre-scan error (a malformed `@` use, ...), at an original offset.
#[derive(Clone, Debug)]
pub struct ScanError {
    pub offset: usize,
    pub message: String,
}

/// Maps offsets between the rewritten and the original text.
#[derive(Clone, Debug, Default)]
pub struct OffsetMap {
    /// Length-changing edits: (new_start, new_end, orig_start, orig_end), sorted.
    edits: Vec<(usize, usize, usize, usize)>,
}

impl OffsetMap {
    /// Original offset and length of a span of the rewritten text (for diagnostics).
    pub fn span(&self, s: crate::ir::Span) -> (usize, usize) {
        if s.is_none() {
            return (0, 0);
        }
        let a = self.to_orig(s.start as usize);
        let b = self.to_orig(s.end as usize).max(a);
        (a, b - a)
    }

    /// Original offset of a rewritten offset.
    pub fn to_orig(&self, p: usize) -> usize {
        let i = self.edits.partition_point(|e| e.0 <= p);
        if i == 0 {
            return p;
        }
        let (ns, ne, os, oe) = self.edits[i - 1];
        if p < ne {
            let olen = oe - os;
            os + (p - ns).min(olen.saturating_sub(1))
        } else {
            p - ne + oe
        }
    }
    /// Rewritten offset of an original offset (the start of an edit for offsets inside it).
    pub fn to_new(&self, o: usize) -> usize {
        let i = self.edits.partition_point(|e| e.2 <= o);
        if i == 0 {
            return o;
        }
        let (ns, ne, os, oe) = self.edits[i - 1];
        if o < oe { ns + (o - os).min((ne - ns).saturating_sub(1)) } else { o - oe + ne }
    }
}

/// The result of the pre-scan.
#[derive(Default)]
pub struct Prescanned {
    /// The text lang-c parses.
    pub text: String,
    pub map: OffsetMap,
    /// Rewritten offsets where an `@` call's callee identifier starts.
    pub at_calls: HashMap<usize, usize>,
    /// Marks by rewritten offset.
    pub marks: HashMap<usize, Mark>,
    /// `struct/union/enum __attribute__((...)) S`: keyword offset (rewritten) → attribute text.
    pub tag_attrs: HashMap<usize, Vec<Displaced>>,
    /// Member `_Alignas(X)`: rewritten offset where it stood → its argument text.
    pub member_alignas: Vec<(usize, Displaced)>,
    /// Top-level `asm("...");` statements: rewritten offset → original text range.
    pub toplevel_asm: Vec<(usize, usize, usize)>,
    /// Names of the wrapper functions made for top-level `@f(...);` statements.
    pub toplevel_prefix: &'static str,
    /// `#pragma pack` changes in original-offset order.
    pub pack: Vec<PackChange>,
    /// Other `#pragma` lines (original offset, text).
    pub pragmas: Vec<(usize, String)>,
    pub errors: Vec<ScanError>,
    /// Offsets (rewritten text) between top-level declarations where parsing may be split.
    pub chunks: Vec<usize>,
    /// The input is beyond what the parser handles in reasonable time: do not parse it.
    pub fatal: bool,
    /// Guessed file-scope typedef names by the (rewritten) offset of their declaration.
    pub typedef_guesses: Vec<(usize, Vec<String>)>,
}

/// Deepest bracket nesting parsed (lang-c's time grows faster than linearly with nesting).
pub const MAX_NESTING: usize = 1000;
/// Longest run of prefix operators parsed (lang-c backtracks exponentially on such runs).
pub const MAX_PREFIX_RUN: usize = 16;

/// Name prefix of the functions wrapping top-level `@f();` statements.
pub const TOPLEVEL_PREFIX: &str = "__cir_toplevel_";
/// Identifier inserted for the missing middle operand of GNU `a ?: b`.
pub const ELVIS: &str = "__cir_elvis__";

impl Prescanned {
    /// The `#pragma pack` value in effect at a rewritten offset.
    pub fn pack_at(&self, new_offset: usize) -> Option<u64> {
        let o = self.map.to_orig(new_offset);
        let i = self.pack.partition_point(|c| c.offset <= o);
        if i == 0 { None } else { self.pack[i - 1].pack }
    }
    pub fn mark(&self, new_offset: usize) -> Option<Mark> {
        self.marks.get(&new_offset).copied()
    }
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
enum K {
    Ident,
    Number,
    Str,
    Char,
    Punct,
    At,
}

#[derive(Copy, Clone, Debug)]
struct Tok {
    k: K,
    s: usize,
    e: usize,
}

struct Edit {
    start: usize,
    end: usize,
    text: Vec<u8>,
}

/// Runs the pre-scan over the preprocessed bytes.
pub fn prescan(input: &[u8]) -> Prescanned {
    let clean = sanitize_utf8(input);
    let mut out = Prescanned { toplevel_prefix: TOPLEVEL_PREFIX, ..Default::default() };
    let toks = lex(&clean, &mut out);
    let mut edits: Vec<Edit> = Vec::new();
    // Marks and other records are collected by original offset and translated at the end.
    let mut marks: Vec<(usize, Mark)> = Vec::new();
    let mut at_calls: Vec<usize> = Vec::new();
    let mut tag_attrs: Vec<(usize, Displaced)> = Vec::new();
    let mut member_alignas: Vec<(usize, Displaced)> = Vec::new();
    let mut toplevel_asm: Vec<(usize, usize, usize)> = Vec::new();
    let text = |t: &Tok| &clean[t.s..t.e];
    let is_p = |t: Option<&Tok>, p: &str| t.is_some_and(|t| t.k == K::Punct && &clean[t.s..t.e] == p.as_bytes());

    // Bracket tracking: stack of (open token index, kind) where kind tells struct bodies apart.
    #[derive(Copy, Clone, PartialEq)]
    enum Br {
        Paren,
        Square,
        Block,
        StructBody,
    }
    let mut stack: Vec<Br> = Vec::new();
    let mut tag_pending = false;
    // Places between top-level declarations where the text can be split into chunks.
    let mut boundaries: Vec<usize> = Vec::new();
    // Boundaries kept whatever the chunk size (after top-level `@` calls).
    let mut forced: std::collections::HashSet<usize> = std::collections::HashSet::new();
    let mut fn_body = false;
    let mut knr_pending = false;
    let mut prefix_run = 0usize;
    // File-scope typedef declarations (token ranges), for guessing typedef names per chunk.
    let mut typedef_decls: Vec<(usize, usize)> = Vec::new();
    let mut decl_start = 0usize;
    let mut decl_has_typedef = false;
    let mut toplevel_count = 0usize;
    let mut i = 0usize;
    let n = toks.len();
    // Index of the previous significant token (not erased).
    let mut prev: Option<usize> = None;
    let replace_same = |edits: &mut Vec<Edit>, t: &Tok, with: &str| {
        let mut v = with.as_bytes().to_vec();
        v.resize(t.e - t.s, b' ');
        edits.push(Edit { start: t.s, end: t.e, text: v });
    };
    while i < n {
        let t = toks[i];
        let tx = text(&t);
        let prev_tok = prev.map(|p| toks[p]);
        if t.k == K::Punct && matches!(tx, b"(" | b";" | b"}" | b"=" | b"," | b")") {
            tag_pending = false;
        }
        // Guards against inputs the PEG parser would take exponential time on.
        if t.k == K::Punct && matches!(tx, b"-" | b"+" | b"--" | b"++" | b"!" | b"~" | b"*" | b"&") {
            prefix_run += 1;
            if prefix_run == MAX_PREFIX_RUN + 1 && !out.fatal {
                out.errors.push(ScanError {
                    offset: t.s,
                    message: format!("more than {MAX_PREFIX_RUN} operators in a row: cir cannot parse this expression"),
                });
                out.fatal = true;
            }
        } else {
            prefix_run = 0;
        }
        if stack.len() > MAX_NESTING && !out.fatal {
            out.errors.push(ScanError {
                offset: t.s,
                message: format!("brackets nested more than {MAX_NESTING} levels deep: cir cannot parse this"),
            });
            out.fatal = true;
        }
        if t.k == K::Ident && (tx == b"struct" || tx == b"union") {
            tag_pending = true;
        }
        if t.k == K::Str || t.k == K::Char {
            // Non-standard escapes (`\e`, `\%`): lang-c rejects them. The lowering reads the
            // literal from the original bytes, so any accepted escape will do here.
            let mut j = t.s;
            while j + 1 < t.e {
                if clean[j] == b'\\' {
                    let c = clean[j + 1];
                    // `\u`/`\U` (universal character names) are also unknown to lang-c.
                    if !b"'\"?\\abfnrtv01234567x\n".contains(&c) {
                        edits.push(Edit { start: j + 1, end: j + 2, text: b"a".to_vec() });
                    }
                    j += 2;
                } else {
                    j += 1;
                }
            }
        }
        if t.k == K::Number {
            if let Some(msg) = invalid_number(tx) {
                out.errors.push(ScanError { offset: t.s, message: msg });
                // Keep lang-c parsing: a valid number of the same length.
                let mut v = vec![b' '; t.e - t.s];
                v[0] = b'0';
                edits.push(Edit { start: t.s, end: t.e, text: v });
            }
        }
        match t.k {
            K::At if toks.get(i + 1).is_some_and(|n| n.k == K::At) => {
                // `@@f(...)` (from `@CirQ(...)`, `CirQ` being a macro that adds its own `@`)
                // is `@f(...)`.
                edits.push(Edit { start: t.s, end: t.e, text: b" ".to_vec() });
                i += 1;
                continue;
            }
            K::At => {
                // `@` must be followed by `ident (`.
                let ok = i + 2 < n && toks[i + 1].k == K::Ident && is_p(toks.get(i + 2), "(");
                if !ok {
                    out.errors.push(ScanError {
                        offset: t.s,
                        message: "expected a function call after `@`".into(),
                    });
                    edits.push(Edit { start: t.s, end: t.e, text: b" ".to_vec() });
                    i += 1;
                    continue;
                }
                let top = stack.is_empty()
                    && (prev_tok.is_none() || is_p(prev_tok.as_ref(), ";") || is_p(prev_tok.as_ref(), "}"));
                if top {
                    // The call must be followed by `;`.
                    if let Some(close) = matching(&toks, &clean, i + 2) {
                        if !is_p(toks.get(close + 1), ";") {
                            out.errors.push(ScanError {
                                offset: toks[close].s,
                                message: "expected `;` after the top-level `@` call".into(),
                            });
                            edits.push(Edit { start: t.s, end: t.e, text: b" ".to_vec() });
                            i += 1;
                            continue;
                        }
                    }
                    // Find the `;` ending the statement at depth 0.
                    let mut j = i + 1;
                    let mut depth = 0i32;
                    let mut end = None;
                    while j < n {
                        let tj = toks[j];
                        if tj.k == K::Punct {
                            match text(&tj) {
                                b"(" | b"[" | b"{" => depth += 1,
                                b")" | b"]" | b"}" => depth -= 1,
                                b";" if depth == 0 => {
                                    end = Some(j);
                                    break;
                                }
                                _ => {}
                            }
                        }
                        j += 1;
                    }
                    let Some(end) = end else {
                        out.errors.push(ScanError {
                            offset: t.s,
                            message: "expected `;` after the top-level `@` call".into(),
                        });
                        edits.push(Edit { start: t.s, end: t.e, text: b" ".to_vec() });
                        i += 1;
                        continue;
                    };
                    let wrapper = format!("void {TOPLEVEL_PREFIX}{toplevel_count}(void){{ ");
                    toplevel_count += 1;
                    edits.push(Edit { start: t.s, end: t.e, text: [wrapper.as_bytes(), b" "].concat() });
                    at_calls.push(toks[i + 1].s);
                    let semi = toks[end];
                    edits.push(Edit { start: semi.e, end: semi.e, text: b" }".to_vec() });
                    // The text after the call is parsed as a chunk of its own, so it can be
                    // parsed again if the call declares typedef names.
                    forced.insert(semi.e);
                    // Continue scanning inside the statement (nested `@`, `__typeval`, ...).
                    prev = Some(i);
                    i += 1;
                    continue;
                }
                edits.push(Edit { start: t.s, end: t.e, text: b" ".to_vec() });
                at_calls.push(toks[i + 1].s);
                i += 1;
                continue;
            }
            K::Punct => {
                match tx {
                    b"(" => stack.push(Br::Paren),
                    b"[" => stack.push(Br::Square),
                    b"{" => {
                        if stack.is_empty() {
                            fn_body = is_p(prev_tok.as_ref(), ")") || knr_pending;
                            knr_pending = false;
                        }
                        // A struct/union body when preceded by `struct|union [tag]`.
                        stack.push(if tag_pending { Br::StructBody } else { Br::Block });
                        tag_pending = false;
                    }
                    b")" | b"]" | b"}" => {
                        stack.pop();
                        if stack.is_empty() {
                            if tx == b"}" && fn_body {
                                // The end of a function body: a place to split the text.
                                boundaries.push(t.e);
                                fn_body = false;
                                decl_start = i + 1;
                                decl_has_typedef = false;
                            }
                            if tx == b")" {
                                // `f(a, b) int a; ...`: K&R parameter declarations follow.
                                if let Some(nt) = toks.get(i + 1) {
                                    if nt.k == K::Ident
                                        && !matches!(
                                            text(nt),
                                            b"__attribute__" | b"__attribute" | b"asm" | b"__asm__" | b"__asm"
                                        )
                                    {
                                        knr_pending = true;
                                    }
                                }
                            }
                        }
                    }
                    b";" if stack.is_empty() => {
                        if decl_has_typedef {
                            typedef_decls.push((decl_start, i));
                        }
                        decl_has_typedef = false;
                        decl_start = i + 1;
                        if !knr_pending {
                            boundaries.push(t.e);
                        }
                    }
                    b"&&" => {
                        // Unary `&&label` (labels as values).
                        let operand_end = match prev_tok {
                            None => false,
                            Some(p) => match p.k {
                                K::Ident => !is_keyword(text(&p)),
                                K::Number | K::Str | K::Char => true,
                                K::Punct => matches!(text(&p), b")" | b"]" | b"++" | b"--"),
                                K::At => false,
                            },
                        };
                        if !operand_end && toks.get(i + 1).is_some_and(|x| x.k == K::Ident) {
                            edits.push(Edit { start: t.s, end: t.e, text: b" &".to_vec() });
                            marks.push((t.s + 1, Mark::LabelAddr));
                        }
                    }
                    b"?" => {
                        if is_p(toks.get(i + 1), ":") {
                            edits.push(Edit { start: t.e, end: t.e, text: ELVIS.as_bytes().to_vec() });
                        }
                    }
                    _ => {}
                }
            }
            K::Ident => {
                if tx == b"typedef" && stack.is_empty() {
                    decl_has_typedef = true;
                }
                match tx {
                    b"__typeval" => {
                        replace_same(&mut edits, &t, "__alignof");
                        marks.push((t.s, Mark::TypeVal));
                    }
                    b"__int128" | b"__int128_t" => {
                        replace_same(&mut edits, &t, "long");
                        marks.push((t.s, Mark::Int128));
                    }
                    b"__uint128_t" => {
                        replace_same(&mut edits, &t, "unsigned");
                        marks.push((t.s, Mark::UInt128));
                    }
                    b"__thread" => {
                        replace_same(&mut edits, &t, "volatile");
                        marks.push((t.s, Mark::Thread));
                    }
                    b"__auto_type" => {
                        replace_same(&mut edits, &t, "int");
                        marks.push((t.s, Mark::AutoType));
                    }
                    b"__extension__" => {
                        replace_same(&mut edits, &t, "");
                        i += 1;
                        continue; // erased: not a significant token
                    }
                    b"__float128" => replace_same(&mut edits, &t, "_Float128"),
                    b"__float80" => {
                        replace_same(&mut edits, &t, "_Float64x");
                        marks.push((t.s, Mark::Float80));
                    }
                    b"__real__" | b"__imag__" => {
                        replace_same(&mut edits, &t, "sizeof");
                        marks.push((t.s, if tx == b"__real__" { Mark::Real } else { Mark::Imag }));
                    }
                    b"__label__" => {
                        replace_same(&mut edits, &t, "int");
                        marks.push((t.s, Mark::LocalLabel));
                    }
                    b"sizeof" => {
                        // `sizeof (T){...}`: the compound literal needs parentheses for lang-c.
                        if is_p(toks.get(i + 1), "(") {
                            if let Some(close) = matching(&toks, &clean, i + 1) {
                                if is_p(toks.get(close + 1), "{") {
                                    if let Some(brace_end) = matching(&toks, &clean, close + 1) {
                                        let open = toks[i + 1];
                                        edits.push(Edit { start: open.s, end: open.s, text: b"(".to_vec() });
                                        let be = toks[brace_end];
                                        edits.push(Edit { start: be.e, end: be.e, text: b")".to_vec() });
                                    }
                                }
                            }
                        }
                    }
                    b"_Alignof" | b"__alignof__" | b"__alignof" => {
                        // GNU allows an expression operand: wrap it in `__typeof__`, which takes
                        // both expressions and type names.
                        if is_p(toks.get(i + 1), "(") {
                            if let Some(close) = matching(&toks, &clean, i + 1) {
                                let open = toks[i + 1];
                                edits.push(Edit { start: open.e, end: open.e, text: b"__typeof__(".to_vec() });
                                let c = toks[close];
                                edits.push(Edit { start: c.s, end: c.s, text: b")".to_vec() });
                            }
                        }
                    }
                    b"goto" => {
                        if is_p(toks.get(i + 1), "*") {
                            replace_same(&mut edits, &t, "");
                            marks.push((toks[i + 1].s, Mark::GotoStar));
                            i += 1;
                            continue;
                        }
                    }
                    b"_Static_assert" => {
                        // C2x form without a message: add one.
                        if is_p(toks.get(i + 1), "(") {
                            if let Some(close) = matching(&toks, &clean, i + 1) {
                                let has_comma = top_level_commas(&toks, &clean, i + 1, close) > 0;
                                if !has_comma {
                                    let c = toks[close];
                                    edits.push(Edit { start: c.s, end: c.s, text: b", \"\"".to_vec() });
                                }
                            }
                        }
                    }
                    b"__builtin_types_compatible_p" => {
                        if is_p(toks.get(i + 1), "(") {
                            if let Some(close) = matching(&toks, &clean, i + 1) {
                                let commas = comma_positions(&toks, &clean, i + 1, close);
                                if commas.len() == 1 {
                                    let open = toks[i + 1];
                                    edits.push(Edit { start: open.e, end: open.e, text: b"__alignof(".to_vec() });
                                    let c = toks[commas[0]];
                                    edits.push(Edit { start: c.s, end: c.s, text: b")".to_vec() });
                                    edits.push(Edit { start: c.e, end: c.e, text: b"__alignof(".to_vec() });
                                    let cl = toks[close];
                                    edits.push(Edit { start: cl.s, end: cl.s, text: b")".to_vec() });
                                }
                            }
                        }
                    }
                    b"struct" | b"union" | b"enum" => {
                        // `struct __attribute__((...)) S`: move the attribute out of the way.
                        let mut j = i + 1;
                        while j < n && toks[j].k == K::Ident && matches!(text(&toks[j]), b"__attribute__" | b"__attribute")
                        {
                            if !is_p(toks.get(j + 1), "(") {
                                break;
                            }
                            let Some(close) = matching(&toks, &clean, j + 1) else { break };
                            let (s, e) = (toks[j].s, toks[close].e);
                            tag_attrs.push((
                                t.s,
                                Displaced { orig_start: s, text: String::from_utf8_lossy(&clean[s..e]).into_owned() },
                            ));
                            edits.push(Edit { start: s, end: e, text: vec![b' '; e - s] });
                            j = close + 1;
                        }
                        if j > i + 1 {
                            prev = Some(i);
                            i = j;
                            continue;
                        }
                    }
                    b"_Alignas" => {
                        if stack.last() == Some(&Br::StructBody) && is_p(toks.get(i + 1), "(") {
                            if let Some(close) = matching(&toks, &clean, i + 1) {
                                let (s, e) = (t.s, toks[close].e);
                                let arg = (toks[i + 1].e, toks[close].s);
                                // Recorded where the member's specifiers start (the next token).
                                let mut k = close + 1;
                                while k < n && text(&toks[k]) == b"_Alignas" && is_p(toks.get(k + 1), "(") {
                                    match matching(&toks, &clean, k + 1) {
                                        Some(c2) => k = c2 + 1,
                                        None => break,
                                    }
                                }
                                let at = toks.get(k).map_or(t.s, |x| x.s);
                                member_alignas.push((
                                    at,
                                    Displaced {
                                        orig_start: arg.0,
                                        text: String::from_utf8_lossy(&clean[arg.0..arg.1]).into_owned(),
                                    },
                                ));
                                edits.push(Edit { start: s, end: e, text: vec![b' '; e - s] });
                                i = close + 1;
                                continue;
                            }
                        }
                    }
                    b"__attribute__" | b"__attribute" => {
                        // Statement attributes (`__attribute__((fallthrough));`) and label
                        // attributes: lang-c has no grammar for them.
                        let in_block = stack.last() == Some(&Br::Block);
                        if in_block && is_p(toks.get(i + 1), "(") {
                            if let Some(close) = matching(&toks, &clean, i + 1) {
                                let followed_by_semi = is_p(toks.get(close + 1), ";");
                                let after_stmt_start = prev_tok.is_some_and(|p| {
                                    p.k == K::Punct && matches!(text(&p), b";" | b"{" | b"}" | b":")
                                });
                                let body = String::from_utf8_lossy(&clean[t.s..toks[close].e]).into_owned();
                                let fallthrough = body.contains("fallthrough");
                                if followed_by_semi && (after_stmt_start || fallthrough) {
                                    let (s, e) = (t.s, toks[close].e);
                                    edits.push(Edit { start: s, end: e, text: vec![b' '; e - s] });
                                    i = close + 1;
                                    continue;
                                }
                            }
                        }
                    }
                    b"asm" | b"__asm__" | b"__asm" => {
                        let top = stack.is_empty()
                            && (prev_tok.is_none()
                                || is_p(prev_tok.as_ref(), ";")
                                || is_p(prev_tok.as_ref(), "}"));
                        if top && is_p(toks.get(i + 1), "(") {
                            if let Some(close) = matching(&toks, &clean, i + 1) {
                                if is_p(toks.get(close + 1), ";") {
                                    let (s, e) = (t.s, toks[close + 1].e);
                                    toplevel_asm.push((s, toks[i + 1].e, toks[close].s));
                                    edits.push(Edit { start: s, end: e, text: vec![b' '; e - s] });
                                    i = close + 2;
                                    continue;
                                }
                            }
                        }
                        // `asm inline (...)`, `asm volatile inline`: drop `inline`.
                        let mut j = i + 1;
                        while j < n && toks[j].k == K::Ident {
                            let w = text(&toks[j]);
                            if w == b"inline" || w == b"__inline" || w == b"__inline__" {
                                let tj = toks[j];
                                replace_same(&mut edits, &tj, "");
                            } else if !matches!(w, b"volatile" | b"__volatile__" | b"__volatile" | b"goto") {
                                break;
                            }
                            j += 1;
                        }
                    }
                    _ => {}
                }
            }
            _ => {}
        }
        prev = Some(i);
        i += 1;
    }

    // Apply edits in order.
    edits.sort_by_key(|e| (e.start, e.end));
    let mut buf: Vec<u8> = Vec::with_capacity(clean.len() + edits.len() * 8);
    let mut pos = 0usize;
    let mut map = OffsetMap::default();
    for e in &edits {
        if e.start < pos {
            continue; // overlapping edit (should not happen); keep the first
        }
        buf.extend_from_slice(&clean[pos..e.start]);
        let ns = buf.len();
        buf.extend_from_slice(&e.text);
        let ne = buf.len();
        if ne - ns != e.end - e.start {
            map.edits.push((ns, ne, e.start, e.end));
        }
        pos = e.end;
    }
    buf.extend_from_slice(&clean[pos..]);
    // `clean` is valid UTF-8 and every edit inserts ASCII at token boundaries.
    out.text = String::from_utf8(buf).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    for (o, m) in marks {
        out.marks.insert(map.to_new(o), m);
    }
    for o in at_calls {
        out.at_calls.insert(map.to_new(o), o);
    }
    for (o, d) in tag_attrs {
        out.tag_attrs.entry(map.to_new(o)).or_default().push(d);
    }
    for (o, d) in member_alignas {
        out.member_alignas.push((map.to_new(o), d));
    }
    for (s, ts, te) in toplevel_asm {
        out.toplevel_asm.push((map.to_new(s), ts, te));
    }
    // Guess the names file-scope typedefs declare (verified against the parse later).
    let mut known: std::collections::HashSet<String> = std::collections::HashSet::new();
    for (s, e) in typedef_decls {
        let names = typedef_names_in(&toks, &clean, s, e, &known);
        for n in &names {
            known.insert(n.clone());
        }
        if !names.is_empty() {
            out.typedef_guesses.push((map.to_new(toks[s].s), names));
        }
    }
    // Keep boundaries so that chunks are at least CHUNK_BYTES long.
    let mut last = 0usize;
    for b in boundaries {
        let nb = map.to_new(b);
        if (nb >= last + CHUNK_BYTES || forced.contains(&b)) && nb > last && nb < out.text.len() {
            out.chunks.push(nb);
            last = nb;
        }
    }
    out.map = map;
    out
}

/// Minimum size of a parse chunk (bytes of rewritten text).
pub const CHUNK_BYTES: usize = 64 * 1024;

/// Replaces each byte of invalid UTF-8 sequences with `?` (same length). The lowering reads
/// literal text from the original bytes, so nothing is lost.
fn sanitize_utf8(input: &[u8]) -> Vec<u8> {
    let mut out = input.to_vec();
    let mut i = 0;
    while i < out.len() {
        match std::str::from_utf8(&out[i..]) {
            Ok(_) => break,
            Err(e) => {
                let bad = i + e.valid_up_to();
                let len = e.error_len().unwrap_or(out.len() - bad);
                for b in &mut out[bad..bad + len] {
                    *b = b'?';
                }
                i = bad + len;
            }
        }
    }
    out
}

/// A diagnostic for a malformed numeric constant, if it is one.
fn invalid_number(t: &[u8]) -> Option<String> {
    let s = std::str::from_utf8(t).ok()?;
    let lower = s.to_ascii_lowercase();
    let is_float = !lower.starts_with("0x") && (lower.contains('.') || lower.contains('e'))
        || lower.starts_with("0x") && lower.contains('p');
    if lower.starts_with("0x") {
        let digits: String = lower[2..].chars().take_while(|c| c.is_ascii_hexdigit() || *c == '.').collect();
        if digits.is_empty() || digits == "." {
            return Some(format!("invalid hexadecimal constant `{s}`: no digits"));
        }
        return None;
    }
    if lower.starts_with("0b") {
        let digits: String = lower[2..].chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        if digits.is_empty() || digits.chars().take_while(|c| c.is_ascii_digit()).any(|c| c > '1') {
            return Some(format!("invalid binary constant `{s}`"));
        }
        return None;
    }
    if is_float {
        if let Some(i) = lower.find('e') {
            let rest = lower[i + 1..].trim_start_matches(['+', '-']);
            if !rest.starts_with(|c: char| c.is_ascii_digit()) {
                return Some(format!("exponent has no digits in `{s}`"));
            }
        }
        return None;
    }
    if lower.starts_with('0') {
        if let Some(c) = lower.chars().take_while(|c| c.is_ascii_digit()).find(|c| *c == '8' || *c == '9') {
            return Some(format!("invalid digit `{c}` in octal constant `{s}`"));
        }
    }
    None
}

fn is_keyword(w: &[u8]) -> bool {
    matches!(
        w,
        b"return" | b"case" | b"sizeof" | b"else" | b"do" | b"goto" | b"_Alignof" | b"__alignof__" | b"__alignof"
    )
}

/// The names a `typedef` declaration (tokens `s..e`, up to its `;`) declares, found lexically:
/// per comma-separated declarator, the last identifier at declarator level (tags, bodies,
/// parameter lists, array bounds and attribute/typeof arguments skipped). `known` holds the
/// typedef names declared before, so `typedef T1 T2;` declares `T2`.
fn typedef_names_in(
    toks: &[Tok],
    src: &[u8],
    s: usize,
    e: usize,
    known: &std::collections::HashSet<String>,
) -> Vec<String> {
    const SKIP_WORDS: &[&[u8]] = &[
        b"typedef", b"extern", b"static", b"const", b"volatile", b"restrict", b"__restrict", b"__restrict__",
        b"__const", b"__volatile__", b"signed", b"unsigned", b"__signed__", b"short", b"long", b"int", b"char",
        b"float", b"double", b"void", b"_Bool", b"_Complex", b"__complex__", b"inline", b"__inline", b"__inline__",
        b"__extension__", b"_Noreturn", b"_Float16", b"_Float32", b"_Float64", b"_Float128", b"_Float32x",
        b"_Float64x", b"__int128", b"__thread", b"_Thread_local", b"auto", b"register",
    ];
    const TYPE_WORDS: &[&[u8]] = &[
        b"signed", b"unsigned", b"__signed__", b"short", b"long", b"int", b"char", b"float", b"double", b"void",
        b"_Bool", b"_Complex", b"__complex__", b"_Float16", b"_Float32", b"_Float64", b"_Float128", b"_Float32x",
        b"_Float64x", b"__int128",
    ];
    #[derive(PartialEq, Clone, Copy)]
    enum Prev {
        None,
        Spec,
        Name,
        Close,
    }
    let mut names = Vec::new();
    let mut last: Option<String> = None;
    let mut have_type = false;
    let mut prev = Prev::None;
    let mut i = s;
    let word = |t: &Tok| &src[t.s..t.e];
    while i < e {
        let t = toks[i];
        let w = word(&t);
        match t.k {
            K::Ident => {
                if matches!(
                    w,
                    b"__attribute__" | b"__attribute" | b"__typeof__" | b"__typeof" | b"typeof" | b"_Alignas"
                        | b"__asm__" | b"__asm" | b"asm" | b"__declspec" | b"_Atomic" | b"__alignof__" | b"_Alignof"
                ) {
                    let is_spec = matches!(w, b"_Atomic" | b"__typeof__" | b"__typeof" | b"typeof");
                    if toks.get(i + 1).is_some_and(|n| n.k == K::Punct && word(n) == b"(") {
                        i = matching(toks, src, i + 1).unwrap_or(e) + 1;
                    } else {
                        i += 1;
                    }
                    if is_spec {
                        have_type = true;
                        prev = Prev::Spec;
                    }
                    continue;
                }
                if matches!(w, b"struct" | b"union" | b"enum") {
                    i += 1;
                    while i < e && toks[i].k == K::Ident && matches!(word(&toks[i]), b"__attribute__" | b"__attribute") {
                        i = matching(toks, src, i + 1).unwrap_or(e) + 1;
                    }
                    if i < e && toks[i].k == K::Ident {
                        i += 1;
                    }
                    if i < e && toks[i].k == K::Punct && word(&toks[i]) == b"{" {
                        i = matching(toks, src, i).unwrap_or(e) + 1;
                    }
                    have_type = true;
                    prev = Prev::Spec;
                    continue;
                }
                if SKIP_WORDS.contains(&w) {
                    if TYPE_WORDS.contains(&w) {
                        have_type = true;
                    }
                    prev = Prev::Spec;
                } else if !have_type && known.contains(std::str::from_utf8(w).unwrap_or("")) {
                    have_type = true;
                    prev = Prev::Spec;
                } else {
                    last = Some(String::from_utf8_lossy(w).into_owned());
                    prev = Prev::Name;
                }
                i += 1;
            }
            K::Punct => {
                match w {
                    b"(" => {
                        if prev == Prev::Name || prev == Prev::Close {
                            // A parameter list.
                            i = matching(toks, src, i).unwrap_or(e) + 1;
                            prev = Prev::Close;
                            continue;
                        }
                        prev = Prev::None;
                    }
                    b"[" | b"{" => {
                        i = matching(toks, src, i).unwrap_or(e) + 1;
                        prev = Prev::Close;
                        continue;
                    }
                    b")" => prev = Prev::Close,
                    b"," => {
                        if let Some(n) = last.take() {
                            names.push(n);
                        }
                        prev = Prev::None;
                    }
                    _ => prev = Prev::None,
                }
                i += 1;
            }
            _ => {
                prev = Prev::None;
                i += 1;
            }
        }
    }
    if let Some(n) = last {
        names.push(n);
    }
    names
}

/// Index of the token closing the bracket opened at `open`.
fn matching(toks: &[Tok], src: &[u8], open: usize) -> Option<usize> {
    let mut depth = 0i32;
    for (j, t) in toks.iter().enumerate().skip(open) {
        if t.k == K::Punct {
            match &src[t.s..t.e] {
                b"(" | b"[" | b"{" => depth += 1,
                b")" | b"]" | b"}" => {
                    depth -= 1;
                    if depth == 0 {
                        return Some(j);
                    }
                }
                _ => {}
            }
        }
    }
    None
}

fn comma_positions(toks: &[Tok], src: &[u8], open: usize, close: usize) -> Vec<usize> {
    let mut depth = 0i32;
    let mut v = Vec::new();
    for j in open + 1..close {
        let t = toks[j];
        if t.k == K::Punct {
            match &src[t.s..t.e] {
                b"(" | b"[" | b"{" => depth += 1,
                b")" | b"]" | b"}" => depth -= 1,
                b"," if depth == 0 => v.push(j),
                _ => {}
            }
        }
    }
    v
}

fn top_level_commas(toks: &[Tok], src: &[u8], open: usize, close: usize) -> usize {
    comma_positions(toks, src, open, close).len()
}

const PUNCTS3: [&[u8]; 3] = [b"...", b"<<=", b">>="];
const PUNCTS2: [&[u8]; 19] = [
    b"->", b"++", b"--", b"<<", b">>", b"<=", b">=", b"==", b"!=", b"&&", b"||", b"*=", b"/=", b"%=", b"+=", b"-=",
    b"&=", b"^=", b"|=",
];

/// Lexes the whole text into tokens, recording `#pragma` lines.
fn lex(src: &[u8], out: &mut Prescanned) -> Vec<Tok> {
    let mut toks = Vec::with_capacity(src.len() / 4);
    let n = src.len();
    let mut i = 0;
    let mut line_start = true;
    let mut pack_stack: Vec<Option<u64>> = Vec::new();
    let mut pack_cur: Option<u64> = None;
    while i < n {
        let c = src[i];
        if line_start && c == b'#' {
            let e = src[i..].iter().position(|&b| b == b'\n').map_or(n, |p| i + p);
            let line = String::from_utf8_lossy(&src[i..e]).into_owned();
            let body = line[1..].trim_start();
            if let Some(rest) = body.strip_prefix("pragma") {
                let rest = rest.trim();
                if let Some(args) = rest.strip_prefix("pack") {
                    apply_pack(args, &mut pack_stack, &mut pack_cur);
                    out.pack.push(PackChange { offset: i, pack: pack_cur });
                } else {
                    out.pragmas.push((i, rest.to_string()));
                }
            }
            i = e;
            continue;
        }
        if c == b'\n' {
            line_start = true;
            i += 1;
            continue;
        }
        if c == b' ' || c == b'\t' || c == b'\r' || c == 0x0c || c == 0x0b {
            i += 1;
            continue;
        }
        line_start = false;
        let s = i;
        if c.is_ascii_alphabetic() || c == b'_' || c == b'$' || c >= 0x80 {
            // String/char prefixes.
            let pre_len = if src[i..].starts_with(b"u8\"") || src[i..].starts_with(b"u8'") {
                2
            } else if (c == b'L' || c == b'u' || c == b'U') && matches!(src.get(i + 1), Some(b'"') | Some(b'\'')) {
                1
            } else {
                0
            };
            if pre_len > 0 {
                let q = src[i + pre_len];
                let e = scan_quoted(src, i + pre_len, q);
                if src.get(e.wrapping_sub(1)) != Some(&q) || e == i + pre_len + 1 {
                    out.errors.push(ScanError { offset: s, message: format!("missing terminating {} character", q as char) });
                }
                toks.push(Tok { k: if q == b'"' { K::Str } else { K::Char }, s, e });
                i = e;
                continue;
            }
            while i < n && (src[i].is_ascii_alphanumeric() || src[i] == b'_' || src[i] == b'$' || src[i] >= 0x80) {
                i += 1;
            }
            toks.push(Tok { k: K::Ident, s, e: i });
            continue;
        }
        if c.is_ascii_digit() || (c == b'.' && src.get(i + 1).is_some_and(|d| d.is_ascii_digit())) {
            i += 1;
            while i < n {
                let d = src[i];
                if (d == b'+' || d == b'-') && matches!(src[i - 1], b'e' | b'E' | b'p' | b'P') {
                    i += 1;
                } else if d.is_ascii_alphanumeric() || d == b'.' || d == b'_' {
                    i += 1;
                } else {
                    break;
                }
            }
            toks.push(Tok { k: K::Number, s, e: i });
            continue;
        }
        if c == b'"' || c == b'\'' {
            let e = scan_quoted(src, i, c);
            if src.get(e.wrapping_sub(1)) != Some(&c) || e == i + 1 {
                out.errors.push(ScanError { offset: s, message: format!("missing terminating {} character", c as char) });
            }
            toks.push(Tok { k: if c == b'"' { K::Str } else { K::Char }, s, e });
            i = e;
            continue;
        }
        if c == b'@' {
            toks.push(Tok { k: K::At, s, e: i + 1 });
            i += 1;
            continue;
        }
        let len = if PUNCTS3.iter().any(|p| src[i..].starts_with(p)) {
            3
        } else if PUNCTS2.iter().any(|p| src[i..].starts_with(p)) {
            2
        } else {
            1
        };
        toks.push(Tok { k: K::Punct, s, e: i + len });
        i += len;
    }
    toks
}

/// Scans a quoted literal starting at the quote; returns the offset after the closing quote.
fn scan_quoted(src: &[u8], start: usize, q: u8) -> usize {
    let mut i = start + 1;
    while i < src.len() {
        match src[i] {
            b'\\' => i += 2,
            b'\n' => return i,
            c if c == q => return i + 1,
            _ => i += 1,
        }
    }
    src.len()
}

/// Applies one `#pragma pack(...)` to the pack state.
fn apply_pack(args: &str, stack: &mut Vec<Option<u64>>, cur: &mut Option<u64>) {
    let inner = args.trim().trim_start_matches('(').trim_end_matches(')');
    let parts: Vec<&str> = inner.split(',').map(|s| s.trim()).filter(|s| !s.is_empty()).collect();
    let num = |s: &str| s.parse::<u64>().ok().filter(|&v| v > 0);
    match parts.first().copied() {
        None => *cur = None,
        Some("push") => {
            stack.push(*cur);
            if let Some(v) = parts.iter().skip(1).find_map(|p| num(p)) {
                *cur = Some(v);
            }
        }
        Some("pop") => {
            *cur = stack.pop().unwrap_or(None);
            if let Some(v) = parts.iter().skip(1).find_map(|p| num(p)) {
                *cur = Some(v);
            }
        }
        Some(p) => *cur = num(p),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(s: &str) -> Prescanned {
        prescan(s.as_bytes())
    }

    #[test]
    fn same_length_rewrites() {
        let src = "__extension__ typedef __int128 T; static __thread int x; int y = @f(1, @g());";
        let p = scan(src);
        assert_eq!(p.text.len(), src.len());
        assert!(p.text.contains("typedef long     T;"));
        assert!(p.text.contains("static volatile int x;"));
        assert!(p.text.contains("int y =  f(1,  g());"));
        assert_eq!(p.at_calls.len(), 2);
        assert_eq!(p.mark(src.find("__int128").unwrap()), Some(Mark::Int128));
    }

    #[test]
    fn toplevel_at_gets_a_wrapper() {
        let src = "int a;\n@gen(1);\nint b;";
        let p = scan(src);
        let squashed: String = p.text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(squashed.contains("void __cir_toplevel_0(void){ gen(1); }"), "{}", p.text);
        let b_new = p.text.find("int b").unwrap();
        assert_eq!(p.map.to_orig(b_new), src.find("int b").unwrap());
        let gen_new = p.text.find("gen(").unwrap();
        assert_eq!(p.map.to_orig(gen_new), src.find("gen(").unwrap());
        assert!(p.at_calls.contains_key(&gen_new));
    }

    #[test]
    fn elvis_and_label_addresses() {
        let p = scan("void f(){ static void *t[] = { &&a, &&b }; int x = y ?: 3; int z = p && q; goto *t[0]; a: b: ; }");
        assert!(p.text.contains("{  &a,  &b }"));
        assert!(p.text.contains("y ?__cir_elvis__: 3"));
        assert!(p.text.contains("p && q"));
        assert!(p.text.contains("     *t[0];"));
        assert_eq!(p.marks.values().filter(|m| **m == Mark::LabelAddr).count(), 2);
    }

    #[test]
    fn strings_and_pragmas_are_skipped() {
        let src = "#pragma pack(push, 1)\nchar *s = \"@x __int128 \\e\";\n#pragma pack(pop)\nint a;";
        let p = scan(src);
        assert!(p.at_calls.is_empty());
        assert!(p.marks.is_empty());
        assert_eq!(p.pack.len(), 2);
        assert_eq!(p.pack[0].pack, Some(1));
        assert_eq!(p.pack[1].pack, None);
    }

    #[test]
    fn struct_attributes_and_member_alignas() {
        let src = "struct __attribute__((packed)) S { char c; _Alignas(16) int x; };";
        let p = scan(src);
        assert_eq!(p.text.len(), src.len());
        let squashed: String = p.text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(squashed, "struct S { char c; int x; };");
        assert_eq!(p.tag_attrs.get(&0).map(|v| v[0].text.as_str()), Some("__attribute__((packed))"));
        assert_eq!(p.member_alignas[0].1.text, "16");
    }

    #[test]
    fn statement_attributes() {
        let p = scan("void f(int x){ switch(x){ case 1: x++; __attribute__((fallthrough)); default: ; } }");
        assert!(!p.text.contains("fallthrough"));
        let p = scan("void g(void) __attribute__((noreturn));");
        assert!(p.text.contains("noreturn"));
    }

    #[test]
    fn invalid_utf8_is_replaced_one_to_one() {
        let mut src = b"char *s = \"".to_vec();
        src.extend_from_slice(&[0xff, 0xfe]);
        src.extend_from_slice(b"\";");
        let p = prescan(&src);
        assert_eq!(p.text.len(), src.len());
    }
}
