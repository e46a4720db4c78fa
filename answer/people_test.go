package answer

import (
	"strings"
	"testing"

	"github.com/hoidap/hoidap/lexicon"
)

// TestCountsPeople checks which count questions count people by a
// predicate: "người" is the noun counted and what follows it says what
// they did or underwent.
func TestCountsPeople(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"bao nhiêu người chết", true},
		{"bao nhieu nguoi bi thuong", true},
		{"Tổng cộng bao nhiêu người bị tạm giữ trong vụ này?", true},
		{"Sạt lở làm bao nhiêu người mất tích?", true},
		// No predicate: the words before the count word describe it.
		{"Ban chấp hành có bao nhiêu người", false},
		// Not people.
		{"bao nhiêu dự án được khởi công", false},
		{"có bao nhiêu nhà bị ngập", false},
	}
	for _, tt := range tests {
		if got := parseQuestion(tt.q).countsPeople(); got != tt.want {
			t.Errorf("countsPeople(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestCountsPeopleUnit checks the units that count people: "người" and the
// nouns news writing counts people by.
func TestCountsPeopleUnit(t *testing.T) {
	tests := []struct {
		unit string
		want bool
	}{
		{"người chết", true},
		{"đối tượng", true},
		{"trường hợp bị thương", true},
		{"mẹ con tử vong", true},
		{"bệnh nhân", true},
		{"tài xế tử vong", true},
		{"ngôi nhà", false},
		{"tỷ đồng", false},
		{"trường học", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := countsPeopleUnit(foldWords(tt.unit)); got != tt.want {
			t.Errorf("countsPeopleUnit(%q) = %v, want %v", tt.unit, got, tt.want)
		}
	}
}

// TestPredicateNear checks where the predicate of a count of people
// governs its number: right after the noun of people, or just before the
// number; as written or as a synonym; not past another predicate.
func TestPredicateNear(t *testing.T) {
	tests := []struct {
		q, sentence, number string
		want                bool
	}{
		{"bao nhiêu người chết", "Mưa lũ đã làm 4 người chết, ba người bị thương.", "4", true},
		{"bao nhiêu người chết", "Vụ sạt lở làm chết 4 người tại bản.", "4", true},
		{"bao nhiêu người chết", "Tai nạn làm một người tử vong, một người bị thương.", "một", true},
		{"bao nhiêu người mất tích", "Sạt lở làm 7 người mất tích.", "7", true},
		// The predicate asked stands past another one: a count of both.
		{"mấy người mất tích", "Mưa lũ làm ít nhất 35 người chết và mất tích.", "35", false},
		// Another predicate.
		{"bao nhiêu người chết", "Mưa lũ đã làm 4 người chết, ba người bị thương.", "ba", false},
	}
	for _, tt := range tests {
		t.Run(tt.sentence+"/"+tt.number, func(t *testing.T) {
			q := parseQuestion(tt.q)
			s := testSent(tt.sentence)
			at := wordIndex(t, s, tt.number)
			n := peopleNounLen(s, at+1)
			lo, hi := window(s, at, n, 10)
			last := at + 1 + n
			got := false
			for _, w := range q.focus {
				got = got || predicateNear(s, w, len(q.focus), lo, at, at+1+n, hi, &last)
			}
			if got != tt.want {
				t.Errorf("predicateNear(%q, %s) = %v, want %v", tt.q, tt.number, got, tt.want)
			}
		})
	}
}

// peopleNounLen returns how many words of a noun of people s writes from
// word i on (the test's stand-in for a fact's unit).
func peopleNounLen(s *sent, i int) int {
	for n := 2; n >= 1; n-- {
		if i+n <= len(s.lower) && peopleKinds.Has(strings.Join(s.lower[i:i+n], " "), lexicon.Exact) {
			return n
		}
	}
	return 0
}

// TestSpelledCountAt checks that a number spelled in words counting people
// holds the type a count asks for.
func TestSpelledCountAt(t *testing.T) {
	tests := []struct {
		q, sentence, number string
		want                bool
	}{
		{"bao nhiêu người chết", "Vụ tai nạn làm một người chết tại chỗ.", "một", true},
		{"yen bai may nguoi tu vong", "Bốn người Lai Châu, hai người ở Yên Bái tử vong.", "hai", true},
		// "một số" is no count.
		{"bao nhiêu người chết", "Một số người dân bị thương nhẹ.", "một", false},
		// Not asked as a count.
		{"ai chết", "Vụ tai nạn làm một người chết tại chỗ.", "một", false},
	}
	for _, tt := range tests {
		q := parseQuestion(tt.q)
		s := testSent(tt.sentence)
		if got := spelledCountAt(q, s, wordIndex(t, s, tt.number)); got != tt.want {
			t.Errorf("spelledCountAt(%q, %q) = %v, want %v", tt.q, tt.sentence, got, tt.want)
		}
	}
}

// TestPredicateBound checks when a count's number has the predicate a
// count of people asks in its own part of the sentence: after it or
// before it, as written or as a synonym; not the number of another part.
func TestPredicateBound(t *testing.T) {
	swept := "Lũ cuốn trôi 4 người, trong đó 2 người được xác định đã tử vong, 2 người còn mất tích."
	tests := []struct {
		q, sentence, number string
		nth                 int // which occurrence of number
		want                bool
	}{
		{"bao nhieu nguoi chet", swept, "2", 0, true},
		{"bao nhieu nguoi chet", swept, "4", 0, false},
		{"bao nhieu nguoi mat tich", swept, "2", 1, true},
		{"bao nhiêu người chết", "Vụ va chạm làm chết 3 người, 10 người bị thương.", "3", 0, true},
		{"bao nhiêu người chết", "Vụ va chạm làm chết 3 người, 10 người bị thương.", "10", 0, false},
		// Joined by "và", the second number does not share the first's
		// predicate; the first keeps its own.
		{"bao nhieu nguoi chet", "Hậu quả làm 1 người tử vong và 1 người bị thương.", "1", 1, false},
		{"bao nhieu nguoi chet", "Hậu quả làm 1 người tử vong và 1 người bị thương.", "1", 0, true},
		{"bao nhieu nguoi bi thuong", "Hậu quả làm 1 người tử vong và 1 người bị thương.", "1", 1, true},
		// Not a count of people by what they underwent.
		{"bao nhiêu người", "Có 3 người tử vong.", "3", 0, false},
	}
	for _, tt := range tests {
		s := testSent(tt.sentence)
		at := -1
		for k, n := 0, 0; k < len(s.lower); k++ {
			if s.lower[k] == tt.number {
				if n == tt.nth {
					at = k
					break
				}
				n++
			}
		}
		if got := predicateBound(parseQuestion(tt.q), s, at); got != tt.want {
			t.Errorf("predicateBound(%q, %q #%d) = %v, want %v", tt.q, tt.number, tt.nth, got, tt.want)
		}
	}
}

// TestFocusBound checks when a count's number has what a count of
// anything but people asks in its own part of the sentence.
func TestFocusBound(t *testing.T) {
	flood := "Mưa lũ làm hơn 44.507 ngôi nhà bị ngập, 120 nhà bị tốc mái."
	tests := []struct {
		q, sentence, number string
		want                bool
	}{
		{"bao nhiêu ngôi nhà bị ngập", flood, "44.507", true},
		{"bao nhiêu ngôi nhà bị ngập", flood, "120", false},
		{"bao nhieu nha bi toc mai", flood, "120", true},
		// A count of people is predicate_bound's.
		{"bao nhiêu người chết", "Vụ va chạm làm chết 3 người.", "3", false},
		// One word counted: nothing bound beyond the unit.
		{"bao nhiêu nhà", flood, "120", false},
	}
	for _, tt := range tests {
		s := testSent(tt.sentence)
		if got := focusBound(parseQuestion(tt.q), s, wordIndex(t, s, tt.number)); got != tt.want {
			t.Errorf("focusBound(%q, %s) = %v, want %v", tt.q, tt.number, got, tt.want)
		}
	}
}
