// run

// Writes three CSV files of sales into a temporary directory, then finds
// them with filepath.Glob and sums each product over all files; a bad line
// is reported with its file and line number and skipped.
package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

var files = map[string]string{
	"jan.csv": "product,qty,price\napple,3,0.5\npear,2,0.75\napple,1,0.5\n",
	"feb.csv": "product,qty,price\nplum,10,0.2\npear,1,0.8\n",
	"mar.csv": "product,qty,price\napple,4,0.55\nbroken line\nplum,x,0.2\n",
}

func main() {
	dir, err := os.MkdirTemp("", "csvsum")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			fmt.Println(err)
			return
		}
	}
	paths, err := filepath.Glob(filepath.Join(dir, "*.csv"))
	if err != nil {
		fmt.Println(err)
		return
	}
	sort.Strings(paths)
	total := map[string]float64{}
	qty := map[string]int{}
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			fmt.Println(err)
			continue
		}
		sc := bufio.NewScanner(f)
		n := 0
		for sc.Scan() {
			n++
			if n == 1 {
				continue // header
			}
			fields := strings.Split(sc.Text(), ",")
			if len(fields) != 3 {
				fmt.Printf("%s:%d: want 3 fields, got %d\n", filepath.Base(p), n, len(fields))
				continue
			}
			q, err := strconv.Atoi(fields[1])
			if err != nil {
				fmt.Printf("%s:%d: %v\n", filepath.Base(p), n, err)
				continue
			}
			price, err := strconv.ParseFloat(fields[2], 64)
			if err != nil {
				fmt.Printf("%s:%d: %v\n", filepath.Base(p), n, err)
				continue
			}
			qty[fields[0]] += q
			total[fields[0]] += float64(q) * price
		}
		f.Close()
	}
	var names []string
	for k := range total {
		names = append(names, k)
	}
	sort.Strings(names)
	sum := 0.0
	fmt.Printf("%-6s %5s %8s\n", "item", "qty", "total")
	for _, k := range names {
		fmt.Printf("%-6s %5d %8.2f\n", k, qty[k], total[k])
		sum += total[k]
	}
	fmt.Printf("%-6s %5s %8.2f\n", "all", "", sum)
	_, err = os.Stat(dir)
	fmt.Println("temp dir exists:", err == nil)
}
