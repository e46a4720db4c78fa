package answer

import (
	"testing"

	"github.com/hoidap/hoidap/analysis"
)

func TestRestoreFilled(t *testing.T) {
	// pairs as articles writing "Đảng bộ", "tập thể" and "đang thi công"
	// would hold them.
	pairs := map[string]pairSides{
		"dang bo":  contentSides("đảng", "bộ"),
		"tap the":  contentSides("tập", "thể"),
		"dang thi": contentSides("đang", "thi"),
	}
	tests := []struct {
		q        string
		restored []string // folded words read as written
	}{
		{"bch dang bo tinh gom bao nhieu nguoi", []string{"dang"}},
		{"bao nhieu tap the duoc khen", []string{"the"}},
		{"cong trinh dang thi cong o dau", []string{"thi"}}, // "đang" is a filler; "thi" is no "thì"
		{"ban chấp hành dang bo có bao nhiêu người", nil},   // typed with marks: read as typed
		{"dang bo nao", []string{"dang"}},
		{"dang 2 nguoi", nil},
	}
	for _, tt := range tests {
		q := parseCanonicalIn(analysis.Canonical(tt.q), "vi", known{pairs: pairs})
		var got []string
		for _, w := range q.words {
			if w.restored {
				got = append(got, w.fold)
			}
		}
		if len(got) != len(tt.restored) {
			t.Errorf("%q: restored %v, want %v", tt.q, got, tt.restored)
			continue
		}
		for i := range got {
			if got[i] != tt.restored[i] {
				t.Errorf("%q: restored %v, want %v", tt.q, got, tt.restored)
			}
		}
		if parseCanonical(analysis.Canonical(tt.q), "vi", nil).words != nil {
			for _, w := range parseCanonical(analysis.Canonical(tt.q), "vi", nil).words {
				if w.restored {
					t.Errorf("%q: %q restored without the articles' pairs", tt.q, w.text)
				}
			}
		}
	}
}

func TestRestoredWordIsContent(t *testing.T) {
	// "dang" of "dang bo" is no filler nor a stop of a count's focus.
	pairs := map[string]pairSides{"dang bo": contentSides("đảng", "bộ")}
	q := parseCanonicalIn(analysis.Canonical("hanh dang bo gom bao nhieu nguoi"), "vi", known{pairs: pairs})
	var focus []string
	for _, w := range q.focus {
		focus = append(focus, w.fold)
	}
	if len(focus) < 3 || focus[1] != "dang" {
		t.Errorf("focus %v, want it to hold dang", focus)
	}
	if q.words[1].isFiller() {
		t.Errorf("restored dang read as a filler")
	}
}

func TestWrittenWordIsNoTelex(t *testing.T) {
	// "taxi" and "gas" read as Telex would be "tãi" and "gá"; articles
	// that write them say they are words as typed.
	written := map[string]int{"taxi": 3, "gas": 1}
	tests := []struct {
		q     string
		want  string // the word read at index at
		at    int
		typed bool // the question counts as typed with diacritics
	}{
		{"tai xe taxi ten gi", "taxi", 2, false},
		{"no gas o dau", "gas", 1, false},
		{"tai xe tieens ten gi", "tiến", 2, true}, // no article writes it: Telex
	}
	for _, tt := range tests {
		q := parseCanonicalIn(analysis.Canonical(tt.q), "vi", known{written: written})
		if got := q.words[tt.at].text; got != tt.want {
			t.Errorf("%q: word %d read %q, want %q", tt.q, tt.at, got, tt.want)
		}
		if q.typedMarks != tt.typed {
			t.Errorf("%q: typedMarks %v, want %v", tt.q, q.typedMarks, tt.typed)
		}
	}
}

func TestWrittenBesideIsNoShorthand(t *testing.T) {
	// "hong" stands for "không" in phone shorthand; beside "phien" it is
	// the "hồng" of "hồng phiến" the articles write. "sn" beside "năm" is
	// the articles' "SN" (sinh năm), written without marks: a shorthand.
	pairs := map[string]pairSides{
		"hong phien": contentSides("hồng", "phiến"),
		"sn nam":     contentSides("sn", "năm"),
	}
	tests := []struct {
		q    string
		at   int
		want string
	}{
		{"thu giu bn vien hong phien", 5, "hong"}, // "bn" reads as two words
		{"co dung hong", 2, "không"},
		{"ong hai sn nam nao", 2, "sinh"},
	}
	for _, tt := range tests {
		q := parseCanonicalIn(analysis.Canonical(tt.q), "vi", known{pairs: pairs})
		if got := q.words[tt.at].text; got != tt.want {
			t.Errorf("%q: word %d read %q, want %q", tt.q, tt.at, got, tt.want)
		}
	}
}

func TestPhraseMatchedAsTyped(t *testing.T) {
	// A question typed with diacritics writes "anh" (brother) as it
	// means it: no "ảnh" (photo). Typed without any, "anh" may be either.
	tests := []struct {
		q     string
		photo bool
	}{
		{"Vụ nổ ở nhà anh Đí xảy ra khi nào?", false},
		{"Ảnh chụp ở đâu?", true},
		{"anh chup o dau", true},
	}
	for _, tt := range tests {
		q := parseCanonical(analysis.Canonical(tt.q), "vi", nil)
		if got := photoNounsList.in(q.words); got != tt.photo {
			t.Errorf("%q: photo noun %v, want %v", tt.q, got, tt.photo)
		}
	}
}

func TestNameEndIsNoQuestionWord(t *testing.T) {
	// "nam" ending the name Lê Nam is no "năm" of "năm bao nhiêu".
	names := nameRuns{{"le", "nam"}}
	q := parseCanonicalIn(analysis.Canonical("le nam bao nhieu tuoi"), "vi", known{names: names})
	if q.wh != whCount || q.when != "" {
		t.Errorf("wh %v, when %q: want a count, no time", q.wh, q.when)
	}
	if q = parseCanonicalIn(analysis.Canonical("nam bao nhieu thi dau"), "vi", known{names: names}); q.when == "" {
		t.Errorf("\"nam bao nhieu\" of no name: no time read")
	}
}
