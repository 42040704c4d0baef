//! The resource limits of the sandboxes: one set per step (cir's compilation, gcc's build of
//! the output, the program's run), the wall-clock limits the server enforces, and the caps on
//! what a request may send and receive. Does not apply them (`supervise` does, in the sandbox).

use serde::{Deserialize, Serialize};

const KIB: u64 = 1 << 10;
const MIB: u64 = 1 << 20;
const GIB: u64 = 1 << 30;

/// The rlimits one process tree gets (`RLIMIT_CORE` is always 0).
#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct StepLimits {
    /// `RLIMIT_CPU` soft limit in seconds (the hard limit is one second more: SIGXCPU, then SIGKILL).
    pub cpu_s: u64,
    /// `RLIMIT_AS`: the address space of each process, in bytes.
    pub address_space: u64,
    /// `RLIMIT_NPROC`: processes and threads of the sandbox's user.
    pub processes: u64,
    /// `RLIMIT_NOFILE`.
    pub open_files: u64,
    /// `RLIMIT_FSIZE`: the largest file a process may write, in bytes.
    pub file_size: u64,
}

impl StepLimits {
    /// The larger of each limit (for the outer bound set on bwrap itself).
    pub fn max(self, o: StepLimits) -> StepLimits {
        StepLimits {
            cpu_s: self.cpu_s.max(o.cpu_s),
            address_space: self.address_space.max(o.address_space),
            processes: self.processes.max(o.processes),
            open_files: self.open_files.max(o.open_files),
            file_size: self.file_size.max(o.file_size),
        }
    }
}

/// Every limit of the playground.
#[derive(Clone, Debug)]
pub struct Limits {
    /// cir (and the preprocessor it runs, and compile-time code with what it forks).
    pub compile: StepLimits,
    /// `cir --ct-timeout`: each `@` call, in seconds.
    pub ct_timeout_s: u64,
    /// The wall-clock limit of the whole compilation, in seconds.
    pub compile_wall_s: u64,
    /// gcc building the output.
    pub build: StepLimits,
    pub build_wall_s: u64,
    /// The program.
    pub run: StepLimits,
    /// The wall-clock limit of the program, from the end of the build, in seconds.
    pub run_wall_s: u64,
    /// The size of the sandbox's only writable directory (`/tmp`, a tmpfs).
    pub tmpfs: u64,
    /// Bytes kept of each output stream (stdout, stderr, diagnostics); past it the sandbox is stopped.
    pub output: u64,
    /// The largest `source` a request may send.
    pub source: u64,
    /// The largest `stdin` a request may send.
    pub stdin: u64,
}

impl Default for Limits {
    /// Chosen by measurement (see playground/README.md): cir reserves about 3.1 GiB of address
    /// space before it reads its input (two 1 GiB thread stacks, a 1 GiB JIT arena, the 256 MiB
    /// stack of compile-time code), so it gets 4 GiB; a compiled program gets 512 MiB.
    fn default() -> Limits {
        let common = StepLimits { cpu_s: 10, address_space: 4 * GIB, processes: 64, open_files: 64, file_size: 16 * MIB };
        Limits {
            compile: common,
            ct_timeout_s: 5,
            compile_wall_s: 10,
            build: StepLimits { address_space: 2 * GIB, ..common },
            build_wall_s: 10,
            run: StepLimits { cpu_s: 5, address_space: 512 * MIB, ..common },
            run_wall_s: 6,
            tmpfs: 64 * MIB,
            output: MIB,
            source: 256 * KIB,
            stdin: 256 * KIB,
        }
    }
}

impl Limits {
    /// The limits in words, for `/api/config` (the page shows them).
    pub fn describe(&self) -> serde_json::Value {
        serde_json::json!({
            "compile_time_call": format!("{} s per @ call", self.ct_timeout_s),
            "compile_wall": format!("{} s", self.compile_wall_s),
            "compile_cpu": format!("{} s", self.compile.cpu_s),
            "compile_memory": format!("{} address space", bytes(self.compile.address_space)),
            "run_wall": format!("{} s", self.run_wall_s),
            "run_cpu": format!("{} s", self.run.cpu_s),
            "run_memory": format!("{} address space", bytes(self.run.address_space)),
            "processes": self.run.processes,
            "open_files": self.run.open_files,
            "file_size": bytes(self.run.file_size),
            "disk": bytes(self.tmpfs),
            "output": format!("{} per stream", bytes(self.output)),
            "source": bytes(self.source),
            "stdin": bytes(self.stdin),
            "network": "none",
        })
    }
}

/// `n` bytes in words: "512 MiB", "4 GiB", "256 KiB".
pub fn bytes(n: u64) -> String {
    for (unit, size) in [("GiB", GIB), ("MiB", MIB), ("KiB", KIB)] {
        if n >= size && n.is_multiple_of(size) {
            return format!("{} {unit}", n / size);
        }
    }
    format!("{n} bytes")
}

#[cfg(test)]
mod tests {
    #[test]
    fn bytes_in_words() {
        assert_eq!(super::bytes(1 << 20), "1 MiB");
        assert_eq!(super::bytes(4 << 30), "4 GiB");
        assert_eq!(super::bytes(256 << 10), "256 KiB");
        assert_eq!(super::bytes(1000), "1000 bytes");
    }
}
