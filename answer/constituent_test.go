package answer

import (
	"testing"

	"github.com/hoidap/hoidap/corpus"
)

// testSent prepares text as the one sentence of a Vietnamese passage.
func testSent(text string) *sent {
	a := &corpus.Article{ID: "t", Language: "vi"}
	p := &corpus.Passage{ID: "t/p1", Article: "t", Text: text, Sentences: []corpus.Span{{Start: 0, End: len(text)}}}
	return newSent(a, p, 0, nil)
}

// wordAt returns the position of the first word of s written w, or -1.
func wordAt(s *sent, w string) int {
	for i := range s.starts {
		if s.text[s.starts[i]:s.ends[i]] == w {
			return i
		}
	}
	return -1
}

func TestOrganisationEnd(t *testing.T) {
	tests := []struct {
		text, head, want string
	}{
		{"Ông Hà - Phó Cục trưởng Cục Quản lý chất lượng (Bộ GD&ĐT) cho biết.", "Quản", ""},
		{"Theo Trung tâm dự báo khí tượng thủy văn quốc gia, ngày 9.8 có mưa.", "Trung", "Trung tâm dự báo khí tượng thủy văn quốc gia"},
		{"Văn phòng thường trực Ban Chỉ đạo quốc gia về phòng, chống thiên tai cho biết.", "Văn", "Văn phòng thường trực Ban Chỉ đạo quốc gia"},
		{"Đề nghị của Sở Giáo dục và Đào tạo tỉnh Gia Lai, mới đây.", "Sở", "Sở Giáo dục và Đào tạo tỉnh Gia Lai"},
		{"Công an huyện Bình Chánh tuần tra kiểm soát tại ấp 2.", "Công", "Công an huyện Bình Chánh"},
		{"Trường Tiểu học Phạm Hồng Thái, Trường Mầm non 1/6.", "Trường", "Trường Tiểu học Phạm Hồng Thái"},
		{"Bệnh viện Nhi Trung ương cơ sở 2 sẵn sàng hoạt động.", "Bệnh", "Bệnh viện Nhi Trung ương cơ sở 2"},
		{"Liên đoàn điền kinh Việt Nam nâng tầm giải đấu.", "Liên", "Liên đoàn điền kinh Việt Nam"},
		{"Trường Tiểu học Số 1 thị trấn Phú Túc, Trường Mầm non Sao Mai.", "Trường", "Trường Tiểu học Số 1 thị trấn Phú Túc"},
		{"Trường phổ thông Dân tộc bán trú THCS Nguyễn Bá Ngọc (huyện Phú Thiện).", "Trường", "Trường phổ thông Dân tộc bán trú THCS Nguyễn Bá Ngọc"},
		{"Tại huyện Đak Đoa có Trường THCS K’Pa K’lơng, Trường Mầm non Ia Băng.", "Trường", "Trường THCS K’Pa K’lơng"},
		{"Mới đây, UBND tỉnh đã có các quyết định.", "UBND", "UBND tỉnh"},
		{"Bệnh viện Nhi Trung ương cơ sở 2 và Bệnh viện Phụ sản Trung ương cơ sở 2 (tại xã Kiều Phú).", "Bệnh", "Bệnh viện Nhi Trung ương cơ sở 2"},
		{"Hội đồng Lý luận Trung ương tổ chức Lễ trao tặng.", "Hội", "Hội đồng Lý luận Trung ương"},
	}
	for _, tt := range tests {
		s := testSent(tt.text)
		at := wordAt(s, tt.head)
		end := organisationEnd(s, at, noStop)
		got := ""
		if end > at {
			got = s.text[s.starts[at]:s.ends[end-1]]
		}
		if got != tt.want {
			t.Errorf("organisationEnd(%q, %q) = %q, want %q", tt.text, tt.head, got, tt.want)
		}
	}
}
