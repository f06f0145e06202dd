// run

// A tree made in a temporary directory, then walked with filepath.Walk
// and WalkDir (order, SkipDir on a directory and on a file, an error that
// stops the walk), matched with Glob, and its links resolved with
// EvalSymlinks. Names are printed relative to the tree's root.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func main() {
	root, err := os.MkdirTemp("", "splitgo-walk-*")
	must(err)
	defer os.RemoveAll(root)
	rel := func(p string) string {
		r, err := filepath.Rel(root, p)
		must(err)
		return r
	}
	for _, d := range []string{"b/x", "a", "c/deep/er", ".hidden", "skip/inner"} {
		must(os.MkdirAll(filepath.Join(root, d), 0755))
	}
	for _, f := range []string{"z.txt", "a/1.go", "a/2.go", "a/3.txt", "b/x/y.go", "c/deep/er/f.go", ".hidden/h.go", "skip/s.go", "skip/inner/t.go"} {
		must(os.WriteFile(filepath.Join(root, f), []byte(f), 0644))
	}
	must(os.Symlink("a", filepath.Join(root, "link")))
	must(os.Symlink("../c/deep", filepath.Join(root, "b/up")))

	fmt.Println("Walk:")
	err = filepath.Walk(root, func(p string, info fs.FileInfo, err error) error {
		if err != nil {
			return err
		}
		size := info.Size()
		if info.IsDir() {
			size = -1 // depends on the file system
		}
		fmt.Println(" ", rel(p), info.Name() == filepath.Base(p), info.IsDir(), info.Mode()&fs.ModeSymlink != 0, size)
		if info.IsDir() && info.Name() == "skip" {
			return filepath.SkipDir
		}
		if info.Name() == "1.go" {
			return filepath.SkipDir // the rest of a/ is skipped
		}
		return nil
	})
	fmt.Println("Walk:", err)

	fmt.Println("WalkDir:")
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == ".hidden" {
			return filepath.SkipDir
		}
		info, ierr := d.Info()
		fmt.Println(" ", rel(p), d.Name() == filepath.Base(p), d.IsDir(), d.Type(), info.Mode().Type() == d.Type(), ierr)
		return nil
	})
	fmt.Println("WalkDir:", err)

	stop := errors.New("stop here")
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if filepath.Ext(p) == ".go" {
			return stop
		}
		return nil
	})
	fmt.Println("stopped:", err, err == stop)

	err = filepath.WalkDir(filepath.Join(root, "nothing"), func(p string, d fs.DirEntry, err error) error {
		fmt.Println("  called:", rel(p), d == nil, err != nil, errors.Is(err, fs.ErrNotExist))
		return err
	})
	fmt.Println("missing root:", err != nil)

	for _, pat := range []string{"*.txt", "a/*.go", "*/*.go", "*/*/*", "[ab]/*", "nope/*", "a/[", "*/x/y.go"} {
		m, err := filepath.Glob(filepath.Join(root, pat))
		names := []string{}
		for _, n := range m {
			names = append(names, rel(n))
		}
		fmt.Printf("Glob(%q) = %q %v %v\n", pat, names, m == nil, err)
	}

	for _, p := range []string{"link", "link/1.go", "b/up/er/f.go", "b/up/../x", "a/./1.go/", "missing", "link/.."} {
		got, err := filepath.EvalSymlinks(filepath.Join(root, p))
		if err == nil {
			got = rel(got)
		}
		fmt.Printf("EvalSymlinks(%q) = %q, %v\n", p, got, err != nil)
	}
	must(os.Chdir(root))
	got, err := filepath.EvalSymlinks("b/up/er")
	fmt.Println(got, err)
	got, err = filepath.EvalSymlinks("a/1.go/x")
	fmt.Println(got, err)
}
