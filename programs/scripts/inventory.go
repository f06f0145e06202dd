// run

// Structs, methods, Stringers and maps printed every common way.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type Item struct {
	SKU   string
	Name  string
	Price Money
	Qty   int
	Tags  []string
}

type Inventory struct {
	items map[string]*Item
	log   []string
}

func NewInventory() *Inventory { return &Inventory{items: map[string]*Item{}} }

func (inv *Inventory) Add(it Item) {
	if old, ok := inv.items[it.SKU]; ok {
		old.Qty += it.Qty
		inv.log = append(inv.log, fmt.Sprintf("restock %s +%d", it.SKU, it.Qty))
		return
	}
	inv.items[it.SKU] = &it
	inv.log = append(inv.log, "new "+it.SKU)
}

func (inv *Inventory) Remove(sku string, n int) error {
	it, ok := inv.items[sku]
	if !ok {
		return fmt.Errorf("no item %q", sku)
	}
	if it.Qty < n {
		return fmt.Errorf("only %d of %s left, want %d", it.Qty, it.Name, n)
	}
	it.Qty -= n
	return nil
}

func (inv *Inventory) Value() Money {
	var v Money
	for _, it := range inv.items {
		v += it.Price * Money(it.Qty)
	}
	return v
}

func main() {
	inv := NewInventory()
	inv.Add(Item{"A1", "widget", 250, 10, []string{"small"}})
	inv.Add(Item{"B2", "gadget", 1999, 3, nil})
	inv.Add(Item{"A1", "widget", 250, 5, nil})
	inv.Add(Item{SKU: "C3", Name: "doohickey", Price: 75, Qty: 40, Tags: []string{"bulk", "cheap"}})
	fmt.Println(inv.Remove("B2", 5))
	fmt.Println(inv.Remove("Z9", 1))
	fmt.Println(inv.Remove("C3", 15), inv.Value())
	skus := make([]string, 0, len(inv.items))
	for k := range inv.items {
		skus = append(skus, k)
	}
	sort.Strings(skus)
	for _, k := range skus {
		it := inv.items[k]
		fmt.Printf("%v\n%+v\n", *it, *it)
		fmt.Printf("%-10s|%6v|%4d|%s\n", it.Name, it.Price, it.Qty, strings.Join(it.Tags, ","))
	}
	fmt.Printf("%#v\n", Item{"X", "x", 1, 2, []string{"t"}})
	fmt.Println(strings.Join(inv.log, "; "))
	byPrice := map[Money][]string{}
	for _, k := range skus {
		byPrice[inv.items[k].Price] = append(byPrice[inv.items[k].Price], k)
	}
	fmt.Println(byPrice, len(byPrice))
	fmt.Printf("%v %d %s %q %x %08.3f %+d %e\n", []Money{1, 2}, []int{3, 4}, []string{"a"}, "q", "hi", 3.14159, 5, 1234.5678)
	type pair struct {
		a *int
		b any
	}
	fmt.Printf("%v %+v\n", pair{nil, nil}, pair{b: Money(5)})
}
