// run

// encoding/json: a Decoder fed one byte at a time, its offsets in the
// stream, tokens and their errors, More, decoding into what pointers and
// interfaces already hold, case-insensitive keys, the nesting limit, and
// the syntax errors of many malformed inputs.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

type oneByte struct{ r io.Reader }

func (o oneByte) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	return o.r.Read(p[:1])
}

type Pt struct{ X, Y int }

type Holder struct {
	Any  interface{}
	Ptr  *Pt
	List []*Pt
	Map  map[string]*Pt
}

type Lower struct {
	FooBar int
	Kelvin int `json:"k"`
}

type Emb2 struct {
	*Pt
	Z int
}

func main() {
	dec := json.NewDecoder(oneByte{strings.NewReader(`  {"X":1,"Y":2}  [1, 2]"s"  3.5 true null`)})
	for {
		var v interface{}
		err := dec.Decode(&v)
		if err != nil {
			fmt.Println("end:", err, dec.InputOffset())
			break
		}
		fmt.Printf("%T %v %d\n", v, v, dec.InputOffset())
	}
	dec = json.NewDecoder(strings.NewReader(`{"a":1} {"a":x}`))
	for i := 0; i < 3; i++ {
		var v map[string]int
		err := dec.Decode(&v)
		if se, ok := err.(*json.SyntaxError); ok {
			fmt.Println(v, err, se.Offset)
		} else {
			fmt.Println(v, err)
		}
	}
	dec = json.NewDecoder(strings.NewReader(`[1, "a"] {"k": [true, {"z": null}]} 7 ]`))
	for {
		t, err := dec.Token()
		if err != nil {
			fmt.Println("tok end:", err)
			break
		}
		fmt.Printf("%T:%v ", t, t)
	}
	fmt.Println()
	dec = json.NewDecoder(strings.NewReader(`[{"X":1},{"X":2,"Y":3}]`))
	t, err := dec.Token()
	fmt.Println(t, err)
	for dec.More() {
		var p Pt
		fmt.Println(dec.Decode(&p), p)
	}
	t, err = dec.Token()
	fmt.Println(t, err)
	t, err = dec.Token()
	fmt.Println(t, err)
	dec = json.NewDecoder(strings.NewReader(`{"a" 1}`))
	fmt.Println(dec.Token())
	fmt.Println(dec.Token())
	fmt.Println(dec.Token())

	h := Holder{Any: &Pt{1, 1}, Ptr: &Pt{2, 2}}
	keep := h.Any
	fmt.Println(json.Unmarshal([]byte(`{"Any":{"X":10},"Ptr":{"Y":20},"List":[{"X":1},null],"Map":{"a":{"Y":5},"b":null}}`), &h))
	fmt.Println(keep, h.Any, *h.Ptr, *h.List[0], h.List[1], *h.Map["a"], h.Map["b"])
	h.Any = Pt{3, 3}
	fmt.Println(json.Unmarshal([]byte(`{"Any":{"X":10}}`), &h), h.Any)
	var lw Lower
	fmt.Println(json.Unmarshal([]byte(`{"foobar":1,"FOOBAR":2,"K":3}`), &lw), lw)
	var e2 Emb2
	fmt.Println(json.Unmarshal([]byte(`{"X":4,"Z":5}`), &e2), *e2.Pt, e2.Z)
	b, _ := json.Marshal(Emb2{Z: 1})
	fmt.Println(string(b))
	var big interface{}
	fmt.Println(json.Unmarshal([]byte(`[12345678901234567890, 1.0, -0, 1E2, 0.1]`), &big), big)
	b, _ = json.Marshal(big)
	fmt.Println(string(b))
	deep := strings.Repeat("[", 10001) + strings.Repeat("]", 10001)
	err = json.Unmarshal([]byte(deep), &big)
	fmt.Println(err)
	fmt.Println(json.Valid([]byte(strings.Repeat("[", 100)+strings.Repeat("]", 100))))
	type S struct {
		A []int
		B map[string]int
	}
	s := S{A: []int{}, B: map[string]int{}}
	b, _ = json.MarshalIndent(s, "", "\t")
	fmt.Println(string(b))
	var ptrs []*int
	fmt.Println(json.Unmarshal([]byte(`[1,null,3]`), &ptrs), *ptrs[0], ptrs[1], *ptrs[2])
	var mm map[string]interface{}
	fmt.Println(json.Unmarshal([]byte(`{"a":1}`), &mm), json.Unmarshal([]byte(`{"b":2}`), &mm), mm)
	var f64 float64 = 5
	fmt.Println(json.Unmarshal([]byte(`null`), &f64), f64)
	var str string
	fmt.Println(json.Unmarshal([]byte(`"a\/b\u00e9\t"`), &str), str)
	fmt.Println(json.Unmarshal([]byte("\"\xff\""), &str), []byte(str))
	fmt.Println(json.Unmarshal([]byte(`{"a":1}x`), &mm))
	fmt.Println(json.Unmarshal([]byte("\"a\nb\""), &str))
	fmt.Println(json.Unmarshal([]byte(`"\u12"`), &str))
	fmt.Println(json.Unmarshal([]byte(`[1 2]`), &big))
	fmt.Println(json.Unmarshal([]byte(`{"a":1 "b":2}`), &big))
	fmt.Println(json.Unmarshal([]byte(`{1:2}`), &big))
	fmt.Println(json.Unmarshal([]byte(`nul`), &big))
	fmt.Println(json.Unmarshal([]byte(`falsy`), &big))
	fmt.Println(json.Unmarshal([]byte(`  `), &big))
	fmt.Println(json.Unmarshal([]byte("\x00"), &big))
	fmt.Println(json.Unmarshal([]byte("é"), &big))
	fmt.Println(json.Unmarshal([]byte(`'a'`), &big))
	fmt.Println(json.Unmarshal([]byte(`-01`), &big))
	fmt.Println(json.Unmarshal([]byte(`1.5e`), &big))
}
