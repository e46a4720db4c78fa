package store

import (
	"strings"
	"testing"
	"time"
)

func TestParseRetention(t *testing.T) {
	tests := []struct {
		in   string
		want time.Duration
		err  string
	}{
		{"90d", 90 * 24 * time.Hour, ""},
		{"1d", 24 * time.Hour, ""},
		{" 30d ", 30 * 24 * time.Hour, ""},
		{"24h", 24 * time.Hour, ""},
		{"720h", 720 * time.Hour, ""},
		{"1h30m", 90 * time.Minute, ""},
		{"0d", 0, "must be positive"},
		{"-5d", 0, "must be positive"},
		{"-1h", 0, "must be positive"},
		{"0", 0, "must be positive"},
		{"", 0, "want days"},
		{"d", 0, "want days"},
		{"1.5d", 0, "want days"},
		{"90", 0, "want days"},
		{"3w", 0, "want days"},
		{"999999999999d", 0, "want days"},
	}
	for _, tt := range tests {
		got, err := ParseRetention(tt.in)
		if tt.err == "" {
			if err != nil || got != tt.want {
				t.Errorf("ParseRetention(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tt.err) || !strings.HasPrefix(err.Error(), "store: retention") {
			t.Errorf("ParseRetention(%q) = %v, %v; want an error saying %q", tt.in, got, err, tt.err)
		}
	}
	if DefaultRetention != 90*24*time.Hour {
		t.Errorf("DefaultRetention = %v, want 90 days", DefaultRetention)
	}
}
