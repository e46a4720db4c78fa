package corpus

import "testing"

// TestReadDayAgainstDateLine checks that the day a lead writes dates the
// report only when it agrees with the date line: a day of a far year, or
// one in brackets that contradicts the date line or bounds a span (an
// anniversary's), is passed over; so is a day written right after a name
// it dates ("Ngày Quốc tế Phụ nữ 8/3") when the lead dates its clause with
// another.
func TestReadDayAgainstDateLine(t *testing.T) {
	line := Date{Year: 2026, Month: 3}
	tests := []struct {
		lead string
		want Date
	}{
		{"(PLO)- Bộ đội Biên phòng tổ chức gặp mặt kỷ niệm 67 năm Ngày truyền thống (3/3/1959 – 3/3/2026) và 37 năm Ngày Biên phòng toàn dân.",
			Date{Year: 2026, Month: 3}},
		{"Sáng 3-3, Ban Chỉ huy họp mặt kỷ niệm 67 năm Ngày truyền thống (3/3/1959 – 3/3/2026).",
			Date{Year: 2026, Month: 3, Day: 3, Written: "3-3"}},
		{"Ngày 5/3, hội nghị tổng kết diễn ra.", Date{Year: 2026, Month: 3, Day: 5, Written: "5/3"}},
		{"Ngày 28/2/2026, hội nghị tổng kết diễn ra.", Date{Year: 2026, Month: 2, Day: 28, Written: "28/2"}},
		{"Nghị quyết (ban hành ngày 12/8/2024) được triển khai ngày 4/3.", Date{Year: 2026, Month: 3, Day: 4, Written: "4/3"}},
		{"Hội nghị (ngày 4/3) bàn về kinh tế.", Date{Year: 2026, Month: 3, Day: 4, Written: "4/3"}},
		{"Nhân dịp Ngày Quốc tế Phụ nữ 8/3, chiều 6/3, hội phụ nữ phường tổ chức gặp mặt.", Date{Year: 2026, Month: 3, Day: 6, Written: "6/3"}},
		{"Chào mừng Tết trồng cây 9/3, ngày 7/3, huyện ra quân trồng rừng.", Date{Year: 2026, Month: 3, Day: 7, Written: "7/3"}},
		// A date after a day of the week dates the clause.
		{"Nhân dịp Ngày Quốc tế Phụ nữ 8/3, sáng Chủ nhật 1/3, hội phụ nữ tổ chức gặp mặt.", Date{Year: 2026, Month: 3, Day: 1, Written: "1/3"}},
		// The only day the lead writes is the name's: kept.
		{"Hội chợ Xuân 5/3 thu hút nhiều khách.", Date{Year: 2026, Month: 3, Day: 5, Written: "5/3"}},
	}
	for _, tt := range tests {
		if got := readDay(tt.lead, line); got != tt.want {
			t.Errorf("readDay(%q) = %+v, want %+v", tt.lead, got, tt.want)
		}
	}
}
