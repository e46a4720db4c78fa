package corpus

import (
	"strings"

	"github.com/hoidap/hoidap/analysis"
)

// The word lists below are knowledge of Vietnamese news writing, not facts
// of any article: which words are ranks, titles, awards, documents. They are
// kept in lower case with their diacritics and matched on lower-case
// syllables: article text is written with diacritics, and folding would
// confuse "trào" with "trao".

// ranks are the military and police ranks, longest first.
var ranks = foldAll(
	"Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng",
	"Đại tá", "Thượng tá", "Trung tá", "Thiếu tá",
	"Đại úy", "Thượng úy", "Trung úy", "Thiếu úy",
	"Chuẩn úy", "Binh nhất", "Binh nhì", "Hạ sĩ", "Trung sĩ", "Thượng sĩ",
)

// titleHeads are the words a job title starts with ("Phó" may precede any
// of them).
var titleHeads = foldAll(
	"Chủ tịch", "Giám đốc", "Tổng Giám đốc", "Bí thư", "Tổng Bí thư",
	"Trưởng ban", "Trưởng phòng", "Trưởng khoa", "Trưởng đoàn", "Trưởng thôn",
	"Trưởng Công an", "Trưởng bản", "Trưởng ấp", "Trưởng",
	"Cục trưởng", "Bộ trưởng", "Thứ trưởng", "Vụ trưởng", "Viện trưởng",
	"Hiệu trưởng", "Đội trưởng", "Tổ trưởng", "Chi hội trưởng", "Hội trưởng",
	"Thủ tướng", "Chủ nhiệm", "Chánh Văn phòng", "Chánh án", "Chánh thanh tra",
	"Tư lệnh", "Chính ủy", "Chỉ huy trưởng", "Tham mưu trưởng", "Thủ trưởng",
	"Ủy viên", "Đại biểu", "Tổng Biên tập", "Tổng Thư ký", "Thư ký",
	"Kiểm sát trưởng", "Viện trưởng", "Trưởng Ban", "Chủ nhiệm",
	"Huấn luyện viên", "Trọng tài", "Già làng", "Nghệ nhân", "Chủ tịch nước",
	"Phó",
)

// personMarkers are words that introduce a person's name.
var personMarkers = foldAll(
	"ông", "bà", "đồng chí", "anh", "chị", "em", "cháu", "cụ", "thầy", "cô",
	"già làng", "nghệ nhân", "vận động viên", "VĐV", "nhà báo", "nhà văn",
	"bác sĩ", "kỹ sư", "thạc sĩ", "tiến sĩ", "giáo sư", "ThS", "TS", "PGS", "GS", "BS",
	"em", "bạn", "chiến sĩ", "đ/c",
)

// surnames are common Kinh family names.
var surnames = foldAll(
	"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
	"Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Đoàn", "Lương",
	"Trương", "Mai", "Lâm", "Tạ", "Cao", "Hà", "Châu", "Tôn", "Thái", "Đào",
	"Quách", "Lưu", "Trịnh", "Kiều", "Từ", "La", "Khổng", "Triệu",
	"Tăng", "Mạc", "Chu", "Giang", "Âu", "Thân", "Lạc", "Phùng", "Nông",
	"Lò", "Lục", "Hứa", "Y", "A", "H'", "Ksor", "Rơ", "Siu", "Nay", "Rah",
)

// placeWords are lower-case words after which a capitalised run is a place
// or an organisation, not a person.
var placeWords = foldAll(
	"tỉnh", "huyện", "xã", "phường", "quận", "thị xã", "thị trấn", "thành phố",
	"TP", "thôn", "làng", "buôn", "bản", "ấp", "khối", "tổ", "đường", "sông",
	"núi", "vùng", "khu", "cụm", "trường", "đồn", "trạm", "chùa", "đền",
	"nước", "miền", "đảo", "biển", "cầu", "chợ", "hồ", "chuyên",
)

// organisationHeads start the name of a body ("Hội Nông dân", "Sở Y tế").
var organisationHeads = foldAll(
	"Bộ", "Sở", "Cục", "Vụ", "Ban", "Hội", "Phòng", "Công an", "Ủy ban",
	"UBND", "HĐND", "Mặt trận", "MTTQ", "Tỉnh đoàn", "Đoàn", "Trung tâm",
	"Trường", "Viện", "Bệnh viện", "Công ty", "Tập đoàn", "Ngân hàng",
	"Bộ Chỉ huy", "Bộ đội", "Liên đoàn", "Câu lạc bộ", "Nhà", "Đài", "Báo",
	"Tổng cục", "Chi cục", "Văn phòng", "Tòa án", "Viện kiểm sát", "Quân khu",
	"Đảng ủy", "Huyện ủy", "Tỉnh ủy", "Thành ủy", "Chi hội", "Chi bộ", "Đội",
	"Khoa", "Hợp tác xã", "HTX", "Quỹ",
)

// awardKinds are the kinds of award a report names, longest first.
var awardKinds = foldAll(
	"Huân chương Lao động", "Huân chương", "Huy chương Vàng", "Huy chương Bạc",
	"Huy chương Đồng", "Huy chương", "Bằng khen", "Giấy khen", "Cờ thi đua",
	"Kỷ niệm chương", "Giấy chứng nhận", "giải Đặc biệt", "giải Nhất",
	"giải Nhì", "giải Ba", "giải Khuyến khích", "giải Tư", "giải phụ",
	"giải toàn đoàn", "Giải thưởng", "danh hiệu", "Huy hiệu", "Bằng công nhận",
)

// documentHeads start the name of a document.
var documentHeads = foldAll(
	"Nghị quyết", "Quyết định", "Chỉ thị", "Kế hoạch", "Thông tư",
	"Nghị định", "Luật", "Công văn", "Đề án", "Kết luận", "Thông báo",
	"Hướng dẫn", "Pháp lệnh", "Hiến pháp", "Chương trình",
)

// giveVerbs are the verbs of giving an award, folded.
var giveVerbs = foldAll("trao tặng", "tặng", "trao", "khen thưởng", "tặng thưởng", "nhận", "đạt", "giành")

// titleStops are verbs and words that end a title or a name phrase.
var titleStops = foldAll(
	"tặng", "trao", "phát biểu", "ghi nhận", "đề nghị", "cho biết", "chủ trì",
	"tham dự", "khẳng định", "nhấn mạnh", "chúc mừng", "yêu cầu", "chỉ đạo",
	"đánh giá", "trao đổi", "thăm", "kiểm tra", "làm việc", "dự", "nói",
	"chia sẻ", "báo cáo", "thông tin", "khai mạc", "bế mạc", "động viên",
	"biểu dương", "đã", "đang", "sẽ", "và", "cùng", "với", "là", "nhận",
	"giành", "đạt", "cho", "bày tỏ", "gửi", "tiếp", "đến", "đón", "tới",
	"tại", "được", "có", "vinh dự", "lên", "kêu gọi", "mong", "hy vọng",
	"nhiệm kỳ", "khóa", "giai đoạn",
)

// qualifiers are words that qualify a number ("hơn 2.430"), longest first.
var qualifiers = foldAll(
	"gần như", "lên đến", "lên tới", "ước tính", "tổng cộng", "hơn", "gần",
	"khoảng", "trên", "dưới", "chừng", "tới", "hàng", "gần", "ít nhất",
	"tối đa", "tổng số", "tổng",
)

// identifierHeads are lower-case words after which a number names rather
// than counts ("số 12", "lần thứ 3", "khóa 15").
var identifierHeads = foldAll("số", "thứ", "khóa", "lần thứ", "mã", "mục", "điều", "khoản", "phòng", "tầng", "năm", "tháng", "ngày", "giờ", "lúc", "kỳ", "đợt", "vòng", "hạng", "nhóm", "bảng", "tuổi", "km")

// unitStops are words at which the thing a number counts ends.
var unitStops = foldAll(
	"với", "và", "trong", "của", "cho", "để", "tại", "ở", "từ", "đến",
	"liên quan", "thuộc", "gồm", "trên", "dưới", "là", "được", "đã", "đang",
	"sẽ", "nhằm", "theo", "về", "khi", "nên", "như", "vì", "do", "qua",
	"giúp", "góp phần", "tham gia", "có thành tích", "đạt", "mỗi",
	"xây dựng", "nhân rộng", "hoạt động", "này", "đó", "khác", "năm", "hơn",
	"so", "so với", "tăng", "giảm", "chiếm", "còn",
)

// eventNouns name an event.
var eventNouns = foldAll(
	"hội nghị", "lễ", "buổi lễ", "hội thảo", "hội thi", "hội diễn", "liên hoan",
	"giải", "chương trình", "ngày hội", "lễ hội", "đại hội", "cuộc thi",
	"buổi", "hội", "sự kiện", "lễ tổng kết", "lễ khai mạc", "lễ bế mạc",
	"tọa đàm", "diễn đàn", "festival", "tuần lễ", "triển lãm", "hội chợ",
)

// sections are the usual names of newspaper sections. A header that starts
// with one has it as its section whatever follows ("Thời sự 33 tập thể …");
// other sections are told by their shape (see splitSection).
var sections = foldAll(
	"Thời sự", "Xã hội", "Kinh tế", "Chính trị", "Quốc phòng - An ninh", "An ninh - Trật tự",
	"Pháp luật", "An ninh trật tự", "Văn hóa", "Văn hóa - Xã hội", "Văn hóa - Thể thao - Du lịch",
	"Văn hóa - Văn nghệ", "Thể thao", "Giáo dục", "Y tế", "Sức khỏe", "Du lịch", "Đời sống",
	"Nông nghiệp", "Nông thôn mới", "Quốc tế", "Thế giới", "Công nghệ", "Khoa học", "Môi trường",
	"Giao thông", "Bạn đọc", "Địa phương", "Tin tức", "Tin tức - Sự kiện", "Doanh nghiệp",
)

// spelledNumbers are the numbers written in words, by their value.
var spelledNumbers = map[string]float64{
	"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
}

// countedNouns are the nouns "một" and "năm" count when they are numbers:
// "một người", "năm ngày" (and not "một số", "năm nay").
var countedNouns = foldAll(
	"người", "ngày", "đêm", "tuần", "tháng", "giờ", "hộ", "nhà", "căn", "vụ", "xã", "huyện", "tỉnh",
	"em", "cháu", "trẻ", "học sinh", "đội", "xe", "chiếc", "con", "lần", "ca", "bệnh nhân", "nạn nhân",
	"đối tượng", "bị can", "tập thể", "cá nhân", "địa phương", "công trình", "dự án", "trường", "thôn", "bản",
)

// currencies are the codes of currencies written after an amount, part of
// its unit ("19,95 tỷ USD").
var currencies = foldAll("usd", "vnd", "eur", "euro", "yen", "nhân dân tệ")

// bylinePrefixes are the words a byline may start with ("Theo TTXVN").
var bylinePrefixes = foldAll("theo", "nguồn")

// eventVerbs introduce the event in a lead ("tổ chức hội nghị").
var eventVerbs = foldAll("tổ chức", "khai mạc", "bế mạc", "phát động", "tổng kết", "diễn ra", "long trọng tổ chức", "đã tổ chức")

type wordSet struct {
	list []string // longest first
	set  map[string]bool
	max  int // syllables in the longest
}

func foldAll(words ...string) *wordSet {
	ws := &wordSet{set: map[string]bool{}}
	for _, w := range words {
		f := analysis.Lower(analysis.Canonical(w))
		if ws.set[f] {
			continue
		}
		ws.set[f] = true
		ws.list = append(ws.list, f)
		if n := len(strings.Fields(f)); n > ws.max {
			ws.max = n
		}
	}
	return ws
}

// Has reports whether the lower-case phrase is in the list.
func (ws *wordSet) Has(folded string) bool { return ws.set[folded] }

// TitleHeads returns the lower-case words a job title starts with
// ("chủ tịch", "giám đốc"), longest first.
func TitleHeads() []string { return append([]string(nil), titleHeads.list...) }

// AwardKinds returns the lower-case names of kinds of award ("bằng
// khen", "giải nhất").
func AwardKinds() []string { return append([]string(nil), awardKinds.list...) }

// EventNouns returns the lower-case nouns that name an event ("hội
// nghị", "lễ").
func EventNouns() []string { return append([]string(nil), eventNouns.list...) }
