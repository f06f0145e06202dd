package reflect

// Channel operations. chansend, chanrecv, chanclose and makechan have no
// body: the compiler makes each a call of the runtime service that `<-`,
// close and make use (lang/src/ir/lower/reflectcall.rs).

func chansend(c, p *byte)
func chanrecv(c, p *byte) bool
func chanclose(c *byte)
func makechan(elemSize uintptr, elem *rtype, n int) *byte

// MakeChan makes a channel of chan type typ holding up to buffer elements.
func MakeChan(typ Type, buffer int) Value {
	if typ.Kind() != Chan {
		panic("reflect.MakeChan of non-chan type")
	}
	if buffer < 0 {
		panic("reflect.MakeChan: negative buffer size")
	}
	if typ.ChanDir() != BothDir {
		panic("reflect.MakeChan: unidirectional channel type")
	}
	t := typ.common()
	cell := allocWords(1, 1)
	storePtr(cell, makechan(t.elem.size, t.elem, buffer))
	return Value{t, cell, 0}
}

// Send sends x on the channel v.
func (v Value) Send(x Value) {
	v.mustBe(Chan, "reflect.Value.Send")
	v.mustBeExported("reflect.Value.Send")
	if v.typ.tflags&tflagChanSend == 0 {
		panic("reflect: send on recv-only channel")
	}
	x.mustBeExported("reflect.Value.Send")
	x = x.assignTo("reflect.Value.Send", v.typ.elem)
	chansend(loadPtr(v.ptr), x.ptr)
}

// Recv receives and returns a value from the channel v; ok is false if
// the value is the zero value of a closed channel.
func (v Value) Recv() (Value, bool) {
	v.mustBe(Chan, "reflect.Value.Recv")
	v.mustBeExported("reflect.Value.Recv")
	if v.typ.tflags&tflagChanRecv == 0 {
		panic("reflect: recv on send-only channel")
	}
	e := v.typ.elem
	p := newOf(e)
	ok := chanrecv(loadPtr(v.ptr), p)
	return Value{e, p, 0}, ok
}

// Close closes the channel v.
func (v Value) Close() {
	v.mustBe(Chan, "reflect.Value.Close")
	v.mustBeExported("reflect.Value.Close")
	if v.typ.tflags&tflagChanSend == 0 {
		panic("reflect: close of receive-only channel")
	}
	chanclose(loadPtr(v.ptr))
}
