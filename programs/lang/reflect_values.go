// run

// reflect.Value: reading and setting values of every kind through
// pointers, fields, elements and map entries; slices, maps and channels
// made by reflect; conversions; and gc's panics for misuse.

package main

import (
	"fmt"
	"reflect"
)

type Temp float32

type Rec struct {
	ID    int
	Name  string
	score float64
	Kids  []*Rec
	Attrs map[string]interface{}
	Next  *Rec
	Any   interface{}
}

func show(v reflect.Value) string {
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return fmt.Sprint("int:", v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return fmt.Sprint("uint:", v.Uint())
	case reflect.Float32, reflect.Float64:
		return fmt.Sprint("float:", v.Float())
	case reflect.String:
		return "string:" + v.String()
	case reflect.Bool:
		return fmt.Sprint("bool:", v.Bool())
	}
	return v.String()
}

func main() {
	for _, x := range []interface{}{int16(-3), uint8(200), uintptr(7), Temp(1.25), "hé", false, []int{1}, map[string]int{}} {
		v := reflect.ValueOf(x)
		fmt.Println(show(v), v.Type(), v.CanSet(), v.CanAddr(), v.IsZero())
	}

	r := &Rec{ID: 1, Name: "root", score: 2.5, Attrs: map[string]interface{}{"k": 3}}
	r.Kids = []*Rec{{ID: 2}, {ID: 3, Name: "c"}}
	v := reflect.ValueOf(r).Elem()
	fmt.Println(v.NumField(), v.Field(2).Float(), v.Field(2).CanSet(), v.Field(2).CanInterface(), v.Field(1).CanSet())
	v.Field(0).SetInt(10)
	v.FieldByName("Name").SetString("renamed")
	v.Field(3).Index(1).Elem().Field(1).SetString("kid")
	fmt.Println(r.ID, r.Name, r.Kids[1].Name, v.Field(3).Len(), v.Field(3).Cap())
	v.Field(5).Set(reflect.ValueOf(&Rec{ID: 99}))
	fmt.Println(r.Next.ID, v.Field(5).Elem().Field(0).Int(), v.Field(5).IsNil(), v.Field(3).Index(0).Elem().Field(5).IsNil())
	v.Field(6).Set(reflect.ValueOf([]string{"in", "iface"}))
	fmt.Println(r.Any, v.Field(6).Elem().Index(1), v.Field(6).Elem().Kind(), v.Field(6).Kind())
	v.Field(6).Set(reflect.Zero(v.Field(6).Type()))
	fmt.Println(r.Any == nil, v.Field(6).IsNil(), v.Field(6).Elem().IsValid())

	m := v.Field(4)
	m.SetMapIndex(reflect.ValueOf("x"), reflect.ValueOf(1.5))
	fmt.Println(m.Len(), m.MapIndex(reflect.ValueOf("x")), m.MapIndex(reflect.ValueOf("k")).Elem().Int(), m.MapIndex(reflect.ValueOf("none")).IsValid())
	m.SetMapIndex(reflect.ValueOf("k"), reflect.Value{})
	keys := m.MapKeys()
	fmt.Println(len(keys), keys[0], len(r.Attrs))
	it := reflect.ValueOf(map[int]string{7: "seven"}).MapRange()
	for it.Next() {
		fmt.Println(it.Key().Int(), it.Value().String())
	}

	x := 5
	px := reflect.ValueOf(&x)
	px.Elem().SetInt(6)
	a := px.Elem().Addr()
	fmt.Println(x, a.Type(), a.Elem().Int(), a.Pointer() == px.Pointer(), reflect.Indirect(px).Int(), reflect.Indirect(reflect.ValueOf(3)).Int())

	s := reflect.MakeSlice(reflect.TypeOf([]int{}), 2, 3)
	s.Index(0).SetInt(4)
	s = reflect.Append(s, reflect.ValueOf(5), reflect.ValueOf(6))
	s = reflect.AppendSlice(s, reflect.ValueOf([]int{7, 8}))
	fmt.Println(s.Interface(), s.Len(), s.Cap(), s.Slice(1, 3).Interface(), s.Slice3(0, 1, 2).Cap())
	dst := reflect.MakeSlice(reflect.TypeOf([]int{}), 3, 3)
	fmt.Println(reflect.Copy(dst, s), dst.Interface())
	arr := [4]byte{1, 2, 3, 4}
	av := reflect.ValueOf(&arr).Elem()
	fmt.Println(av.Slice(1, 3).Interface(), av.Slice(1, 3).Type(), av.Len(), av.Bytes())
	sw := []string{"a", "b", "c"}
	reflect.Swapper(sw)(0, 2)
	fmt.Println(sw)
	n := reflect.New(reflect.TypeOf(Rec{}))
	n.Elem().Field(1).SetString("new")
	fmt.Println(n.Type(), n.Interface().(*Rec).Name)
	mm := reflect.MakeMapWithSize(reflect.TypeOf(map[[2]int]bool{}), 4)
	mm.SetMapIndex(reflect.ValueOf([2]int{1, 2}), reflect.ValueOf(true))
	fmt.Println(mm.Interface())
	bs := reflect.ValueOf([]byte("hey"))
	fmt.Println(bs.Bytes(), reflect.ValueOf("hey").Index(1).Uint(), reflect.ValueOf("hey").Slice(1, 3))
	sl := reflect.ValueOf(&[]int{1, 2, 3}).Elem()
	sl.SetLen(1)
	fmt.Println(sl.Interface(), sl.Cap())

	fmt.Println(reflect.ValueOf(65).Convert(reflect.TypeOf("")).Interface(),
		reflect.ValueOf(-1.9).Convert(reflect.TypeOf(int8(0))).Int(),
		reflect.ValueOf(uint8(255)).Convert(reflect.TypeOf(int8(0))).Int(),
		reflect.ValueOf(int64(-1)).Convert(reflect.TypeOf(uint16(0))).Uint(),
		reflect.ValueOf(3).Convert(reflect.TypeOf(Temp(0))).Interface(),
		reflect.ValueOf("ab").Convert(reflect.TypeOf([]byte{})).Interface(),
		reflect.ValueOf([]rune("hé")).Convert(reflect.TypeOf("")).Interface(),
		reflect.ValueOf(1.5).Convert(reflect.TypeOf(float32(0))).Type(),
		reflect.ValueOf(Rec{ID: 4}).Convert(reflect.TypeOf(struct {
			ID    int
			Name  string
			score float64
			Kids  []*Rec
			Attrs map[string]interface{}
			Next  *Rec
			Any   interface{}
		}{})).Field(0))

	var zero reflect.Value
	fmt.Println(zero.IsValid(), zero.Kind(), zero.String(), reflect.ValueOf(nil).IsValid(), reflect.ValueOf(2.5))

	for _, f := range []func(){
		func() { reflect.ValueOf("x").Int() },
		func() { reflect.ValueOf(1).SetInt(2) },
		func() { v.Field(2).SetFloat(1) },
		func() { v.Field(2).Interface() },
		func() { reflect.ValueOf([]int{}).Index(0) },
		func() { reflect.ValueOf([1]int{}).Index(3) },
		func() { reflect.ValueOf(1).Elem() },
		func() { reflect.ValueOf(1).IsNil() },
		func() { zero.Type() },
		func() { zero.Interface() },
		func() { reflect.ValueOf(&x).Elem().Set(reflect.ValueOf("s")) },
		func() { reflect.ValueOf(1.5).Convert(reflect.TypeOf("")) },
		func() { reflect.ValueOf(Rec{}).Field(9) },
		func() { reflect.ValueOf(1).NumField() },
		func() { var m map[string]int; reflect.ValueOf(m).SetMapIndex(reflect.ValueOf("a"), reflect.ValueOf(1)) },
		func() { reflect.ValueOf(1).Addr() },
		func() { reflect.ValueOf(map[string]int{}).MapIndex(reflect.ValueOf(1)) },
	} {
		func() {
			defer func() { fmt.Println(recover()) }()
			f()
		}()
	}
}
