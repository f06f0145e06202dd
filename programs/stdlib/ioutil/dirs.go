// run

// ioutil's directory helpers: TempDir, TempFile and ReadDir (FileInfo
// values sorted by name), with gc's error for a missing directory.
package main

import (
	"fmt"
	"io/ioutil"
	"os"
	"strings"
)

func main() {
	dir, err := ioutil.TempDir("", "splitgo-ioutil")
	fmt.Println(err)
	defer os.RemoveAll(dir)
	for _, n := range []string{"b", "a", "c"} {
		f, err := ioutil.TempFile(dir, n+"-*")
		fmt.Println(err)
		f.WriteString(strings.Repeat(n, len(n)+2))
		f.Close()
	}
	os.Mkdir(dir+"/sub", 0755)
	list, err := ioutil.ReadDir(dir)
	for _, fi := range list {
		fmt.Println(fi.Name()[:1], fi.IsDir(), fi.Size() == 3 || fi.IsDir())
	}
	fmt.Println(len(list), err)
	list, err = ioutil.ReadDir(dir + "/none")
	fmt.Println(list == nil, strings.Replace(err.Error(), dir, "DIR", 1))
}
