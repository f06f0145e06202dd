package reflect

// VisibleFields: the fields of a struct type that a selector can reach,
// promoted ones included, each with its path of indexes.

// VisibleFields lists the fields a selector on a value of struct type t
// can reach: its own fields and those promoted from embedded structs
// (through pointers too), outer ones before the ones they embed, in
// declaration order. A field shadowed by a shallower one of the same
// name, or ambiguous with one at its own depth, is left out; embedded
// fields themselves are listed.
func VisibleFields(t Type) []StructField {
	if t == nil {
		panic("reflect: VisibleFields(nil)")
	}
	if t.Kind() != Struct {
		panic("reflect.VisibleFields of non-struct type")
	}
	s := &fieldScan{at: map[string]int{}, open: map[*rtype]bool{}}
	s.scan(t.common(), nil)
	out := make([]StructField, 0, len(s.found))
	for i, f := range s.found {
		if !s.dropped[i] {
			out = append(out, f)
		}
	}
	return out
}

// fieldScan walks embedded structs depth first. found holds every field
// that was visible when met; dropped marks those a later field shadowed
// or made ambiguous; at maps a name to the entry that holds it.
type fieldScan struct {
	found   []StructField
	dropped []bool
	at      map[string]int
	open    map[*rtype]bool
}

func (s *fieldScan) scan(t *rtype, path []int) {
	// An embedded struct that embeds itself (through a pointer) is not
	// walked again inside itself.
	if s.open[t] {
		return
	}
	s.open[t] = true
	n := t.NumField()
	for i := 0; i < n; i++ {
		f := t.Field(i)
		here := append(append([]int(nil), path...), i)
		s.meet(f, here)
		if f.Anonymous {
			ft := f.Type.common()
			if ft.Kind() == Pointer {
				ft = ft.elem
			}
			if ft.Kind() == Struct {
				s.scan(ft, here)
			}
		}
	}
	delete(s.open, t)
}

// meet records field f found at path, against the field of that name
// seen before, if any: the shallower wins, equal depths cancel out.
func (s *fieldScan) meet(f StructField, path []int) {
	if k, seen := s.at[f.Name]; seen {
		depth := len(s.found[k].Index)
		if len(path) >= depth {
			if len(path) == depth {
				s.dropped[k] = true
			}
			return
		}
		s.dropped[k] = true
	}
	f.Index = path
	s.at[f.Name] = len(s.found)
	s.found = append(s.found, f)
	s.dropped = append(s.dropped, false)
}
