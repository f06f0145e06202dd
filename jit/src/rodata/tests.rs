//! The pointer masks the image's descriptors carry (typedesc PTRMASK), read
//! back as the runtime's heap reads them: inline layout words for small
//! types, a mask record for a type past 63 words, and for each, the last
//! pointer word ending where ptrdata says.

use crate::compile::Host;
use crate::image::Image;
use splitgo_lang::{check_package, NoImports, SourceMap, Target};
use splitgo_runtime::abi::Word;
use splitgo_runtime::heap::Layout;
use splitgo_runtime::mem::{Mem, NativeMem};
use splitgo_runtime::{heaplayout, typedesc};

const PROGRAM: &str = r#"package main

type pair struct {
	p *int
	n int
}

type big struct {
	a [70]int
	p *int
	s string
}

var sink interface{}

func main() {
	var a [3]pair
	sink = a
	sink = big{}
	sink = "s"
	sink = 1
}
"#;

#[test]
fn descriptors_give_the_heap_their_pointer_words() {
    let mut map = SourceMap::new();
    let id = map.add("t.go", PROGRAM.as_bytes());
    let c = check_package(&mut map, &[id], &NoImports, Target::AMD64);
    assert!(c.diagnostics.is_empty(), "{:?}", c.diagnostics);
    let m = splitgo_lang::ir::lower::lower(c.program.as_ref().unwrap(), &map).expect("lowers");
    let mut image = Image::<Host>::new(m.target).unwrap();
    image.add(&m).unwrap();
    // SAFETY: only the descriptors and mask records the image placed in
    // its rodata are read, while `image` lives.
    let mem = unsafe { NativeMem::new(Word::W8) };
    let layout = |name: &str| {
        let i = m.type_descs.iter().position(|d| d.name == name).unwrap();
        let d = image.type_desc(i).unwrap();
        let l = heaplayout::of_desc(&mem, d);
        assert_eq!(
            l.end() * 8,
            mem.field(d, typedesc::PTRDATA),
            "{name}: ptrdata ends at the last pointer word"
        );
        (mem.field(d, typedesc::PTRMASK), l)
    };
    assert_eq!(layout("[3]main.pair"), (0b101011, Layout::Word(0b10101)));
    assert_eq!(layout("string"), (0b11, Layout::Word(1)));
    assert_eq!(layout("int"), (0, Layout::NoPointers));
    let (word, l) = layout("main.big");
    assert!(word != 0 && word & 1 == 0, "a record's address");
    assert_eq!(l, Layout::Long(vec![0, 0b11 << 6]));
}
