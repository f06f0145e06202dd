// run

// text/tabwriter: alignment, padding characters, TabIndent, Debug bars,
// DiscardEmptyColumns, form feeds, HTML and escapes, and the errors of a
// failing output (recovered by the deferred handlePanic method).
package main

import (
	"bytes"
	"errors"
	"strconv"
	"fmt"
	"os"
	"text/tabwriter"
)

type failing struct{ n int }

func (f *failing) Write(p []byte) (int, error) {
	f.n++
	if f.n > 2 {
		return 0, errors.New("write " + strconv.Itoa(f.n) + " refused")
	}
	return len(p), nil
}

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tb\tc")
	fmt.Fprintln(w, "aaa\tbbbbb\tc")
	fmt.Fprintln(w, "x\t\t")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 5, 0, 2, '.', 0)
	fmt.Fprint(w, "key\tvalue\tcomment\nlonger key\tv\t\nk\tthe longest value\tc\n\nafter the break\tx\n")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 4, 0, '\t', tabwriter.TabIndent)
	fmt.Fprint(w, "\tindented\tcol\n\t\tdeeper\n\tback\tx\n")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, '-', tabwriter.DiscardEmptyColumns|tabwriter.Debug)
	fmt.Fprint(w, "a\v\vb\nc\v\vd\f")
	fmt.Fprint(w, "e\tf\n")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.FilterHTML|tabwriter.StripEscape)
	fmt.Fprint(w, "<b>bold</b>\t&amp;\tend\nplain\t\xffesc\taped\xff\tx\nhé\tü\tz\n")
	w.Flush()

	var buf bytes.Buffer
	w = tabwriter.NewWriter(&buf, 0, 8, 1, ' ', 0)
	fmt.Fprint(w, "unterminated\tcell\xffescape")
	w.Flush()
	fmt.Printf("%q\n", buf.String())

	w = tabwriter.NewWriter(&failing{}, 0, 8, 1, ' ', 0)
	n, err := fmt.Fprint(w, "a\tb\nc\td\n\n")
	fmt.Println(n, err)
	fmt.Println(w.Flush())
	n, err = fmt.Fprint(w, "x\ty\n\n")
	fmt.Println(n, err)
	defer func() { fmt.Println("recovered:", recover()) }()
	tabwriter.NewWriter(os.Stdout, -1, 0, 0, ' ', 0)
}
