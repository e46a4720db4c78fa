package answer

import (
	"reflect"
	"sort"
	"testing"
)

// TestOwnPlaceNames checks that the place names a text writes after a
// unit of place are read, and a body's name or a single syllable is not.
func TestOwnPlaceNames(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Sáng nay, Công an tỉnh Quảng Nam phối hợp Hội Nông dân", []string{"quang nam"}},
		{"UBND phường Chợ Lớn, TP Hồ Chí Minh", []string{"cho lon", "ho chi minh"}},
		{"Hội nghị tại tỉnh Hội Nông dân", nil},
		{"tại thành phố Huế", nil},
		{"công an tỉnh tổ chức", nil},
	}
	for _, tt := range tests {
		var got []string
		for n := range ownPlaceNames(tt.text) {
			got = append(got, n)
		}
		sort.Strings(got)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ownPlaceNames(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestOwnPlaceAt checks that a place name is found in a question typed
// with or without capitals, the longest first.
func TestOwnPlaceAt(t *testing.T) {
	places := map[string]bool{"quang nam": true, "ho chi minh": true}
	tests := []struct {
		q    string
		at   int
		want int
	}{
		{"giam doc cong an tinh quang nam la ai", 5, 2},
		{"giám đốc công an tỉnh Quảng Nam là ai", 5, 2},
		{"giam doc cong an tinh quang nam la ai", 4, 0},
		{"tp ho chi minh", 1, 3},
		{"quang", 0, 0},
	}
	for _, tt := range tests {
		ws := parseQuestion(tt.q).words
		if got := ownPlaceAt(ws, tt.at, places); got != tt.want {
			t.Errorf("ownPlaceAt(%q, %d) = %d, want %d", tt.q, tt.at, got, tt.want)
		}
	}
}
