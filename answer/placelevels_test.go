package answer

import (
	"reflect"
	"testing"
)

// TestAskedLevels checks which main units of place a question asks
// which of, when it asks two or more.
func TestAskedLevels(t *testing.T) {
	e := articleEngine(t, "date 2024-09 Thời sự Sạt lở đất (TNO) - Sáng 29/9, tại xã Việt Vinh, huyện Bắc Quang, tỉnh Hà Giang xảy ra sạt lở đất.\n")
	tests := []struct {
		q    string
		want []string
	}{
		{"Sạt lở ở huyện nào, tỉnh nào?", []string{"huyen", "tinh"}},
		{"sat lo o xa nao huyen nao", []string{"xa", "huyen"}},
		{"xảy ra ở thị trấn nào, tỉnh nào", []string{"thi tran", "tinh"}},
		{"Sạt lở ở tỉnh nào?", nil},
		{"tỉnh nào, tỉnh nào", nil},
		{"những tỉnh nào có đội tham gia", nil},
		// Units listed before one which word, smallest first.
		{"Sạt lở thuộc thị trấn, tỉnh nào?", []string{"thi tran", "tinh"}},
		{"Mũi Né thuộc thành phố, tỉnh nào?", []string{"thanh pho", "tinh"}},
		{"xã, huyện nào bị sạt lở", []string{"xa", "huyen"}},
		{"sat lo o huyen va tinh nao", []string{"huyen", "tinh"}},
		// Names of one rank, not levels: one place of either.
		{"Mưa lớn tập trung ở tỉnh, thành phố nào?", nil},
		{"Khám ở những xã, phường nào?", nil},
		{"xã, phường, thị trấn nào bị ngập", nil},
		{"sat lo o huyen hay tinh nao", nil},
		// "xa" typed among words with diacritics is no "xã".
		{"Trường cách xa tỉnh nào?", nil},
	}
	for _, tt := range tests {
		if got := askedLevels(e.parse(tt.q)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("askedLevels(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestPlaceLevelsIn checks the place read around an answer from the
// first level asked to the last, and none when a level is missing.
func TestPlaceLevelsIn(t *testing.T) {
	const text = "Sáng 29-9, trên quốc lộ 2 đoạn qua xã Việt Vinh, huyện Bắc Quang, tỉnh Hà Giang đã xảy ra một vụ sạt lở đất."
	tests := []struct {
		name, text, answer string
		levels             []string
		want               string
	}{
		{"the province given, the district asked too", text, "tỉnh Hà Giang", []string{"huyen", "tinh"}, "huyện Bắc Quang, tỉnh Hà Giang"},
		{"the commune given, three levels asked", text, "xã Việt Vinh", []string{"xa", "huyen", "tinh"}, "xã Việt Vinh, huyện Bắc Quang, tỉnh Hà Giang"},
		{"a level the place does not write", "Vụ cháy xảy ra tại xã Khoen On, huyện Than Uyên.", "xã Khoen On", []string{"huyen", "tinh"}, ""},
		{"an answer outside any place", text, "sạt lở đất", []string{"huyen", "tinh"}, ""},
		{"an answer the sentence does not write", text, "tỉnh Lào Cai", []string{"huyen", "tinh"}, ""},
		{"a city abbreviated without a period", "Bùn cát đổ xuống đường Huỳnh Thúc Kháng, Mũi Né, TP Phan Thiết, tỉnh Bình Thuận.", "tỉnh Bình Thuận", []string{"thanh pho", "tinh"}, "TP Phan Thiết, tỉnh Bình Thuận"},
	}
	for _, tt := range tests {
		if got := placeLevelsIn(tt.text, tt.answer, tt.levels); got != tt.want {
			t.Errorf("%s: placeLevelsIn(%q, %q) = %q, want %q", tt.name, tt.answer, tt.levels, got, tt.want)
		}
	}
}

// TestHoldsLevels checks whether an answer names a part of each level of
// place a question asks: levels_missed marks one that does not.
func TestHoldsLevels(t *testing.T) {
	tests := []struct {
		answer string
		levels []string
		want   bool
	}{
		{"thị xã Sa Pa, tỉnh Lào Cai", []string{"thi xa", "tinh"}, true},
		{"tỉnh Lào Cai", []string{"thi xa", "tinh"}, false},
		{"TP Phan Thiết, tỉnh Bình Thuận", []string{"thanh pho", "tinh"}, true},
		{"TP.Thủ Đức", []string{"thanh pho", "tinh"}, false},
		// "TT Huế" is Thừa Thiên Huế, no thị trấn.
		{"huyện Phong Điền, TT Huế", []string{"thi tran", "huyen"}, false},
	}
	for _, tt := range tests {
		if got := holdsLevels(tt.answer, tt.levels); got != tt.want {
			t.Errorf("holdsLevels(%q, %q) = %v, want %v", tt.answer, tt.levels, got, tt.want)
		}
	}
}

// TestLevelsHeld checks that a question's candidates are known to give
// every level of place asked when one of them does.
func TestLevelsHeld(t *testing.T) {
	levels := []string{"thanh pho", "tinh"}
	tests := []struct {
		answers []string
		want    bool
	}{
		{[]string{"tỉnh Bình Thuận", "TP Phan Thiết, tỉnh Bình Thuận"}, true},
		{[]string{"tỉnh Bình Thuận", "", "Mũi Né"}, false},
	}
	for _, tt := range tests {
		var all []candidate
		for _, a := range tt.answers {
			all = append(all, candidate{answer: a})
		}
		var shared sharedFeatures
		if got := shared.levelsHeld(all, levels); got != tt.want {
			t.Errorf("levelsHeld(%q) = %v, want %v", tt.answers, got, tt.want)
		}
	}
}
