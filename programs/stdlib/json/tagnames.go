// run

// Tag names: letters and digits of any script and gc's punctuation are
// keys; a name with other runes (a no-break space, a currency sign) falls
// back to the field name.
package main

import (
	"encoding/json"
	"fmt"
)

type T struct {
	A int `json:"héllo"`
	B int `json:"a b!"`
	C int `json:"日本"`
	D int `json:"x\u00a0y"`
	E int `json:"€uro"`
	F int `json:"١٢"`
}

func main() {
	b, err := json.Marshal(T{1, 2, 3, 4, 5, 6})
	fmt.Println(string(b), err)
}
