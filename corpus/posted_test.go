package corpus

import "testing"

// TestPosted reads the posting day from the date line and its time of day
// from a header stamp of that day only.
func TestPosted(t *testing.T) {
	tests := []struct {
		name, text string
		posted     Date
		at         string
	}{
		{"stamp of the day", "date 2025-08-08 Bà A làm Bí thư phường B 08/08/2025 18:13\n\n(PLO)- Bà A được chỉ định.\n", Date{Year: 2025, Month: 8, Day: 8}, "18:13"},
		{"stamp of another day", "date 2025-08-08 Tin 07/08/2025 18:13\n\n(PLO)- Ngày 9-8, đại hội.\n", Date{Year: 2025, Month: 8, Day: 8}, ""},
		{"no stamp", "date 2025-08-17 (VTC News) -\n\nSáng 17/8, lễ kỷ niệm.\n", Date{Year: 2025, Month: 8, Day: 17}, ""},
		{"month only", "date 2020-08 Dự lễ có các đồng chí.\n", Date{Year: 2020, Month: 8}, ""},
		{"lead's day is not the posting day", "date 2025-08-17 (VTC News) -\n\nTối 16/8, ngày hội.\n", Date{Year: 2025, Month: 8, Day: 17}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("x", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			if a.Posted != tt.posted || a.PostedAt != tt.at {
				t.Errorf("Posted = %+v %q, want %+v %q", a.Posted, a.PostedAt, tt.posted, tt.at)
			}
		})
	}
}
