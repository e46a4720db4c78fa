package index

import "testing"

func TestPostingsCacheKeepsBoundedIDs(t *testing.T) {
	tests := []struct {
		name string
		kept int // IDs kept before
		want int // IDs kept after one more
	}{
		{"empty", 0, 1},
		{"below the bound", maxCachedIDs - 2, maxCachedIDs - 1},
		{"one below the bound", maxCachedIDs - 1, maxCachedIDs},
		{"at the bound", maxCachedIDs, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c postingsCache
			for i := range tt.kept {
				c.keepID(nil, uint64(i), "a/1")
			}
			c.keepID(nil, uint64(tt.kept), "b/2")
			if got := len(c.ids); got != tt.want {
				t.Errorf("%d IDs kept, want %d", got, tt.want)
			}
			if got := c.ids[uint64(tt.kept)]; got != "b/2" {
				t.Errorf("the last ID kept is %q, want %q", got, "b/2")
			}
		})
	}
}
