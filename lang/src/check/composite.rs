//! Composite literals: struct, array, slice and map literals, with elided
//! inner types (`[]T{{...}}`, `[]*T{{...}}`) and Go's checks on keys,
//! duplicates and element counts.

use super::operand::{Mode, Operand};
use super::Checker;
use crate::ast::{Element, Expr, ExprKind};
use crate::constant::ConstVal;
use crate::types::{Type, TypeId};

impl<'a, 'm> Checker<'a, 'm> {
    pub fn composite_lit(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand {
        let ExprKind::Composite { ty, elts, .. } = &e.kind else {
            unreachable!("composite_lit on a non-literal")
        };
        let mut op = self.invalid_operand(e.span, e.id);
        let t = match ty {
            Some(te) => {
                // [...]T: the length comes from the elements.
                if let ExprKind::ArrayType {
                    len: None,
                    dots: true,
                    elem,
                } = &te.kind
                {
                    let el = self.typ(elem);
                    let n = self.array_elements(el, elts, None);
                    let t = self.env.types.intern(Type::Array(n, el));
                    self.env.record(
                        te.id,
                        super::ExprInfo {
                            ty: t,
                            value: None,
                            is_type: true,
                        },
                    );
                    op.mode = Mode::Value;
                    op.ty = t;
                    self.record_op(&op);
                    return op;
                }
                self.typ(te)
            }
            None => match hint {
                Some(h) => h,
                None => {
                    self.error(e.span, "invalid composite literal type: missing type");
                    return op;
                }
            },
        };
        if self.env.types.is_invalid(t) {
            for el in elts {
                self.elt_value(&el.value, None);
            }
            return op;
        }
        // An elided `&T` inside a literal of []*T.
        let (lit_t, pointer) = match (ty, self.env.types.under(t)) {
            (None, Type::Pointer(p)) => (*p, true),
            _ => (t, false),
        };
        match self.env.types.under(lit_t).clone() {
            Type::Struct(fields) => self.struct_lit(e, lit_t, &fields, elts),
            Type::Array(n, el) => {
                self.array_elements(el, elts, Some(n));
            }
            Type::Slice(el) => {
                self.array_elements(el, elts, None);
            }
            Type::Map(k, v) => self.map_lit(k, v, elts),
            _ => {
                let ts = self.ts(lit_t);
                self.error(e.span, format!("invalid composite literal type {ts}"));
                for el in elts {
                    self.elt_value(&el.value, None);
                }
                return op;
            }
        }
        op.mode = Mode::Value;
        op.ty = if pointer { t } else { lit_t };
        self.record_op(&op);
        op
    }

    fn elt_value(&mut self, v: &'a Expr, t: Option<TypeId>) -> Operand {
        self.expr_hint(v, t)
    }

    fn struct_lit(
        &mut self,
        e: &'a Expr,
        t: TypeId,
        fields: &[crate::types::Field],
        elts: &'a [Element],
    ) {
        if elts.is_empty() {
            return;
        }
        let ts = self.ts(t);
        let keyed = elts[0].key.is_some();
        if let Some(odd) = elts.iter().find(|el| el.key.is_some() != keyed) {
            let _ = e;
            self.error(
                odd.key.as_ref().map_or(odd.value.span, |k| k.span),
                "mixture of field:value and value elements in struct literal",
            );
            for el in elts {
                self.elt_value(&el.value, None);
            }
            return;
        }
        if keyed {
            let mut seen: Vec<String> = Vec::new();
            for el in elts {
                let key = el.key.as_ref().expect("keyed");
                let ExprKind::Ident(name) = &key.kind else {
                    let s = self.text(key.span);
                    self.error(
                        key.span,
                        format!("invalid field name {s} in struct literal"),
                    );
                    self.elt_value(&el.value, None);
                    continue;
                };
                let Some(f) = fields.iter().find(|f| &f.name == name) else {
                    self.error(
                        key.span,
                        format!("unknown field {name} in struct literal of type {ts}"),
                    );
                    self.elt_value(&el.value, None);
                    continue;
                };
                if seen.contains(name) {
                    // gc points at the key's colon.
                    let colon = self.env.token_after(key.span.file, key.span.hi, 1);
                    self.error(
                        colon,
                        format!("duplicate field name {name} in struct literal"),
                    );
                }
                seen.push(name.clone());
                if f.pkg != self.pkg && !crate::types::lookup::is_exported(name) {
                    self.error(
                        key.span,
                        format!("unknown field {name} in struct literal of type {ts}"),
                    );
                    self.elt_value(&el.value, None);
                    continue;
                }
                let ft = f.ty;
                let mut v = self.field_value(&el.value, ft);
                self.assignment(&mut v, &el.value, ft, "struct literal");
            }
        } else {
            for (i, el) in elts.iter().enumerate() {
                let Some(f) = fields.get(i) else {
                    self.error(
                        el.value.span,
                        format!("too many values in struct literal of type {ts}"),
                    );
                    break;
                };
                if f.pkg != self.pkg && !crate::types::lookup::is_exported(&f.name) {
                    self.error(
                        el.value.span,
                        format!("implicit assignment to unexported field {} in struct literal of type {ts}", f.name),
                    );
                }
                let ft = f.ty;
                let mut v = self.field_value(&el.value, ft);
                self.assignment(&mut v, &el.value, ft, "struct literal");
            }
            if elts.len() < fields.len() {
                let at = crate::source::Span {
                    lo: e.span.hi - 1,
                    ..e.span
                };
                self.error(at, format!("too few values in struct literal of type {ts}"));
            }
        }
    }

    /// A struct field's value: unlike array, slice and map elements, it may
    /// not elide the type of a composite literal.
    fn field_value(&mut self, v: &'a Expr, t: TypeId) -> Operand {
        if let ExprKind::Composite { ty: None, .. } = &v.kind {
            self.error(
                v.span,
                "invalid composite literal type: missing type in composite literal",
            );
            return self.invalid_operand(v.span, v.id);
        }
        self.elt_value(v, Some(t))
    }

    /// Checks the elements of an array or slice literal; returns the length.
    fn array_elements(&mut self, el: TypeId, elts: &'a [Element], len: Option<u64>) -> u64 {
        let mut index: u64 = 0;
        let mut max: u64 = 0;
        let mut seen = std::collections::HashSet::new();
        for e in elts {
            if let Some(k) = &e.key {
                let bound = len;
                match self.index_value(k, bound) {
                    Some(Some(n)) => index = n as u64,
                    Some(None) => {
                        let s = self.text(k.span);
                        self.error(k.span, format!("index {s} must be integer constant"));
                    }
                    None => {}
                }
            } else if let Some(n) = len {
                if index >= n {
                    self.error(e.value.span, format!("index {index} out of bounds [0:{n}]"));
                }
            }
            if !seen.insert(index) {
                self.error(
                    e.key.as_ref().map_or(e.value.span, |k| k.span),
                    format!("duplicate index {index} in array or slice literal"),
                );
            }
            let mut v = self.elt_value(&e.value, Some(el));
            self.assignment(&mut v, &e.value, el, "array or slice literal");
            index += 1;
            max = max.max(index);
        }
        max
    }

    fn map_lit(&mut self, k: TypeId, v: TypeId, elts: &'a [Element]) {
        let mut seen: Vec<ConstVal> = Vec::new();
        for e in elts {
            let Some(key) = &e.key else {
                self.error(e.value.span, "missing key in map literal");
                self.elt_value(&e.value, Some(v));
                continue;
            };
            let mut ko = self.elt_value(key, Some(k));
            if self.assignment(&mut ko, key, k, "map literal") {
                if let Some(c) = ko.value() {
                    if !self.env.types.is_interface(k) {
                        if seen.contains(c) {
                            let s = self.text(key.span);
                            self.error(key.span, format!("duplicate key {s} in map literal"));
                        } else {
                            seen.push(c.clone());
                        }
                    }
                }
            }
            let mut vo = self.elt_value(&e.value, Some(v));
            self.assignment(&mut vo, &e.value, v, "map literal");
        }
    }
}
