// run

// encoding/json: []byte as base64 (encoding/base64) both ways, named byte
// slices, byte arrays as numbers, empty and nil slices, and the decoding
// errors of bad base64 text.
package main

import (
	"encoding/json"
	"fmt"
)

type B []byte

type Msg struct {
	Data  []byte
	Named B
	Arr   [3]byte
	Empty []byte
	Nil   []byte
}

func main() {
	for _, n := range []int{0, 1, 2, 3, 4, 5, 100} {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(i*37 + 1)
		}
		out, err := json.Marshal(b)
		fmt.Println(string(out), err)
		var back []byte
		fmt.Println(json.Unmarshal(out, &back), string(back) == string(b))
	}
	out, _ := json.Marshal(Msg{Data: []byte("hello, world"), Named: B("xy"), Arr: [3]byte{1, 2, 3}, Empty: []byte{}})
	fmt.Println(string(out))
	var m Msg
	fmt.Println(json.Unmarshal(out, &m), string(m.Data), string(m.Named), m.Arr, m.Empty == nil, m.Nil == nil)
	for _, s := range []string{`"aGk="`, `"aGk"`, `"a$k="`, `"aG\nk="`, `"aGk=="`, `""`, `"YWJj\r\nZGVm"`} {
		var b []byte
		err := json.Unmarshal([]byte(s), &b)
		fmt.Printf("%s => %q %v %T\n", s, b, err, err)
	}
}
