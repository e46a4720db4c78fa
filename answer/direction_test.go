package answer

import (
	"testing"

	"github.com/hoidap/hoidap/corpus"
)

// TestDirection answers which way a vehicle was going with the way written
// after "hướng" up to the clause that goes on, and nothing where "hướng"
// writes no way or the question asks none.
func TestDirection(t *testing.T) {
	tests := []struct {
		name, text, q, want string
	}{
		{"from and to",
			"Khoảng 6 giờ sáng, anh Lê Văn Tâm điều khiển xe tải lưu thông trên quốc lộ 14 theo hướng từ Đức Cơ về Chư Sê thì va chạm với xe máy.",
			"xe tải chạy theo hướng nào", "hướng từ Đức Cơ về Chư Sê"},
		{"a pair by a dash",
			"Tàu hàng SE7 đang chạy hướng Bắc - Nam, đến km 1.201 thì tông vào xe ô tô.",
			"Đoàn tàu chạy theo hướng nào?", "hướng Bắc - Nam"},
		{"where it goes only",
			"Xe khách 47B-123.45 chạy trên đường Hùng Vương, hướng đi Buôn Ma Thuột.",
			"xe khach chay huong di dau", "hướng đi Buôn Ma Thuột"},
		{"a name that reads as a verb",
			"Ông Hà Văn Lực đi mô tô trên quốc lộ 9 theo hướng từ thị trấn Lao Bảo về thị trấn Khe Sanh có biểu hiện nghi vấn.",
			"ông Lực đi theo hướng nào", "hướng từ thị trấn Lao Bảo về thị trấn Khe Sanh"},
		{"up to an auxiliary",
			"Xe ô tô khách lưu thông theo hướng từ Kon Tum đi Quảng Ngãi đã va chạm với xe tải.",
			"xe khach chay huong nao", "hướng từ Kon Tum đi Quảng Ngãi"},
		{"an abbreviated unit of place",
			"Ô tô con chạy hướng từ TP. HCM đi Vũng Tàu thì bị lật.",
			"o to chay huong nao", "hướng từ TP. HCM đi Vũng Tàu"},
		{"to guide is no way",
			"Xe tải lưu thông trên quốc lộ 1A thì va chạm. CSGT hướng dẫn các phương tiện xe tải đi vào làn đường bên phải.",
			"xe tải chạy theo hướng nào", ""},
		{"orientation is no way",
			"Tỉnh định hướng phát triển kinh tế đi vào chiều sâu.",
			"tỉnh phát triển theo hướng nào", ""},
		{"a comma right after",
			"Xe tải bất ngờ đổi hướng, từ đó đi vào lề đường.",
			"xe tải chạy theo hướng nào", ""},
		{"up to a preposition",
			"Xe khách chạy theo hướng từ Hà Nội về Hải Phòng với tốc độ cao.",
			"xe khách chạy hướng nào", "hướng từ Hà Nội về Hải Phòng"},
		{"a trend asked",
			"Tỉnh định hướng phát triển kinh tế đi vào chiều sâu. Xe tải chạy theo hướng từ Đức Cơ về Chư Sê.",
			"xu hướng nào đang nổi lên", ""},
		{"no way written",
			"Tỉnh phát triển nông nghiệp theo hướng hàng hóa, bền vững.",
			"nông nghiệp phát triển theo hướng nào", ""},
		{"no way asked",
			"Anh Tâm điều khiển xe tải theo hướng từ Đức Cơ về Chư Sê thì va chạm với xe máy.",
			"anh Tâm lái xe gì", ""},
		{"a clause, not a way",
			"Đoàn người đi theo hướng từ Đức Cơ đi men theo bờ suối dài hun hút giữa rừng già nhiều cây cổ thụ.",
			"đoàn người đi theo hướng nào", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := corpus.Parse("t", []byte("date 2025-06-01 Tin giao thông\n\n"+tt.text+"\n"))
			if err != nil {
				t.Fatal(err)
			}
			e := newTestEngine(t, []*corpus.Article{a})
			if got := generatedBy(e, tt.q, e.direction).answer; got != tt.want {
				t.Errorf("%q: %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}
