package answer

import (
	"testing"

	"github.com/hoidap/hoidap/corpus"
)

func TestNameInOtherName(t *testing.T) {
	tests := []struct {
		q, name string
		want    bool
	}{
		{"ong Nghiem Xuan Thanh giu chuc gi", "Nghiêm Xuân Thành", true},
		{"ong Nghiem Xuan Thanh giu chuc gi", "Trần Ngọc Thanh", false},
		{"Ong Mai Van Chinh giu chuc gi", "Mai Văn Chính", true},
		{"Ong Mai Van Chinh giu chuc gi", "Lê Văn Chính", false},
		{"ông Thanh giữ chức gì", "Trần Ngọc Thanh", true},
		{"Cháu Khang trú ở đâu", "Nguyễn Đăng Khang", true},
		{"Thanh giu chuc gi", "Trần Ngọc Thanh", true},
	}
	for _, tt := range tests {
		f := corpus.Fact{Type: corpus.FactPerson, Person: corpus.Person{Name: tt.name}}
		if got := nameIn(parseQuestion(tt.q), f); got != tt.want {
			t.Errorf("%q names %q: %v, want %v", tt.q, tt.name, got, tt.want)
		}
	}
}
