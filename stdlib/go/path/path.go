// Package path works on slash-separated paths as text, the way URLs and
// the names of an io/fs file system spell them; it never asks the
// operating system (path/filepath does, for the system's own names).
package path

// Clean gives the shortest path naming the same file as p by lexical
// rules alone: runs of slashes become one, "." elements go, an element
// followed by ".." goes with it, ".." right after the root goes, and no
// slash ends the result unless it is the root "/". An empty result is ".".
func Clean(p string) string {
	if p == "" {
		return "."
	}
	rooted := p[0] == '/'
	// out holds the elements kept so far; floor is how much of it a ".."
	// may not remove (the root, or a leading run of "..").
	out := make([]byte, 0, len(p))
	if rooted {
		out = append(out, '/')
	}
	floor := len(out)
	for i := 0; i < len(p); {
		j := i
		for j < len(p) && p[j] != '/' {
			j++
		}
		elem := p[i:j]
		i = j + 1
		switch {
		case elem == "" || elem == ".":
		case elem == "..":
			if len(out) > floor {
				// Drop the last element and the slash before it.
				k := len(out) - 1
				for k > floor && out[k] != '/' {
					k--
				}
				out = out[:k]
			} else if !rooted {
				if len(out) > 0 {
					out = append(out, '/')
				}
				out = append(out, ".."...)
				floor = len(out)
			}
		default:
			if len(out) > 0 && out[len(out)-1] != '/' {
				out = append(out, '/')
			}
			out = append(out, elem...)
		}
	}
	if len(out) == 0 {
		return "."
	}
	return string(out)
}

// Split cuts p after its last slash: dir keeps the slash, file is the
// rest; with no slash dir is empty. dir+file == p always.
func Split(p string) (dir, file string) {
	i := lastSlash(p)
	return p[:i+1], p[i+1:]
}

// Join puts the non-empty elements together with slashes and cleans the
// result; with no non-empty element it is "".
func Join(elem ...string) string {
	size := 0
	for _, e := range elem {
		size += len(e) + 1
	}
	buf := make([]byte, 0, size)
	for _, e := range elem {
		if e == "" {
			continue
		}
		if len(buf) > 0 {
			buf = append(buf, '/')
		}
		buf = append(buf, e...)
	}
	if len(buf) == 0 {
		return ""
	}
	return Clean(string(buf))
}

// Ext is the extension of p's last element: from its last dot on, or ""
// when that element has no dot.
func Ext(p string) string {
	for i := len(p) - 1; i >= 0 && p[i] != '/'; i-- {
		if p[i] == '.' {
			return p[i:]
		}
	}
	return ""
}

// Base is the last element of p, trailing slashes ignored: "." for an
// empty p, "/" for a p of slashes only.
func Base(p string) string {
	if p == "" {
		return "."
	}
	end := len(p)
	for end > 0 && p[end-1] == '/' {
		end--
	}
	if end == 0 {
		return "/"
	}
	p = p[:end]
	return p[lastSlash(p)+1:]
}

// IsAbs reports whether p starts at the root.
func IsAbs(p string) bool {
	return len(p) > 0 && p[0] == '/'
}

// Dir is p without its last element, cleaned: "." when nothing is left,
// "/" for the root.
func Dir(p string) string {
	dir, _ := Split(p)
	return Clean(dir)
}

// lastSlash is the index of p's last '/', or -1.
func lastSlash(p string) int {
	i := len(p) - 1
	for i >= 0 && p[i] != '/' {
		i--
	}
	return i
}
