package answer

import (
	"reflect"
	"strings"
	"testing"
)

func TestWholeListIn(t *testing.T) {
	tests := []struct {
		name, text, item, want string
	}{
		{"places after a locative",
			"Dự án được thực hiện tại phường Vạn Xuân, phường Phổ Yên, xã Điềm Thụy (tỉnh Thái Nguyên). Công ty được giao làm chủ đầu tư.",
			"Tại phường Vạn Xuân", "tại phường Vạn Xuân, phường Phổ Yên, xã Điềm Thụy (tỉnh Thái Nguyên)"},
		{"the last item after a note and \"và\"",
			"Nhóm đưa người vào các điểm tập kết tại phường Trà Cổ (TP Móng Cái), xã Quan Lạn (Vân Đồn) và phường Cửa Ông (TP Cẩm Phả).",
			"tại phường Trà Cổ (TP Móng Cái)", "tại phường Trà Cổ (TP Móng Cái), xã Quan Lạn (Vân Đồn) và phường Cửa Ông (TP Cẩm Phả)"},
		{"names with notes, read back to the first",
			"Công an truy tìm các đối tượng gồm: Kha Minh Cường (SN 1993), Phan Văn Tân (SN 1987, cùng ngụ, TP Cần Thơ), Lê Quyên Bình (SN 1988).",
			"Phan Văn Tân (SN 1987, cùng ngụ, TP Cần Thơ)", "Kha Minh Cường (SN 1993), Phan Văn Tân (SN 1987, cùng ngụ, TP Cần Thơ), Lê Quyên Bình (SN 1988)"},
		{"one head word, parted by semicolons",
			"Quốc hội biểu quyết dự thảo Luật Quản lý thuế (sửa đổi); Luật Thuế thu nhập cá nhân (sửa đổi); Luật Tiết kiệm, chống lãng phí.",
			"Luật Quản lý thuế", "Luật Quản lý thuế (sửa đổi); Luật Thuế thu nhập cá nhân (sửa đổi); Luật Tiết kiệm"},
		{"bodies after a colon",
			"Tại TP. Pleiku gồm có 3 trường gồm: Trường THCS Ngô Gia Tự, Trường Tiểu học Hồ Tùng Mậu, Trường Mầm non Tuổi Hồng.",
			"Trường Tiểu học Hồ Tùng Mậu", "Trường THCS Ngô Gia Tự, Trường Tiểu học Hồ Tùng Mậu, Trường Mầm non Tuổi Hồng"},
		{"roads, a bridge and a pass, numbered or named, in brackets",
			"Nhiều tuyến đường bị sạt lở (quốc lộ 27C, tỉnh lộ 9, đường Phạm Văn Đồng, cầu Yang Bay, đèo Khánh Lê…), thiệt hại 80 tỷ đồng.",
			"đường Phạm Văn Đồng", "quốc lộ 27C, tỉnh lộ 9, đường Phạm Văn Đồng, cầu Yang Bay, đèo Khánh Lê"},
		{"a road's head followed by no name is no item",
			"Xe khách đi trên đường, tỉnh lộ 9 bị ngập.",
			"tỉnh lộ 9", ""},
		{"a name and its title is no list",
			"Dự lễ có Trần Hồng Hà, Ủy viên Ban Chấp hành Trung ương Đảng, Phó Thủ tướng Chính phủ.",
			"Trần Hồng Hà", ""},
		{"an item the sentence does not write as given",
			"Dự lễ có Trần Hồng Hà, Ủy viên Ban Chấp hành Trung ương Đảng, Phó Thủ tướng Chính phủ.",
			"Trần Hồng Hà (Ủy viên Ban Chấp hành Trung ương Đảng)", ""},
		{"the middle of a list, read both ways",
			"Đại tá Lê Văn An, Đại tá Trần Minh Bảo, Đại tá Ngô Quang Châu; Đại tá Phí Thành Dũng cùng nhận Bằng khen.",
			"Đại tá Trần Minh Bảo, Đại tá Ngô Quang Châu", "Đại tá Lê Văn An, Đại tá Trần Minh Bảo, Đại tá Ngô Quang Châu; Đại tá Phí Thành Dũng"},
		{"an item whose name the word bound would cut",
			"Nổi bật là dự án Khu nhà ở Bắc Sông Cầu Trắng, dự án Khu nhà ở ven hồ Sông Cầu Trắng có cùng quy mô 120ha.",
			"dự án Khu nhà ở Bắc Sông Cầu Trắng", "dự án Khu nhà ở Bắc Sông Cầu Trắng, dự án Khu nhà ở ven hồ Sông Cầu Trắng"},
		{"a single place",
			"Lễ khởi công được tổ chức tại phường Vạn Xuân, với sự tham dự của lãnh đạo tỉnh.",
			"tại phường Vạn Xuân", ""},
	}
	for _, tt := range tests {
		if got := wholeListIn(testSent(tt.text), tt.item); got != tt.want {
			t.Errorf("%s: wholeListIn(%q) = %q, want %q", tt.name, tt.item, got, tt.want)
		}
	}
}

// TestListCut checks which answers are part of a list their sentence
// writes: an item or a run of items with another of their kind before or
// after them, not the whole list nor a lone item.
func TestListCut(t *testing.T) {
	const text = "Đại tá Lê Văn An, Đại tá Trần Minh Bảo, Đại tá Ngô Quang Châu; Đại tá Phí Thành Dũng cùng nhận Bằng khen."
	tests := []struct {
		name, text, answer string
		want               bool
	}{
		{"the middle of a list", text, "Đại tá Trần Minh Bảo, Đại tá Ngô Quang Châu", true},
		{"its first items", text, "Đại tá Lê Văn An, Đại tá Trần Minh Bảo", true},
		{"one item", text, "Đại tá Phí Thành Dũng", true},
		{"the whole list", text, "Đại tá Lê Văn An, Đại tá Trần Minh Bảo, Đại tá Ngô Quang Châu; Đại tá Phí Thành Dũng", false},
		{"the whole sentence", text, strings.TrimSuffix(text, "."), false},
		{"a lone place", "Lễ khởi công được tổ chức tại phường Vạn Xuân, với sự tham dự của lãnh đạo tỉnh.", "phường Vạn Xuân", false},
	}
	for _, tt := range tests {
		if got := listCut(testSent(tt.text), tt.answer); got != tt.want {
			t.Errorf("%s: listCut(%q) = %v, want %v", tt.name, tt.answer, got, tt.want)
		}
	}
}

func TestSingleItem(t *testing.T) {
	tests := []struct {
		answer string
		want   bool
	}{
		{"Luật Quản lý thuế", true},
		{"Phan Văn Tân (SN 1987, cùng ngụ, TP Cần Thơ)", true},
		{"Lê Thị Hiền; Hà Thị Vui", false},
		{"vũ khí, vật liệu nổ", false},
		{"Bệnh viện Nhi Trung ương và Bệnh viện Phụ sản", false},
		{"tư vấn sức khỏe và nhận thuốc", true},
	}
	for _, tt := range tests {
		if got := singleItem(tt.answer); got != tt.want {
			t.Errorf("singleItem(%q) = %v, want %v", tt.answer, got, tt.want)
		}
	}
}

func TestWithoutNotes(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Phan Văn Tân (SN 1987, cùng ngụ)", "Phan Văn Tân "},
		{"A (b (c)) d", "A  d"},
		{"không ngoặc", "không ngoặc"},
	}
	for _, tt := range tests {
		if got := withoutNotes(tt.in); got != tt.want {
			t.Errorf("withoutNotes(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestWholeLists checks which candidates a whole list is offered for: one
// item of a list its sentence writes, when the question asks for several
// things, each list once, with the score and sentence of the candidate it
// is read from.
func TestWholeLists(t *testing.T) {
	e := articleEngine(t, "date 2025-07 Thời sự Khởi công dự án (TNO) - Sáng 5/7, tỉnh khởi công dự án khu dân cư.\n\n"+
		"Dự án được thực hiện tại phường Vạn Xuân, phường Phổ Yên, xã Điềm Thụy (tỉnh Thái Nguyên).\n")
	var at ref
	for _, s := range e.sents {
		if strings.Contains(s.text, "Vạn Xuân") {
			at = ref{s.p.ID, s.index}
		}
	}
	const whole = "tại phường Vạn Xuân, phường Phổ Yên, xã Điềm Thụy (tỉnh Thái Nguyên)"
	item := func(answer string, score float64) candidate {
		return candidate{answer: answer, kind: KindPassage, score: score, refs: []ref{at}}
	}
	tests := []struct {
		name, q string
		cands   []candidate
		want    []candidate
	}{
		{"one item", "dự án thực hiện ở những đâu", []candidate{item("tại phường Vạn Xuân", 0.4)},
			[]candidate{item(whole, 0.4)}},
		{"two items of one list: the list once, from the first", "dự án thực hiện ở những đâu",
			[]candidate{item("tại phường Vạn Xuân", 0.4), item("tại phường Vạn Xuân", 0.3)},
			[]candidate{item(whole, 0.4)}},
		{"a question that asks for one thing", "dự án thực hiện ở đâu", []candidate{item("tại phường Vạn Xuân", 0.4)}, nil},
		{"a cut list read to its end", "dự án thực hiện ở những đâu", []candidate{item("phường Vạn Xuân, phường Phổ Yên", 0.4)},
			[]candidate{item("phường Vạn Xuân, phường Phổ Yên, xã Điềm Thụy (tỉnh Thái Nguyên)", 0.4)}},
		{"a whole list already", "dự án thực hiện ở những đâu", []candidate{item("phường Vạn Xuân, phường Phổ Yên, xã Điềm Thụy (tỉnh Thái Nguyên)", 0.4)}, nil},
		{"a clause kept", "dự án thực hiện ở những đâu",
			[]candidate{{answer: "tại phường Vạn Xuân", score: 0.4, refs: []ref{at}, clause: true}}, nil},
		{"no sentence", "dự án thực hiện ở những đâu", []candidate{{answer: "tại phường Vạn Xuân", score: 0.4}}, nil},
	}
	for _, tt := range tests {
		got := e.wholeLists(e.parse(tt.q), tt.cands)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: wholeLists(%q) = %+v, want %+v", tt.name, tt.q, got, tt.want)
		}
	}
}

// TestWholeListElsewhere checks that an item a candidate finds alone in
// its sentence is read as the list another sentence of its article
// writes, nearest first, with that sentence as its reference; and that
// no list is read in another article.
func TestWholeListElsewhere(t *testing.T) {
	e := articleEngine(t, "date 2025-12 Thời sự Quốc hội biểu quyết ba luật (TNO) - Sáng 10/12, Quốc hội làm việc tại hội trường.\n\n"+
		"Quốc hội nghe trình bày dự thảo Luật Quản lý thuế (sửa đổi); Luật Thuế thu nhập cá nhân (sửa đổi); Luật Tiết kiệm, chống lãng phí. Sau đó, Quốc hội biểu quyết thông qua các luật nêu trên.\n\n"+
		"Đối với Luật Quản lý thuế (sửa đổi): có 448 đại biểu tham gia biểu quyết.\n")
	var alone, list ref
	for _, s := range e.sents {
		switch {
		case strings.HasPrefix(s.text, "Đối với"):
			alone = ref{s.p.ID, s.index}
		case strings.Contains(s.text, "Luật Tiết kiệm"):
			list = ref{s.p.ID, s.index}
		}
	}
	const whole = "Luật Quản lý thuế (sửa đổi); Luật Thuế thu nhập cá nhân (sửa đổi); Luật Tiết kiệm"
	tests := []struct {
		name, q, answer string
		at              ref
		want            []candidate
	}{
		{"an item alone, listed in another sentence", "những luật nào được biểu quyết", "Luật Quản lý thuế", alone,
			[]candidate{{answer: whole, kind: KindPassage, score: 0.5, refs: []ref{list}}}},
		{"an item listed in its own sentence keeps its reference", "những luật nào được biểu quyết", "Luật Quản lý thuế", list,
			[]candidate{{answer: whole, kind: KindPassage, score: 0.5, refs: []ref{list}}}},
		{"an item no sentence lists", "những luật nào được biểu quyết", "448 đại biểu", alone, nil},
		{"one thing asked", "luật nào được biểu quyết", "Luật Quản lý thuế", alone, nil},
	}
	for _, tt := range tests {
		cands := []candidate{{answer: tt.answer, kind: KindPassage, score: 0.5, refs: []ref{tt.at}}}
		got := e.wholeLists(e.parse(tt.q), cands)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: wholeLists(%q) = %+v, want %+v", tt.name, tt.q, got, tt.want)
		}
	}
}
