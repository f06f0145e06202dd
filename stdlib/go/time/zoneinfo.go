package time

// Locations: a zone table read from a TZif file (or a single fixed zone),
// the lookup of the zone in effect at an instant, and the two predefined
// locations, UTC and Local. Local is filled in on first use from $TZ or
// /etc/localtime, as Go does on Unix.

import (
	"errors"
	"sync"
)

// A Location is a set of zones (abbreviation, offset, DST or not) and the
// instants at which the one in effect changes, e.g. America/New_York.
type Location struct {
	name  string
	zones []zone
	// tx lists the changes in increasing time order.
	tx []zoneTrans
	// rule is the POSIX TZ string of a TZif footer: what applies after
	// the last change of tx.
	rule string
}

// zone is one of a Location's zones.
type zone struct {
	name   string
	offset int // seconds east of UTC
	isDST  bool
}

// zoneTrans is a change of zone: from Unix time when on, zones[index]
// is in effect.
type zoneTrans struct {
	when  int64
	index uint8
}

// zoneSpan is the answer of a lookup: the zone in effect and the Unix
// times [start, end) it is in effect for.
type zoneSpan struct {
	name       string
	offset     int
	isDST      bool
	start, end int64
}

// The open ends of a zone's span.
const (
	beginningOfTime int64 = -1 << 63
	endOfTime       int64 = 1<<63 - 1
)

var utcZone = Location{name: "UTC"}

// UTC is Coordinated Universal Time.
var UTC *Location = &utcZone

var localZone Location

// localOnce fills in localZone on first use: reading $TZ and a file is
// not worth doing in every program that imports time.
var localOnce sync.Once

// Local is the system's local zone: the one $TZ names, else the one of
// /etc/localtime.
var Local *Location = &localZone

// resolve gives the Location l stands for: nil stands for UTC, and Local is loaded on first use.
func (l *Location) resolve() *Location {
	if l == nil {
		return &utcZone
	}
	if l == &localZone {
		localOnce.Do(loadLocal)
	}
	return l
}

// String gives the location's name, e.g. "UTC", "Local" or
// "Europe/Paris".
func (l *Location) String() string {
	return l.resolve().name
}

// FixedZone gives a Location whose only zone is named name and lies offset
// seconds east of UTC.
func FixedZone(name string, offset int) *Location {
	return &Location{
		name:  name,
		zones: []zone{{name: name, offset: offset}},
		tx:    []zoneTrans{{when: beginningOfTime, index: 0}},
	}
}

// zoneAt gives the zone in effect at Unix time sec.
func (l *Location) zoneAt(sec int64) zoneSpan {
	l = l.resolve()
	if len(l.zones) == 0 {
		return zoneSpan{name: "UTC", start: beginningOfTime, end: endOfTime}
	}
	if len(l.tx) == 0 || l.tx[0].when > sec {
		z := l.zones[l.firstZone()]
		end := endOfTime
		if len(l.tx) > 0 {
			end = l.tx[0].when
		}
		return zoneSpan{z.name, z.offset, z.isDST, beginningOfTime, end}
	}
	// The last change at or before sec, by bisection.
	lo, hi := 0, len(l.tx)
	for hi-lo > 1 {
		mid := int(uint(lo+hi) >> 1)
		if sec < l.tx[mid].when {
			hi = mid
		} else {
			lo = mid
		}
	}
	z := l.zones[l.tx[lo].index]
	span := zoneSpan{z.name, z.offset, z.isDST, l.tx[lo].when, endOfTime}
	if lo+1 < len(l.tx) {
		span.end = l.tx[lo+1].when
	} else if l.rule != "" {
		if r, ok := ruleZoneAt(l.rule, span.start, sec); ok {
			return r
		}
	}
	return span
}

// firstZone picks the zone for instants before the first change: the one
// no change leads to, if there is one; else the standard zone nearest
// before the first change's (or the first standard zone); else zone 0.
func (l *Location) firstZone() int {
	used := false
	for _, t := range l.tx {
		if t.index == 0 {
			used = true
			break
		}
	}
	if !used {
		return 0
	}
	if len(l.tx) > 0 && l.zones[l.tx[0].index].isDST {
		for i := int(l.tx[0].index) - 1; i >= 0; i-- {
			if !l.zones[i].isDST {
				return i
			}
		}
	}
	for i := range l.zones {
		if !l.zones[i].isDST {
			return i
		}
	}
	return 0
}

// offsetOfName gives the offset of the zone called name: preferably the
// one in effect around Unix time sec (taken as local time in that zone),
// else any zone of l with that name.
func (l *Location) offsetOfName(name string, sec int64) (offset int, ok bool) {
	l = l.resolve()
	for i := range l.zones {
		z := &l.zones[i]
		if z.name == name {
			if s := l.zoneAt(sec - int64(z.offset)); s.name == z.name {
				return s.offset, true
			}
		}
	}
	for i := range l.zones {
		if l.zones[i].name == name {
			return l.zones[i].offset, true
		}
	}
	return 0, false
}

// zoneDirs are where LoadLocation looks for zone files, in order.
var zoneDirs = []string{
	"/usr/share/zoneinfo/",
	"/usr/share/lib/zoneinfo/",
	"/usr/lib/locale/TZ/",
}

var errLocation = errors.New("time: invalid location name")

// LoadLocation gives the Location called name: "" and "UTC" give UTC,
// "Local" gives Local, and other names are IANA zone names (such as
// "America/New_York") read from $ZONEINFO, when set, or the system's
// zoneinfo directory.
func LoadLocation(name string) (*Location, error) {
	if name == "UTC" || name == "" {
		return UTC, nil
	}
	if name == "Local" {
		return Local, nil
	}
	if hasDotDot(name) || name[0] == '/' || name[0] == '\\' {
		return nil, errLocation
	}
	var firstErr error
	if dir, _ := lookupEnv("ZONEINFO"); dir != "" {
		data, err := readZoneFile(dir + "/" + name)
		if err == nil {
			l, err := LoadLocationFromTZData(name, data)
			if err == nil {
				return l, nil
			}
			firstErr = err
		} else if !isNotExist(err) {
			firstErr = err
		}
	}
	l, err := loadFromDirs(name, zoneDirs)
	if err == nil {
		return l, nil
	}
	if firstErr == nil {
		firstErr = err
	}
	return nil, firstErr
}

// loadFromDirs reads zone name from the first directory of dirs that has
// it. A missing file moves on to the next; any other error is kept as the
// answer should no directory have it.
func loadFromDirs(name string, dirs []string) (*Location, error) {
	var firstErr error
	for _, dir := range dirs {
		data, err := readZoneFile(dir + name)
		if err == nil {
			var l *Location
			if l, err = LoadLocationFromTZData(name, data); err == nil {
				return l, nil
			}
		}
		if firstErr == nil && !isNotExist(err) {
			firstErr = err
		}
	}
	if firstErr != nil {
		return nil, firstErr
	}
	return nil, errors.New("unknown time zone " + name)
}

// hasDotDot tells whether s contains "..".
func hasDotDot(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i-1] == '.' && s[i] == '.' {
			return true
		}
	}
	return false
}

// loadLocal fills in localZone: no $TZ means /etc/localtime, named
// "Local"; TZ="" means UTC; TZ=name or TZ=:name is a zone of the zoneinfo
// directory, or, when it is an absolute path, that file, named by its
// path (but /etc/localtime is still "Local"). A zone that cannot be
// loaded falls back to UTC.
func loadLocal() {
	tz, set := lookupEnv("TZ")
	if !set {
		if l, err := loadFromDirs("localtime", []string{"/etc/"}); err == nil {
			localZone = *l
			localZone.name = "Local"
			return
		}
	} else if tz != "" {
		if tz[0] == ':' {
			tz = tz[1:]
		}
		if tz != "" && tz[0] == '/' {
			if l, err := loadFromDirs(tz, []string{""}); err == nil {
				localZone = *l
				if tz == "/etc/localtime" {
					localZone.name = "Local"
				}
				return
			}
		} else if tz != "UTC" && tz != "" {
			if l, err := loadFromDirs(tz, zoneDirs); err == nil {
				localZone = *l
				return
			}
		}
	}
	localZone = Location{name: "UTC"}
}

// errNotExist marks a zone file that is not there.
type errNotExist struct{}

func (errNotExist) Error() string { return "no such file or directory" }

func isNotExist(err error) bool {
	_, ok := err.(errNotExist)
	return ok
}

// sysError is another errno of reading a zone file, with its text.
type sysError struct{ text string }

func (e sysError) Error() string { return e.text }

// maxZoneFile bounds what is read of a zone file (Go's limit too: real
// ones are a few kilobytes).
const maxZoneFile = 10 << 20

// readZoneFile gives the content of the file at path.
func readZoneFile(path string) ([]byte, error) {
	fd, e := open(path, 0, 0)
	if e != 0 {
		return nil, fileError(e)
	}
	defer closeFd(fd)
	buf := make([]byte, 4096)
	got := 0
	for {
		if got == len(buf) {
			if len(buf) >= maxZoneFile {
				return nil, errors.New("is too large")
			}
			more := make([]byte, 2*len(buf))
			copy(more, buf)
			buf = more
		}
		n, e := read(fd, buf[got:])
		if e != 0 {
			return nil, fileError(e)
		}
		if n == 0 {
			return buf[:got], nil
		}
		got += n
	}
}

// fileError turns an errno into the error LoadLocation reports.
func fileError(e int) error {
	switch e {
	case 2: // ENOENT
		return errNotExist{}
	case 13: // EACCES
		return sysError{"permission denied"}
	case 21: // EISDIR
		return sysError{"is a directory"}
	case 20: // ENOTDIR
		return errNotExist{}
	}
	return sysError{"input/output error"}
}

// Natives, bound to the runtime's implementations of package os's
// functions of the same names (package time cannot import os, which
// needs time for file times).

// lookupEnv gives the environment variable key and whether it is set.
func lookupEnv(key string) (string, bool)

// open is open(2): the descriptor and 0, or -1 and an errno.
func open(name string, flag int, perm uint32) (fd int, e int)

// read is a single read(2) into b; n is 0 at the end of the file.
func read(fd int, b []byte) (n int, e int)

// closeFd closes fd.
func closeFd(fd int) (e int)
