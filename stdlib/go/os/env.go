package os

// The environment as a whole, and the process: ids, host name, home.

import "errors"

// Environ gives a copy of the environment, one "key=value" per variable.
func Environ() []string {
	all := environ()
	list := []string{}
	start := 0
	for i := 0; i < len(all); i++ {
		if all[i] == 0 {
			list = append(list, all[start:i])
			start = i + 1
		}
	}
	return list
}

// Setenv sets the environment variable key to value. A key that is empty
// or holds '=' or NUL, or a value with a NUL, is refused.
func Setenv(key, value string) error {
	if !validEnvKey(key) || hasNul(value) {
		return NewSyscallError("setenv", errno(22))
	}
	setenv(key, value)
	return nil
}

// Unsetenv removes the environment variable key.
func Unsetenv(key string) error {
	if validEnvKey(key) {
		unsetenv(key)
	}
	return nil
}

// Clearenv removes every environment variable.
func Clearenv() {
	for _, kv := range Environ() {
		for i := 1; i < len(kv); i++ {
			if kv[i] == '=' {
				unsetenv(kv[:i])
				break
			}
		}
	}
}

// validEnvKey reports whether the C library can hold key as a name.
func validEnvKey(key string) bool {
	if key == "" {
		return false
	}
	for _, c := range []byte(key) {
		if c == 0 || c == '=' {
			return false
		}
	}
	return true
}

// hasNul reports whether s holds a NUL byte.
func hasNul(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			return true
		}
	}
	return false
}

// Hostname gives the name the kernel reports for this machine.
func Hostname() (name string, err error) {
	b, err := ReadFile("/proc/sys/kernel/hostname")
	if err != nil {
		return "", err
	}
	if n := len(b); n > 0 && b[n-1] == '\n' {
		b = b[:n-1]
	}
	return string(b), nil
}

// UserHomeDir gives the user's home directory, $HOME.
func UserHomeDir() (string, error) {
	if home := Getenv("HOME"); home != "" {
		return home, nil
	}
	return "", errors.New("$HOME is not defined")
}

// UserCacheDir is where a user's cached data goes: $XDG_CACHE_HOME, else
// $HOME/.cache.
func UserCacheDir() (string, error) {
	return xdgDir("XDG_CACHE_HOME", "/.cache")
}

// UserConfigDir is where a user's configuration goes: $XDG_CONFIG_HOME,
// else $HOME/.config.
func UserConfigDir() (string, error) {
	return xdgDir("XDG_CONFIG_HOME", "/.config")
}

func xdgDir(variable, underHome string) (string, error) {
	if dir := Getenv(variable); dir != "" {
		return dir, nil
	}
	if home := Getenv("HOME"); home != "" {
		return home + underHome, nil
	}
	return "", errors.New("neither $" + variable + " nor $HOME are defined")
}

// ExpandEnv replaces $var and ${var} in s by the variables' values, ""
// for unset ones.
func ExpandEnv(s string) string {
	return Expand(s, Getenv)
}

// Expand replaces $name and ${name} in s by mapping(name). A name is a
// run of letters, digits and '_', or one of the shell's special
// characters (*#$@!?- and a digit). A '$' followed by no name stays;
// "${}" and an unclosed "${" are dropped.
func Expand(s string, mapping func(string) string) string {
	var out []byte
	copied := 0 // s[:copied] is in out already
	for i := 0; i+1 < len(s); i++ {
		if s[i] != '$' {
			continue
		}
		if out == nil {
			out = make([]byte, 0, 2*len(s))
		}
		out = append(out, s[copied:i]...)
		name, used := varName(s[i+1:])
		switch {
		case name != "":
			out = append(out, mapping(name)...)
		case used == 0:
			out = append(out, '$')
		}
		i += used
		copied = i + 1
	}
	if out == nil {
		return s
	}
	return string(out) + s[copied:]
}

// varName reads the name after a '$' at the start of s: the name, and how
// many bytes of s it took (a bad "${...}" takes bytes and gives "").
func varName(s string) (name string, used int) {
	if s[0] == '{' {
		if len(s) > 2 && shellSpecial(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for end := 1; end < len(s); end++ {
			if s[end] == '}' {
				if end == 1 {
					return "", 2
				}
				return s[1:end], end + 1
			}
		}
		return "", 1
	}
	if shellSpecial(s[0]) {
		return s[:1], 1
	}
	for used < len(s) && nameByte(s[used]) {
		used++
	}
	return s[:used], used
}

// shellSpecial reports whether c names one of the shell's special
// variables.
func shellSpecial(c byte) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-':
		return true
	}
	return '0' <= c && c <= '9'
}

// nameByte reports whether c may be part of a variable name.
func nameByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}
