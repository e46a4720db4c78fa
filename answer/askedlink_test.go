package answer

import "testing"

func TestAfterAskedLink(t *testing.T) {
	cases := []struct {
		question, answer, want string
	}{
		// The verb and its link the question writes before "gì" go.
		{"Xe container kéo theo gì?", "kéo theo một rơ moóc chở cát", "một rơ moóc chở cát"},
		{"Đội tuyển thi đấu với ai?", "đấu với đội Nam Định", "đấu với đội Nam Định"}, // not a what-question
		// No link before the question word: kept.
		{"Anh Nam trồng cây gì?", "trồng cây bưởi", "trồng cây bưởi"},
		// The link alone, or other words first: kept.
		{"Xe container kéo theo gì?", "theo một rơ moóc", "theo một rơ moóc"},
		{"Xe container kéo theo gì?", "kéo theo", "kéo theo"},
	}
	for _, c := range cases {
		if got := afterAskedLink(parseQuestion(c.question), c.answer); got != c.want {
			t.Errorf("%q for %q: %q, want %q", c.answer, c.question, got, c.want)
		}
	}
}
