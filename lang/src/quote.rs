//! Go's `strconv.Quote`: how gc prints string constants and struct tags in
//! messages.

/// strconv.Quote: `"` delimited, `\xNN` for bytes that are not UTF-8,
/// `\a \b \f \n \r \t \v \\ \"`, `\xNN` for other ASCII controls,
/// `\uNNNN`/`\UNNNNNNNN` for other unprintable code points, printable ones
/// as they are.
pub fn go_quote(s: &[u8]) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    let mut rest = s;
    while !rest.is_empty() {
        match std::str::from_utf8(rest) {
            Ok(valid) => {
                valid.chars().for_each(|c| quote_rune(&mut out, c));
                break;
            }
            Err(e) => {
                let n = e.valid_up_to();
                let valid = std::str::from_utf8(&rest[..n]).unwrap();
                valid.chars().for_each(|c| quote_rune(&mut out, c));
                // Go decodes each byte of a bad sequence as its own RuneError.
                let bad = e.error_len().unwrap_or(rest.len() - n);
                for b in &rest[n..n + bad] {
                    out.push_str(&format!("\\x{b:02x}"));
                }
                rest = &rest[n + bad..];
            }
        }
    }
    out.push('"');
    out
}

fn quote_rune(out: &mut String, c: char) {
    match c {
        '"' => out.push_str("\\\""),
        '\\' => out.push_str("\\\\"),
        _ if is_print(c) => out.push(c),
        '\x07' => out.push_str("\\a"),
        '\x08' => out.push_str("\\b"),
        '\x0c' => out.push_str("\\f"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        '\x0b' => out.push_str("\\v"),
        _ if c < ' ' || c == '\x7f' => out.push_str(&format!("\\x{:02x}", c as u32)),
        _ if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
        _ => out.push_str(&format!("\\U{:08x}", c as u32)),
    }
}

/// strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the
/// ASCII space. Outside ASCII this asks Rust's own table of printable
/// characters (the one `escape_debug` uses), which leaves out the same
/// categories (controls, formats, private use, unassigned, separators other
/// than space); placing the character second keeps combining marks, which
/// `escape_debug` escapes only at the start of a string.
fn is_print(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    let s = format!("a{c}");
    s.escape_debug().eq(s.chars())
}
