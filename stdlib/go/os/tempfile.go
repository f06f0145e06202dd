package os

// Temporary files and directories with names no one else has taken.

import "errors"

// errPatternHasSeparator refuses a pattern that would leave dir.
var errPatternHasSeparator = errors.New("pattern contains path separator")

// tempTries bounds the names tried before giving up.
const tempTries = 10000

// splitPattern cuts pattern at its last '*': the random part goes there,
// or at the end when there is no star.
func splitPattern(pattern string) (prefix, suffix string, err error) {
	star := -1
	for at, c := range []byte(pattern) {
		if c == PathSeparator {
			return "", "", errPatternHasSeparator
		}
		if c == '*' {
			star = at
		}
	}
	if star < 0 {
		return pattern, "", nil
	}
	return pattern[:star], pattern[star+1:], nil
}

// inDir is name placed in directory dir.
func inDir(dir, name string) string {
	if dir != "" && dir[len(dir)-1] == PathSeparator {
		return dir + name
	}
	return dir + "/" + name
}

// randomDigits is a fresh random number in decimal, for a name.
func randomDigits() string {
	v := randomUint32()
	var b [10]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return string(b[i:])
}

// CreateTemp makes and opens for reading and writing a new file in dir
// (TempDir() when dir is ""), named by pattern with a random number in
// place of its last '*' (or after it). The caller removes it.
func CreateTemp(dir, pattern string) (*File, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := splitPattern(pattern)
	if err != nil {
		return nil, &PathError{Op: "createtemp", Path: pattern, Err: err}
	}
	prefix = inDir(dir, prefix)
	for try := 1; ; try++ {
		f, err := OpenFile(prefix+randomDigits()+suffix, O_RDWR|O_CREATE|O_EXCL, 0600)
		if !IsExist(err) {
			return f, err
		}
		if try == tempTries {
			return nil, &PathError{Op: "createtemp", Path: prefix + "*" + suffix, Err: ErrExist}
		}
	}
}

// MkdirTemp makes a new directory in dir (TempDir() when dir is ""),
// named as CreateTemp names files, with permissions 0700, and gives its
// name. The caller removes it.
func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := splitPattern(pattern)
	if err != nil {
		return "", &PathError{Op: "mkdirtemp", Path: pattern, Err: err}
	}
	prefix = inDir(dir, prefix)
	for try := 1; ; try++ {
		name := prefix + randomDigits() + suffix
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if !IsExist(err) {
			if IsNotExist(err) {
				// Say that dir itself is missing, when it is.
				if _, serr := Stat(dir); IsNotExist(serr) {
					return "", serr
				}
			}
			return "", err
		}
		if try == tempTries {
			return "", &PathError{Op: "mkdirtemp", Path: dir + string(PathSeparator) + prefix + "*" + suffix, Err: ErrExist}
		}
	}
}
