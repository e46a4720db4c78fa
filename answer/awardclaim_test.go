package answer

import (
	"context"
	"strings"
	"testing"
)

// TestAwardClaim asks yes-or-no questions claiming who gave an award of an
// article that names two givers: the award facts decide, and a "no"
// quotes the award the other giver gave.
func TestAwardClaim(t *testing.T) {
	e := articleEngine(t, "date 2024-09 Thời sự Khen thưởng (QNO) - Sáng 19/9, Công an tỉnh tổ chức lễ khen thưởng.\n\n"+
		"Tại buổi lễ, Chủ tịch UBND tỉnh Quảng Nam tặng Bằng khen cho 5 tập thể có thành tích xuất sắc. "+
		"Giám đốc Công an tỉnh tặng Giấy khen cho 10 cá nhân trong Ban chuyên án.")
	ctx := context.Background()
	tests := []struct {
		q    string
		want string // the award-claim candidate's opening, "" for none
	}{
		{"Chủ tịch UBND tỉnh có tặng giấy khen cho ban chuyên án ko", "Không: giám đốc Công an tỉnh tặng Giấy khen"},
		{"co phai chu tich ubnd tinh tang bang khen khong", "Có: tại buổi lễ, Chủ tịch UBND tỉnh Quảng Nam"},
		{"Giấy khen có phải của Phó Giám đốc Công an tỉnh không", "Không: giám đốc Công an tỉnh"},
		{"Bằng khen do Giám đốc Công an tỉnh trao phải không", "Không: tại buổi lễ, Chủ tịch UBND tỉnh"},
		// The claim says more than who gave: the sentence must write it.
		{"có phải lần đầu Chủ tịch UBND tỉnh tặng bằng khen không", ""},
		// The title received, or gave nothing the question names.
		{"Giám đốc Công an tỉnh có được tặng bằng khen không", ""},
		{"Chủ tịch UBND tỉnh có phát biểu không", ""},
	}
	for _, tt := range tests {
		got := ""
		for _, c := range e.Candidates(ctx, tt.q) {
			if c.Generator == string(genAwardClaim) {
				got = c.Answer
			}
		}
		if tt.want == "" && got != "" || !strings.HasPrefix(got, tt.want) {
			t.Errorf("%q: award claim %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestClaimedGiver reads the giver a claim about an award names.
func TestClaimedGiver(t *testing.T) {
	tests := []struct{ q, want string }{
		{"Chủ tịch UBND tỉnh có tặng giấy khen không", "chủ tịch ubnd tỉnh"},
		{"Giấy khen có phải của Phó Giám đốc Công an tỉnh không", "phó giám đốc công an tỉnh"},
		{"co phai thu tuong trao huan chuong ko", "thu tuong"},
		{"huân chương do chủ tịch nước trao phải không", "chủ tịch nước"},
		{"Giám đốc Công an tỉnh có được tặng bằng khen không", ""},
		{"Ông Hùng có phải giám đốc không", ""},
	}
	for _, tt := range tests {
		if got := textOf(claimedGiver(parseQuestion(tt.q))); got != tt.want {
			t.Errorf("claimedGiver(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}
