// run

// fs.Glob and fs.Sub over os.DirFS: patterns across directories, bad
// patterns, subtrees whose errors name their own paths.
package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	root, err := os.MkdirTemp("", "globsub")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(root)
	for _, p := range []string{"a/x.go", "a/y.txt", "b/z.go", "b/c/w.go", "top.go", "[odd].go"} {
		full := filepath.Join(root, p)
		os.MkdirAll(filepath.Dir(full), 0o755)
		os.WriteFile(full, []byte(p), 0o644)
	}
	fsys := os.DirFS(root)
	for _, pat := range []string{"*.go", "*/*.go", "*/*/*.go", "a/*", "top.go", "nope.go", "[", "a/[x-", `\[odd\].go`, "?/?.txt"} {
		m, err := fs.Glob(fsys, pat)
		fmt.Printf("%-12s %q %v\n", pat, m, err)
	}
	sub, err := fs.Sub(fsys, "b")
	fmt.Println(err)
	m, err := fs.Glob(sub, "*/*.go")
	fmt.Println(m, err)
	m, err = fs.Glob(sub, ".")
	fmt.Println(m, err)
	data, err := fs.ReadFile(sub, "c/w.go")
	fmt.Printf("%s %v\n", data, err)
	_, err = fs.ReadFile(sub, "missing.go")
	fmt.Println(strings.Replace(fmt.Sprint(err), root, "ROOT", 1))
	_, err = sub.Open("../a/x.go")
	fmt.Println(err)
	entries, err := fs.ReadDir(sub, ".")
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir())
	}
	fmt.Println(err)
	deeper, err := fs.Sub(sub, "c")
	fmt.Println(err)
	_, err = fs.Stat(deeper, "none")
	fmt.Println(strings.Replace(fmt.Sprint(err), root, "ROOT", 1))
	_, err = fs.Sub(fsys, "/abs")
	fmt.Println(err)
	same, _ := fs.Sub(fsys, ".")
	fmt.Println(same == fsys)
	err = fs.WalkDir(sub, ".", func(p string, d fs.DirEntry, err error) error {
		fmt.Println("walk", p, d.IsDir(), err)
		return nil
	})
	fmt.Println(err)
}
