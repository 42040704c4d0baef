//! The cir playground: a web page and a JSON API that compile C with cir — and build and run
//! the result — for whoever reaches the page. Compile-time code runs natively inside cir, so
//! every request runs in a bubblewrap sandbox of its own (`sandbox`, `supervise`) under rlimits,
//! a wall clock and output caps (`limits`).
//!
//! `server` is the HTTP side, `api` turns requests into sandbox steps and their ends into
//! responses, `examples` the embedded examples and the library allow-list, `ansi` diagnostics
//! colours into HTML. `client` (a small HTTP client and a server process handle) and `hostile`
//! (the hostile programs and what must never leak) serve the tests and the load test.

pub mod ansi;
pub mod api;
pub mod client;
pub mod examples;
pub mod hostile;
pub mod limits;
pub mod sandbox;
pub mod server;
pub mod supervise;
