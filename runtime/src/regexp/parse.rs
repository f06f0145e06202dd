//! The reader of Go's regexp syntax (RE2 with Go's Perl extensions, the
//! flags `regexp.Compile` uses): it turns a pattern into a [`Node`] tree
//! with every flag resolved onto the node it affects, or fails with the
//! error Go's regexp/syntax reports for the same pattern (its code text and
//! the offending fragment).
//!
//! The tree is what emit.rs writes out again in the syntax of the
//! regex-automata crate, which matches; the crate never sees Go's text,
//! so where the two syntaxes read the same characters differently
//! (`\d` ASCII-only here, `\Q..\E`, octal escapes, `{` as a literal,
//! `(?P<1>x)`) Go's reading is the one kept.
//!
//! Errors are found in the order Go's parser meets them: left to right,
//! with the unclosed-group error at the end of the pattern. Parsing keeps
//! its own stack of open groups, so a deeply nested pattern costs heap,
//! not native stack.

use super::names::{self, Group};

/// Go's limit on a parse tree's height and on counted repetitions.
const MAX_HEIGHT: u32 = 1000;
const MAX_REPEAT: i64 = 1000;

/// regexp/syntax's ErrorCode texts (exported values of Go's API).
pub const ERR_INVALID_CHAR_RANGE: &str = "invalid character class range";
pub const ERR_INVALID_ESCAPE: &str = "invalid escape sequence";
pub const ERR_INVALID_NAMED_CAPTURE: &str = "invalid named capture";
pub const ERR_INVALID_PERL_OP: &str = "invalid or unsupported Perl syntax";
pub const ERR_INVALID_REPEAT_OP: &str = "invalid nested repetition operator";
pub const ERR_INVALID_REPEAT_SIZE: &str = "invalid repeat count";
pub const ERR_INVALID_UTF8: &str = "invalid UTF-8";
pub const ERR_MISSING_BRACKET: &str = "missing closing ]";
pub const ERR_MISSING_PAREN: &str = "missing closing )";
pub const ERR_MISSING_REPEAT_ARGUMENT: &str = "missing argument to repetition operator";
pub const ERR_TRAILING_BACKSLASH: &str = "trailing backslash at end of expression";
pub const ERR_UNEXPECTED_PAREN: &str = "unexpected )";
pub const ERR_NESTING_DEPTH: &str = "expression nests too deeply";
pub const ERR_INTERNAL: &str = "regexp/syntax: internal error";

/// A syntax error: Go's ErrorCode text and the fragment it quotes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub code: &'static str,
    pub frag: Vec<u8>,
}

fn err<T>(code: &'static str, frag: &[u8]) -> Result<T, SyntaxError> {
    Err(SyntaxError {
        code,
        frag: frag.to_vec(),
    })
}

/// The flags that change how later syntax reads.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Flags {
    pub fold: bool,
    pub multiline: bool,
    pub dot_nl: bool,
    pub ungreedy: bool,
}

/// The zero-width assertions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Assert {
    BeginLine,
    EndLine,
    BeginText,
    EndText,
    WordBoundary,
    NotWordBoundary,
}

/// One member of a bracketed class (or the whole of `\d`, `\pL`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Item {
    /// Code points lo..=hi (Go allows surrogates here; they never match).
    Range(u32, u32),
    /// A Perl or POSIX group of ASCII ranges, maybe negated.
    Ascii(&'static [(u32, u32)], bool),
    /// A Unicode category or script by Go's name, maybe negated.
    Unicode(&'static str, bool),
}

/// A parsed regexp; every node carries the flags that were in force.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Node {
    Empty,
    Literal {
        c: u32,
        fold: bool,
    },
    Class {
        items: Vec<Item>,
        negated: bool,
        fold: bool,
    },
    /// `.`: with `nl`, any character at all.
    Dot {
        nl: bool,
    },
    Assert(Assert),
    /// A capturing group, numbered from 1.
    Capture {
        index: usize,
        sub: Box<Node>,
        height: u32,
    },
    Concat(Vec<Node>, u32),
    Alternate(Vec<Node>, u32),
    /// `*`, `+`, `?` (counted = false) or `{min,max}`; max None = no bound.
    Repeat {
        min: u32,
        max: Option<u32>,
        greedy: bool,
        counted: bool,
        sub: Box<Node>,
        height: u32,
    },
}

impl Node {
    /// The height as Go's parser counts it for its nesting limit.
    pub fn height(&self) -> u32 {
        match self {
            Node::Capture { height, .. } | Node::Repeat { height, .. } => *height,
            Node::Concat(_, h) | Node::Alternate(_, h) => *h,
            _ => 1,
        }
    }

    fn concat(mut v: Vec<Node>) -> Node {
        match v.len() {
            0 => Node::Empty,
            1 => v.pop().expect("one"),
            _ => {
                let h = 1 + v.iter().map(Node::height).max().unwrap_or(0);
                Node::Concat(v, h)
            }
        }
    }

    fn alternate(mut v: Vec<Node>) -> Node {
        if v.len() == 1 {
            return v.pop().expect("one");
        }
        let h = 1 + v.iter().map(Node::height).max().unwrap_or(0);
        Node::Alternate(v, h)
    }
}

/// What parsing found: the tree, the number of groups and their names.
#[derive(Debug)]
pub struct Parsed {
    pub node: Node,
    /// Names by group index; index 0 is the whole match, always "".
    pub names: Vec<String>,
}

/// A group still open: what to restore and build when its `)` comes.
struct Open {
    /// 0 for a non-capturing group.
    index: usize,
    flags: Flags,
    done: Vec<Node>,
    cur: Vec<Node>,
}

/// Decodes the character at the start of `s`, or Go's invalid UTF-8 error
/// quoting the rest of the pattern.
fn next_char(s: &[u8]) -> Result<(u32, usize), SyntaxError> {
    let n = match s.first() {
        None => 0,
        Some(&b) if b < 0x80 => return Ok((u32::from(b), 1)),
        Some(&b) if b >= 0xf0 => 4,
        Some(&b) if b >= 0xe0 => 3,
        Some(_) => 2,
    };
    let head = &s[..n.min(s.len())];
    match std::str::from_utf8(head) {
        Ok(t) if n > 0 => Ok((t.chars().next().expect("nonempty") as u32, n)),
        _ => err(ERR_INVALID_UTF8, s),
    }
}

fn check_utf8(s: &[u8]) -> Result<(), SyntaxError> {
    let mut i = 0;
    while i < s.len() {
        i += next_char(&s[i..])?.1;
    }
    Ok(())
}

fn find(s: &[u8], needle: &[u8]) -> Option<usize> {
    s.windows(needle.len()).position(|w| w == needle)
}

struct Parser<'a> {
    whole: &'a [u8],
    /// Go's Perl extensions (regexp.Compile); false for CompilePOSIX's
    /// plain POSIX syntax.
    perl: bool,
    flags: Flags,
    stack: Vec<Open>,
    names: Vec<String>,
}

/// Parses `pattern` as regexp.Compile does, or with `posix` as
/// CompilePOSIX does (no Perl extensions, no `\p` classes, `^` and `$` at
/// line ends, negated classes and `.` never matching a newline).
pub fn parse(pattern: &[u8], posix: bool) -> Result<Parsed, SyntaxError> {
    let start_flags = Flags {
        multiline: posix,
        ..Flags::default()
    };
    let mut p = Parser {
        whole: pattern,
        perl: !posix,
        flags: start_flags,
        stack: vec![Open {
            index: 0,
            flags: start_flags,
            done: Vec::new(),
            cur: Vec::new(),
        }],
        names: vec![String::new()],
    };
    let mut t = 0usize;
    // Where the repetition operator just read began, to report `**`.
    let mut last_repeat: Option<usize> = None;
    while t < pattern.len() {
        let mut repeat = None;
        let rest = &pattern[t..];
        match rest[0] {
            b'(' => {
                if p.perl && rest.get(1) == Some(&b'?') {
                    t += p.perl_flags(rest)?;
                } else {
                    p.open_capture(String::new());
                    t += 1;
                }
            }
            b'|' => {
                let top = p.stack.last_mut().expect("root");
                let cur = std::mem::take(&mut top.cur);
                top.done.push(Node::concat(cur));
                t += 1;
            }
            b')' => {
                p.close()?;
                t += 1;
            }
            b'^' => {
                let a = if p.flags.multiline {
                    Assert::BeginLine
                } else {
                    Assert::BeginText
                };
                p.push(Node::Assert(a));
                t += 1;
            }
            b'$' => {
                let a = if p.flags.multiline {
                    Assert::EndLine
                } else {
                    Assert::EndText
                };
                p.push(Node::Assert(a));
                t += 1;
            }
            b'.' => {
                p.push(Node::Dot { nl: p.flags.dot_nl });
                t += 1;
            }
            b'[' => {
                t += p.class(rest)?;
            }
            b'*' | b'+' | b'?' => {
                let (min, max) = match rest[0] {
                    b'*' => (0, None),
                    b'+' => (1, None),
                    _ => (0, Some(1)),
                };
                let used =
                    p.repeat(rest, 1, min, max, false, last_repeat.map(|l| &pattern[l..]))?;
                repeat = Some(t);
                t += used;
            }
            b'{' => match parse_repeat(rest) {
                None => {
                    p.literal(u32::from(b'{'));
                    t += 1;
                }
                Some((min, max, len)) => {
                    let too_big = !(0..=MAX_REPEAT).contains(&min)
                        || max > MAX_REPEAT
                        || (max >= 0 && min > max);
                    if too_big {
                        return err(ERR_INVALID_REPEAT_SIZE, &rest[..len]);
                    }
                    let max = if max < 0 { None } else { Some(max as u32) };
                    let used = p.repeat(
                        rest,
                        len,
                        min as u32,
                        max,
                        true,
                        last_repeat.map(|l| &pattern[l..]),
                    )?;
                    repeat = Some(t);
                    t += used;
                }
            },
            b'\\' => {
                t += p.escape_atom(rest)?;
            }
            _ => {
                let (c, n) = next_char(rest)?;
                p.literal(c);
                t += n;
            }
        }
        last_repeat = repeat;
    }
    if p.stack.len() != 1 {
        return err(ERR_MISSING_PAREN, pattern);
    }
    let root = p.stack.pop().expect("root");
    let node = finish(root);
    if node.height() > MAX_HEIGHT {
        return err(ERR_NESTING_DEPTH, pattern);
    }
    Ok(Parsed {
        node,
        names: p.names,
    })
}

/// The alternation of a group's branches.
fn finish(mut g: Open) -> Node {
    let cur = std::mem::take(&mut g.cur);
    if g.done.is_empty() {
        return Node::concat(cur);
    }
    g.done.push(Node::concat(cur));
    Node::alternate(g.done)
}

/// `{min}`, `{min,}` or `{min,max}` at the start of s: (min, max, length),
/// max -1 for no bound, a number -1 when too large; None when s does not
/// have that form (the `{` is then a literal).
fn parse_repeat(s: &[u8]) -> Option<(i64, i64, usize)> {
    let mut i = 1;
    let (min, n) = parse_int(&s[i..])?;
    i += n;
    let max;
    match s.get(i)? {
        b',' => {
            i += 1;
            if *s.get(i)? == b'}' {
                max = -1;
            } else {
                let (m, n) = parse_int(&s[i..])?;
                i += n;
                max = m;
                if m < 0 {
                    // Too large a bound: reported as a bad count.
                    return (*s.get(i)? == b'}').then_some((-1, m, i + 1));
                }
            }
        }
        _ => max = min,
    }
    (*s.get(i)? == b'}').then_some((min, max, i + 1))
}

/// A decimal number without leading zeros: (value or -1 if huge, length).
fn parse_int(s: &[u8]) -> Option<(i64, usize)> {
    let digits = s.iter().take_while(|b| b.is_ascii_digit()).count();
    if digits == 0 || (digits >= 2 && s[0] == b'0') {
        return None;
    }
    let mut v: i64 = 0;
    for &d in &s[..digits] {
        if v >= 100_000_000 {
            v = -1;
            break;
        }
        v = v * 10 + i64::from(d - b'0');
    }
    Some((v, digits))
}

/// Whether a counted repetition stays within Go's budget of copies.
fn repeat_fits(node: &Node, budget: i64) -> bool {
    let mut budget = budget;
    match node {
        Node::Repeat {
            min,
            max,
            counted: true,
            sub,
            ..
        } => {
            let m = match max {
                Some(0) => return true,
                Some(m) => i64::from(*m),
                None => i64::from(*min),
            };
            if m > budget {
                return false;
            }
            if m > 0 {
                budget /= m;
            }
            repeat_fits(sub, budget)
        }
        Node::Repeat { sub, .. } | Node::Capture { sub, .. } => repeat_fits(sub, budget),
        Node::Concat(v, _) | Node::Alternate(v, _) => v.iter().all(|n| repeat_fits(n, budget)),
        _ => true,
    }
}

impl Parser<'_> {
    fn push(&mut self, n: Node) {
        self.stack.last_mut().expect("root").cur.push(n);
    }

    fn literal(&mut self, c: u32) {
        self.push(Node::Literal {
            c,
            fold: self.flags.fold,
        });
    }

    /// Opens capturing group number len(names), named or "".
    fn open_capture(&mut self, name: String) {
        self.names.push(name);
        self.stack.push(Open {
            index: self.names.len() - 1,
            flags: self.flags,
            done: Vec::new(),
            cur: Vec::new(),
        });
    }

    fn open_plain(&mut self) {
        self.stack.push(Open {
            index: 0,
            flags: self.flags,
            done: Vec::new(),
            cur: Vec::new(),
        });
    }

    fn close(&mut self) -> Result<(), SyntaxError> {
        if self.stack.len() < 2 {
            return err(ERR_UNEXPECTED_PAREN, self.whole);
        }
        let g = self.stack.pop().expect("open group");
        self.flags = g.flags;
        let index = g.index;
        let sub = finish(g);
        let node = if index == 0 {
            sub
        } else {
            let height = 1 + sub.height();
            Node::Capture {
                index,
                sub: Box::new(sub),
                height,
            }
        };
        if node.height() > MAX_HEIGHT {
            return err(ERR_NESTING_DEPTH, self.whole);
        }
        self.push(node);
        Ok(())
    }

    /// Applies a repetition operator of `len` bytes at the start of s to
    /// the last atom; returns the bytes consumed (with a lazy `?`).
    fn repeat(
        &mut self,
        s: &[u8],
        len: usize,
        min: u32,
        max: Option<u32>,
        counted: bool,
        last: Option<&[u8]>,
    ) -> Result<usize, SyntaxError> {
        let mut used = len;
        let mut greedy = !self.flags.ungreedy;
        if self.perl && s.get(len) == Some(&b'?') {
            used += 1;
            greedy = !greedy;
        }
        // POSIX allows `a**`; Perl does not.
        if let Some(l) = last.filter(|_| self.perl) {
            // From the first operator to the end of this one.
            let first_len = l.len() - s.len();
            return err(ERR_INVALID_REPEAT_OP, &l[..first_len + used]);
        }
        let Some(sub) = self.stack.last_mut().expect("root").cur.pop() else {
            return err(ERR_MISSING_REPEAT_ARGUMENT, &s[..used]);
        };
        let height = 1 + sub.height();
        let node = Node::Repeat {
            min,
            max,
            greedy,
            counted,
            sub: Box::new(sub),
            height,
        };
        if height > MAX_HEIGHT {
            return err(ERR_NESTING_DEPTH, self.whole);
        }
        if counted && (min >= 2 || max.is_some_and(|m| m >= 2)) && !repeat_fits(&node, MAX_REPEAT) {
            return err(ERR_INVALID_REPEAT_SIZE, &s[..used]);
        }
        self.push(node);
        Ok(used)
    }

    /// `(?P<name>`, `(?flags)`, `(?flags:`; returns the bytes consumed.
    fn perl_flags(&mut self, s: &[u8]) -> Result<usize, SyntaxError> {
        if s.len() > 4 && s[2] == b'P' && s[3] == b'<' {
            let Some(end) = s.iter().position(|&b| b == b'>') else {
                check_utf8(s)?;
                return err(ERR_INVALID_NAMED_CAPTURE, s);
            };
            let name = &s[4..end];
            check_utf8(name)?;
            let valid =
                !name.is_empty() && name.iter().all(|&b| b == b'_' || b.is_ascii_alphanumeric());
            if !valid {
                return err(ERR_INVALID_NAMED_CAPTURE, &s[..end + 1]);
            }
            let name = String::from_utf8_lossy(name).into_owned();
            self.open_capture(name);
            return Ok(end + 1);
        }
        let mut flags = self.flags;
        let mut negate = false;
        let mut saw_flag = false;
        let mut t = 2;
        while t < s.len() {
            let (c, n) = next_char(&s[t..])?;
            t += n;
            let on = !negate;
            match char::from_u32(c).unwrap_or('\0') {
                'i' => flags.fold = on,
                'm' => flags.multiline = on,
                's' => flags.dot_nl = on,
                'U' => flags.ungreedy = on,
                '-' if !negate => {
                    negate = true;
                    saw_flag = false;
                    continue;
                }
                ':' | ')' if !negate || saw_flag => {
                    if c == u32::from(b':') {
                        // The group restores the flags from before it.
                        self.open_plain();
                    }
                    self.flags = flags;
                    return Ok(t);
                }
                _ => break,
            }
            saw_flag = true;
        }
        err(ERR_INVALID_PERL_OP, &s[..t])
    }

    /// A backslash outside a class; returns the bytes consumed.
    fn escape_atom(&mut self, s: &[u8]) -> Result<usize, SyntaxError> {
        if let Some(&c) = s.get(1).filter(|_| self.perl) {
            let a = match c {
                b'A' => Some(Assert::BeginText),
                b'b' => Some(Assert::WordBoundary),
                b'B' => Some(Assert::NotWordBoundary),
                b'z' => Some(Assert::EndText),
                _ => None,
            };
            if let Some(a) = a {
                self.push(Node::Assert(a));
                return Ok(2);
            }
            if c == b'C' {
                return err(ERR_INVALID_ESCAPE, &s[..2]);
            }
            if c == b'Q' {
                // Everything up to \E (or the end) is literal.
                let body = &s[2..];
                let (lit, used) = match find(body, b"\\E") {
                    Some(i) => (&body[..i], 2 + i + 2),
                    None => (body, s.len()),
                };
                let mut i = 0;
                while i < lit.len() {
                    let (ch, n) = next_char(&lit[i..])?;
                    self.literal(ch);
                    i += n;
                }
                return Ok(used);
            }
        }
        if let Some((item, n)) = self.unicode_class(s)? {
            let fold = self.flags.fold;
            self.push(Node::Class {
                items: vec![item],
                negated: false,
                fold,
            });
            return Ok(n);
        }
        if let Some((g, neg)) = perl_group(s).filter(|_| self.perl) {
            let fold = self.flags.fold;
            self.push(Node::Class {
                items: vec![Item::Ascii(g, neg)],
                negated: false,
                fold,
            });
            return Ok(2);
        }
        let (c, n) = parse_escape(s)?;
        self.literal(c);
        Ok(n)
    }

    /// `\pN`, `\p{Name}`, `\PN`, `\P{^Name}` at the start of s.
    fn unicode_class(&self, s: &[u8]) -> Result<Option<(Item, usize)>, SyntaxError> {
        if !self.perl || s.len() < 2 || s[0] != b'\\' || (s[1] != b'p' && s[1] != b'P') {
            return Ok(None);
        }
        let mut negated = s[1] == b'P';
        if s.len() == 2 {
            // No name at all.
            return err(ERR_INVALID_CHAR_RANGE, s);
        }
        let (c, n) = next_char(&s[2..])?;
        let (seq_len, name): (usize, &[u8]) = if c != u32::from(b'{') {
            (2 + n, &s[2..2 + n])
        } else {
            let Some(end) = s.iter().position(|&b| b == b'}') else {
                check_utf8(s)?;
                return err(ERR_INVALID_CHAR_RANGE, s);
            };
            let name = &s[3..end];
            check_utf8(name)?;
            (end + 1, name)
        };
        let mut name = name;
        if name.first() == Some(&b'^') {
            negated = !negated;
            name = &name[1..];
        }
        match names::unicode_name(name) {
            Some(known) => Ok(Some((Item::Unicode(known, negated), seq_len))),
            None => err(ERR_INVALID_CHAR_RANGE, &s[..seq_len]),
        }
    }

    /// A bracketed class at the start of s; returns the bytes consumed.
    fn class(&mut self, s: &[u8]) -> Result<usize, SyntaxError> {
        let mut t = 1;
        let mut negated = false;
        if s.get(1) == Some(&b'^') {
            negated = true;
            t = 2;
        }
        let fold = self.flags.fold;
        let mut items = Vec::new();
        if negated && !self.perl {
            // Without Perl's flags a negated class leaves out the newline.
            items.push(Item::Range(10, 10));
        }
        let mut first = true;
        while t >= s.len() || s[t] != b']' || first {
            let rest = &s[t.min(s.len())..];
            // POSIX: a `-` only first or last in the class.
            if !self.perl && !first && rest.first() == Some(&b'-') && rest.get(1) != Some(&b']') {
                let n = if rest.len() > 1 {
                    next_char(&rest[1..]).map_or(1, |(_, n)| n)
                } else {
                    0
                };
                return err(ERR_INVALID_CHAR_RANGE, &rest[..1 + n]);
            }
            first = false;
            let rest = &s[t.min(s.len())..];
            if rest.len() > 2 && rest[0] == b'[' && rest[1] == b':' {
                if let Some(close) = find(&rest[2..], b":]") {
                    let name = &rest[..close + 4];
                    match names::posix_group(name) {
                        Some((g, neg)) => {
                            items.push(Item::Ascii(g, neg));
                            t += name.len();
                            continue;
                        }
                        None => return err(ERR_INVALID_CHAR_RANGE, name),
                    }
                }
            }
            if let Some((item, n)) = self.unicode_class(rest)? {
                items.push(item);
                t += n;
                continue;
            }
            if let Some((g, neg)) = perl_group(rest).filter(|_| self.perl) {
                items.push(Item::Ascii(g, neg));
                t += 2;
                continue;
            }
            let (lo, n) = class_char(rest, s)?;
            let mut hi = lo;
            let mut used = n;
            if rest.len() >= n + 2 && rest[n] == b'-' && rest[n + 1] != b']' {
                let (h, m) = class_char(&rest[n + 1..], s)?;
                used = n + 1 + m;
                hi = h;
                if hi < lo {
                    return err(ERR_INVALID_CHAR_RANGE, &rest[..used]);
                }
            }
            items.push(Item::Range(lo, hi));
            t += used;
        }
        t += 1;
        // A class of one character is that character (Go makes it a
        // literal, which matters for LiteralPrefix).
        if let [Item::Range(lo, hi)] = items[..] {
            if lo == hi && !negated {
                self.push(Node::Literal { c: lo, fold });
                return Ok(t);
            }
        }
        self.push(Node::Class {
            items,
            negated,
            fold,
        });
        Ok(t)
    }
}

/// `\d`, `\D`, `\s`, `\S`, `\w`, `\W` at the start of s.
fn perl_group(s: &[u8]) -> Option<(Group, bool)> {
    if s.len() < 2 || s[0] != b'\\' {
        return None;
    }
    names::perl_group(s[1])
}

/// One character of a class, escaped or not; a class running to the end
/// of the pattern is Go's missing-bracket error quoting the whole class.
fn class_char(s: &[u8], whole_class: &[u8]) -> Result<(u32, usize), SyntaxError> {
    match s.first() {
        None => err(ERR_MISSING_BRACKET, whole_class),
        Some(b'\\') => parse_escape(s),
        Some(_) => next_char(s),
    }
}

fn unhex(c: u32) -> Option<u32> {
    char::from_u32(c)?.to_digit(16)
}

/// A single-character escape at the start of s (s[0] is the backslash):
/// the character and the bytes consumed.
pub fn parse_escape(s: &[u8]) -> Result<(u32, usize), SyntaxError> {
    if s.len() < 2 {
        return err(ERR_TRAILING_BACKSLASH, b"");
    }
    let (c, n) = next_char(&s[1..])?;
    let mut t = 1 + n;
    let octal = |b: Option<&u8>| b.is_some_and(|b| (b'0'..=b'7').contains(b));
    let invalid = |t: usize| err(ERR_INVALID_ESCAPE, &s[..t]);
    match char::from_u32(c).unwrap_or('\0') {
        '1'..='7' if !octal(s.get(t)) => invalid(t),
        '0'..='7' => {
            let mut r = c - u32::from(b'0');
            for _ in 1..3 {
                if !octal(s.get(t)) {
                    break;
                }
                r = r * 8 + u32::from(s[t] - b'0');
                t += 1;
            }
            Ok((r, t))
        }
        'x' => {
            if t >= s.len() {
                return invalid(t);
            }
            let (c, n) = next_char(&s[t..])?;
            t += n;
            if c == u32::from(b'{') {
                let mut r: u32 = 0;
                let mut digits = 0;
                loop {
                    if t >= s.len() {
                        return invalid(t);
                    }
                    let (c, n) = next_char(&s[t..])?;
                    t += n;
                    if c == u32::from(b'}') {
                        break;
                    }
                    let Some(v) = unhex(c) else {
                        return invalid(t);
                    };
                    r = r * 16 + v;
                    if r > 0x10ffff {
                        return invalid(t);
                    }
                    digits += 1;
                }
                if digits == 0 {
                    return invalid(t);
                }
                return Ok((r, t));
            }
            let x = unhex(c);
            if t >= s.len() {
                return invalid(t);
            }
            let (c2, n2) = next_char(&s[t..])?;
            t += n2;
            match (x, unhex(c2)) {
                (Some(x), Some(y)) => Ok((x * 16 + y, t)),
                _ => invalid(t),
            }
        }
        'a' => Ok((7, t)),
        'f' => Ok((12, t)),
        'n' => Ok((10, t)),
        'r' => Ok((13, t)),
        't' => Ok((9, t)),
        'v' => Ok((11, t)),
        // Any other ASCII punctuation stands for itself.
        _ if c < 0x80 && !(c as u8).is_ascii_alphanumeric() => Ok((c, t)),
        _ => invalid(t),
    }
}
