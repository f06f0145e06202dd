//! Labels of one function: duplicates, unused labels, and the targets of
//! `break L`, `continue L` and `goto L`, including gc's rules that a goto
//! may not jump over a variable declaration or into a block.

use super::Checker;
use crate::ast::{self, BranchKind, Stmt, StmtKind};
use crate::source::Span;
use std::collections::HashMap;

struct LabelInfo {
    span: Span,
    /// Ids of the blocks enclosing the label, outermost first.
    path: Vec<u32>,
    /// Index of the labeled statement in its block.
    index: usize,
    used: bool,
}

struct Goto {
    name: String,
    span: Span,
    path: Vec<u32>,
    /// For each block on `path`, the index of the statement containing the goto.
    indexes: Vec<usize>,
}

#[derive(Default)]
struct Walk {
    labels: HashMap<String, LabelInfo>,
    gotos: Vec<Goto>,
    /// Block id -> (statement index -> span of a variable declaration).
    decls: HashMap<u32, Vec<(usize, Span)>>,
    next_block: u32,
    errors: Vec<(Span, String)>,
}

#[derive(Clone, Copy, PartialEq)]
enum Target {
    Loop,
    Other,
}

impl Walk {
    fn block(
        &mut self,
        stmts: &[Stmt],
        path: &mut Vec<u32>,
        idx: &mut Vec<usize>,
        encl: &mut Vec<(String, Target)>,
    ) {
        let id = self.next_block;
        self.next_block += 1;
        path.push(id);
        for (i, s) in stmts.iter().enumerate() {
            idx.push(i);
            self.stmt(s, i, path, idx, encl, id);
            idx.pop();
        }
        path.pop();
    }

    fn stmt(
        &mut self,
        s: &Stmt,
        i: usize,
        path: &mut Vec<u32>,
        idx: &mut Vec<usize>,
        encl: &mut Vec<(String, Target)>,
        block: u32,
    ) {
        match &s.kind {
            StmtKind::Labeled(l, inner) => {
                if l.name != "_" {
                    if let Some(prev) = self.labels.get(&l.name) {
                        let _ = prev.span;
                        self.errors
                            .push((l.span, format!("label {} already defined", l.name)));
                    } else {
                        self.labels.insert(
                            l.name.clone(),
                            LabelInfo {
                                span: l.span,
                                path: path.clone(),
                                index: i,
                                used: false,
                            },
                        );
                    }
                }
                let target = match inner.kind {
                    StmtKind::For { .. } | StmtKind::Range { .. } => Some(Target::Loop),
                    StmtKind::Switch { .. } | StmtKind::TypeSwitch { .. } | StmtKind::Select(_) => {
                        Some(Target::Other)
                    }
                    _ => None,
                };
                if let Some(t) = target {
                    encl.push((l.name.clone(), t));
                    self.stmt(inner, i, path, idx, encl, block);
                    encl.pop();
                } else {
                    self.stmt(inner, i, path, idx, encl, block);
                }
            }
            StmtKind::Decl(ast::Decl::Var(..)) | StmtKind::Define(..) => {
                self.decls.entry(block).or_default().push((i, s.span));
            }
            StmtKind::Branch(kind, Some(l)) => match kind {
                BranchKind::Goto => self.gotos.push(Goto {
                    name: l.name.clone(),
                    span: l.span,
                    path: path.clone(),
                    indexes: idx.clone(),
                }),
                BranchKind::Break | BranchKind::Continue => {
                    let word = if *kind == BranchKind::Break {
                        "break"
                    } else {
                        "continue"
                    };
                    match encl.iter().rev().find(|(n, _)| n == &l.name) {
                        Some((_, t)) => {
                            if *kind == BranchKind::Continue && *t != Target::Loop {
                                self.errors
                                    .push((l.span, format!("invalid continue label {}", l.name)));
                            }
                            if let Some(li) = self.labels.get_mut(&l.name) {
                                li.used = true;
                            }
                        }
                        None => {
                            if let Some(li) = self.labels.get_mut(&l.name) {
                                li.used = true;
                                self.errors
                                    .push((l.span, format!("invalid {word} label {}", l.name)));
                            } else {
                                self.errors.push((
                                    l.span,
                                    format!("{word} label not defined: {}", l.name),
                                ));
                            }
                        }
                    }
                }
                BranchKind::Fallthrough => {}
            },
            StmtKind::Block(b) => self.block(&b.stmts, path, idx, encl),
            StmtKind::If { then, els, .. } => {
                self.block(&then.stmts, path, idx, encl);
                if let Some(e) = els {
                    self.nested(e, path, idx, encl);
                }
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                self.block(&body.stmts, path, idx, encl)
            }
            StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
                for c in body {
                    self.block(&c.body, path, idx, encl);
                }
            }
            StmtKind::Select(cs) => {
                for c in cs {
                    self.block(&c.body, path, idx, encl);
                }
            }
            _ => {}
        }
    }

    /// An else branch: a statement in its own implicit block.
    fn nested(
        &mut self,
        s: &Stmt,
        path: &mut Vec<u32>,
        idx: &mut Vec<usize>,
        encl: &mut Vec<(String, Target)>,
    ) {
        self.block(std::slice::from_ref(s), path, idx, encl);
    }
}

impl<'a, 'm> Checker<'a, 'm> {
    /// Checks the labels of a function body.
    pub fn check_labels(&mut self, body: &'a ast::Block) {
        let mut w = Walk::default();
        w.block(
            &body.stmts,
            &mut Vec::new(),
            &mut Vec::new(),
            &mut Vec::new(),
        );
        let gotos = std::mem::take(&mut w.gotos);
        for g in gotos {
            let Some(l) = w.labels.get_mut(&g.name) else {
                w.errors
                    .push((g.span, format!("label {} not defined", g.name)));
                continue;
            };
            l.used = true;
            let (lpath, lindex, lspan) = (l.path.clone(), l.index, l.span);
            if !g.path.starts_with(&lpath) {
                let (file, line, col) = self.env.map.position(lspan);
                let _ = (file, col);
                w.errors.push((
                    g.span,
                    format!("goto {} jumps into block starting at line {line}", g.name),
                ));
                continue;
            }
            // A forward jump in the label's block must not skip a declaration.
            let level = lpath.len() - 1;
            let from = g.indexes[level];
            let block = *lpath.last().expect("non-empty path");
            if lindex > from {
                if let Some(ds) = w.decls.get(&block) {
                    if let Some((_, span)) = ds.iter().find(|(i, _)| *i > from && *i < lindex) {
                        let (_, line, _) = self.env.map.position(*span);
                        w.errors.push((
                            g.span,
                            format!(
                                "goto {} jumps over variable declaration at line {line}",
                                g.name
                            ),
                        ));
                    }
                }
            }
        }
        for (name, l) in &w.labels {
            if !l.used {
                w.errors
                    .push((l.span, format!("label {name} defined and not used")));
            }
        }
        for (span, msg) in w.errors {
            self.error(span, msg);
        }
    }
}
