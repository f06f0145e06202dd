package reflect

// Select over a run-time list of cases, and the non-blocking channel
// operations built on it. The cases are handed to the very service a
// select statement calls (runtime/src/select.rs), so a blocking Select
// parks the goroutine on all its channels as the statement does, and the
// case is picked among the ready ones as randomly.

// A SelectDir says what a select case does: send, receive, or stand for
// the default.
type SelectDir int

// The directions; 0 is none of them.
const (
	_ SelectDir = iota
	// SelectSend: send Send on Chan.
	SelectSend
	// SelectRecv: receive from Chan.
	SelectRecv
	// SelectDefault: proceed when no other case can.
	SelectDefault
)

// A SelectCase describes a single case in a select operation: Dir says
// which operation, Chan the channel (the zero Value for none, which never
// proceeds), Send the value of a send case.
type SelectCase struct {
	Dir  SelectDir
	Chan Value
	Send Value
}

// selectCase is one case as the runtime's select service reads it: the
// direction (1 send, 2 receive, SelectSend and SelectRecv's values), the
// channel (nil: never ready), and the address of the value to send or of
// the cell a received value lands in.
type selectCase struct {
	dir  uintptr
	ch   *byte
	elem *byte
}

// rselect has no body: the compiler makes it a call of the runtime's
// select service, whose argument area it shares (lower/reflectcall.rs).
// block is 0 when a default case exists; chosen is -1 when the default
// is taken; recvOK is 0 or 1.
func rselect(n int, block uintptr, cases *selectCase) (chosen int, recvOK uintptr)

// runSelect runs the cases and answers the index among them of the one
// that proceeded (-1: none could, and block was false) and recvOK.
func runSelect(cases []selectCase, block bool) (int, bool) {
	var first *selectCase
	if len(cases) > 0 {
		first = &cases[0]
	}
	var b uintptr
	if block {
		b = 1
	}
	chosen, ok := rselect(len(cases), b, first)
	return chosen, ok != 0
}

// chanOf checks that ch is a channel Value usable in a Select case and
// answers its descriptor and the channel itself.
func chanOf(ch Value, need uintptr, wrongDir string) (*rtype, *byte) {
	ch.mustBe(Chan, "unknown method")
	ch.mustBeExported("unknown method")
	if ch.typ.tflags&need == 0 {
		panic(wrongDir)
	}
	return ch.typ, loadPtr(ch.ptr)
}

// Select executes a select operation described by the list of cases: it
// blocks until at least one case can proceed (unless there is a default
// case), makes a uniform random choice among those that can, and runs
// it. It answers the chosen case's index and, for a receive case, the
// value received and whether it came from a send (false: the zero value
// of a closed channel).
func Select(cases []SelectCase) (chosen int, recv Value, recvOK bool) {
	if len(cases) > 65536 {
		panic("reflect.Select: too many cases (max 65536)")
	}
	// The runtime's cases leave the default out; index maps theirs back.
	run := make([]selectCase, 0, len(cases))
	index := make([]int, 0, len(cases))
	elems := make([]*rtype, 0, len(cases))
	dflt := -1
	for i, c := range cases {
		var rc selectCase
		var et *rtype
		switch c.Dir {
		case SelectDefault:
			if dflt >= 0 {
				panic("reflect.Select: multiple default cases")
			}
			dflt = i
			if c.Chan.IsValid() {
				panic("reflect.Select: default case has Chan value")
			}
			if c.Send.IsValid() {
				panic("reflect.Select: default case has Send value")
			}
			continue
		case SelectSend:
			rc.dir = uintptr(SelectSend)
			if !c.Chan.IsValid() {
				break
			}
			t, ch := chanOf(c.Chan, tflagChanSend, "reflect.Select: SendDir case using recv-only channel")
			rc.ch = ch
			x := c.Send
			if !x.IsValid() {
				panic("reflect.Select: SendDir case missing Send value")
			}
			x.mustBeExported("unknown method")
			x = x.assignTo("reflect.Select", t.elem)
			rc.elem = x.ptr
		case SelectRecv:
			rc.dir = uintptr(SelectRecv)
			if c.Send.IsValid() {
				panic("reflect.Select: RecvDir case has Send value")
			}
			if !c.Chan.IsValid() {
				break
			}
			t, ch := chanOf(c.Chan, tflagChanRecv, "reflect.Select: RecvDir case using send-only channel")
			rc.ch = ch
			et = t.elem
			rc.elem = newOf(et)
		default:
			panic("reflect.Select: invalid Dir")
		}
		run = append(run, rc)
		index = append(index, i)
		elems = append(elems, et)
	}
	k, ok := runSelect(run, dflt < 0)
	if k < 0 {
		return dflt, Value{}, false
	}
	if run[k].dir != uintptr(SelectRecv) {
		return index[k], Value{}, false
	}
	return index[k], Value{elems[k], run[k].elem, 0}, ok
}

// TrySend attempts to send x on the channel v without blocking, and
// reports whether the value was sent.
func (v Value) TrySend(x Value) bool {
	v.mustBe(Chan, "reflect.Value.TrySend")
	v.mustBeExported("reflect.Value.TrySend")
	if v.typ.tflags&tflagChanSend == 0 {
		panic("reflect: send on recv-only channel")
	}
	x.mustBeExported("reflect.Value.TrySend")
	x = x.assignTo("reflect.Value.Send", v.typ.elem)
	k, _ := runSelect([]selectCase{{uintptr(SelectSend), loadPtr(v.ptr), x.ptr}}, false)
	return k == 0
}

// TryRecv attempts to receive a value from the channel v without
// blocking. When one is received, x is it and ok says whether it came
// from a send; when none could be, x is the zero Value.
func (v Value) TryRecv() (x Value, ok bool) {
	v.mustBe(Chan, "reflect.Value.TryRecv")
	v.mustBeExported("reflect.Value.TryRecv")
	if v.typ.tflags&tflagChanRecv == 0 {
		panic("reflect: recv on send-only channel")
	}
	e := v.typ.elem
	p := newOf(e)
	k, ok := runSelect([]selectCase{{uintptr(SelectRecv), loadPtr(v.ptr), p}}, false)
	if k < 0 {
		return Value{}, false
	}
	return Value{e, p, 0}, ok
}
