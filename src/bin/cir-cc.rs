//! `cir-cc`: `cir cc` under one name, for tools that take a compiler as a single word
//! (`CC=cir-cc`, `ccache cir-cc`, `distcc cir-cc`). Runs the `cir` beside it.

use std::os::unix::process::CommandExt;

fn main() {
    let cir = std::env::current_exe().map(|e| e.with_file_name("cir")).unwrap_or_else(|_| "cir".into());
    let err = std::process::Command::new(&cir).arg("cc").args(std::env::args_os().skip(1)).exec();
    eprintln!("cir-cc: error: cannot run `{}`: {err}", cir.display());
    std::process::exit(1);
}
