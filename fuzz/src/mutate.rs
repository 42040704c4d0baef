//! Mutations of C source text for fuzzing: byte edits, token-level edits with a C dictionary,
//! splicing two inputs, and nesting. Deterministic given the RNG seed.

/// A small xorshift PRNG (no dependency, reproducible).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E3779B97F4A7C15) | 1)
    }
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { (self.next() % n as u64) as usize }
    }
}

const DICT: &[&str] = &[
    "int", "char", "long", "unsigned", "short", "double", "float", "void", "struct", "union", "enum", "typedef",
    "static", "extern", "const", "volatile", "restrict", "_Atomic", "_Bool", "__int128", "__thread", "__auto_type",
    "inline", "if", "else", "while", "for", "do", "switch", "case", "default", "break", "continue", "return", "goto",
    "sizeof", "_Alignof", "_Alignas", "_Generic", "_Static_assert", "__typeval", "__attribute__((packed))",
    "__attribute__((aligned(16)))", "__extension__", "__builtin_va_arg", "__builtin_offsetof", "__label__",
    "__real__", "__imag__", "asm", "@", "@f(", "?:", "&&", "||", "->", ".", "...", "[", "]", "(", ")", "{", "}",
    ";", ",", "=", "+=", "<<=", "++", "--", "*", "&", "!", "~", "?", ":", "<", ">", "==", "!=", "<<", ">>",
    "0", "1", "-1", "0x7fffffff", "4294967295u", "1e308", "0.5f", "'a'", "'\\0'", "\"s\"", "L\"w\"", "x", "y",
    "f", "main", "p", "a[0]", "s.x", "p->x", "(int)", "(char*)", "({", "})", "{0}", "[3]={1}", ".x=", "[0 ... 2]=",
    ":3", "\n#pragma pack(1)\n", "\n#pragma pack(pop)\n", "\n# 1 \"x.h\" 1\n", "\n# 5 \"y.c\" 2\n", "\\",
];

/// Splits text into rough C tokens (keeps separators as their own tokens).
pub fn tokens(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in s.chars() {
        let word = c.is_ascii_alphanumeric() || c == '_';
        if word {
            cur.push(c);
        } else {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            out.push(c.to_string());
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// One mutated input derived from `base` (and sometimes `other`).
pub fn mutate(rng: &mut Rng, base: &str, other: &str) -> String {
    let mut toks = tokens(base);
    let n_mut = 1 + rng.below(4);
    for _ in 0..n_mut {
        let len = toks.len().max(1);
        match rng.below(9) {
            0 if !toks.is_empty() => {
                let i = rng.below(toks.len());
                toks.remove(i);
            }
            1 => {
                let i = rng.below(len);
                toks.insert(i.min(toks.len()), DICT[rng.below(DICT.len())].to_string());
            }
            2 if !toks.is_empty() => {
                let i = rng.below(toks.len());
                toks[i] = DICT[rng.below(DICT.len())].to_string();
            }
            3 if !toks.is_empty() => {
                // Duplicate a range.
                let a = rng.below(toks.len());
                let b = (a + rng.below(20)).min(toks.len());
                let piece: Vec<String> = toks[a..b].to_vec();
                let at = rng.below(toks.len());
                for (k, t) in piece.into_iter().enumerate() {
                    toks.insert(at + k, t);
                }
            }
            4 => {
                // Splice in a range of the other input.
                let ot = tokens(other);
                if !ot.is_empty() {
                    let a = rng.below(ot.len());
                    let b = (a + rng.below(40)).min(ot.len());
                    let at = rng.below(len).min(toks.len());
                    for (k, t) in ot[a..b].iter().enumerate() {
                        toks.insert(at + k, t.clone());
                    }
                }
            }
            5 if !toks.is_empty() => {
                // Swap two tokens.
                let a = rng.below(toks.len());
                let b = rng.below(toks.len());
                toks.swap(a, b);
            }
            6 => {
                // Deep nesting.
                let i = rng.below(len).min(toks.len());
                let depth = 1 + rng.below(60);
                let open = ["(", "{", "[", "-", "!", "*"][rng.below(6)];
                for _ in 0..depth {
                    toks.insert(i, open.to_string());
                }
            }
            7 if !toks.is_empty() => {
                // Replace a number-like token by an extreme value.
                let i = rng.below(toks.len());
                toks[i] = ["0", "2147483648", "18446744073709551615", "99999999999999999999999", "1e999", "0x1p-1074"]
                    [rng.below(6)]
                .to_string();
            }
            _ => {
                // Byte-level edit.
                let mut s = toks.concat().into_bytes();
                if !s.is_empty() {
                    let i = rng.below(s.len());
                    s[i] = (rng.next() & 0xff) as u8;
                }
                return String::from_utf8_lossy(&s).into_owned();
            }
        }
    }
    toks.concat()
}
