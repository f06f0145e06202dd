// run

// Pulls fields out of log lines with a regexp and tallies them.
package main

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
)

const logText = `2023-03-14T10:00:01Z INFO  user=ann action=login ms=12
2023-03-14T10:00:03Z WARN  user=bob action=upload ms=340
2023-03-14T10:00:04Z INFO  user=ann action=upload ms=95
garbage line
2023-03-14T10:00:09Z ERROR user=cid action=login ms=1500
2023-03-14T10:00:10Z INFO  user=bob action=logout ms=3`

var lineRE = regexp.MustCompile(`^(\S+) (INFO|WARN|ERROR)\s+user=(\w+) action=(\w+) ms=(\d+)$`)

func main() {
	levels := map[string]int{}
	byUser := map[string][]string{}
	for i, line := range strings.Split(logText, "\n") {
		m := lineRE.FindStringSubmatch(line)
		if m == nil {
			fmt.Printf("line %d: no match: %q\n", i+1, line)
			continue
		}
		levels[m[2]]++
		byUser[m[3]] = append(byUser[m[3]], m[4])
	}
	var users []string
	for u := range byUser {
		users = append(users, u)
	}
	sort.Strings(users)
	for _, u := range users {
		fmt.Println(u, byUser[u])
	}
	fmt.Println(levels)
	slow := regexp.MustCompile(`ms=(\d{3,})`)
	fmt.Println(slow.FindAllStringSubmatch(logText, -1))
	fmt.Println(regexp.MustCompile(`user=(\w+)`).ReplaceAllString("user=ann user=bob", "who=${1}!"))
	_, err := regexp.Compile(`(unclosed`)
	fmt.Println(err)
}
