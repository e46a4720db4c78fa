package store

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// DefaultRetention is how long chat state and records are kept when nothing
// else is configured: the caller prunes with time.Now().Add(-DefaultRetention).
const DefaultRetention = 90 * 24 * time.Hour

// ParseRetention reads a retention period: a whole number of days ("90d")
// or a Go duration ("24h", "720h", "1h30m"). It must be positive.
func ParseRetention(s string) (time.Duration, error) {
	t := strings.TrimSpace(s)
	var d time.Duration
	if days, ok := strings.CutSuffix(t, "d"); ok {
		n, err := strconv.ParseInt(days, 10, 64)
		if err != nil || n > int64(1<<63-1)/int64(24*time.Hour) {
			return 0, fmt.Errorf("store: retention %q: want days as \"90d\" or a duration as \"720h\"", s)
		}
		d = time.Duration(n) * 24 * time.Hour
	} else {
		var err error
		d, err = time.ParseDuration(t)
		if err != nil {
			return 0, fmt.Errorf("store: retention %q: want days as \"90d\" or a duration as \"720h\": %w", s, err)
		}
	}
	if d <= 0 {
		return 0, fmt.Errorf("store: retention %q: must be positive", s)
	}
	return d, nil
}
