// run

// fmt's scanning: Sscan, Sscanln, Sscanf, Fscan and its kin into every
// basic kind and defined types of them, with bases, widths and verbs, a
// Scanner type, and the error texts gc gives.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type myInt int16
type myUint uint8
type myStr string
type myBytes []byte
type myFloat float32
type myBool bool
type myComplex complex64
type myUintptr uintptr
type myFloat64 float64
type myComplex128 complex128
type myInt64 int64
type myRunes []rune
type point struct{ x, y int }

func show(n int, err error) {
	fmt.Printf("n=%d err=%v\n", n, err)
}

func res(n int, err error) func(vals ...interface{}) {
	return func(vals ...interface{}) {
		fmt.Printf("n=%d err=%v", n, err)
		for _, v := range vals {
			fmt.Printf(" %#v", v)
		}
		fmt.Println()
	}
}

// A Scanner: "x,y" pairs.
type pair struct{ a, b int }

func (p *pair) Scan(st fmt.ScanState, verb rune) error {
	w, ok := st.Width()
	tok, err := st.Token(true, func(r rune) bool { return r != ',' && r != ' ' && r != '\n' })
	if err != nil {
		return err
	}
	if _, err := fmt.Sscan(string(tok), &p.a); err != nil {
		return err
	}
	r, _, err := st.ReadRune()
	if err != nil {
		return err
	}
	if r != ',' {
		return errors.New("want comma")
	}
	_, err = fmt.Fscan(st, &p.b)
	if verb == 'd' && ok {
		p.b += w * 1000
	}
	return err
}

type eofScanner struct{}

func (eofScanner) Scan(st fmt.ScanState, verb rune) error { return io.EOF }

type reader struct{ r io.Reader }

func (r reader) Read(b []byte) (int, error) { return r.r.Read(b) }

func main() {
	var (
		i   int
		i8  int8
		i16 int16
		i32 int32
		i64 int64
		u   uint
		u8  uint8
		u16 uint16
		u32 uint32
		u64 uint64
		up  uintptr
		f32 float32
		f64 float64
		c64 complex64
		c   complex128
		b   bool
		s   string
		bs  []byte
		r   rune
	)
	show(fmt.Sscan("1 -2 3 +4 0x1F 5 6 7 8 9 10 1.5 -2.5e3 (1+2i) 3-4i true hello world", &i, &i8, &i16, &i32, &i64, &u, &u8, &u16, &u32, &u64, &up, &f32, &f64, &c64, &c, &b, &s, &bs))
	fmt.Println(i, i8, i16, i32, i64, u, u8, u16, u32, u64, up, f32, f64, c64, c, b, s, string(bs))
	res(fmt.Sscan("0b101 0o17 017 0x_1f 1_000 -0x10", &i, &i8, &i16, &i32, &i64, &i))(i, i8, i16, i32, i64)
	res(fmt.Sscan("\n\n  42 \n 43", &i, &i8))(i, i8)
	res(fmt.Sscanln("42 43\n44", &i, &i8, &i16))(i, i8)
	show(fmt.Sscanln("42 43 x", &i, &i8))
	show(fmt.Sscanln("42 43   \n", &i, &i8))
	show(fmt.Sscan("", &i))
	show(fmt.Sscan("1", &i, &i8))
	show(fmt.Sscan("abc", &i))
	show(fmt.Sscan("-5", &u))
	show(fmt.Sscan("300", &i8))
	show(fmt.Sscan("300", &u8))
	show(fmt.Sscan("99999999999999999999", &i64))
	show(fmt.Sscan("tru", &b))
	res(fmt.Sscan("T F 1 0 TRUE false", &b, &b, &b, &b, &b, &b))(b)
	show(fmt.Sscan("x", &f64))
	res(fmt.Sscan("1.5p3 0x1p-2 inf -Inf NaN", &f64, &f32))(f64, f32)
	show(fmt.Sscan("1+2", &c))
	show(fmt.Sscan("5", i))
	var m map[string]int
	show(fmt.Sscan("5", &m))
	var ints []int
	show(fmt.Sscan("5", &ints))
	var mi myInt
	var mu myUint
	var ms myStr
	var mb myBytes
	var mf myFloat
	var mbo myBool
	var mc myComplex
	res(fmt.Sscan("-7 200 str bytes 2.25 true 1+1i", &mi, &mu, &ms, &mb, &mf, &mbo, &mc))(mi, mu, ms, mb, mf, mbo, mc)
	show(fmt.Sscan("70000", &mi))
	var (
		mup  myUintptr
		mf64 myFloat64
		mc2  myComplex128
		mi64 myInt64
		mr   myRunes
		pt   point
	)
	res(fmt.Sscanf("0x10 -1.25e-3 (2.5-1i) ff \"q\\tb\"", "%v %g %v %x %q", &mup, &mf64, &mc2, &mi64, &mb))(mup, mf64, mc2, mi64, mb)
	show(fmt.Sscan("1", &mr))
	show(fmt.Sscan("1", &pt))
	res(fmt.Sscanf("7 x", "%d %c", &mi, &mu))(mi, mu)
	res(fmt.Sscanf("0 1", "%t %v", &mbo, &mbo))(mbo)
	show(fmt.Sscanf("1", "%s", &mf))

	// Sscanf
	res(fmt.Sscanf("12 abc", "%d %s", &i, &s))(i, s)
	res(fmt.Sscanf("x=12,y=0x3f", "x=%d,y=%v", &i, &i32))(i, i32)
	show(fmt.Sscanf("x=12", "y=%d", &i))
	res(fmt.Sscanf("12345678", "%3d%2d%d", &i, &i8, &i64))(i, i8, i64)
	res(fmt.Sscanf("ff 777 101 z", "%x %o %b %c", &i, &u, &u8, &r))(i, u, u8, r)
	res(fmt.Sscanf("FF", "%X", &u16))(u16)
	show(fmt.Sscanf("é", "%c", &u8))
	res(fmt.Sscanf("U+1F600", "%U", &r))(r)
	res(fmt.Sscanf(`"a\tb" `+"`raw`", "%q %q", &s, &ms))(s, ms)
	res(fmt.Sscanf("68656c6c6f 4A4b", "%x %X", &s, &bs))(s, string(bs))
	show(fmt.Sscanf("6g", "%x", &s))
	show(fmt.Sscanf("zz", "%x", &s))
	show(fmt.Sscanf("abc", "%q", &s))
	show(fmt.Sscanf(`"abc`, "%q", &s))
	res(fmt.Sscanf("1.5e2 2.5 3", "%e %f %g", &f64, &f32, &c))(f64, f32, c)
	show(fmt.Sscanf("5", "%s", &i))
	show(fmt.Sscanf("5", "%d", &s))
	show(fmt.Sscanf("5", "%d", &f64))
	show(fmt.Sscanf("t", "%d", &b))
	show(fmt.Sscanf("1+1i", "%d", &c))
	show(fmt.Sscanf("1 2", "%d", &i, &i8))
	show(fmt.Sscanf("1 2", "%d %d %d", &i, &i8))
	res(fmt.Sscanf("50%", "%d%%", &i))(i)
	res(fmt.Sscanf("50 %", "%d %%", &i))(i)
	show(fmt.Sscanf("50x", "%d%%", &i))
	show(fmt.Sscanf("5", "%d%", &i))
	show(fmt.Sscanf("1\n2", "%d %d", &i, &i8))
	res(fmt.Sscanf("1\n2", "%d\n%d", &i, &i8))(i, i8)
	show(fmt.Sscanf("1 2", "%d\n%d", &i, &i8))
	show(fmt.Sscanf("12", "%d %d", &i, &i8))
	res(fmt.Sscanf("1  \n  2", "%d \n %d", &i, &i8))(i, i8)
	res(fmt.Sscanf("1 2", "%d%d", &i, &i8))(i, i8)
	res(fmt.Sscanf("a b", "%c%c%c", &r, &i32, &u8))(r, i32, u8)
	res(fmt.Sscanf("true false", "%t %v", &b, &mbo))(b, mbo)
	res(fmt.Sscanf("hello", "%5s", &s))(s)
	res(fmt.Sscanf("hello", "%3s%s", &s, &ms))(s, ms)
	show(fmt.Sscanf("3,4", "%v", &pair{}))
	p := &pair{}
	res(fmt.Sscanf("3,4", "%5d", p))(*p)
	res(fmt.Sscan("7,8 9,10", p, &pair{}))(*p)
	show(fmt.Sscan("7;8", p))
	show(fmt.Sscan("7,", p))
	show(fmt.Sscan("x", eofScanner{}))
	show(fmt.Sscanf("", "%d", &i))
	show(fmt.Sscanf("", "x%d", &i))
	show(fmt.Sscanf("1", "%z", &i))

	// Fscan over readers: a RuneScanner is read as far as needed, a plain
	// reader one byte at a time.
	sr := strings.NewReader("10 20\n30 rest")
	res(fmt.Fscan(sr, &i, &i8))(i, i8)
	res(fmt.Fscanln(sr, &i16))(i16)
	res(fmt.Fscanln(sr, &i16, &i32))(i16, i32)
	rest, _ := io.ReadAll(sr)
	fmt.Printf("rest %q\n", rest)
	pr := reader{strings.NewReader("1 2 3\n4 héllo")}
	res(fmt.Fscan(pr, &i))(i)
	res(fmt.Fscanf(pr, " %d %d\n", &i, &i8))(i, i8)
	res(fmt.Fscan(pr, &i, &s))(i, s)
	show(fmt.Fscan(pr, &i))
	var st fmt.ScanState
	_ = st
	n, err := fmt.Sscan("1 2 3", &i)
	fmt.Println(n, err, err == nil)
	_, err = fmt.Sscan("", &i)
	fmt.Println(err == io.EOF)
	_, err = fmt.Sscanf("\"ab", "%q", &s)
	fmt.Println(err == io.ErrUnexpectedEOF)
}

