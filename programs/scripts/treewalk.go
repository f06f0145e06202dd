// run

// Builds a small directory tree, walks it with filepath.WalkDir (skipping
// a directory), and totals file sizes per extension.
package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	root, err := os.MkdirTemp("", "walk")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(root)
	files := map[string]string{
		"a.txt":            "hello\n",
		"src/main.go":      "package main\n",
		"src/util/u.go":    "package util // helpers\n",
		"src/util/u_test.go": "package util\n",
		"docs/readme.md":   "# read me\n",
		".git/config":      "[core]\n",
	}
	for p, body := range files {
		full := filepath.Join(root, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			fmt.Println(err)
			return
		}
		if err := os.WriteFile(full, []byte(body), 0o644); err != nil {
			fmt.Println(err)
			return
		}
	}
	sizes := map[string]int64{}
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		if d.IsDir() {
			if strings.HasPrefix(d.Name(), ".") && path != root {
				fmt.Println("skip", rel)
				return filepath.SkipDir
			}
			fmt.Println("dir ", rel)
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		ext := filepath.Ext(path)
		sizes[ext] += info.Size()
		fmt.Printf("file %-20s %3d %v\n", rel, info.Size(), info.Mode())
		return nil
	})
	fmt.Println("walk error:", err)
	var exts []string
	for e := range sizes {
		exts = append(exts, e)
	}
	sort.Strings(exts)
	for _, e := range exts {
		fmt.Println(e, sizes[e])
	}
	matches, _ := filepath.Glob(filepath.Join(root, "src", "*", "*.go"))
	for _, m := range matches {
		fmt.Println("glob:", filepath.Base(m))
	}
	entries, _ := os.ReadDir(filepath.Join(root, "src"))
	for _, e := range entries {
		fmt.Println("entry:", e.Name(), e.IsDir())
	}
	_, err = os.ReadFile(filepath.Join(root, "missing.txt"))
	fmt.Println(strings.Replace(err.Error(), root, "ROOT", 1))
}
