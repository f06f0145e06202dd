package fs

// FileMode holds a file's type bits (high end) and permission bits. The
// bit values are Go's on every system.
type FileMode uint32

// Type and special bits, from bit 31 down; the letter is the one String
// prints for the bit.
const (
	ModeDir        FileMode = 1 << 31 // d
	ModeAppend     FileMode = 1 << 30 // a
	ModeExclusive  FileMode = 1 << 29 // l
	ModeTemporary  FileMode = 1 << 28 // T (Plan 9)
	ModeSymlink    FileMode = 1 << 27 // L
	ModeDevice     FileMode = 1 << 26 // D
	ModeNamedPipe  FileMode = 1 << 25 // p, a FIFO
	ModeSocket     FileMode = 1 << 24 // S
	ModeSetuid     FileMode = 1 << 23 // u
	ModeSetgid     FileMode = 1 << 22 // g
	ModeCharDevice FileMode = 1 << 21 // c, together with ModeDevice
	ModeSticky     FileMode = 1 << 20 // t
	ModeIrregular  FileMode = 1 << 19 // ?, none of the known kinds

	// ModeType gathers the bits that say what kind of file it is; a
	// regular file has none of them.
	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular

	ModePerm FileMode = 0777 // rwx for owner, group, others
)

// String returns the mode as ls shows it: a letter per type bit set
// ("-" when none), then the nine permission bits as rwx or -.
func (m FileMode) String() string {
	const kinds = "dalTLDpSugct?"
	out := make([]byte, 0, 32)
	bit := ModeDir
	for k := 0; k < len(kinds); k++ {
		if m&bit != 0 {
			out = append(out, kinds[k])
		}
		bit >>= 1
	}
	if len(out) == 0 {
		out = append(out, '-')
	}
	for k := 8; k >= 0; k-- {
		c := byte('-')
		if m>>uint(k)&1 == 1 {
			c = "xwr"[k%3]
		}
		out = append(out, c)
	}
	return string(out)
}

// IsDir tells whether ModeDir is set.
func (m FileMode) IsDir() bool { return m&ModeDir != 0 }

// IsRegular tells whether no ModeType bit is set.
func (m FileMode) IsRegular() bool { return m&ModeType == 0 }

// Perm keeps only the nine permission bits.
func (m FileMode) Perm() FileMode { return m & ModePerm }

// Type keeps only the ModeType bits.
func (m FileMode) Type() FileMode { return m & ModeType }
