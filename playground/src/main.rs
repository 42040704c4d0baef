//! `cir-playground`: starts the playground server (and, inside each sandbox, is the supervisor:
//! `cir-playground --sandbox-supervise SPEC`, see `supervise`).

use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;

use cir_playground::examples;
use cir_playground::limits::Limits;
use cir_playground::sandbox::{self, Sandboxes, Stage, Uids, UID_BLOCK};
use cir_playground::server::{self, AppState};
use cir_playground::supervise;

/// The cir playground: a web page to compile and run C with cir, every request in a sandbox.
#[derive(Parser, Debug)]
#[command(name = "cir-playground", version, about)]
struct Cli {
    /// The port to listen on (0: any free port; the address is printed once bound).
    #[arg(long, default_value_t = 8080)]
    port: u16,
    /// The address to listen on.
    #[arg(long, default_value = "127.0.0.1")]
    bind: IpAddr,
    /// Sandboxes running at once (default: the number of CPUs).
    #[arg(long)]
    workers: Option<usize>,
    /// Requests waiting for a sandbox before the server answers 503 busy.
    #[arg(long, default_value_t = 32)]
    queue: usize,
    /// The cir binary (default: `cir` next to this program; under `cargo run`, built if missing).
    #[arg(long)]
    cir: Option<PathBuf>,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some(supervise::FLAG) {
        let spec = args.get(2).map_or("", String::as_str);
        return ExitCode::from(supervise::main(spec) as u8);
    }
    let cli = Cli::parse();
    match start(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("cir-playground: {e}");
            ExitCode::FAILURE
        }
    }
}

fn start(cli: Cli) -> Result<(), String> {
    let exe = std::env::current_exe().map_err(|e| format!("cannot find this program's path: {e}"))?;
    let cir = find_cir(cli.cir, &exe)?;
    let bwrap = find_in_path("bwrap").ok_or("bubblewrap (`bwrap`) is not installed; it contains the code people submit (apt-get install bubblewrap)")?;
    let stage = Stage::create(&cir, &exe, examples::DATA_FILES)?;
    let stage_dir = stage.dir.clone();
    let limits = Limits::default();
    let mut workers = cli.workers.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get())).max(1);
    let uids = if sandbox::running_as_root() { Some(Uids::reserve()?) } else { None };
    if uids.is_some() && workers > UID_BLOCK as usize {
        eprintln!("cir-playground: at most {UID_BLOCK} workers (one uid each)");
        workers = UID_BLOCK as usize;
    }
    let sandboxes = Sandboxes::new(stage, limits.tmpfs, limits.output, bwrap, uids);
    let state = Arc::new(AppState::new(sandboxes, limits, workers, cli.queue));
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().map_err(|e| format!("cannot start the runtime: {e}"))?;
    let r = rt.block_on(async {
        self_test(&state).await?;
        server::serve(state.clone(), SocketAddr::new(cli.bind, cli.port)).await.map_err(|e| format!("cannot serve on {}:{}: {e}", cli.bind, cli.port))
    });
    drop(state);
    let _ = std::fs::remove_dir_all(stage_dir);
    r
}

/// Compiles a one-line program in a sandbox before serving, so a host where bubblewrap cannot
/// run (no user namespaces, say) fails here with its reason instead of on every request.
async fn self_test(state: &Arc<AppState>) -> Result<(), String> {
    let source = "static int f(void) { return 42; }\nint main(void) { return @f() - 42; }\n".to_string();
    let req = cir_playground::api::Request { source, libs: vec![], stdin: None };
    let guard = server::acquire(state).await.map_err(|_| "no free slot for the self-test".to_string())?;
    let r = cir_playground::api::compile(&state.sandboxes, &state.limits, guard.slot, &req).await.map_err(|e| format!("cannot start a sandbox: {e}"))?;
    if r.status != "ok" {
        return Err(format!(
            "the sandbox self-test failed: {}\n{}{}",
            r.message,
            r.diagnostics_text,
            r.ct_stderr
        ));
    }
    Ok(())
}

/// `--cir`, else `cir` next to this program; when missing and started by cargo (`CARGO` is
/// set), builds it first, so `cargo run --release -p cir-playground` works on a fresh clone.
fn find_cir(given: Option<PathBuf>, exe: &Path) -> Result<PathBuf, String> {
    if let Some(p) = given {
        return if p.is_file() { Ok(p) } else { Err(format!("--cir {}: no such file", p.display())) };
    }
    let dir = exe.parent().unwrap_or(Path::new("."));
    let candidates = [dir.join("cir"), dir.join("../release/cir")];
    if let Some(c) = candidates.iter().find(|c| c.is_file()) {
        return Ok(c.clone());
    }
    if let Some(cargo) = std::env::var_os("CARGO") {
        eprintln!("cir-playground: cir is not built yet; running `cargo build --release --bin cir`");
        let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let st = std::process::Command::new(cargo).args(["build", "--release", "--bin", "cir"]).current_dir(&repo).status();
        if !st.as_ref().is_ok_and(|s| s.success()) {
            return Err(format!("`cargo build --release --bin cir` failed ({st:?})"));
        }
        if let Some(c) = candidates.iter().find(|c| c.is_file()) {
            return Ok(c.clone());
        }
    }
    Err(format!(
        "cannot find cir at {}; build it (`cargo build --release`) or pass --cir PATH",
        candidates[0].display()
    ))
}

fn find_in_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_else(|| "/usr/bin:/bin".into());
    std::env::split_paths(&path).map(|d| d.join(name)).find(|p| p.is_file())
}
