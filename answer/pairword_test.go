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
