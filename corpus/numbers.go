package corpus

import (
	"slices"
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// quantities reads the numbers of a sentence: quantities ("hơn 2.430
// thông tin có giá trị"), identifiers ("Ban Chỉ đạo 138", "Nghị quyết số
// 12") and documents.
func quantities(s *sentence) []Fact {
	var out []Fact
	quoted := quotedSpans(s.text[s.start:s.end], s.start)
	items, alongside := listItems(s)
	var taken map[int]bool // the numbers of the parts of the breakdowns read: no codes
	for i, t := range s.toks {
		if i > 0 && s.spaced(i) && numberCompoundHeads.Has(s.word(i-1), lexicon.Exact) {
			continue // "mùng 4 Tết": a day
		}
		if s.labelWord(i) && !inSpans(quoted, t.Start) {
			// "lần thứ nhất", "hạng Ba", "mức độ I": a rank, not a count.
			if id, ok := s.identifier(i); ok {
				id.Value = s.labelValue(i)
				out = append(out, id)
			}
			continue
		}
		if f, ok := alongside[i]; ok && !inSpans(quoted, t.Start) {
			// "hai người ở Yên Bái, một người ở Sơn La tử vong": a part
			// of a breakdown written as a list, figures first; the
			// figure is read as a count of its own too.
			out = append(out, f)
		}
		if v, ok := s.approximateCount(i); ok && !inSpans(quoted, t.Start) {
			// "hàng nghìn trận đánh", "vài trăm cây": a count written
			// with no number, its lead kept as its qualifier.
			if f, ok := s.countAt(i, t.Text, v); ok {
				out = append(out, f)
			}
			continue
		}
		if v, ok := s.spelledNumber(i); ok && !inSpans(quoted, t.Start) {
			// "hai người", "ba ngày": a number written in words.
			if f, ok := s.countAt(i, t.Text, v); ok {
				out = append(out, f)
			}
			continue
		}
		if !t.Number || inSpans(quoted, t.Start) {
			continue
		}
		if j := i + 1; j < len(s.toks) && !s.spaced(j) && gluedUnits.Has(s.toks[j].Text, lexicon.Exact) {
			// "96m", "5km", "10ha": a number glued to its unit, which
			// the tokens part.
			if v, ok := analysis.ParseNumber(t.Text); ok {
				from, qualifier := s.quantityStart(i) // "gần 293mm", "0,3-0,7m", "20 x 15m"
				f := Fact{Type: FactQuantity, Passage: s.p.ID, Sentence: s.index, Quantity: Quantity{Number: t.Text, Value: v, Unit: s.toks[j].Text}, Text: s.span(from, j+1)}
				f.Qualifier = qualifier
				out = append(out, f)
			}
			continue
		}
		num := t.Text
		if k := strings.IndexByte(num, '/'); k >= 0 {
			// "102/117 xã" counts 102 of 117; "19/9" is a date.
			if _, _, date := analysis.ParseDayMonth(num); date || len(num)-k == 5 {
				continue // "19/9", "11/2024"
			}
			num = num[:k]
		}
		v, ok := analysis.ParseNumber(num)
		if !ok {
			continue
		}
		// Periods and years: "giai đoạn 2019 - 2024", "năm 2024".
		if v >= 1900 && v <= 2100 && !strings.ContainsAny(t.Text, ".,") {
			continue
		}
		if i+1 < len(s.toks) && strings.TrimSpace(s.sep(i+1)) == "-" && s.toks[i+1].Number {
			continue // "35.000 - 45.000 đồng": the range is read at its end
		}
		if s.dimensionAfter(i) > i {
			continue // "20 x 15m": the size is read at its last number
		}
		if f, ok := items[i]; ok {
			// "TP Hạ Long 59.000 lượt khách; TP Móng Cái 18.000 lượt
			// khách": a part of a breakdown written as a list.
			out = append(out, f)
			continue
		}
		if !taken[i] {
			if id, ok := s.identifier(i); ok {
				out = append(out, id)
				continue
			}
			if id, ok := s.codeNumber(i); ok {
				out = append(out, id)
				continue
			}
		}
		if f, ok := s.countAt(i, t.Text, v); ok {
			out = append(out, f)
			parts, at := s.breakdown(i+1, s.unitEnd(i), f)
			out = append(out, parts...)
			if taken == nil && len(at) > 0 {
				taken = map[int]bool{}
			}
			for _, k := range at {
				// "(Điện Biên 82, Đắk Nông 161)": a part's number counts;
				// it is no code of the name before it.
				taken[k] = true
			}
		}
	}
	return out
}

// MaxUnitWords is the most words a quantity's unit holds: a unit that
// long may have been cut short inside a group of words.
const MaxUnitWords = 5

// unitEnd returns the token after the unit of the number at token i: the
// thing counted follows the number, up to MaxUnitWords words, stopping at a
// word that cannot be part of it or at a code in capitals.
func (s *sentence) unitEnd(i int) int {
	j := i + 1
	if j < len(s.toks) && s.spaced(j) && s.match(bareNumberFollowers, j) > 0 {
		// "cơ sở 2 và Bệnh viện Phụ sản": no noun counted.
		return j
	}
	for j < len(s.toks) && j-i <= MaxUnitWords && s.spaced(j) && !s.toks[j].Number {
		if j > i+1 && s.match(unitStops, j) > 0 {
			break
		}
		if s.allCaps(j) && j > i+1 && !currencies.Has(s.word(j), lexicon.Exact) {
			break // a name after the unit; "tỷ USD" is a unit
		}
		j++
	}
	return j
}

// quantityStart returns where the quantity whose number is token i
// starts, and its qualifier: at the qualifier before it ("hơn 5 người"),
// else where the range it ends starts (rangeStart).
func (s *sentence) quantityStart(i int) (from int, qualifier string) {
	i = s.dimensionStart(i)
	if n := s.matchBefore(qualifiers, i); n > 0 && s.spaced(i) {
		return i - n, s.span(i-n, i)
	}
	return s.rangeStart(i), ""
}

// dimensionSigns are the signs between the numbers of a size: "x" of
// "20 x 15m".
var dimensionSigns = lexicon.MustSet("dimension_signs")

// dimensionAfter returns the token of the number a size goes on with after
// the number of token i ("15" of "20 x 15m"), i when none does: a sign
// of dimensionSigns, as a word or as the mark between them, then a
// number.
func (s *sentence) dimensionAfter(i int) int {
	switch {
	case i+2 < len(s.toks) && s.spaced(i+1) && s.spaced(i+2) && dimensionSigns.Has(s.word(i+1), lexicon.Exact) && s.toks[i+2].Number:
		return i + 2
	case i+1 < len(s.toks) && s.toks[i+1].Number && dimensionSigns.Has(strings.TrimSpace(s.sep(i+1)), lexicon.Exact):
		return i + 1
	}
	return i
}

// dimensionStart returns the token of the first number of the size the
// number of token i ends ("20" of "20 x 15m"), i when it ends none.
func (s *sentence) dimensionStart(i int) int {
	for k := i - 1; k >= max(0, i-2); k-- {
		if s.toks[k].Number && s.dimensionAfter(k) == i {
			return s.dimensionStart(k)
		}
	}
	return i
}

// rangeStart returns the token where a range ends at the number of token i
// starts: "từ 2 đến 5 triệu đồng", "35.000 - 45.000 đồng", "0,3-0,7m"; i
// when the number ends no range.
func (s *sentence) rangeStart(i int) int {
	switch {
	case i >= 3 && s.toks[i-2].Number && rangeFrom.Has(s.word(i-3), lexicon.Exact) && rangeTo.Has(s.word(i-1), lexicon.Exact):
		return i - 3
	case i >= 1 && s.toks[i-1].Number && isDashSep(s.sep(i)) && strings.TrimSpace(s.sep(i)) != ",":
		return i - 1
	}
	return i
}

// countAt reads the quantity whose number, written num with value v, is
// token i: its unit, its qualifier ("hơn") and, for ranges, where it
// starts. ok is false for a bare number that counts nothing we can name.
func (s *sentence) countAt(i int, num string, v float64) (Fact, bool) {
	t := s.toks[i]
	{
		// The thing counted follows the number.
		j := s.unitEnd(i)
		unit := s.span(i+1, j)
		if j == i+1 {
			// A percentage, or a bare number ("đạt 95") that counts
			// nothing we can name.
			if !strings.HasPrefix(s.sep(i+1), "%") && !(i+1 == len(s.toks) && strings.HasPrefix(s.text[t.End:s.end], "%")) {
				return Fact{}, false
			}
			unit = "%"
		}
		f := Fact{
			Type:     FactQuantity,
			Passage:  s.p.ID,
			Sentence: s.index,
			Quantity: Quantity{Number: num, Value: v, Unit: unit},
		}
		from, qualifier := s.quantityStart(i)
		f.Qualifier = qualifier
		f.Text = s.span(from, j)
		if k := s.timeLengthEnd(i, j); k > j {
			// "4 năm 6 tháng tù", "1 giờ 33 phút 49 giây": one length
			// of time.
			f.Text = s.span(from, k)
		}
		// "đồng/kg": a unit per unit.
		if j < len(s.toks) && s.sep(j) == "/" && !s.toks[j].Number {
			f.Text = s.span(from, j+1)
		}
		if f.Unit == "%" {
			f.Text = s.span(from, i+1) + "%"
		}
		return f, true
	}
}

// durationSteps are the units of time, longest first (duration_steps).
var durationSteps = lexicon.MustSet("duration_steps").Words()

// shorterTimeAfter returns the token after the count of a shorter unit of
// time that goes on the count at token i, whose one-word unit of time
// ends before token j ("4 năm 6 tháng": the token after "tháng"); j when
// none does.
func (s *sentence) shorterTimeAfter(i, j int) int {
	if j != i+2 || j+1 >= len(s.toks) || !s.toks[j].Number || !s.spaced(j) || !s.spaced(j+1) {
		return j
	}
	long, short := slices.Index(durationSteps, s.word(i+1)), slices.Index(durationSteps, s.word(j+1))
	if long < 0 || short <= long {
		return j
	}
	return j + 2
}

// timeLengthEnd returns the token after the last count of a shorter unit
// of time that goes on, step by step, the count at token i whose unit
// ends before token j ("1 giờ 33 phút 49 giây": the token after "giây");
// j when none does.
func (s *sentence) timeLengthEnd(i, j int) int {
	for {
		k := s.shorterTimeAfter(i, j)
		if k == j {
			return j
		}
		i, j = j, k
	}
}

// approximateCount reads token i as an approximate count written with no
// number: a scale ("trăm", "nghìn") right after a word that makes it vague
// ("hàng", "vài", "gần"), with a thing counted after it: "hàng nghìn trận
// đánh" is about 1000 battles. A scale after a number ("2 nghìn") is the
// number's.
func (s *sentence) approximateCount(i int) (float64, bool) {
	v, ok := approximateScales[s.word(i)]
	if !ok || !s.spaced(i) || i+1 >= len(s.toks) || !s.spaced(i+1) || s.toks[i+1].Number {
		return 0, false
	}
	return v, s.matchBefore(approximateLeads, i) > 0
}

// spelledNumber reads token i as a number written in words ("hai", "ba",
// "mười"), when a thing counted follows it. "một" and "năm" (one, five)
// are numbers only before a noun that is counted ("một người", "năm
// ngày"): "một số", "năm nay" are not. After "thứ" or "lần" a number word
// is an ordinal.
func (s *sentence) spelledNumber(i int) (float64, bool) {
	v, ok := spelledNumbers[s.word(i)]
	if !ok || i+1 >= len(s.toks) || !s.spaced(i+1) || s.toks[i+1].Number || s.upper(i+1) && i > 0 {
		return 0, false
	}
	if i > 0 && (ordinalMarkers.Has(s.word(i-1), lexicon.Exact) || numberWordCompoundHeads.Has(s.word(i-1), lexicon.Exact)) {
		return 0, false // "thứ hai", "ngã ba"
	}
	if i > 0 && s.upper(i) && strings.TrimSpace(s.sep(i)) == "" {
		// Capitalised inside a sentence, a number word is a name or part
		// of one: "Trường Tiểu học Võ Thị Sáu", "bà Năm".
		return 0, false
	}
	if (v == 1 || v == 5) && s.match(countedNouns, i+1) == 0 {
		return 0, false
	}
	return v, true
}

// breakdown reads the parts of a count given in parentheses right after
// it, each a name and a number: "288 ngôi nhà bị ngập (Điện Biên 17, Đắk
// Nông 161, Đắk Lắk 57)". Each part is a quantity of the same unit, Of the
// name before its number. from is the first token of the count's unit, j
// the token after it; the parenthesis may open a few words later
// (breakdownStart), and what the parts count runs up to it. at are the
// tokens of the parts' numbers.
func (s *sentence) breakdown(from, j int, whole Fact) (parts []Fact, at []int) {
	if whole.Unit == "%" {
		return nil, nil
	}
	if j = s.breakdownStart(j); j < 0 {
		return nil, nil
	}
	// What each part counts is all the words before the parenthesis:
	// "ha lúa, hoa màu bị ngập úng, thiệt hại".
	unit := strings.TrimRight(strings.TrimSpace(s.span(from, j)), "(,; ")
	name := j
	tail := false // past a part's number, before the separator of the next
	for k := j; k < len(s.toks); k++ {
		sep := s.sep(k)
		if k > j && strings.Contains(sep, ")") {
			break
		}
		if tail {
			// A part may go on past its number with what it counts and
			// why, up to the separator before the next name: "(Sơn La 1
			// người do sạt lở đất; Ninh Bình 9 người do dông, lốc; Nghệ
			// An 1 người …)".
			next := strings.ContainsAny(sep, ",;") && s.upper(k) || k == name && joiners[s.word(k)]
			if !next {
				continue
			}
			tail, name = false, k
		}
		if !s.toks[k].Number {
			if k == name && k > j && joiners[s.word(k)] {
				name = k + 1 // "…, Cà Mau 5 và Trà Vinh 3)"
				continue
			}
			if !s.upper(k) && !(k > name && s.spaced(k)) {
				return parts, at // a part is a capitalised name, then its number
			}
			continue
		}
		if k == name || !s.upper(name) {
			return parts, at
		}
		v, ok := analysis.ParseNumber(s.toks[k].Text)
		if !ok {
			return parts, at
		}
		parts = append(parts, Fact{
			Type: FactQuantity, Passage: s.p.ID, Sentence: s.index,
			Quantity: Quantity{Number: s.toks[k].Text, Value: v, Unit: unit, Of: s.span(name, k)},
			Text:     s.span(name, k+1),
		})
		at = append(at, k)
		name, tail = k+1, true
	}
	return parts, at
}

// maxBreakdownGap is how many words of what is counted may stand between
// a count's unit and its breakdown: "99 ngôi nhà bị ảnh hưởng, hư hỏng
// (Điện Biên 82, …)", "32 hộ dân tại khu vực nguy cơ sạt lở đất, lũ quét
// (Lai Châu 4, Sơn La 28)".
const maxBreakdownGap = 12

// breakdownStart returns the first token inside the parenthesis that
// opens the breakdown of a count whose unit ends before token j: right
// after the unit or after a few more words of what is counted, with no
// other number, semicolon or parenthesis between; -1 when there is none.
func (s *sentence) breakdownStart(j int) int {
	for k := j; k < len(s.toks) && k-j <= maxBreakdownGap; k++ {
		sep := strings.TrimSpace(s.sep(k))
		if strings.HasSuffix(sep, "(") {
			return k
		}
		if strings.ContainsAny(sep, ";()") || s.toks[k].Number {
			return -1
		}
	}
	return -1
}

// labelWord reports whether token i names a rank or an order in words
// after a label head: an ordinal ("lần thứ nhất", "hạng Ba") or a roman
// numeral ("lần thứ XIV", "mức độ I").
func (s *sentence) labelWord(i int) bool {
	if s.toks[i].Number || i == 0 || s.matchBefore(identifierHeads, i) == 0 {
		return false
	}
	_, ordinal := ordinalValues[s.word(i)]
	_, roman := romanValues[s.toks[i].Text]
	if ordinal && yearWords.Has(s.word(i), lexicon.Exact) && !ordinalMarkers.Has(s.word(i-1), lexicon.Exact) && i+1 < len(s.toks) && s.spaced(i+1) && (s.toks[i+1].Number || yearWordFollowers.Has(s.word(i+1), lexicon.Exact)) {
		// "cùng kỳ năm trước", "kỳ năm 2023": the year, no fifth ("thứ
		// năm tới" stays the fifth day).
		return false
	}
	return ordinal || roman
}

// labelValue returns the value of a rank written in words or in roman
// numerals: 1 for "nhất", 14 for "XIV".
func (s *sentence) labelValue(i int) float64 {
	v, ok := ordinalValues[s.word(i)]
	if !ok {
		v = romanValues[s.toks[i].Text]
	}
	f, _ := analysis.ParseNumber(v)
	return f
}

// identifier reads a number that names something: after "số", "thứ" or a
// capitalised name ("Ban Chỉ đạo 138", "Chi hội 3").
func (s *sentence) identifier(i int) (Fact, bool) {
	if i == 0 || !s.spaced(i) {
		return Fact{}, false
	}
	t := s.toks[i]
	if s.matchBefore(identifierHeads, i) == 0 && (analysis.GroupsThousands(t.Text) || s.matchBefore(qualifiers, i) > 0) {
		// "Yên Tử 1.435 lượt khách", "Sun World khoảng 12.000 lượt
		// khách": a figure written in thousands, or approximate, counts;
		// the number of a name is a code ("Ban Chỉ đạo 138").
		return Fact{}, false
	}
	f := Fact{Type: FactIdentifier, Passage: s.p.ID, Sentence: s.index, Quantity: Quantity{Number: t.Text}}
	f.Value, _ = analysis.ParseNumber(t.Text)
	head := i
	if (i == 1 || strings.ContainsAny(s.sep(i-1), ":,;") || s.allCaps(i-1)) && s.match(organisationHeads, i-1) == 0 {
		// "Thêm 5 xã": a capital that only starts the sentence or clause
		// names nothing, nor does a code ("UBND 11 huyện").
		if s.matchBefore(identifierHeads, i) == 0 {
			return Fact{}, false
		}
	}
	if n := s.matchBefore(identifierHeads, i); n > 0 && !(i >= 2 && durationLeads.HasPhrase([]string{s.word(i - 2), s.word(i - 1)}, lexicon.Exact)) {
		head = i - n // "số 12", not "trong vòng 24 giờ"
	} else if n > 0 {
		return Fact{}, false
	} else if !s.upper(i-1) && !(i > 2 && s.upper(i-2) && s.spaced(i-1) && s.matchBefore(awardKinds, i) == 0 && s.match(unitStops, i-1) == 0 && !joiners[s.word(i-1)] && s.matchBefore(countVerbs, i) == 0) {
		return Fact{}, false
	}
	// Walk back over the name the number belongs to: capitalised words and
	// the lower-case words inside it ("Ban Chỉ đạo", "Nghị quyết").
	k := head
	for k > 0 && s.spaced(k) && head-k < 6 {
		if s.upper(k - 1) {
			k--
			continue
		}
		if k-2 >= 0 && s.upper(k-2) && s.spaced(k-1) && head-k < 3 {
			k -= 2
			continue
		}
		break
	}
	for k < head && !s.upper(k) {
		k++
	}
	if k == head && head == i {
		return Fact{}, false
	}
	f.Unit = s.span(k, head)
	if f.Unit == "" {
		f.Unit = s.span(head, i)
	}
	end := i + 1
	// "Nghị quyết số 12 của Bộ Chính trị"
	if end+1 < len(s.toks) && possessiveMarkers.Has(s.word(end), lexicon.Exact) && s.spaced(end) && s.upper(end+1) {
		end = s.nameEnd(end+1, len(s.toks))
	}
	f.Text = s.span(k, end)
	if s.match(documentHeads, k) > 0 {
		f.Type = FactDocument
	}
	return f, true
}

// documents reads documents named without a number ("Luật Đất đai").
func documents(s *sentence) []Fact {
	var out []Fact
	for i := range s.toks {
		if !s.upper(i) {
			continue
		}
		n := s.match(documentHeads, i)
		if n == 0 {
			continue
		}
		j := i + n
		if j < len(s.toks) && numberSigns.Has(s.word(j), lexicon.Exact) {
			continue // numbered: an identifier
		}
		k := j
		for k < len(s.toks) && s.spaced(k) && s.upper(k) && !s.toks[k].Number {
			k++
		}
		if k == j {
			continue
		}
		// "Luật Hòa giải ở cơ sở": a name may go on in lower case.
		for m := k; m < len(s.toks) && m-k < 5 && s.spaced(m) && !s.upper(m) && !s.toks[m].Number && s.titleStop(m) == 0 && !nameLowercaseStops.Has(s.word(m), lexicon.Exact); m++ {
			k = m + 1
		}
		out = append(out, Fact{Type: FactDocument, Text: s.span(i, k), Quantity: Quantity{Unit: s.span(i, j)}, Passage: s.p.ID, Sentence: s.index})
	}
	return out
}

var periodRE = lexicon.MustRegexp(`(?i)({{period_words}}|{{range_from}}\s+{{year_word}}|{{range_from}}|{{year_word}})\s+((?:19|20)\d\d)\s*(?:-|–|{{range_to}})\s*(?:{{year_word}}\s+)?((?:19|20)\d\d)`)

// period finds a period of years in text and returns it as the text writes
// it, its head word and all: "giai đoạn 2019 - 2024", "nhiệm kỳ
// 2025-2030", "từ năm 2015 đến năm 2020". A reader knows the period by its
// own words: a term is no "giai đoạn", and "2025-2030" is not "2025 - 2030".
func period(text string) (string, bool) {
	m := periodRE.FindString(text)
	if m == "" {
		return "", false
	}
	return m, true
}

// quotedNameWords is the most words text in quotation marks holds when it
// names something ("“3 ca, 4 kíp”", "“Chia sẻ cùng thầy cô năm 2025”"),
// whose numbers count nothing; a longer quote is what someone said ("“Giá
// hành tím ở địa phương chỉ còn từ 12.000 – 15.000 đồng/kg đối với củ
// lớn, …”"), whose figures the article reports through them.
const quotedNameWords = 10

// quotedSpans returns the byte spans of text in quotation marks that name
// something (at most quotedNameWords words), offset by base: their
// numbers are no quantities.
func quotedSpans(text string, base int) [][2]int {
	var out [][2]int
	for _, q := range quotes(text) {
		if len(strings.Fields(text[q[0]:q[1]])) > quotedNameWords {
			continue
		}
		out = append(out, [2]int{base + q[0], base + q[1]})
	}
	return out
}

func inSpans(spans [][2]int, at int) bool {
	for _, sp := range spans {
		if at >= sp[0] && at < sp[1] {
			return true
		}
	}
	return false
}

// quotes returns the byte spans of the text inside “…” or "…" pairs.
func quotes(text string) [][2]int {
	var out [][2]int
	for i := 0; i < len(text); {
		open, close := "", ""
		switch {
		case strings.HasPrefix(text[i:], "“"):
			open, close = "“", "”"
		case text[i] == '"':
			open, close = `"`, `"`
		default:
			i++
			continue
		}
		start := i + len(open)
		end := strings.Index(text[start:], close)
		if end < 0 {
			break
		}
		out = append(out, [2]int{start, start + end})
		i = start + end + len(close)
	}
	return out
}

// rangeFrom opens a range of numbers, rangeTo closes it: "từ 2 đến 5".
var (
	rangeFrom = lexicon.MustSet("range_from")
	rangeTo   = lexicon.MustSet("range_to")
)

// ordinalMarkers make the number after them an ordinal: "thứ 3", "lần 2".
var ordinalMarkers = lexicon.MustSet("ordinal_markers")

// nameLowercaseStops end a name going on in lower case: "năm", "của", "và".
var nameLowercaseStops = lexicon.MustSet("name_lowercase_stops")

var (
	// durationLeads put a duration before a number: "trong vòng".
	durationLeads = lexicon.MustSet("duration_leads")
	// numberSigns make the number after them a noun's number: "số".
	numberSigns = lexicon.MustSet("number_signs")
)

// ordinalValues name a rank in words ("nhất", "Ba"), romanValues in
// roman numerals ("XIV"), after a label head; each with its value.
var (
	ordinalValues = lexicon.MustMap("ordinal_words")
	romanValues   = lexicon.MustMap("roman_numerals")
)

// joiners are lower-case words that join a number to what comes before
// without naming it ("Bạc và 54").
var joiners = lexicon.MustSet("number_joiners").Map()

// gluedUnits are the units written glued to a number: "m" of "96m", "km"
// of "18,6km", "ha" of "10ha".
var gluedUnits = lexicon.MustSet("glued_units")

// codeNumber reads the number at token i as part of a code in capitals
// written before it, the name of a product or a variety, when what
// follows it is no thing counted but a verb of a price or a level, a
// word that ends a unit, a qualifier or another number: "Gạo nguyên liệu
// IR 504 dao động 8.500 – 8.600 đồng/kg", "OM 380 giữ ở mức …". "VTC 12 tấn
// hàng" keeps its count: "tấn" is counted.
func (s *sentence) codeNumber(i int) (Fact, bool) {
	if i == 0 || !s.spaced(i) || !s.allCaps(i-1) || s.toks[i-1].Number || currencies.Has(s.word(i-1), lexicon.Exact) {
		return Fact{}, false
	}
	if j := i + 1; j < len(s.toks) && s.spaced(j) && !s.toks[j].Number && s.match(codeNumberFollowers, j) == 0 && s.match(unitStops, j) == 0 && s.match(qualifiers, j) == 0 {
		return Fact{}, false
	}
	f := Fact{Type: FactIdentifier, Passage: s.p.ID, Sentence: s.index, Quantity: Quantity{Number: s.toks[i].Text, Unit: s.toks[i-1].Text}, Text: s.span(i-1, i+1)}
	f.Value, _ = analysis.ParseNumber(s.toks[i].Text)
	return f, true
}
