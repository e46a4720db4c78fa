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
	tests := []claimCase{
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
	checkClaims(t, e, genAwardClaim, tests)
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

// TestTitleClaim asks yes-or-no questions claiming a person's title or
// rank: the person facts decide, unless a sentence naming the person
// writes the title claimed where the facts do not give it to them.
func TestTitleClaim(t *testing.T) {
	e := articleEngine(t, "date 2024-09 Thời sự Kỷ niệm (TTH) - Sáng 19/9, Công an tỉnh tổ chức lễ kỷ niệm.\n\n"+
		"Ông Phan Ngọc Thọ, Phó Bí thư thường trực Tỉnh ủy, trao bằng khen cho Công an tỉnh. "+
		"Phát biểu tại buổi lễ, Thiếu tướng Nguyễn Xuân Thao, Giám đốc Công an tỉnh, cảm ơn các đơn vị. "+
		"Các Phó Bí thư Tỉnh ủy được chỉ định gồm: ông Nguyễn Đăng Quang, Chủ tịch HĐND tỉnh; ông Trần Phong, Chủ tịch UBND tỉnh. "+
		"Đại tá Võ Văn Dương, Phó Giám đốc Công an tỉnh, trao giấy khen cho 2 tập thể.")
	tests := []claimCase{
		{"Ông Phan Ngọc Thọ có phải Chủ tịch UBND tỉnh ko", "Không: ông Phan Ngọc Thọ, Phó Bí thư"},
		{"ong tho co phai pho bi thu thuong truc tinh uy khong", "Có: ông Phan Ngọc Thọ"},
		{"Ông Nguyễn Xuân Thao có phải là đại tá ko", "Không: phát biểu tại buổi lễ, Thiếu tướng"},
		{"ông Thao có phải thiếu tướng không", "Có: phát biểu"},
		{"ông Thao có phải phó giám đốc công an tỉnh không", "Không: phát biểu"},
		// A deputy's title does not write the title claimed without "phó".
		{"ông Dương là giám đốc công an tỉnh phải ko", "Không: đại tá Võ Văn Dương"},
		{"ông Dương là phó giám đốc công an tỉnh phải ko", "Có: đại tá Võ Văn Dương"},
		// The list's lead gives the title the facts miss: the passage
		// decides, not the facts.
		{"ông Trần Phong có phải Phó Bí thư ko", ""},
		// No title claimed.
		{"ông Thao có phát biểu không", ""},
	}
	checkClaims(t, e, genTitleClaim, tests)
}

// A claimCase is a yes-or-no question and the opening of the candidate a
// claim generator must give it, "" for none.
type claimCase struct{ q, want string }

// checkClaims asks each case's question of e and checks the candidate of
// generator gen.
func checkClaims(t *testing.T, e *Engine, gen generator, tests []claimCase) {
	t.Helper()
	ctx := context.Background()
	for _, tt := range tests {
		c, _ := candidateOf(e.Candidates(ctx, tt.q), string(gen))
		if tt.want == "" && c.Answer != "" || !strings.HasPrefix(c.Answer, tt.want) {
			t.Errorf("%q: %s candidate %q, want %q", tt.q, gen, c.Answer, tt.want)
		}
	}
}
