package answer

import "testing"

// TestDoerPeople: of the people a sentence names, the one whose act is
// the verb a who-question asks the doer of; sentences in our own words.
func TestDoerPeople(t *testing.T) {
	tests := []struct {
		question, sentence, want string
	}{
		// The verb after the note in brackets.
		{"ai lái xe đầu kéo", "Xe đầu kéo do anh P.V.N. (sinh năm 1980, trú xã Hải Nhân) lái đâm vào xe máy do anh T.C.T. (sinh năm 1995) điều khiển.", "P.V.N"},
		{"ai dieu khien xe may", "Xe đầu kéo do anh P.V.N. (sinh năm 1980, trú xã Hải Nhân) lái đâm vào xe máy do anh T.C.T. (sinh năm 1995) điều khiển.", "T.C.T"},
		// Past an auxiliary.
		{"ai tử vong", "Xe của anh Lê Văn Tám (34 tuổi) tông vào anh Trần Văn Bảy (52 tuổi) đã tử vong tại chỗ.", "Trần Văn Bảy"},
		// A comma between: an apposition, no act.
		{"ai tử vong", "Anh Lê Văn Tám (34 tuổi), anh Trần Văn Bảy (52 tuổi), tử vong tại chỗ.", ""},
		// One person: nothing to tell apart.
		{"ai lái xe", "Xe do anh P.V.N. (sinh năm 1980) lái.", ""},
		// Both act: nothing told apart.
		{"ai lái xe", "Anh Lê Văn Tám (34 tuổi) lái xe tải, anh Trần Văn Bảy (52 tuổi) lái xe khách.", ""},
		// Joined by "và": both act.
		{"ai tử vong", "Xe tải tông vào xe máy do anh Ngô Văn Chín (19 tuổi) điều khiển khiến anh Lê Văn Tám (34 tuổi) và anh Trần Văn Bảy (40 tuổi) tử vong tại chỗ.", "Lê Văn Tám; Trần Văn Bảy"},
		// A passive: the act is done to the person, who does not act.
		{"ai tông", "Anh Lê Văn Tám (34 tuổi) bị tông khi xe tải do anh Trần Văn Bảy (40 tuổi) điều khiển lấn làn.", ""},
		// Who received is asked: no doer.
		{"ai được tặng bằng khen", "Ông Lê Văn Tám (Giám đốc Sở) tặng bằng khen cho anh Trần Văn Bảy.", ""},
	}
	for _, tt := range tests {
		e, s := sentenceEngine(t, tt.sentence)
		if got := e.doerPeople(e.parse(tt.question), s); got != tt.want {
			t.Errorf("doerPeople(%q, %q) = %q, want %q", tt.question, tt.sentence, got, tt.want)
		}
	}
}

// TestDoerVerbAt: the verb whose doer a who-question asks, written after
// the question word or after a role that opens a "… là ai" question.
func TestDoerVerbAt(t *testing.T) {
	tests := []struct {
		q    string
		want string // the verb, folded; "" when none is asked
	}{
		{"ai lái xe đầu kéo", "lai"},
		{"Người ngồi ghế phụ là ai?", "ngoi"},
		{"tai xe lai xe tai la ai", "lai"},
		{"ai được tặng bằng khen", ""},
		{"Người được khen là ai?", ""},
		{"ông Hợp là ai", ""},
		{"ong hop la ai", ""},
	}
	for _, tt := range tests {
		q := parseQuestion(tt.q)
		got := ""
		if v := doerVerbAt(q); v >= 0 {
			got = q.words[v].fold
		}
		if got != tt.want {
			t.Errorf("doerVerbAt(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}
