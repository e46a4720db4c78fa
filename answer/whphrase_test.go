package answer

import (
	"strings"
	"testing"

	"github.com/hoidap/hoidap/lexicon"
)

// TestReadWhPhrases checks the reading of the question-phrase table: a
// kind or time it does not know, or a phrase not folded, is an error naming
// the line.
func TestReadWhPhrases(t *testing.T) {
	for _, c := range []struct {
		name   string
		fields []string
		phrase string
		want   whPhrase
		err    string // a part of the error; "" for none
	}{
		{"kind", []string{"who"}, "ai", whPhrase{"ai", whWho, ""}, ""},
		{"kind and time", []string{"when", "giai doan"}, "giai doan nao", whPhrase{"giai doan nao", whWhen, whenPeriod}, ""},
		{"unknown kind", []string{"whoo"}, "ai", whPhrase{}, `q.txt:7: "whoo" asks no kind`},
		{"no kind", []string{"none"}, "ai", whPhrase{}, `q.txt:7: "none" asks no kind`},
		{"unknown time", []string{"when", "tuan"}, "tuan nao", whPhrase{}, `q.txt:7: "tuan" is no kind of time`},
		{"not folded", []string{"who"}, "người nào", whPhrase{}, "q.txt:7: phrase"},
		{"two spaces", []string{"who"}, "nguoi  nao", whPhrase{}, "q.txt:7: phrase"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := readWhPhrases([]lexicon.Record{{Phrase: c.phrase, Fields: c.fields, Pos: "q.txt:7"}})
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Fatalf("error %v, want one holding %q", err, c.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 1 || got[0] != c.want {
				t.Errorf("got %+v, want %+v", got, c.want)
			}
		})
	}
}
