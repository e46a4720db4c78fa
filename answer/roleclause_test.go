package answer

import "testing"

func TestShortRef(t *testing.T) {
	for _, c := range []struct{ name, want string }{
		{"T.C.T.", "T."},
		{"N.H.N", "N."},
		{"Nguyễn Văn Hùng", "Hùng"},
		{"Hùng", ""},
		{"", ""},
	} {
		if got := shortRef(c.name); got != c.want {
			t.Errorf("shortRef(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

func TestMentions(t *testing.T) {
	for _, c := range []struct {
		text, ref string
		want      bool
	}{
		{"Anh T. chết tại chỗ, 2 phương tiện hư hỏng.", "T.", true},
		{"Nhận được hung tin, mẹ của anh N. đến hiện trường.", "N.", true},
		{"Lực lượng chức năng xác định, tài xế N. lái xe.", "N.", false},
		{"Ông Hùng cho biết.", "Hùng", true},
		{"Ông Hùngx cho biết.", "Hùng", false},
		{"Đội Hùng Vương thắng.", "Hùng", false},
	} {
		if got := mentions(c.text, c.ref); got != c.want {
			t.Errorf("mentions(%q, %q) = %v, want %v", c.text, c.ref, got, c.want)
		}
	}
}

func TestWithClauseRoles(t *testing.T) {
	for _, c := range []struct {
		part, role string
		want       bool
	}{
		{"anh N.H.N (27 tuổi, quê An Giang) tử vong", "nạn nhân", true},
		{"Anh T. chết tại chỗ", "nạn nhân", true},
		{"do anh P.V.N. (sinh năm 1982) lái va chạm với xe máy", "nạn nhân", false},
		{"một người bị thương nặng", "người bị thương", true},
	} {
		got := share(foldWords(c.role), withClauseRoles(foldWords(c.part))) == 1
		if got != c.want {
			t.Errorf("withClauseRoles(%q) holds %q = %v, want %v", c.part, c.role, got, c.want)
		}
	}
}

// TestAsksClauseRole tells a question that calls its person by a role of
// a clause ("nạn nhân") from one that asks of a relative of that person
// through a noun of kinship before the role.
func TestAsksClauseRole(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"nạn nhân quê ở đâu?", true},
		{"nạn nhân sinh năm bao nhiêu", true},
		{"mẹ nạn nhân sinh năm bao nhiêu", false},
		{"vợ của nạn nhân sinh năm nào", false},
		{"con gái người chết bao nhiêu tuổi", false},
		{"chủ quán sinh năm bao nhiêu", false},
		// A driver is who "điều khiển" or "cầm lái" a vehicle.
		{"tài xế sinh năm bao nhiêu", true},
		{"vợ tài xế sinh năm bao nhiêu", false},
		// The object of another person's act: "kẻ" is whom it asks.
		{"ke dam tai xe la ai", false},
		{"người điều khiển xe đầu kéo tên gì", true},
	}
	for _, tt := range tests {
		if got := asksClauseRole(parseQuestion(tt.q)); got != tt.want {
			t.Errorf("asksClauseRole(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// kinArticle names the victim and, with a note of her own, the victim's
// mother.
const kinArticle = "date 2024-01 Pháp luật Tai nạn trong đêm (ABC) - Khoảng 22h ngày 3/1, anh Lê Văn Quý K. (SN 1999, ngụ huyện Bến Lức) đi xe máy trên quốc lộ 1.\n\n" +
	"Anh K. tử vong tại chỗ.\n\n" +
	"Bà M. (SN 1970, mẹ của nạn nhân) cho biết anh K. đi làm về muộn."

// TestKinOfAskedRole never answers a role with the relative whose note
// writes the role after a noun of kinship ("mẹ của nạn nhân").
func TestKinOfAskedRole(t *testing.T) {
	e := articleEngine(t, kinArticle)
	tests := []struct {
		q, want string
	}{
		{"nạn nhân tên gì", "Lê Văn Quý K"},
		{"nạn nhân là ai", "Lê Văn Quý K"},
		{"nạn nhân sinh năm bao nhiêu", "Lê Văn Quý K: sinh năm 1999"},
		{"mẹ nạn nhân sinh năm bao nhiêu", "M: sinh năm 1970"}, // the relative asked
	}
	for _, tt := range tests {
		if got := generatedBy(e, tt.q, e.personNote).answer; got != tt.want {
			t.Errorf("%q: %q, want %q", tt.q, got, tt.want)
		}
	}
}
