//! `cir cc [gcc arguments]` (also installed as `cir-cc`): a drop-in C compiler driver, as CIL's
//! `cilly` was. Part of the command-line binary.
//!
//! For each C input (`.c`, or `-x c`; `.i` / `-x cpp-output` skip the preprocessor) it
//!
//! 1. preprocesses it with gcc and the preprocessor's share of the arguments (`-I -D -U
//!    -include -imacros -isystem -iquote -std -O -f -m -W...`) plus cir's include directory,
//!    writing the dependency file when asked (`-MD/-MMD/-MF/-MT/-MQ/-MP`, named as gcc names it);
//! 2. runs cir on it (a child process: compile-time code cannot take the driver down), in
//!    `#line` mode, adding what compile-time code read and the `-l` libraries to the
//!    dependency file;
//! 3. hands cir's output to one gcc run with the original arguments, each C input replaced by its
//!    output (a file with the same base name in a private temporary directory, so gcc names
//!    objects, assembly and links exactly as it would have), minus the options already applied
//!    (`-D -U -include -imacros`, dependency options).
//!
//! Without C inputs (linking objects, `--version`, `-E`, `-M`) gcc runs with the arguments as
//! given (plus cir's include directory for `-E`/`-M`).
//!
//! cir's own options come from `CIRFLAGS` (split at blanks) and `-Xcir OPTION` (once per word,
//! like `-Xlinker`): `--keep` keeps the intermediate C as `NAME.cir.c` beside the output,
//! `--no-line-directives` turns `#line` mode off; any other (`-l LIB`, `--ct-timeout S`,
//! `--time`) is passed to cir.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use cir::depfile;

/// gcc options whose value is the next argument when not joined (`-o FILE`, `-I DIR`, ...).
const TAKES_VALUE: &[&str] = &[
    "-o", "-x", "-I", "-D", "-U", "-include", "-imacros", "-isystem", "-iquote", "-idirafter", "-iprefix",
    "-iwithprefix", "-iwithprefixbefore", "-isysroot", "-imultilib", "-MF", "-MT", "-MQ", "-L", "-l",
    "-Xlinker", "-Xassembler", "-Xpreprocessor", "-T", "-u", "-z", "-aux-info", "--param", "-A", "-e",
    "-dumpbase", "-dumpdir", "-dumpbase-ext", "-Xcir",
];

/// Options (by prefix) the preprocessor must see: they define macros or change headers.
const CPP_PREFIXES: &[&str] = &[
    "-I", "-D", "-U", "-include", "-imacros", "-isystem", "-iquote", "-idirafter", "-iprefix", "-iwithprefix",
    "-isysroot", "-imultilib", "-std=", "-ansi", "-O", "-f", "-m", "-W", "-w", "-undef", "-nostdinc",
    "-trigraphs", "-pthread", "--sysroot", "-Xpreprocessor", "-Wp,", "-pedantic",
];

/// Options applied by the preprocessor that must not be applied again to cir's output.
const CPP_ONLY: &[&str] = &["-D", "-U", "-include", "-imacros", "-Xpreprocessor", "-Wp,"];

#[derive(Clone, Copy, PartialEq, Debug)]
enum Lang {
    C,
    Preprocessed,
    Other,
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Mode {
    Link,
    Compile,
    Assemble,
    /// `-E`, `-M`, `-MM`: the preprocessor's job alone.
    Preprocess,
}

/// The command line, split into what each step needs.
#[derive(Debug, Default)]
struct Plan {
    /// Arguments for the final gcc run; C inputs are `None` placeholders with their index.
    final_args: Vec<Arg>,
    /// Arguments for the preprocessor.
    cpp_args: Vec<String>,
    inputs: Vec<Input>,
    mode: Option<Mode>,
    output: Option<String>,
    deps: Deps,
    /// Options for cir itself.
    cir_args: Vec<String>,
    keep: bool,
    line_directives: bool,
    /// `-fwrapv` (or `-fno-strict-overflow`) is in force: compile-time code wraps too.
    wrapv: bool,
}

#[derive(Debug)]
enum Arg {
    Plain(String),
    /// A C input (index into `inputs`), with the `-x` language in force after it.
    Input(usize, Option<String>),
}

#[derive(Debug)]
struct Input {
    path: String,
    lang: Lang,
}

#[derive(Debug, Default)]
struct Deps {
    enabled: bool,
    user_headers_only: bool,
    file: Option<String>,
    /// In make syntax.
    targets: Vec<String>,
    phony: bool,
}

fn lang_of(x: Option<&str>, path: &str) -> Lang {
    match x {
        Some("c") => Lang::C,
        Some("cpp-output") => Lang::Preprocessed,
        Some(_) => Lang::Other,
        None => match Path::new(path).extension().and_then(|e| e.to_str()) {
            Some("c") => Lang::C,
            Some("i") => Lang::Preprocessed,
            _ => Lang::Other,
        },
    }
}

fn plan(args: &[String], cirflags: &str) -> Result<Plan, String> {
    let mut p = Plan { line_directives: true, ..Plan::default() };
    let mut cir_words: Vec<String> = cirflags.split_whitespace().map(String::from).collect();
    let mut x: Option<String> = None;
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        let separate = TAKES_VALUE.contains(&a) && i + 1 < args.len();
        let value = if separate { Some(args[i + 1].clone()) } else { None };
        let words: Vec<String> = if separate { vec![a.to_string(), args[i + 1].clone()] } else { vec![a.to_string()] };
        i += words.len();
        if a == "-" {
            return Err("reading C from stdin is not supported; give a file".into());
        }
        if !a.starts_with('-') || a.len() == 1 {
            let lang = lang_of(x.as_deref().filter(|l| *l != "none"), a);
            if lang == Lang::Other {
                p.final_args.push(Arg::Plain(a.to_string()));
            } else {
                p.final_args.push(Arg::Input(p.inputs.len(), x.clone()));
                p.inputs.push(Input { path: a.to_string(), lang });
            }
            continue;
        }
        let mut keep_final = true;
        match a {
            "-Xcir" => {
                cir_words.extend(value.clone());
                keep_final = false;
            }
            "-x" => x = value.clone(),
            _ if a.starts_with("-x") => x = Some(a[2..].to_string()),
            "-c" => p.mode = Some(Mode::Compile),
            "-S" if p.mode != Some(Mode::Compile) => p.mode = Some(Mode::Assemble),
            "-E" | "-M" | "-MM" => p.mode = Some(Mode::Preprocess),
            "-o" => p.output = value.clone(),
            _ if a.starts_with("-o") => p.output = Some(a[2..].to_string()),
            "-fwrapv" | "-fno-strict-overflow" => p.wrapv = true,
            "-fno-wrapv" | "-fstrict-overflow" => p.wrapv = false,
            "-MD" | "-MMD" => {
                p.deps.enabled = true;
                p.deps.user_headers_only |= a == "-MMD";
                keep_final = false;
            }
            "-MP" => {
                p.deps.phony = true;
                keep_final = false;
            }
            "-MF" | "-MT" | "-MQ" => {
                let v = value.clone().unwrap_or_default();
                match a {
                    "-MF" => p.deps.file = Some(v),
                    "-MT" => p.deps.targets.push(v),
                    _ => p.deps.targets.push(depfile::quote(&v)),
                }
                keep_final = false;
            }
            _ => {}
        }
        if !keep_final {
            continue;
        }
        if CPP_PREFIXES.iter().any(|pre| a.starts_with(pre)) && !a.starts_with("-Wl,") && !a.starts_with("-Wa,") {
            p.cpp_args.extend(words.iter().cloned());
        }
        if !CPP_ONLY.iter().any(|pre| a.starts_with(pre)) {
            p.final_args.extend(words.into_iter().map(Arg::Plain));
        }
    }
    if p.mode.is_none() {
        p.mode = Some(Mode::Link);
    }
    for w in cir_words {
        match w.as_str() {
            "--keep" => p.keep = true,
            "--no-line-directives" => p.line_directives = false,
            "--line-directives" => p.line_directives = true,
            _ => p.cir_args.push(w),
        }
    }
    // gcc refuses this too, but only after cir would have run every input's compile-time code.
    if matches!(p.mode, Some(Mode::Compile | Mode::Assemble)) && p.output.is_some() && p.inputs.len() > 1 {
        return Err("cannot specify `-o` with `-c` or `-S` and multiple files".into());
    }
    Ok(p)
}

/// The stem gcc derives output names from (`src/foo.c` → `foo`).
fn stem(path: &str) -> String {
    Path::new(path).file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "out".into())
}

/// The file gcc writes for `input` (the dependency target) and the default dependency file.
fn outputs(p: &Plan, input: &str) -> (String, String) {
    let s = stem(input);
    let with_d = |o: &str| Path::new(o).with_extension("d").to_string_lossy().into_owned();
    match (p.mode, &p.output) {
        (Some(Mode::Assemble), None) => (format!("{s}.s"), format!("{s}.d")),
        (_, Some(o)) => (o.clone(), with_d(o)),
        _ => (format!("{s}.o"), format!("{s}.d")),
    }
}

/// Runs a command, passing its output through; `Err` when it fails to start or fails.
fn run(cmd: &mut Command, what: &str) -> Result<(), Failure> {
    match cmd.status() {
        Ok(s) if s.success() => Ok(()),
        Ok(s) => Err(Failure::Status(s.code().unwrap_or(1))),
        Err(e) => Err(Failure::Message(format!("cannot run {what}: {e}"))),
    }
}

enum Failure {
    Status(i32),
    Message(String),
}

/// A private temporary directory, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> Result<TempDir, String> {
        let base = std::env::temp_dir();
        for n in 0..1000u32 {
            let d = base.join(format!("cir-cc-{}-{n}", std::process::id()));
            match std::fs::create_dir(&d) {
                Ok(()) => return Ok(TempDir(d)),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(format!("cannot create a temporary directory in `{}`: {e}", base.display())),
            }
        }
        Err("cannot create a temporary directory".into())
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// `cir cc ARGS...`.
pub fn main(args: &[String], include_dir: &Path) -> ExitCode {
    let cirflags = std::env::var("CIRFLAGS").unwrap_or_default();
    let p = match plan(args, &cirflags) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("cir cc: error: {e}");
            return ExitCode::from(1);
        }
    };
    match build(&p, args, include_dir) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Status(s)) => ExitCode::from(s.clamp(1, 255) as u8),
        Err(Failure::Message(m)) => {
            eprintln!("cir cc: error: {m}");
            ExitCode::from(1)
        }
    }
}

fn build(p: &Plan, args: &[String], include_dir: &Path) -> Result<(), Failure> {
    let cc = cir::driver::system_compiler();
    let cc_name = cc[0].clone();
    let inc = format!("-I{}", include_dir.display());
    if p.mode == Some(Mode::Preprocess) || p.inputs.is_empty() {
        // Nothing for cir to do: gcc as asked (seeing cir.h when preprocessing).
        let mut cmd = Command::new(&cc[0]);
        cmd.args(&cc[1..]);
        let mut it = args.iter();
        while let Some(a) = it.next() {
            if a == "-Xcir" {
                it.next();
            } else {
                cmd.arg(a);
            }
        }
        if p.mode == Some(Mode::Preprocess) {
            cmd.arg(&inc);
        }
        return run(&mut cmd, &cc_name);
    }
    let tmp = TempDir::new().map_err(Failure::Message)?;
    let cir = std::env::current_exe().map_err(|e| Failure::Message(format!("cannot find the cir executable: {e}")))?;
    let mut outs = Vec::new();
    for (n, input) in p.inputs.iter().enumerate() {
        let dir = tmp.0.join(n.to_string());
        std::fs::create_dir(&dir).map_err(|e| Failure::Message(format!("cannot create `{}`: {e}", dir.display())))?;
        let s = stem(&input.path);
        let (target_file, default_depfile) = outputs(p, &input.path);
        let targets = if p.deps.targets.is_empty() { vec![depfile::quote(&target_file)] } else { p.deps.targets.clone() };
        let depfile_path = p.deps.file.clone().unwrap_or(default_depfile);
        // 1. Preprocess.
        let pre = match input.lang {
            Lang::C => {
                let pre = dir.join(format!("{s}.i"));
                let mut cmd = Command::new(&cc[0]);
                cmd.args(&cc[1..]).arg("-E").args(&p.cpp_args).arg(&inc);
                if p.deps.enabled {
                    cmd.arg(if p.deps.user_headers_only { "-MMD" } else { "-MD" }).arg("-MF").arg(&depfile_path);
                    for t in &targets {
                        cmd.arg("-MT").arg(t);
                    }
                    if p.deps.phony {
                        cmd.arg("-MP");
                    }
                }
                cmd.arg("-x").arg("c").arg(&input.path).arg("-o").arg(&pre);
                run(&mut cmd, &cc_name)?;
                pre
            }
            _ => PathBuf::from(&input.path),
        };
        // 2. cir.
        let out = dir.join(format!("{s}.c"));
        let cir_deps = dir.join("cir.d");
        let mut cmd = Command::new(&cir);
        cmd.env("CIR_CC", cc.join(" "));
        if p.line_directives {
            cmd.arg("--line-directives");
        }
        if p.wrapv {
            cmd.arg("--wrapv");
        }
        cmd.args(&p.cir_args);
        if p.deps.enabled {
            cmd.arg("-MF").arg(&cir_deps);
            for t in &targets {
                cmd.arg("-MT").arg(t);
            }
            if p.deps.phony {
                cmd.arg("-MP");
            }
        }
        cmd.arg(&pre).arg("-o").arg(&out);
        if let Err(e) = run(&mut cmd, "cir") {
            if p.deps.enabled {
                let _ = std::fs::remove_file(&depfile_path);
            }
            return Err(e);
        }
        if p.deps.enabled {
            // cir's rule (what compile-time code read) after the preprocessor's.
            let extra = std::fs::read_to_string(&cir_deps).unwrap_or_default();
            depfile::add_rule(Path::new(&depfile_path), &extra, input.lang != Lang::C)
                .map_err(|e| Failure::Message(format!("cannot write `{depfile_path}`: {e}")))?;
        }
        if p.keep {
            let kept = Path::new(&target_file).with_file_name(format!("{}.cir.c", stem(&target_file)));
            std::fs::copy(&out, &kept).map_err(|e| Failure::Message(format!("cannot write `{}`: {e}", kept.display())))?;
        }
        outs.push(out);
    }
    // 3. gcc on cir's output, with the original arguments.
    let mut cmd = Command::new(&cc[0]);
    cmd.args(&cc[1..]);
    for a in &p.final_args {
        match a {
            Arg::Plain(s) => {
                cmd.arg(s);
            }
            Arg::Input(n, x) => {
                // cir's output is C (with `#line` directives); restore the `-x` in force.
                cmd.arg("-x").arg("c").arg(&outs[*n]).arg("-x").arg(x.as_deref().unwrap_or("none"));
            }
        }
    }
    run(&mut cmd, &cc_name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn splits_the_command_line() {
        let p = plan(&args("-O2 -DX=1 -I inc -c src/a.c -o obj/a.o -MD -MP -Wall -include h.h -Xcir -l -Xcir libz.so.1"), "--keep").unwrap();
        assert_eq!(p.mode, Some(Mode::Compile));
        assert_eq!(p.output.as_deref(), Some("obj/a.o"));
        assert_eq!(p.cpp_args, args("-O2 -DX=1 -I inc -Wall -include h.h"));
        assert_eq!(p.cir_args, args("-l libz.so.1"));
        assert!(p.keep && p.line_directives && p.deps.enabled && p.deps.phony);
        assert_eq!(p.inputs.len(), 1);
        let plain: Vec<&str> = p.final_args.iter().filter_map(|a| if let Arg::Plain(s) = a { Some(s.as_str()) } else { None }).collect();
        assert_eq!(plain, ["-O2", "-I", "inc", "-c", "-o", "obj/a.o", "-Wall"]);
        assert_eq!(outputs(&p, "src/a.c"), ("obj/a.o".to_string(), "obj/a.d".to_string()));
    }

    #[test]
    fn languages_and_modes() {
        let p = plan(&args("x.c y.i z.o -x c w.h -x none v.s -lm"), "").unwrap();
        let langs: Vec<Lang> = p.inputs.iter().map(|i| i.lang).collect();
        assert_eq!(langs, [Lang::C, Lang::Preprocessed, Lang::C]);
        assert_eq!(p.mode, Some(Mode::Link));
        assert_eq!(plan(&args("-E x.c"), "").unwrap().mode, Some(Mode::Preprocess));
        assert_eq!(plan(&args("-S x.c"), "--no-line-directives").unwrap().line_directives, false);
        // -fwrapv reaches cir (--wrapv) as well as gcc; the last of -fwrapv/-fno-wrapv wins.
        assert!(plan(&args("-fwrapv -c x.c"), "").unwrap().wrapv);
        assert!(!plan(&args("-fwrapv -fno-wrapv -c x.c"), "").unwrap().wrapv);
        let p = plan(&args("-c a.c b.c"), "").unwrap();
        assert_eq!(outputs(&p, "b.c"), ("b.o".to_string(), "b.d".to_string()));
        assert!(plan(&args("-c a.c b.c -o x.o"), "").is_err());
    }
}
