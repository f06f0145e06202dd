//! Address space for an image that grows: a [`Region`] is one reservation
//! (inaccessible until used) whose pages are committed as allocations
//! reach them, so nothing allocated in it ever moves; an [`Arena`] is a
//! chain of regions for memory that need not be contiguous (static data,
//! globals), which takes a new reservation when the last one is full.
//!
//! Pages are committed readable and writable (`sysmem::commit`); the
//! image then turns them read-only or executable with [`protect`].

use splitgo_runtime::sysmem;

/// The page size the regions round to. Linux on amd64 and arm64 (4 KiB
/// kernels) both use it; a larger page still works, only with more
/// calls for the same work.
pub const PAGE: u64 = 4096;

/// What a range of committed pages may be used for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prot {
    Read,
    ReadWrite,
    ReadExec,
}

fn round_down(a: u64) -> u64 {
    a & !(PAGE - 1)
}

fn round_up(a: u64) -> u64 {
    a.div_ceil(PAGE) * PAGE
}

/// Gives the pages holding `[addr, addr + len)` the protection `prot`.
/// The pages must be committed.
pub fn protect(addr: u64, len: u64, prot: Prot) -> Result<(), String> {
    if len == 0 {
        return Ok(());
    }
    let lo = round_down(addr);
    let hi = round_up(addr + len);
    let p = match prot {
        Prot::Read => libc::PROT_READ,
        Prot::ReadWrite => libc::PROT_READ | libc::PROT_WRITE,
        Prot::ReadExec => libc::PROT_READ | libc::PROT_EXEC,
    };
    // SAFETY: the range lies in pages a Region committed for the image,
    // which owns them; only their protection changes.
    let rc = unsafe {
        libc::mprotect(
            std::ptr::with_exposed_provenance_mut(lo as usize),
            (hi - lo) as usize,
            p,
        )
    };
    if rc != 0 {
        let e = std::io::Error::last_os_error();
        return Err(format!("cannot protect {:#x}..{hi:#x}: {e}", lo));
    }
    Ok(())
}

/// One reservation, filled from its start.
pub struct Region {
    base: u64,
    size: u64,
    /// Bytes allocated from `base`.
    used: u64,
    /// Bytes committed from `base` (a multiple of the page).
    committed: u64,
}

impl Region {
    /// Reserves `size` bytes (rounded up to the page) of address space.
    pub fn reserve(size: u64) -> Result<Region, String> {
        let size = round_up(size.max(PAGE));
        let base = sysmem::reserve_raw(0, size, 0)
            .map_err(|e| format!("cannot reserve {size} bytes: {e}"))?;
        Ok(Region {
            base,
            size,
            used: 0,
            committed: 0,
        })
    }

    pub fn base(&self) -> u64 {
        self.base
    }

    /// The address of the first byte not allocated yet.
    pub fn end(&self) -> u64 {
        self.base + self.used
    }

    /// Where an allocation aligned to `align` would start.
    pub fn next(&self, align: u64) -> u64 {
        self.base + self.used.div_ceil(align.max(1)) * align.max(1)
    }

    /// `len` bytes at `align`, committed (zero where never written
    /// before); `None` when the reservation has no room for them.
    pub fn alloc(&mut self, len: u64, align: u64) -> Result<Option<u64>, String> {
        let at = self.next(align) - self.base;
        let Some(end) = at.checked_add(len).filter(|&e| e <= self.size) else {
            return Ok(None);
        };
        if end > self.committed {
            let to = round_up(end);
            sysmem::commit(self.base + self.committed, to - self.committed)
                .map_err(|f| f.render().trim_end().to_string())?;
            self.committed = to;
        }
        self.used = end;
        Ok(Some(self.base + at))
    }
}

impl Drop for Region {
    fn drop(&mut self) {
        sysmem::release(self.base, self.size);
    }
}

/// Regions chained: allocations need not be next to each other.
pub struct Arena {
    regions: Vec<Region>,
    /// The size of each new reservation (a larger allocation gets one of
    /// its own size).
    chunk: u64,
}

impl Arena {
    pub fn new(chunk: u64) -> Arena {
        Arena {
            regions: Vec::new(),
            chunk,
        }
    }

    /// `len` committed bytes at `align` (at most the page).
    pub fn alloc(&mut self, len: u64, align: u64) -> Result<u64, String> {
        if let Some(r) = self.regions.last_mut() {
            if let Some(at) = r.alloc(len, align)? {
                return Ok(at);
            }
        }
        let mut r = Region::reserve(self.chunk.max(len))?;
        let at = r
            .alloc(len, align)?
            .ok_or_else(|| format!("cannot allocate {len} bytes"))?;
        self.regions.push(r);
        Ok(at)
    }
}
