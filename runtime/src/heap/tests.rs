//! The heap's allocations and the pointer bitmap they leave.

use super::*;

#[test]
fn allocations_are_aligned_distinct_and_zero() {
    let mut h = Heap::new();
    let a = h.alloc_bytes(3, 1).unwrap();
    let b = h.alloc_bytes(8, 8).unwrap();
    let c = h.alloc_bytes(0, 8).unwrap();
    assert!(b >= a + 3 && b.is_multiple_of(8));
    assert!(c >= b + 8);
    let big = h.alloc_bytes(LARGE + 1, 8).unwrap();
    assert_eq!(big % 4096, 0);
    // More than the machine could ever back: Go's throw, not a lazy
    // success (unless the host overcommits always).
    if let Err(f) = h.alloc_bytes(1 << 40, 8) {
        assert_eq!(f.message, "runtime: out of memory");
    }
    // SAFETY: `b` is 8 bytes of the heap's own mapping, alive until `h`
    // is dropped.
    let v = unsafe { std::ptr::with_exposed_provenance::<u64>(b as usize).read() };
    assert_eq!(v, 0);
}

fn set(bits: &[bool]) -> Vec<usize> {
    bits.iter()
        .enumerate()
        .filter_map(|(i, &b)| b.then_some(i))
        .collect()
}

#[test]
fn typed_objects_mark_their_pointer_words() {
    let mut h = Heap::new();
    // A pointer-free object first, so the next one is not at a chunk's
    // start.
    let pad = h.alloc_bytes(24, 8).unwrap();
    // [3]struct{ p *int; n int }: words 0, 2 and 4.
    let elem = Layout::Word(0b01);
    let arr = h.alloc_array(3, 16, 8, &elem).unwrap();
    assert_eq!(set(&h.pointer_words(arr, 48).unwrap()), [0, 2, 4]);
    assert_eq!(set(&h.pointer_words(pad, 24).unwrap()), Vec::<usize>::new());
    // One object: a string header and an interface after an int.
    let obj = h.alloc(40, 8, &Layout::Word(0b11001)).unwrap();
    assert_eq!(set(&h.pointer_words(obj, 40).unwrap()), [0, 3, 4]);
    // Pointer-free data next to it stays clear.
    let bytes = h.alloc_bytes(100, 1).unwrap();
    assert!(set(&h.pointer_words(bytes & !7, 96).unwrap()).is_empty());
    // An object past 64 words, and an array of them straddling bitmap
    // words at an odd word offset.
    let mut long = vec![0u64; 2];
    long[0] = 1 << 63;
    long[1] = 1 << 4;
    let long = Layout::Long(long);
    let odd = h.alloc_bytes(8, 8).unwrap();
    let big = h.alloc_array(2, 70 * 8, 8, &long).unwrap();
    assert_eq!(big, odd + 8);
    assert_eq!(
        set(&h.pointer_words(big, 140 * 8).unwrap()),
        [63, 68, 133, 138]
    );
    // Outside the heap: nothing.
    assert_eq!(h.pointer_words(8, 8), None);
}

#[test]
fn large_objects_have_bits_too() {
    let mut h = Heap::new();
    let n = LARGE / 8 + 2;
    let p = h.alloc_array(n, 8, 8, &Layout::Word(1)).unwrap();
    let bits = h.pointer_words(p + (n - 2) * 8, 16).unwrap();
    assert_eq!(bits, [true, true]);
    let q = h.alloc_bytes(LARGE + 8, 8).unwrap();
    assert_eq!(h.pointer_words(q + LARGE, 8).unwrap(), [false]);
    // Every marked word is listed once.
    let mut count = 0;
    h.each_pointer_word(&mut |_| count += 1);
    assert_eq!(count, n);
}
