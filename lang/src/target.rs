//! The machine a program is compiled for, as far as the front end cares:
//! the sizes of `int`, `uint`, `uintptr` and pointers (DESIGN §4). Layouts of
//! composite types are computed from these in one place, `types::layout`.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arch {
    Amd64,
    I386,
    Arm64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Target {
    pub arch: Arch,
    /// Bytes in a pointer and in `uintptr`.
    pub ptr_size: u32,
    /// Bytes in `int` and `uint`: 4 on 386, so `int` overflows as on Go's 386.
    pub int_size: u32,
}

impl Target {
    pub const AMD64: Target = Target {
        arch: Arch::Amd64,
        ptr_size: 8,
        int_size: 8,
    };
    pub const I386: Target = Target {
        arch: Arch::I386,
        ptr_size: 4,
        int_size: 4,
    };
    pub const ARM64: Target = Target {
        arch: Arch::Arm64,
        ptr_size: 8,
        int_size: 8,
    };

    /// The target of the machine splitgo runs on.
    pub fn host() -> Target {
        if cfg!(target_arch = "aarch64") {
            Target::ARM64
        } else if cfg!(target_arch = "x86") {
            Target::I386
        } else {
            Target::AMD64
        }
    }

    /// By Go's GOARCH name: `amd64`, `386`, `arm64`.
    pub fn by_name(name: &str) -> Option<Target> {
        match name {
            "amd64" => Some(Target::AMD64),
            "386" => Some(Target::I386),
            "arm64" => Some(Target::ARM64),
            _ => None,
        }
    }

    pub fn name(&self) -> &'static str {
        match self.arch {
            Arch::Amd64 => "amd64",
            Arch::I386 => "386",
            Arch::Arm64 => "arm64",
        }
    }
}
