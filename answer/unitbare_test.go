package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/hoidap/hoidap/corpus"
)

// TestUnitAgreementOfBareQuestion checks that a question naming nothing
// but the unit of place it asks ("huyện nào?") still has its candidates
// judged by the unit agreement (fUnitAgrees, fUnitOther), like one with
// content words.
func TestUnitAgreementOfBareQuestion(t *testing.T) {
	const text = "Xưởng gỗ của ông Lâm ở xã Phước Lộc, huyện Đồng Sơn bị cháy rụi trong đêm qua."
	a, err := corpus.Parse("t", []byte("date 2024-01 "+text+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	e := newTestEngine(t, []*corpus.Article{a})
	cases := []struct {
		q, answer, feature string
	}{
		{"huyện nào", "huyện Đồng Sơn", fUnitAgrees},
		{"huyen nao", "huyện Đồng Sơn", fUnitAgrees},
		{"ở xã nào?", "xã Phước Lộc", fUnitAgrees},
		{"xưởng gỗ cháy ở xã nào?", "xã Phước Lộc", fUnitAgrees},
	}
	for _, c := range cases {
		var got map[string]float64
		for _, cand := range e.Candidates(context.Background(), c.q) {
			if strings.HasPrefix(cand.Answer, c.answer) {
				got = cand.NamedFeatures()
				break
			}
		}
		if got == nil {
			t.Errorf("%q: no candidate %q", c.q, c.answer)
			continue
		}
		if got[c.feature] != 1 {
			t.Errorf("%q: candidate %q features %v, want %s", c.q, c.answer, got, c.feature)
		}
	}
}
