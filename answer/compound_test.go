package answer

import (
	"slices"
	"strings"
	"testing"
)

// TestCorroborated checks when one part of a compound question is answered
// on the strength of another part's answer from the same sentence.
func TestCorroborated(t *testing.T) {
	const threshold = 0.8
	s1, s2 := ref{passage: "a/p1", sentence: 0}, ref{passage: "a/p2", sentence: 1}
	sure := candidate{answer: "Giải Ba", score: 0.9, refs: []ref{s1}}
	tests := []struct {
		name  string
		c     candidate
		other candidate
		want  bool
	}{
		{"same sentence, above the floor", candidate{answer: "môn Tin học", score: 0.7, refs: []ref{s1}}, sure, true},
		{"same sentence, at the floor", candidate{answer: "môn Tin học", score: corroborationFloor, refs: []ref{s1}}, sure, true},
		{"same sentence, under the floor", candidate{answer: "môn Tin học", score: corroborationFloor - 0.01, refs: []ref{s1}}, sure, false},
		{"another sentence", candidate{answer: "môn Tin học", score: 0.7, refs: []ref{s2}}, sure, false},
		{"no sentence", candidate{answer: "môn Tin học", score: 0.7}, sure, false},
		{"the other part is not sure either", candidate{answer: "môn Tin học", score: 0.7, refs: []ref{s1}}, candidate{answer: "Giải Ba", score: 0.75, refs: []ref{s1}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tops := []candidate{tt.other, tt.c}
			if got := corroborated(tt.c, tops, 1, threshold); got != tt.want {
				t.Errorf("corroborated = %v, want %v", got, tt.want)
			}
		})
	}
	// A question of one part has no other part to vouch for it.
	lone := candidate{answer: "môn Tin học", score: 0.7, refs: []ref{s1}}
	if corroborated(lone, []candidate{lone}, 0, threshold) {
		t.Error("a lone part corroborated itself")
	}
}

// TestSplitCompound checks the parts a compound question is asked in:
// a later part of a few words is asked of the subject of the part before,
// the words before its question word; a later part without a name, of
// the name before.
func TestSplitCompound(t *testing.T) {
	tests := []struct {
		q    string
		want []string
	}{
		{"tai xe sam bao nhieu tuoi, que o dau", []string{"tai xe sam bao nhieu tuoi", "tai xe sam que o dau"}},
		{"Vốn đầu tư toàn xã hội ước bao nhiêu tỷ, tăng mấy %", []string{"Vốn đầu tư toàn xã hội ước bao nhiêu tỷ", "vốn đầu tư toàn xã hội ước tăng mấy %"}},
		{"Lê Đức Anh đạt giải mấy, môn gì?", []string{"Lê Đức Anh đạt giải mấy", "Đức Anh môn gì"}},
		{"bao nhiêu người chết?", []string{"bao nhiêu người chết"}},
		// A short part with no content word of its own is a part once it
		// has the subject before; not after a yes-no question.
		{"son bi bao nhieu nam tu, toi gi", []string{"son bi bao nhieu nam tu", "son bi toi gi"}},
		{"Bí thư có dự lễ không, tên gì?", []string{"Bí thư có dự lễ không, tên gì"}},
	}
	for _, tt := range tests {
		if got := splitCompound(tt.q); !slices.Equal(got, tt.want) {
			t.Errorf("splitCompound(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestPartlyAnswered checks a compound question some of whose parts the
// article does not answer: a none answer that says what it does say of
// the others, never the answered part alone as if it were the whole.
func TestPartlyAnswered(t *testing.T) {
	e := seedEngine(t)
	ctx := t.Context()
	tests := []struct {
		q        string
		kind     Kind
		contains string
	}{
		// The seed gives no prize money.
		{"bao nhiêu tập thể được tặng bằng khen, mỗi suất thưởng bao nhiêu tiền?", KindNone, "3 tập thể"},
		// Both parts answered: one answer of both.
		{"bao nhiêu tập thể được tặng bằng khen, bao nhiêu cá nhân được tặng bằng khen?", KindFact, "3 tập thể"},
		// One part, unanswered: the usual reply.
		{"mỗi suất thưởng bao nhiêu tiền?", KindNone, NotInArticle},
	}
	for _, tt := range tests {
		a := e.Ask(ctx, tt.q, nil)
		if a.Kind != tt.kind || !strings.Contains(a.Answer, tt.contains) {
			t.Errorf("Ask(%q) = %s %q, want %s holding %q", tt.q, a.Kind, a.Answer, tt.kind, tt.contains)
		}
		if tt.kind == KindNone && tt.contains != NotInArticle && !strings.HasPrefix(a.Answer, strings.SplitN(msgPartlySaid, ";", 2)[0]) {
			t.Errorf("Ask(%q) = %q, want it to say the article does not answer every part", tt.q, a.Answer)
		}
	}
}

// TestHeldByAny checks when an answer given holds a refused part's best
// candidate: as whole words, folded.
func TestHeldByAny(t *testing.T) {
	given := []candidate{{answer: "xã Cư Yên, H.Lương Sơn"}}
	tests := []struct {
		refused string
		want    bool
	}{
		{"H.Lương Sơn", true},
		{"luong son", true},
		{"Lương", true},
		{"Sơn La", false},
		{"Yên Bái", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := heldByAny(candidate{answer: tt.refused}, given); got != tt.want {
			t.Errorf("heldByAny(%q) = %v, want %v", tt.refused, got, tt.want)
		}
	}
}

// TestComposeSaysOnce checks that parts of a compound question one answer
// of one sentence tells ("lúc mấy giờ, ngày nào" of "19 giờ ngày 29/3")
// are answered once, by the longer answer, whichever part comes first;
// different answers, or the same words from two sentences, are all
// given.
func TestComposeSaysOnce(t *testing.T) {
	e := seedEngine(t)
	one, other := []ref{{"a/p1", 0}}, []ref{{"a/p2", 0}}
	tests := []struct {
		cands []candidate
		want  string
	}{
		{[]candidate{{answer: "19 giờ ngày 29/3", score: 0.9, refs: one}, {answer: "19 giờ ngày 29/3.", score: 0.9, refs: one}}, "19 giờ ngày 29/3"},
		{[]candidate{{answer: "19 giờ ngày 29/3", score: 0.9, refs: one}, {answer: "ngày 29/3", score: 0.9, refs: one}}, "19 giờ ngày 29/3"},
		{[]candidate{{answer: "ngày 29/3", score: 0.9, refs: one}, {answer: "19 giờ ngày 29/3", score: 0.9, refs: one}}, "19 giờ ngày 29/3"},
		{[]candidate{{answer: "2 người", score: 0.9, refs: one}, {answer: "2 người", score: 0.9, refs: other}}, "2 người; 2 người"},
		{[]candidate{{answer: "3 tập thể", score: 0.9, refs: one}, {answer: "6 cá nhân", score: 0.9, refs: one}}, "3 tập thể; 6 cá nhân"},
	}
	for _, tt := range tests {
		if got := e.compose(Answer{}, tt.cands).Answer; got != tt.want {
			t.Errorf("compose(%v) = %q, want %q", tt.cands, got, tt.want)
		}
	}
}
