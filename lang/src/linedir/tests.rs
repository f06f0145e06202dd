use super::*;

fn scan(text: &str) -> Directives {
    let mut starts = vec![0];
    starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
    Directives::scan(text, &starts)
}

#[test]
fn only_comments_at_line_start_or_block_comments_count() {
    let d = scan("package p\n//line foo.go:10\nvar x\n  //line bar.go:3\n");
    assert_eq!(d.bases.len(), 1);
    assert_eq!(d.bases[0].at, 27);
    assert_eq!(d.bases[0].file.as_deref(), Some("foo.go"));
    assert!(scan("var s = `\n//line foo.go:1\n`").bases.is_empty());
    assert!(scan("// line foo.go:1\n//linefoo.go:1\n//line foo.go\n")
        .bases
        .is_empty());
    let d = scan("x /*line :10:2*/y");
    assert_eq!(
        (d.bases[0].at, d.bases[0].line, d.bases[0].col),
        (16, 10, 2)
    );
    assert_eq!(d.bases[0].file, None);
}

#[test]
fn maps_lines_and_columns() {
    let text = "a\n//line f.go:10\nb\nc\n  /*line :20:5*/D\nE /*line g.go:30*/ H\n";
    let d = scan(text);
    let m = |o: usize| {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        let p = line_col(text, &starts, o);
        let (f, l, c) = d.map(o, p);
        (f, l, c)
    };
    assert_eq!(m(0), (PosFile::Physical, 1, 1));
    let b = text.find('b').unwrap();
    assert_eq!(m(b), (PosFile::Named("f.go"), 10, 0));
    assert_eq!(m(b + 2), (PosFile::Named("f.go"), 11, 0));
    let dd = text.find('D').unwrap();
    assert_eq!(m(dd), (PosFile::Named("f.go"), 20, 5));
    let e = text.find('E').unwrap();
    assert_eq!(m(e), (PosFile::Named("f.go"), 21, 1));
    let h = text.find('H').unwrap();
    assert_eq!(m(h), (PosFile::Named("g.go"), 30, 0));
}

#[test]
fn invalid_directives_report_as_gc() {
    let msg = |t: &str| scan(t).errors.first().map(|(o, m)| (*o, m.clone()));
    assert_eq!(
        msg("//line f.go:x\n"),
        Some((12, "invalid line number: x".into()))
    );
    assert_eq!(
        msg("//line f.go:0\n"),
        Some((12, "invalid line number: 0".into()))
    );
    assert_eq!(
        msg("//line f.go:10:0\n"),
        Some((15, "invalid column number: 0".into()))
    );
    assert_eq!(
        msg("//line f.go:0:5\n"),
        Some((12, "invalid line number: 0".into()))
    );
    assert_eq!(
        msg("//line f.go:5 \n"),
        Some((12, "invalid line number: 5 ".into()))
    );
    assert_eq!(
        msg("//line f.go:1073741825\n"),
        Some((12, "invalid line number: 1073741825".into()))
    );
    assert_eq!(
        msg("/*line f.go:5\n*/"),
        Some((12, "invalid line number: 5\n".into()))
    );
    assert_eq!(msg("//line f.go:1073741824\n"), None);
    assert_eq!(msg("//line c:/foo/bar.go:987\n"), None);
    let d = scan("//line c:/foo/bar.go:987\n");
    assert_eq!(d.bases[0].file.as_deref(), Some("c:/foo/bar.go"));
    let d = scan("//line a:b:5:6\n");
    assert_eq!(d.bases[0].file.as_deref(), Some("a:b"));
    assert_eq!((d.bases[0].line, d.bases[0].col), (5, 6));
}

#[test]
fn a_name_is_kept_only_with_a_column() {
    let d = scan("//line f.go:1\n//line :2:3\n//line :4\n");
    let files: Vec<_> = d.bases.iter().map(|b| b.file.as_deref()).collect();
    assert_eq!(files, [Some("f.go"), Some("f.go"), Some("")]);
}
