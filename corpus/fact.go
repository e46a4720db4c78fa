package corpus

// FactType names what a fact is about.
type FactType string

// The types of fact.
const (
	// FactQuantity is a number counting something: "55 mô hình".
	FactQuantity FactType = "quantity"
	// FactIdentifier is a number naming something: "Nghị quyết số 12".
	FactIdentifier FactType = "identifier"
	// FactPerson is a named person with rank, titles and organisations.
	FactPerson FactType = "person"
	// FactEvent is the event the article reports.
	FactEvent FactType = "event"
	// FactAward is an award given: kind, giver, recipients, reason.
	FactAward FactType = "award"
	// FactNamed is a named item in quotation marks (a model, a slogan).
	FactNamed FactType = "named"
	// FactDocument is a resolution, decision, plan or law.
	FactDocument FactType = "document"
	// FactAbbreviation is an abbreviation and its expansion.
	FactAbbreviation FactType = "abbreviation"
	// FactCredit is a photo credit.
	FactCredit FactType = "credit"
)

// A Fact is one typed statement extracted from a passage: an envelope
// (Type, Text, Passage, Sentence) and the payload of its Type, embedded so
// that its fields read as the fact's own (f.Number, f.Name) and are written
// flat in JSON. Only the payload of its Type is set; AsPerson and the
// other accessors return it typed.
type Fact struct {
	Type FactType `json:"type"`
	// Text is the fact as the article writes it.
	Text string `json:"text"`
	// Passage is the ID of the passage it was read from.
	Passage string `json:"passage"`
	// Sentence is the index of the sentence in the passage.
	Sentence int `json:"sentence"`

	Quantity
	Person
	Awarding
	Event
	Abbreviation
}

// AsPerson returns the person f states, and true when f is a FactPerson.
func (f Fact) AsPerson() (Person, bool) {
	if f.Type != FactPerson {
		return Person{}, false
	}
	return f.Person, true
}

// AsAbbreviation returns the abbreviation f states, and true when f is a
// FactAbbreviation.
func (f Fact) AsAbbreviation() (Abbreviation, bool) {
	if f.Type != FactAbbreviation {
		return Abbreviation{}, false
	}
	return f.Abbreviation, true
}

// A Quantity is a number and what it counts or names. FactQuantity and
// FactIdentifier carry it; FactNamed and FactDocument set only Unit, the
// noun naming the item ("mô hình", "Nghị quyết").
type Quantity struct {
	Number    string  `json:"number,omitempty"`    // as written: "2.430"
	Value     float64 `json:"value,omitempty"`     // 2430
	Qualifier string  `json:"qualifier,omitempty"` // "hơn", "gần", "khoảng"
	Unit      string  `json:"unit,omitempty"`      // what is counted: "thông tin có giá trị"
	// Of names the part a count of a breakdown is for: "Đắk Nông" of
	// "288 ngôi nhà bị ngập (Đắk Nông 161, Đắk Lắk 57)".
	Of string `json:"of,omitempty"`
}

// A Person is a named person with rank and titles. FactPerson carries it.
type Person struct {
	Name   string   `json:"name,omitempty"`
	Rank   string   `json:"rank,omitempty"`
	Titles []string `json:"titles,omitempty"`
	// Note is what the report writes beside the person's name: year of
	// birth, age, where they live, home town.
	Note *PersonNote `json:"note,omitempty"`
}

// RankedName is the person's name after their rank, when one is written:
// "Đại tá Nguyễn Hữu Hợp", or "Nguyễn Hữu Hợp" alone.
func (p Person) RankedName() string {
	if p.Rank == "" {
		return p.Name
	}
	return p.Rank + " " + p.Name
}

// An Awarding is an award given: its kind, giver, recipients and reason.
// FactAward carries it. Beside the giver, who hands the award over, a
// sentence may name three other roles: the issuer the award is of ("Bằng
// khen của Chủ tịch UBND tỉnh", "do Chủ tịch nước trao tặng"), the
// authority it is handed over on behalf of ("thừa ủy quyền của Chủ tịch
// nước") and the one who asked for it ("Giám đốc Công an tỉnh đề nghị Bộ
// Công an tặng").
type Awarding struct {
	Award      string   `json:"award,omitempty"` // "Bằng khen"
	Giver      string   `json:"giver,omitempty"`
	Issuer     string   `json:"issuer,omitempty"`
	Authority  string   `json:"authority,omitempty"`
	Requester  string   `json:"requester,omitempty"`
	Recipients []Count  `json:"recipients,omitempty"`
	Winners    []string `json:"winners,omitempty"`
	Reason     string   `json:"reason,omitempty"`
}

// An Event is what the article reports happened: what, when, where, by
// whom. FactEvent carries it.
type Event struct {
	What       string   `json:"what,omitempty"`
	When       string   `json:"when,omitempty"`
	Where      string   `json:"where,omitempty"`
	Locality   string   `json:"locality,omitempty"`
	Organisers []string `json:"organisers,omitempty"`
	Partners   []string `json:"partners,omitempty"`
	Period     string   `json:"period,omitempty"`
}

// An Abbreviation is a short form and its expansion. FactAbbreviation
// carries it.
type Abbreviation struct {
	Short   string `json:"short,omitempty"`
	Long    string `json:"long,omitempty"`
	Builtin bool   `json:"builtin,omitempty"` // the usual meaning, not read from the text
}

// A PersonNote is what news writing puts beside a person's name, in
// brackets or after a comma: "Trần Văn Hùng (SN 1989, trú tổ dân phố 5,
// thị trấn Liên Nghĩa)", "anh N.H.N (27 tuổi, quê An Giang)", "Hoàng Thị
// Thảo, sinh năm 1992 ở xã Hà Lĩnh, huyện Hà Trung". Only the items the
// note gives are set.
type PersonNote struct {
	// Text is the note as written, without its brackets.
	Text string `json:"text"`
	// Passage and Sentence cite the sentence the note is in.
	Passage  string `json:"passage"`
	Sentence int    `json:"sentence"`
	// Born is the year of birth as written: "1989".
	Born string `json:"born,omitempty"`
	// Age is the age in years as written: "27".
	Age string `json:"age,omitempty"`
	// Residence is where the person lives: "tổ dân phố 5, thị trấn Liên
	// Nghĩa".
	Residence string `json:"residence,omitempty"`
	// HomeTown is where the person comes from: "An Giang".
	HomeTown string `json:"home_town,omitempty"`
}

// A Count is a number of recipients of one kind: "3 tập thể".
type Count struct {
	Number string `json:"number"`
	Unit   string `json:"unit"`
}

// String returns "3 tập thể".
func (c Count) String() string { return c.Number + " " + c.Unit }

// FactsVersion is the version of the Article and Fact JSON and of what
// Parse and Extract read from an article. It is bumped whenever a change to
// either alters their output for some article, so that articles kept on
// disk in an older form are read again.
const FactsVersion = 49
