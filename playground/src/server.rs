//! The HTTP side: the routes (the page, its assets, the JSON API), the worker slots with their
//! bounded queue (503 when full), and the layers every response goes through (security headers,
//! a caught panic becomes a 500 and the server keeps serving).

use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use axum::body::{Body, Bytes};
use axum::extract::{Path, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::json;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use crate::api::{self, Refusal, RunResponse};
use crate::examples;
use crate::limits::Limits;
use crate::sandbox::{Sandboxes, Slot};

/// Everything the handlers share.
pub struct AppState {
    pub sandboxes: Sandboxes,
    pub limits: Limits,
    pub pool: Pool,
    pub stats: Arc<Stats>,
    examples: Bytes,
    config: Bytes,
}

impl AppState {
    pub fn new(sandboxes: Sandboxes, limits: Limits, workers: usize, queue: usize) -> AppState {
        let examples = serde_json::to_vec(&json!({ "examples": examples::all() })).unwrap_or_default().into();
        let libs: Vec<_> = examples::LIBS.iter().map(|l| json!({ "id": l.id, "label": l.label() })).collect();
        let config = json!({
            "libs": libs,
            "limits": limits.describe(),
            "version": env!("CARGO_PKG_VERSION"),
        });
        let uid_base = sandboxes.uids.as_ref().map(|u| u.base);
        AppState {
            sandboxes,
            limits,
            pool: Pool::new(workers, queue, uid_base),
            stats: Arc::default(),
            examples,
            config: serde_json::to_vec(&config).unwrap_or_default().into(),
        }
    }
}

/// Counters, served at `/api/stats`.
#[derive(Default)]
pub struct Stats {
    pub requests: AtomicU64,
    pub busy: AtomicU64,
    pub server_errors: AtomicU64,
    pub leftovers_killed: AtomicU64,
}

/// The worker slots: `workers` permits, at most `queue` requests waiting for one.
pub struct Pool {
    sem: Arc<Semaphore>,
    free: Mutex<Vec<usize>>,
    waiting: AtomicUsize,
    queue: usize,
    workers: usize,
    /// The first slot's uid (as root).
    uid_base: Option<u32>,
}

/// A slot held by a request; given back when dropped, after the check that none of its
/// processes survived (on a blocking thread: the check may wait for a namespace to go away).
pub struct SlotGuard {
    pub slot: Slot,
    state: Arc<AppState>,
    permit: Option<OwnedSemaphorePermit>,
}

impl Pool {
    fn new(workers: usize, queue: usize, uid_base: Option<u32>) -> Pool {
        Pool {
            sem: Arc::new(Semaphore::new(workers)),
            free: Mutex::new((0..workers).rev().collect()),
            waiting: AtomicUsize::new(0),
            queue,
            workers,
            uid_base,
        }
    }

    /// The number of requests waiting for a slot now.
    pub fn waiting(&self) -> usize {
        self.waiting.load(Ordering::SeqCst)
    }
}

/// A free slot, after waiting in the queue if needed; `Err(waiting)` when the queue is full.
pub async fn acquire(state: &Arc<AppState>) -> Result<SlotGuard, usize> {
    let pool = &state.pool;
    let permit = match pool.sem.clone().try_acquire_owned() {
        Ok(p) => p,
        Err(_) => {
            let before = pool.waiting.fetch_add(1, Ordering::SeqCst);
            let _leave = Leave(&pool.waiting);
            if before >= pool.queue {
                return Err(before);
            }
            pool.sem.clone().acquire_owned().await.map_err(|_| before)?
        }
    };
    let index = pool.free.lock().unwrap_or_else(|e| e.into_inner()).pop().expect("a permit comes with a free slot");
    let uid = pool.uid_base.map(|b| b + index as u32);
    Ok(SlotGuard { slot: Slot { index, uid }, state: state.clone(), permit: Some(permit) })
}

/// Leaves the queue when the waiting request gets its slot or goes away.
struct Leave<'a>(&'a AtomicUsize);

impl Drop for Leave<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

impl SlotGuard {
    /// Kills what is left of the slot's processes (between a request's sandboxes).
    pub async fn settle(&self) {
        let (state, slot) = (self.state.clone(), self.slot);
        let _ = tokio::task::spawn_blocking(move || state.kill_leftovers(slot)).await;
    }
}

impl AppState {
    fn kill_leftovers(&self, slot: Slot) {
        let n = self.sandboxes.kill_leftovers(slot);
        if n > 0 {
            eprintln!("cir-playground: killed {n} leftover process(es) of slot {}", slot.index);
            self.stats.leftovers_killed.fetch_add(n as u64, Ordering::Relaxed);
        }
    }
}

impl Drop for SlotGuard {
    fn drop(&mut self) {
        let (state, slot, permit) = (self.state.clone(), self.slot, self.permit.take());
        let give_back = move || {
            state.kill_leftovers(slot);
            state.pool.free.lock().unwrap_or_else(|e| e.into_inner()).push(slot.index);
            drop(permit);
        };
        match tokio::runtime::Handle::try_current() {
            Ok(h) => drop(h.spawn_blocking(give_back)),
            Err(_) => give_back(),
        }
    }
}

/// The application: routes and layers.
pub fn app(state: Arc<AppState>) -> Router {
    let routes = Router::new()
        .route("/", get(index))
        .route("/assets/{*name}", get(asset))
        .route("/api/examples", get(|State(s): State<Arc<AppState>>| async move { json_bytes(s.examples.clone()) }))
        .route("/api/config", get(|State(s): State<Arc<AppState>>| async move { json_bytes(s.config.clone()) }))
        .route("/api/stats", get(stats))
        .route("/api/compile", post(compile))
        .route("/api/run", post(run))
        .fallback(|| async { error(StatusCode::NOT_FOUND, "not_found", "no such page") })
        .with_state(state.clone());
    harden(routes, state.stats.clone())
}

/// The layers every response goes through: a panic in a handler becomes a 500 (the handler runs
/// as a task of its own, so the panic ends only that task), and security headers.
pub fn harden(routes: Router, stats: Arc<Stats>) -> Router {
    routes.layer(middleware::from_fn_with_state(stats, catch_panic)).layer(middleware::map_response(security_headers))
}

async fn catch_panic(State(stats): State<Arc<Stats>>, req: Request, next: Next) -> Response {
    stats.requests.fetch_add(1, Ordering::Relaxed);
    let r = match tokio::spawn(next.run(req)).await {
        Ok(r) => r,
        Err(_) => error(StatusCode::INTERNAL_SERVER_ERROR, "internal", "the server failed while handling this request (it keeps running); please report it"),
    };
    if r.status().is_server_error() && r.status() != StatusCode::SERVICE_UNAVAILABLE {
        stats.server_errors.fetch_add(1, Ordering::Relaxed);
    }
    r
}

async fn security_headers(mut r: Response) -> Response {
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    );
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    if !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    r
}

/// `{"error": kind, "message": message}` with `status`.
pub fn error(status: StatusCode, kind: &str, message: &str) -> Response {
    (status, Json(json!({ "error": kind, "message": message }))).into_response()
}

fn json_bytes(b: Bytes) -> Response {
    ([(header::CONTENT_TYPE, "application/json")], b).into_response()
}

async fn index() -> Response {
    match examples::STATIC_FILES.iter().find(|(n, _)| *n == "index.html") {
        Some((_, b)) => static_response("index.html", b),
        None => (
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            "<!doctype html><title>cir playground</title><p>This build has no page (playground/static/index.html was missing when it was built); the API is at /api/.",
        )
            .into_response(),
    }
}

async fn asset(Path(name): Path<String>) -> Response {
    match examples::STATIC_FILES.iter().find(|(n, _)| *n == name) {
        Some((n, b)) => static_response(n, b),
        None => error(StatusCode::NOT_FOUND, "not_found", "no such asset"),
    }
}

fn static_response(name: &str, bytes: &'static [u8]) -> Response {
    let ext = name.rsplit_once('.').map_or("", |(_, e)| e);
    let ty = match ext {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "json" | "map" => "application/json",
        "woff2" => "font/woff2",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };
    ([(header::CONTENT_TYPE, ty), (header::CACHE_CONTROL, "no-cache")], bytes).into_response()
}

async fn stats(State(s): State<Arc<AppState>>) -> Response {
    let l = |a: &AtomicU64| a.load(Ordering::Relaxed);
    Json(json!({
        "requests": l(&s.stats.requests),
        "busy": l(&s.stats.busy),
        "server_errors": l(&s.stats.server_errors),
        "leftover_processes_killed": l(&s.stats.leftovers_killed),
        "workers": s.pool.workers,
        "queue": s.pool.queue,
        "waiting": s.pool.waiting(),
        "sandbox_user": if s.sandboxes.uids.is_some() { "per-slot uid" } else { "the server's own uid" },
    }))
    .into_response()
}

/// The request body, parsed; or the 400/413 answer. The body may hold the source escaped (up to
/// six bytes per byte) and stdin.
async fn parse_body(s: &AppState, body: Body) -> Result<api::Request, Response> {
    let max = 6 * (s.limits.source + s.limits.stdin) as usize + 4096;
    let bytes = axum::body::to_bytes(body, max).await.map_err(|_| error(StatusCode::PAYLOAD_TOO_LARGE, "too_large", "the request body is too large"))?;
    api::Request::parse(&bytes, &s.limits).map_err(|r| match r {
        Refusal::BadRequest(m) => error(StatusCode::BAD_REQUEST, "bad_request", &m),
        Refusal::TooLarge(m) => error(StatusCode::PAYLOAD_TOO_LARGE, "too_large", &m),
    })
}

fn busy(s: &AppState, waiting: usize) -> Response {
    s.stats.busy.fetch_add(1, Ordering::Relaxed);
    let mut r = error(
        StatusCode::SERVICE_UNAVAILABLE,
        "busy",
        &format!("The playground is busy ({waiting} requests waiting); try again in a few seconds."),
    );
    r.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
    r
}

fn sandbox_failed(e: std::io::Error) -> Response {
    eprintln!("cir-playground: cannot run a sandbox: {e}");
    error(StatusCode::INTERNAL_SERVER_ERROR, "internal", &format!("the sandbox could not be started: {e}"))
}

/// A request admitted: its body parsed, a slot held, the source compiled; or the answer to give.
async fn compile_request(s: &Arc<AppState>, body: Body) -> Result<(api::Request, SlotGuard, api::CompileResult), Response> {
    let req = parse_body(s, body).await?;
    let guard = acquire(s).await.map_err(|w| busy(s, w))?;
    let compiled = api::compile(&s.sandboxes, &s.limits, guard.slot, &req).await.map_err(sandbox_failed)?;
    Ok((req, guard, compiled))
}

async fn compile(State(s): State<Arc<AppState>>, body: Body) -> Response {
    match compile_request(&s, body).await {
        Ok((_, _, compile)) => Json(compile).into_response(),
        Err(r) => r,
    }
}

async fn run(State(s): State<Arc<AppState>>, body: Body) -> Response {
    let (req, guard, compile) = match compile_request(&s, body).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    if compile.status != "ok" {
        return Json(RunResponse { compile, run: None }).into_response();
    }
    // The compilation's leftovers are gone before the program runs in the same slot.
    guard.settle().await;
    match api::run(&s.sandboxes, &s.limits, guard.slot, &req, &compile.output).await {
        Ok(run) => Json(RunResponse { compile, run: Some(run) }).into_response(),
        Err(e) => sandbox_failed(e),
    }
}

/// Binds, prints the address (`cir playground listening on http://ADDR/`), serves until SIGINT
/// or SIGTERM.
pub async fn serve(state: Arc<AppState>, addr: SocketAddr) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let local = listener.local_addr()?;
    println!("cir playground listening on http://{local}/");
    use std::io::Write;
    std::io::stdout().flush()?;
    let shutdown = async {
        let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = async { match term.as_mut() { Some(t) => { t.recv().await; } None => std::future::pending().await } } => {}
        }
    };
    axum::serve(listener, app(state)).with_graceful_shutdown(shutdown).await
}
