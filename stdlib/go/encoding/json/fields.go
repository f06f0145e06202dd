package json

// Which fields of a struct type JSON sees, under which names: the tag
// rules (`json:"name,opt,..."`, "-"), and the promotion of fields
// through embedded structs, where among fields of one name the
// shallowest wins, a tagged one beats an untagged one at the same
// depth, and two equally good ones hide each other. The result is
// computed once per type.

import (
	"reflect"
	"sort"
	"strings"
	"sync"
	"unicode"
)

// A jsonField is one member a struct type has in JSON.
type jsonField struct {
	name      string
	tagged    bool  // the name came from a tag
	index     []int // the path of field numbers from the outer struct
	typ       reflect.Type
	omitEmpty bool
	quoted    bool // the ",string" option applies
}

// structInfo is what a struct type looks like in JSON.
type structInfo struct {
	fields []jsonField // in the order of their index paths
	byName map[string]int
}

var fieldCache struct {
	sync.Mutex
	m map[reflect.Type]*structInfo
}

// fieldsOf returns t's JSON members, computing them the first time.
func fieldsOf(t reflect.Type) *structInfo {
	fieldCache.Lock()
	info := fieldCache.m[t]
	fieldCache.Unlock()
	if info != nil {
		return info
	}
	info = &structInfo{fields: collectFields(t), byName: map[string]int{}}
	for i, f := range info.fields {
		info.byName[f.name] = i
	}
	fieldCache.Lock()
	if fieldCache.m == nil {
		fieldCache.m = map[reflect.Type]*structInfo{}
	}
	fieldCache.m[t] = info
	fieldCache.Unlock()
	return info
}

// splitTag separates a json tag's name from its options.
func splitTag(tag string) (string, string) {
	name, opts, _ := strings.Cut(tag, ",")
	return name, opts
}

// hasOption reports whether the comma-separated opts include want.
func hasOption(opts, want string) bool {
	for opts != "" {
		var one string
		one, opts, _ = strings.Cut(opts, ",")
		if one == want {
			return true
		}
	}
	return false
}

// usableName reports whether a tag's name may be used as the key: any
// letters and digits, and the punctuation gc allows (no quote or
// backslash).
func usableName(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		switch {
		case strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", r):
		case unicode.IsLetter(r), unicode.IsDigit(r):
		default:
			return false
		}
	}
	return true
}

// quotable tells whether ",string" applies to values of kind k.
func quotable(k reflect.Kind) bool {
	return k == reflect.Bool || k == reflect.String || isFloat(k) || isSigned(k) || isUnsigned(k)
}

// pending is an embedded struct whose fields are still to be looked at.
type pending struct {
	typ   reflect.Type
	index []int
}

// collectFields walks t and its embedded structs one depth at a time
// and resolves the name conflicts.
func collectFields(t reflect.Type) []jsonField {
	var found []jsonField
	seen := map[reflect.Type]bool{}
	level := []pending{{typ: t}}
	// queued counts how often each struct of the level was reached:
	// reached twice at one depth, its fields conflict with themselves.
	queued := map[reflect.Type]int{}
	for len(level) > 0 {
		var deeper []pending
		nextQueued := map[reflect.Type]int{}
		for _, p := range level {
			if seen[p.typ] {
				continue
			}
			seen[p.typ] = true
			for i := 0; i < p.typ.NumField(); i++ {
				sf := p.typ.Field(i)
				if sf.Anonymous {
					inner := sf.Type
					if inner.Kind() == reflect.Pointer {
						inner = inner.Elem()
					}
					if !sf.IsExported() && inner.Kind() != reflect.Struct {
						continue
					}
				} else if !sf.IsExported() {
					continue
				}
				tag := sf.Tag.Get("json")
				if tag == "-" {
					continue
				}
				name, opts := splitTag(tag)
				if !usableName(name) {
					name = ""
				}
				index := append(append([]int(nil), p.index...), i)
				ft := sf.Type
				if ft.Kind() == reflect.Pointer && ft.Name() == "" {
					ft = ft.Elem()
				}
				if name == "" && sf.Anonymous && ft.Kind() == reflect.Struct {
					// An untagged embedded struct: its fields are
					// promoted, looked at one depth further down.
					nextQueued[ft]++
					if nextQueued[ft] == 1 {
						deeper = append(deeper, pending{ft, index})
					}
					continue
				}
				f := jsonField{
					name:      name,
					tagged:    name != "",
					index:     index,
					typ:       ft,
					omitEmpty: hasOption(opts, "omitempty"),
					quoted:    hasOption(opts, "string") && quotable(ft.Kind()),
				}
				if f.name == "" {
					f.name = sf.Name
				}
				found = append(found, f)
				if queued[p.typ] > 1 {
					// The twin makes the conflict visible below.
					found = append(found, f)
				}
			}
		}
		level = deeper
		queued = nextQueued
	}

	// Group by name, best first within a group: shallower, then
	// tagged, then earlier.
	sort.Slice(found, func(i, j int) bool {
		a, b := found[i], found[j]
		if a.name != b.name {
			return a.name < b.name
		}
		if len(a.index) != len(b.index) {
			return len(a.index) < len(b.index)
		}
		if a.tagged != b.tagged {
			return a.tagged
		}
		return indexBefore(a.index, b.index)
	})
	var kept []jsonField
	for i := 0; i < len(found); {
		j := i + 1
		for j < len(found) && found[j].name == found[i].name {
			j++
		}
		group := found[i:j]
		if len(group) == 1 || len(group[0].index) != len(group[1].index) || group[0].tagged != group[1].tagged {
			kept = append(kept, group[0])
		}
		i = j
	}
	sort.Slice(kept, func(i, j int) bool { return indexBefore(kept[i].index, kept[j].index) })
	return kept
}

// indexBefore orders index paths as the fields appear in the source.
func indexBefore(a, b []int) bool {
	for k := 0; k < len(a) && k < len(b); k++ {
		if a[k] != b[k] {
			return a[k] < b[k]
		}
	}
	return len(a) < len(b)
}

// lookupField finds the member named key: exactly, else ignoring case
// (the first in field order).
func (info *structInfo) lookupField(key []byte) *jsonField {
	if i, ok := info.byName[string(key)]; ok {
		return &info.fields[i]
	}
	k := string(key)
	for i := range info.fields {
		if strings.EqualFold(info.fields[i].name, k) {
			return &info.fields[i]
		}
	}
	return nil
}

// The kinds JSON writes as numbers.
func isSigned(k reflect.Kind) bool   { return reflect.Int <= k && k <= reflect.Int64 }
func isUnsigned(k reflect.Kind) bool { return reflect.Uint <= k && k <= reflect.Uintptr }
func isFloat(k reflect.Kind) bool    { return k == reflect.Float32 || k == reflect.Float64 }
