// run

// encoding/json: embedded structs, Marshaler and TextMarshaler types (as
// values, map keys, through pointers), their errors, Decoder over a stream
// of values and its tokens, Encoder settings, Compact, Indent, HTMLEscape
// and the escapes of strings both ways.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type Base struct {
	ID   int `json:"id"`
	Name string
}

type inner struct {
	Secret string
	Public int
}

type Named struct {
	Name string `json:"Name"`
}

type Emb struct {
	Base
	*inner
	Named
	Extra string `json:"extra,omitempty"`
}

type Temp float64

func (t Temp) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`{"celsius": %g}`, float64(t))), nil
}

func (t *Temp) UnmarshalJSON(b []byte) error {
	var v struct{ Celsius float64 }
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*t = Temp(v.Celsius)
	return nil
}

type Color int

func (c Color) MarshalText() ([]byte, error) {
	return []byte([]string{"red", "green", "blue"}[c]), nil
}

func (c *Color) UnmarshalText(b []byte) error {
	switch string(b) {
	case "red":
		*c = 0
	case "green":
		*c = 1
	case "blue":
		*c = 2
	default:
		return errors.New("bad color " + string(b))
	}
	return nil
}

type Bad struct{}

func (Bad) MarshalJSON() ([]byte, error) { return []byte("{x"), nil }

type Fails struct{}

func (Fails) MarshalJSON() ([]byte, error) { return nil, errors.New("boom") }

type PtrM struct{ X int }

func (p *PtrM) MarshalJSON() ([]byte, error) { return []byte(`"ptr"`), nil }

func main() {
	e := Emb{Base: Base{1, "base"}, inner: &inner{"s", 7}, Named: Named{"named"}}
	b, err := json.Marshal(e)
	fmt.Println(string(b), err)
	var e2 Emb
	err = json.Unmarshal([]byte(`{"id":5,"Name":"n","Secret":"q","Public":3,"extra":"x"}`), &e2)
	fmt.Println(e2.ID, e2.Base.Name, e2.Named.Name, e2.inner, e2.Extra, err)

	m := map[Color]Temp{0: 21.5, 2: -3}
	b, err = json.Marshal(m)
	fmt.Println(string(b), err)
	var m2 map[Color]Temp
	err = json.Unmarshal(b, &m2)
	fmt.Println(m2, err)
	fmt.Println(json.Unmarshal([]byte(`{"pink":{"celsius":1}}`), &m2))

	fmt.Println(json.Marshal(Bad{}))
	_, err = json.Marshal(Fails{})
	fmt.Println(err)
	var me *json.MarshalerError
	fmt.Println(errors.As(err, &me), errors.Unwrap(err))
	fmt.Println(json.Marshal(PtrM{1}))
	fmt.Println(json.Marshal(&PtrM{1}))
	pm := []PtrM{{1}}
	b, _ = json.Marshal(pm)
	fmt.Println(string(b))
	b, _ = json.Marshal(map[int]string{10: "a", 9: "b", -1: "c"})
	fmt.Println(string(b))
	b, _ = json.Marshal(map[string]interface{}{"z": []byte("hi"), "a": json.RawMessage(`{ "raw" : [1, 2] }`), "n": json.Number("12.5")})
	fmt.Println(string(b))

	type T struct {
		A int     `json:"a"`
		B []int   `json:"b"`
		C bool    `json:"c,string"`
		D int8    `json:"d"`
		E *string `json:"e"`
		S struct {
			X int `json:"x"`
		} `json:"s"`
	}
	var t T
	for _, in := range []string{`{"a":"x"}`, `{"b":{}}`, `{"c":"maybe"}`, `{"d":300}`, `{"s":{"x":true}}`, `{"e":5}`, `{"a":1.5}`, `[1]`, `{"c":true}`, `{"a":null,"e":"str"}`} {
		err := json.Unmarshal([]byte(in), &t)
		fmt.Println(in, "=>", err)
		if te, ok := err.(*json.UnmarshalTypeError); ok {
			fmt.Println("  ", te.Value, te.Type, te.Offset, te.Struct, te.Field)
		}
	}
	fmt.Println(*t.E)

	dec := json.NewDecoder(strings.NewReader(`{"a":1} {"a":2}
[3] "four" 5 null {"a":`))
	for {
		var v interface{}
		err := dec.Decode(&v)
		if err == io.EOF {
			break
		}
		fmt.Println(v, err)
		if err != nil {
			break
		}
	}
	dec = json.NewDecoder(strings.NewReader(`[{"name":"a","n":1},{"name":"b","n":2.5}]`))
	for {
		tok, err := dec.Token()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%T %v more=%v\n", tok, tok, dec.More())
	}
	dec = json.NewDecoder(strings.NewReader(`{"a":1,"zz":2}`))
	dec.DisallowUnknownFields()
	var onlyA struct{ A int }
	fmt.Println(dec.Decode(&onlyA), onlyA)
	dec = json.NewDecoder(strings.NewReader(`{"a":12345678901234567890}`))
	dec.UseNumber()
	var anyv map[string]interface{}
	fmt.Println(dec.Decode(&anyv), anyv)
	fmt.Printf("%T\n", anyv["a"])

	enc := json.NewEncoder(os.Stdout)
	enc.Encode(map[string]string{"h": "<b>&</b>"})
	enc.SetEscapeHTML(false)
	enc.SetIndent(">", "\t")
	enc.Encode(map[string]interface{}{"h": "<b>&</b>", "l": []int{}, "o": map[string]int{}, "x": []int{1, 2}})
	var buf bytes.Buffer
	fmt.Println(json.Compact(&buf, []byte(" { \"a\" : [ 1 , 2 ] } ")), buf.String())
	buf.Reset()
	fmt.Println(json.Indent(&buf, []byte(" { \"a\" : [ 1 , 2 ], \"b\": {} } \n"), "#", "  "), buf.String())
	buf.Reset()
	json.HTMLEscape(&buf, []byte(`{"a":"<x>&\u2028"}`))
	fmt.Println(buf.String())
	fmt.Println(json.Valid([]byte(`{}`)), json.Valid([]byte(`{`)))
	s := "ctl\x01\x7f\b\f\t\n\r\"\\/ \xff é \u2028"
	b, _ = json.Marshal(s)
	fmt.Println(string(b))
	var s2 string
	fmt.Println(json.Unmarshal(b, &s2), s2 == strings.Replace(s, "\xff", "\ufffd", 1))
	fmt.Println(json.Unmarshal([]byte(`"\ud83d\ude00 \ud83d x \u00e9"`), &s2), s2)
}
