package corpus

import (
	"encoding/json"
	"reflect"
	"testing"
)

// factJSON holds a fact of each type and the JSON written for it before
// the payloads became named types: the JSON of facts kept in data dirs
// must not change (FactsVersion stays).
var factJSON = []struct {
	name string
	fact Fact
	json string
}{
	{
		name: "quantity",
		fact: Fact{Type: FactQuantity, Text: "hơn 2.430 thông tin", Passage: "p2", Sentence: 1,
			Quantity: Quantity{Number: "2.430", Value: 2430, Qualifier: "hơn", Unit: "thông tin", Of: "Đắk Nông"}},
		json: `{"type":"quantity","text":"hơn 2.430 thông tin","passage":"p2","sentence":1,"number":"2.430","value":2430,"qualifier":"hơn","unit":"thông tin","of":"Đắk Nông"}`,
	},
	{
		name: "identifier",
		fact: Fact{Type: FactIdentifier, Text: "số 12", Passage: "p3", Quantity: Quantity{Number: "12"}},
		json: `{"type":"identifier","text":"số 12","passage":"p3","sentence":0,"number":"12"}`,
	},
	{
		name: "person",
		fact: Fact{Type: FactPerson, Text: "Đại tá Trần Văn Hùng", Passage: "p4", Sentence: 2,
			Person: Person{Name: "Trần Văn Hùng", Rank: "Đại tá", Titles: []string{"Giám đốc"},
				Note: &PersonNote{Text: "SN 1989", Passage: "p4", Sentence: 2, Born: "1989", Age: "27", Residence: "tổ 5", HomeTown: "An Giang"}}},
		json: `{"type":"person","text":"Đại tá Trần Văn Hùng","passage":"p4","sentence":2,"name":"Trần Văn Hùng","rank":"Đại tá","titles":["Giám đốc"],"note":{"text":"SN 1989","passage":"p4","sentence":2,"born":"1989","age":"27","residence":"tổ 5","home_town":"An Giang"}}`,
	},
	{
		name: "award",
		fact: Fact{Type: FactAward, Text: "Bằng khen", Passage: "p5", Sentence: 4,
			Awarding: Awarding{Award: "Bằng khen", Giver: "UBND tỉnh", Recipients: []Count{{Number: "3", Unit: "tập thể"}}, Winners: []string{"ông A"}, Reason: "thành tích"}},
		json: `{"type":"award","text":"Bằng khen","passage":"p5","sentence":4,"award":"Bằng khen","giver":"UBND tỉnh","recipients":[{"number":"3","unit":"tập thể"}],"winners":["ông A"],"reason":"thành tích"}`,
	},
	{
		name: "event",
		fact: Fact{Type: FactEvent, Text: "hội nghị", Passage: "p1",
			Event: Event{What: "hội nghị", When: "2024-05-01", Where: "Hà Nội", Locality: "Hà Nội", Organisers: []string{"Bộ"}, Partners: []string{"Sở"}, Period: "2020-2025"}},
		json: `{"type":"event","text":"hội nghị","passage":"p1","sentence":0,"what":"hội nghị","when":"2024-05-01","where":"Hà Nội","locality":"Hà Nội","organisers":["Bộ"],"partners":["Sở"],"period":"2020-2025"}`,
	},
	{
		name: "named",
		fact: Fact{Type: FactNamed, Text: "Dân vận khéo", Passage: "p6", Sentence: 1, Quantity: Quantity{Unit: "mô hình"}},
		json: `{"type":"named","text":"Dân vận khéo","passage":"p6","sentence":1,"unit":"mô hình"}`,
	},
	{
		name: "document",
		fact: Fact{Type: FactDocument, Text: "Nghị quyết số 12", Passage: "p7", Quantity: Quantity{Unit: "Nghị quyết"}},
		json: `{"type":"document","text":"Nghị quyết số 12","passage":"p7","sentence":0,"unit":"Nghị quyết"}`,
	},
	{
		name: "abbreviation",
		fact: Fact{Type: FactAbbreviation, Text: "UBND", Passage: "p8", Sentence: 3,
			Abbreviation: Abbreviation{Short: "UBND", Long: "Ủy ban nhân dân", Builtin: true}},
		json: `{"type":"abbreviation","text":"UBND","passage":"p8","sentence":3,"short":"UBND","long":"Ủy ban nhân dân","builtin":true}`,
	},
	{
		// Every payload set at once: the fields keep their order.
		name: "every field",
		fact: Fact{Type: FactPerson, Text: "t", Passage: "p", Sentence: 3,
			Quantity: Quantity{Number: "2.430", Value: 2430, Qualifier: "hơn", Unit: "u", Of: "o"},
			Person: Person{Name: "n", Rank: "r", Titles: []string{"a", "b"},
				Note: &PersonNote{Text: "SN 1989", Passage: "p1", Sentence: 2, Born: "1989", Age: "27", Residence: "r", HomeTown: "h"}},
			Awarding:     Awarding{Award: "aw", Giver: "g", Recipients: []Count{{Number: "3", Unit: "tập thể"}}, Winners: []string{"w"}, Reason: "re"},
			Event:        Event{What: "wh", When: "wn", Where: "we", Locality: "l", Organisers: []string{"o1"}, Partners: []string{"p1"}, Period: "pe"},
			Abbreviation: Abbreviation{Short: "s", Long: "lo", Builtin: true}},
		json: `{"type":"person","text":"t","passage":"p","sentence":3,"number":"2.430","value":2430,"qualifier":"hơn","unit":"u","of":"o","name":"n","rank":"r","titles":["a","b"],"note":{"text":"SN 1989","passage":"p1","sentence":2,"born":"1989","age":"27","residence":"r","home_town":"h"},"award":"aw","giver":"g","recipients":[{"number":"3","unit":"tập thể"}],"winners":["w"],"reason":"re","what":"wh","when":"wn","where":"we","locality":"l","organisers":["o1"],"partners":["p1"],"period":"pe","short":"s","long":"lo","builtin":true}`,
	},
	{
		name: "credit",
		fact: Fact{Type: FactCredit, Text: "Ảnh: A", Passage: "p9"},
		json: `{"type":"credit","text":"Ảnh: A","passage":"p9","sentence":0}`,
	},
}

// TestFactJSON checks that a fact of each type is written as before and
// reads back equal.
func TestFactJSON(t *testing.T) {
	for _, tt := range factJSON {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.fact)
			if err != nil {
				t.Fatal(err)
			}
			if string(b) != tt.json {
				t.Errorf("json:\n got %s\nwant %s", b, tt.json)
			}
			var back Fact
			if err := json.Unmarshal([]byte(tt.json), &back); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(back, tt.fact) {
				t.Errorf("read back %+v, want %+v", back, tt.fact)
			}
		})
	}
}

// TestAccessors checks that each accessor returns its payload for its own
// type only.
func TestAccessors(t *testing.T) {
	person := Person{Name: "Trần Văn Hùng", Rank: "Đại tá"}
	abbr := Abbreviation{Short: "UBND", Long: "Ủy ban nhân dân"}
	// Every payload is set, so that an accessor answering for the wrong
	// type would show.
	fact := func(t FactType) Fact {
		return Fact{Type: t, Quantity: Quantity{Number: "12"}, Person: person, Abbreviation: abbr}
	}
	tests := []struct {
		typ      FactType
		isPerson bool
		isAbbr   bool
	}{
		{FactPerson, true, false},
		{FactAbbreviation, false, true},
		{FactQuantity, false, false},
		{FactIdentifier, false, false},
		{FactAward, false, false},
		{FactEvent, false, false},
		{FactNamed, false, false},
		{FactDocument, false, false},
		{FactCredit, false, false},
	}
	for _, tt := range tests {
		t.Run(string(tt.typ), func(t *testing.T) {
			f := fact(tt.typ)
			p, ok := f.AsPerson()
			if ok != tt.isPerson || ok && !reflect.DeepEqual(p, person) || !ok && !reflect.DeepEqual(p, Person{}) {
				t.Errorf("AsPerson() = %+v, %v; want person %v", p, ok, tt.isPerson)
			}
			a, ok := f.AsAbbreviation()
			if ok != tt.isAbbr || ok && a != abbr || !ok && a != (Abbreviation{}) {
				t.Errorf("AsAbbreviation() = %+v, %v; want abbreviation %v", a, ok, tt.isAbbr)
			}
		})
	}
}

func TestPersonRankedName(t *testing.T) {
	tests := []struct {
		p    Person
		want string
	}{
		{Person{Name: "Nguyễn Hữu Hợp", Rank: "Đại tá"}, "Đại tá Nguyễn Hữu Hợp"},
		{Person{Name: "Lê Văn Dũng"}, "Lê Văn Dũng"},
		{Person{Name: "Trần Thị Thu", Rank: "Thiếu tá", Titles: []string{"Phó Trưởng phòng"}}, "Thiếu tá Trần Thị Thu"},
	}
	for _, tt := range tests {
		if got := tt.p.RankedName(); got != tt.want {
			t.Errorf("%+v: RankedName %q, want %q", tt.p, got, tt.want)
		}
	}
}
