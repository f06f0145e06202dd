// run

// bufio.Scanner's edge cases: last lines without newline, "\r\n", empty
// lines, ErrTooLong and Buffer, custom split functions (errors,
// ErrFinalToken, empty tokens, bad advances), sources that dribble, fail,
// stall or lie, and the panics of Buffer and Split after Scan.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

func lines(name, input string) {
	sc := bufio.NewScanner(strings.NewReader(input))
	var got []string
	for sc.Scan() {
		got = append(got, sc.Text())
	}
	fmt.Printf("%-10s %q err=%v again=%v\n", name, got, sc.Err(), sc.Scan())
}

// dribble hands out its data one byte per Read.
type dribble struct{ data []byte }

func (d *dribble) Read(p []byte) (int, error) {
	if len(d.data) == 0 {
		return 0, io.EOF
	}
	if len(p) == 0 {
		return 0, nil
	}
	p[0] = d.data[0]
	d.data = d.data[1:]
	return 1, nil
}

// failing gives its data, then an error instead of io.EOF.
type failing struct {
	data string
	err  error
}

func (f *failing) Read(p []byte) (int, error) {
	if f.data == "" {
		return 0, f.err
	}
	n := copy(p, f.data)
	f.data = f.data[n:]
	return n, nil
}

// stalled never gives anything, nor an error.
type stalled struct{ reads int }

func (s *stalled) Read(p []byte) (int, error) { s.reads++; return 0, nil }

// liar claims more bytes than it was given room for.
type liar struct{}

func (liar) Read(p []byte) (int, error) { return len(p) + 1, nil }

// negative claims a negative count.
type negative struct{}

func (negative) Read(p []byte) (int, error) { return -1, nil }

func scanAll(name string, sc *bufio.Scanner) {
	n := 0
	var last string
	for sc.Scan() {
		n++
		last = sc.Text()
	}
	if len(last) > 20 {
		last = last[:20] + "..."
	}
	fmt.Printf("%-10s tokens=%d last=%q err=%v\n", name, n, last, sc.Err())
}

func catch(name string, f func()) {
	defer func() {
		fmt.Printf("%-10s panic: %v\n", name, recover())
	}()
	f()
}

func main() {
	lines("empty", "")
	lines("newline", "\n")
	lines("two-nl", "\n\n")
	lines("plain", "a\nb\nc\n")
	lines("no-final", "a\nb\nc")
	lines("crlf", "a\r\nb\r\n\r\nc")
	lines("cr-only", "a\rb\r")
	lines("cr-cr-lf", "a\r\r\nb")
	lines("spaces", "  \n\t\n")
	lines("nul", "x\x00y\nz")

	// Lines that outgrow the first 4096-byte buffer, and one at the limit.
	long := strings.Repeat("x", 10000)
	lines("long", "")
	sc := bufio.NewScanner(strings.NewReader("a\n" + long + "\nb"))
	for sc.Scan() {
		fmt.Print(len(sc.Text()), " ")
	}
	fmt.Println(sc.Err())
	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("y", bufio.MaxScanTokenSize-1) + "\nok\n"))
	scanAll("max-1", sc)
	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("y", bufio.MaxScanTokenSize) + "\nok\n"))
	scanAll("max", sc)
	sc = bufio.NewScanner(strings.NewReader("short\n" + strings.Repeat("z", 100) + "\nafter\n"))
	sc.Buffer(make([]byte, 0, 10), 50)
	scanAll("buffer50", sc)
	sc = bufio.NewScanner(strings.NewReader("0123456789abcdef\nxy\n"))
	sc.Buffer(make([]byte, 4), 1024)
	scanAll("grows", sc)
	fmt.Println(bufio.MaxScanTokenSize, bufio.ErrTooLong)

	// The built-in split functions.
	sc = bufio.NewScanner(strings.NewReader("  hello,  wörld\u00a0\u2003tab\there\n\nend "))
	sc.Split(bufio.ScanWords)
	var words []string
	for sc.Scan() {
		words = append(words, sc.Text())
	}
	fmt.Printf("words %q\n", words)
	sc = bufio.NewScanner(strings.NewReader("aé\xffz\xe2\x82"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Bytes())
	}
	fmt.Println()
	sc = bufio.NewScanner(&dribble{[]byte("h€\xf0\x9f\x98\x80!")})
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println()
	sc = bufio.NewScanner(strings.NewReader("abc"))
	sc.Split(bufio.ScanBytes)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println()
	for _, in := range []string{"", "a", "a\n", "a\r\n"} {
		adv, tok, err := bufio.ScanLines([]byte(in), true)
		fmt.Print(adv, " ", tok == nil, " ", string(tok), " ", err, "; ")
		adv, tok, err = bufio.ScanLines([]byte(in), false)
		fmt.Println(adv, tok == nil, string(tok), err)
	}
	adv, tok, err := bufio.ScanWords([]byte("   "), false)
	fmt.Println("words of spaces:", adv, tok == nil, err)
	adv, tok, err = bufio.ScanRunes([]byte("\xe2\x82"), false)
	fmt.Println("partial rune:", adv, tok == nil, err)
	adv, tok, err = bufio.ScanRunes([]byte("\xe2\x82"), true)
	fmt.Printf("partial rune at EOF: %d %q %v\n", adv, tok, err)

	// Sources that dribble, fail, stall and lie.
	scanAll("dribble", bufio.NewScanner(&dribble{[]byte("one\ntwo\nthree")}))
	boom := errors.New("boom")
	scanAll("failing", bufio.NewScanner(&failing{"one\ntwo\nthree", boom}))
	st := &stalled{}
	scanAll("stalled", bufio.NewScanner(st))
	fmt.Println("stalled reads:", st.reads)
	scanAll("liar", bufio.NewScanner(liar{}))
	scanAll("negative", bufio.NewScanner(negative{}))

	// Custom split functions: comma-separated values, the last one empty
	// when the input ends in a comma (the empty final token).
	commas := func(data []byte, atEOF bool) (int, []byte, error) {
		for i, c := range data {
			if c == ',' {
				return i + 1, data[:i], nil
			}
		}
		if !atEOF {
			return 0, nil, nil
		}
		return 0, data, bufio.ErrFinalToken
	}
	for _, in := range []string{"1,2,3", "1,,3,", "", ","} {
		sc = bufio.NewScanner(strings.NewReader(in))
		sc.Split(commas)
		var got []string
		for sc.Scan() {
			got = append(got, sc.Text())
		}
		fmt.Printf("commas %q -> %q err=%v\n", in, got, sc.Err())
	}
	// ErrFinalToken before the end of the input stops the scan there.
	sc = bufio.NewScanner(strings.NewReader("a b STOP c d"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if err == nil && string(tok) == "STOP" {
			return 0, tok, bufio.ErrFinalToken
		}
		return adv, tok, err
	})
	scanAll("stop", sc)
	fmt.Println("after stop:", sc.Scan(), sc.Err())

	// A split error ends the scan with that error.
	bad := errors.New("bad digit")
	sc = bufio.NewScanner(strings.NewReader("1 2 x 4"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if len(tok) > 0 && (tok[0] < '0' || tok[0] > '9') {
			return 0, nil, bad
		}
		return adv, tok, err
	})
	scanAll("bad", sc)
	sc = bufio.NewScanner(strings.NewReader("abc"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return -1, data, nil })
	scanAll("neg-adv", sc)
	sc = bufio.NewScanner(strings.NewReader("abc"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return len(data) + 1, data, nil })
	scanAll("too-far", sc)
	fmt.Println(bufio.ErrNegativeAdvance, "|", bufio.ErrAdvanceTooFar, "|", bufio.ErrBadReadCount, "|", bufio.ErrFinalToken)

	// Empty tokens at the end of the input: a few are fine, too many panic.
	for _, limit := range []int{3, 1000} {
		limit := limit
		count := 0
		catch(fmt.Sprint("empties", limit), func() {
			sc := bufio.NewScanner(strings.NewReader("x"))
			sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
				if !atEOF {
					return 0, nil, nil
				}
				if len(data) > 0 {
					return len(data), data, nil
				}
				if count < limit {
					count++
					return 0, []byte{}, nil
				}
				return 0, nil, nil
			})
			n := 0
			for sc.Scan() {
				n++
			}
			fmt.Println("tokens", n, "err", sc.Err())
		})
	}

	// Buffer and Split are refused once scanning started.
	catch("buffer", func() {
		sc := bufio.NewScanner(strings.NewReader("a\nb"))
		sc.Scan()
		sc.Buffer(nil, 10)
	})
	catch("split", func() {
		sc := bufio.NewScanner(strings.NewReader("a\nb"))
		sc.Scan()
		sc.Split(bufio.ScanWords)
	})

	// Bytes is the scanner's own memory: the next Scan may overwrite it.
	sc = bufio.NewScanner(bytes.NewReader([]byte("first\nsecond\n")))
	sc.Scan()
	b := sc.Bytes()
	fmt.Printf("%q %v\n", b, cap(b) > 0)
}
