package io

// eofReader stands in for a used-up reader of a MultiReader, so the
// original can be collected.
type eofReader struct{}

func (eofReader) Read([]byte) (int, error) { return 0, EOF }

// multiReader reads its readers front to back, dropping each at its EOF.
type multiReader struct {
	readers []Reader
}

func (m *multiReader) Read(p []byte) (n int, err error) {
	for len(m.readers) != 0 {
		head := m.readers[0]
		if len(m.readers) == 1 {
			// Adopt the readers of a lone nested MultiReader, so that
			// long chains of them are not walked on every Read.
			if nested, ok := head.(*multiReader); ok {
				m.readers = nested.readers
				continue
			}
		}
		n, err = head.Read(p)
		if err != EOF {
			return n, err
		}
		m.readers[0] = eofReader{}
		m.readers = m.readers[1:]
		if n > 0 {
			// The data counts; EOF only once the last reader is done.
			if len(m.readers) != 0 {
				return n, nil
			}
			return n, EOF
		}
	}
	return 0, EOF
}

func (m *multiReader) WriteTo(w Writer) (sum int64, err error) {
	return m.sendAll(w, make([]byte, 32<<10))
}

// sendAll sends each reader's data to w, sharing buf, and
// descends into nested MultiReaders. On failure the failing reader and
// those after it remain, so a later call carries on from there.
func (m *multiReader) sendAll(w Writer, buf []byte) (sum int64, err error) {
	for i := 0; i < len(m.readers); i++ {
		var k int64
		switch r := m.readers[i].(type) {
		case *multiReader:
			k, err = r.sendAll(w, buf)
		default:
			k, err = copyBuffer(w, r, buf)
		}
		sum += k
		if err != nil {
			m.readers = m.readers[i:]
			return sum, err
		}
		m.readers[i] = nil // done with it: let it be collected
	}
	m.readers = nil
	return sum, nil
}

// MultiReader chains readers into one stream that reads each in turn
// and reports EOF after the last one's. A non-EOF error from any of them
// is returned as is. The argument slice is copied.
func MultiReader(readers ...Reader) Reader {
	own := append([]Reader(nil), readers...)
	if own == nil {
		own = []Reader{}
	}
	return &multiReader{readers: own}
}

// multiWriter sends every write to each of its writers in order.
type multiWriter struct {
	writers []Writer
}

func (mw *multiWriter) Write(p []byte) (n int, err error) {
	for _, dst := range mw.writers {
		k, e := dst.Write(p)
		if e != nil {
			return k, e
		}
		if k != len(p) {
			return k, ErrShortWrite
		}
	}
	return len(p), nil
}

func (mw *multiWriter) WriteString(s string) (n int, err error) {
	var asBytes []byte // converted lazily, at most once
	for _, dst := range mw.writers {
		var k int
		var e error
		if sw, ok := dst.(StringWriter); ok {
			k, e = sw.WriteString(s)
		} else {
			if asBytes == nil {
				asBytes = []byte(s)
			}
			k, e = dst.Write(asBytes)
		}
		if e != nil {
			return k, e
		}
		if k != len(s) {
			return k, ErrShortWrite
		}
	}
	return len(s), nil
}

// MultiWriter gives a Writer that copies each write to all of writers,
// one after the other, like tee(1). The first writer to fail, or to take
// fewer bytes than given (ErrShortWrite), ends that write: the writers
// after it do not see it.
func MultiWriter(writers ...Writer) Writer {
	flat := make([]Writer, 0, len(writers))
	for _, w := range writers {
		if nested, ok := w.(*multiWriter); ok {
			flat = append(flat, nested.writers...)
			continue
		}
		flat = append(flat, w)
	}
	return &multiWriter{writers: flat}
}
