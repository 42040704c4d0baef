//! The hostile programs of `playground/tests/hostile/` and what must never be seen of them: the
//! secrets they try to read, the files they try to write on the host, a connection they try to
//! open. Shared by the hostile suite and the load test; not used by the server.
//!
//! Each program's `main` calls `attack()` as `/*@*/attack()`: as written it attacks at run
//! time; with the marker replaced by `@`, at compile time (inside cir).

use std::path::PathBuf;

/// A hostile program: its name (the file's stem) and source with placeholders.
pub struct Program {
    pub name: &'static str,
    pub source: &'static str,
}

macro_rules! programs {
    ($($name:literal),* $(,)?) => {
        &[$(Program { name: $name, source: include_str!(concat!("../tests/hostile/", $name, ".c")) }),*]
    };
}

pub const PROGRAMS: &[Program] = programs!(
    "infinite_loop",
    "fork_bomb",
    "alloc_10g",
    "output_1g",
    "read_secrets",
    "write_escape",
    "connect",
    "kill_parent",
    "cir_fatal",
    "segfault",
);

pub fn program(name: &str) -> &'static Program {
    PROGRAMS.iter().find(|p| p.name == name).unwrap_or_else(|| panic!("no hostile program `{name}`"))
}

/// The checkout this crate was built from (the directory the programs try to read and write).
pub fn repo() -> PathBuf {
    let p = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/.."));
    p.canonicalize().unwrap_or(p)
}

impl Program {
    /// The source to send: placeholders filled in (`__REPO__`, `__PORT__`: the server's port),
    /// the attack at compile time or at run time.
    pub fn source(&self, compile_time: bool, port: u16) -> String {
        let s = self.source.replace("__REPO__", &repo().to_string_lossy()).replace("__PORT__", &port.to_string());
        if compile_time { s.replace("/*@*/", "@") } else { s }
    }
}

/// Text that must never appear in a response, with what it is.
pub struct Secrets(pub Vec<(String, String)>);

impl Secrets {
    /// The first line of the host's /etc/passwd and /etc/shadow (when this process can read
    /// them), a line of the server's own source and of the repository's Cargo.toml.
    pub fn collect() -> Secrets {
        let mut v = Vec::new();
        for path in ["/etc/passwd", "/etc/shadow"] {
            if let Some(line) = std::fs::read_to_string(path).ok().and_then(|t| t.lines().find(|l| l.len() > 8).map(String::from)) {
                v.push((path.to_string(), line));
            }
        }
        let main_rs = repo().join("playground/src/main.rs");
        let first = std::fs::read_to_string(&main_rs).ok().and_then(|t| t.lines().next().map(String::from));
        v.push((main_rs.display().to_string(), first.expect("playground/src/main.rs is readable by the tests")));
        v.push(("Cargo.toml".into(), "description = \"A C source-to-source compiler".into()));
        Secrets(v)
    }

    /// What a response gives away (in any of its strings): secrets, a successful connection.
    pub fn leaks(&self, response: &serde_json::Value) -> Vec<String> {
        let mut text = String::new();
        strings(response, &mut text);
        let mut leaks: Vec<String> =
            self.0.iter().filter(|(_, secret)| text.contains(secret.as_str())).map(|(what, _)| format!("the contents of {what}")).collect();
        if text.contains("connect: SUCCEEDED") {
            leaks.push("a connection to the server from inside the sandbox".into());
        }
        leaks
    }
}

/// Appends every string in `v` to `out`, one per line.
fn strings(v: &serde_json::Value, out: &mut String) {
    match v {
        serde_json::Value::String(s) => {
            out.push_str(s);
            out.push('\n');
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
        serde_json::Value::Object(o) => o.values().for_each(|x| strings(x, out)),
        _ => {}
    }
}

/// The host paths `write_escape` tries to create; none may ever exist.
pub fn markers() -> Vec<PathBuf> {
    ["/escape-marker", "/usr/escape-marker", "/tmp/escape-marker"].iter().map(PathBuf::from).chain([repo().join("escape-marker")]).collect()
}
