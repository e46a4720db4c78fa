package answer

import (
	"context"
	"testing"
)

func TestTitleMatch(t *testing.T) {
	tests := []struct {
		name, asked string
		headLen     int
		title       string
		want        int
	}{
		{"the title asked, a word between", "phó bí thư tỉnh ủy", 3, "Phó Bí thư Thường trực Tỉnh ủy", 5},
		{"an abbreviation of initials", "ủy viên btv tỉnh ủy", 2, "Ủy viên Ban Thường vụ Tỉnh ủy", 5},
		{"the question's other words unheld", "nguyên chủ tịch nước dự lễ", 4, "nguyên Chủ tịch nước", 4},
		{"a deputy's title is not the head's", "bí thư tỉnh ủy", 2, "Phó Bí thư Tỉnh ủy", 0},
		{"a former title only when asked", "chủ tịch nước", 2, "nguyên Chủ tịch nước", 0},
	}
	for _, tt := range tests {
		asked := foldWords(foldAll(tt.asked))
		title := foldsOf(foldWords(foldAll(tt.title)))
		if got := titleMatch(asked, tt.headLen, title); got != tt.want {
			t.Errorf("%s: titleMatch = %d, want %d", tt.name, got, tt.want)
		}
	}
}

const titleCounts = "date 2025-09-19 Thời sự Đại hội Đảng bộ phường (QNO) - Sáng 19/9, Đại hội Đảng bộ phường An Mỹ khai mạc.\n\n" +
	"Ông Nguyễn Văn An, Phó Bí thư Thường trực Đảng ủy phường, trình bày báo cáo.\n\n" +
	"Bà Trần Thị Bình, Phó Bí thư Đảng ủy, Chủ tịch UBND phường, điều hành thảo luận.\n\n" +
	"Dự đại hội có nguyên Chủ tịch nước Nguyễn Minh Triết và ông Lê Văn Cường, Bí thư Thành ủy.\n\n" +
	"Chúc mừng đại hội có nguyên Ủy viên Bộ Chính trị, nguyên Phó Thủ tướng Trương Hòa Bình; ông Đào Văn Khánh, Ủy viên Ban Chấp hành Trung ương Đảng; ông Mai Văn Long, Ủy viên Ban Chấp hành Trung ương Đảng.\n\n" +
	"Trao Huân chương Lao động hạng Nhì cho các đồng chí: Phạm Văn Dũng - Trưởng phòng; Đặng Thanh Tùng - Chánh Văn phòng UBND phường.\n\n" +
	"Trao Huân chương Lao động hạng Ba cho các đồng chí: Võ Văn Giang - Đội trưởng; Lý Văn Hải - Tổ trưởng; Đỗ Thị Lan - Tổ phó.\n\n" +
	"Các Ủy viên Ban Thường vụ Đảng ủy gồm có: ông Ngô Văn Minh (Trưởng ban Tổ chức), bà Đinh Thị Nga (Chủ nhiệm Ủy ban Kiểm tra)."

func TestTitleCount(t *testing.T) {
	e := articleEngine(t, titleCounts)
	tests := []struct {
		q    string
		want string // the title_count candidate's answer; "" for none
	}{
		// Tallied: each named with the title, a word between.
		{"phường có mấy phó bí thư đảng ủy", "2 Phó Bí thư: Nguyễn Văn An, Trần Thị Bình"},
		// A noun of people before the title.
		{"có mấy đồng chí phó bí thư đảng ủy", "2 Phó Bí thư: Nguyễn Văn An, Trần Thị Bình"},
		// Listed after a heading naming the award and its rank.
		{"bao nhiêu người nhận huân chương lao động hạng nhì", "2 đồng chí: Phạm Văn Dũng, Đặng Thanh Tùng"},
		{"bao nhiêu người nhận huân chương lao động hạng ba", "3 đồng chí: Võ Văn Giang, Lý Văn Hải, Đỗ Thị Lan"},
		// Listed after a heading naming the title, typed abbreviated.
		{"có bao nhiêu ủy viên btv đảng ủy", "2 Ủy viên: Ngô Văn Minh, Đinh Thị Nga"},
		// A single holder tallies nothing.
		{"có mấy nguyên chủ tịch nước dự đại hội", ""},
		// A qualifier none of the holders has, that titles write.
		{"có mấy phó bí thư thành ủy", ""},
		// A qualifier a sentence writes of the title that the holders' titles lack.
		{"có mấy ủy viên bộ chính trị dự đại hội", ""},
		{"có mấy ủy viên ban chấp hành trung ương dự đại hội", "2 Ủy viên: Đào Văn Khánh, Mai Văn Long"},
		// No title, no people: nothing to count.
		{"có bao nhiêu huân chương được trao", ""},
	}
	for _, tt := range tests {
		got := ""
		for _, c := range e.Candidates(context.Background(), tt.q) {
			if c.Generator == string(genTitleCount) {
				got = c.Answer
			}
		}
		if got != tt.want {
			t.Errorf("%q: title_count %q, want %q", tt.q, got, tt.want)
		}
	}
}
