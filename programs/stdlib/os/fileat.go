// run

// os.File's offset reads and writes (ReadAt, WriteAt, O_APPEND's
// refusal), Truncate, Sync, Chmod, Chtimes, File.Chdir, and Expand's
// syntax, with gc's errors; the temporary directory is shown as $TMP.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

func main() {
	root, err := os.MkdirTemp("", "splitgo-at-")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(root)
	show := func(err error) string {
		if err == nil {
			return "<nil>"
		}
		return strings.ReplaceAll(err.Error(), root, "$TMP")
	}
	name := root + "/f"
	f, _ := os.Create(name)
	f.WriteString("0123456789")
	n, err := f.WriteAt([]byte("abc"), 4)
	fmt.Println(n, err)
	buf := make([]byte, 4)
	n, err = f.ReadAt(buf, 2)
	fmt.Println(n, err, string(buf[:n]))
	n, err = f.ReadAt(buf, 8)
	fmt.Println(n, err == io.EOF, string(buf[:n]))
	_, err = f.ReadAt(buf, -1)
	fmt.Println(show(err))
	_, err = f.WriteAt(buf, -1)
	fmt.Println(show(err))
	fmt.Println(f.Truncate(6), f.Sync(), f.Chmod(0600))
	st, _ := f.Stat()
	fmt.Println(st.Size(), st.Mode())
	f.Close()
	fmt.Println(show(f.Sync()), show(f.Truncate(1)))
	_, err = f.ReadAt(buf, 0)
	fmt.Println(show(err))
	data, _ := os.ReadFile(name)
	fmt.Printf("%q\n", data)

	a, _ := os.OpenFile(name, os.O_WRONLY|os.O_APPEND, 0)
	_, err = a.WriteAt([]byte("x"), 0)
	fmt.Println(err)
	a.Close()

	when := time.Unix(981173106, 7000)
	fmt.Println(os.Chtimes(name, when, when))
	st, _ = os.Stat(name)
	fmt.Println(st.ModTime().Equal(when), st.ModTime().UnixNano())
	fmt.Println(show(os.Chtimes(root+"/none", when, when)))

	wd, _ := os.Getwd()
	d, _ := os.Open(root)
	fmt.Println(d.Chdir())
	here, _ := os.Getwd()
	fmt.Println(here == root)
	os.Chdir(wd)
	d.Close()

	os.Setenv("SPLITGO_X", "ex")
	os.Unsetenv("SPLITGO_UNSET")
	fmt.Println(os.ExpandEnv("a $SPLITGO_X ${SPLITGO_X}y $SPLITGO_UNSET. $ $$ ${} ${ end$"))
	fmt.Println(os.Expand("$1 ${2} ${*} $@ $name_1-x ${a b} ${unclosed", func(s string) string { return "<" + s + ">" }))
	fmt.Println(os.IsTimeout(os.ErrDeadlineExceeded), os.IsTimeout(os.ErrNotExist), os.ErrNoDeadline)
	fmt.Println(os.IsTimeout(&os.PathError{Op: "read", Path: "p", Err: os.ErrDeadlineExceeded}), errors.Is(os.ErrDeadlineExceeded, os.ErrDeadlineExceeded))
	fmt.Println(os.Getpagesize() > 0, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
	os.Setenv("XDG_CACHE_HOME", "/cache")
	os.Setenv("XDG_CONFIG_HOME", "")
	os.Setenv("HOME", "/home/u")
	c, err := os.UserCacheDir()
	fmt.Println(c, err)
	c, err = os.UserConfigDir()
	fmt.Println(c, err)
	os.Unsetenv("HOME")
	c, err = os.UserConfigDir()
	fmt.Printf("%q %v\n", c, err)
	_, err = os.UserHomeDir()
	fmt.Println(err)
}
