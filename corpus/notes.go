package corpus

import (
	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
	"sort"
	"strconv"
	"strings"
)

// The words of a person's note (see PersonNote).
var (
	// noteBirthCues come before a year of birth: "SN", "sinh năm".
	noteBirthCues = lexicon.MustSet("note_birth_cues")
	// noteAgeUnits follow a number that is an age: "tuổi".
	noteAgeUnits = lexicon.MustSet("note_age_units")
	// noteResidenceCues come before where a person lives: "trú", "ngụ tại".
	noteResidenceCues = lexicon.MustSet("note_residence_cues")
	// notePrepositions give where a person lives after another item of a
	// note: "sinh năm 1992 ở xã Hà Lĩnh".
	notePrepositions = lexicon.MustSet("note_place_prepositions")
	// noteHomeCues come before a home town: "quê".
	noteHomeCues = lexicon.MustSet("note_hometown_cues")
	// noteSharedWords make an item hold for every name listed before it:
	// "cùng trú tại".
	noteSharedWords = lexicon.MustSet("note_shared_words")
	// listJoiners join the names of a list besides commas: "và".
	listJoiners = lexicon.MustSet("list_joiners")
)

// Years of birth a note may give.
const (
	minBirthYear = 1900
	maxBirthYear = 2100
)

// maxNotedName is the most words of a name found only by the note after
// it.
const maxNotedName = 5

// The items of a note.
type noteItem int

const (
	itemNone noteItem = iota
	itemBorn
	itemAge
	itemResidence
	itemHome
)

// notes reads the notes beside the people of a sentence (see PersonNote)
// and returns the mentions with their notes, in order. A name the note
// shows to be a person's is added: initials ("P.V.N. (sinh năm 1982, …)")
// and names without a known surname ("Chau Chum (SN 2007)").
func (s *sentence) notes(ms []mention) []mention {
	for k := 1; k < len(s.toks); k++ {
		paren := opensNote(s.sep(k))
		if !paren && strings.TrimSpace(s.sep(k)) != "," && !s.bareBirth(k, ms) {
			continue
		}
		if s.startsItem(k, paren, true) == itemNone && (paren || !s.commaPlace(k)) {
			continue
		}
		mi := mentionEnding(ms, k)
		if mi < 0 && s.placeNote(k, paren) {
			// "Trường Mầm non Ia Băng (huyện Đak Đoa)": a place in
			// brackets shows no name to be a person's.
			continue
		}
		if mi < 0 {
			m, ok := s.notedName(k)
			if !ok {
				continue
			}
			ms = append(ms, m)
			mi = len(ms) - 1
		}
		note, end, more := s.readNote(k, paren, ms, mi)
		ms = more
		if note != nil && ms[mi].note == nil {
			ms[mi].note = note
		}
		k = max(k, end-1)
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].from < ms[j].from })
	return ms
}

// bareBirth reports whether token k opens a year of birth written right
// after a name the sentence mentions, with no comma between: "do tài xế
// Phạm Mạnh Cường sinh năm 1984, trú tại …, điều khiển".
func (s *sentence) bareBirth(k int, ms []mention) bool {
	return s.sep(k) == " " && s.startsItem(k, false, true) == itemBorn && mentionEnding(ms, k) >= 0
}

// mentionEnding returns the index of the last mention of ms that ends at
// token k, -1 when none does.
func mentionEnding(ms []mention, k int) int {
	mi := -1
	for i := range ms {
		if ms[i].to == k {
			mi = i
		}
	}
	return mi
}

// opensNote reports whether sep opens a note in brackets: " (", ". (".
func opensNote(sep string) bool {
	t := strings.TrimSpace(sep)
	return strings.HasSuffix(t, "(") && !strings.ContainsAny(t, ");:")
}

// startsItem returns the item of a note that starts at token i, or
// itemNone. Inside brackets, or after another item (first false), a
// place after "ở" or "tại" is where the person lives.
func (s *sentence) startsItem(i int, paren, first bool) noteItem {
	if i >= len(s.toks) {
		return itemNone
	}
	if n := s.match(noteSharedWords, i); n > 0 && i+n < len(s.toks) {
		if it := s.startsItem(i+n, paren, first); it == itemResidence || it == itemHome {
			return it
		}
		return itemNone
	}
	if n := s.match(noteBirthCues, i); n > 0 && s.isYear(i+n) {
		return itemBorn
	}
	if _, ok := s.gluedBirthYear(i); ok {
		return itemBorn
	}
	at := i
	if n := s.match(qualifiers, i); n > 0 {
		at = i + n
	}
	if at+1 < len(s.toks) && s.toks[at].Number && s.match(noteAgeUnits, at+1) > 0 {
		return itemAge
	}
	if n := s.match(noteResidenceCues, i); n > 0 && i+n < len(s.toks) {
		return itemResidence
	}
	if n := s.match(noteHomeCues, i); n > 0 && i+n < len(s.toks) && (s.upper(i+n) || s.match(adminUnits, i+n) > 0 || s.abbreviatedUnit(i+n)) {
		return itemHome
	}
	if (paren || !first) && s.match(notePrepositions, i) > 0 && i+1 < len(s.toks) && s.placeEnd(i+1, true) > i+1 {
		return itemResidence
	}
	if paren && first && s.placeNote(i, true) {
		return itemResidence
	}
	return itemNone
}

// commaPlace reports whether a comma right behind a name opens, at token
// i, a place after a preposition of a note: "Vàng A Tùng, ở bản Sài
// Khao, xã Mường Lý", where the person lives. The place must be one with
// its unit or a name in capitals, and the note runs to the clause's end
// (see readNote).
func (s *sentence) commaPlace(i int) bool {
	if i >= len(s.toks) || strings.TrimSpace(s.sep(i)) != "," {
		return false
	}
	n := s.match(notePrepositions, i)
	return n > 0 && i+n < len(s.toks) && s.placeEnd(i+n, true) > i+n
}

// placeNote reports whether token i, inside a note's brackets, opens a
// place with its unit and nothing else, where the person lives or comes
// from: the whole note when first ("anh Hà Văn Tú (huyện Lục Ngạn)"), or
// an item after a comma ("anh N.C.T. (SN 1996, xã Hội Sơn)").
func (s *sentence) placeNote(i int, first bool) bool {
	if first && !opensNote(s.sep(i)) || !first && strings.TrimSpace(s.sep(i)) != "," {
		return false
	}
	end := s.placeEnd(i, false)
	if end <= i {
		return false
	}
	if end == len(s.toks) {
		return true
	}
	sep := strings.TrimSpace(s.sep(end))
	return strings.HasPrefix(sep, ")") || !first && sep == ","
}

// isYear reports whether token i is a year of birth.
func (s *sentence) isYear(i int) bool {
	if i >= len(s.toks) || !s.toks[i].Number {
		return false
	}
	y, err := strconv.Atoi(s.toks[i].Text)
	return err == nil && y >= minBirthYear && y <= maxBirthYear
}

// gluedBirthYear returns the year of birth token i writes glued to its
// cue, "SN1998", and whether it is one.
func (s *sentence) gluedBirthYear(i int) (string, bool) {
	if i >= len(s.toks) || s.toks[i].Number {
		return "", false
	}
	t := s.toks[i].Text
	cut := strings.IndexFunc(t, func(r rune) bool { return r >= '0' && r <= '9' })
	if cut <= 0 || !noteBirthCues.Has(analysis.Lower(t[:cut]), lexicon.Exact) {
		return "", false
	}
	y, err := strconv.Atoi(t[cut:])
	if err != nil || y < minBirthYear || y > maxBirthYear {
		return "", false
	}
	return t[cut:], true
}

// readNote reads the note that starts at token k after the name of
// mention mi, in brackets when paren, and returns it with the token after
// it, and the mentions with those a shared item adds: an item after
// "cùng" ("…, cùng trú tại X") is given to every name listed before it
// that has no such item.
func (s *sentence) readNote(k int, paren bool, ms []mention, mi int) (*PersonNote, int, []mention) {
	note := &PersonNote{Passage: s.p.ID, Sentence: s.index}
	i, first, last := k, true, itemNone
	residenceCued := false // the residence read so far follows a cue of residence
	// The note's tokens are from..to-1, after the parts in parts: the
	// part in brackets of "(SN 1997), trú tại …".
	from, to := k, k
	var parts []string
	for i < len(s.toks) {
		if i > k {
			sep := strings.TrimSpace(s.sep(i))
			switch {
			case paren && strings.HasPrefix(sep, ")"):
				// The note closes; a comma may go on with it:
				// "Vàng A Phừ (SN 1997), trú tại bản Huổi Quang", and so
				// may a cue of residence with none, shared or not: "Cù
				// Hoàng Hưng (SN 1976) trú tại Hà Nội", "Đỗ Văn Tải (sinh
				// năm 1999) cùng trú tại xã An Khê".
				goesOn := sep == ")," && s.startsItem(i, false, true) != itemNone ||
					sep == ")" && s.match(noteResidenceCues, i+s.match(noteSharedWords, i)) > 0 && s.startsItem(i, false, true) == itemResidence
				if !goesOn {
					return note.done(s, parts, from, to), i, ms
				}
				paren = false
				parts = append(parts, s.span(from, to))
				from, to = i, i
			case sep == "," || sep == "":
			default:
				return note.done(s, parts, from, to), i, ms
			}
		}
		item := s.startsItem(i, paren, first)
		if item == itemNone && i == k && !paren && s.commaPlace(i) {
			// "Vàng A Tùng, ở bản Sài Khao": a place after a comma
			// right behind the name.
			item = itemResidence
		}
		if item == itemNone && (last == itemResidence || last == itemHome) && strings.TrimSpace(s.sep(i)) == "," {
			// "trú xã Sao Vàng, tỉnh Thanh Hóa": a larger unit.
			if end := s.placeEnd(i, false); end > i {
				note.add(last, s.span(i, end), true)
				i, to = end, end
				continue
			}
		}
		if item == itemNone && paren && last != itemResidence && last != itemHome && s.placeNote(i, false) {
			// "(SN 1996, xã Hội Sơn)": a place alone after another item
			// is where the person lives.
			item = itemResidence
		}
		if item == itemNone {
			if !paren {
				return note.done(s, parts, from, to), i, ms
			}
			// Another item inside brackets ("tài xế taxi"): skipped.
			for i++; i < len(s.toks) && !strings.ContainsAny(s.sep(i), ",)"); i++ {
			}
			to = i
			first = false
			continue
		}
		at := i
		shared := s.match(noteSharedWords, i)
		value, end := s.itemValue(item, i+shared, paren)
		if end <= i+shared {
			return note.done(s, parts, from, to), i, ms
		}
		if item == itemResidence {
			cued := s.match(noteResidenceCues, i+shared) > 0
			if cued && !residenceCued {
				// "(SN 1980, tại Hà Nội, thường trú phường …)": a place
				// after a bare "tại" is where the person was born or
				// stays; the cue of residence says where they live.
				note.Residence = ""
			}
			residenceCued = residenceCued || cued
		}
		note.add(item, value, false)
		if shared > 0 {
			ms = s.share(ms, mi, item, value, s.span(at, end))
		}
		i, to, first, last = end, end, false, item
	}
	return note.done(s, parts, from, to), i, ms
}

// itemValue reads the value of an item of kind item at token i and
// returns it with the token after it.
func (s *sentence) itemValue(item noteItem, i int, paren bool) (string, int) {
	switch item {
	case itemBorn:
		if year, ok := s.gluedBirthYear(i); ok {
			return year, i + 1
		}
		n := s.match(noteBirthCues, i)
		return s.toks[i+n].Text, i + n + 1
	case itemAge:
		at := i + s.match(qualifiers, i)
		return s.toks[at].Text, at + 2
	}
	n := s.match(noteResidenceCues, i)
	if item == itemHome {
		n = s.match(noteHomeCues, i)
	}
	if n == 0 {
		n = s.match(notePrepositions, i)
	}
	start := i + n
	end := s.placeEnd(start, true)
	if paren {
		// Inside brackets the place runs to the next item or the
		// bracket's end: "(trú tổ dân phố 5, thị trấn Liên Nghĩa)".
		end = start
		for end < len(s.toks) {
			if end > start {
				sep := strings.TrimSpace(s.sep(end))
				if strings.ContainsAny(sep, ");") || sep == "," && s.startsItem(end, true, false) != itemNone || sep != "" && sep != "," && sep != "." && sep != "-" && !isApostrophe(sep) {
					break
				}
				if sep == "," && s.clauseAt(end) {
					// "(…, thường trú Tổ 14, phường Vĩnh Tế, đang
					// trốn truy nã)": a clause, no larger unit.
					break
				}
			}
			end++
		}
	}
	if end <= start {
		return "", i
	}
	return s.span(start, end), end
}

// noteClauseReach is how many words a part of a note may write before a
// unit of place and still be a place: "nay là xã Kim Song Trường".
const noteClauseReach = 3

// clauseAt reports whether the part of a note at token i is a clause
// rather than a unit of place: it opens with a word in lower case and no
// unit of place opens among its first noteClauseReach words before its
// next comma, whichever ends first ("đang trốn truy nã", "hành nghề tài xế"; not "phường
// Vĩnh Tế", "Cần Thơ" or "nay là xã Kim Song Trường").
func (s *sentence) clauseAt(i int) bool {
	if i >= len(s.toks) || startsUpper(s.toks[i].Text) {
		return false
	}
	for k := i; k < len(s.toks) && k < i+noteClauseReach; k++ {
		if k > i && strings.TrimSpace(s.sep(k)) != "" {
			break
		}
		if _, end := s.placeUnit(k, false); end > k {
			return false
		}
		if _, end := s.bareUnit(k); end > k {
			return false
		}
	}
	return true
}

// add sets an item of the note; more joins a larger unit of place to the
// last one.
func (n *PersonNote) add(item noteItem, value string, more bool) {
	field := map[noteItem]*string{itemBorn: &n.Born, itemAge: &n.Age, itemResidence: &n.Residence, itemHome: &n.HomeTown}[item]
	switch {
	case field == nil:
	case more && *field != "":
		*field += ", " + value
	case *field == "":
		*field = value
	}
}

// done sets the note's text from parts and its tokens from..to-1 and
// returns it, or nil when it gave no item.
func (n *PersonNote) done(s *sentence, parts []string, from, to int) *PersonNote {
	if n.Born == "" && n.Age == "" && n.Residence == "" && n.HomeTown == "" {
		return nil
	}
	if to > from {
		parts = append(parts, s.span(from, to))
	}
	n.Text = trimClause(strings.Join(parts, ", "))
	return n
}

// share gives an item after "cùng" (text) to the names listed before
// mention mi, joined to it by commas and "và" and their own notes:
// "Huỳnh Kim Trí và Lương Ngọc Thành, cùng trú tại tỉnh Đắk Nông". A name
// so listed is a person's even when no person was found there: "Sùng Văn
// S. và Vàng Văn T. (cùng trú …)". It returns the mentions, with those.
func (s *sentence) share(ms []mention, mi int, item noteItem, value, text string) []mention {
	cur := mi
	for {
		prev := -1
		for j := range ms {
			if ms[j].to <= ms[cur].from && (prev < 0 || ms[j].to > ms[prev].to) {
				prev = j
			}
		}
		if prev < 0 || !listGap(s.text[s.toks[ms[prev].to-1].End:s.toks[ms[cur].from].Start]) {
			// A name just before, not yet found: "S. và T.".
			join := ms[cur].from - 1
			if join < 1 || !listJoiners.Has(s.word(join), lexicon.Exact) && strings.TrimSpace(s.sep(ms[cur].from)) != "," {
				return ms
			}
			if strings.TrimSpace(s.sep(ms[cur].from)) == "," {
				join = ms[cur].from
			}
			m, ok := s.notedName(join)
			if !ok || prev >= 0 && m.from < ms[prev].to {
				return ms
			}
			ms = append(ms, m)
			prev = len(ms) - 1
		}
		if ms[prev].note == nil {
			ms[prev].note = &PersonNote{Text: text, Passage: s.p.ID, Sentence: s.index}
		}
		ms[prev].note.add(item, value, false)
		cur = prev
	}
}

// listGap reports whether gap, the text between two names, lists them:
// ", ", " và ", perhaps after the first name's note in brackets.
func listGap(gap string) bool {
	if t := strings.TrimLeft(gap, " ."); strings.HasPrefix(t, "(") {
		k := strings.Index(t, ")")
		if k < 0 {
			return false
		}
		gap = t[k+1:]
	}
	for _, w := range strings.Fields(strings.ReplaceAll(gap, ",", " ")) {
		if !listJoiners.Has(strings.ToLower(w), lexicon.Exact) {
			return false
		}
	}
	return true
}

// notedName reads the name that ends just before a note at token k, when
// no person was found there: initials ("P.V.N.", "Đ.H.Th.", "T.G. H."),
// or capitalised words ("Chau Chum", "Thèn Văn Ph."), no province's or
// country's name; one word only after "anh", "chị", "ông", ….
func (s *sentence) notedName(k int) (mention, bool) {
	end := k
	if end < 1 || !s.upper(end-1) || s.toks[end-1].Number {
		return mention{}, false
	}
	i := end - 1
	for i > 0 && end-i < maxNotedName {
		sep := s.sep(i)
		prev := i - 1
		if !s.upper(prev) || s.toks[prev].Number {
			break
		}
		dotted := sep == "." || sep == ". "
		if !(sep == " " || isApostrophe(sep) || dotted && s.initial(prev) && s.initial(i)) {
			break
		}
		i = prev
	}
	// "Anh P.V.N." at the start of a sentence: the marker is no name.
	if n := s.match(personMarkers, i); n > 0 && i+n < end {
		i += n
	}
	if n := s.match(ranks, i); n > 0 && i+n < end {
		i += n
	}
	if s.allCaps(i) || s.match(adminUnits, i) > 0 || s.abbreviatedUnit(i) || s.match(organisationHeads, i) > 0 || s.match(titleHeads, i) > 0 {
		return mention{}, false
	}
	if i > 0 && s.spaced(i) && s.matchBefore(placeWords, i) > 0 {
		return mention{}, false
	}
	marked := i > 0 && s.matchBefore(personMarkers, i) > 0
	if end-i < 2 && !marked {
		return mention{}, false
	}
	if !marked && isPlace(s.span(i, end)) {
		// "Ban Chỉ huy … Ninh Bình, tại tổ 3": a province, no person.
		return mention{}, false
	}
	return mention{name: s.span(i, end), s: s, from: i, to: end, caption: s.p.Kind == KindCaption}, true
}

// initial reports whether token i is one initial of a name: "P", "Th".
func (s *sentence) initial(i int) bool { return analysis.IsInitial(s.toks[i].Text) }
