package corpus

import "testing"

// TestParseCrawledHeaders reads the first lines of crawled pages in the
// shapes real files take, written here in other words: site chrome before
// the title, a section's name alone, a byline before the sourced lead, a
// dateline's place alone or glued to the lead, a caption first, a dash
// inside a lead sentence.
func TestParseCrawledHeaders(t *testing.T) {
	tests := []struct {
		name, raw                                      string
		section, title, source, lead, author, dateline string
		date                                           string
	}{
		{
			name: "menu bar, title, subtitle, byline then sourced lead",
			raw: "date 2025-06-14 Video Báo Ảnh Báo in Podcast Chuyển động trẻ Emagazine Infographic\n\n" +
				"Khai mạc hội chợ cà phê Tây Nguyên\n\nNhiều gian hàng thu hút khách tham quan\n\n" +
				"HOÀNG NAM\n(GLO)- Sáng 14-6, tại phường Diên Hồng, Sở Công Thương khai mạc hội chợ cà phê.\n\nHội chợ kéo dài ba ngày.",
			title: "Khai mạc hội chợ cà phê Tây Nguyên", source: "GLO", author: "HOÀNG NAM",
			lead: "Sáng 14-6, tại phường Diên Hồng, Sở Công Thương khai mạc hội chợ cà phê.", date: "14-6-2025",
		},
		{
			name: "follow line, then sourced lead",
			raw: "date 2024-05 Theo dõi Báo Miền Trung trên\n\n" +
				"(MTO) - Chiều 3/5, HĐND tỉnh tổ chức kỳ họp chuyên đề.\n\nKỳ họp thông qua 5 nghị quyết.",
			source: "MTO", lead: "Chiều 3/5, HĐND tỉnh tổ chức kỳ họp chuyên đề.", date: "3/5/2024",
		},
		{
			name: "bulleted site name glued to the title, then a dotted code",
			raw: "date 2025-03-02 • Sông Lam ngày nay Online\nBa học sinh được tặng bằng khen\n\n" +
				"SLN.VN - Ngày 2/3, tại Hà Nội, ba học sinh nhận bằng khen.\n\nĐây là lần đầu tiên.",
			title: "Ba học sinh được tặng bằng khen", source: "SLN.VN", lead: "Ngày 2/3, tại Hà Nội, ba học sinh nhận bằng khen.", date: "2/3/2025",
		},
		{
			name: "a section's name alone, then title and lead",
			raw: "date 2026-01-09 Sức sống cơ sở\n\nXã Tân Lập: Khám bệnh cho 300 người\n\n" +
				"Ngày 9-1, xã Tân Lập tổ chức khám bệnh miễn phí cho 300 người dân.\n\nNgười dân đến từ sớm.",
			section: "Sức sống cơ sở", title: "Xã Tân Lập: Khám bệnh cho 300 người",
			lead: "Ngày 9-1, xã Tân Lập tổ chức khám bệnh miễn phí cho 300 người dân.", date: "9-1-2026",
		},
		{
			name: "clip label",
			raw:  "date 2025-04-02 XEM CLIP:\n\nTheo thông tin ban đầu, khoảng 2h ngày 2/4, một kho hàng bốc cháy.\n\nLửa lan nhanh.",
			lead: "Theo thông tin ban đầu, khoảng 2h ngày 2/4, một kho hàng bốc cháy.", date: "2/4/2025",
		},
		{
			name: "a dateline's place alone",
			raw:  "date 2024-07 Đà Nẵng\n\nSố liệu mới của Cục Thống kê cho biết sản lượng tăng 5%.\n\nCác ngành đều tăng.",
			lead: "Số liệu mới của Cục Thống kê cho biết sản lượng tăng 5%.", dateline: "Đà Nẵng", date: "7/2024",
		},
		{
			name: "a province glued to the lead's first word",
			raw:  "date 2024-03 Quảng NgãiHai xe tải va chạm trên quốc lộ 1, một người bị thương.\n\nCông an đang điều tra.",
			lead: "Hai xe tải va chạm trên quốc lộ 1, một người bị thương.", dateline: "Quảng Ngãi", date: "3/2024",
		},
		{
			name: "a country glued to the lead's first word",
			raw:  "date 2025-12-18 Thái LanĐoàn Việt Nam giành thêm 5 huy chương vàng trong ngày thi đấu.\n\nĐoàn đứng thứ ba.",
			lead: "Đoàn Việt Nam giành thêm 5 huy chương vàng trong ngày thi đấu.", dateline: "Thái Lan", date: "18/12/2025",
		},
		{
			name: "a dash joining two places inside a lead sentence",
			raw: "date 2024-11 Vụ va chạm xảy ra lúc 21 giờ ngày 4.11, tại Km 52 cao tốc Trung Lương - Mỹ Thuận, đoạn qua xã Tân Hòa.\n\n" +
				"Xe khách bị hư hỏng nặng.",
			lead: "Vụ va chạm xảy ra lúc 21 giờ ngày 4.11, tại Km 52 cao tốc Trung Lương - Mỹ Thuận, đoạn qua xã Tân Hòa.", date: "4.11.2024",
		},
		{
			name: "a caption first",
			raw: "date 2024-02 Người dân múa lân đón năm mới ở xã Hòa Bình. (Ảnh: MINH KHOA)\n\n" +
				"Cụ thể, tỉnh tổ chức 12 hoạt động văn hóa, thể thao đón Tết cho người dân.\n\nCác hoạt động kéo dài đến rằm.",
			lead: "Cụ thể, tỉnh tổ chức 12 hoạt động văn hóa, thể thao đón Tết cho người dân.", date: "2/2024",
		},
		{
			name: "the date line's day as the first paragraph writes it",
			raw: "date 2025-08-09 Ông Lê Văn Bình làm Bí thư phường An Khánh 09/08/2025 10:05\n\n" +
				"(PLO)- Ông Lê Văn Bình được chỉ định làm Bí thư Đảng ủy phường An Khánh.\n\nNgày 9-8, Đảng bộ phường tổ chức đại hội.",
			title: "Ông Lê Văn Bình làm Bí thư phường An Khánh 09/08/2025 10:05", source: "PLO",
			lead: "Ông Lê Văn Bình được chỉ định làm Bí thư Đảng ủy phường An Khánh.", date: "9-8-2025",
		},
		{
			name: "no blank line: a paragraph on each line, a bar dropped",
			raw: "date 2025-05-20 Hai tỉnh khánh thành 40 công trình\nLãnh đạo hai tỉnh dự lễ khánh thành tại xã Tân Phú.\n|\n" +
				"Sáng 20/5, hai tỉnh khánh thành 40 công trình với tổng vốn 900 tỷ đồng.\nCác công trình gồm trường học và trạm y tế.",
			title: "Hai tỉnh khánh thành 40 công trình", lead: "Lãnh đạo hai tỉnh dự lễ khánh thành tại xã Tân Phú.", date: "20/5/2025",
		},
		{
			name: "a posting stamp before the lead",
			raw: "date 2021-09 Sạt lở vùi lấp hai ngôi nhà trong đêm\n\nThứ Năm, ngày 16/09/2021 09:20 AM (GMT+7)\n\n" +
				"Mưa lớn kéo dài khiến đất đá trên núi sạt xuống, vùi lấp hai ngôi nhà ở xã Nậm Lúc.\n\nKhông có thiệt hại về người.",
			title: "Sạt lở vùi lấp hai ngôi nhà trong đêm", lead: "Mưa lớn kéo dài khiến đất đá trên núi sạt xuống, vùi lấp hai ngôi nhà ở xã Nậm Lúc.", date: "9/2021",
		},
		{
			name: "a byline of a name and the writer's standing",
			raw:  "date 2024-04-03 Ngày 3/4, xã Bình An trao 50 suất quà cho hộ nghèo trên địa bàn xã nhân dịp đầu năm.\n\nMỗi suất trị giá 500.000 đồng.\n\nThu Hà (CTV)",
			lead: "Ngày 3/4, xã Bình An trao 50 suất quà cho hộ nghèo trên địa bàn xã nhân dịp đầu năm.", author: "Thu Hà (CTV)", date: "3/4/2024",
		},
		{
			name: "a byline of an initial and a name",
			raw:  "date 2024-04-03 Ngày 3/4, xã Bình An trao 50 suất quà cho hộ nghèo trên địa bàn xã nhân dịp đầu năm.\n\nMỗi suất trị giá 500.000 đồng.\n\nT.Hiền",
			lead: "Ngày 3/4, xã Bình An trao 50 suất quà cho hộ nghèo trên địa bàn xã nhân dịp đầu năm.", author: "T.Hiền", date: "3/4/2024",
		},
		{
			name: "a menu bar on the date line of a file without blank lines",
			raw: "date 2025-07-02 Video Báo Ảnh Báo in Podcast Chuyển động trẻ Emagazine Infographic\n" +
				"Khánh thành cầu Tân An\n(GLO)- Sáng 2-7, huyện Chư Sê khánh thành cầu Tân An dài 120 m.\nCầu có tổng vốn 30 tỷ đồng.\nNgười dân rất phấn khởi.",
			title: "Khánh thành cầu Tân An", source: "GLO", lead: "Sáng 2-7, huyện Chư Sê khánh thành cầu Tân An dài 120 m.", date: "2-7-2025",
		},
		{
			name: "a dash between two places, the second of one word",
			raw:  "date 2024-11 Vụ va chạm xảy ra lúc 5 giờ ngày 3.11 trên quốc lộ Hà Nội - Huế, đoạn qua xã Tân Hòa, khiến hai người bị thương.\n\nHai xe hư hỏng nặng.",
			lead: "Vụ va chạm xảy ra lúc 5 giờ ngày 3.11 trên quốc lộ Hà Nội - Huế, đoạn qua xã Tân Hòa, khiến hai người bị thương.", date: "3.11.2024",
		},
		{
			name: "a hotline bar, a section, the title, a byline, then the sourced lead",
			raw: "date 2025-12-17 HOTLINE: 0912.000.111 - HOTLINE Phát hành: 0988.000.222 - ĐẶT MUA BÁO\nThời sự\n\n" +
				"Trưởng Công an huyện được tặng Huân chương Chiến công\n\nMai Lan\n\n(NLĐO)- Ngày 17-12, Trưởng Công an huyện Yên Định nhận Huân chương Chiến công hạng Ba.\n\nĐây là phần thưởng cao quý.",
			section: "Thời sự", title: "Trưởng Công an huyện được tặng Huân chương Chiến công", source: "NLĐO", author: "Mai Lan",
			lead: "Ngày 17-12, Trưởng Công an huyện Yên Định nhận Huân chương Chiến công hạng Ba.", date: "17-12-2025",
		},
		{
			name: "a place and a section alone, title, sapo, then the writer's given names",
			raw: "date 2025-08-12 Hà Nội\n\nBất động sản\n\nBạc Liêu: khởi công 3 dự án nhà ở\n\n" +
				"Bạc Liêu sẽ khởi công 3 dự án nhà ở xã hội vào ngày 19/8.\n\nThu Trang\n\nNgày 12/8, UBND tỉnh cho biết kế hoạch khởi công.",
			section: "Bất động sản", title: "Bạc Liêu: khởi công 3 dự án nhà ở", author: "Thu Trang", dateline: "Hà Nội",
			lead: "Bạc Liêu sẽ khởi công 3 dự án nhà ở xã hội vào ngày 19/8.", date: "19/8/2025",
		},
		{
			name: "a posting stamp opening with the writer's name twice",
			raw: "date 2025-09-05 Bạn cần biết Tiện ích Liên hệ\nGiáo dục\n\nKhai giảng ở đảo Hòn Chuối\n\nMinh Khôi\nMinh Khôi\n05/09/2025 12:11 GMT+7\n\n" +
				"Trường tiểu học Hòn Chuối khai giảng năm học mới với 40 học sinh.\n\nCác em rất vui.",
			section: "Giáo dục", title: "Khai giảng ở đảo Hòn Chuối", author: "Minh Khôi",
			lead: "Trường tiểu học Hòn Chuối khai giảng năm học mới với 40 học sinh.", date: "05/09/2025",
		},
		{
			name:  "a byline of an initial and a name on the line before a bare source code",
			raw:   "date 2025-08-15 Cựu thủ quỹ xã lập chứng từ khống\n\nK. Duy\nTPO - Ngày 15/8, tòa án tỉnh xử vụ án tham ô 2 tỷ đồng.\n\nBị cáo khai nhận hành vi.",
			title: "Cựu thủ quỹ xã lập chứng từ khống", source: "TPO", author: "K. Duy",
			lead: "Ngày 15/8, tòa án tỉnh xử vụ án tham ô 2 tỷ đồng.", date: "15/8/2025",
		},
		{
			name: "a page on one line, the byline glued to its end",
			raw:  "date 2024-11-11 Chiều 11.11, điện lực tỉnh cho biết đã cấp điện lại cho 40.000 khách hàng, còn 9.000 khách hàng mất điện sau bão. Lê Hải",
			lead: "Chiều 11.11, điện lực tỉnh cho biết đã cấp điện lại cho 40.000 khách hàng, còn 9.000 khách hàng mất điện sau bão.", author: "Lê Hải", date: "11.11.2024",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("x", []byte(tt.raw))
			if err != nil {
				t.Fatal(err)
			}
			got := []string{a.Section, a.Title, a.Source, a.Lead, a.Author, a.Dateline, a.Date.String()}
			want := []string{tt.section, tt.title, tt.source, tt.lead, tt.author, tt.dateline, tt.date}
			names := []string{"section", "title", "source", "lead", "author", "dateline", "date"}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("%s = %q, want %q", names[i], got[i], want[i])
				}
			}
		})
	}
}

func TestChromeMatch(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Multimedia", true},
		{"  • Miền Tây ngày nay Online", true},
		{"Theo dõi Báo Quảng Trị trên", true},
		{"XEM VIDEO:", true},
		{"Theo dõi sát diễn biến của bão số 3 trên biển", false},
		{"Khai mạc hội chợ hàng Việt", false},
	}
	for _, tt := range tests {
		if got := isChrome(tt.line); got != tt.want {
			t.Errorf("isChrome(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestUngluePlace(t *testing.T) {
	tests := []struct {
		lead, place, rest string
	}{
		{"Lâm ĐồngMưa lớn làm sạt lở đèo.", "Lâm Đồng", "Mưa lớn làm sạt lở đèo."},
		{"Hà NộiCông an phường bắt hai người.", "Hà Nội", "Công an phường bắt hai người."},
		// Not a place: a name written in camel case stays.
		{"Công ty VinaCapital công bố kết quả.", "", "Công ty VinaCapital công bố kết quả."},
		{"Sáng 5/3, xã tổ chức lễ.", "", "Sáng 5/3, xã tổ chức lễ."},
	}
	for _, tt := range tests {
		place, rest, _ := ungluePlace(tt.lead)
		if place != tt.place || rest != tt.rest {
			t.Errorf("ungluePlace(%q) = %q, %q; want %q, %q", tt.lead, place, rest, tt.place, tt.rest)
		}
	}
}

func TestRepeatedOpening(t *testing.T) {
	tests := []struct {
		header, title, lead string
	}{
		{"Giá tiêu hôm nay 3/5: Tăng nhẹ 500 đồng/kg Giá tiêu hôm nay 3/5 tại Đắk Nông tăng 500 đồng/kg so với hôm qua.",
			"Giá tiêu hôm nay 3/5: Tăng nhẹ 500 đồng/kg", "Giá tiêu hôm nay 3/5 tại Đắk Nông tăng 500 đồng/kg so với hôm qua."},
		// A repeat after a sentence's end is a sentence of its own.
		{"Giá tiêu hôm nay tăng nhẹ. Giá tiêu hôm nay ở Gia Lai cao nhất.", "", ""},
		// No repeat: the header stays a title.
		{"Hội chợ nông sản mở cửa đến hết tháng", "Hội chợ nông sản mở cửa đến hết tháng", ""},
	}
	for _, tt := range tests {
		_, title, _, lead := splitHeader(tt.header)
		if tt.title == "" && tt.lead == "" {
			if k := repeatedOpening(tt.header); k != 0 {
				t.Errorf("repeatedOpening(%q) = %d, want 0", tt.header, k)
			}
			continue
		}
		if title != tt.title || lead != tt.lead {
			t.Errorf("splitHeader(%q) = title %q, lead %q; want %q, %q", tt.header, title, lead, tt.title, tt.lead)
		}
	}
}
