package answer

import (
	"testing"

	"github.com/hoidap/hoidap/corpus"
)

// TestAwardsCounted checks that a count of an award kind itself is
// answered by its recipients' counts added, and that a count of its
// recipients, or of a kind no fact gives, is not.
func TestAwardsCounted(t *testing.T) {
	facts := []corpus.Fact{
		{Type: corpus.FactAward, Awarding: corpus.Awarding{Award: "Bằng khen"}},
		{Type: corpus.FactAward, Awarding: corpus.Awarding{Award: "Bằng khen", Recipients: []corpus.Count{{Number: "3", Unit: "tập thể"}, {Number: "6", Unit: "cá nhân"}}}},
		{Type: corpus.FactAward, Awarding: corpus.Awarding{Award: "Giấy khen", Recipients: []corpus.Count{{Number: "15", Unit: "cá nhân"}}}},
	}
	cases := []struct {
		question string
		asked    bool
		want     string
	}{
		{"tổng số bằng khen được trao là bao nhiêu", true, "3 + 6 = 9 Bằng khen."},
		{"co tat ca bao nhieu giay khen dc tang", true, "15 Giấy khen."},
		{"bao nhiêu cá nhân được tặng bằng khen", false, ""},
		{"bao nhiêu huy chương", false, ""},
	}
	for _, c := range cases {
		q := parseQuestion(c.question)
		if got := awardsCountedAsked(q, facts); got != c.asked {
			t.Errorf("%q: asked %v, want %v", c.question, got, c.asked)
			continue
		}
		if !c.asked {
			continue
		}
		if got := awardsCounted(q, facts, 1).answer; got != c.want {
			t.Errorf("%q: %q, want %q", c.question, got, c.want)
		}
	}
}
