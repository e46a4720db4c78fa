package analysis

import (
	"reflect"
	"testing"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []Token
	}{
		{"", nil},
		{"  , . ", nil},
		{"Bằng khen", []Token{
			{Text: "Bằng", Folded: "bang", Start: 0, End: 6},
			{Text: "khen", Folded: "khen", Start: 7, End: 11},
		}},
		{"hơn 2.430 thông tin", []Token{
			{Text: "hơn", Folded: "hon", Start: 0, End: 4},
			{Text: "2.430", Folded: "2.430", Start: 5, End: 10, Number: true},
			{Text: "thông", Folded: "thong", Start: 11, End: 17},
			{Text: "tin", Folded: "tin", Start: 18, End: 21},
		}},
		{"ngày 19/9.", []Token{
			{Text: "ngày", Folded: "ngay", Start: 0, End: 5},
			{Text: "19/9", Folded: "19/9", Start: 6, End: 10, Number: true},
		}},
		{"1,5 và 2019 - 2024", []Token{
			{Text: "1,5", Folded: "1,5", Start: 0, End: 3, Number: true},
			{Text: "và", Folded: "va", Start: 4, End: 7},
			{Text: "2019", Folded: "2019", Start: 8, End: 12, Number: true},
			{Text: "2024", Folded: "2024", Start: 15, End: 19, Number: true},
		}},
		{"giá 5k", []Token{
			{Text: "giá", Folded: "gia", Start: 0, End: 4},
			{Text: "5k", Folded: "5k", Start: 5, End: 7},
		}},
		{"(ANTQ)", []Token{{Text: "ANTQ", Folded: "antq", Start: 1, End: 5}}},
		{"F5", []Token{{Text: "F5", Folded: "f5", Start: 0, End: 2}}},
		// A number glued to a unit's symbol is the number and the
		// symbol; a superscript digit is the power of the unit it follows.
		{"370m³ cát", []Token{
			{Text: "370", Folded: "370", Start: 0, End: 3, Number: true},
			{Text: "m³", Folded: "m3", Start: 3, End: 6},
			{Text: "cát", Folded: "cat", Start: 7, End: 11},
		}},
		{"gần 293mm", []Token{
			{Text: "gần", Folded: "gan", Start: 0, End: 5},
			{Text: "293", Folded: "293", Start: 6, End: 9, Number: true},
			{Text: "mm", Folded: "mm", Start: 9, End: 11},
		}},
		{"46.000m2", []Token{
			{Text: "46.000", Folded: "46.000", Start: 0, End: 6, Number: true},
			{Text: "m2", Folded: "m2", Start: 6, End: 8},
		}},
		// Letters that are no unit stay glued: a code, "3h" an hour.
		{"3h 5G", []Token{
			{Text: "3h", Folded: "3h", Start: 0, End: 2},
			{Text: "5G", Folded: "5g", Start: 3, End: 5},
		}},
		{"800 m²", []Token{
			{Text: "800", Folded: "800", Start: 0, End: 3, Number: true},
			{Text: "m²", Folded: "m2", Start: 4, End: 7},
		}},
		// After a longer word it marks a note, not a power.
		{"Nội¹", []Token{{Text: "Nội", Folded: "noi", Start: 0, End: 5}}},
		{"GD&ĐT", []Token{
			{Text: "GD", Folded: "gd", Start: 0, End: 2},
			{Text: "ĐT", Folded: "dt", Start: 3, End: 6},
		}},
		// Words folded into one string between words kept as written
		// and numbers.
		{"Hà Nội có 3G và Ánh sáng", []Token{
			{Text: "Hà", Folded: "ha", Start: 0, End: 3},
			{Text: "Nội", Folded: "noi", Start: 4, End: 9},
			{Text: "có", Folded: "co", Start: 10, End: 13},
			{Text: "3G", Folded: "3g", Start: 14, End: 16},
			{Text: "và", Folded: "va", Start: 17, End: 20},
			{Text: "Ánh", Folded: "anh", Start: 21, End: 25},
			{Text: "sáng", Folded: "sang", Start: 26, End: 31},
		}},
	}
	for _, tt := range tests {
		got := Tokens(tt.in)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Tokens(%q) =\n%+v\nwant\n%+v", tt.in, got, tt.want)
		}
		for _, tok := range got {
			if tt.in[tok.Start:tok.End] != tok.Text {
				t.Errorf("Tokens(%q): %+v does not match its offsets", tt.in, tok)
			}
		}
	}
}

func TestIsCode(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"UBND", true},
		{"GD&ĐT", true},
		{"TP", true},
		{"Y", false},
		{"Ubnd", false},
		{"ubnd", false},
		{"2024", false},
		{"H'Nga", false},
	}
	for _, tt := range tests {
		if got := IsCode(tt.word); got != tt.want {
			t.Errorf("IsCode(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}
