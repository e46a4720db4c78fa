package analysis

import "testing"

func TestQuestionKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"???", ""},
		{"Ai được tặng Bằng khen?", "ai duoc tang bang khen"},
		{"ai dc tang bang khen", "ai duoc tang bang khen"},
		{"AI ĐƯỢC TẶNG BẰNG KHEN ???", "ai duoc tang bang khen"},
		{"  ai   đc  tặng, bằng khen!! ", "ai duoc tang bang khen"},
		{"ai dc tawngj bawngf khen", "ai duoc tang bang khen"},
		{"Ai đươ\u0323c tă\u0323ng Bă\u0300ng khen?", "ai duoc tang bang khen"}, // NFD
		{"AI DC TANG BANG KHEN", "ai duoc tang bang khen"},                      // shouted shorthand
		// "được" carries the direction: who gave is another question.
		{"ai tặng Bằng khen?", "ai tang bang khen"},
		// Function words go, in any spelling.
		{"Ai là người được tặng Bằng khen của tỉnh?", "ai nguoi duoc tang bang khen tinh"},
		{"ai la ng dc tang bang khen cua tinh", "ai nguoi duoc tang bang khen tinh"},
		// Question words stay, and so does the order.
		{"có bao nhiêu mô hình?", "co bao nhieu mo hinh"},
		{"bn mô hình", "bao nhieu mo hinh"},
		{"mô hình có bao nhiêu?", "mo hinh co bao nhieu"},
		{"bao nhiêu %?", "bao nhieu phan tram"},
		{"bao nhiêu phần trăm", "bao nhieu phan tram"},
		// Codes in capitals are not shorthand; numbers are kept as written.
		{"Sở GD-ĐT ở đâu?", "so gd dt o dau"},
		{"năm 2019 có 2.430 người?", "nam 2019 co 2.430 nguoi"},
		// "thị" of "thị xã" is no "thì".
		{"thị xã nào?", "thi xa nao"},
		{"thì sao?", "thi sao"},
		// A function word that, without diacritics, spells a content word
		// is kept however it is typed.
		{"bao nhiêu vận động viên", "bao nhieu van dong vien"},
		{"BAO NHIEU VAN DONG VIEN", "bao nhieu van dong vien"},
		{"tập thể nào ở Hà Nội", "tap the nao o ha noi"},
		{"tap the nao o ha noi", "tap the nao o ha noi"},
		// English questions drop English function words and are not Telex.
		{"Who was awarded the prize?", "who awarded prize"},
		{"How many cats were there?", "how many cats"},
	}
	for _, tt := range tests {
		if got := QuestionKey(tt.in); got != tt.want {
			t.Errorf("QuestionKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestQuestionKeyVariants checks, pair by pair, which phrasings share a key.
func TestQuestionKeyVariants(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"Ai được tặng Bằng khen?", "ai dc tang bang khen", true},
		{"Ai được tặng Bằng khen?", "AI ĐƯỢC TẶNG BẰNG KHEN ???", true},
		{"Ai được tặng Bằng khen?", "ai tặng Bằng khen?", false},
		{"Ai được tặng Bằng khen?", "Ai được tặng Giấy khen?", false},
		{"có bao nhiêu mô hình", "co bn mo hinh", true},
		{"có bao nhiêu mô hình", "mô hình nào", false},
		{"ai ko được tặng", "ai được tặng", false},
		{"hội nghị diễn ra ntn", "hội nghị diễn ra như thế nào?", true},
		{"ai là người được tặng", "ai la nguoi duoc tang", true},
		{"Hội thao có bao nhiêu vận động viên?", "HOI THAO CO BN VAN DONG VIEN ???", true},
		{"trồng bao nhiêu cây", "trong bao nhieu cay", true},
		{"trồng bao nhiêu cây", "bao nhiêu cây", false},
	}
	for _, tt := range tests {
		ka, kb := QuestionKey(tt.a), QuestionKey(tt.b)
		if (ka == kb) != tt.same {
			t.Errorf("QuestionKey(%q) = %q, QuestionKey(%q) = %q; same = %v, want %v", tt.a, ka, tt.b, kb, ka == kb, tt.same)
		}
	}
}
