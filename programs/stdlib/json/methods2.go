// run

// encoding/json: TextMarshaler keys on pointers, MarshalJSON output
// compacted and escaped, tagged embedded structs, omitempty on each kind,
// UnmarshalJSON and UnmarshalText on values, pointers and elements, key
// types, nested field paths in errors, and float and integer extremes.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
)

type K struct{ s string }

func (k *K) MarshalText() ([]byte, error) {
	if k == nil {
		return []byte("nilk"), nil
	}
	return []byte("k:" + k.s), nil
}

type HTMLish struct{}

func (HTMLish) MarshalJSON() ([]byte, error) { return []byte(` { "h" : "<&>" } `), nil }

type Tagged struct {
	Inner `json:"inner"`
	*Other
	Flag bool `json:",omitempty"`
	St   struct{ A int } `json:",omitempty"`
	M    map[string]int `json:"m,omitempty"`
	P    *int `json:"p,omitempty"`
}
type Inner struct{ A, B int }
type Other struct{ O string }

type Up struct{ V string }

func (u *Up) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		u.V = "was null"
		return nil
	}
	if b[0] != '"' {
		return errors.New("want a string, got " + string(b))
	}
	u.V = strings.ToUpper(string(b[1 : len(b)-1]))
	return nil
}

type WithUp struct {
	A Up
	B *Up
	C []Up
}

type TU struct{ n int }

func (t *TU) UnmarshalText(b []byte) error {
	t.n = len(b)
	return nil
}

func main() {
	b, err := json.Marshal(map[*K]int{{"a"}: 1, {"b"}: 2})
	fmt.Println(string(b), err)
	b, err = json.Marshal(map[string]interface{}{"<key>": HTMLish{}, "x": []HTMLish{{}}})
	fmt.Println(string(b), err)
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	enc.Encode(map[string]interface{}{"<key>": HTMLish{}})
	b, err = json.Marshal(Tagged{Inner: Inner{1, 2}})
	fmt.Println(string(b), err)
	b, err = json.Marshal(Tagged{Other: &Other{"o"}, Flag: true, M: map[string]int{"z": 1}})
	fmt.Println(string(b), err)
	var w WithUp
	fmt.Println(json.Unmarshal([]byte(`{"A":"abc","B":"def","C":["x",null]}`), &w), w.A, *w.B, w.C)
	fmt.Println(json.Unmarshal([]byte(`{"A":null,"B":null}`), &w), w.A, w.B)
	fmt.Println(json.Unmarshal([]byte(`{"A":5}`), &w))
	var tu TU
	fmt.Println(json.Unmarshal([]byte(`"hello"`), &tu), tu.n)
	fmt.Println(json.Unmarshal([]byte(`5`), &tu), tu.n)
	fmt.Println(json.Unmarshal([]byte(`[1]`), &tu), tu.n)
	var tum map[TU]int
	fmt.Println(json.Unmarshal([]byte(`{"abc":1}`), &tum), len(tum))
	var mk map[float64]int
	fmt.Println(json.Unmarshal([]byte(`{"1":1}`), &mk))
	fmt.Println(json.Marshal(map[float64]int{1: 1}))
	type Small struct {
		N int8 `json:"n"`
		U uint `json:"u"`
	}
	var sm []Small
	fmt.Println(json.Unmarshal([]byte(`[{"n":1},{"n":1000,"u":-1},{"u":"x"}]`), &sm), sm)
	var ms map[string]Small
	fmt.Println(json.Unmarshal([]byte(`{"a":{"n":[]}}`), &ms), ms)
	var nested struct {
		Outer struct {
			Mid struct {
				Leaf int `json:"leaf"`
			} `json:"mid"`
		} `json:"outer"`
	}
	fmt.Println(json.Unmarshal([]byte(`{"outer":{"mid":{"leaf":"s"}}}`), &nested))
	var mapin struct{ M map[string]int }
	fmt.Println(json.Unmarshal([]byte(`{"M":{"a":"s"}}`), &mapin))
	b, _ = json.Marshal([]float32{0.1, 1e-7, 1e21, 3.4e38, 16777216})
	fmt.Println(string(b))
	b, _ = json.Marshal([]float64{0.1, 1e20, 1e21, 123456789012345678, 5e-324, 1.7976931348623157e308, -1e-7})
	fmt.Println(string(b))
	b, _ = json.Marshal([]int64{-9223372036854775808})
	fmt.Println(string(b))
	b, _ = json.Marshal(struct {
		U uint64 `json:",string"`
		X interface{} `json:",string"`
	}{18446744073709551615, 5})
	fmt.Println(string(b))
}
