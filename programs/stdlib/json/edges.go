// run

// encoding/json: field-name conflicts among embedded structs, cycles,
// NaN and infinities, the ",string" option both ways, []byte as base64,
// arrays and slices reused, pointers, Number, RawMessage, unsupported
// types, null, and how mismatches name the field.
package main

import (
	"encoding/json"
	"fmt"
	"math"
)

type A struct {
	X int
	Y int `json:"y"`
}
type B struct {
	X int
	Y int
	Z int
}
type C struct {
	A
	B
	Z int `json:"Z"`
}

type D1 struct{ Name string }
type D2 struct{ Name string }
type Deep struct {
	D1
	Inner struct{ D2 }
}

type Node struct {
	V    int
	Next *Node
}

type Q struct {
	I  int     `json:",string"`
	F  float32 `json:"f,string"`
	S  string  `json:"s,string"`
	P  *int    `json:"p,string"`
	B  bool    `json:",string,omitempty"`
	U  uint8   `json:"u,omitempty"`
	Ar [2]byte
	By []byte
	Ns []string
	Es []string `json:"es,omitempty"`
	Mp map[string]int `json:",omitempty"`
	If interface{} `json:"if,omitempty"`
	T  struct{} `json:"t,omitempty"`
	Weird int `json:"a\"b"`
	Uni int `json:"ünï"`
	Dash int `json:"-,"`
}

type Self interface{}

func main() {
	b, err := json.Marshal(C{A{1, 2}, B{3, 4, 5}, 6})
	fmt.Println(string(b), err)
	var c C
	fmt.Println(json.Unmarshal([]byte(`{"X":9,"y":8,"Y":7,"Z":6}`), &c), c)
	b, err = json.Marshal(Deep{D1{"a"}, struct{ D2 }{D2{"b"}}})
	fmt.Println(string(b), err)
	n := &Node{V: 1}
	n.Next = n
	_, err = json.Marshal(n)
	fmt.Println(err)
	m := map[string]interface{}{}
	m["m"] = m
	_, err = json.Marshal(m)
	fmt.Println(err)
	fmt.Println(json.Marshal(math.NaN()))
	fmt.Println(json.Marshal(math.Inf(-1)))
	fmt.Println(json.Marshal(float32(math.Inf(1))))
	seven := 7
	b, err = json.Marshal(Q{I: 5, F: 1.25, S: "hi\"<", P: &seven, Ar: [2]byte{1, 2}, By: []byte{0, 255, 3}})
	fmt.Println(string(b), err)
	var q Q
	fmt.Println(json.Unmarshal(b, &q), q.I, q.F, q.S, *q.P, q.Ar, q.By, q.Ns == nil)
	fmt.Println(json.Unmarshal([]byte(`{"I":5}`), &q))
	fmt.Println(json.Unmarshal([]byte(`{"I":"x"}`), &q))
	fmt.Println(json.Unmarshal([]byte(`{"s":5}`), &q))
	fmt.Println(json.Unmarshal([]byte(`{"s":"5"}`), &q))
	fmt.Println(json.Unmarshal([]byte(`{"By":"!!"}`), &q))
	fmt.Println(json.Unmarshal([]byte(`{"Ns":["a",1]}`), &q))
	fmt.Println(json.Unmarshal([]byte(`{"Mp":{"a":"b"}}`), &q))
	var mi map[int]bool
	fmt.Println(json.Unmarshal([]byte(`{"1":true,"x":false}`), &mi), mi)
	var arr [2]int
	fmt.Println(json.Unmarshal([]byte(`[1,2,3]`), &arr), arr)
	fmt.Println(json.Unmarshal([]byte(`[7]`), &arr), arr)
	sl := []int{1, 2, 3, 4, 5}
	fmt.Println(json.Unmarshal([]byte(`[9,8]`), &sl), sl, len(sl), cap(sl))
	var sl2 []int
	fmt.Println(json.Unmarshal([]byte(`[]`), &sl2), sl2 == nil, len(sl2))
	fmt.Println(json.Unmarshal([]byte(`[1,2,3,4,5,6]`), &sl2), sl2, cap(sl2))
	var pp **int
	fmt.Println(json.Unmarshal([]byte(`3`), &pp), **pp)
	fmt.Println(json.Unmarshal([]byte(`null`), &pp), pp == nil)
	var ifc interface{} = &seven
	fmt.Println(json.Unmarshal([]byte(`42`), &ifc), seven)
	var f32 float32
	fmt.Println(json.Unmarshal([]byte(`1e40`), &f32), f32)
	var u8 uint8
	fmt.Println(json.Unmarshal([]byte(`-1`), &u8), u8)
	var num json.Number
	fmt.Println(json.Unmarshal([]byte(`"12x"`), &num), num)
	fmt.Println(json.Unmarshal([]byte(`-12.5e3`), &num), num)
	i64, err := num.Int64()
	fmt.Println(i64, err)
	f64, err := num.Float64()
	fmt.Println(f64, err)
	fmt.Println(json.Marshal(json.Number("bad")))
	fmt.Println(json.Marshal(struct{ N json.Number }{}))
	var raw struct {
		R json.RawMessage
		S string
	}
	fmt.Println(json.Unmarshal([]byte(`{"R": {"x" : [1, 2]}, "S":"s"}`), &raw), string(raw.R), raw.S)
	b, _ = json.Marshal(raw)
	fmt.Println(string(b))
	fmt.Println(json.Marshal(map[[2]int]int{}))
	fmt.Println(json.Marshal(struct{ F func() }{}))
	fmt.Println(json.Marshal(map[string]func(){}))
	fmt.Println(json.Marshal(complex(1, 2)))
	var anyv interface{}
	fmt.Println(json.Unmarshal([]byte(`[1e999]`), &anyv), anyv)
	fmt.Println(json.Unmarshal([]byte(` {"a" : [ ] , "b":{ }, "c":"\u0041\n"} `), &anyv), anyv)
	var in interface{ M() }
	fmt.Println(json.Unmarshal([]byte(`{}`), &in))
	fmt.Println(json.Unmarshal([]byte(`"s"`), &in))
	var st struct {
		A int
		a int
	}
	fmt.Println(json.Unmarshal([]byte(`{"a":5}`), &st), st.A, st.a)
	b, err = json.MarshalIndent(map[string]interface{}{"a": []interface{}{}, "b": map[string]int{"x": 1}, "c": nil}, "", "    ")
	fmt.Println(string(b), err)
	b, err = json.MarshalIndent([]int{}, ">", "-")
	fmt.Println(string(b), err)
	fmt.Println(json.Marshal(nil))
	fmt.Println(json.Marshal([]interface{}{nil, (*int)(nil), []int(nil), map[string]int(nil)}))
}
