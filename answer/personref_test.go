package answer

import (
	"slices"
	"strings"
	"testing"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
)

// TestNameRunsRefersAt checks which words of a question, typed in lower
// case without diacritics, refer to a person the articles name.
func TestNameRunsRefersAt(t *testing.T) {
	runs := nameRuns{
		{"tran", "thi", "thu", "hong"},
		{"le", "thi", "mai"},
		{"ba", "toi"},
	}
	tests := []struct {
		q    string
		want string // the words read as a name, space-separated
	}{
		{"ba thu hong giu chuc gi", "thu hong"},
		{"ba hong giu chuc gi", "hong"},
		{"co phai ba hong la bi thu ko", "hong"},
		{"dong chi hong noi gi", "hong"},
		{"ong ba toi o dau", "ba toi"},
		{"tran thi thu hong la ai", "tran thi thu hong"},
		// Without a word that puts a name after it, one syllable is no
		// name: "hong" is also "không".
		{"co hong", ""},
		{"co phai bi thu la anh hong", ""},
		// A syllable that does not end the name is no name after "chị":
		// "chi thi" is "chỉ thị".
		{"chi thi moi nhat la gi", ""},
		// "ba" is three when no name follows it.
		{"ba nguoi bi thuong", ""},
		{"anh hung la ai", ""},
	}
	for _, tt := range tests {
		raw := strings.Fields(tt.q)
		at := runs.refersAt(raw)
		var got []string
		for i, w := range raw {
			if at[i] {
				got = append(got, w)
			}
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("refersAt(%q) = %q, want %q", tt.q, g, tt.want)
		}
	}
}

// TestParseQuestionNamingKeepsNames checks that a person reference typed
// without diacritics is read as a name, not as phone shorthand.
func TestParseQuestionNamingKeepsNames(t *testing.T) {
	runs := nameRuns{{"tran", "thi", "thu", "hong"}, {"pham", "van", "k"}}
	tests := []struct {
		q    string
		word int
		text string
	}{
		{"ba thu hong giu chuc gi", 2, "hong"},
		{"ba Thu Hong giu chuc gi", 2, "hong"},
		{"anh k lam nghe gi", 1, "k"},
		// Not a person's: "hong" stays shorthand for "không".
		{"co hong", 1, "không"},
		{"ca phe hong ngon", 2, "không"},
	}
	for _, tt := range tests {
		q := parseCanonical(analysis.Canonical(tt.q), "vi", runs)
		if tt.word >= len(q.words) {
			t.Errorf("%q: %d words, want word %d", tt.q, len(q.words), tt.word)
			continue
		}
		w := q.words[tt.word]
		if w.text != tt.text {
			t.Errorf("%q: word %d = %q, want %q", tt.q, tt.word, w.text, tt.text)
		}
	}
}

// TestPersonReferenceAnswers checks that a person referred to by a
// pronoun and the last syllables of the name, typed without diacritics in
// lower case, is the person the question asks about.
func TestPersonReferenceAnswers(t *testing.T) {
	text := "date 2024-05-02 Đại hội Đảng bộ phường Tân Hòa\n\n" +
		"Bà Trần Thị Thu Hồng, Bí thư Quận ủy quận 9, được chỉ định giữ chức vụ Bí thư Đảng ủy phường Tân Hòa.\n\n" +
		"Ông Ba Tới, một nông dân ở Bà Rịa, trồng 7 ha lúa, ông Ba Tới cho biết.\n"
	d := documentOf(t, text)
	tests := []struct {
		q    string
		name string // the person the question names
	}{
		{"ba thu hong giu chuc gi", "Trần Thị Thu Hồng"},
		{"ba Thu Hong giu chuc gi", "Trần Thị Thu Hồng"},
		{"bà Thu Hồng giữ chức gì", "Trần Thị Thu Hồng"},
		{"ba hong la ai", "Trần Thị Thu Hồng"},
	}
	for _, tt := range tests {
		q := d.parse(tt.q)
		got := ""
		for _, f := range d.facts {
			if f.Type == corpus.FactPerson && nameIn(q, f) {
				got = f.Name
				break
			}
		}
		if got != tt.name {
			t.Errorf("%q names %q, want %q", tt.q, got, tt.name)
		}
	}
	if got := d.names; len(got) != 2 || strings.Join(got[1], " ") != "ba toi" {
		t.Errorf("names = %q, want the person fact and \"ba toi\" (not \"Bà Rịa\")", got)
	}
}

// TestNameSyllablesTypedPlain checks a person's name read from the
// articles ends at a mark ("SN" of "ông Dương Phước Hải (SN 1989)" is
// none of it, so "sn" stays shorthand for "sinh"), and that a syllable of
// a name typed so that it folds like a function word ("tai" of "ong tai")
// is a word to find.
func TestNameSyllablesTypedPlain(t *testing.T) {
	text := "date 2024-05-02 Cháy nhà ở Hải Phòng\n\n" +
		"Người dân cứu được cụ bà là ông Dương Phước Hải (SN 1989) và ông Hoàng Anh Tài (SN 1977).\n\n" +
		"Xe do tài xế Lưu Quang Ánh (sinh năm 1983) điều khiển.\n"
	d := documentOf(t, text)
	for _, run := range d.names {
		if slices.Contains(run, "sn") {
			t.Errorf("name run %q holds the note's SN", run)
		}
	}
	tests := []struct {
		q, want string // want: the question's content words, folded
	}{
		{"ong hai sn nam nao", "hai sinh"},
		{"ong tai sinh nam nao", "tai sinh"},
		// Without a person, "tai" is "tại".
		{"sinh tai dau", "sinh"},
		// "Ánh" after the "anh" that calls him.
		{"anh Ánh sinh năm nào", "anh sinh"},
	}
	for _, tt := range tests {
		q := d.parse(tt.q)
		if got := strings.Join(foldsOf(d.content(q)), " "); got != tt.want {
			t.Errorf("content(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
	for _, f := range d.facts {
		if f.Type == corpus.FactPerson && f.Name == "Lưu Quang Ánh" && !nameIn(d.parse("anh Ánh sinh năm nào"), f) {
			t.Errorf("\"anh Ánh sinh năm nào\" does not name %s", f.Name)
		}
	}
}

// TestIdentityListed checks that a question asking who a person it names
// is marks an answer listing people, and a question asking people by a
// title does not.
func TestIdentityListed(t *testing.T) {
	d := documentOf(t, "date 2024-05-02 Khen thưởng người cứu du khách\n\n"+
		"Thiếu tướng Đinh Văn Nơi trao giấy khen cho anh Đinh Văn Thịnh, khách du lịch ở Vân Đồn, và Nguyễn Chí Tứ.\n")
	list := "Thiếu tướng Đinh Văn Nơi; Đinh Văn Thịnh; Nguyễn Chí Tứ"
	tests := []struct {
		q, answer string
		want      bool
	}{
		{"anh Thịnh là ai", list, true},
		{"dinh van thinh la ai", list, true},
		{"anh Thịnh là ai", "khách du lịch ở Vân Đồn", false},
		// A title asks names.
		{"Hai Thiếu tướng là ai", list, false},
		{"ai trao giấy khen", list, false},
	}
	for _, tt := range tests {
		if got := d.identityListed(d.parse(tt.q), tt.answer); got != tt.want {
			t.Errorf("identityListed(%q, %q) = %v, want %v", tt.q, tt.answer, got, tt.want)
		}
	}
}
