package corpus

import (
	"strconv"

	"github.com/hoidap/hoidap/lexicon"
)

// The word lists below are knowledge of Vietnamese news writing, not facts
// of any article: which words are ranks, titles, awards, documents. They are
// kept in lower case with their diacritics and matched on lower-case
// syllables: article text is written with diacritics, and folding would
// confuse "trào" with "trao".

// ranks are the military and police ranks, longest first.
var ranks = lexicon.MustSet("ranks")

// titleHeads are the words a job title starts with ("Phó" may precede any
// of them).
var titleHeads = lexicon.MustSet("title_heads")

// formerMarkers stand before a title a person held and holds no more:
// "nguyên Phó Bí thư Tỉnh ủy".
var formerMarkers = lexicon.MustSet("former_title_markers")

// titleTerms name the term a title is held in, between the title and its
// holder's name ("nhiệm kỳ 2020-2025").
var titleTerms = lexicon.MustSet("title_terms")

// personMarkers are words that introduce a person's name.
var personMarkers = lexicon.MustSet("person_markers")

// surnames are common Kinh family names.
var surnames = lexicon.MustSet("surnames")

// placeWords are lower-case words after which a capitalised run is a place
// or an organisation, not a person.
var placeWords = lexicon.MustSet("place_words")

// houseNumberLeads stand before a house's number ("nhà số 92C"): the name
// after the number is a street's.
var houseNumberLeads = lexicon.MustSet("house_number_leads")

// organisationHeads start the name of a body ("Hội Nông dân", "Sở Y tế").
var organisationHeads = lexicon.MustSet("organisation_heads")

// awardKinds are the kinds of award a report names, longest first.
var awardKinds = lexicon.MustSet("award_kinds")

// documentHeads start the name of a document.
var documentHeads = lexicon.MustSet("document_heads")

// giveVerbs are the verbs of giving an award, folded.
var giveVerbs = lexicon.MustSet("award_verbs")

// titleStops are verbs and words that end a title or a name phrase.
var titleStops = lexicon.MustSet("title_stops")

// titleStopJoiners are the title stops that join what follows to a
// title, not open its clause.
var titleStopJoiners = lexicon.MustSet("title_stop_joiners")

// clauseOpeners open a fronted clause that may end with a name.
var clauseOpeners = lexicon.MustSet("clause_openers")

// stopCompounds are nouns inside names that hold a title stop ("việc
// làm", "dự án"): a name does not end inside them.
var stopCompounds = lexicon.MustSet("stop_compounds")

// qualifiers are words that qualify a number ("hơn 2.430"), longest first.
var qualifiers = lexicon.MustSet("qualifiers")

// identifierHeads are lower-case words after which a number names rather
// than counts ("số 12", "lần thứ 3", "khóa 15").
var identifierHeads = lexicon.MustSet("identifier_heads")

// countVerbs right before a number make it a count, even after a name:
// "Việt Nam giành 29 HCV" (count_verbs).
var countVerbs = lexicon.MustSet("count_verbs")

// codeNumberFollowers, after a code in capitals and its number, show the
// number is part of the code: "IR 504 dao động …".
var codeNumberFollowers = lexicon.MustSet("code_number_followers")

// unitStops are words at which the thing a number counts ends.
var unitStops = lexicon.MustSet("unit_stops")

// yearWords are ordinals that are also the noun year ("năm"), the year
// when a year's number or one of yearWordFollowers follows ("kỳ năm
// trước").
var (
	yearWords         = lexicon.MustSet("year_words")
	yearWordFollowers = lexicon.MustSet("year_word_followers")
)

// creditLabels label a photo credit ("Ảnh", "ẢNH"; credit_labels): in a
// credit written in capitals they are no part of the name.
var creditLabels = lexicon.MustSet("credit_labels")

// numberCompoundHeads make a compound noun of the number after them, a day:
// "mùng 4 Tết"; numberWordCompoundHeads of a number written in words, a
// place: "ngã ba".
var (
	numberCompoundHeads     = lexicon.MustSet("number_compound_heads")
	numberWordCompoundHeads = lexicon.MustSet("number_word_compound_heads")
)

// bareNumberFollowers are words that, right after a number, say it counts
// nothing: a preposition, a conjunction, an auxiliary.
var bareNumberFollowers = lexicon.MustSet("bare_number_followers")

// eventNouns name an event.
var eventNouns = lexicon.MustSet("event_nouns")

// sections are the usual names of newspaper sections. A header that starts
// with one has it as its section whatever follows ("Thời sự 33 tập thể …");
// other sections are told by their shape (see splitSection).
var sections = lexicon.MustSet("sections")

// spelledNumbers are the numbers written in words, by their value.
var spelledNumbers = spelledValues(lexicon.MustPairs("spelled_numbers"))

// approximateScales are the scales that stand alone as an approximate
// count after a word of approximateLeads ("hàng nghìn trận đánh", "vài trăm
// cây"), by their value.
var approximateScales = spelledValues(lexicon.MustPairs("approximate_scales"))

// approximateLeads make the scale after them an approximate count: "hàng",
// "vài", "gần".
var approximateLeads = lexicon.MustSet("approximate_count_leads")

// countedNouns are the nouns "một" and "năm" count when they are numbers:
// "một người", "năm ngày" (and not "một số", "năm nay").
var countedNouns = lexicon.MustSet("counted_nouns")

// currencies are the codes of currencies written after an amount, part of
// its unit ("19,95 tỷ USD").
var currencies = lexicon.MustSet("currencies")

// bylinePrefixes are the words a byline may start with ("Theo TTXVN").
var bylinePrefixes = lexicon.MustSet("byline_prefixes")

// eventVerbs introduce the event in a lead ("tổ chức hội nghị").
var eventVerbs = lexicon.MustSet("event_verbs")

// spelledValues reads the pairs "word = value" of spelled numbers.
func spelledValues(pairs []lexicon.Pair) map[string]float64 {
	m := make(map[string]float64, len(pairs))
	for _, p := range pairs {
		v, err := strconv.ParseFloat(p.Value, 64)
		if err != nil {
			panic("corpus: spelled_numbers: " + err.Error())
		}
		m[p.Key] = v
	}
	return m
}

// TitleHeads returns the lower-case words a job title starts with
// ("chủ tịch", "giám đốc"), longest first.
func TitleHeads() []string { return append([]string(nil), titleHeads.Words()...) }

// AwardKinds returns the lower-case names of kinds of award ("bằng
// khen", "giải nhất").
func AwardKinds() []string { return append([]string(nil), awardKinds.Words()...) }

// EventNouns returns the lower-case nouns that name an event ("hội
// nghị", "lễ").
func EventNouns() []string { return append([]string(nil), eventNouns.Words()...) }
