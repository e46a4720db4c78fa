package answer

import (
	"strings"
	"testing"

	"github.com/hoidap/hoidap/analysis"
)

// TestRoleAsked checks which who-questions ask a person by a role noun,
// and the words they say more of the role with.
func TestRoleAsked(t *testing.T) {
	for _, c := range []struct {
		q, noun, more string
	}{
		{"đối tượng gây án tên gì", "doi tuong", "gay an"},
		{"tai xe xe khach la ai", "tai xe", "xe khach"},
		{"Ai là tài xế xe tải?", "tai xe", "xe tai"},
		{"nạn nhân tên gì?", "nan nhan", ""},
		{"bị cáo là ai", "bi cao", ""},
		// No role: a title, a question about something else, a body.
		{"Chủ tịch UBND tỉnh là ai?", "", ""},
		{"ai tổ chức giải", "", ""},
		{"đối tượng bị bắt ở đâu", "", ""},
	} {
		r, ok := roleAsked(parseQuestion(c.q))
		var more []string
		for _, w := range r.more {
			more = append(more, w.fold)
		}
		if got := strings.Join(r.noun, " "); got != c.noun || ok != (c.noun != "") || strings.Join(more, " ") != c.more {
			t.Errorf("roleAsked(%q) = %q %v %q, want %q %q", c.q, got, ok, more, c.noun, c.more)
		}
	}
}

// TestRoleBinds checks that a name counts as the role's only when the
// sentence writes the role noun right before it, past the question's
// words about the role, a copula and a bracket.
func TestRoleBinds(t *testing.T) {
	for _, c := range []struct {
		q, text, name string
		want          bool
	}{
		{"đối tượng tên gì", "Công an huyện đang tạm giữ đối tượng Lê Văn Khải, sinh năm 1990.", "Lê Văn Khải", true},
		{"đối tượng gây án tên gì", "Công an đã làm rõ đối tượng gây án là Trịnh Văn Lộc, sinh năm 1985.", "Trịnh Văn Lộc", true},
		{"đối tượng người Campuchia tên gì", "Tại hiện trường, đối tượng người Campuchia (Sơn Ra) khai nhận.", "Sơn Ra", true},
		{"tai xe xe tai ten gi", "Xe tải do tài xế Mai Văn Toàn (50 tuổi) điều khiển.", "Mai Văn Toàn", true},
		// Another role, a word between that the question does not write,
		// a comma between, no name.
		{"tài xế tên gì", "Xe do anh Mai Văn Toàn điều khiển.", "Mai Văn Toàn", false},
		{"đối tượng tên gì", "Đối tượng khai với cơ quan công an rằng Mai Văn Toàn đã đưa hàng.", "Mai Văn Toàn", false},
		{"nạn nhân tên gì", "Bà Lý (mẹ của nạn nhân), Mai Văn Toàn cho biết.", "Mai Văn Toàn", false},
		{"tài xế tên gì", "Vụ tai nạn khiến 1 tài xế tử vong.", "tử vong", false},
		// Every word of the name counts, not its first two: a passenger
		// sharing them with the driver is not the driver.
		{"tài xế tên gì", "Xe do tài xế Nguyễn Văn Hùng điều khiển chở theo Nguyễn Văn Tâm.", "Nguyễn Văn Tâm", false},
		{"tài xế tên gì", "Xe do tài xế Nguyễn Văn Hùng điều khiển chở theo Nguyễn Văn Tâm.", "Nguyễn Văn Hùng", true},
		// A name written twice binds at the place after the role noun.
		{"tài xế tên gì", "Lò Văn Sáu kể lại, xe do tài xế Lò Văn Sáu điều khiển.", "Lò Văn Sáu", true},
		// The role noun after the name and its note, past a comma.
		{"Nghi phạm cướp giật tên gì?", "Công an bắt giữ Nguyễn Trung T. (sinh năm 1996, ngụ An Giang), nghi phạm đã cướp giật tài sản.", "Nguyễn Trung T.", true},
		{"nghi phạm tên gì", "Công an mời Lê Văn A, nghi phạm đã bỏ trốn, về làm việc.", "Lê Văn A", true},
		// Another word after the comma: no appositive.
		{"nghi phạm tên gì", "Công an mời Lê Văn A, sau đó nghi phạm bỏ trốn.", "Lê Văn A", false},
	} {
		r, ok := roleAsked(parseQuestion(c.q))
		if !ok {
			t.Fatalf("roleAsked(%q): no role", c.q)
		}
		s := testSent(c.text)
		_, got := roleBindsName(s, analysis.Tokens(c.name), r)
		if got != c.want {
			t.Errorf("roleBindsName(%q, %q) = %v, want %v", c.text, c.name, got, c.want)
		}
	}
}

// roleArticle names people after role nouns, two drivers among them.
const roleArticle = "date 2024-05 Pháp luật Tai nạn trên quốc lộ 9 - Sáng 3/5, xe khách do tài xế Đặng Văn Quý (52 tuổi) điều khiển va chạm với xe tải do tài xế Lương Minh Sơn (38 tuổi) điều khiển.\n\n" +
	"Công an huyện đã xác định đối tượng gây rối là Phan Hữu Lợi, sinh năm 1999.\n\n" +
	"Nạn nhân Tô Thị Hằng (30 tuổi) được đưa đi cấp cứu.\n"

// TestRoleNamed checks the person a who-question asks by role is the one
// the article names right after that role noun, the role's other words
// choosing between two.
func TestRoleNamed(t *testing.T) {
	e := articleEngine(t, roleArticle)
	for _, c := range []struct {
		q, want string
	}{
		{"tài xế xe tải tên gì", "Lương Minh Sơn"},
		{"tai xe xe khach la ai", "Đặng Văn Quý"},
		{"đối tượng gây rối tên gì", "Phan Hữu Lợi"},
		{"nạn nhân là ai", "Tô Thị Hằng"},
		{"bị cáo tên gì", ""}, // no one is written so
		{"ai tổ chức giải", ""},
	} {
		if got := generatedBy(e, c.q, e.roleNamed).answer; got != c.want {
			t.Errorf("%q: %q, want %q", c.q, got, c.want)
		}
	}
}

// TestRoleNamedList checks that a role whose list a sentence opens ("Các
// đối tượng gồm: A, B và C") binds the first name, and that a plural
// question takes every name from it on.
func TestRoleNamedList(t *testing.T) {
	e := articleEngine(t, "date 2023-06 Bắt 3 đối tượng trộm cắp ở chùa (XYZ) - Ngày 7/6, Công an huyện Quỳnh Phụ bắt 3 đối tượng trộm cắp tài sản.\n\n"+
		"Các đối tượng gồm: Đỗ Đình Mạnh (sinh năm 1990), Đỗ Văn Tải (sinh năm 1999) và Đặng Vũ Hùng (sinh năm 2003).\n")
	for _, c := range []struct {
		q, want string
	}{
		{"Các đối tượng tên là gì?", "Đỗ Đình Mạnh; Đỗ Văn Tải; Đặng Vũ Hùng"},
		{"đối tượng trộm cắp tên gì", "Đỗ Đình Mạnh"},
	} {
		if got := generatedBy(e, c.q, e.roleNamed).answer; got != c.want {
			t.Errorf("%q: %q, want %q", c.q, got, c.want)
		}
	}
}

// TestRoleNamedAnswer checks whether an answer to a who-question asking
// by role is the name its sentence writes right after the role noun, and
// that the check knows nothing of other questions and of names the
// sentence does not write.
func TestRoleNamedAnswer(t *testing.T) {
	for _, c := range []struct {
		q, text, answer string
		named, known    bool
	}{
		{"tài xế tên gì", "Xe container do tài xế Vi Văn Thắng (41 tuổi) điều khiển.", "Vi Văn Thắng", true, true},
		{"nạn nhân là ai", "Nạn nhân là chị Hà Thị Lụa, trú xã Quỳnh Lâm.", "Hà Thị Lụa", false, true},
		// Written, but not after the role noun.
		{"tài xế tên gì", "Anh Vi Văn Thắng cho biết tài xế đã bỏ chạy.", "Vi Văn Thắng", false, true},
		// Not written in the sentence.
		{"tài xế tên gì", "Xe container do tài xế Vi Văn Thắng điều khiển.", "Vi Văn Thành", false, false},
		{"tài xế tên gì", "Xe container do tài xế Vi Văn Thắng điều khiển.", "", false, false},
		// No role asked.
		{"ai điều khiển xe container", "Xe container do tài xế Vi Văn Thắng điều khiển.", "Vi Văn Thắng", false, false},
	} {
		named, known := roleNamedAnswer(parseQuestion(c.q), testSent(c.text), analysis.Tokens(c.answer))
		if named != c.named || known != c.known {
			t.Errorf("roleNamedAnswer(%q, %q, %q) = %v %v, want %v %v", c.q, c.text, c.answer, named, known, c.named, c.known)
		}
	}
}
