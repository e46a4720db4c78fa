package answer

import (
	"testing"

	"github.com/hoidap/hoidap/analysis"
)

// TestCutShort: a span followed by a content word with only a space
// between is cut short; one that ends the sentence, meets punctuation or a
// word that opens a constituent of its own is whole; a span the sentence
// does not write is unknown. Sentences written for the test.
func TestCutShort(t *testing.T) {
	tests := []struct {
		name, sentence, answer string
		cut, known             bool
	}{
		{"inside a name", "Phòng Cảnh sát Kinh tế Công an tỉnh đã vào cuộc.", "Phòng Cảnh sát Kinh", true, true},
		{"inside a word", "Ông được tặng Huy chương Chiến sĩ vẻ vang hạng Ba.", "Huy chương Chiến sĩ vẻ", true, true},
		{"before a comma", "Đoàn đạt giải Nhất, giải Nhì và giải Ba.", "giải Nhất", false, true},
		{"before a preposition", "Xã phát động phong trào thi đua yêu nước trong toàn dân.", "phong trào thi đua yêu nước", false, true},
		{"before a function word", "Đội giành huy chương vàng của giải bơi.", "huy chương vàng", false, true},
		{"sentence end", "Thành phố khởi công cầu Bến Lức.", "cầu Bến Lức", false, true},
		{"not written", "Thành phố khởi công cầu Bến Lức.", "cầu Sông Hậu", false, false},
		{"whole once", "Cầu Bến Lức mở. Dân qua cầu Bến Lức", "cầu Bến Lức", false, true},
		// A name closing on its place is whole; the word after it is
		// its verb.
		{"closed on a place", "Ngày 15-12, TAND TP Cần Thơ mở phiên tòa sơ thẩm.", "TAND TP Cần Thơ", false, true},
		{"closed on a place after a code", "Ngày 27/4, TAND TPHCM mở phiên tòa sơ thẩm.", "TAND TPHCM", false, true},
		{"a code alone", "Ngày 27/4, TAND mở phiên tòa sơ thẩm.", "TAND", true, true},
		{"inside a place's name", "Chủ tịch UBND tỉnh Quảng Nam Hồ Quang Bửu cho biết.", "UBND tỉnh Quảng", true, true},
		{"a capital after a code", "Ngày 27/4, TAND Tối cao xét xử.", "TAND Tối", true, true},
		// A code that holds digits ends where its clause's verb follows;
		// a count does not.
		{"closed on a plate", "Xe khách biển kiểm soát 47B-022.30 chạy tuyến Đắk Lắk.", "biển kiểm soát 47B-022.30", false, true},
		{"closed on a plate's letters", "Xe máy biển số 36R2-37xx chạy ngược chiều.", "biển số 36R2-37xx", false, true},
		{"a count before its noun", "Trường tăng cường 65 cán bộ xuống địa bàn.", "Trường tăng cường 65", true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := testSent(tt.sentence)
			cut, known := cutShort(s, analysis.Tokens(tt.answer))
			if cut != tt.cut || known != tt.known {
				t.Errorf("cutShort(%q, %q) = %v, %v; want %v, %v", tt.sentence, tt.answer, cut, known, tt.cut, tt.known)
			}
		})
	}
}
