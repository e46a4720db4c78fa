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
		{"stamp of the day", "date 2025-08-08 Bà A làm Bí thư phường B 08/08/2025 18:13\n\n(PLO)- Bà A được chỉ định.\n", Date{Year: 2025, Month: 8, Day: 8, Written: "08/08"}, "18:13"},
		{"stamp of another day", "date 2025-08-08 Tin 07/08/2025 18:13\n\n(PLO)- Ngày 9-8, đại hội.\n", Date{Year: 2025, Month: 8, Day: 8}, ""},
		{"no stamp", "date 2025-08-17 (VTC News) -\n\nSáng 17/8, lễ kỷ niệm.\n", Date{Year: 2025, Month: 8, Day: 17}, ""},
		{"month only", "date 2020-08 Dự lễ có các đồng chí.\n", Date{Year: 2020, Month: 8}, ""},
		{"month only, stamp in the header gives the day", "date 2024-03 Xã C đón nhận Huân chương 12/03/2024 09:05\n\n(PLO)- Ngày 11-3, xã C tổ chức lễ.\n", Date{Year: 2024, Month: 3, Day: 12, Written: "12/03"}, "09:05"},
		{"month only, stamp paragraph under the title", "date 2021-07 Mưa lớn làm sập nhà\n\nThứ Hai, ngày 05/07/2021 08:40 AM (GMT+7)\n\nSáng 5/7, mưa lớn.\n", Date{Year: 2021, Month: 7, Day: 5, Written: "05/07"}, "08:40"},
		{"month only, stamp of another month", "date 2021-07 Tin 30/06/2021 08:40\n\nSáng 5/7, mưa lớn.\n", Date{Year: 2021, Month: 7}, ""},
		{"month only, a stamp in the body is no posting", "date 2021-07 Mưa lớn làm sập nhà\n\nSáng 5/7, mưa lớn.\n\nLúc 05/07/2021 08:40 nước lên.\n", Date{Year: 2021, Month: 7}, ""},
		{"month only, a stamp in a lead glued to the date line is no posting", "date 2021-07 (PLO) - Lúc 05/07/2021 08:40, nước lên nhanh ở xã D.\n\nHai nhà bị ngập.\n", Date{Year: 2021, Month: 7}, ""},
		{"month only, the title alone, then the stamp paragraph", "date 2020-08\n\nMưa lớn làm sập nhà\n\nThứ Tư, ngày 19/08/2020 16:14 PM (GMT+7)\n\nSáng 19/8, mưa lớn.\n", Date{Year: 2020, Month: 8, Day: 19, Written: "19/08"}, "16:14"},
		{"month only, a byline over a stamp with a comma", "date 2025-09 Bão gây thiệt hại\nChu Minh Khôi\n29/09/2025, 11:40\nSáng 29/9, bão vào.\n", Date{Year: 2025, Month: 9, Day: 29, Written: "29/09"}, "11:40"},
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
