package corpus

import (
	"slices"
	"testing"
)

// TestGluedUnit reads a number glued to its unit as a quantity with that
// unit, a power written as a digit or as a superscript digit.
func TestGluedUnit(t *testing.T) {
	tests := []struct {
		sentence, number, unit string
	}{
		{"Lực lượng chức năng thu giữ khoảng 370m³ cát.", "370", "m³"},
		{"Nhà xưởng rộng 800m² bị cháy.", "800", "m²"},
		{"Khu đất rộng 46.000m2 được giao.", "46.000", "m2"},
		{"Đoạn đường dài 18,6km được nâng cấp.", "18,6", "km"},
	}
	for _, tt := range tests {
		t.Run(tt.unit, func(t *testing.T) {
			a, err := Parse("t", []byte("date 2025-08-17 Tin tức\n\n"+tt.sentence))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range Extract(a) {
				if f.Type != FactQuantity {
					continue
				}
				if f.Number == tt.number && f.Unit == tt.unit {
					return
				}
				got = append(got, f.Number+" "+f.Unit)
			}
			t.Errorf("%q: quantities %q, want %s %s", tt.sentence, got, tt.number, tt.unit)
		})
	}
}

// TestGluedRange reads a range whose end is glued to its unit whole, as a
// spaced range is read.
func TestGluedRange(t *testing.T) {
	tests := []struct{ sentence, text string }{
		{"Nhà dân bị ngập, mức ngập trung bình 0,3-0,7m.", "0,3-0,7m"},
		{"Mưa phổ biến từ 200 đến 250mm.", "từ 200 đến 250mm"},
		{"Giá tăng 35.000 - 45.000 đồng/kg.", "35.000 - 45.000 đồng/kg"},
	}
	for _, tt := range tests {
		a, err := Parse("t", []byte("date 2025-08-17 Tin tức\n\n"+tt.sentence))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range Extract(a) {
			if f.Type == FactQuantity {
				got = append(got, f.Text)
			}
		}
		if !slices.Contains(got, tt.text) {
			t.Errorf("%q: quantities %q, want %q", tt.sentence, got, tt.text)
		}
	}
}
