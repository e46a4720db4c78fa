package answer

import (
	"math"
	"testing"
)

func TestRankCopy(t *testing.T) {
	cases := []struct {
		name    string
		rank    []float64
		answers []string
		gens    []string
		i       int
		want    float64
	}{
		{"lone candidate", []float64{2}, []string{"20 năm"}, []string{"quantity"}, 0, 0},
		{"a tied copy by another generator", []float64{2, 2}, []string{"20 năm", "20 năm Ngày hội"}, []string{"quantity", "passage"}, 0, 1},
		{"the copy sees the same tie", []float64{2, 1}, []string{"20 năm", "20 năm Ngày hội"}, []string{"quantity", "passage"}, 1, 1 - math.Tanh(1)},
		{"a copy of the same generator is none", []float64{2, 2}, []string{"20 năm", "20 năm Ngày hội"}, []string{"quantity", "quantity"}, 0, 0},
		{"the closest copy counts", []float64{2, 0, 1.5, 1}, []string{"Bộ Y tế", "bộ y tế", "bộ Y tế.", "Bộ Tài chính"}, []string{"passage", "named", "award", "passage"}, 0, 1 - math.Tanh(0.5)},
		{"a rival answer is no copy", []float64{2, 2}, []string{"20 năm", "80 năm"}, []string{"quantity", "passage"}, 0, 0},
		{"a part of a list is no copy", []float64{2, 2}, []string{"12 tập thể", "12 tập thể, 19 cá nhân"}, []string{"passage", "award"}, 0, 0},
		{"a date without its year is a copy", []float64{2, 2}, []string{"19/9/2024", "ngày 19/9"}, []string{"dated", "passage"}, 0, 1},
	}
	for _, c := range cases {
		if got := rankCopy(c.rank, c.answers, c.gens, c.i); math.Abs(got-c.want) > 1e-9 {
			t.Errorf("%s: rankCopy = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestAnswerFormSays(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"Bộ Y tế", "bộ y tế", true},
		{"20 năm", "20 năm Ngày hội toàn dân", true},
		{"Bộ Y tế", "Bộ Tài chính", false},
		{"12 tập thể", "12 tập thể, 19 cá nhân", false},
		{"ngày 19/9/2024", "19/9", true},
		{"20 năm", "80 năm", false},
		{"", "", false},
	}
	for _, c := range cases {
		if got := formOf(c.a).says(formOf(c.b)); got != c.want {
			t.Errorf("%q says %q = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestConfidenceExtrasMatchNames(t *testing.T) {
	got := len(FeatureNames()) + len(ConfidenceExtras([]float64{1}, []string{"x"}, []string{"passage"}, 0))
	if got != len(ConfidenceNames()) {
		t.Errorf("features and extras: %d, ConfidenceNames: %d", got, len(ConfidenceNames()))
	}
}
