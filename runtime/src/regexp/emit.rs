//! Writes a parsed Go regexp (parse.rs) in the syntax of the
//! regex-automata crate, spelling out every place where the crate's
//! defaults differ from Go's:
//! - `\d`, `\s`, `\w`, `\b`, `\B` and the POSIX classes are ASCII in Go,
//!   Unicode in the crate: they become explicit ASCII ranges and
//!   `(?-u:\b)`;
//! - `\p{Greek}` names a script in Go but the script extensions in the
//!   crate: scripts become `\p{sc=...}`, categories `\p{gc=...}`, and Go's
//!   `C` (no unassigned code points) the union of its parts;
//! - every literal character is written as `\x{..}` unless it is an ASCII
//!   letter or digit, so that no Go literal reads as crate syntax (`\<`);
//! - flags are resolved per node, so `^`, `$`, `.` and case folding are
//!   written with their meaning explicit.
//!
//! Surrogate code points, which Go's syntax allows in classes and
//! escapes but no input ever decodes to, are left out.
//!
//! Also here: LiteralPrefix, as Go derives it from its compiled program.

use super::names;
use super::parse::{Assert, Item, Node};
use std::fmt::Write;

const SURROGATES: (u32, u32) = (0xd800, 0xdfff);
const NOTHING: &str = r"[^\x{0}-\x{10FFFF}]";

/// The crate's pattern for a Go tree.
pub fn to_crate_syntax(node: &Node) -> String {
    let mut out = String::new();
    emit(node, &mut out);
    out
}

fn push_char(out: &mut String, c: u32) {
    if c < 0x80 && (c as u8).is_ascii_alphanumeric() {
        out.push(c as u8 as char);
    } else {
        let _ = write!(out, r"\x{{{c:X}}}");
    }
}

/// Ranges lo..=hi without the surrogates, as class members.
fn push_range(out: &mut String, lo: u32, hi: u32) {
    let (slo, shi) = SURROGATES;
    let mut parts = Vec::with_capacity(2);
    if lo < slo {
        parts.push((lo, hi.min(slo - 1)));
    }
    if hi > shi {
        parts.push((lo.max(shi + 1), hi));
    }
    for (a, b) in parts {
        if a > b {
            continue;
        }
        push_char(out, a);
        if b != a {
            out.push('-');
            push_char(out, b);
        }
    }
}

/// A Unicode name as class members (empty when it holds nothing).
fn push_unicode(out: &mut String, name: &str, negated: bool) {
    let body = match name {
        "Any" => r"\x{0}-\x{10FFFF}".to_string(),
        // Go's C is Cc, Cf, Co and Cs, without the unassigned Cn.
        "C" => r"\p{gc=Cc}\p{gc=Cf}\p{gc=Co}".to_string(),
        "Cs" => String::new(),
        n if names::is_category(n) => format!(r"\p{{gc={n}}}"),
        n => format!(r"\p{{sc={n}}}"),
    };
    push_set(out, &body, negated);
}

/// Class members `body`, or their complement as a nested class.
fn push_set(out: &mut String, body: &str, negated: bool) {
    match (body.is_empty(), negated) {
        (true, false) => {}
        (true, true) => out.push_str(r"\x{0}-\x{10FFFF}"),
        (false, false) => out.push_str(body),
        (false, true) => {
            out.push_str("[^");
            out.push_str(body);
            out.push(']');
        }
    }
}

fn push_item(out: &mut String, item: &Item) {
    match item {
        Item::Range(lo, hi) => push_range(out, *lo, *hi),
        Item::Ascii(g, negated) => {
            let mut body = String::new();
            for &(lo, hi) in g.iter() {
                push_range(&mut body, lo, hi);
            }
            push_set(out, &body, *negated);
        }
        Item::Unicode(name, negated) => push_unicode(out, name, *negated),
    }
}

/// Whether folding changes what a character matches (Go drops the fold
/// flag of such literals, and LiteralPrefix depends on it).
pub fn has_case(c: u32) -> bool {
    let Some(ch) = char::from_u32(c) else {
        return false;
    };
    let mut l = ch.to_lowercase();
    let mut u = ch.to_uppercase();
    let lower_same = l.next() == Some(ch) && l.next().is_none();
    let upper_same = u.next() == Some(ch) && u.next().is_none();
    !(lower_same && upper_same)
}

fn emit(node: &Node, out: &mut String) {
    match node {
        Node::Empty => out.push_str("(?:)"),
        Node::Literal { c, fold } => {
            if (SURROGATES.0..=SURROGATES.1).contains(c) {
                out.push_str(NOTHING);
            } else if *fold && has_case(*c) {
                out.push_str("(?i:");
                push_char(out, *c);
                out.push(')');
            } else {
                push_char(out, *c);
            }
        }
        Node::Class {
            items,
            negated,
            fold,
        } => {
            let mut body = String::new();
            for it in items {
                push_item(&mut body, it);
            }
            if *fold {
                out.push_str("(?i:");
            }
            match (body.is_empty(), negated) {
                (true, false) => out.push_str(NOTHING),
                (true, true) => out.push_str(r"[\x{0}-\x{10FFFF}]"),
                (false, _) => {
                    out.push_str(if *negated { "[^" } else { "[" });
                    out.push_str(&body);
                    out.push(']');
                }
            }
            if *fold {
                out.push(')');
            }
        }
        Node::Dot { nl } => out.push_str(if *nl { r"[\x{0}-\x{10FFFF}]" } else { r"[^\n]" }),
        Node::Assert(a) => out.push_str(match a {
            Assert::BeginLine => "(?m:^)",
            Assert::EndLine => "(?m:$)",
            Assert::BeginText => r"\A",
            Assert::EndText => r"\z",
            Assert::WordBoundary => r"(?-u:\b)",
            Assert::NotWordBoundary => r"(?-u:\B)",
        }),
        Node::Capture { sub, .. } => {
            out.push('(');
            emit(sub, out);
            out.push(')');
        }
        Node::Concat(v, _) => {
            for n in v {
                emit(n, out);
            }
        }
        Node::Alternate(v, _) => {
            out.push_str("(?:");
            for (i, n) in v.iter().enumerate() {
                if i > 0 {
                    out.push('|');
                }
                emit(n, out);
            }
            out.push(')');
        }
        Node::Repeat {
            min,
            max,
            greedy,
            sub,
            ..
        } => {
            out.push_str("(?:");
            emit(sub, out);
            out.push(')');
            match (min, max) {
                (0, None) => out.push('*'),
                (1, None) => out.push('+'),
                (0, Some(1)) => out.push('?'),
                (n, None) => {
                    let _ = write!(out, "{{{n},}}");
                }
                (n, Some(m)) if n == m => {
                    let _ = write!(out, "{{{n}}}");
                }
                (n, Some(m)) => {
                    let _ = write!(out, "{{{n},{m}}}");
                }
            }
            if !greedy {
                out.push('?');
            }
        }
    }
}

/// The elements a match starts with, in order, flattening groups and
/// concatenations as Go's compiled program runs through them; a
/// repetition of at least one copy contributes its first copies.
fn leading<'a>(node: &'a Node, out: &mut Vec<&'a Node>) -> bool {
    match node {
        n if matches_only_empty(n) => true,
        Node::Literal { .. } | Node::Assert(_) => {
            out.push(node);
            true
        }
        Node::Capture { sub, .. } => leading(sub, out),
        Node::Concat(v, _) => {
            for n in v {
                if !leading(n, out) {
                    return false;
                }
            }
            true
        }
        Node::Repeat { min, max, sub, .. } if *min >= 1 => {
            for _ in 0..*min {
                if !leading(sub, out) {
                    return false;
                }
            }
            // Only an exact count goes on to what follows.
            if *max == Some(*min) {
                true
            } else {
                out.push(node);
                false
            }
        }
        Node::Alternate(v, _) => {
            // Go's parser factors a literal text every branch starts with
            // out of the alternation.
            let heads: Vec<Vec<&Node>> = v.iter().map(literal_head).collect();
            let shortest = heads.iter().map(Vec::len).min().unwrap_or(0);
            let common = (0..shortest)
                .take_while(|&i| heads.iter().all(|h| h[i] == heads[0][i]))
                .count();
            out.extend(&heads[0][..common]);
            let whole = |b: &Node| match b {
                Node::Empty => common == 0,
                Node::Literal { .. } => common == 1,
                Node::Concat(items, _) => items.len() == common,
                _ => false,
            };
            // Identical literal branches leave nothing to alternate.
            if v.iter().all(whole) {
                return true;
            }
            out.push(node);
            false
        }
        other => {
            out.push(other);
            false
        }
    }
}

/// Whether Go simplifies the node to the empty match: `x{0}`, and any
/// repetition of what can only be empty.
fn matches_only_empty(node: &Node) -> bool {
    match node {
        Node::Empty | Node::Repeat { max: Some(0), .. } => true,
        Node::Repeat { sub, .. } => matches_only_empty(sub),
        _ => false,
    }
}

/// The literal characters a branch starts with, as Go's parser sees its
/// leading literal text (a group ends it).
fn literal_head(node: &Node) -> Vec<&Node> {
    match node {
        Node::Literal { .. } => vec![node],
        Node::Concat(v, _) => v
            .iter()
            .take_while(|n| matches!(n, Node::Literal { .. }))
            .collect(),
        _ => Vec::new(),
    }
}

/// Go's LiteralPrefix: the literal text every match begins with, and
/// whether that text is the whole regexp.
pub fn literal_prefix(node: &Node) -> (String, bool) {
    let mut seq = Vec::new();
    let whole = leading(node, &mut seq);
    let is_lit = |n: &Node| match n {
        Node::Literal { c, fold } => {
            (!*fold || !has_case(*c)) && *c != 0xfffd && !(SURROGATES.0..=SURROGATES.1).contains(c)
        }
        _ => false,
    };
    let lit = |n: &Node| match n {
        Node::Literal { c, .. } => char::from_u32(*c).unwrap_or('\u{fffd}'),
        _ => '\u{fffd}',
    };
    // A pattern anchored at both ends of the text: Go's one-pass form
    // (assumed one-pass), whose prefix follows the anchor and is complete
    // only when the end anchor comes right after it.
    if let Some(Node::Assert(Assert::BeginText)) = seq.first() {
        // Go's one-pass form needs the end anchored too; without it the
        // program starts with the anchor and has no literal prefix. With
        // it, the prefix is the literals right after the anchor (a group
        // ends it), complete when the end anchor follows them and ends
        // the pattern.
        let Node::Concat(v, _) = node else {
            return (String::new(), false);
        };
        if !matches!(v.last(), Some(Node::Assert(Assert::EndText))) {
            return (String::new(), false);
        }
        let rest = &v[1..];
        let n = rest.iter().take_while(|n| is_lit(n)).count();
        let prefix: String = rest[..n].iter().map(lit).collect();
        let complete = n > 0 && rest.len() == n + 1;
        return (prefix, complete);
    }
    let n = seq.iter().take_while(|n| is_lit(n)).count();
    let prefix: String = seq[..n].iter().map(|n| lit(n)).collect();
    (prefix, whole && n == seq.len())
}
