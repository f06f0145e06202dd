// run

// Files by name: ioutil.WriteFile/ReadFile/ReadAll, os.OpenFile with
// O_APPEND and O_EXCL, reads through io, os.Remove, and gc's errors.
package main

import (
	"fmt"
	"io"
	"io/ioutil"
	"os"
	"strings"
)

func main() {
	dir := os.TempDir()
	name := dir + "/splitgo-stdlib-files-test.txt"
	err := ioutil.WriteFile(name, []byte("first line\nsecond line\n"), 0644)
	fmt.Println(err)
	data, err := ioutil.ReadFile(name)
	fmt.Printf("%q %v\n", data, err)
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_APPEND, 0)
	fmt.Println(err, f.Name() == name)
	n, err := f.WriteString(strings.Repeat("more ", 200))
	fmt.Println(n, err, f.Close(), f.Close() != nil)
	data, err = os.ReadFile(name)
	fmt.Println(len(data), err)
	f, _ = os.Open(name)
	buf := make([]byte, 7)
	n, err = io.ReadFull(f, buf)
	fmt.Printf("%d %v %q\n", n, err, buf)
	_, err = f.Write([]byte("x"))
	fmt.Println(err)
	all, err := ioutil.ReadAll(f)
	fmt.Println(len(all), err)
	f.Close()
	_, err = os.Open(dir + "/splitgo-no-such-file")
	fmt.Println(err)
	_, err = os.ReadFile(dir)
	fmt.Println(err != nil)
	_, err = os.OpenFile(name, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0600)
	fmt.Println(err != nil)
	fmt.Println(os.Remove(name))
	fmt.Println(os.Remove(name) != nil)
	err = os.Remove(dir + "/splitgo-no-such-file")
	fmt.Println(err)
	fmt.Println(os.FileMode(0644), os.FileMode(0755)|os.ModeDir, os.ModePerm, os.FileMode(0).IsRegular(), os.ModeDir.IsDir())
	n2, _ := ioutil.Discard.Write([]byte("abc"))
	fmt.Println(n2)
}
