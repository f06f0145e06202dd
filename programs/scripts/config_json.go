// run

// Reads a JSON configuration into structs, validates it, and writes it
// back indented.
package main

import (
	"encoding/json"
	"fmt"
	"os"
)

type Server struct {
	Host    string   `json:"host"`
	Port    int      `json:"port"`
	Tags    []string `json:"tags,omitempty"`
	Enabled bool     `json:"enabled"`
}

type Config struct {
	Name    string            `json:"name"`
	Servers []Server          `json:"servers"`
	Limits  map[string]int    `json:"limits"`
	Extra   map[string]any    `json:"extra,omitempty"`
	secret  string
}

const input = `{
  "name": "demo",
  "servers": [
    {"host": "a.example", "port": 8080, "tags": ["web", "eu"], "enabled": true},
    {"host": "b.example", "port": 9090, "enabled": false}
  ],
  "limits": {"rps": 100, "burst": 20},
  "extra": {"ratio": 0.25, "list": [1, "two", null], "nested": {"ok": true}}
}`

func main() {
	var c Config
	if err := json.Unmarshal([]byte(input), &c); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("%+v\n", c.Servers)
	fmt.Println(c.Name, c.Limits["rps"], c.Extra["ratio"], c.Extra["list"])
	out, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	os.Stdout.Write(out)
	fmt.Println()
	var bad Config
	fmt.Println(json.Unmarshal([]byte(`{"servers": [{"port": "80"}]}`), &bad))
	fmt.Println(json.Unmarshal([]byte(`{"name": "x",}`), &bad))
}
