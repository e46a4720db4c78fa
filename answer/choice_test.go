package answer

import (
	"strings"
	"testing"

	"github.com/hoidap/hoidap/analysis"
)

// TestReadChoice reads the two options of a choice question, and none
// where "hay" joins no options.
func TestReadChoice(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want string // "first | second", "" for no choice
	}{
		{"Bí thư phường có được bầu hay được chỉ định?", "được bầu | được chỉ định"},
		{"Nguyễn Hữu Hợp là giám đốc hay phó giám đốc", "giám đốc | phó giám đốc"},
		{"Hai xe chạy cùng chiều hay ngược chiều?", "cùng chiều | ngược chiều"},
		{"tay chèo là nam hay nữ", "nam | nữ"},
		{"trường Sao Mai là trường mầm non hay tiểu học", "mầm non | tiểu học"},
		{"hom nay gia ca phe tang hay giam", "tang | giam"},
		{"dự án khởi công hay là khánh thành vậy", "khởi công | khánh thành"},
		{"giá lúa tăng hoặc giảm", "tăng | giảm"},
		{"sat lo xay ra vao ban dem hay ban ngay", "ban dem | ban ngay"},
		// "hay" as an adverb or adjective, or a question that asks
		// something else, is no choice.
		{"đường vào xã thường hay bị chia cắt", ""},
		{"bài hát hay", ""},
		{"Vì sao trước đây đường vào 3 xã hay bị chia cắt?", ""},
		{"Các vụ cháy từ đầu năm có làm ai chết hay bị thương k?", ""},
		{"trao huân chương vào buổi sáng hay chiều", "sáng | chiều"},
		{"tăng hay tăng", ""},
		// The base compared with is no part of the second option.
		{"Sản lượng vải năm 2022 tăng hay giảm so với năm 2021?", "tăng | giảm"},
		{"gia trung binh tang hay giam so voi cung ky", "tang | giam"},
	} {
		q := parseQuestion(tc.q)
		got := ""
		if q.choice != nil {
			got = optionText(q.choice.options[0]) + " | " + optionText(q.choice.options[1])
		}
		if got != tc.want {
			t.Errorf("%q: choice %q, want %q", tc.q, got, tc.want)
		}
	}
}

// optionText joins the words as typed.
func optionText(ws []word) string {
	var out []string
	for _, w := range ws {
		out = append(out, w.text)
	}
	return strings.Join(out, " ")
}

// TestChoiceOfAnswer tells an answer that holds one option from one that
// holds both or neither; an option inside the longer other ("giám đốc" of
// "Phó Giám đốc") is not held.
func TestChoiceOfAnswer(t *testing.T) {
	for _, tc := range []struct {
		q, answer       string
		one, unresolved bool
	}{
		{"Bí thư phường có được bầu hay được chỉ định?", "được chỉ định giữ chức vụ Bí thư", true, false},
		{"hom nay gia ca phe tang hay giam", "Giá cà phê liên tục tăng giảm thất thường", false, true},
		{"Nguyễn Hữu Hợp là giám đốc hay phó giám đốc", "Đại tá Nguyễn Hữu Hợp, Giám đốc Công an tỉnh", true, false},
		{"Nguyễn Hữu Hợp là giám đốc hay phó giám đốc", "Phó Giám đốc Công an tỉnh", true, false},
		{"Nguyễn Hữu Hợp là giám đốc hay phó giám đốc", "Giám đốc và Phó Giám đốc", false, true},
		{"tay chèo là nam hay nữ", "5 tay chèo nam", true, false},
		{"tay chèo là nam hay nữ", "diễn ra năm 2024", false, true},
		{"ai được tặng bằng khen", "Nguyễn Văn A", false, false},
	} {
		q := parseQuestion(tc.q)
		one, unresolved := choiceOfAnswer(q.choice, analysis.Tokens(tc.answer))
		if one != tc.one || unresolved != tc.unresolved {
			t.Errorf("%q / %q: one %v unresolved %v, want %v %v", tc.q, tc.answer, one, unresolved, tc.one, tc.unresolved)
		}
	}
}

// TestChoiceOtherWords leaves the options, and a cue of the part of the
// day they share, out of the words a deciding sentence must hold.
func TestChoiceOtherWords(t *testing.T) {
	for _, tc := range []struct {
		q, want string
	}{
		{"trao huân chương vào buổi sáng hay chiều", "trao huân chương"},
		{"Bí thư phường có được bầu hay được chỉ định?", "bí thư phường"},
	} {
		q := parseQuestion(tc.q)
		var content []word
		for _, w := range q.words {
			if !w.isFiller() {
				content = append(content, w)
			}
		}
		if got := optionText(q.choice.otherWords(content)); got != tc.want {
			t.Errorf("%q: other words %q, want %q", tc.q, got, tc.want)
		}
	}
}

func TestChoiceRestoredWord(t *testing.T) {
	// "tham" of "so tham", typed without marks and restored as the
	// content word the articles write ("sơ thẩm"), is matched folded.
	pairs := map[string]pairSides{"so tham": contentSides("sơ", "thẩm")}
	q := parseCanonicalIn(analysis.Canonical("phien toa so tham hay phuc tham"), "vi", known{pairs: pairs})
	if q.choice == nil {
		t.Fatal("no choice read")
	}
	s := testSent("Bị cáo tại phiên tòa xét xử sơ thẩm.")
	if first, second := choiceHeld(q.choice, s.lower, s.fold); first < 0 || second >= 0 {
		t.Errorf("choiceHeld = %d, %d; want the first option only", first, second)
	}
}
