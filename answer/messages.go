package answer

// The texts users read, in one place: replies when there is no answer, the
// hint before suggested questions, the suggested questions and the answers
// written around a fact. A template's %s (or %d) is filled with text of
// the article; everything else is said as written here.
const (
	// NotInArticle is the short answer when the articles do not say.
	NotInArticle = "Bài viết không nói về điều này."

	// msgPartlySaid answers a question of several parts some of which
	// the articles do not answer: what they say of the others follows.
	msgPartlySaid = "Bài viết không trả lời đủ các ý của câu hỏi; bài chỉ nói: %s"

	msgTooLong      = "Câu hỏi quá dài. Bạn hãy hỏi ngắn gọn hơn (dưới %d chữ)." // the most words a question may have
	msgEmpty        = "Bạn hãy gõ một câu hỏi về bài viết, ví dụ một trong các câu dưới đây."
	msgTimeout      = "Hết thời gian trả lời câu hỏi."
	msgSuggestHint  = "\n\nBạn có thể hỏi:"
	msgNoSuchNumber = "Không, bài viết không nêu con số đó."
	msgNoVenue      = " (bài viết không nêu địa điểm cụ thể)" // after the organiser's locality

	// Answers about an abbreviation: its short and long forms.
	msgAbbrevBuiltin = "%s thường là viết tắt của “%s” (nghĩa thông dụng; bài viết không giải thích)."
	msgAbbrev        = "%s là viết tắt của “%s”."
	// An abbreviation the article does not use, whose usual long form it
	// writes: the short form, the long form as the article writes it.
	msgAbbrevWritten = "%s thường là viết tắt của “%s” (bài viết viết đầy đủ, không viết tắt)."

	// A year asked for, with the date the article writes, and a year
	// counted back from an anniversary: the year, how many years, the
	// year of the article.
	msgYearOf     = "Năm %s (%s)."
	msgYearsSince = "Năm %d (%d năm tính đến năm %d)."
	// A length worked out from the dates the article writes: the number
	// of days of a span of days ("3 ngày (20, 21 và 22/9)") and the
	// number of years of a span of years ("10 năm (2014-2024)"), with the
	// span as written.
	msgDaysOfSpan  = "%d ngày (%s)"
	msgYearsOfSpan = "%d năm (%s)"
	// The number of items of a list the article writes without their
	// number, the noun they are of and the items: "3 hội: Hội Cựu chiến
	// binh, Hội Nông dân, Hội LHPN tỉnh".
	msgListCount = "%d %s: %s"
	// The items of a list the reply writes itself: a comma between them
	// and "và" before the last ("Giết người và Cướp tài sản"), as the
	// article would.
	msgItemJoin = ", "
	msgLastJoin = " và "
	// When the article was posted: the hour and day, the day (with the
	// date line's own form beside it when only that line gives it), the
	// month ("8/2020") or the year its header gives.
	msgPostedAt      = "Lúc %s ngày %s."
	msgPostedDay     = "Ngày %s."
	msgPostedDayLine = "Ngày %s (%s)."
	msgPostedMonth   = "Tháng %s."
	msgPostedYear    = "Năm %d."
	// A clock time a body paragraph gives on the lead's day ("cùng
	// ngày"), with that day: "12h ngày 19/10".
	msgClockOnDay = "%s ngày %s"
	// Answers from a person's note: a year of birth, an age, and the age
	// worked out from the year of birth for a year.
	msgBorn    = "sinh năm %s"
	msgAge     = "%s tuổi"
	msgBornAge = "sinh năm %s (%d tuổi vào năm %d)"
	// msgYesPeople answers "có ai … không?" with the people who are.
	msgYesPeople = "Có: %s."
	// msgYesLead and msgNoLead open a yes/no answer, before the sentence
	// that decides it.
	msgYesLead = "Có: "
	msgNoLead  = "Không: "

	// Suggested questions, filled with an event noun, an award, a unit, a
	// name or an abbreviation of the article.
	suggestWhen      = "%s diễn ra khi nào?"
	suggestOrganiser = "%s do ai tổ chức?"
	suggestReceived  = "Ai được tặng %s?"
	suggestGave      = "Ai tặng %s?"
	suggestCount     = "Có bao nhiêu %s?"
	suggestTitle     = "%s giữ chức vụ gì?"
	suggestAbbrev    = "%s là gì?"
	suggestNamed     = "Các %s là gì?"
)
