package answer

import (
	"context"
	"testing"

	"github.com/hoidap/hoidap/corpus"
)

// seedDocument reads the embedded seed article into a document, with no
// index.
func seedDocument(t *testing.T) *document {
	t.Helper()
	as, err := corpus.Default()
	if err != nil {
		t.Fatalf("corpus.Default: %v", err)
	}
	d, err := newDocument(context.Background(), as)
	if err != nil {
		t.Fatalf("newDocument: %v", err)
	}
	return d
}

// TestDocument reads the seed article into a document alone and counts
// what it holds: passages, sentences, facts by type and by sentence, and
// the time expressions of passages.
func TestDocument(t *testing.T) {
	d := seedDocument(t)
	id := d.articles[0].ID
	at := func(passage string, sentence int) ref { return ref{id + "/" + passage, sentence} }
	passage := func(name string) *corpus.Passage { return d.passages[id+"/"+name] }
	tests := []struct {
		name string
		got  int
		want int
	}{
		{"articles", len(d.articles), 1},
		{"passages", len(d.passages), 19},
		{"sentences", len(d.sents), 24},
		{"nsent", d.nsent, 24},
		{"sentences of p3", len(d.sentsOf[id+"/p3"]), 2},
		{"sentences of caption1", len(d.sentsOf[id+"/caption1"]), 1},
		{"facts", len(d.facts), 32},
		{"facts of the article", len(d.factsOf[id]), 32},
		{"quantity facts", len(d.factsOfType(corpus.FactQuantity)), 9},
		{"person facts", len(d.factsOfType(corpus.FactPerson)), 3},
		{"award facts", len(d.factsOfType(corpus.FactAward)), 4},
		{"named facts", len(d.factsOfType(corpus.FactNamed)), 8},
		{"abbreviation facts", len(d.factsOfType(corpus.FactAbbreviation)), 4},
		{"event facts", len(d.factsOfType(corpus.FactEvent)), 1},
		{"facts of p12, sentence 0 (the awards)", len(d.factsOfSent(at("p12", 0))), 6},
		{"facts of p5, sentence 0 (the named models)", len(d.factsOfSent(at("p5", 0))), 6},
		{"facts of p4, sentence 1", len(d.factsOfSent(at("p4", 1))), 3},
		{"facts of caption1 (the photo credit)", len(d.factsOfSent(at("caption1", 0))), 1},
		{"facts of p7", len(d.factsOfSent(at("p7", 0))), 0},
		{"times of lead1", len(d.timesOf(passage("lead1"))), 2},
		{"times of p12", len(d.timesOf(passage("p12"))), 1},
		{"times of p1", len(d.timesOf(passage("p1"))), 0},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: %d, want %d", tt.name, tt.got, tt.want)
		}
	}
}

// TestDocumentIndexes checks that the document's groupings agree with what
// they group: each sentence with its passage and place, each fact with its
// type and sentence, and every fact kept once by type.
func TestDocumentIndexes(t *testing.T) {
	d := seedDocument(t)
	for pid, ss := range d.sentsOf {
		for k, s := range ss {
			if s.p.ID != pid || s.index != k || d.sentOf[ref{pid, k}] != s {
				t.Errorf("sentence %d of %s is sentence %d of %s", k, pid, s.index, s.p.ID)
			}
		}
	}
	typed := 0
	for typ, ids := range d.factsByType {
		typed += len(ids)
		for _, i := range ids {
			if d.facts[i].Type != typ {
				t.Errorf("fact %d of type %s is a %s", i, typ, d.facts[i].Type)
			}
		}
	}
	if typed != len(d.facts) {
		t.Errorf("facts by type: %d, want %d", typed, len(d.facts))
	}
	for r, ids := range d.factsAt {
		if d.sentOf[r] == nil {
			t.Errorf("facts of %v: no such sentence", r)
		}
		for _, i := range ids {
			if f := d.facts[i]; f.Passage != r.passage || f.Sentence != r.sentence {
				t.Errorf("fact %d of %v is read from %s, sentence %d", i, r, f.Passage, f.Sentence)
			}
		}
	}
}

// TestDocumentDuplicate checks that two articles of one ID are refused.
func TestDocumentDuplicate(t *testing.T) {
	as, err := corpus.Default()
	if err != nil {
		t.Fatalf("corpus.Default: %v", err)
	}
	if _, err := newDocument(context.Background(), append(as, as[0])); err == nil {
		t.Errorf("newDocument of one article twice: no error")
	}
}
