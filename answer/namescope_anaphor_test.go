package answer

import "testing"

// TestMissesNamesOfAnaphor checks that a sentence opening by pointing back
// ("Đây là đối tượng …") is read with the names of the sentence before it,
// whatever places it names itself.
func TestMissesNamesOfAnaphor(t *testing.T) {
	e := articleEngine(t, "date 2021-01 Ngày 12/1, Công an huyện Hà Trung cho biết đã bắt một đối tượng.\n\n"+
		"Trước đó, công an bắt quả tang Quách Công Hùng tàng trữ ma túy. "+
		"Đây là đối tượng đã có 2 tiền án, hoạt động trên địa bàn các huyện: Hà Trung, Vĩnh Lộc. "+
		"Hai ngày sau, Công an huyện Vĩnh Lộc bắt Lê Văn Tâm với 3 tiền án.\n")
	tests := []struct {
		q      string
		index  int // the sentence of the paragraph
		misses bool
	}{
		{"Quách Công Hùng có mấy tiền án", 1, false},
		{"quach cong hung co may tien an", 1, false},
		{"Lê Văn Tâm có mấy tiền án", 1, true},
		{"Lê Văn Tâm có mấy tiền án", 2, false},
		{"Quách Công Hùng có mấy tiền án", 2, true},
	}
	for _, tt := range tests {
		s := e.sentOf[ref{"t/p1", tt.index}]
		if s == nil {
			t.Fatalf("no sentence %d in t/p1", tt.index)
		}
		if got := e.missesNamesOf(e.parse(tt.q), s); got != tt.misses {
			t.Errorf("missesNamesOf(%q, %q) = %v, want %v", tt.q, s.text, got, tt.misses)
		}
	}
}
