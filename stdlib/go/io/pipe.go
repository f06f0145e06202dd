package io

import (
	"errors"
	"sync"
)

// ErrClosedPipe is returned by a Read or Write on a pipe whose own end
// was closed, or whose other end was closed without an error.
var ErrClosedPipe = errors.New("io: read/write on closed pipe")

// stickyErr remembers the first error set on it; later ones are ignored.
type stickyErr struct {
	mu  sync.Mutex
	err error
}

func (s *stickyErr) set(err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.err == nil {
		s.err = err
	}
}

func (s *stickyErr) get() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.err
}

// pipeState is shared by a PipeReader and its PipeWriter. A Write offers
// its remaining bytes on offers; the Read that takes them answers on
// taken with how many it copied. closed is closed by the first Close of
// either end.
type pipeState struct {
	writing  sync.Mutex // serializes Writes so their data does not mix
	offers   chan []byte
	taken    chan int
	shutOnce sync.Once
	closed   chan struct{}
	readEnd  stickyErr // set when the reader closes
	writeEnd stickyErr // set when the writer closes
}

// isClosed tells, without blocking, whether either end has closed.
func (ps *pipeState) isClosed() bool {
	select {
	case <-ps.closed:
		return true
	default:
		return false
	}
}

func (ps *pipeState) shut(end *stickyErr, err error) {
	end.set(err)
	ps.shutOnce.Do(func() { close(ps.closed) })
}

// errFor picks the error an operation on a closed pipe reports from the
// side of the caller (mine) and the other side: the other side's error
// when only it closed, ErrClosedPipe otherwise.
func errFor(mine, other *stickyErr) error {
	if mine.get() != nil {
		return ErrClosedPipe
	}
	if err := other.get(); err != nil {
		return err
	}
	return ErrClosedPipe
}

func (ps *pipeState) read(b []byte) (int, error) {
	// Checked first so that a closed pipe never reads, even when a
	// writer is waiting.
	if ps.isClosed() {
		return 0, errFor(&ps.readEnd, &ps.writeEnd)
	}
	select {
	case chunk := <-ps.offers:
		k := copy(b, chunk)
		ps.taken <- k
		return k, nil
	case <-ps.closed:
		return 0, errFor(&ps.readEnd, &ps.writeEnd)
	}
}

func (ps *pipeState) write(b []byte) (int, error) {
	if ps.isClosed() {
		return 0, errFor(&ps.writeEnd, &ps.readEnd)
	}
	ps.writing.Lock()
	defer ps.writing.Unlock()
	sent := 0
	// Hand over at least once, so that even an empty Write waits for
	// a Read.
	for {
		select {
		case ps.offers <- b:
			k := <-ps.taken
			sent += k
			b = b[k:]
		case <-ps.closed:
			return sent, errFor(&ps.writeEnd, &ps.readEnd)
		}
		if len(b) == 0 {
			return sent, nil
		}
	}
}

// PipeReader is the receiving end of a Pipe.
type PipeReader struct {
	p *pipeState
}

// Read waits for a Write (or a Close of the writer) and copies what it
// can of the written data into data. After the writer closes it returns
// the writer's error, or EOF if there was none.
func (pr *PipeReader) Read(data []byte) (n int, err error) {
	return pr.p.read(data)
}

// Close is CloseWithError(nil): Writes then fail with ErrClosedPipe.
func (pr *PipeReader) Close() error {
	return pr.CloseWithError(nil)
}

// CloseWithError closes the reading end; Writes then fail with err
// (ErrClosedPipe when err is nil). Only the first close's error is kept.
// The result is always nil.
func (pr *PipeReader) CloseWithError(err error) error {
	if err == nil {
		err = ErrClosedPipe
	}
	pr.p.shut(&pr.p.readEnd, err)
	return nil
}

// PipeWriter is the sending end of a Pipe.
type PipeWriter struct {
	p *pipeState
}

// Write blocks until Reads have taken all of data, or until the pipe is
// closed. After the reader closes it returns the reader's error, or
// ErrClosedPipe if there was none.
func (pw *PipeWriter) Write(data []byte) (n int, err error) {
	return pw.p.write(data)
}

// Close is CloseWithError(nil): Reads then return 0 and EOF.
func (pw *PipeWriter) Close() error {
	return pw.CloseWithError(nil)
}

// CloseWithError closes the writing end; Reads then return 0 and err
// (EOF when err is nil). Only the first close's error is kept. The
// result is always nil.
func (pw *PipeWriter) CloseWithError(err error) error {
	if err == nil {
		err = EOF
	}
	pw.p.shut(&pw.p.writeEnd, err)
	return nil
}

// Pipe makes a synchronous, unbuffered in-memory pipe joining code that
// writes to an io.Writer with code that reads from an io.Reader. Each
// Write blocks until Reads have copied all its bytes straight from the
// writer's slice; one Write may take several Reads. Reads, Writes and
// Closes may be called from any goroutines at once; concurrent Reads,
// and concurrent Writes, are served one at a time.
func Pipe() (*PipeReader, *PipeWriter) {
	ps := &pipeState{
		offers: make(chan []byte),
		taken:  make(chan int),
		closed: make(chan struct{}),
	}
	return &PipeReader{p: ps}, &PipeWriter{p: ps}
}
