package answer

import "testing"

// TestEventNounTyped checks that a noun of events is read as one unless it
// opens a capitalised name.
func TestEventNounTyped(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"lễ tuyên dương tổ chức hôm nào", true},
		{"Lễ tuyên dương tổ chức hôm nào", true},
		{"buoi le bieu duong dien ra luc nao", true},
		{"Lê Văn Dũng biểu dương hôm nào", false},
		{"phong trào được tổng kết trong khoảng thời gian nào", false},
	}
	for _, tt := range tests {
		if got := eventNounTyped(parseQuestion(tt.q).words); got != tt.want {
			t.Errorf("eventNounTyped(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}
