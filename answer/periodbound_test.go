package answer

import "testing"

func TestPeriodBound(t *testing.T) {
	s := testSent("Trong tháng 6-2024, khách quốc tế đạt hơn 1,2 triệu lượt người, tăng 28,1%; tính chung 6 tháng đầu năm, khách quốc tế đạt hơn 8,8 triệu lượt người.")
	after := testSent("Số lượt người xuất cảnh đạt 2,6 triệu lượt trong 6 tháng, tăng 11,4%.")
	tests := []struct {
		name          string
		q             string
		s             *sent
		number        string
		agrees, known bool
	}{
		{"month asked, month before", "khách quốc tế tháng 6 bao nhiêu lượt", s, "1,2", true, true},
		{"month asked, length before", "khách quốc tế tháng 6 bao nhiêu lượt", s, "8,8", false, true},
		{"length asked, length before", "khách quốc tế 6 tháng bao nhiêu lượt", s, "8,8", true, true},
		{"length asked, month before", "khách quốc tế 6 tháng bao nhiêu lượt", s, "1,2", false, true},
		{"another month", "khách quốc tế tháng 7 bao nhiêu lượt", s, "1,2", false, true},
		{"no period asked", "khách quốc tế bao nhiêu lượt", s, "1,2", false, false},
		{"period after, in its part", "6 tháng bao nhiêu lượt xuất cảnh", after, "2,6", true, true},
		{"period before, across a comma", "6 tháng tăng bao nhiêu", after, "11,4", true, true},
		{"period after, in another part", "6 tháng bao nhiêu lượt", testSent("Đạt 2,6 triệu lượt, tăng 11,4% trong 6 tháng."), "2,6", false, false},
		{"the period of its own part", "huy hiệu 40 năm trao cho mấy người", testSent("Trao Huy hiệu 30 năm tuổi Đảng cho 11 đồng chí, 2 đồng chí nhận Huy hiệu 40 năm tuổi Đảng."), "2", true, true},
		{"another part's period", "huy hiệu 40 năm trao cho mấy người", testSent("Trao Huy hiệu 30 năm tuổi Đảng cho 11 đồng chí, 2 đồng chí nhận Huy hiệu 40 năm tuổi Đảng."), "11", false, true},
		{"a comparison's base", "nhập khẩu tháng 6 đạt bao nhiêu", testSent("Tháng 6, xuất khẩu đạt 29,45 tỷ USD, tăng 5% so với tháng 5; nhập khẩu đạt 26,36 tỷ USD."), "26,36", true, true},
		{"the question's comparison base", "xuất khẩu tăng bao nhiêu % so với tháng 5", testSent("Tháng 6, xuất khẩu đạt 29,45 tỷ USD, tăng 5% so với tháng 5."), "5", false, false},
		{"the same time of another year is a base", "năm 2024 đón bao nhiêu lượt khách quốc tế", testSent("Năm 2024, toàn tỉnh đón hơn 1,64 triệu lượt khách, tăng 18% so với cùng kỳ năm 2023; trong đó khách quốc tế gần 52.000 lượt."), "52.000", true, true},
		{"a bound is no period", "trước ngày 16/12 có bao nhiêu HCV", testSent("Ngày 16/12, đội giành 8 HCV."), "8", false, false},
		{"a spelled point is none", "tổ chức mấy năm một lần", testSent("Hội thao được tổ chức 4 năm một lần."), "4", false, false},
		{"the period after it in its phrase", "mấy đồng chí nhận Huy hiệu 40 năm", testSent("Trong số đó, 11 đồng chí nhận Huy hiệu 30 năm tuổi Đảng và 2 đồng chí nhận Huy hiệu 40 năm tuổi Đảng."), "2", true, true},
		{"an aside is not its period", "10 tháng xuất khẩu bao nhiêu tấn", testSent("Tính chung 10 tháng đầu niên vụ (từ tháng 10 năm ngoái đến tháng 7 năm nay), Việt Nam xuất khẩu hơn 1,3 triệu tấn cà phê."), "1,3", true, true},
		{"unit not written", "năm 2024 bao nhiêu lượt xuất cảnh", after, "2,6", false, false},
	}
	for _, tt := range tests {
		agrees, known := periodBound(askedPeriods(parseQuestion(tt.q)), tt.s, wordIndex(t, tt.s, tt.number))
		if agrees != tt.agrees || known != tt.known {
			t.Errorf("%s: periodBound(%q, %s) = %v, %v; want %v, %v", tt.name, tt.q, tt.number, agrees, known, tt.agrees, tt.known)
		}
	}
}
