//! The names Go's regexp syntax knows: the ASCII groups of `\d`, `\s`,
//! `\w` and of the POSIX `[:name:]` classes, and the Unicode categories and
//! scripts `\p{...}` may name (those of Go 1.19's package unicode,
//! Unicode 13.0.0). The names are matched exactly, as Go does; the
//! regex-automata crate would accept looser spellings.

/// A group as inclusive ranges of code points.
pub type Group = &'static [(u32, u32)];

const DIGIT: Group = &[(0x30, 0x39)];
const SPACE_PERL: Group = &[(0x09, 0x0a), (0x0c, 0x0d), (0x20, 0x20)];
const WORD: Group = &[(0x30, 0x39), (0x41, 0x5a), (0x5f, 0x5f), (0x61, 0x7a)];
const ALNUM: Group = &[(0x30, 0x39), (0x41, 0x5a), (0x61, 0x7a)];
const ALPHA: Group = &[(0x41, 0x5a), (0x61, 0x7a)];
const ASCII: Group = &[(0x00, 0x7f)];
const BLANK: Group = &[(0x09, 0x09), (0x20, 0x20)];
const CNTRL: Group = &[(0x00, 0x1f), (0x7f, 0x7f)];
const GRAPH: Group = &[(0x21, 0x7e)];
const LOWER: Group = &[(0x61, 0x7a)];
const PRINT: Group = &[(0x20, 0x7e)];
const PUNCT: Group = &[(0x21, 0x2f), (0x3a, 0x40), (0x5b, 0x60), (0x7b, 0x7e)];
const SPACE: Group = &[(0x09, 0x0d), (0x20, 0x20)];
const UPPER: Group = &[(0x41, 0x5a)];
const XDIGIT: Group = &[(0x30, 0x39), (0x41, 0x46), (0x61, 0x66)];

/// `\d` and friends by the letter after the backslash: the group and
/// whether it is negated (the capital letter).
pub fn perl_group(letter: u8) -> Option<(Group, bool)> {
    let g = match letter.to_ascii_lowercase() {
        b'd' => DIGIT,
        b's' => SPACE_PERL,
        b'w' => WORD,
        _ => return None,
    };
    Some((g, letter.is_ascii_uppercase()))
}

/// `[:alpha:]`, `[:^alpha:]` and the others, by their whole text.
pub fn posix_group(text: &[u8]) -> Option<(Group, bool)> {
    let inner = text.strip_prefix(b"[:")?.strip_suffix(b":]")?;
    let (negated, name) = match inner.strip_prefix(b"^") {
        Some(n) => (true, n),
        None => (false, inner),
    };
    let g = match name {
        b"alnum" => ALNUM,
        b"alpha" => ALPHA,
        b"ascii" => ASCII,
        b"blank" => BLANK,
        b"cntrl" => CNTRL,
        b"digit" => DIGIT,
        b"graph" => GRAPH,
        b"lower" => LOWER,
        b"print" => PRINT,
        b"punct" => PUNCT,
        b"space" => SPACE,
        b"upper" => UPPER,
        b"word" => WORD,
        b"xdigit" => XDIGIT,
        _ => return None,
    };
    Some((g, negated))
}

/// Go's general categories (one or two letters).
pub const CATEGORIES: &[&str] = &[
    "C", "Cc", "Cf", "Co", "Cs", "L", "Ll", "Lm", "Lo", "Lt", "Lu", "M", "Mc", "Me", "Mn", "N",
    "Nd", "Nl", "No", "P", "Pc", "Pd", "Pe", "Pf", "Pi", "Po", "Ps", "S", "Sc", "Sk", "Sm", "So",
    "Z", "Zl", "Zp", "Zs",
];

/// Go 1.19's scripts.
pub const SCRIPTS: &[&str] = &[
    "Adlam",
    "Ahom",
    "Anatolian_Hieroglyphs",
    "Arabic",
    "Armenian",
    "Avestan",
    "Balinese",
    "Bamum",
    "Batak",
    "Bengali",
    "Bhaiksuki",
    "Bopomofo",
    "Brahmi",
    "Braille",
    "Buginese",
    "Buhid",
    "Carian",
    "Caucasian_Albanian",
    "Chakma",
    "Cham",
    "Cherokee",
    "Chorasmian",
    "Common",
    "Coptic",
    "Cuneiform",
    "Cypriot",
    "Cyrillic",
    "Deseret",
    "Devanagari",
    "Dives_Akuru",
    "Duployan",
    "Egyptian_Hieroglyphs",
    "Elbasan",
    "Elymaic",
    "Ethiopic",
    "Georgian",
    "Gothic",
    "Grantha",
    "Greek",
    "Gujarati",
    "Gunjala_Gondi",
    "Gurmukhi",
    "Han",
    "Hangul",
    "Hanunoo",
    "Hatran",
    "Hebrew",
    "Hiragana",
    "Imperial_Aramaic",
    "Inherited",
    "Inscriptional_Parthian",
    "Javanese",
    "Kaithi",
    "Kannada",
    "Katakana",
    "Kharoshthi",
    "Khitan_Small_Script",
    "Khmer",
    "Khojki",
    "Khudawadi",
    "Lao",
    "Latin",
    "Limbu",
    "Linear_A",
    "Linear_B",
    "Lisu",
    "Lycian",
    "Lydian",
    "Mahajani",
    "Makasar",
    "Malayalam",
    "Mandaic",
    "Manichaean",
    "Marchen",
    "Masaram_Gondi",
    "Medefaidrin",
    "Meetei_Mayek",
    "Meroitic_Cursive",
    "Meroitic_Hieroglyphs",
    "Miao",
    "Modi",
    "Mongolian",
    "Mro",
    "Multani",
    "Nabataean",
    "Nandinagari",
    "New_Tai_Lue",
    "Newa",
    "Nko",
    "Nushu",
    "Ogham",
    "Ol_Chiki",
    "Old_Hungarian",
    "Old_Italic",
    "Old_North_Arabian",
    "Old_Permic",
    "Old_Sogdian",
    "Old_South_Arabian",
    "Old_Turkic",
    "Oriya",
    "Osage",
    "Osmanya",
    "Palmyrene",
    "Pau_Cin_Hau",
    "Phags_Pa",
    "Phoenician",
    "Psalter_Pahlavi",
    "Rejang",
    "Samaritan",
    "Saurashtra",
    "Sharada",
    "Shavian",
    "Siddham",
    "SignWriting",
    "Sinhala",
    "Sogdian",
    "Sora_Sompeng",
    "Soyombo",
    "Sundanese",
    "Syloti_Nagri",
    "Syriac",
    "Tagalog",
    "Tagbanwa",
    "Tai_Tham",
    "Tai_Viet",
    "Takri",
    "Tamil",
    "Tangut",
    "Telugu",
    "Thaana",
    "Thai",
    "Tibetan",
    "Tirhuta",
    "Ugaritic",
    "Vai",
    "Wancho",
    "Warang_Citi",
    "Yezidi",
    "Yi",
    "Zanabazar_Square",
];

/// The name as Go spells it, when `\p{name}` is valid Go.
pub fn unicode_name(name: &[u8]) -> Option<&'static str> {
    if name == b"Any" {
        return Some("Any");
    }
    CATEGORIES
        .iter()
        .chain(SCRIPTS.iter())
        .find(|n| n.as_bytes() == name)
        .copied()
}

/// Whether a valid name is a category (else a script or Any).
pub fn is_category(name: &str) -> bool {
    CATEGORIES.contains(&name)
}
