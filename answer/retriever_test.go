package answer

import (
	"context"
	"testing"
)

// TestRetriever searches the index over the seed article's passages, with
// no scorer: the passage that answers comes first.
func TestRetriever(t *testing.T) {
	d := seedDocument(t)
	r, err := newRetriever(context.Background(), d)
	if err != nil {
		t.Fatalf("newRetriever: %v", err)
	}
	t.Cleanup(func() {
		if err := r.idx.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	id := d.articles[0].ID
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		ctx      context.Context
		question string
		first    string // the best passage; "" for none
	}{
		{context.Background(), "Giám đốc Công an tỉnh tặng Giấy khen bao nhiêu tập thể?", "caption5"},
		{context.Background(), "mô hình Địa chỉ tin cậy", "p5"},
		{context.Background(), "Ai phát biểu tại hội nghị?", "caption3"},
		{context.Background(), "Quang cảnh", "caption1"},
		// A cancelled search finds nothing.
		{cancelled, "mô hình Địa chỉ tin cậy", ""},
	}
	for _, tt := range tests {
		q := d.parse(tt.question)
		sc := r.scope(tt.ctx, q, d.content(q))
		if tt.first == "" {
			if len(sc.passages) > 0 || len(sc.articles) > 0 {
				t.Errorf("scope(%q) = %v, want none", tt.question, sc.passages)
			}
			continue
		}
		if len(sc.passages) == 0 || sc.passages[0] != id+"/"+tt.first {
			t.Errorf("scope(%q) = %v, want %s first", tt.question, sc.passages, tt.first)
			continue
		}
		for _, p := range sc.passages {
			if !sc.in[p] {
				t.Errorf("scope(%q): %s is not in", tt.question, p)
			}
		}
		if len(sc.articles) != 1 || !sc.articles[id] {
			t.Errorf("scope(%q) articles = %v, want %s", tt.question, sc.articles, id)
		}
	}
}
