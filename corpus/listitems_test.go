package corpus

import (
	"reflect"
	"testing"
)

// TestListItems checks that a breakdown written as a list of "NAME FIGURE
// [unit]" items binds each figure to its own item's name, that a unit
// written on the last item only applies to all, and that a lone name
// with a number, a list without units and a parenthesis are left to the
// other readers; and the same for lists written "FIGURE unit (ở) NAME",
// whose verb after the last item applies to every item.
func TestListItems(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // each part: number unit (of)
	}{
		{"semicolons, abbreviated units",
			"Khách du lịch đến TP Hạ Long 59.000 lượt khách; TP Móng Cái 18.000 lượt khách; huyện Vân Đồn 21.000 lượt khách, Cô Tô 2.500 lượt khách.",
			[]string{"59.000 lượt khách (Hạ Long)", "18.000 lượt khách (Móng Cái)", "21.000 lượt khách (Vân Đồn)", "2.500 lượt khách (Cô Tô)"}},
		{"commas, one unit each",
			"Nhiều nhà bị sập, trong đó Mường Lát 11 nhà, Quan Sơn 94 nhà, Quan Hóa 49 nhà.",
			[]string{"11 nhà (Mường Lát)", "94 nhà (Quan Sơn)", "49 nhà (Quan Hóa)"}},
		{"unit completed on the last item",
			"Trong đó Vân Đồn 25.000 lượt, Móng Cái 14.000 lượt, Cô Tô 2.500 lượt khách.",
			[]string{"25.000 lượt khách (Vân Đồn)", "14.000 lượt khách (Móng Cái)", "2.500 lượt khách (Cô Tô)"}},
		{"a joining word before the last item",
			"Có 5 ca, gồm Hà Nội 3 ca và Đà Nẵng 2 ca.",
			[]string{"3 ca (Hà Nội)", "2 ca (Đà Nẵng)"}},
		{"a single name and number is no list",
			"Ban Chỉ đạo 138 họp với 20 đại biểu.", nil},
		{"no unit at all",
			"Số người chết gồm Lai Châu 2, Sơn La 1.", nil},
		{"figures first, spelled, one verb after the list",
			"Bốn người Lai Châu, hai người ở Yên Bái, một người ở Sơn La tử vong do đất đá sạt lở.",
			[]string{"Bốn người tử vong (Lai Châu)", "hai người tử vong (Yên Bái)", "một người tử vong (Sơn La)"}},
		{"figures first, the unit written in full on the first item",
			"Có 3 người bị thương ở Lai Châu và 2 người ở Sơn La.",
			[]string{"3 người bị thương (Lai Châu)", "2 người bị thương (Sơn La)"}},
		{"figures first, an administrative word before each name",
			"Mưa lớn làm 12 nhà ở huyện Mường Lát, 5 nhà tại huyện Quan Sơn bị tốc mái.",
			[]string{"12 nhà bị tốc mái (Mường Lát)", "5 nhà bị tốc mái (Quan Sơn)"}},
		{"a lowercase place head before a name",
			"Trong đó vịnh Hạ Long 15.687 lượt khách, Cô Tô 2.500 lượt khách.",
			[]string{"15.687 lượt khách (Hạ Long)", "2.500 lượt khách (Cô Tô)"}},
		{"one figure-first item is no list",
			"Có 3 người bị thương ở Lai Châu.", nil},
		{"figures first with capitalised kinds and no place mark are no list",
			"Đoàn giành 42 huy chương Vàng, 42 huy chương Bạc, 54 huy chương Đồng.", nil},
		{"figures first with no place are no list",
			"Có 3 người bị thương, 2 người mất tích.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := afterLead(t, tt.text)
			var got []string
			for _, f := range ofType(Extract(a), FactQuantity) {
				if f.Passage == "t/p1" && f.Of != "" {
					got = append(got, f.Number+" "+f.Unit+" ("+f.Of+")")
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("parts %q, want %q", got, tt.want)
			}
		})
	}
}
