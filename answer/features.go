package answer

import (
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
)

// A generator names the stage that proposed a candidate: one reads a kind
// of fact, passage reads sentences.
type generator string

// The generators, in the order the engine runs them.
const (
	genAbbreviation  generator = "abbreviation"
	genCredit        generator = "credit"
	genPersonTitles  generator = "person_titles"
	genPersonByTitle generator = "person_by_title"
	genPersonNote    generator = "person_note"
	// genRoleNamed gives the person the articles name right after the
	// role noun a who-question asks by ("tài xế Nguyễn Văn A": roleNamed).
	genRoleNamed generator = "role_named"
	genAward     generator = "award"
	genQuantity  generator = "quantity"
	genSum       generator = "sum"
	// genBase gives the figure of the period an article compares its own
	// with, from the figure and its change (comparedBase).
	genBase generator = "base"
	// genDifference gives by how much one figure exceeds another, from
	// the two figures bound to the sides a question compares (difference).
	genDifference generator = "difference"
	// genComparedTime gives the time a when-question compares with, the
	// span after "so với" (comparedTime).
	genComparedTime generator = "compared_time"
	genIdentifier   generator = "identifier"
	genChainage     generator = "chainage"
	// genHolderItem gives the item a list writes before the name, in
	// brackets, of the person a what-question names (holderItem).
	genHolderItem  generator = "holder_item"
	genEvent       generator = "event"
	genDated       generator = "dated"
	genDuration    generator = "duration"
	genNamed       generator = "named"
	genYesNo       generator = "yesno"
	genPlace       generator = "place"
	genPlaceOfKind generator = "place_of_kind"
	genSuperlative generator = "superlative"
	genOpponent    generator = "opponent"
	genPeriod      generator = "period"
	// genKindName gives the name of the kind a which-question's focus
	// noun says ("bộ nào", "trường nào") from any sentence in scope
	// (kindName).
	genKindName generator = "kind_name"
	genPassage  generator = "passage"
	// genList gives the whole list another candidate's item opens, for a
	// question that asks for several things (wholeList).
	genList generator = "list"
	// genListCount counts the items of a list the question's counted
	// noun heads, when the article writes no number of them (listCount).
	genListCount generator = "list_count"
	// genListOfKind gives the items of a list that write the kind a list
	// question names ("những loại rượu nào": "rượu A, rượu B") (kindList).
	genListOfKind generator = "list_of_kind"
	// genTitleCount counts the people who hold a title, or received an
	// award, that a count question asks about, when the article names
	// them without writing their number (titleCount).
	genTitleCount generator = "title_count"
	// genChoice answers a question asking which of two options holds
	// with the one the article supports (choiceAnswer).
	genChoice generator = "choice"
	// genScene gives an accident's scene or the road a vehicle was on, from
	// the clause an accident report writes it in (scene).
	genScene generator = "scene"
	// genPlaceUnit gives a candidate cut to the place of the unit a
	// where-question asks that it holds (placeUnitCuts).
	genPlaceUnit generator = "place_unit"
	// genRaceTime gives the race time written after the competitor a
	// question names (raceTime).
	genRaceTime generator = "race_time"
	// genDirection gives the way a vehicle or a person was travelling,
	// written after "hướng" (direction).
	genDirection generator = "direction"
	// genCharge gives the charge a court report names after "tội" for
	// the defendant a question names (charge).
	genCharge generator = "charge"
	// genAwardClaim says yes or no of a claim about who gave an award,
	// from the award facts (awardClaim).
	genAwardClaim generator = "award_claim"
	// genTitleClaim says yes or no of a claim about a person's title or
	// rank, from the person facts (titleClaim).
	genTitleClaim generator = "title_claim"
	// genCountedList gives the list an article writes after a count of
	// the noun a list question asks for ("4 tập thể là: …";
	// countedList).
	genCountedList generator = "counted_list"
)

var generators = []generator{
	genAbbreviation, genCredit, genPersonTitles, genPersonByTitle, genPersonNote, genRoleNamed, genAward,
	genQuantity, genSum, genBase, genDifference, genIdentifier, genChainage, genHolderItem, genDuration, genComparedTime, genEvent, genDated, genNamed, genYesNo, genPlace, genPlaceOfKind, genKindName, genSuperlative, genOpponent, genPeriod, genPassage, genList, genListCount, genListOfKind, genTitleCount, genChoice, genScene, genPlaceUnit, genRaceTime, genDirection, genCharge, genAwardClaim, genTitleClaim, genCountedList,
}

// The named features of a candidate. Each is in [0, 1]; the learned
// scorer (weights.txt) gives each a weight.
const (
	// fGenerator is the generator's own confidence, as its rules judge.
	fGenerator = "generator_score"
	// fTypeAgrees: the answer holds a token of the type asked (a number for
	// a count, a capitalised name for a who, a date for a when, …).
	fTypeAgrees = "type_agrees"
	// fTypeUnchecked: the question asks for no type that can be checked
	// (what, why, how, a keyword).
	fTypeUnchecked = "type_unchecked"
	// fSentenceCover: the weighted share of the question's content words
	// found in the source sentence.
	fSentenceCover = "sentence_cover"
	// fPassageCover: the same over the whole source passage.
	fPassageCover = "passage_cover"
	// fArticleMissing: the weighted share of the question's content words
	// found nowhere in the source article.
	fArticleMissing = "article_missing"
	// fNameMissing: a number or a capitalised name the question gives is
	// nowhere in the source article, or a place it names however typed
	// ("tinh ha noi", placeUnwritten), as it writes it or another way
	// (writtenOtherwise: its date's year as the article's, "HVL" as
	// "H.V.L."); never set on a yes-no answer, whose claim features read
	// it.
	fNameMissing = "name_missing"
	// fConstraintsUnmet: the weighted share of the question's constraint
	// words — numbers, names, places however typed — that neither the
	// source sentence nor its neighbours write (constraintsUnmet): an
	// answer of the type asked, about another entity or day.
	fConstraintsUnmet = "constraints_unmet"
	// fNamesApart: the share of the names the question gives (capitalised
	// words the source sentence also capitalises) that stand only in
	// other parts of the sentence than the answer's number, between
	// commas or semicolons: "Đắk Nông có bao nhiêu nhà bị ngập" answered
	// by the count of the next province in the list (namesAround).
	fNamesApart = "names_apart"
	// fNamesBeside: the share of the question's names that stand in the
	// same part of the sentence as the answer's number.
	fNamesBeside = "names_beside"
	// fRoleMismatch: a who-question asks who received ("ai được tặng …")
	// and the answer stands before the question's verb in its sentence,
	// where the giver is written, or asks who did it ("ai tặng …") and the
	// answer stands after the verb.
	fRoleMismatch = "role_mismatch"
	// fRoleAgrees: the answer stands on the side of the verb the question
	// asks for.
	fRoleAgrees = "role_agrees"
	// fAwardRoleAgrees: the award generator's answer stands on the side of
	// the verb the question asks for (role_agrees of gen:award): who an
	// award went to, read from the award's own sentence, where the award
	// generator's other answers (to what, why, who signed) often are not
	// what a question about the award asks.
	fAwardRoleAgrees = "award_role_agrees"
	// fCountPartLeftOut: a count question asks the counts of several
	// things ("bao nhiêu tập thể, cá nhân") and the answer gives some of
	// them while its sentence counts another apart ("9 tập thể" of "9 tập
	// thể, 15 cá nhân"; answer/countpart.go).
	fCountPartLeftOut = "count_part_left_out"
	// fFactStrong: the candidate is read from a sentence while a fact of
	// the articles answers with confidence: facts know what their numbers
	// count and who gave what to whom, so a sentence's answer is then the
	// weaker one.
	fFactStrong = "fact_stronger"
	// fFunctionWords: the share of the answer's words that are stopwords:
	// "kể đến như" names nothing.
	fFunctionWords = "answer_function_words"
	// fDefinitionAsked: the question asks what something means ("… là
	// gì", "viết tắt của gì").
	fDefinitionAsked = "definition_asked"
	// fSumAsked: the question asks for a total and the candidate is no
	// sum (no answer adding its parts), nor a count the article writes as
	// a total (fTotalStated): a single count may be one of the parts.
	fSumAsked = "sum_asked_single"
	// fRepeats: the share of the answer's words that the question already
	// holds.
	fRepeats = "answer_repeats_question"
	// fLength: the answer's length in words, over 40, at most 1.
	fLength = "answer_length"
	// fNamesAsker: a who-question that names its doer and asks another
	// ("Tổng Bí thư bày tỏ lòng biết ơn tới ai?", "Thảo mừng sinh nhật
	// ai?") is answered with the one it names (askerIn).
	fNamesAsker = "answer_names_asker"
	// fIdentityListed: a who-question asks who a person it names is ("anh
	// Thịnh là ai") and the answer lists people (identityListed).
	fIdentityListed = "identity_listed"
	// fWholeSentence: the answer is its whole source sentence.
	fWholeSentence = "answer_is_sentence"
	// fRank: 1/(1+r) for the rank r of the source passage among those the
	// index found; 0 when it was not found.
	fRank = "retrieval_rank"
	// fFocus: the share of a count's asked noun that is in the answer.
	fFocus = "focus_in_answer"
	// fFocusBehind: another candidate of the question, of another number,
	// writes more of the noun a count asks ("87 HC vàng" against "278 huy
	// chương" for "bao nhiêu huy chương vàng") (focusBehind).
	fFocusBehind = "focus_behind"
	// fBest: the generator's confidence is the highest of the question's
	// candidates.
	fBest = "generator_best"
	// fMargin: how far the generator's confidence is above the next best
	// candidate's (negative below the best), halved into [-0.5, 0.5].
	fMargin = "generator_margin"
	// fAgree: other candidates hold this one's number or name.
	fAgree = "others_agree"
	// fMarked: the question was typed with diacritics.
	fMarked = "question_marked"
	// fLeadOrTitle: the source is the title or the lead.
	fLeadOrTitle = "source_lead_or_title"
	// fNoSource: the candidate cites no sentence.
	fNoSource = "no_source"
	// fVerbBefore: a word of the question — its verb ("tăng", "vinh
	// danh") or the name of a part ("Đà Nẵng tăng 22,2%") — is among the
	// words that govern the answer's number, written right before it
	// (governor): of the many numbers of a sentence, the one the question
	// asks about.
	fVerbBefore = "verb_before"
	// fChangeMismatch: the answer's number is a change ("tăng 1 HCB") and
	// the question asks for no change, or the question asks by how much
	// something changed and the number is none.
	fChangeMismatch = "change_mismatch"
	// fCountedOther: the question counts a noun ("bao nhiêu dự án",
	// "bao nhiêu người") and the answer's number counts another thing
	// ("627.000 tỷ đồng", "46 bàn").
	fCountedOther = "counted_other"
	// fCountedKindOther: the question counts a noun of a kind ("mấy giải
	// A") and the answer counts that noun of another kind ("29 giải
	// khuyến khích") while its sentence writes the question's kind beside
	// another number ("3 giải A").
	fCountedKindOther = "counted_kind_other"
	// fPerNamed: the answer's number is a rate per something written
	// after a slash ("40.000 đồng/trẻ em") and the question names it.
	fPerNamed = "per_named"
	// fPerOther: the answer's rate is per something the question does not
	// name, while another rate of its sentence is per what it names
	// ("200.000 đồng/người lớn" for "vé cho trẻ em bao nhiêu tiền").
	fPerOther = "per_other"
	// fTimeOfVerb: a when-question's word says what the answer's time is
	// the time of, written right before it ("bão đổ bộ hôm nào" — "đổ bộ
	// vào đêm 26/10"), not the time of the report ("Sáng 28/10, Ban Chỉ
	// huy … cho biết").
	fTimeOfVerb = "time_of_verb"
	// fTimeOfReport: the answer is a time fronted before a verb of
	// reporting, and the question asks no report: the report's date, not
	// the event's ("Tối 16/12, … cho biết … vụ cướp" for "vụ cướp xảy ra
	// ngày nào") (timeOfReport).
	fTimeOfReport = "time_of_report"
	// fTimeOfClause: the answer is a time its sentence fronts, and the
	// clause after it writes a word of the question before any verb of
	// reporting: the time of what the question asks ("Ngày 8-8, Đảng bộ
	// … tổ chức Đại hội" for "Đại hội diễn ra ngày nào") (timeOfClause).
	fTimeOfClause = "time_of_clause"
	// fTimeOfAskedReport: the question asks when something was reported
	// ("thông tin được công bố khi nào") and the answer is a time its
	// sentence fronts whose clause reports ("Tối 2.11, Bộ Chỉ huy … cho
	// biết"), whichever verb of reporting each writes (timeOfAskedReport).
	fTimeOfAskedReport = "time_of_asked_report"
	// fClauseFallback: the candidate is the clause of a sentence that
	// holds the question's words, kept when no part of it could be cut as
	// the answer asked for (clauseAround).
	fClauseFallback = "clause_fallback"
	// fWithoutEvent: the candidate answers the question read without the
	// words that name its event (withoutEvent), for a question routed to
	// the article by them.
	fWithoutEvent = "without_event"
	// fObjectOf: a what- or list-question's content word governs the
	// answer in its sentence, written right before it past object links
	// (governedByQuestion): "đoạt huy chương gì" — "đoạt Huy chương Bạc
	// …", "ghi dòng chữ gì" — "với dòng chữ “…”".
	fObjectOf = "object_of_question"
	// fObjectOfVerb: a what-question asks the object of its verb
	// ("đối tượng mua gì") and the answer is written right after that verb,
	// or one of its synonyms, in its sentence (objectOfVerb).
	fObjectOfVerb = "object_of_verb"
	// fHeadLeads: the answer opens with the noun the question writes
	// right before its question word and says more ("theo mô hình gì" —
	// "mô hình tổ chức mới"): it names which one (headLeads).
	fHeadLeads = "head_leads"
	// fHeadGoverned: the answer opens with the noun the question asks
	// which of (fHeadLeads), and its sentence writes a word of the
	// question before the head right before it, as the question does
	// ("đổi mới chương trình gì" — "đổi mới chương trình giáo dục phổ
	// thông"): the question's verb governs the answer there
	// (headGoverned).
	fHeadGoverned = "head_governed"
	// fNumberForWhich: a what- or which-question names the kind of thing
	// it asks for ("đội nam nào", "bệnh viện nào") and the answer opens
	// with a number: an amount or a count, no thing of that kind ("150
	// triệu đồng" for "đội nam nào giải Nhất").
	fNumberForWhich = "number_for_which"
	// fCutShort: a what- or which-question's answer is written in its
	// source sentence only where its phrase goes on, with a content word
	// right after it and no punctuation between (cutShort): a span cut
	// inside a name or a word.
	fCutShort = "answer_cut_short"
	// fSlotClosed: the answer fills the slot the question's word leaves
	// open: on every side of that word the question writes words on, the
	// nearest are written right against the answer in its sentence, on the
	// same side and in order ("ném gì xuống gầm xe" — "ném 1 túi ni lông
	// màu đen xuống phía dưới gầm ô tô", "báo nào đã đưa tin" — "Báo
	// Người Lao Động đã đưa tin") (slotAlignment).
	fSlotClosed = "slot_closed"
	// fSideAgrees: the question asks for the start or the end of a period
	// ("bắt đầu từ ngày nào", "kéo dài đến ngày nào") and the answer is
	// that end of a period its sentence writes ("từ ngày 8/11 đến ngày
	// 12/11": 8/11 for the start).
	fSideAgrees = "side_agrees"
	// fSideMissed: the question asks for the start or the end of a period
	// and the answer is no such end: the day an event is reported ("Ngày
	// 13.12, … ra quân"), not the day its period ends.
	fSideMissed = "side_missed"
	// fPlaceBound: a where-question's answer is a place its sentence opens
	// with a locative ("tại", "ở", "trên") that the question's own verb
	// governs ("tổ chức tại …" for "tổ chức ở đâu") (placeBound).
	fPlaceBound = "place_bound"
	// fPlaceUnbound: the answer is opened by a locative that no verb of the
	// question governs ("Về Quốc hội …", about, for "tổ chức ở đâu").
	fPlaceUnbound = "place_unbound"
	// fCauseBound: a why-question's answer is a cause or a purpose its
	// sentence opens with "do", "vì", "để", "nhằm", and the question's words
	// govern it ("Ông S. chết do …" for "vì sao ông S. chết") (causeBound).
	fCauseBound = "cause_bound"
	// fCauseUnbound: the answer is opened by a word of cause that no word of
	// the question governs, or by one that opens a name ("Kỷ niệm chương
	// Vì sự nghiệp …").
	fCauseUnbound = "cause_unbound"
	// fListWhole: the question asks for several things ("những bệnh gì",
	// "gồm những ai") and the answer is a list of several items as its
	// sentence writes it (listWritten).
	fListWhole = "list_whole"
	// fListKindNone: the question asks for several things of a kind it
	// names ("những tỉnh nào") and the answer holds no item of that kind:
	// neither the kind's noun nor a run of names (kindItems).
	fListKindNone = "list_kind_none"
	// fListKindItems: the question asks for several things and the answer
	// holds two or more items of the kind asked: names parted by commas,
	// semicolons or "và", or items after the kind's noun (kindItems).
	fListKindItems = "list_kind_items"
	// fListCut: the question asks for several things and the answer is
	// part of a list its sentence writes: an item of its kind stands
	// right before or after it ("Thượng tướng B, Thượng tướng C" of
	// "Thượng tướng A, Thượng tướng B, Thượng tướng C; Thượng tướng D")
	// (listCut).
	fListCut = "list_cut"
	// fLevelsMissed: a question asks for several levels of a place
	// ("thuộc huyện, tỉnh nào": askedLevels) and the answer gives a part
	// of fewer ("tỉnh Lào Cai" for "thị xã Sa Pa, tỉnh Lào Cai").
	fLevelsMissed = "levels_missed"
	// fLevelsElsewhere: the answer misses levels asked (fLevelsMissed)
	// and another candidate of the question gives them all ("TP Phan
	// Thiết, tỉnh Bình Thuận" beside "tỉnh Bình Thuận" for "Mũi Né thuộc
	// thành phố, tỉnh nào").
	fLevelsElsewhere = "levels_elsewhere"
	// fSourceNamed: a who-question asks for the source of what is
	// reported ("cơ quan nào cung cấp thông tin") and the answer is the
	// source a frame of its sentence names: "Theo Trung tâm dự báo …",
	// "Văn phòng … cho biết" (sourceNamed).
	fSourceNamed = "source_named"
	// fSourceOther: the question asks for the source of a report and the
	// answer is no source its sentence names.
	fSourceOther = "source_other"
	// fSpeakerNamed: a who-question asks who said what is reported ("ai
	// phát biểu tại buổi lễ", "theo ai") and the answer is a speaker its
	// sentence names: the subject of a verb of speech ("ông X, Phó Chủ
	// tịch UBND tỉnh, cho biết"), or the one after "Theo" (speakerNamed).
	fSpeakerNamed = "speaker_named"
	// fSpeakerOther: the question asks who said what is reported and the
	// answer is no speaker its sentence names.
	fSpeakerOther = "speaker_other"
	// fPossessorNamed: a who-question asks whose a thing is ("thừa ủy
	// quyền của ai?", "Quyết định 521 của ai?") and the answer opens with
	// the one its sentence writes after the question's word and the same
	// possessive marker (possessorIn): "thừa ủy quyền của Thủ tướng
	// Chính phủ".
	fPossessorNamed = "possessor_named"
	// fPossessorOther: the question asks whose a thing is and the answer
	// is not the one its sentence writes after the marker.
	fPossessorOther = "possessor_other"
	// fComputed: the answer's value is worked out from what the article
	// writes, not written in it: the days of a span of dates ("ngày
	// 12-13/10": 2 ngày), the years of a span of years, the year an
	// anniversary counts back to, the items of a list counted
	// (duration, anniversaryIn, listCount).
	fComputed = "value_computed"
	// fEventAlone: a when-question names the article's event by no words
	// of its own ("vụ việc xảy ra ngày nào", "công an thông tin vụ việc
	// ngày nào") and the answer is the time the lead's first sentence
	// gives it (leadBinds).
	fEventAlone = "event_alone"
	// fHourAlone: a clock question names the article's event by no words
	// of its own ("Vụ tai nạn xảy ra lúc mấy giờ?") and the answer is the
	// hour of that event, from the paragraph that details it, which need
	// not hold the question's words.
	fHourAlone = "hour_alone"
	// fMembersListed: the answer counts the people a sentence lists after
	// a heading that names the title or award asked ("Các Phó Bí thư
	// Tỉnh ủy gồm có: …") (titleCount).
	fMembersListed = "members_listed"
	// fMembersTallied: the answer counts the people the article names one
	// by one with the title asked, wherever they stand (titleCount).
	fMembersTallied = "members_tallied"
	// fRivalBinds: another candidate's number is bound to what this
	// one's misses — the change asked or not asked, or the names the
	// question gives, as a part of this one's whole (bindingRivals).
	fRivalBinds = "rival_binds"
	// fBindsOverRival: this candidate's number is bound to what another
	// one's misses: the change asked, or the names asked as a part of the
	// other's whole (bindingRivals).
	fBindsOverRival = "binds_over_rival"
	// fPeriodAgrees: the question names a period ("tháng 6", "6 tháng",
	// "năm 2023") and the answer's number is said of that period in its
	// sentence: the nearest period of its unit written before it, or after
	// it in its part (periodBound).
	fPeriodAgrees = "period_agrees"
	// fPeriodOther: the answer's number is said of another period of the
	// unit the question names: another number ("tháng 7" for "tháng 6") or
	// the other reading ("6 tháng", six months, for "tháng 6", June).
	fPeriodOther = "period_other"
	// fLengthUnasked: a count question that asks for no length of time
	// (asksLength) is answered by one ("7 tháng" for "xuất khẩu cà phê
	// năm nay đạt bao nhiêu"): the period a figure is of, not the figure.
	fLengthUnasked = "length_unasked"
	// fShareUnasked: a count question that asks for neither a share nor a
	// change (asksShareOrChange) is answered by a percent ("0,16%" for
	// "nông lâm sản đạt bao nhiêu", which "đạt 5,32 triệu USD" answers).
	fShareUnasked = "share_unasked"
	// fChoiceOne: the question asks which of two options holds ("tăng
	// hay giảm") and the answer holds exactly one of them.
	fChoiceOne = "choice_one"
	// fChoiceUnresolved: the question asks which of two options holds and
	// the answer holds both or neither ("liên tục tăng giảm").
	fChoiceUnresolved = "choice_unresolved"
	// fPartOther: the answer's number stands in a part of a breakdown, and
	// another part of it holds a number of the same unit and more of the
	// question's words ("trong KCN 292 dự án" for "ngoài KCN có bao nhiêu
	// dự án", beside "ngoài KCN 173 dự án") (partOther).
	fPartOther = "part_other"
	// fClaimFound: a yes-no answer's sentence writes every value the
	// question's claim names (verdictFound).
	fClaimFound = "yesno_claim_found"
	// fClaimOther: a yes-no answer's sentence writes another value of the
	// slot of a value the claim names ("lớp 4, 8 và 11" for "lớp 12")
	// (verdictOther).
	fClaimOther = "yesno_claim_other"
	// fCasualtiesDenied: a yes-no answer says no to a claim that anyone
	// died or was hurt by a sentence denying casualties ("rất may không
	// có thiệt hại về người"), which writes none of the claim's other
	// words (casualtiesDenied).
	fCasualtiesDenied = "casualties_denied"
	// fSlotUnwritten: a yes-no answer's sentence writes neither a value
	// the claim names nor another of its slot (verdictUnwritten).
	fSlotUnwritten = "yesno_slot_unwritten"
	// fYesMissing: a yes-no answer says yes, and its value is the share
	// of the question's content words found nowhere in the article
	// (fArticleMissing): "Có ai bị thương do mưa đá không?" of an article
	// that never writes "bị thương" is not answered yes by "căn nhà … bị
	// thủng mái do mưa đá".
	fYesMissing = "yesno_yes_missing"
	// fCountedWithOther: a count's answer counts the question's noun
	// together with another the question does not name ("31 dự án, công
	// trình" for "bao nhiêu dự án được khởi công"; countedWithOther), or
	// the option the question names together with another of its group
	// ("khởi công, khánh thành 31 dự án"; optionJoined).
	fCountedWithOther = "counted_with_other"
	// fOnlyPraise: the answer holds only words of the question and words
	// of praise ("thành tích xuất sắc" for "khen vì thành tích gì";
	// onlyPraise).
	fOnlyPraise = "answer_only_praise"
	// fPredicateBound: a count of people names what they underwent
	// ("bao nhiêu người chết") and the answer's number has it, or a
	// synonym, in its own part of the sentence: "2 người được xác định đã
	// tử vong" of "lũ cuốn trôi 4 người, trong đó 2 người … tử vong"
	// (predicateBound).
	fPredicateBound = "predicate_bound"
	// fFocusBound: a count of anything but people by what they underwent
	// ("bao nhiêu ngôi nhà bị ngập") whose number has every word of what
	// it counts, or a synonym, in its own part of the sentence
	// (focusBound).
	fFocusBound = "focus_bound"
	// fOptionOther: the answer to a question naming an option of a group
	// of claimOpposites writes another option of that group and not the
	// one named ("987 xe xuất khẩu" for "xe nhập khẩu bao nhiêu", "10
	// giải nhất" for "bao nhiêu giải nhì") (optionOther); yes-no answers,
	// whose sentence's options the verdict reads, aside.
	fOptionOther = "option_other"
	// fDifferenceAsked: the question asks by how much one figure exceeds
	// another ("A hơn B mấy tuổi", askedDifference) or what is left of a
	// whole once a part is set aside ("ngoài A, còn bao nhiêu",
	// askedRemainder), and the answer is not a difference the difference
	// generator worked out.
	fDifferenceAsked = "difference_asked"
	// fBaseAskedChange: the question names the base of a comparison its
	// sentence writes ("cùng kỳ năm ngoái có bao nhiêu vụ", "năm 2024 …" of
	// "so với năm 2024") and the answer's number is the change ("giảm 3
	// vụ"), not the base (baseAskedOther).
	fBaseAskedChange = "base_asked_change"
	// fBaseAskedCurrent: the question names the base of a comparison its
	// sentence writes and the answer's number is the current figure, written
	// before the comparison ("đạt 21 tỷ USD, tăng 5% so với cùng kỳ")
	// (baseAskedOther).
	fBaseAskedCurrent = "base_asked_current"
	// fPartNamed: the answer is the figure of one part of a breakdown —
	// an item of a list, "TP Móng Cái 18.000 lượt khách; …, Cô Tô 2.500
	// lượt khách", or a part of a parenthesis, "(Lai Châu 2, Sơn La 1)" —
	// whose name the question gives: the figure is bound to the item
	// asked, the other items' figures to other names.
	fPartNamed = "part_named"
	// fUnitAgrees: the question asks the unit of the place it wants ("tỉnh
	// nào", "xã nào", "nước nào") and the answer holds a place of that
	// unit the question does not name: written with it ("xã Tân Hòa"),
	// or a name the article writes with it elsewhere, a province or a
	// country (unitAgreement).
	fUnitAgrees = "unit_agrees"
	// fUnitOther: the question asks the unit of the place it wants and
	// the answer holds only places of other units ("xã Tân Hòa" for "tỉnh
	// nào") or the place the question names.
	fUnitOther = "unit_other"
	// fDoerBody: a who-question asks who did its verb ("Ai chỉ định Ban
	// Chấp hành?") and the answer is the body its sentence writes right
	// before that verb, only auxiliaries between ("Bộ Chính trị đã chỉ
	// định …", "do Sở Văn hóa … tổ chức"; doerBodyIn), not the people the
	// sentence names elsewhere.
	fDoerBody = "doer_body"
	// fSumBound: a sum whose every part is the one figure of a side the
	// question names ("X và Y", "cả A lẫn B"), or the total the article
	// states of those sides (sumBound).
	fSumBound = "sum_parts_bound"
	// fSumGuessed: a sum whose parts are guessed from one sentence, clause
	// or passage: another number of parts than the sides the question
	// names, or a part of another kind than the question's figure, or a
	// stated whole of more sides than the question names (sumGuessed).
	fSumGuessed = "sum_parts_guessed"
	// fSumElsewhere: a sum of the counts of one group while the article
	// counts the noun asked in other sentences too (countedElsewhere).
	fSumElsewhere = "sum_counted_elsewhere"
	// fTotalStated: a total question answered by a single count the
	// article writes as a total, a sum cue right before it ("tổng cộng 8
	// HCV") (statedAsTotal).
	fTotalStated = "total_stated"
	// fCountAlone: a count question's answer is a number that counts the
	// noun the question counts (its unit holds it, or a synonym: no
	// counted_other), and no other figure of its
	// article, of another value, counts the same unit (countAlone).
	fCountAlone = "count_alone"
	// fCountedAgrees: the question counts a noun ("bao nhiêu trường") and
	// the answer's number counts it, or a synonym or a noun of its kind
	// ("3 đối tượng" for "bao nhiêu người"): counted_other known and
	// false (countedOther).
	fCountedAgrees = "counted_agrees"
	// fRoleNamed: a who-question asks a person by a role noun ("đối tượng
	// gây án tên gì") and the answer is the name its sentence writes right
	// after that noun, past the question's words about the role and a
	// copula ("đối tượng gây án là Nguyễn Văn A"), or, asked by a harm
	// or a victim's role ("ai tử vong", "nạn nhân tên gì"), the article
	// writes that harm of the person (harmNamed); fRoleNamedOther: the
	// sentence writes the answer elsewhere (roleNamedAnswer), or the
	// article writes no such harm of them.
	fRoleNamed      = "role_named"
	fRoleNamedOther = "role_named_other"
	// fValueBound: a money question names the value it asks ("vốn đầu
	// tư", "lợi nhuận", "thiệt hại") and the answer's amount is written
	// right after that value noun in its clause ("tổng kinh phí gần 880
	// triệu đồng"; valueBinding).
	fValueBound = "value_bound"
	// fValueOther: the nearest value noun before the answer's amount is
	// another than the question's ("lợi nhuận 275 tỷ đồng" for "doanh thu
	// bao nhiêu").
	fValueOther = "value_other"
	// fAskedUnnamed: a which-question asks names the answer does not
	// give: it asks a name of a kind news writing names after its noun
	// ("bệnh viện nào", "những trường nào") and the answer writes that
	// noun bare, no name after it ("được đưa vào bệnh viện cấp cứu";
	// kindUnnamed), or it names a count of the things it asks ("ba tập
	// thể … những đơn vị nào") and the answer restates that count with no
	// name after it ("3 tập thể, 4 cá nhân được tặng bằng khen";
	// countRestated): the article says they were there, not which.
	fAskedUnnamed = "asked_unnamed"
	// fHolderNamed: a count or number question names a person ("Nguyễn
	// Văn An bị tuyên bao nhiêu năm tù") and the person named nearest
	// before the answer's number in its sentence is that one: in a list
	// each person's figure follows their name (holderBinding).
	fHolderNamed = "holder_named"
	// fHolderOther: the person named nearest before the answer's number
	// is another, and the sentence names the one asked elsewhere: "54
	// tuổi" of "ông Lê Hồng Nam (54 tuổi) …; ông Phạm Ngọc Việt, Cục
	// trưởng …" for "Phạm Ngọc Việt mấy tuổi".
	fHolderOther = "holder_other"
)

// featureNames lists every feature, in the order of a feature vector:
// the ones above, then one per generator ("gen:award") and one per kind
// of question ("wh:count").
var featureNames = func() []string {
	names := []string{
		fGenerator, fBest, fMargin, fTypeAgrees, fTypeUnchecked, fSentenceCover, fPassageCover,
		fArticleMissing, fNameMissing, fConstraintsUnmet, fNamesApart, fNamesBeside, fSumAsked, fRoleMismatch, fRoleAgrees, fAwardRoleAgrees, fCountPartLeftOut, fFactStrong, fFunctionWords, fDefinitionAsked, fRepeats, fLength, fWholeSentence, fRank, fNamesAsker, fIdentityListed,
		fFocus, fFocusBehind, fAgree, fMarked, fLeadOrTitle, fNoSource, fWithoutEvent, fClauseFallback, fVerbBefore, fChangeMismatch, fCountedOther, fCountedKindOther, fPerNamed, fPerOther, fTimeOfVerb, fTimeOfReport, fTimeOfClause, fTimeOfAskedReport, fObjectOf, fObjectOfVerb, fHeadLeads, fHeadGoverned, fNumberForWhich, fCutShort, fSlotClosed,
		fSideAgrees, fSideMissed, fPlaceBound, fPlaceUnbound, fCauseBound, fCauseUnbound,
		fListWhole, fListKindNone, fListKindItems, fListCut, fLevelsMissed, fLevelsElsewhere, fSourceNamed, fSourceOther, fSpeakerNamed, fSpeakerOther, fComputed, fEventAlone, fMembersListed, fMembersTallied, fRivalBinds, fBindsOverRival,
		fPeriodAgrees, fPeriodOther, fPossessorNamed, fPossessorOther, fLengthUnasked, fShareUnasked, fChoiceOne, fChoiceUnresolved, fPartOther,
		fClaimFound, fClaimOther, fCasualtiesDenied, fSlotUnwritten, fYesMissing, fDifferenceAsked, fBaseAskedChange, fBaseAskedCurrent,
		fPartNamed, fUnitAgrees, fUnitOther, fDoerBody, fSumBound, fSumGuessed, fSumElsewhere, fTotalStated, fCountAlone, fCountedAgrees, fRoleNamed, fRoleNamedOther, fValueBound, fValueOther, fAskedUnnamed,
		fHolderNamed, fHolderOther, fHourAlone, fOptionOther, fCountedWithOther, fOnlyPraise, fPredicateBound, fFocusBound,
	}
	for _, g := range generators {
		names = append(names, "gen:"+string(g))
	}
	for _, w := range whNames {
		names = append(names, "wh:"+w)
	}
	return names
}()

var featureIndex = func() map[string]int {
	m := make(map[string]int, len(featureNames))
	for i, n := range featureNames {
		m[n] = i
	}
	return m
}()

// WithoutEvent is the name of the feature that marks a candidate answering
// a question read without the words that name its event (AskNamed).
const WithoutEvent = fWithoutEvent

// FeatureNames returns the names of the candidates' features, in the
// order of Candidate.Features.
func FeatureNames() []string { return append([]string(nil), featureNames...) }

// A features is a feature vector being filled in by name.
type features []float64

func (f features) set(name string, v float64) { f[featureIndex[name]] = v }

// get returns the value of the feature name.
func (f features) get(name string) float64 { return f[featureIndex[name]] }

func boolValue(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// strongFact is the generator confidence at which a fact's answer counts as
// strong for fFactStrong.
const strongFact = 0.8

// maxLengthWords is the answer length, in words, at which fLength is 1.
const maxLengthWords = 40

// sharedFeatures holds what the features of one question's candidates
// share, computed once for them all.
type sharedFeatures struct {
	// covers keeps the passage cover of each passage seen.
	covers map[string]float64
	// yearless holds the candidates' answers for agreement
	// (yearlessAnswers).
	yearless []string
	// missing keeps what missingFrom says of each article seen.
	missing map[string]articleMissing
	// asks is what the question alone says, for every candidate.
	asks questionTraits
	// places are the places the question names (askedPlaces) and
	// periods the periods (askedPeriods), read for the first candidate
	// that asks, as placesRead and periodsRead tell.
	places      []askedPlace
	placesRead  bool
	periods     []period
	periodsRead bool
	// alone tells whether the question's content, as given [0] and
	// reframed by its source's words [1], asks of nothing but the
	// article's event (asksOfEventAlone), read once each as aloneRead
	// tells: either content is the same for every candidate.
	alone, aloneRead [2]bool
	// parts are the words a part answer may be told by (partWords),
	// read once as partsRead tells.
	parts     []word
	partsRead bool
	// constraints are the question's constraint words (constraintWords),
	// read once as constraintsRead tells.
	constraints     []word
	constraintsRead bool
	// unit is the class of the unit of place the question asks
	// (askedUnit) and unitWords its words outside its question words
	// (askedWords), read once as unitRead tells.
	unit      string
	unitWords map[string]bool
	unitRead  bool
	// values are the folded words of the value nouns the question asks
	// (askedValues), read once as valuesRead tells.
	values     map[string]bool
	valuesRead bool
	// focusOf is the highest focusShare of the question's candidates by
	// the number they write first (firstNumber), read once as focusRead
	// tells.
	focusOf   map[string]float64
	focusRead bool
	// people are the people the question names (askedPeople), read once
	// as peopleRead tells.
	people     [][]string
	peopleRead bool
	// held tells whether a candidate gives every level of place asked
	// (holdsLevels), read once as heldRead tells.
	held, heldRead bool
}

// levelsHeld reports whether a candidate of all gives every level of
// place asked, read once.
func (s *sharedFeatures) levelsHeld(all []candidate, levels []string) bool {
	if !s.heldRead {
		for _, c := range all {
			s.held = s.held || c.answer != "" && holdsLevels(c.answer, levels)
		}
		s.heldRead = true
	}
	return s.held
}

// askedPeople is askedPeople(q, names), read once.
func (s *sharedFeatures) askedPeople(q question, names nameRuns) [][]string {
	if !s.peopleRead {
		s.people, s.peopleRead = askedPeople(q, names), true
	}
	return s.people
}

// focusBehind reports whether a candidate of all, q's candidates, that
// writes another number than num writes more of the noun asked than
// focus does: "87 HC vàng" beside "278 huy chương". A longer span of the
// same count ("87 huy chương, trong đó …") is no other count.
func (s *sharedFeatures) focusBehind(q question, all []candidate, num string, focus float64) bool {
	if !s.focusRead {
		s.focusOf = map[string]float64{}
		for _, c := range all {
			if n := firstNumber(c.toks); n != "" {
				s.focusOf[n] = max(s.focusOf[n], focusShare(q, c.toks))
			}
		}
		s.focusRead = true
	}
	for n, f := range s.focusOf {
		if n != num && f > focus {
			return true
		}
	}
	return false
}

// firstNumber returns the text of the first number of toks, "" for none.
func firstNumber(toks []analysis.Token) string {
	for _, t := range toks {
		if t.Number {
			return t.Text
		}
	}
	return ""
}

// askedValues is askedValues(q), read once.
func (s *sharedFeatures) askedValues(q question) map[string]bool {
	if !s.valuesRead {
		s.values, s.valuesRead = askedValues(q), true
	}
	return s.values
}

// readUnit reads the unit q asks and its words, once.
func (s *sharedFeatures) readUnit(q question) {
	if !s.unitRead {
		s.unit, s.unitWords, s.unitRead = askedUnit(q), askedWords(q), true
	}
}

// askedUnit is askedUnit(q), read once.
func (s *sharedFeatures) askedUnit(q question) string {
	s.readUnit(q)
	return s.unit
}

// askedWords is askedWords(q), read once.
func (s *sharedFeatures) askedWords(q question) map[string]bool {
	s.readUnit(q)
	return s.unitWords
}

// constraintWords returns constraintWords of content, the content of the
// question q whose candidates share s as given (not reframed), read once.
func (s *sharedFeatures) constraintWords(q question, content []word) []word {
	if !s.constraintsRead {
		s.constraints, s.constraintsRead = constraintWords(content, s.askedPlaces(q)), true
	}
	return s.constraints
}

// partWords returns partWords(q) of the question q whose candidates
// share s, read once.
func (s *sharedFeatures) partWords(q question) []word {
	if !s.partsRead {
		s.parts, s.partsRead = partWords(q), true
	}
	return s.parts
}

// asksOfEventAlone returns asksOfEventAlone(content) of the content of
// the question whose candidates share s, reframed or not, read once.
func (s *sharedFeatures) asksOfEventAlone(content []word, reframed bool) bool {
	k := 0
	if reframed {
		k = 1
	}
	if !s.aloneRead[k] {
		s.alone[k], s.aloneRead[k] = asksOfEventAlone(content), true
	}
	return s.alone[k]
}

// askedPlaces returns askedPlaces(q) of the question q whose candidates
// share s, read once.
func (s *sharedFeatures) askedPlaces(q question) []askedPlace {
	if !s.placesRead {
		s.places, s.placesRead = askedPlaces(q), true
	}
	return s.places
}

// askedPeriods returns askedPeriods(q) of the question q whose
// candidates share s, read once.
func (s *sharedFeatures) askedPeriods(q question) []period {
	if !s.periodsRead {
		s.periods, s.periodsRead = askedPeriods(q), true
	}
	return s.periods
}

// questionTraits are what the features read of the question alone, worked
// out once per question rather than once per candidate.
type questionTraits struct {
	definition bool // asksDefinition
	sum        bool // a count question with a cue of a total (sumCues)
	// difference is a count question asking a difference (asksDifference)
	// or a remainder (askedRemainder).
	difference bool
	percent    bool // a count question asking for a share (sharePercentAsked)
	// length is a count question asking for a length of time (asksLength).
	length bool
	// shareOrChange is a count question a percent may answer
	// (asksShareOrChange).
	shareOrChange bool
	// change is a question asking by how much something changed
	// (asksChange).
	change bool
	// levels are the levels of a place the question asks for together
	// (askedLevels); nil for fewer than two.
	levels []string
	// options are the groups of claimOpposites one of whose options a
	// question other than a yes-no one names (namedOptions).
	options []askedGroup
	// harms are what a who-question asks a victim by (victimHarms); nil
	// for any other question.
	harms [][]string
}

// traitsOf works out q's questionTraits.
func traitsOf(q question) questionTraits {
	count := q.wh == whCount || q.wh == whNumber
	t := questionTraits{
		definition: asksDefinition(q),
		sum:        q.wh == whCount && asksTotal(q.words),
		difference: asksDifference(q) || asksRemainder(q),
		percent:    count && sharePercentAsked(q),
	}
	t.length = count && asksLength(q)
	t.shareOrChange = count && asksShareOrChange(q, t.percent)
	t.change = asksChange(q)
	t.levels = askedLevels(q)
	if q.wh != whYesNo {
		t.options = namedOptions(q)
	}
	t.harms = victimHarms(q)
	return t
}

// articleMissing is what missingFrom says of an article: the weighted
// share of the question's content it lacks, and whether a name or a
// number is among it.
type articleMissing struct {
	share float64
	named bool
}

// features computes the feature vector of candidate c of question q,
// among all the candidates of that question, with what they share.
func (d *document) features(q question, content []word, sc *scope, c candidate, all []candidate, shared *sharedFeatures) features {
	f := make(features, len(featureNames))
	f.set(fGenerator, min(1, max(0, c.score)))
	best, next := bestOthers(c, all)
	f.set(fBest, boolValue(c.score >= best))
	f.set(fMargin, max(-1, min(1, c.score-next))/2)
	f.set("gen:"+string(c.gen), 1)
	f.set("wh:"+q.wh.String(), 1)
	f.set(fMarked, boolValue(q.marked))
	f.set(fClauseFallback, boolValue(c.clause))
	f.set(fComputed, boolValue(c.computed))
	f.set(fEventAlone, boolValue(c.eventAlone))
	f.set(fHourAlone, boolValue(c.hourAlone))
	f.set(fMembersListed, boolValue(c.members == membersListed))
	f.set(fMembersTallied, boolValue(c.members == membersTallied))

	toks := c.toks
	agrees, checked := typeAgreesAsked(q, shared.asks.percent, c.answer, toks)
	f.set(fTypeAgrees, boolValue(agrees))
	f.set(fTypeUnchecked, boolValue(!checked))
	f.set(fLength, min(1, float64(len(toks))/maxLengthWords))
	f.set(fRepeats, repeats(q, toks))
	f.set(fOnlyPraise, boolValue(onlyPraise(q, toks)))
	f.set(fNamesAsker, boolValue(namesAsker(q, c.answer)))
	f.set(fIdentityListed, boolValue(d.identityListed(q, c.answer)))
	f.set(fFunctionWords, functionShare(toks))
	f.set(fDefinitionAsked, boolValue(shared.asks.definition))
	f.set(fAgree, agreement(c, all, shared.yearless))
	if q.wh == whCount || q.wh == whNumber {
		focus := focusShare(q, toks)
		f.set(fFocus, focus)
		f.set(fFocusBehind, boolValue(shared.focusBehind(q, all, firstNumber(toks), focus)))
	}
	if c.kind == KindPassage {
		for _, o := range all {
			if o.kind == KindFact && o.score >= strongFact {
				f.set(fFactStrong, 1)
			}
		}
	}
	if c.gen != genSum && !strings.Contains(c.answer, plusSign) && shared.asks.sum {
		// An answer that adds its parts ("3 + 6 = 9 Bằng khen") is a sum,
		// whichever stage wrote it.
		stated := !c.totalUnstated && d.statedAsTotal(c)
		f.set(fSumAsked, boolValue(!stated))
		f.set(fTotalStated, boolValue(stated))
	}
	f.set(fSumBound, boolValue(c.sumParts == sumBound))
	f.set(fSumGuessed, boolValue(c.sumParts == sumGuessed))
	f.set(fSumElsewhere, boolValue(c.sumElsewhere))
	f.set(fClaimFound, boolValue(c.verdict == verdictFound))
	f.set(fClaimOther, boolValue(c.verdict == verdictOther))
	f.set(fCasualtiesDenied, boolValue(c.casualtiesDenied))
	f.set(fOptionOther, boolValue(optionOther(shared.asks.options, toks)))
	f.set(fSlotUnwritten, boolValue(c.verdict == verdictUnwritten))
	f.set(fDifferenceAsked, boolValue(c.gen != genDifference && shared.asks.difference))
	if q.choice != nil {
		one, unresolved := choiceOfAnswer(q.choice, toks)
		if c.gen == genChoice {
			// Its option decided, the sentence it quotes may write both.
			one, unresolved = true, false
		}
		f.set(fChoiceOne, boolValue(one))
		f.set(fChoiceUnresolved, boolValue(unresolved))
	}

	// The unit agreement reads the answer alone: a question that names
	// nothing but the unit it asks ("huyện nào?") is judged by it too.
	if class := shared.askedUnit(q); class != "" {
		agrees, other := unitAgreement(c.answer, class, unitsAsked(q), shared.askedWords(q), d.unitNames())
		f.set(fUnitAgrees, boolValue(agrees))
		f.set(fUnitOther, boolValue(other))
	}
	// So does the answer's naming what a which-question asks.
	f.set(fAskedUnnamed, boolValue(kindUnnamed(q, c.answer) || countRestated(q, c.answer)))

	var s *sent
	if len(c.refs) > 0 {
		s = d.sentOf[c.refs[0]]
	}
	if s == nil {
		f.set(fNoSource, 1)
		return f
	}
	f.set(fWholeSentence, boolValue(strings.TrimRight(c.answer, ". ") == strings.TrimRight(s.text, ". ")))
	f.set(fLeadOrTitle, boolValue(s.p.Kind == corpus.KindLead || s.p.Kind == corpus.KindTitle))
	f.set(fCountPartLeftOut, boolValue(countPartLeftOut(q, s, toks)))
	for i, id := range sc.passages {
		if id == s.p.ID {
			f.set(fRank, 1/float64(1+i))
			break
		}
	}
	reframed := false
	if named, _ := sourceNamed(q, s, toks); named {
		// The frame that names the source ("… cho biết", "Theo …") says
		// the question's act of informing in its own words: those words
		// count as found.
		if rest := without(content, sourceActWords(q)...); len(rest) > 0 && len(rest) < len(content) {
			content, reframed = rest, true
		}
	}
	// A question that names nothing but the article's event ("ở xã
	// nào?", "vụ việc xảy ra ở tỉnh nào") asks of what the lead's first
	// sentence reports: that sentence holds all it asks of, in words of
	// its own. Set last, over what the words found (f shares its array
	// with the value returned).
	eventAlone := len(d.articles) == 1 && s.index == 0 && (s.p.Kind == corpus.KindLead || s.p.Kind == corpus.KindTitle) && shared.asksOfEventAlone(content, reframed)
	if eventAlone {
		defer func() {
			f.set(fSentenceCover, 1)
			f.set(fPassageCover, 1)
			f.set(fArticleMissing, 0)
			f.set(fYesMissing, 0)
		}()
	}
	if len(content) == 0 {
		return f
	}
	f.set(fSentenceCover, d.computedCover(q, content, c, s))
	cover, ok := shared.covers[s.p.ID]
	if reframed {
		ok, cover = false, 0
	}
	if !ok {
		for _, o := range d.sentsOf[s.p.ID] {
			cover = max(cover, d.overlapOf(q, content, o).coverage())
		}
		if !reframed {
			shared.covers[s.p.ID] = cover
		}
	}
	f.set(fPassageCover, cover)
	m, ok := shared.missing[s.art.ID]
	if reframed || !ok {
		m.share, m.named = d.missingFrom(content, s.art, q.lang)
		m.named = m.named || d.placeUnwritten(shared.askedPlaces(q), s.art)
		if !reframed {
			shared.missing[s.art.ID] = m
		}
	}
	f.set(fArticleMissing, m.share)
	if c.gen == genYesNo && strings.HasPrefix(c.answer, msgYesLead) {
		f.set(fYesMissing, m.share)
	}
	// A yes-no answer reads a missing name as its claim's evidence
	// (fClaimOther, fSlotUnwritten), not as a question about another
	// article.
	f.set(fNameMissing, boolValue(m.named && c.gen != genYesNo))
	// The shared constraint words are those of the content as given: a
	// reframed candidate reads its own, and never caches them.
	var constraints []word
	places := shared.askedPlaces(q)
	if reframed {
		constraints = constraintWords(content, places)
	} else {
		constraints = shared.constraintWords(q, content)
	}
	f.set(fConstraintsUnmet, d.constraintsUnmet(q, constraints, places, s))
	if q.wh == whWho {
		if agrees, known := roleOf(q, s, toks); known {
			f.set(fRoleAgrees, boolValue(agrees))
			f.set(fAwardRoleAgrees, boolValue(agrees && c.gen == genAward))
			f.set(fRoleMismatch, boolValue(!agrees))
		}
		named, known := roleNamedAnswer(q, s, toks)
		if harmed, asked := d.harmNamed(shared.asks.harms, s, toks); asked {
			// A victim asked by what they underwent is named in that
			// role wherever the article writes it of them.
			named, known = named || harmed, true
		}
		if known {
			f.set(fRoleNamed, boolValue(named))
			f.set(fRoleNamedOther, boolValue(!named))
		}
		if agrees, known := objectRole(q, s, toks); known && !agrees {
			// "Bà Hằng biểu dương ai?" answered by the doer of the verb,
			// written before it: the one the question names.
			f.set(fNamesAsker, 1)
		}
	}
	if asksDoer(q) {
		if doer := d.doerBody(q, content, s, d.overlapOf(q, content, s)); doer != "" {
			f.set(fDoerBody, boolValue(c.answer == doer))
		}
	}
	if named, known := sourceNamed(q, s, toks); known {
		f.set(fSourceNamed, boolValue(named))
		f.set(fSourceOther, boolValue(!named))
	}
	if named, known := d.speakerNamed(q, s, toks); known {
		f.set(fSpeakerNamed, boolValue(named))
		f.set(fSpeakerOther, boolValue(!named))
	}
	if asksPossessor(q) {
		named := possessorOpens(q, s, c.answer)
		f.set(fPossessorNamed, boolValue(named))
		f.set(fPossessorOther, boolValue(!named))
	}
	if asksThing(q) {
		f.set(fObjectOf, boolValue(d.objectOfQuestion(q, s, toks, content)))
		f.set(fObjectOfVerb, boolValue(objectOfVerb(q, s, toks, content)))
		head := askedHead(q, content, d.bigrams)
		leads := headLeads(q, head, toks, s)
		f.set(fHeadLeads, boolValue(leads))
		f.set(fHeadGoverned, boolValue(leads && headGoverned(s, toks, head, content)))
		f.set(fNumberForWhich, boolValue(len(head) > 0 && opensWithNumber(toks)))
		if cut, known := cutShort(s, toks); known {
			f.set(fCutShort, boolValue(cut))
		}
	}
	if asksSlot(q) {
		f.set(fSlotClosed, boolValue(slotAlignment(q, s, toks)))
	}
	if agrees, asked := sideOf(q, s, c.answer); asked {
		f.set(fSideAgrees, boolValue(agrees))
		f.set(fSideMissed, boolValue(!agrees))
	}
	if bound, known := placeBound(q, s, toks, content); known {
		f.set(fPlaceBound, boolValue(bound))
		f.set(fPlaceUnbound, boolValue(!bound))
	}
	if reported, known := timeOfReport(q, s, toks, content); known {
		f.set(fTimeOfReport, boolValue(reported))
	}
	f.set(fTimeOfClause, boolValue(timeOfClause(q, s, toks, content)))
	if reported, known := timeOfAskedReport(q, s, toks); known {
		f.set(fTimeOfAskedReport, boolValue(reported))
	}
	if bound, known := causeBound(q, s, toks, content); known {
		f.set(fCauseBound, boolValue(bound))
		f.set(fCauseUnbound, boolValue(!bound))
	}
	if asksList(q) {
		f.set(fListWhole, boolValue(listWritten(s, c.answer)))
		none, several := listKind(q, c.answer, toks)
		f.set(fListKindNone, boolValue(none))
		f.set(fListKindItems, boolValue(several))
		f.set(fListCut, boolValue(listCut(s, c.answer)))
	}
	if levels := shared.asks.levels; levels != nil {
		missed := !holdsLevels(c.answer, levels)
		f.set(fLevelsMissed, boolValue(missed))
		f.set(fLevelsElsewhere, boolValue(missed && shared.levelsHeld(all, levels)))
	}
	numAt := numberIn(s, c) // where s writes the answer's number, or -1
	if !agrees && spelledCountAt(q, s, numAt) {
		f.set(fTypeAgrees, 1) // "một người chết"
	}
	other, known := countedOther(q, c.answer, toks, s, numAt)
	if known {
		f.set(fCountedOther, boolValue(other))
	}
	if known && !other {
		f.set(fCountedAgrees, 1)
		if alone, known := d.countAlone(s, numAt); known {
			f.set(fCountAlone, boolValue(alone))
		}
	}
	if other, known := countedKindOther(q, c.answer, toks, s, numAt); known {
		f.set(fCountedKindOther, boolValue(other))
	}
	if other, _ := countedWithOther(q, s, numAt); other || optionJoined(shared.asks.options, s, numAt) {
		f.set(fCountedWithOther, 1)
	}
	f.set(fPartNamed, boolValue(c.partNamed))
	if at := numAt; at >= 0 && (q.wh == whCount || q.wh == whNumber) {
		beside, apart := namesAround(q, content, s, at)
		// valueBinding first: it is known only for a question that names a
		// value, which few do; isMoneyUnit reads the answer's words.
		if bound, other, known := valueBinding(shared.askedValues(q), s, at); known && isMoneyUnit(c.answer) {
			f.set(fValueBound, boolValue(bound))
			f.set(fValueOther, boolValue(other))
		}
		f.set(fNamesBeside, beside)
		f.set(fNamesApart, apart)
		if named, other, known := holderBinding(shared.askedPeople(q, d.names), s, at, d.names); known {
			f.set(fHolderNamed, boolValue(named))
			f.set(fHolderOther, boolValue(other))
		}
		f.set(fVerbBefore, boolValue(bindsQuestion(s, at, content) || causedCount(q, s, at)))
		// A figure opening the bracket after "so với cùng kỳ" is the base,
		// whatever change governs it across the bracket (cuedFigure).
		f.set(fChangeMismatch, boolValue((isChange(s, at) && !cuedFigure(s, at)) != shared.asks.change))
		if change, current, known := baseAskedOther(q, s, at); known {
			f.set(fBaseAskedChange, boolValue(change))
			f.set(fBaseAskedCurrent, boolValue(current))
		}
		if agrees, known := periodBound(shared.askedPeriods(q), s, at); known {
			f.set(fPeriodAgrees, boolValue(agrees))
			f.set(fPeriodOther, boolValue(!agrees))
		}
		if c.gen != genSum {
			if other, known := partOther(shared.partWords(q), s, at); known {
				f.set(fPartOther, boolValue(other))
			}
		}
	}
	if q.wh == whCount {
		f.set(fLengthUnasked, boolValue(!shared.asks.length && lengthAnswer(toks)))
		f.set(fShareUnasked, boolValue(!shared.asks.shareOrChange && shareAnswer(c.answer)))
	}
	if q.wh == whWhen {
		for _, at := range answerStarts(s, toks) {
			if timeOfVerb(s, at, content) {
				f.set(fTimeOfVerb, 1)
			}
		}
	}
	if at := numAt; at >= 0 {
		if named, known := perNamed(s, at, content); known {
			f.set(fPerNamed, boolValue(named))
			f.set(fPerOther, boolValue(!named && anyPerNamed(s, content)))
		}
		f.set(fPredicateBound, boolValue(predicateBound(q, s, at)))
		f.set(fFocusBound, boolValue(focusBound(q, s, at)))
	}
	return f
}

// bestOthers returns the highest generator confidence among all the
// candidates, and the highest among those other than c.
func bestOthers(c candidate, all []candidate) (best, other float64) {
	for _, o := range all {
		best = max(best, o.score)
		if o.gen != c.gen || o.answer != c.answer {
			other = max(other, o.score)
		}
	}
	return best, other
}

// computedCover is the sentence cover of c, whose first source is s: a
// value worked out from several sentences (computed: "4 + 3 = 7 vụ" from
// "4 vụ tai nạn" and "So với cùng kỳ năm ngoái, … giảm 3 vụ") is as
// supported as the best of them holds the question's words; any other
// answer is read from s alone.
func (d *document) computedCover(q question, content []word, c candidate, s *sent) float64 {
	cover := d.sentenceCover(q, content, s)
	if !c.computed {
		return cover
	}
	for _, r := range c.refs[1:] {
		if o := d.sentOf[r]; o != nil {
			cover = max(cover, d.sentenceCover(q, content, o))
		}
	}
	return cover
}
