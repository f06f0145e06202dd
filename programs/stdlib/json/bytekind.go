// run

// encoding/json: slices of byte-kind elements are base64 text only when
// the element type has no marshaling method of its own (value or pointer
// receiver); otherwise each element is encoded by its method.
package main

import (
	"encoding/json"
	"fmt"
)

type plain byte

type viaJSON byte

func (b viaJSON) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf(`{"b":%d}`, b)), nil }

type viaText byte

func (b viaText) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("t%d", b)), nil }

type ptrJSON byte

func (b *ptrJSON) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf(`"p%d"`, *b)), nil }

func main() {
	for _, v := range []interface{}{
		[]plain{1, 2, 3},
		[]viaJSON{1, 2},
		[]viaText{3, 4},
		[]ptrJSON{5, 6},
		[2]viaJSON{7, 8},
		map[string][]viaText{"k": {9}},
		struct{ B []viaJSON }{[]viaJSON{10}},
	} {
		b, err := json.Marshal(v)
		fmt.Printf("%T: %s %v\n", v, b, err)
	}
}
