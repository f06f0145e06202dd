//! The function table: what the runtime knows about each piece of compiled
//! code (Go 1.2: the pclntab and Func records of src/pkg/runtime/symtab.c).
//!
//! The JIT builds it (jit/src/functab.rs) while it emits code; the runtime
//! reads it to unwind a goroutine's stack from (pc, sp) alone, since frames
//! have a fixed size and there is no frame pointer (DESIGN §4), and to print
//! traces (`main.f(0x1)` / `\t/abs/prog.go:12 +0x3a`, DESIGN §8). It is
//! plain data: no code addresses are computed here, and nothing depends on
//! the compiler.

/// One function (or runtime stub) of the code image.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FuncInfo {
    /// As traces print it: `main.f`, `main.(*T).m`, `runtime.morestack`.
    pub name: String,
    /// The source file, as the user named it (empty for stubs).
    pub file: String,
    /// The first byte of the function: its prologue's `start:`.
    pub entry: u64,
    /// One past its last byte.
    pub end: u64,
    /// The first pc at which the frame is allocated (after the prologue's
    /// `sub rsp, FRAMESIZE`): below it, the return address is at SP.
    pub body: u64,
    /// Bytes the prologue takes off SP, without the return address.
    pub frame_size: u64,
    /// Bytes of arguments and results above the return address.
    pub arg_size: u64,
    /// `(pc, line)` pairs sorted by pc: the instructions from `pc` up to the
    /// next pair's come from `line`. Empty for stubs.
    pub lines: Vec<(u64, u32)>,
    /// A runtime stub rather than a Go function (hidden from traces unless
    /// GOTRACEBACK asks for runtime frames).
    pub runtime: bool,
    /// Where a frame of this function resumes after one of its deferred
    /// calls recovered a panic (the IR's `recover_block`), if it defers.
    pub recover: Option<u64>,
}

impl FuncInfo {
    /// The source line of the instruction at `pc` (0 if unknown).
    pub fn line_at(&self, pc: u64) -> u32 {
        let i = self.lines.partition_point(|&(p, _)| p <= pc);
        if i == 0 {
            self.lines.first().map_or(0, |&(_, l)| l)
        } else {
            self.lines[i - 1].1
        }
    }

    /// Whether `pc` lies in this function.
    pub fn contains(&self, pc: u64) -> bool {
        self.entry <= pc && pc < self.end
    }

    /// Bytes between SP and the return address at `pc`: the frame once the
    /// prologue has allocated it, nothing before.
    pub fn sp_delta(&self, pc: u64) -> u64 {
        if pc >= self.body {
            self.frame_size
        } else {
            0
        }
    }
}

/// Every function of one code image, sorted by entry.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FuncTab {
    funcs: Vec<FuncInfo>,
}

impl FuncTab {
    /// A table of `funcs` (in any order; they must not overlap).
    pub fn new(mut funcs: Vec<FuncInfo>) -> FuncTab {
        funcs.sort_by_key(|f| f.entry);
        debug_assert!(
            funcs.windows(2).all(|w| w[0].end <= w[1].entry),
            "overlapping functions"
        );
        FuncTab { funcs }
    }

    /// The function whose code contains `pc`.
    pub fn find(&self, pc: u64) -> Option<&FuncInfo> {
        let i = self.funcs.partition_point(|f| f.entry <= pc);
        let f = self.funcs.get(i.checked_sub(1)?)?;
        f.contains(pc).then_some(f)
    }

    /// The function named `name`.
    pub fn by_name(&self, name: &str) -> Option<&FuncInfo> {
        self.funcs.iter().find(|f| f.name == name)
    }

    pub fn funcs(&self) -> &[FuncInfo] {
        &self.funcs
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(name: &str, entry: u64, end: u64) -> FuncInfo {
        FuncInfo {
            name: name.into(),
            file: "x.go".into(),
            entry,
            end,
            body: entry + 4,
            frame_size: 16,
            arg_size: 8,
            lines: vec![(entry, 3), (entry + 8, 4), (entry + 12, 6)],
            runtime: false,
            recover: None,
        }
    }

    #[test]
    fn lookup_by_pc_and_lines() {
        let t = FuncTab::new(vec![f("b", 0x200, 0x240), f("a", 0x100, 0x180)]);
        assert_eq!(t.find(0x100).unwrap().name, "a");
        assert_eq!(t.find(0x17f).unwrap().name, "a");
        assert!(t.find(0x180).is_none());
        assert!(t.find(0xff).is_none());
        assert_eq!(t.find(0x23f).unwrap().name, "b");
        let a = t.by_name("a").unwrap();
        assert_eq!(a.line_at(0x100), 3);
        assert_eq!(a.line_at(0x109), 4);
        assert_eq!(a.line_at(0x170), 6);
        assert_eq!(a.sp_delta(0x102), 0);
        assert_eq!(a.sp_delta(0x104), 16);
    }
}
