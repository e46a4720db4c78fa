package answer

import (
	"testing"

	"github.com/hoidap/hoidap/analysis"
)

// rivalCand builds a candidate with its tokens and the features named set.
func rivalCand(answer string, g generator, set ...string) candidate {
	f := make(features, len(featureNames))
	for _, n := range set {
		f.set(n, 1)
	}
	return candidate{answer: answer, gen: g, toks: analysis.Tokens(answer), features: f}
}

func TestRivalBinds(t *testing.T) {
	tests := []struct {
		name string
		c    candidate
		all  []candidate
		want bool
	}{
		{
			name: "a level where a change is asked, a rival's change bound",
			c:    rivalCand("164.900 lượt người", genQuantity, fChangeMismatch, fTypeAgrees),
			all:  []candidate{rivalCand("gần 200%", genQuantity, fVerbBefore, fTypeAgrees)},
			want: true,
		},
		{
			name: "the rival's change is not governed by the question",
			c:    rivalCand("164.900 lượt người", genQuantity, fChangeMismatch, fTypeAgrees),
			all:  []candidate{rivalCand("gần 200%", genQuantity, fTypeAgrees)},
			want: false,
		},
		{
			name: "the rival mismatches too",
			c:    rivalCand("164.900 lượt người", genQuantity, fChangeMismatch, fTypeAgrees),
			all:  []candidate{rivalCand("1,3 triệu lượt", genQuantity, fChangeMismatch, fVerbBefore, fTypeAgrees)},
			want: false,
		},
		{
			name: "the total where a part beside the names is asked",
			c:    rivalCand("8.876,34 ha lúa", genQuantity, fNamesApart, fTypeAgrees),
			all:  []candidate{rivalCand("328 ha lúa (Trà Vinh)", genQuantity, fNamesApart, fNamesBeside, fTypeAgrees)},
			want: true,
		},
		{
			name: "a larger rival beside the names is no part of this one",
			c:    rivalCand("2 ha lúa", genQuantity, fNamesApart, fTypeAgrees),
			all:  []candidate{rivalCand("328 ha lúa (Trà Vinh)", genQuantity, fNamesBeside, fTypeAgrees)},
			want: false,
		},
		{
			name: "beside the names itself",
			c:    rivalCand("8.876,34 ha lúa", genQuantity, fNamesApart, fNamesBeside, fTypeAgrees),
			all:  []candidate{rivalCand("328 ha lúa (Trà Vinh)", genQuantity, fNamesBeside, fTypeAgrees)},
			want: false,
		},
		{
			name: "the same answer from another generator is no rival",
			c:    rivalCand("164.900 lượt người", genQuantity, fChangeMismatch, fTypeAgrees),
			all:  []candidate{rivalCand("164.900 lượt người", genPassage, fVerbBefore, fTypeAgrees)},
			want: false,
		},
		{
			name: "a sum is neither judged nor a rival",
			c:    rivalCand("13 + 5 = 18 dự án", genSum, fNamesApart, fTypeAgrees),
			all:  []candidate{rivalCand("5 dự án", genQuantity, fNamesBeside, fTypeAgrees)},
			want: false,
		},
		{
			name: "nothing missed",
			c:    rivalCand("gần 200%", genQuantity, fVerbBefore, fTypeAgrees),
			all:  []candidate{rivalCand("164.900 lượt người", genQuantity, fVerbBefore, fTypeAgrees)},
			want: false,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			all := append([]candidate{tt.c}, tt.all...)
			if got := rivalBinds(tt.c, all); got != tt.want {
				t.Errorf("rivalBinds(%q) = %v, want %v", tt.c.answer, got, tt.want)
			}
		})
	}
}

func TestMarkRivals(t *testing.T) {
	tests := []struct {
		name        string
		cands       []candidate
		wantMissing []bool
		wantOver    []bool
	}{
		{
			name: "a level and the change asked",
			cands: []candidate{
				rivalCand("164.900 lượt người", genQuantity, fChangeMismatch, fTypeAgrees),
				rivalCand("gần 200%", genQuantity, fVerbBefore, fTypeAgrees),
				rivalCand("1,3 triệu lượt người", genQuantity, fChangeMismatch, fTypeAgrees),
			},
			wantMissing: []bool{true, false, true},
			wantOver:    []bool{false, true, false},
		},
		{
			name: "a whole and the part asked",
			cands: []candidate{
				rivalCand("8.876,34 ha lúa", genQuantity, fNamesApart, fTypeAgrees),
				rivalCand("7.404 ha lúa (Đắk Lắk)", genQuantity, fNamesApart, fNamesBeside, fTypeAgrees),
			},
			wantMissing: []bool{true, false},
			wantOver:    []bool{false, true},
		},
		{
			name: "nothing missed",
			cands: []candidate{
				rivalCand("gần 200%", genQuantity, fVerbBefore, fTypeAgrees),
				rivalCand("164.900 lượt người", genQuantity, fTypeAgrees),
			},
			wantMissing: []bool{false, false},
			wantOver:    []bool{false, false},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			markRivals(tt.cands)
			for i, c := range tt.cands {
				if got := c.features.get(fRivalBinds) > 0; got != tt.wantMissing[i] {
					t.Errorf("%q rival_binds = %v, want %v", c.answer, got, tt.wantMissing[i])
				}
				if got := c.features.get(fBindsOverRival) > 0; got != tt.wantOver[i] {
					t.Errorf("%q binds_over_rival = %v, want %v", c.answer, got, tt.wantOver[i])
				}
			}
		})
	}
}

func TestRivalBindsTotalAsked(t *testing.T) {
	c := rivalCand("569 vụ vi phạm", genQuantity, fNamesApart, fTypeAgrees, fSumAsked)
	part := rivalCand("82 vụ vi phạm (đường thủy)", genQuantity, fNamesBeside, fTypeAgrees, fSumAsked)
	if rivalBinds(c, []candidate{c, part}) {
		t.Errorf("a part beside the names binds over the whole where a total is asked")
	}
}

// rivalBinds reports whether another candidate of all binds what c's
// number misses (bindingRivals).
func rivalBinds(c candidate, all []candidate) bool { return len(bindingRivals(c, all)) > 0 }
