// run

// encoding/json: round trips of nested structs with tags, MarshalIndent,
// interface{} trees, the syntax errors with their offsets, and the
// argument, type and value errors of Marshal and Unmarshal.
package main

import (
	"encoding/json"
	"fmt"
)

type Inner struct {
	A int     `json:"a"`
	B string  `json:"b,omitempty"`
	C []int   `json:"c"`
	D float64 `json:"d,string"`
}

type Outer struct {
	Name  string
	In    Inner
	P     *Inner `json:"p,omitempty"`
	M     map[string]int
	Skip  int `json:"-"`
	Any   interface{}
	hidden int
}

func main() {
	o := Outer{Name: "x<y>&z", In: Inner{A: 1, C: []int{1, 2}, D: 2.5}, M: map[string]int{"b": 2, "a": 1}, Any: []interface{}{1.5, "s", nil, true}}
	b, err := json.Marshal(o)
	fmt.Println(string(b), err)
	var back Outer
	err = json.Unmarshal(b, &back)
	fmt.Printf("%+v %v\n", back, err)
	b, err = json.MarshalIndent(o, "", "  ")
	fmt.Println(string(b), err)
	var x interface{}
	err = json.Unmarshal([]byte(`{"a":[1,2,{"b":null}],"c":"d","e":1e300}`), &x)
	fmt.Println(x, err)
	for _, s := range []string{`x`, `{"a":1`, `[1,2,]`, `{"a" 1}`, `tru`, `"abc`, `1.x`, `[1] 2`, `{"a":"b\q"}`, `-`, `01`, `1e+`, ``} {
		err := json.Unmarshal([]byte(s), &x)
		if se, ok := err.(*json.SyntaxError); ok {
			fmt.Println(s, "=>", err, se.Offset)
		} else {
			fmt.Println(s, "=>", err)
		}
	}
	var t struct{ A int `json:"a"` }
	fmt.Println(json.Unmarshal([]byte(`{"a":"x"}`), &t))
	fmt.Println(json.Unmarshal([]byte(`{"a":1}`), t))
	fmt.Println(json.Unmarshal([]byte(`{"a":1}`), nil))
	fmt.Println(json.Marshal(make(chan int)))
	fmt.Println(json.Marshal([]float64{1, 1e21, 1e-7, 0.000001, 123456789, 1.5e-10, -0.0}))
	fmt.Println(json.Marshal(float32(3.14)))
}
