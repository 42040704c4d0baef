//! Random loop nests of the shape the JIT unrolls and jams (`src/jit/jam.rs`: an outer loop
//! whose inner loop carries a floating-point sum), and near misses it must leave alone, run
//! under `cir run` against gcc -O0's build of the same program.
//!
//! Each program holds `NESTS` nests drawn from a fixed seed: `int`, `long` or `unsigned` outer
//! indexes counting up or down by 1 to 3 under `<`, `<=`, `>=` or `!=`, bounds fixed or given at
//! run time (so 0 to 7 iterations, odd and even), `double` or `float` sums, inner loops as long
//! as a uniform value or (a near miss) as one depending on the outer index, branches in the
//! inner loop on uniform or on varying values, stores to globals, to a local array, to an array
//! the inner loop reads (a near miss) or under a varying condition (a near miss), and a value
//! carried from one outer iteration to the next (a near miss); the arrays named directly or
//! through `restrict` pointer parameters (or, a near miss, with one of them not `restrict`).
//! The test also checks that a fair
//! share of the nests was transformed (from `CIR_JIT_VERBOSE`), so that it tests the pass.
//! `CIR_JAM_PROGRAMS=n` changes the number of programs (default 40).

mod common;

use std::fmt::Write;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use common::*;

const NESTS: usize = 6;
/// The arrays' side.
const S: u64 = 7;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // splitmix64
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len() as u64) as usize]
    }

    fn percent(&mut self, p: u64) -> bool {
        self.below(100) < p
    }
}

/// One nest, `static void nest_<id>(int n, ...)`, and the call of it from `main`.
fn nest(r: &mut Rng, id: usize) -> (String, String) {
    let jt = r.pick(&["int", "int", "long", "unsigned"]);
    let float = r.percent(25);
    let (ft, ga, gb, gc) = if float { ("float", "FA", "FB", "FC") } else { ("double", "A", "B", "C") };
    // The arrays directly, or through pointer parameters: `restrict` ones, or (a near miss)
    // one of them without `restrict`.
    let pointers = r.percent(25);
    let (a, b, c) = if pointers { ("pa", "pb", "pc") } else { (ga, gb, gc) };
    let at = |arr: &str, row: &str, col: &str| if pointers { format!("{arr}[({row}) * S + ({col})]") } else { format!("{arr}[{row}][{col}]") };
    let st = 1 + r.below(3);
    let bound = if r.percent(50) { "n".to_string() } else { r.below(S + 1).to_string() };
    let header = match r.below(if jt == "unsigned" { 4 } else { 5 }) {
        0 => format!("for (j = 0; j < {bound}; j += {st})"),
        1 => format!("for (j = 1; j <= {bound}; j++)"),
        2 => format!("for (j = 0; j != {st} * {bound}; j += {st})"),
        3 if jt == "unsigned" => format!("for (j = {bound}; j-- > 0; )"),
        3 => format!("for (j = 2; j < {bound} + 2; j++)"),
        _ => format!("for (j = {bound} - 1; j >= 0; j -= {st})"),
    };
    let outer = r.percent(50);
    let kb = match r.below(8) {
        0 if outer => "i + 1",
        1 => "n",
        2 => "(int)(j % S) + 1", // near miss: the inner loop's length varies with j
        _ => "S",
    };
    let mut term = match r.below(4) {
        0 => format!("{} * {}", at(a, "i", "k"), at(b, "k", "jx")),
        1 => format!("{} * w", at(a, "i", "k")),
        2 => format!("{} / (({ft})1.5 + {} * {})", at(b, "k", "jx"), at(a, "i", "k"), at(a, "i", "k")),
        _ => format!("({ft})(k * jx + 1) * ({ft})0.25 - {}", at(a, "k", "i")),
    };
    if r.percent(8) {
        // Near miss: the inner loop reads the array the body writes.
        term = format!("{term} + {}", at(c, "k", "jx"));
    }
    let update = match r.below(3) {
        0 => format!("s += {term};"),
        1 => format!("s -= {term};"),
        _ => format!("s = s * ({ft})0.5 + {term};"),
    };
    let update = match r.below(6) {
        0 => format!("if ((k + i) % 3 != 0) {update} else s += ({ft})1;"),
        1 => format!("if ((k + jx) % 3 != 0) {update}"), // near miss: varies with j
        _ => update,
    };
    let cij = at(c, "i", "jx");
    let store = match r.below(9) {
        0 => format!("{cij} = s; {} = s * ({ft})2;", at(c, "(i + 1) % S", "jx")),
        1 => format!("if (s > 0) {cij} = s; else {cij} = -s;"), // near miss
        2 => "loc[jx] = s;".to_string(),
        3 => "E[jx] += s;".to_string(), // near miss: E read and written
        4 => format!("{cij} = s; carried += s;"), // near miss: a carried sum
        _ => format!("{cij} = s;"),
    };
    let mut f = String::new();
    let call = if pointers {
        let plain = r.below(8) as usize; // 0..2: that pointer is not `restrict` (a near miss)
        let q = |k: usize| if k == plain { "" } else { "restrict " };
        let _ = writeln!(f, "static void nest_{id}(int n, const {ft} *{}pa, const {ft} *{}pb, {ft} *{}pc)\n{{", q(0), q(1), q(2));
        format!("nest_{id}(n, &{ga}[0][0], &{gb}[0][0], &{gc}[0][0]);")
    } else {
        let _ = writeln!(f, "static void nest_{id}(int n)\n{{");
        format!("nest_{id}(n);")
    };
    let _ = writeln!(f, "    {jt} j;\n    double loc[S] = {{0}}, carried = 0;");
    if outer {
        let _ = writeln!(f, "    for (int i = 0; i < S; i++)");
    } else {
        let _ = writeln!(f, "    int i = {};", id as u64 % S);
    }
    let _ = writeln!(f, "    {header} {{");
    let _ = writeln!(f, "        int jx = (int)(j % S);");
    let _ = writeln!(f, "        {ft} s = ({ft})(jx % 3) * ({ft})0.125, w = ({ft})jx * ({ft})0.5 + ({ft})1;");
    let _ = writeln!(f, "        for (int k = 0; k < {kb}; k++)");
    let _ = writeln!(f, "            {update}");
    let _ = writeln!(f, "        {store}");
    let _ = writeln!(f, "    }}");
    let _ = writeln!(f, "    for (int t = 0; t < S; t++)\n        E[t] += loc[t] * 0.5;");
    let _ = writeln!(f, "    E[0] += carried + (double)j;\n}}\n");
    (f, call)
}

fn program(seed: u64) -> String {
    let mut r = Rng(seed);
    let mut p = String::new();
    let _ = writeln!(p, "#include <stdio.h>\n#define S {S}");
    p.push_str(
        "static double A[S][S], B[S][S], C[S][S], E[S];\n\
         static float FA[S][S], FB[S][S], FC[S][S];\n\
         static void fill(void)\n{\n    for (int x = 0; x < S; x++)\n        for (int y = 0; y < S; y++) {\n\
         \x20           A[x][y] = (double)((x * 7 + y * 3) % 11) / 8.0 - 0.6;\n\
         \x20           B[x][y] = (double)((x * 5 + y * 11) % 13) / 12.0 + 0.1;\n\
         \x20           FA[x][y] = (float)((x * 3 + y) % 7) / 3.0f - 1.1f;\n\
         \x20           FB[x][y] = (float)((x + y * 2) % 9) / 5.0f + 0.3f;\n        }\n}\n\
         static void show(int n)\n{\n    double c = 0, e = 0, f = 0;\n    for (int x = 0; x < S; x++) {\n\
         \x20       e = e * 0.75 + E[x];\n        for (int y = 0; y < S; y++) {\n\
         \x20           c = c * 0.75 + C[x][y];\n            f = f * 0.75 + FC[x][y];\n        }\n    }\n\
         \x20   printf(\"%d %.17g %.17g %.17g\\n\", n, c, e, f);\n}\n\n",
    );
    let mut calls = Vec::new();
    for id in 0..NESTS {
        let (f, call) = nest(&mut r, id);
        p.push_str(&f);
        calls.push(call);
    }
    p.push_str("int main(void)\n{\n    fill();\n    for (int n = 0; n <= S; n++) {\n");
    for call in &calls {
        let _ = writeln!(p, "        {call}\n        show(n);");
    }
    p.push_str("    }\n    return 0;\n}\n");
    p
}

/// Checks one program; returns how many nests cir transformed.
fn check(seed: u64, dir: &Path) -> Result<usize, String> {
    let src = dir.join(format!("nests_{seed}.c"));
    std::fs::write(&src, program(seed)).map_err(|e| e.to_string())?;
    let exe = dir.join(format!("nests_{seed}"));
    gcc(&src, &exe, &["-std=gnu11", "-O0", "-w"])?;
    let g = run(&mut Command::new(&exe), Duration::from_secs(10));
    let c = run(Command::new(cir_bin()).args(["run", "-std=gnu11"]).arg(&src).env("CIR_JIT_VERBOSE", "1"), Duration::from_secs(60));
    let stderr = String::from_utf8_lossy(&c.stderr);
    if g.code != Some(0) || c.code != g.code || c.stdout != g.stdout {
        let cir_errors: Vec<&str> = stderr.lines().filter(|l| l.starts_with("cir") || l.contains("error")).take(5).collect();
        return Err(format!(
            "{}: gcc exits {:?}, cir run {:?}; first difference: {}\n{}",
            src.display(),
            g.code,
            c.code,
            first_diff(&g.stdout, &c.stdout),
            cir_errors.join("\n")
        ));
    }
    Ok(stderr
        .lines()
        .filter(|l| l.starts_with("cir: JIT: `") && l.ends_with("unrolled and jammed"))
        .filter_map(|l| l.rsplit(": ").next()?.split(' ').next()?.parse::<usize>().ok())
        .sum())
}

#[test]
fn random_nests_match_gcc() {
    let programs: u64 = std::env::var("CIR_JAM_PROGRAMS").ok().and_then(|s| s.parse().ok()).unwrap_or(40);
    let dir = scratch_dir("jam_nests");
    let seeds: Vec<u64> = (1..=programs).collect();
    let results = par_map(&seeds, threads(), |&s| check(s, &dir));
    let failures: Vec<&String> = results.iter().filter_map(|r| r.as_ref().err()).collect();
    let jammed: usize = results.iter().filter_map(|r| r.as_ref().ok()).sum();
    let total = programs as usize * NESTS;
    eprintln!("random nests: {} of {programs} programs match gcc; {jammed} of {total} nests unrolled and jammed", programs as usize - failures.len());
    assert!(failures.is_empty(), "{} programs differ:\n{}", failures.len(), failures.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n"));
    assert!(jammed * 4 >= total, "only {jammed} of {total} nests were unrolled and jammed: the test no longer exercises the pass");
}
