package answer

import (
	"context"
	"slices"
	"testing"
)

func TestQuantityStopsAtComparison(t *testing.T) {
	// The question's words after "so với" name the base compared with,
	// not the figure: the answer stops at its unit.
	e := articleEngine(t, "date 2023-07 Bình quân quý II/2023, CPI tăng 0,20% so với bình quân cùng kỳ năm trước.\n")
	q := e.readEpisode(e.parse("Bình quân quý II/2023 CPI tăng bao nhiêu?"))
	content := e.content(q)
	var got []string
	for _, c := range e.quantity(q, content, e.scopeOf(context.Background(), q, content)) {
		got = append(got, c.answer)
	}
	if !slices.Contains(got, "0,20%") {
		t.Errorf("quantities %q, want \"0,20%%\" among them", got)
	}
}
