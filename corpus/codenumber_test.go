package corpus

import "testing"

// TestCodeNumber checks that the number of a code in capitals ("IR 504")
// is read as part of the code when a verb of a price or level, a unit
// stop, a qualifier or another number follows it, and as a count when a
// counted thing does ("VTC 12 tấn hàng").
func TestCodeNumber(t *testing.T) {
	tests := []struct {
		name, sentence, number string
		code                   bool // read as an identifier, not a count
	}{
		{"price verb", "Gạo nguyên liệu IR 504 dao động 8.500 – 8.600 đồng/kg.", "504", true},
		{"level verb", "Gạo nguyên liệu OM 380 giữ ở mức 8.200 – 8.300 đồng/kg.", "380", true},
		{"going on", "Gạo OM 18 và OM 5451 tiếp tục ở mức 9.500 – 9.700 đồng/kg.", "5451", true},
		{"change verb", "Gạo CL 555 giảm 100 đồng/kg.", "555", true},
		{"qualifier", "Gạo thành phẩm IR 504 khoảng 9.500 đồng/kg.", "504", true},
		{"a counted thing", "Đơn vị vận chuyển VTC 12 tấn hàng.", "12", false},
		{"no code", "Giá gạo nguyên liệu dao động 8.500 – 8.600 đồng/kg.", "8.600", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("t", []byte("date 2025-08-17 Giá gạo hôm nay - "+tt.sentence))
			if err != nil {
				t.Fatal(err)
			}
			var id, count bool
			for _, f := range Extract(a) {
				if f.Number != tt.number {
					continue
				}
				id = id || f.Type == FactIdentifier
				count = count || f.Type == FactQuantity
			}
			if id != tt.code || count == tt.code {
				t.Errorf("%q: number %s identifier %v, quantity %v; want identifier %v", tt.sentence, tt.number, id, count, tt.code)
			}
		})
	}
}
