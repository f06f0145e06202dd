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
