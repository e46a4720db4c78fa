package answer

import "testing"

// TestHolderBinding checks whose a number is: the person named nearest
// before it, by that person's name, not the place a run of capitals
// writes before it.
func TestHolderBinding(t *testing.T) {
	names := nameRuns{
		{"nguyen", "van", "an"}, {"duong", "duc", "vuong"},
		{"le", "hong", "nam"}, {"pham", "ngoc", "viet"}, {"le", "van", "binh"},
	}
	const verdict = "Tòa tuyên phạt Nguyễn Văn An (sinh năm 1962) 4 năm 6 tháng tù và Dương Đức Vượng 3 năm tù."
	const ages = "Ông Lê Hồng Nam (54 tuổi), Giám đốc Công an thành phố; ông Phạm Ngọc Việt, Cục trưởng."
	tests := []struct {
		name, text, q, number string
		named, other, known   bool
	}{
		{"the figure after the name asked", verdict, "Nguyễn Văn An bị tuyên bao nhiêu năm tù?", "4", true, false, true},
		{"the next person's figure", verdict, "Nguyễn Văn An bị tuyên bao nhiêu năm tù?", "3", false, true, true},
		{"the name typed in part after a word of address", verdict, "ông Vượng bị phạt mấy năm", "3", true, false, true},
		{"another person's age, the one asked named later", ages, "pham ngoc viet may tuoi", "54", false, true, true},
		{"no person asked", verdict, "bao nhiêu năm tù", "4", false, false, false},
		{"a person the sentence does not name", verdict, "Lê Hồng Nam mấy tuổi", "4", false, false, true},
		{"a place before the name", "Chủ tịch UBND tỉnh Quảng Nam Lê Văn Bình (54 tuổi) dự lễ.", "ông Nam bao nhiêu tuổi", "54", false, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := testSent(tt.text)
			q := parseQuestion(tt.q)
			at := firstWordAt(s, tt.number)
			named, other, known := holderBinding(askedPeople(q, names), s, at, names)
			if named != tt.named || other != tt.other || known != tt.known {
				t.Errorf("%q, %s: named %v other %v known %v, want %v %v %v", tt.q, tt.number, named, other, known, tt.named, tt.other, tt.known)
			}
		})
	}
}
