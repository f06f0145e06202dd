package io

import (
	"errors"
	"sync"
)

// ErrClosedPipe is the error used for read or write operations on a closed pipe.
var ErrClosedPipe = errors.New("io: read/write on closed pipe")

// firstError keeps the first error stored in it.
type firstError struct {
	mu  sync.Mutex
	err error
}

func (f *firstError) store(err error) {
	f.mu.Lock()
	if f.err == nil {
		f.err = err
	}
	f.mu.Unlock()
}

func (f *firstError) load() error {
	f.mu.Lock()
	err := f.err
	f.mu.Unlock()
	return err
}

// pipe is the state both ends share. A write hands its slice to a read
// over wrCh and learns over rdCh how much was taken; done is closed when
// either end closes.
type pipe struct {
	wrMu  sync.Mutex // one Write at a time, so writes do not interleave
	wrCh  chan []byte
	rdCh  chan int
	once  sync.Once
	done  chan struct{}
	rdErr firstError // why the read end was closed
	wrErr firstError // why the write end was closed
}

func (p *pipe) read(b []byte) (int, error) {
	// A closed pipe reads nothing, even with a writer waiting.
	select {
	case <-p.done:
		return 0, p.readCloseError()
	default:
	}
	select {
	case data := <-p.wrCh:
		n := copy(b, data)
		p.rdCh <- n
		return n, nil
	case <-p.done:
		return 0, p.readCloseError()
	}
}

func (p *pipe) write(b []byte) (n int, err error) {
	select {
	case <-p.done:
		return 0, p.writeCloseError()
	default:
	}
	p.wrMu.Lock()
	defer p.wrMu.Unlock()
	// At least one hand-over, even of an empty slice: a zero-length
	// Write still waits for a reader.
	for first := true; first || len(b) > 0; first = false {
		select {
		case p.wrCh <- b:
			k := <-p.rdCh
			b = b[k:]
			n += k
		case <-p.done:
			return n, p.writeCloseError()
		}
	}
	return n, nil
}

func (p *pipe) closeRead(err error) error {
	if err == nil {
		err = ErrClosedPipe
	}
	p.rdErr.store(err)
	p.once.Do(func() { close(p.done) })
	return nil
}

func (p *pipe) closeWrite(err error) error {
	if err == nil {
		err = EOF
	}
	p.wrErr.store(err)
	p.once.Do(func() { close(p.done) })
	return nil
}

// readCloseError is what a read of a closed pipe returns: the writer's
// error when only the writer closed, else ErrClosedPipe.
func (p *pipe) readCloseError() error {
	if rerr, werr := p.rdErr.load(), p.wrErr.load(); rerr == nil && werr != nil {
		return werr
	}
	return ErrClosedPipe
}

// writeCloseError is the mirror image, for writes.
func (p *pipe) writeCloseError() error {
	if werr, rerr := p.wrErr.load(), p.rdErr.load(); werr == nil && rerr != nil {
		return rerr
	}
	return ErrClosedPipe
}

// A PipeReader is the read half of a pipe.
type PipeReader struct {
	p *pipe
}

// Read implements the standard Read interface: it reads data from the
// pipe, blocking until a writer arrives or the write end is closed. If
// the write end is closed with an error, that error is returned as err;
// otherwise err is EOF.
func (r *PipeReader) Read(data []byte) (n int, err error) {
	return r.p.read(data)
}

// Close closes the reader; subsequent writes to the write half of the
// pipe will return the error ErrClosedPipe.
func (r *PipeReader) Close() error {
	return r.CloseWithError(nil)
}

// CloseWithError closes the reader; subsequent writes to the write half
// of the pipe will return the error err.
//
// CloseWithError never overwrites the previous error if it exists
// and always returns nil.
func (r *PipeReader) CloseWithError(err error) error {
	return r.p.closeRead(err)
}

// A PipeWriter is the write half of a pipe.
type PipeWriter struct {
	p *pipe
}

// Write implements the standard Write interface: it writes data to the
// pipe, blocking until one or more readers have consumed all the data or
// the read end is closed. If the read end is closed with an error, that
// err is returned as err; otherwise err is ErrClosedPipe.
func (w *PipeWriter) Write(data []byte) (n int, err error) {
	return w.p.write(data)
}

// Close closes the writer; subsequent reads from the read half of the
// pipe will return no bytes and EOF.
func (w *PipeWriter) Close() error {
	return w.CloseWithError(nil)
}

// CloseWithError closes the writer; subsequent reads from the read half
// of the pipe will return no bytes and the error err, or EOF if err is
// nil.
//
// CloseWithError never overwrites the previous error if it exists
// and always returns nil.
func (w *PipeWriter) CloseWithError(err error) error {
	return w.p.closeWrite(err)
}

// Pipe creates a synchronous in-memory pipe.
// It can be used to connect code expecting an io.Reader
// with code expecting an io.Writer.
//
// Reads and Writes on the pipe are matched one to one
// except when multiple Reads are needed to consume a single Write.
// That is, each Write to the PipeWriter blocks until it has satisfied
// one or more Reads from the PipeReader that fully consume
// the written data.
// The data is copied directly from the Write to the corresponding
// Read (or Reads); there is no internal buffering.
//
// It is safe to call Read and Write in parallel with each other or with Close.
// Parallel calls to Read and parallel calls to Write are also safe:
// the individual calls will be gated sequentially.
func Pipe() (*PipeReader, *PipeWriter) {
	p := &pipe{
		wrCh: make(chan []byte),
		rdCh: make(chan int),
		done: make(chan struct{}),
	}
	return &PipeReader{p}, &PipeWriter{p}
}
