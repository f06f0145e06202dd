package bufio

// Scanner: reading input token by token, the tokens cut by a SplitFunc
// (lines by default) out of a buffer that grows up to a maximum size.

import (
	"errors"
	"io"
)

// SplitFunc cuts the next token from data, the unconsumed input; atEOF
// says no more input will come. It answers how many bytes to consume, the
// token (nil for none yet: more input is needed), and an error that stops
// the scan (ErrFinalToken stops it after delivering token). Returning 0,
// nil, nil asks for more data.
type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

// The errors a Scanner reports, with gc's texts.
var (
	ErrTooLong         = errors.New("bufio.Scanner: token too long")
	ErrNegativeAdvance = errors.New("bufio.Scanner: SplitFunc returns negative advance count")
	ErrAdvanceTooFar   = errors.New("bufio.Scanner: SplitFunc returns advance count beyond input")
	ErrBadReadCount    = errors.New("bufio.Scanner: Read returned impossible count")
)

// ErrFinalToken, returned by a SplitFunc, makes its token the last one
// and ends the scan without an error.
var ErrFinalToken = errors.New("final token")

// MaxScanTokenSize is the default limit on a token's size (and so on the
// buffer's); Buffer changes it.
const MaxScanTokenSize = 64 * 1024

// startBufSize is the size of the buffer a Scanner first allocates.
const startBufSize = 4096

// Scanner reads tokens one by one from an io.Reader. Input waits in
// buf[lo:hi]; failure holds the first error met, io.EOF included, and
// ends the scan once the buffered input is used up.
type Scanner struct {
	src      io.Reader
	split    SplitFunc
	limit    int
	token    []byte
	buf      []byte
	lo, hi   int
	failure  error
	empties  int  // empty tokens in a row at the end of input
	started  bool // Scan was called: Buffer and Split may not be
	finished bool
}

// NewScanner gives a Scanner of r that splits lines.
func NewScanner(r io.Reader) *Scanner {
	return &Scanner{src: r, split: ScanLines, limit: MaxScanTokenSize}
}

// Err is the error that ended the scan; nil when it ended at the end of
// the input.
func (s *Scanner) Err() error {
	if s.failure == io.EOF {
		return nil
	}
	return s.failure
}

// Bytes is the last token, as a slice that the next Scan may overwrite.
func (s *Scanner) Bytes() []byte {
	return s.token
}

// Text is the last token as a new string.
func (s *Scanner) Text() string {
	return string(s.token)
}

// fail records err unless an error other than io.EOF is already there.
func (s *Scanner) fail(err error) {
	if s.failure == nil || s.failure == io.EOF {
		s.failure = err
	}
}

// Scan moves to the next token, for Bytes and Text; false means the scan
// is over, and Err says whether it ended in an error. A split function
// that keeps giving empty tokens at the end of the input without
// consuming anything makes it panic after 100 of them.
func (s *Scanner) Scan() bool {
	if s.finished {
		return false
	}
	s.started = true
	for {
		// Offer the split function what is buffered; at the end of the
		// input even nothing is offered, so that it can give a last token.
		if s.hi > s.lo || s.failure != nil {
			ok, delivered := s.cut()
			if !ok || delivered {
				return ok
			}
		}
		if s.failure != nil {
			s.lo, s.hi = 0, 0
			return false
		}
		s.makeRoom()
		if s.failure != nil {
			return false
		}
		s.readMore()
	}
}

// cut runs the split function once. ok false means the scan ends with
// no token; delivered that a token is ready.
func (s *Scanner) cut() (ok bool, delivered bool) {
	atEOF := s.failure != nil
	advance, token, err := s.split(s.buf[s.lo:s.hi], atEOF)
	// The test against nil first: it is the usual case, and a comparison
	// of two interface values costs a runtime call where one with nil does
	// not.
	if err != nil {
		if err == ErrFinalToken {
			s.token = token
			s.finished = true
			return true, true
		}
		s.fail(err)
		return false, false
	}
	if advance < 0 {
		s.fail(ErrNegativeAdvance)
		return false, false
	}
	if advance > s.hi-s.lo {
		s.fail(ErrAdvanceTooFar)
		return false, false
	}
	s.lo += advance
	s.token = token
	if token == nil {
		return true, false
	}
	if !atEOF || advance > 0 {
		s.empties = 0
	} else {
		s.empties++
		if s.empties > emptyReadLimit {
			panic("bufio.Scan: too many empty tokens without progressing")
		}
	}
	return true, true
}

// makeRoom makes free space after buf[hi]: by moving the pending bytes to
// the front when the buffer is full or more than half consumed, else by
// doubling the buffer, up to the limit (ErrTooLong beyond it).
func (s *Scanner) makeRoom() {
	if s.lo > 0 && (s.hi == len(s.buf) || s.lo > len(s.buf)/2) {
		s.hi = copy(s.buf, s.buf[s.lo:s.hi])
		s.lo = 0
	}
	if s.hi < len(s.buf) {
		return
	}
	const largest = int(^uint(0) >> 1)
	if len(s.buf) >= s.limit || len(s.buf) > largest/2 {
		s.fail(ErrTooLong)
		return
	}
	size := 2 * len(s.buf)
	if size == 0 {
		size = startBufSize
	}
	if size > s.limit {
		size = s.limit
	}
	bigger := make([]byte, size)
	s.hi = copy(bigger, s.buf[s.lo:s.hi])
	s.lo = 0
	s.buf = bigger
}

// readMore reads once into the free space, retrying reads that give
// nothing (up to emptyReadLimit times before io.ErrNoProgress).
func (s *Scanner) readMore() {
	for tries := 0; ; tries++ {
		if tries > emptyReadLimit {
			s.fail(io.ErrNoProgress)
			return
		}
		room := s.buf[s.hi:len(s.buf)]
		got, err := s.src.Read(room)
		if got < 0 || got > len(room) {
			s.fail(ErrBadReadCount)
			return
		}
		s.hi += got
		if err != nil {
			s.fail(err)
			return
		}
		if got > 0 {
			s.empties = 0
			return
		}
	}
}

// Buffer replaces the first buffer the Scanner would allocate by buf (its
// whole capacity is used) and sets the largest token size to max; a buffer
// of at least max bytes is never grown. It panics once Scan was called.
func (s *Scanner) Buffer(buf []byte, max int) {
	if s.started {
		panic("Buffer called after Scan")
	}
	s.buf = buf[:cap(buf)]
	s.limit = max
}

// Split sets the split function (ScanLines by default). It panics once
// Scan was called.
func (s *Scanner) Split(split SplitFunc) {
	if s.started {
		panic("Split called after Scan")
	}
	s.split = split
}
