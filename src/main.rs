//! The `cir` command line. This is the only place that prints to the terminal or exits.

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use clap::Parser;

use cir::depfile;
use cir::diagnostics::{self, Diagnostic};
use cir::driver::{self, Options};
use cir::source::Source;

/// cir: a C source-to-source compiler with compile-time evaluation.
///
/// Reads C (a `.c` file, which cir preprocesses with `${CC:-cc} -E`, or preprocessed C from a
/// `.i` file or `-` for stdin), flattens it into a three-address subset of C, evaluates `@`
/// calls at compile time, and writes C that gcc compiles to a program with the same behaviour.
#[derive(Parser, Debug)]
#[command(name = "cir", version, about, long_about = None)]
struct Cli {
    /// Input file: `.c` (preprocessed by cir), `.i` (already preprocessed) or `-` (stdin).
    input: Option<String>,

    /// Write the output to FILE instead of stdout (written atomically).
    #[arg(short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,

    /// Load a shared library for compile-time code (a path or a soname such as libz.so.1).
    #[arg(short = 'l', value_name = "LIB")]
    libs: Vec<String>,

    /// Add an include directory (passed to the preprocessor).
    #[arg(short = 'I', value_name = "DIR")]
    include: Vec<String>,

    /// Define a macro (passed to the preprocessor).
    #[arg(short = 'D', value_name = "MACRO[=VAL]")]
    define: Vec<String>,

    /// Undefine a macro (passed to the preprocessor).
    #[arg(short = 'U', value_name = "MACRO")]
    undef: Vec<String>,

    /// Print the directory that holds `cir.h` and exit.
    #[arg(long = "include-dir")]
    include_dir: bool,

    /// Print the time spent in each phase to stderr.
    #[arg(long = "time")]
    time: bool,

    /// Time limit of each compile-time (`@`) call, in seconds (fractions allowed; 0: no
    /// limit). A call past it is stopped and reported at its `@`; a note is printed when a call
    /// runs long. Not applied to the program run by `cir run`.
    #[arg(long = "ct-timeout", value_name = "SECONDS", default_value = "60", value_parser = parse_seconds)]
    ct_timeout: f64,

    /// Signed integer overflow wraps in compile-time code, as gcc's `-fwrapv` makes it wrap
    /// in the program (`cir cc` passes it for `-fwrapv`). Without it the JIT, like gcc,
    /// optimizes on the rule that signed overflow does not happen.
    #[arg(long = "wrapv")]
    wrapv: bool,

    /// Write `#line` directives, so gcc's diagnostics and gdb point at the original lines.
    #[arg(long = "line-directives")]
    line_directives: bool,

    /// Colour diagnostics: `auto` (when they go to a terminal and NO_COLOR is unset), `always`
    /// (ANSI escapes) or `never`.
    #[arg(long = "color", value_name = "WHEN", default_value = "auto")]
    color: ColorWhen,

    /// Write cir's diagnostics and messages (and the preprocessor's) to FILE instead of stderr,
    /// so they stay apart from what compile-time code prints on stderr.
    #[arg(long = "diagnostics-file", value_name = "FILE")]
    diagnostics_file: Option<PathBuf>,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum ColorWhen {
    Auto,
    Always,
    Never,
}

/// Where cir's own messages go (`--diagnostics-file`, else stderr) and whether they are coloured.
struct MessageSink {
    fd: i32,
    color: bool,
}

static SINK: std::sync::OnceLock<MessageSink> = std::sync::OnceLock::new();

/// Opens the message sink the options ask for (once, before compiling).
fn set_message_sink(cli: &Cli) -> Result<(), String> {
    let fd = match &cli.diagnostics_file {
        Some(p) => {
            let f = std::fs::File::create(p).map_err(|e| format!("cannot create `{}`: {e}", p.display()))?;
            std::os::fd::IntoRawFd::into_raw_fd(f)
        }
        None => 2,
    };
    let color = match cli.color {
        ColorWhen::Always => true,
        ColorWhen::Never => false,
        ColorWhen::Auto => fd == 2 && std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    let _ = SINK.set(MessageSink { fd, color });
    Ok(())
}

/// Prints one of cir's messages (a line) to the message sink.
macro_rules! errln {
    ($($arg:tt)*) => { write_message(&format!("{}\n", format_args!($($arg)*))) };
}

/// A non-negative number of seconds.
fn parse_seconds(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if (0.0..1e9).contains(&v) => Ok(v),
        _ => Err(format!("`{s}` is not a number of seconds (0 or more)")),
    }
}

/// Prints for the watchdog of compile-time calls (on its own thread). Writes straight to file
/// descriptor 2: the compilation thread may be stuck holding the lock of Rust's stderr.
struct CtReporter {
    src: Arc<Source>,
    /// The output and dependency files, removed when abandoning.
    outputs: Vec<PathBuf>,
}

impl cir::jit::rt::Reporter for CtReporter {
    fn still_running(&self, w: &cir::jit::rt::Watch, elapsed: Duration, limit: Option<Duration>) {
        use cir::jit::rt::secs;
        let limit = limit.map_or_else(|| "no time limit".to_string(), |l| format!("limit {}", secs(l)));
        let at = diagnostics::file_line(&self.src, w.at);
        write_message(&format!(
            "cir: note: compile-time call `{}` at {at} is still running after {} ({limit}; --ct-timeout)\n",
            w.callee,
            secs(elapsed)
        ));
    }

    fn abandon(&self, w: &cir::jit::rt::Watch) -> ! {
        let text = diagnostics::render(&self.src, std::slice::from_ref(&w.stuck), use_color());
        write_message(&text);
        // No output was written yet (that happens after compiling); a stale one goes, as for
        // any failed compilation.
        remove_all(&self.outputs);
        // SAFETY: ends the process at once: the compilation thread is stuck (possibly holding
        // C stdio or allocator locks), so no exit handlers or flushing.
        #[allow(unsafe_code)]
        unsafe {
            libc::_exit(1)
        }
    }
}

/// Writes straight to the message sink's descriptor (no Rust stderr lock: the watchdog's
/// thread uses this while the compilation thread may hold it).
#[allow(unsafe_code)]
fn write_message(text: &str) {
    let fd = SINK.get().map_or(2, |s| s.fd);
    let mut b = text.as_bytes();
    while !b.is_empty() {
        // SAFETY: writing a live buffer to a descriptor.
        let n = unsafe { libc::write(fd, b.as_ptr() as *const libc::c_void, b.len()) };
        if n <= 0 {
            break;
        }
        b = &b[n as usize..];
    }
}

mod cc;

fn main() -> ExitCode {
    tune_allocator();
    let mut args: Vec<String> = std::env::args().collect();
    // `cir cc [gcc arguments]` (or this binary called as `cir-cc`): the drop-in gcc driver.
    let called_as_cc = args.first().and_then(|a| Path::new(a).file_name()).is_some_and(|f| f == "cir-cc");
    if called_as_cc || args.get(1).map(|s| s.as_str()) == Some("cc") {
        let rest = &args[if called_as_cc { 1 } else { 2 }..];
        return match include_dir() {
            Ok(inc) => cc::main(rest, &inc),
            Err(e) => {
                eprintln!("cir cc: error: {e}");
                ExitCode::from(1)
            }
        };
    }
    // `cir run [OPTIONS] FILE [ARGS...]`: JIT the program and run its `main`.
    let mut run_args: Option<Vec<String>> = None;
    if args.get(1).map(|s| s.as_str()) == Some("run") {
        args.remove(1);
        let mut i = 1;
        while i < args.len() {
            let a = args[i].as_str();
            if a.starts_with('-') && a != "-" {
                i += if ["-o", "-l", "-I", "-D", "-U", "-include", "--ct-timeout"].contains(&a) { 2 } else { 1 };
            } else {
                break;
            }
        }
        if i >= args.len() {
            eprintln!("cir: error: `cir run` needs a C file (`cir run FILE.c [ARGS...]`)");
            return ExitCode::from(1);
        }
        run_args = Some(args.split_off(i));
        args.push(run_args.as_ref().unwrap()[0].clone());
    }
    // gcc-style options clap cannot express: `-include FILE`, `-std=STD`, and the dependency
    // file options `-MD`, `-MMD`, `-MF FILE`, `-MT TARGET`, `-MQ TARGET`, `-MP`.
    let mut passthrough: Vec<String> = Vec::new();
    let mut deps = DepOpts::default();
    let mut i = 1;
    while i < args.len() {
        let a = args[i].clone();
        let a = a.as_str();
        let has_value = i + 1 < args.len();
        match a {
            "-include" if has_value => {
                passthrough.push(args.remove(i));
                passthrough.push(args.remove(i));
            }
            _ if a.starts_with("-std=") => passthrough.push(args.remove(i)),
            "-MD" | "-MMD" => {
                deps.enabled = true;
                deps.user_headers_only |= a == "-MMD";
                args.remove(i);
            }
            "-MP" => {
                deps.phony = true;
                args.remove(i);
            }
            "-MF" | "-MT" | "-MQ" if has_value => {
                args.remove(i);
                let v = args.remove(i);
                match a {
                    "-MF" => {
                        deps.enabled = true;
                        deps.file = Some(PathBuf::from(v));
                    }
                    "-MT" => deps.targets.push(v),
                    _ => deps.targets.push(depfile::quote(&v)),
                }
            }
            _ => i += 1,
        }
    }
    if run_args.is_some() {
        deps.enabled = false;
    }
    let cli = Cli::parse_from(args);
    if let Err(e) = set_message_sink(&cli) {
        eprintln!("cir: error: {e}");
        return ExitCode::from(1);
    }
    if cli.include_dir {
        return match include_dir() {
            Ok(d) => {
                println!("{}", d.display());
                ExitCode::SUCCESS
            }
            Err(e) => {
                errln!("cir: error: {e}");
                ExitCode::from(1)
            }
        };
    }
    let Some(input) = cli.input.clone() else {
        errln!("cir: error: no input file (use `-` for stdin; `cir --help` for usage)");
        return ExitCode::from(1);
    };
    let deps = match deps.plan(cli.output.as_deref()) {
        Ok(d) => d,
        Err(e) => {
            errln!("cir: error: {e}");
            return ExitCode::from(1);
        }
    };
    let (name, bytes) = match read_input(&cli, &input, &passthrough, deps.as_ref()) {
        Ok(x) => x,
        Err(e) => {
            errln!("cir: error: {e}");
            return ExitCode::from(1);
        }
    };
    let time = cli.time;
    let line_directives = cli.line_directives;
    let wrapv = cli.wrapv;
    let libs = cli.libs.clone();
    let running = run_args.is_some();
    // Compile-time code may print: while compiling, its stdout goes to stderr so that it never
    // mixes with the C written to stdout.
    let saved_stdout = if running { None } else { redirect_stdout() };
    // A panic is a bug in cir: report it as an internal error, not as a Rust panic.
    let location = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let loc2 = location.clone();
    std::panic::set_hook(Box::new(move |info| {
        if let Some(l) = info.location() {
            *loc2.lock().unwrap_or_else(|e| e.into_inner()) = format!("{}:{}", l.file(), l.line());
        }
    }));
    let src = Arc::new(Source::new(&name, bytes));
    // What a failed compilation must not leave behind (like gcc: no stale output).
    let outputs: Vec<PathBuf> = cli.output.iter().cloned().chain(deps.as_ref().map(|d| d.file.clone())).collect();
    let limits = cir::jit::rt::Limits {
        timeout: (cli.ct_timeout > 0.0).then(|| Duration::from_secs_f64(cli.ct_timeout)),
        reporter: Some(Arc::new(CtReporter { src: src.clone(), outputs: outputs.clone() })),
    };
    let result = driver::with_big_stack(move || {
        let mut jit = match cir::jit::Jit::new(&libs) {
            Ok(j) => j,
            Err(e) => return Err(e),
        };
        jit.limits = limits;
        jit.set_wrapv(wrapv);
        let opts = Options { keep_program: running, line_directives, ..Options::default() };
        let mut compiled = driver::compile_source(&src, &opts, Some(&mut jit));
        if !jit.lib_errors.is_empty() && !running && !compiled.diagnostics.iter().any(|d| d.is_error()) {
            // No `@` call needed the libraries; still an error, as with the linker.
            compiled.output = None;
            compiled.diagnostics.extend(jit.lib_errors.iter().map(|e| cir::diagnostics::Diagnostic::error(e.clone())));
        }
        let mut status = None;
        if let (Some(args), Some(prog), Some(map)) = (run_args, compiled.program.as_mut(), compiled.offsets.as_ref()) {
            match cir::jit::run_program(&mut jit, prog, map, &args) {
                Ok(s) => status = Some(s),
                Err(d) => compiled.diagnostics.push(d),
            }
        }
        let driver::Compiled { output, diagnostics, timings, .. } = compiled;
        let lib_paths = jit.lib_paths.clone();
        Ok((src, Done { output, diagnostics, timings, lib_paths }, status))
    });
    let result = match result {
        Ok(Err(e)) => {
            errln!("cir: error: {e}");
            return ExitCode::from(1);
        }
        Ok(Ok(r)) => Ok(r),
        Err(e) => Err(e),
    };
    let (src, compiled, status) = match result {
        Ok(r) => r,
        Err(msg) => {
            let at = location.lock().map(|l| l.clone()).unwrap_or_default();
            errln!("cir: internal error: {msg} (at {at}); this is a bug in cir, please report it with the input");
            remove_all(&outputs);
            return ExitCode::from(2);
        }
    };
    report(&src, &compiled.diagnostics);
    if time {
        let [p, l, r] = compiled.timings;
        errln!("cir: parse {p:.3}s, lower {l:.3}s, render {r:.3}s");
    }
    if running {
        return match status {
            Some(s) => {
                // SAFETY: flushing C stdio before exiting with the program's status.
                #[allow(unsafe_code)]
                unsafe {
                    libc::fflush(std::ptr::null_mut());
                }
                std::process::exit(s)
            }
            None => ExitCode::from(1),
        };
    }
    if let Some(fd) = saved_stdout {
        restore_stdout(fd);
    }
    let remove_outputs = || remove_all(&outputs);
    let Some(out) = compiled.output else {
        remove_outputs();
        return ExitCode::from(1);
    };
    if let Some(d) = &deps {
        let preprocessed = !is_c_source(&input);
        if let Err(e) = d.write(preprocessed, &compiled.lib_paths) {
            errln!("cir: error: {e}");
            remove_outputs();
            return ExitCode::from(1);
        }
    }
    match write_output(cli.output.as_deref(), out.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            errln!("cir: error: {e}");
            remove_outputs();
            ExitCode::from(1)
        }
    }
}

/// Dependency file options as given (`-MD`, `-MMD`, `-MF`, `-MT`, `-MQ`, `-MP`).
#[derive(Default)]
struct DepOpts {
    enabled: bool,
    user_headers_only: bool,
    file: Option<PathBuf>,
    /// Targets in make syntax (`-MQ` ones already quoted).
    targets: Vec<String>,
    phony: bool,
}

/// Where the dependency file goes and what it names.
struct DepPlan {
    file: PathBuf,
    targets: Vec<String>,
    user_headers_only: bool,
    phony: bool,
}

impl DepOpts {
    /// The plan, if a dependency file was asked for. The target defaults to the output file,
    /// the file to the output file with the extension `.d` (as gcc does for objects).
    fn plan(self, output: Option<&Path>) -> Result<Option<DepPlan>, String> {
        if !self.enabled {
            return Ok(None);
        }
        let targets = if self.targets.is_empty() {
            match output {
                Some(o) => vec![depfile::quote(&o.to_string_lossy())],
                None => return Err("`-MD` needs `-o FILE` or `-MT TARGET` to name the target".into()),
            }
        } else {
            self.targets
        };
        let file = match (self.file, output) {
            (Some(f), _) => f,
            (None, Some(o)) => o.with_extension("d"),
            (None, None) => return Err("`-MD` needs `-o FILE` or `-MF FILE` to name the dependency file".into()),
        };
        Ok(Some(DepPlan { file, targets, user_headers_only: self.user_headers_only, phony: self.phony }))
    }
}

impl DepPlan {
    /// The preprocessor options that make it write the headers' part.
    fn cpp_args(&self) -> Vec<String> {
        let mut a = vec![if self.user_headers_only { "-MMD" } else { "-MD" }.to_string(), "-MF".into(), self.file.to_string_lossy().into_owned()];
        for t in &self.targets {
            a.push("-MT".into());
            a.push(t.clone());
        }
        if self.phony {
            a.push("-MP".into());
        }
        a
    }

    /// Adds what compile-time code depended on to the preprocessor's dependency file (or, for
    /// input that was already preprocessed, writes the file with that alone).
    fn write(&self, preprocessed: bool, libs: &[String]) -> Result<(), String> {
        let mut extra = cir::jit::deps::files_read();
        extra.extend(libs.iter().cloned());
        let mut rule = depfile::rule(&self.targets, &extra, self.phony);
        if rule.is_empty() && preprocessed {
            // Nothing known (stdin, no files read): an empty rule keeps make's `-include` happy.
            rule = format!("{}:\n", self.targets.join(" "));
        }
        depfile::add_rule(&self.file, &rule, preprocessed).map_err(|e| format!("cannot write `{}`: {e}", self.file.display()))
    }
}

/// Removes what a failed compilation must not leave behind (like gcc: no stale output).
fn remove_all(files: &[PathBuf]) {
    for p in files {
        let _ = std::fs::remove_file(p);
    }
}

/// Whether cir preprocesses `input` itself (a `.c` file, not `.i` or stdin).
fn is_c_source(input: &str) -> bool {
    input != "-" && Path::new(input).extension().and_then(|e| e.to_str()) != Some("i")
}

/// What a compilation hands back to the main thread.
struct Done {
    output: Option<String>,
    diagnostics: Vec<Diagnostic>,
    timings: [f64; 3],
    /// The files the `-l` libraries were loaded from (for the dependency file).
    lib_paths: Vec<String>,
}

fn use_color() -> bool {
    SINK.get().is_some_and(|s| s.color)
}

fn report(src: &Source, diags: &[Diagnostic]) {
    if diags.is_empty() {
        return;
    }
    write_message(&diagnostics::render(src, diags, use_color()));
}

/// Reads the input, preprocessing `.c` files.
fn read_input(cli: &Cli, input: &str, passthrough: &[String], deps: Option<&DepPlan>) -> Result<(String, Vec<u8>), String> {
    if input == "-" {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf).map_err(|e| format!("cannot read stdin: {e}"))?;
        return Ok(("<stdin>".into(), buf));
    }
    let path = Path::new(input);
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    if ext == "i" {
        let bytes = std::fs::read(path).map_err(|e| format!("cannot read `{input}`: {e}"))?;
        return Ok((input.to_string(), bytes));
    }
    if !path.exists() {
        return Err(format!("cannot read `{input}`: no such file"));
    }
    let (mut cmd, prog) = driver::c_compiler();
    cmd.arg("-E");
    for d in &cli.include {
        cmd.arg(format!("-I{d}"));
    }
    for d in &cli.define {
        cmd.arg(format!("-D{d}"));
    }
    for u in &cli.undef {
        cmd.arg(format!("-U{u}"));
    }
    cmd.args(passthrough);
    if let Some(d) = deps {
        cmd.args(d.cpp_args());
    }
    let inc = include_dir()?;
    cmd.arg(format!("-I{}", inc.display()));
    cmd.arg(input);
    let out = cmd.output().map_err(|e| format!("cannot run the preprocessor `{prog}`: {e}"))?;
    if !out.status.success() {
        write_message(&String::from_utf8_lossy(&out.stderr));
        return Err(format!("preprocessing `{input}` failed"));
    }
    write_message(&String::from_utf8_lossy(&out.stderr));
    Ok((input.to_string(), out.stdout))
}

/// Points file descriptor 1 at stderr; returns a duplicate of the original stdout.
#[allow(unsafe_code)]
fn redirect_stdout() -> Option<i32> {
    // SAFETY: plain descriptor operations.
    unsafe {
        let saved = libc::dup(1);
        if saved < 0 {
            return None;
        }
        libc::dup2(2, 1);
        Some(saved)
    }
}

/// Flushes what compile-time code printed and gives stdout back.
#[allow(unsafe_code)]
fn restore_stdout(fd: i32) {
    // SAFETY: plain descriptor operations; C streams are flushed first.
    unsafe {
        libc::fflush(std::ptr::null_mut());
        libc::dup2(fd, 1);
        libc::close(fd);
    }
}

/// Writes the output atomically: a temporary file in the same directory, then a rename.
fn write_output(path: Option<&Path>, data: &[u8]) -> Result<(), String> {
    let Some(path) = path else {
        let mut so = std::io::stdout().lock();
        so.write_all(data).and_then(|_| so.flush()).map_err(|e| format!("cannot write the output: {e}"))?;
        return Ok(());
    };
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let file_name = path.file_name().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "out".into());
    let tmp = dir.join(format!(".{file_name}.cir-tmp-{}", std::process::id()));
    let r = std::fs::write(&tmp, data).and_then(|_| std::fs::rename(&tmp, path));
    if let Err(e) = r {
        let _ = std::fs::remove_file(&tmp);
        return Err(format!("cannot write `{}`: {e}", path.display()));
    }
    Ok(())
}

/// The directory holding `cir.h` (and `cirm.h`, `cirq.h`): next to an installed binary, the source tree, or a cache
/// directory the embedded copy is written to (so it works after `cargo install`).
fn include_dir() -> Result<PathBuf, String> {
    if let Ok(exe) = std::env::current_exe() {
        if let Some(bin) = exe.parent() {
            for cand in [bin.join("../include"), bin.join("../share/cir/include")] {
                if is_current_header(&cand) {
                    return Ok(cand.canonicalize().unwrap_or(cand));
                }
            }
        }
    }
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("include");
    if is_current_header(&src) {
        return Ok(src);
    }
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .unwrap_or_else(std::env::temp_dir);
    let all: String = cir::HEADERS.iter().map(|(_, t)| *t).collect();
    let dir = base.join("cir").join(format!("{}-{:016x}", env!("CARGO_PKG_VERSION"), fnv(all.as_bytes())));
    if !is_current_header(&dir) {
        std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create `{}`: {e}", dir.display()))?;
        for (name, text) in cir::HEADERS {
            let header = dir.join(name);
            let tmp = dir.join(format!(".{name}.{}", std::process::id()));
            std::fs::write(&tmp, text).and_then(|_| std::fs::rename(&tmp, &header)).map_err(|e| format!("cannot write `{}`: {e}", header.display()))?;
        }
    }
    Ok(dir)
}

/// Whether `dir` holds this build's headers.
fn is_current_header(dir: &Path) -> bool {
    cir::HEADERS.iter().all(|(name, text)| std::fs::read(dir.join(name)).map(|b| b == text.as_bytes()).unwrap_or(false))
}

fn fnv(b: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &x in b {
        h ^= x as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

/// Memory freed while compiling is about to be reused: do not give it back to the OS (re-faulting
/// fresh pages cost a fifth of the run time on large inputs).
fn tune_allocator() {
    // SAFETY: mi_option_set only stores an option value; it is called before other threads exist.
    #[allow(unsafe_code)]
    unsafe {
        // `mi_option_purge_delay` (15 in mimalloc v2's `mi_option_e`; the -sys crate has no
        // constant for it): -1 = never purge.
        libmimalloc_sys::mi_option_set(15, -1);
    }
}

/// mimalloc: the parser and the lowering allocate many small objects; glibc malloc spends a
/// quarter of the run time on them (measured on the SQLite amalgamation).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
