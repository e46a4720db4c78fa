package corpus

import (
	"reflect"
	"testing"
)

func sentences(text string) []string {
	var out []string
	for _, s := range SplitSentences(text) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"empty", "", nil},
		{"white space only", " \n\t ", nil},
		{"one without terminator", "Khen thưởng 33 tập thể", []string{"Khen thưởng 33 tập thể"}},
		{"surrounding space", "  Một câu.  \n", []string{"Một câu."}},
		{"two", "Câu một. Câu hai.", []string{"Câu một.", "Câu hai."}},
		{"question and exclamation", "Ai đến? Tôi! Thế à", []string{"Ai đến?", "Tôi!", "Thế à"}},
		{"semicolon does not split", "Một; Hai. Ba", []string{"Một; Hai.", "Ba"}},
		{"lower case after period", "hết. tiếp tục", []string{"hết. tiếp tục"}},
		{"digit starts sentence", "Xong. 55 mô hình.", []string{"Xong.", "55 mô hình."}},
		{"thousands", "hơn 2.430 thông tin. Sau đó", []string{"hơn 2.430 thông tin.", "Sau đó"}},
		{"decimal", "tăng 3.5 lần. Tiếp", []string{"tăng 3.5 lần.", "Tiếp"}},
		{"date", "Sáng 19/9. Chiều 20/9.", []string{"Sáng 19/9.", "Chiều 20/9."}},
		{"credit initials", "Ảnh: M.L", []string{"Ảnh: M.L"}},
		{"a space lost after a period", "không có người thương vong.Cụ thể, xe ùn tắc 1km.Trước đó, tại Hải Phòng.Xe lật.", []string{"không có người thương vong.", "Cụ thể, xe ùn tắc 1km.", "Trước đó, tại Hải Phòng.", "Xe lật."}},
		{"glued abbreviations and codes go on", "tại Tp.Hồ Chí Minh, TP.HCM, UBND.Tỉnh và Q.Ba Đình, ThS.Lê An", []string{"tại Tp.Hồ Chí Minh, TP.HCM, UBND.Tỉnh và Q.Ba Đình, ThS.Lê An"}},
		{"initial", "ông M. Lê đến. Xong", []string{"ông M. Lê đến.", "Xong"}},
		{"initials with final period", "do M.L. Phan chụp.", []string{"do M.L. Phan chụp."}},
		{"TP abbreviation", "tại TP. Kon Tum. Sau đó", []string{"tại TP. Kon Tum.", "Sau đó"}},
		{"abbreviation in parentheses", "Lễ hội (TP. Kon Tum) lớn. Hay", []string{"Lễ hội (TP. Kon Tum) lớn.", "Hay"}},
		{"academic titles", "có PGS.TS. Nguyễn Văn A và ThS. Lê B. Xong", []string{"có PGS.TS. Nguyễn Văn A và ThS. Lê B. Xong"}},
		{"Th.S", "Th.S. Trần C phát biểu.", []string{"Th.S. Trần C phát biểu."}},
		{"district", "Q. 1 và P. Bến Nghé. Hết", []string{"Q. 1 và P. Bến Nghé.", "Hết"}},
		{"v.v. then lower case", "xe, nhà v.v. được hỗ trợ.", []string{"xe, nhà v.v. được hỗ trợ."}},
		{"v.v. then capital", "xe, nhà v.v. Năm nay", []string{"xe, nhà v.v.", "Năm nay"}},
		{"closing quote after period", "Ông nói “Tốt.” Sau đó", []string{"Ông nói “Tốt.”", "Sau đó"}},
		{"question in quotes then lower case", "“Tại sao?” anh hỏi.", []string{"“Tại sao?” anh hỏi."}},
		{"ellipsis in quotes then lower case", "“Chờ đã...” rồi đi.", []string{"“Chờ đã...” rồi đi."}},
		{"ellipsis after quote then capital", "“Địa chỉ tin cậy”... Nhiều tập thể.", []string{"“Địa chỉ tin cậy”...", "Nhiều tập thể."}},
		{"unicode ellipsis", "Chờ… Rồi đi", []string{"Chờ…", "Rồi đi"}},
		{"opening quote starts sentence", "Hết. “Tự phòng” là mô hình.", []string{"Hết.", "“Tự phòng” là mô hình."}},
		{"no space after period", "xem hoidap.vn.Hết", []string{"xem hoidap.vn.Hết"}},
		{"several terminators", "Thật sao?! Đúng.", []string{"Thật sao?!", "Đúng."}},
		{"new lines", "Một.\nHai.", []string{"Một.", "Hai."}},
		{"Vietnamese capital", "Xong. Đại tá đến. Ủy ban họp.", []string{"Xong.", "Đại tá đến.", "Ủy ban họp."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sentences(tt.text); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("SplitSentences(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestSplitSentencesSpans(t *testing.T) {
	text := " A b. C d! "
	want := []Span{{1, 5}, {6, 10}}
	if got := SplitSentences(text); !reflect.DeepEqual(got, want) {
		t.Errorf("SplitSentences(%q) = %v, want %v", text, got, want)
	}
}
