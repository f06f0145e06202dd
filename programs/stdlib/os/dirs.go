// run

// os's file-system API on a temporary directory the program makes:
// directories made (Mkdir, MkdirAll, MkdirTemp), files stat'ed, listed
// (ReadDir, File.ReadDir in turns, Readdirnames, Readdir), renamed,
// linked and removed (Remove, RemoveAll), the working directory, and gc's
// error texts, with the temporary root shown as $TMP.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
)

var root string

func show(err error) string {
	if err == nil {
		return "<nil>"
	}
	return strings.ReplaceAll(err.Error(), root, "$TMP")
}

func at(name string) string { return root + "/" + name }

func main() {
	var err error
	root, err = os.MkdirTemp("", "splitgo-os-*")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(root)
	info, err := os.Stat(root)
	fmt.Println(strings.HasPrefix(info.Name(), "splitgo-os-"), info.IsDir(), info.Mode(), err)

	fmt.Println(show(os.Mkdir(at("d"), 0755)))
	fmt.Println(show(os.Mkdir(at("d"), 0755)))
	fmt.Println(show(os.Mkdir(at("none/d"), 0755)))
	fmt.Println(show(os.MkdirAll(at("d/e/f/"), 0755)), show(os.MkdirAll(at("d/e"), 0755)))
	fmt.Println(show(os.WriteFile(at("file.txt"), []byte("hello, world\n"), 0644)))
	fmt.Println(show(os.MkdirAll(at("file.txt/sub"), 0755)))
	fmt.Println(show(os.MkdirAll(at("file.txt"), 0755)))
	os.WriteFile(at("d/b"), []byte("bb"), 0600)
	os.WriteFile(at("d/a"), nil, 0640)
	os.WriteFile(at("d/c"), []byte("c"), 0604)

	os.Chmod(at("file.txt"), 0644) // whatever the umask
	info, err = os.Stat(at("file.txt"))
	fmt.Println(info.Name(), info.Size(), info.Mode(), info.IsDir(), info.Mode().IsRegular(), info.ModTime().IsZero(), info.Sys() == nil || true, show(err))
	_, err = os.Stat(at("missing"))
	fmt.Println(show(err), os.IsNotExist(err), errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist), os.IsExist(err))
	var pe *os.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, strings.TrimPrefix(pe.Path, root), pe.Err)
	_, err = os.Lstat(at("missing/x"))
	fmt.Println(show(err))
	_, err = os.Stat(at("file.txt/x"))
	fmt.Println(show(err), os.IsNotExist(err))

	fmt.Println(show(os.Chmod(at("file.txt"), 0700)))
	info, _ = os.Stat(at("file.txt"))
	fmt.Println(info.Mode(), info.Mode().Perm())
	fmt.Println(show(os.Symlink("file.txt", at("ln"))))
	info, _ = os.Lstat(at("ln"))
	fmt.Println(info.Name(), info.Mode()&fs.ModeType == fs.ModeSymlink, info.Mode().Type())
	info, _ = os.Stat(at("ln"))
	fmt.Println(info.Name(), info.Mode(), info.Size())
	target, err := os.Readlink(at("ln"))
	fmt.Println(target, show(err))
	_, err = os.Readlink(at("file.txt"))
	fmt.Println(show(err))
	a, _ := os.Stat(at("ln"))
	b, _ := os.Stat(at("file.txt"))
	c, _ := os.Stat(at("d"))
	fmt.Println(os.SameFile(a, b), os.SameFile(a, c))

	entries, err := os.ReadDir(root)
	for _, e := range entries {
		info, ierr := e.Info()
		fmt.Println(" ", e.Name(), e.IsDir(), e.Type(), info.Name() == e.Name(), show(ierr))
	}
	fmt.Println(len(entries), show(err))
	entries, err = os.ReadDir(at("file.txt"))
	fmt.Println(len(entries), show(err))
	entries, err = os.ReadDir(at("missing"))
	fmt.Println(entries == nil, show(err))

	f, err := os.Open(at("d"))
	fmt.Println(show(err))
	total := 0
	for {
		list, err := f.ReadDir(2)
		total += len(list)
		if err != nil {
			fmt.Println(total, err == io.EOF, len(list))
			break
		}
	}
	list, err := f.ReadDir(-1)
	fmt.Println(len(list), list != nil, err)
	f.Seek(0, 0)
	names, err := f.Readdirnames(-1)
	fmt.Println(len(names), err)
	st, err := f.Stat()
	fmt.Println(st.Name(), st.IsDir(), err)
	f.Close()
	_, err = f.ReadDir(1)
	fmt.Println(show(err))
	_, err = f.Stat()
	fmt.Println(show(err))
	_, err = f.Seek(0, 0)
	fmt.Println(show(err))

	f, _ = os.Open(at("d"))
	infos, err := f.Readdir(0)
	f.Close()
	sizes := 0
	for _, i := range infos {
		if !i.IsDir() {
			sizes += int(i.Size())
		}
	}
	fmt.Println(len(infos), sizes, err)

	fmt.Println(show(os.Remove(at("d"))))
	fmt.Println(show(os.Remove(at("missing"))))
	fmt.Println(show(os.Rename(at("file.txt"), at("moved.txt"))))
	_, err = os.Stat(at("file.txt"))
	fmt.Println(os.IsNotExist(err))
	fmt.Println(show(os.Rename(at("missing"), at("x"))))
	err = os.Rename(at("moved.txt"), at("d"))
	var le *os.LinkError
	fmt.Println(show(err), errors.As(err, &le), le.Op, os.IsExist(err))
	fmt.Println(show(os.Link(at("moved.txt"), at("hard"))), show(os.Link(at("moved.txt"), at("hard"))))
	fmt.Println(show(os.Truncate(at("hard"), 5)))
	data, err := os.ReadFile(at("moved.txt"))
	fmt.Printf("%q %v\n", data, err)

	fmt.Println(show(os.RemoveAll(at("d"))), show(os.RemoveAll(at("d"))), show(os.RemoveAll(at("x/."))), show(os.RemoveAll("")))
	_, err = os.Stat(at("d"))
	fmt.Println(os.IsNotExist(err))

	tf, err := os.CreateTemp(root, "pre-*.txt")
	name := strings.TrimPrefix(tf.Name(), root+"/")
	fmt.Println(strings.HasPrefix(name, "pre-"), strings.HasSuffix(name, ".txt"), len(name) > 8, show(err))
	tf.WriteString("temp data")
	st, _ = tf.Stat()
	fmt.Println(st.Size(), st.Mode())
	pos, err := tf.Seek(-4, io.SeekEnd)
	buf := make([]byte, 10)
	n, _ := tf.Read(buf)
	fmt.Println(pos, err, string(buf[:n]))
	_, err = tf.Seek(-100, io.SeekStart)
	fmt.Println(strings.Replace(show(err), name, "NAME", 1))
	tf.Close()
	_, err = os.CreateTemp(root, "a/b*")
	fmt.Println(show(err))
	_, err = os.MkdirTemp(at("none"), "x")
	fmt.Println(show(err))
	_, err = os.MkdirTemp(root, "bad/*")
	fmt.Println(show(err))
	tdir, err := os.MkdirTemp(root, "dir")
	info, _ = os.Stat(tdir)
	fmt.Println(strings.HasPrefix(tdir, root+"/dir"), info.Mode(), show(err))

	wd, _ := os.Getwd()
	fmt.Println(show(os.Chdir(root)))
	here, err := os.Getwd()
	fmt.Println(here == root, err)
	fmt.Println(show(os.Chdir("none")))
	_, err = os.Stat("moved.txt")
	fmt.Println(err)
	os.Chdir(wd)

	fmt.Println(os.Setenv("SPLITGO_TEST_VAR", "v1"), os.Getenv("SPLITGO_TEST_VAR"))
	v, ok := os.LookupEnv("SPLITGO_TEST_VAR")
	fmt.Println(v, ok)
	found := false
	for _, kv := range os.Environ() {
		if kv == "SPLITGO_TEST_VAR=v1" {
			found = true
		}
	}
	fmt.Println(found)
	fmt.Println(os.Unsetenv("SPLITGO_TEST_VAR"))
	v, ok = os.LookupEnv("SPLITGO_TEST_VAR")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Setenv("", "x"), os.Setenv("A=B", "x"))
	host, err := os.Hostname()
	fmt.Println(host != "", err, os.Getpid() > 0, os.Getppid() > 0, os.Getuid() >= 0)
	fmt.Println(os.IsPathSeparator('/'), os.PathSeparator, os.PathListSeparator, os.DevNull)
}
