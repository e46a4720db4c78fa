package analysis

import (
	"reflect"
	"testing"
)

func TestTimes(t *testing.T) {
	type span struct {
		Kind TimeKind
		Text string
	}
	tests := []struct {
		text string
		want []span
	}{
		{"Sáng 19/9, hội nghị khai mạc.", []span{{TimeDate, "Sáng 19/9"}}},
		{"Sáng 5-1, tỉnh khởi công.", []span{{TimeDate, "Sáng 5-1"}}},
		{"Vụ tai nạn xảy ra lúc 23 giờ 30 ngày 10.12, tại Km 176.", []span{{TimeClock, "23 giờ 30 ngày 10.12"}}},
		{"Khoảng 6h30, đất đá sạt xuống.", []span{{TimeClock, "6h30"}}},
		// A bare number of hours a word makes a length of time is no
		// time of day; after "sau" it is one.
		{"Gần 2 giờ sau, cảnh sát đã khống chế được lửa.", nil},
		{"Đám cháy kéo dài 3 giờ đồng hồ.", nil},
		{"Lực lượng chức năng mất 4 giờ để tiếp cận.", nil},
		{"Sau 17 giờ, đường thông xe.", []span{{TimeClock, "17 giờ"}}},
		{"Khoảng 8 giờ ngày 11-9, công nhân nghe tiếng nổ.", []span{{TimeClock, "8 giờ ngày 11-9"}}},
		{"Bài đăng lúc 23:00.", []span{{TimeClock, "23:00"}}},
		{"Lúc 19 giờ 15 phút ngày 26/12, bắt quả tang.", []span{{TimeClock, "19 giờ 15 phút ngày 26/12"}}},
		{"Mưa lũ từ 1 - 4.8 gây thiệt hại.", []span{{TimeRange, "1 - 4.8"}}},
		{"Đại hội diễn ra từ 19-25/1.", []span{{TimeRange, "19-25/1"}}},
		{"Cao điểm từ ngày 15/12/2024 đến 14/2/2025.", []span{{TimeRange, "từ ngày 15/12/2024 đến 14/2/2025"}}},
		{"Lễ hội kéo dài từ 17/9 đến cuối tháng 10.", []span{{TimeRange, "từ 17/9 đến cuối tháng 10"}}},
		{"Hội chợ diễn ra từ 12 đến 14/10 tại Hà Nội.", []span{{TimeRange, "từ 12 đến 14/10"}}},
		// After "ngày" or "từ", a dash parts the month from the last day.
		{"Ngày 17 và 18-3, hai xã tổ chức lễ.", []span{{TimeRange, "Ngày 17 và 18-3"}}},
		{"Triển lãm mở từ 5 đến 7-6 ở Huế.", []span{{TimeRange, "từ 5 đến 7-6"}}},
		// A dashed or dotted date that writes its year needs no time word.
		{"Kỷ niệm ngày thành lập Hội (3-5-1961 - 3-5-2021).", []span{{TimeDate, "3-5-1961"}, {TimeDate, "3-5-2021"}}},
		{"Quyết định ký 14.7.2019 có hiệu lực.", []span{{TimeDate, "14.7.2019"}}},
		{"Tỉ số 3-1 sau hiệp một.", nil},
		{"Số tiền 15.300.000 đồng được trao.", nil},
		{"Ngày 29 Tết, bệnh nhân nhập viện.", []span{{TimeDate, "Ngày 29 Tết"}}},
		{"Dự án hoàn thành trong quý IV/2029.", []span{{TimeQuarter, "quý IV/2029"}}},
		{"Nhiệm kỳ 2020 - 2025 đã qua.", []span{{TimeYear, "Nhiệm kỳ 2020 - 2025"}}},
		{"Đầu tháng 9 học sinh tựu trường, năm 2024 cũng vậy.", []span{{TimeMonth, "Đầu tháng 9"}, {TimeYear, "năm 2024"}}},
		// Not dates: a score, a decimal, a fraction of more than 12.
		{"Đội nhà thắng 5-1, giá tăng 5.8%, đạt 45/60 điểm.", nil},
		// A span of days after a time word, not the day its first part
		// reads as.
		{"Hôm 7-8/11, mưa lớn gây ngập.", []span{{TimeRange, "7-8/11"}}},
		// Not a clock time: a number plate's series.
		{"Xe khách biển số 51H-120.45 lật trên đèo.", nil},
		// Not clock times: a count of a noun that starts with h or g.
		{"Đến từ 10 huyện, 86 học sinh và 12 gia đình.", nil},
	}
	for _, tt := range tests {
		var got []span
		for _, s := range Times(tt.text) {
			got = append(got, span{s.Kind, s.Text})
			if tt.text[s.Start:s.End] != s.Text {
				t.Errorf("Times(%q): offsets %d:%d do not give %q", tt.text, s.Start, s.End, s.Text)
			}
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Times(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestRangeEnds(t *testing.T) {
	tests := []struct {
		text, from, to string
		ok             bool
	}{
		{"Đại hội diễn ra từ 19-25/1.", "19/1", "25/1", true},
		{"Hội thao diễn ra từ ngày 8/11 đến ngày 12/11 với chủ đề", "8/11", "12/11", true},
		{"Đợt cao điểm kéo dài từ ngày 15.12.2024 đến 14.2.2025.", "15.12.2024", "14.2.2025", true},
		{"Lễ hội từ 17/9 tới cuối tháng 9", "17/9", "cuối tháng 9", true},
		{"Hội chợ diễn ra từ 12 đến 14/10 tại Hà Nội.", "12/10", "14/10", true},
		{"Giải chạy từ ngày 20 tới ngày 22.9.2025.", "20.9.2025", "22.9.2025", true},
		{"Giải diễn ra trong các ngày 20, 21 và 22/9, với các cự ly 5km", "20/9", "22/9", true},
		{"Hội chợ mở cửa ngày 8 và 9/11/2025.", "8/11/2025", "9/11/2025", true},
		{"Ngày 17 và 18-3, hai xã tổ chức lễ.", "17-3", "18-3", true},
		{"Triển lãm mở từ 5 đến 7-6 ở Huế.", "5-6", "7-6", true},
		{"Sáng 5/1, tai nạn xảy ra", "", "", false},
	}
	for _, tt := range tests {
		var from, to string
		ok := false
		for _, s := range Times(tt.text) {
			if f, e, k := RangeEnds(s); k {
				from, to, ok = f, e, true
				break
			}
		}
		if from != tt.from || to != tt.to || ok != tt.ok {
			t.Errorf("RangeEnds in %q = %q, %q, %v; want %q, %q, %v", tt.text, from, to, ok, tt.from, tt.to, tt.ok)
		}
	}
}

// TestHoldsDay checks which time spans give a day: a clock time only with
// its date.
func TestHoldsDay(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"17 giờ", false},
		{"6h30 sáng", false},
		{"23:00", false},
		{"16 giờ ngày 6.9", true},
		{"19 giờ 15 ngày 26/12", true},
		{"Sáng 27/2", true},
		{"tháng 9/2024", true},
	}
	for _, tt := range tests {
		ts := Times(tt.text)
		if len(ts) != 1 {
			t.Fatalf("Times(%q) = %v, want one span", tt.text, ts)
		}
		if got := ts[0].HoldsDay(); got != tt.want {
			t.Errorf("HoldsDay(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
