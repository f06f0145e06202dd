// run

// io/fs over os.DirFS: fs.WalkDir (SkipDir, names relative to the FS),
// fs.ReadDir, fs.Stat, fs.ReadFile, ValidPath, and FileMode's String for
// every type bit.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func main() {
	root, err := os.MkdirTemp("", "splitgo-fs-*")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(root)
	os.MkdirAll(filepath.Join(root, "p/q"), 0755)
	os.MkdirAll(filepath.Join(root, "skipme/deeper"), 0755)
	os.WriteFile(filepath.Join(root, "p/q/r.txt"), []byte("r"), 0644)
	os.WriteFile(filepath.Join(root, "p/s.txt"), []byte("ss"), 0644)
	os.WriteFile(filepath.Join(root, "top"), []byte("top file\n"), 0644)
	os.WriteFile(filepath.Join(root, "skipme/x"), nil, 0644)

	fsys := os.DirFS(root)
	err = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fmt.Println(p, d.IsDir(), d.Type())
		if d.Name() == "skipme" {
			return fs.SkipDir
		}
		return nil
	})
	fmt.Println(err)
	err = fs.WalkDir(fsys, "nothing", func(p string, d fs.DirEntry, err error) error {
		fmt.Println(p, d == nil, err.(*fs.PathError).Op, errors.Is(err, fs.ErrNotExist))
		return nil
	})
	fmt.Println(err)
	list, err := fs.ReadDir(fsys, "p")
	for _, e := range list {
		fmt.Println(e.Name(), e.IsDir())
	}
	fmt.Println(err)
	info, err := fs.Stat(fsys, "p/s.txt")
	fmt.Println(info.Name(), info.Size(), err)
	data, err := fs.ReadFile(fsys, "top")
	fmt.Printf("%q %v\n", data, err)
	_, err = fsys.Open("../etc")
	fmt.Println(err)
	_, err = fs.Stat(fsys, "/abs")
	fmt.Println(err)

	for _, p := range []string{".", "", "a", "a/b", "/a", "a/", "a//b", "./a", "a/.", "a/..", "..", "x/../y", "a\\b", "\xff"} {
		fmt.Printf("%q:%v ", p, fs.ValidPath(p))
	}
	fmt.Println()
	modes := []fs.FileMode{0, 0644, 0755 | fs.ModeDir, fs.ModeSymlink | 0777, fs.ModeDevice | fs.ModeCharDevice | 0620,
		fs.ModeNamedPipe, fs.ModeSocket | 0700, fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky | 0755, fs.ModeAppend | fs.ModeExclusive | fs.ModeTemporary | 0600,
		fs.ModeIrregular, ^fs.FileMode(0)}
	for _, m := range modes {
		fmt.Println(m, m.IsDir(), m.IsRegular(), uint32(m.Perm()), uint32(m.Type()>>19))
	}
	fmt.Printf("%v %s %d\n", fs.ModeDir, fs.ModePerm, fs.ModeType)
	pe := &fs.PathError{Op: "op", Path: "p", Err: fs.ErrClosed}
	fmt.Println(pe, pe.Unwrap() == fs.ErrClosed, pe.Timeout())
	fmt.Println(fs.ErrInvalid, fs.ErrPermission, fs.ErrExist, fs.ErrNotExist, fs.ErrClosed, fs.SkipDir)
	fmt.Println(fs.ErrNotExist == os.ErrNotExist, filepath.SkipDir == fs.SkipDir)
}
