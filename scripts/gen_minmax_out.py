#!/usr/bin/env python3
"""Makes programs/lang/minmax_clear.out with gc 1.19, which has no min, max
or clear: it runs a twin of the program in which they are generic functions
that follow the spec (a NaN operand wins; min prefers -0 and max +0), and a
map is emptied NaN keys included. Run from the project root, with `go`."""

import os
import subprocess
import tempfile

TWIN_FUNCS = '''
type ordered interface {
	~int | ~uint8 | ~float64 | ~float32 | ~string
}

func mn[T ordered](xs ...T) T { return fold(true, xs) }
func mx[T ordered](xs ...T) T { return fold(false, xs) }

func fold[T ordered](isMin bool, xs []T) T {
	r := xs[0]
	for _, y := range xs[1:] {
		r = pick(isMin, r, y)
	}
	return r
}

func pick[T ordered](isMin bool, x, y T) T {
	if y != y {
		return y
	}
	if x != x {
		return x
	}
	if isMin && y < x || !isMin && y > x {
		return y
	}
	if x != y {
		return x
	}
	switch v := any(x).(type) {
	case float64:
		w := any(y).(float64)
		b := math.Float64bits(v) & math.Float64bits(w)
		if isMin {
			b = math.Float64bits(v) | math.Float64bits(w)
		}
		return any(math.Float64frombits(b)).(T)
	}
	return x
}

func clr[T any](s []T) {
	var z T
	for i := range s {
		s[i] = z
	}
}
'''

s = open('programs/lang/minmax_clear.go').read()
s = s.replace('min(', 'mn(').replace('max(', 'mx(')
s = s.replace('clear(m)\n', 'for k := range m {\n\t\tdelete(m, k)\n\t}\n'
              '\tif len(m) > 0 {\n\t\tm = map[float64]string{}\n\t}\n')
s = s.replace('clear(nm)\n', 'for k := range nm {\n\t\tdelete(nm, k)\n\t}\n')
s = s.replace('clear(', 'clr(') + TWIN_FUNCS
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'main.go')
    open(path, 'w').write(s)
    out = subprocess.run(['go', 'run', path], check=True, capture_output=True).stdout
open('programs/lang/minmax_clear.out', 'wb').write(out)
