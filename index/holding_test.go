package index

import (
	"context"
	"slices"
	"sort"
	"testing"
)

func TestHolding(t *testing.T) {
	ctx := context.Background()
	ix, err := New(ctx, []Doc{
		{ID: "a/title1", Article: "a", Text: "Biểu dương tập thể tiêu biểu ở Quảng Nam"},
		{ID: "a/paragraph1", Article: "a", Text: "Công an tỉnh tổ chức hội nghị."},
		{ID: "b/title1", Article: "b", Text: "Biểu dương tập thể tiêu biểu ở Hà Tĩnh"},
		{ID: "b/paragraph1", Article: "b", Text: "Công an tỉnh Hà Tĩnh tổ chức hội nghị."},
		{ID: "c/title1", Article: "c", Text: "Công an tỉnh Quảng Trị khởi tố bị can"},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	tests := []struct {
		name   string
		term   string
		most   int
		want   []string // the articles holding it, sorted
		common bool
	}{
		{"a syllable", "quang", 3, []string{"a", "c"}, false},
		{"a pair, read as a bigram", "quang nam", 3, []string{"a"}, false},
		{"held by one article twice", "ha tinh", 3, []string{"b"}, false},
		{"held by none", "da nang", 3, nil, false},
		{"held by more than most", "cong an", 2, nil, true},
		{"held by as many as most", "cong an", 3, []string{"a", "b", "c"}, false},
		{"a pair not side by side", "bieu nghi", 3, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ix.Holding(ctx, []string{tt.term}, tt.most)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 1 || got[0].Text != tt.term {
				t.Fatalf("Holding(%q) = %+v, want one term", tt.term, got)
			}
			var ids []string
			for id := range got[0].Articles {
				ids = append(ids, id)
			}
			sort.Strings(ids)
			if !slices.Equal(ids, tt.want) || got[0].Common != tt.common {
				t.Errorf("Holding(%q) = %v common %v, want %v common %v", tt.term, ids, got[0].Common, tt.want, tt.common)
			}
		})
	}
	if got, err := ix.Holding(ctx, nil, 3); err != nil || got != nil {
		t.Errorf("Holding(nil) = %v, %v; want nil, nil", got, err)
	}
}
