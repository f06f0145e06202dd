//! Running a compiled regexp over a Go string or byte slice with Go's
//! rules: input that is not valid UTF-8 reads as U+FFFD one byte at a
//! time, a search may start anywhere while still seeing the text before
//! it (for `^` and `\b`), and the loops of FindAll and ReplaceAll skip
//! empty matches as Go's do.
//!
//! The matching itself is the regex-automata crate's meta engine, whose
//! leftmost-first semantics are Go's. Go's Longest (leftmost-longest) is
//! built from it: the leftmost start from the ordinary search, the longest
//! end from a PikeVM that reports every match (`MatchKind::All`) anchored
//! there, and the groups (Go's: the first parse, in leftmost-first
//! order, that ends there) from a search forced to end there: the text
//! is cut one character after the end and the pattern must be followed
//! by exactly that character.

use regex_automata::nfa::thompson::pikevm::PikeVM;
use regex_automata::util::syntax;
use regex_automata::{meta, Anchored, Input, MatchKind};
use std::borrow::Cow;

/// One match: the (start, end) of the whole match and of every group,
/// None for a group that did not take part.
pub type Groups = Vec<Option<(usize, usize)>>;

/// A compiled regexp.
pub struct Prog {
    re: meta::Regex,
    longest: Option<Longest>,
}

struct Longest {
    all: PikeVM,
    /// The pattern followed by the end of the text, for a match that ends
    /// the input.
    at_end: meta::Regex,
    /// The pattern followed by one character and the end of the text: on
    /// the input cut one character after the match, it can only end where
    /// the match ends, and assertions there still see the next character.
    before_one: meta::Regex,
}

fn syntax_config() -> syntax::Config {
    // Go bounds nesting itself (parse.rs); the crate's default limit of
    // 250 would refuse patterns Go accepts.
    syntax::Config::new().nest_limit(20_000)
}

fn build_meta(pattern: &str) -> Result<meta::Regex, String> {
    meta::Builder::new()
        .syntax(syntax_config())
        .configure(meta::Config::new().nfa_size_limit(Some(1 << 28)))
        .build(pattern)
        .map_err(|e| e.to_string())
}

impl Prog {
    /// Compiles a pattern in the crate's syntax (from emit.rs).
    pub fn new(pattern: &str, longest: bool) -> Result<Prog, String> {
        let re = build_meta(pattern)?;
        let longest = if longest {
            let all = PikeVM::builder()
                .syntax(syntax_config())
                .configure(PikeVM::config().match_kind(MatchKind::All))
                .build(pattern)
                .map_err(|e| e.to_string())?;
            let at_end = build_meta(&format!(r"(?:{pattern})\z"))?;
            let before_one = build_meta(&format!(r"(?:{pattern})[\x{{0}}-\x{{10FFFF}}]\z"))?;
            Some(Longest {
                all,
                at_end,
                before_one,
            })
        } else {
            None
        };
        Ok(Prog { re, longest })
    }

    /// The leftmost match starting at or after `pos` (a char boundary of
    /// `text`, valid UTF-8): the whole match only unless `groups`.
    fn exec_at(&self, text: &[u8], pos: usize, groups: bool) -> Option<Groups> {
        let input = Input::new(text).range(pos..);
        let Some(lg) = &self.longest else {
            if !groups {
                let m = self.re.search(&input)?;
                return Some(vec![Some((m.start(), m.end()))]);
            }
            let mut caps = self.re.create_captures();
            self.re.search_captures(&input, &mut caps);
            return caps.is_match().then(|| spans(&caps));
        };
        let start = self.re.search(&input)?.start();
        let mut cache = lg.all.create_cache();
        let mut caps = lg.all.create_captures();
        let from = Input::new(text).range(start..).anchored(Anchored::Yes);
        lg.all.search(&mut cache, &from, &mut caps);
        let end = caps.get_match().map_or(start, |m| m.end());
        if !groups {
            return Some(vec![Some((start, end))]);
        }
        let (tail, cut_at) = match text.get(end) {
            None => (&lg.at_end, end),
            Some(&b) => (&lg.before_one, end + utf8_width(b)),
        };
        let cut = Input::new(&text[..cut_at])
            .range(start..)
            .anchored(Anchored::Yes);
        let mut tcaps = tail.create_captures();
        tail.search_captures(&cut, &mut tcaps);
        let mut g = if tcaps.is_match() {
            spans(&tcaps)
        } else {
            spans(&caps)
        };
        // The forced search's own span takes in the extra character.
        g[0] = Some((start, end));
        Some(g)
    }
}

/// The length of the UTF-8 sequence a (valid) leading byte starts.
fn utf8_width(b: u8) -> usize {
    match b {
        0..=0x7f => 1,
        0xf0.. => 4,
        0xe0.. => 3,
        _ => 2,
    }
}

fn spans(caps: &regex_automata::util::captures::Captures) -> Groups {
    (0..caps.group_len())
        .map(|i| caps.get_group(i).map(|s| (s.start, s.end)))
        .collect()
}

/// The input as the engine sees it: valid UTF-8, with each byte Go would
/// decode as an error replaced by U+FFFD, and the way back to the
/// caller's offsets.
pub struct Hay<'a> {
    text: Cow<'a, [u8]>,
    /// For repaired input, the original offset of every offset of `text`.
    back: Option<Vec<usize>>,
}

impl<'a> Hay<'a> {
    pub fn new(b: &'a [u8]) -> Hay<'a> {
        if std::str::from_utf8(b).is_ok() {
            return Hay {
                text: Cow::Borrowed(b),
                back: None,
            };
        }
        let mut text = Vec::with_capacity(b.len() + 16);
        let mut back = Vec::with_capacity(b.len() + 16);
        let mut i = 0;
        while i < b.len() {
            match std::str::from_utf8(&b[i..]) {
                Ok(_) => {
                    text.extend_from_slice(&b[i..]);
                    back.extend(i..b.len());
                    i = b.len();
                }
                Err(e) => {
                    let good = e.valid_up_to();
                    text.extend_from_slice(&b[i..i + good]);
                    back.extend(i..i + good);
                    i += good;
                    // Go decodes one bad byte at a time.
                    text.extend_from_slice("\u{fffd}".as_bytes());
                    back.extend([i, i, i]);
                    i += 1;
                }
            }
        }
        back.push(b.len());
        Hay {
            text: Cow::Owned(text),
            back: Some(back),
        }
    }

    fn orig(&self, at: usize) -> usize {
        match &self.back {
            None => at,
            Some(b) => b[at],
        }
    }

    fn to_orig(&self, g: Groups) -> Groups {
        g.into_iter()
            .map(|s| s.map(|(a, b)| (self.orig(a), self.orig(b))))
            .collect()
    }

    /// The width of the character at `pos`, 0 at the end.
    fn width(&self, pos: usize) -> usize {
        self.text.get(pos).map_or(0, |&b| utf8_width(b))
    }
}

/// The leftmost match in the whole input.
pub fn first(p: &Prog, hay: &Hay<'_>, groups: bool) -> Option<Groups> {
    p.exec_at(&hay.text, 0, groups).map(|g| hay.to_orig(g))
}

/// Go's FindAll loop: up to `n` successive matches, an empty match right
/// after the previous match left out.
pub fn all(p: &Prog, hay: &Hay<'_>, n: usize, groups: bool) -> Vec<Groups> {
    let end = hay.text.len();
    let mut out = Vec::new();
    let mut pos = 0;
    let mut prev_end = None;
    while out.len() < n && pos <= end {
        let Some(m) = p.exec_at(&hay.text, pos, groups) else {
            break;
        };
        let (ms, me) = m[0].expect("a match has a span");
        let mut accept = true;
        if me == pos {
            if prev_end == Some(ms) {
                accept = false;
            }
            let w = hay.width(pos);
            pos = if w > 0 { pos + w } else { end + 1 };
        } else {
            pos = me;
        }
        prev_end = Some(me);
        if accept {
            out.push(hay.to_orig(m));
        }
    }
    out
}

/// Go's ReplaceAll loop: the matches that get replaced (an empty match
/// right after a replaced one does not).
pub fn replaced(p: &Prog, hay: &Hay<'_>, groups: bool) -> Vec<Groups> {
    let end = hay.text.len();
    let mut out = Vec::new();
    let mut last_end = 0;
    let mut search = 0;
    while search <= end {
        let Some(m) = p.exec_at(&hay.text, search, groups) else {
            break;
        };
        let (a0, a1) = m[0].expect("a match has a span");
        if a1 > last_end || a0 == 0 {
            out.push(hay.to_orig(m));
        }
        last_end = a1;
        let w = hay.width(search);
        if search + w > a1 {
            search += w;
        } else if search + 1 > a1 {
            search += 1;
        } else {
            search = a1;
        }
    }
    out
}
