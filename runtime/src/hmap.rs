//! Maps, first version (Go: runtime/hashmap.c). A map value is a pointer to
//! a small object in program memory whose first word is the element count
//! (so generated code reads `len(m)` without a call); the entries live
//! host-side, found by the object's address.
//!
//! Keys are compared as Go compares them: each key is reduced to the bytes
//! `equal::key_bytes` makes from its type descriptor (strings by content,
//! interfaces by dynamic type and value, structs and arrays member by
//! member); an interface key holding a slice, map or func is a run-time
//! error (`hash of unhashable type`). A key holding a NaN equals no key,
//! itself included, so as in Go each assignment with one adds an entry
//! that `len` counts and `range` visits, but that no lookup finds and no
//! `delete` removes. Each
//! entry has a key cell and a value cell in the heap: the compiler reads
//! and writes values through the cell pointer, and `range` gets pointers to
//! both. Iteration follows insertion order (Go randomises it; programs may
//! not depend on either), and tolerates insertion and deletion during a
//! `range`, as Go does.
//!
//! Unlike Go, the entries are not in program memory, so the collector (to
//! come) must treat this table as a root.

use std::collections::HashMap;

use crate::heap::{Heap, Layout};
use crate::mem::Mem;
use crate::stop::Stop;

/// One map's entries.
#[derive(Debug)]
struct MapObj {
    key_size: u64,
    /// The key type's descriptor.
    key_desc: u64,
    val_size: u64,
    /// The pointer words of a key cell and of a value cell.
    key_layout: Layout,
    val_layout: Layout,
    /// Key (content) to entry index; keys holding a NaN are not here.
    index: HashMap<Vec<u8>, usize>,
    /// `(key cell, value cell)`, `None` once deleted.
    entries: Vec<Option<(u64, u64)>>,
    /// Every entry before this index is deleted: `range` starts here, so
    /// a loop that deletes the first key it sees each round stays linear.
    first: usize,
    /// Entries present: `len(m)`.
    count: u64,
}

/// Every map of one runtime, by object address.
#[derive(Debug, Default)]
pub struct Maps {
    maps: HashMap<u64, MapObj>,
    /// A zeroed block that absent lookups point at (never written: the
    /// compiler only reads through MapAccess's result).
    zero: u64,
}

/// Bytes of the shared zero block; bigger values get a fresh zeroed cell.
const ZERO_BLOCK: u64 = 1 << 16;

impl Maps {
    pub fn new() -> Maps {
        Maps::default()
    }

    /// A new empty map: its object's address.
    pub fn make<M: Mem + ?Sized>(
        &mut self,
        mem: &M,
        heap: &mut Heap,
        key_desc: u64,
        val_desc: u64,
    ) -> Result<u64, Stop> {
        use crate::typedesc::SIZE;
        // The count and a spare word: the entries are host-side.
        let obj = heap.alloc_bytes(16, 8)?;
        self.maps.insert(
            obj,
            MapObj {
                key_size: mem.field(key_desc, SIZE),
                key_desc,
                val_size: mem.field(val_desc, SIZE),
                key_layout: crate::heaplayout::of_desc(mem, key_desc),
                val_layout: crate::heaplayout::of_desc(mem, val_desc),
                index: HashMap::new(),
                entries: Vec::new(),
                first: 0,
                count: 0,
            },
        );
        Ok(obj)
    }

    /// The key at `kp` as the index knows it; `None` for a key holding a
    /// NaN, which equals no key.
    fn key<M: Mem + ?Sized>(m: &M, obj: &MapObj, kp: u64) -> Result<Option<Vec<u8>>, Stop> {
        let mut b = Vec::with_capacity(obj.key_size as usize);
        let nan = crate::equal::key_bytes(m, obj.key_desc, kp, &mut b)
            .map_err(|msg| Stop::Panic(format!("runtime error: {msg}")))?;
        Ok((!nan).then_some(b))
    }

    /// `m[k]`: the value's cell and true, or a zeroed value and false.
    pub fn access<M: Mem + ?Sized>(
        &mut self,
        mem: &M,
        heap: &mut Heap,
        map: u64,
        kp: u64,
    ) -> Result<(u64, bool), Stop> {
        if let Some(obj) = self.maps.get(&map) {
            let k = Maps::key(mem, obj, kp)?;
            if let Some(&i) = k.and_then(|k| obj.index.get(&k)) {
                let (_, v) = obj.entries[i].expect("indexed entries are present");
                return Ok((v, true));
            }
            if obj.val_size > ZERO_BLOCK {
                return Ok((heap.alloc(obj.val_size, 8, &obj.val_layout)?, false));
            }
        }
        if self.zero == 0 {
            // Never written: its bits stay clear.
            self.zero = heap.alloc_bytes(ZERO_BLOCK, 8)?;
        }
        Ok((self.zero, false))
    }

    /// `m[k] = ...`: the value's cell, created zeroed if absent; `None`
    /// for a nil (unknown) map.
    pub fn assign<M: Mem + ?Sized>(
        &mut self,
        mem: &M,
        heap: &mut Heap,
        map: u64,
        kp: u64,
    ) -> Result<Option<u64>, Stop> {
        let Some(obj) = self.maps.get_mut(&map) else {
            return Ok(None);
        };
        let k = Maps::key(mem, obj, kp)?;
        if let Some(&i) = k.as_ref().and_then(|k| obj.index.get(k)) {
            return Ok(obj.entries[i].map(|(_, v)| v));
        }
        let kc = heap.alloc(obj.key_size, 8, &obj.key_layout)?;
        mem.copy(kc, kp, obj.key_size);
        let vc = heap.alloc(obj.val_size, 8, &obj.val_layout)?;
        if let Some(k) = k {
            obj.index.insert(k, obj.entries.len());
        }
        obj.entries.push(Some((kc, vc)));
        obj.count += 1;
        mem.write_word(map, obj.count);
        Ok(Some(vc))
    }

    /// `delete(m, k)`.
    pub fn delete<M: Mem + ?Sized>(&mut self, mem: &M, map: u64, kp: u64) -> Result<(), Stop> {
        let Some(obj) = self.maps.get_mut(&map) else {
            return Ok(());
        };
        let k = Maps::key(mem, obj, kp)?;
        if let Some(i) = k.and_then(|k| obj.index.remove(&k)) {
            obj.entries[i] = None;
            while obj.entries.get(obj.first).is_some_and(Option::is_none) {
                obj.first += 1;
            }
            obj.count -= 1;
            mem.write_word(map, obj.count);
        }
        Ok(())
    }

    /// `clear(m)`: every entry goes, NaN keys too (which no `delete` can
    /// name). A `range` in progress finds no more entries: its position
    /// is past the end of the emptied list.
    pub fn clear<M: Mem + ?Sized>(&mut self, mem: &M, map: u64) {
        if let Some(obj) = self.maps.get_mut(&map) {
            obj.index.clear();
            obj.entries.clear();
            obj.count = 0;
            mem.write_word(map, 0);
        }
    }

    /// One step of `range`: the entry at or after `pos` as (key cell,
    /// value cell, next position), or `None` when done.
    pub fn next(&self, map: u64, pos: u64) -> Option<(u64, u64, u64)> {
        let obj = self.maps.get(&map)?;
        let start = usize::try_from(pos).ok()?.max(obj.first);
        (start..obj.entries.len()).find_map(|i| obj.entries[i].map(|(k, v)| (k, v, i as u64 + 1)))
    }
}
