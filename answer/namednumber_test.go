package answer

import "testing"

// TestNamesNumber checks that a number the question writes after the same
// capitalised word as the sentence is read as part of a name, not a count.
func TestNamesNumber(t *testing.T) {
	tests := []struct {
		name, q, sentence, number string
		want                      bool
	}{
		{"a code the question names", "gạo IR 504 giá bao nhiêu", "Gạo IR 504 có 3 loại.", "504", true},
		{"typed without marks", "gao om 380 bao nhieu", "Gạo OM 380 có 3 loại.", "380", true},
		{"another code", "gạo IR 504 giá bao nhiêu", "Gạo OM 504 có 3 loại.", "504", false},
		{"a count, not after a capital", "bao nhiêu trong 504 hộ", "Xã có 504 hộ.", "504", false},
		{"a number the question lacks", "gạo IR 504 giá bao nhiêu", "Gạo IR 505 có 3 loại.", "505", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := testSent(tt.sentence)
			at := s.find(tt.number, 0)
			if at < 0 {
				t.Fatalf("%q lacks %s", tt.sentence, tt.number)
			}
			if got := parseQuestion(tt.q).namesNumber(s, at); got != tt.want {
				t.Errorf("namesNumber(%q, %q) = %v, want %v", tt.q, tt.sentence, got, tt.want)
			}
		})
	}
}
