package eval

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"
)

// untagged is the tag shown for cases without one.
const untagged = "(untagged)"

// Outcome is one scored case.
type Outcome struct {
	Case   Case
	Result Result
	// Strict and Lenient are the verdicts of [Score].
	Strict, Lenient bool
	// Wrong is the verdict of [Wrong]: the engine answered, mistakenly.
	Wrong bool
}

// Report holds the outcomes of a run, in the order of its cases.
type Report struct {
	Outcomes []Outcome
}

// Run asks every case's question, one at a time and in order, and scores the
// answers.
func Run(cases []Case, ask func(q string) Result) Report {
	r := Report{Outcomes: make([]Outcome, 0, len(cases))}
	for _, c := range cases {
		res := ask(c.Q)
		strict, lenient := Score(c, res)
		r.Outcomes = append(r.Outcomes, Outcome{
			Case: c, Result: res,
			Strict: strict, Lenient: lenient, Wrong: Wrong(c, res),
		})
	}
	return r
}

// Counts returns how many cases passed strictly, how many leniently, how
// many were answered wrongly, and how many there are.
func (r Report) Counts() (strict, lenient, wrong, total int) {
	for _, o := range r.Outcomes {
		if o.Strict {
			strict++
		}
		if o.Lenient {
			lenient++
		}
		if o.Wrong {
			wrong++
		}
	}
	return strict, lenient, wrong, len(r.Outcomes)
}

// Strict returns the unrounded percentage, from 0 to 100, of cases passed
// strictly; 0 for a report without cases.
func (r Report) Strict() float64 {
	s, _, _, n := r.Counts()
	return percent(s, n)
}

// Lenient returns the unrounded percentage, from 0 to 100, of cases passed
// leniently; 0 for a report without cases.
func (r Report) Lenient() float64 {
	_, l, _, n := r.Counts()
	return percent(l, n)
}

// Wrong returns the unrounded percentage, from 0 to 100, of cases answered
// wrongly (see [Wrong]); 0 for a report without cases.
func (r Report) Wrong() float64 {
	_, _, w, n := r.Counts()
	return percent(w, n)
}

func percent(n, m int) float64 {
	if m == 0 {
		return 0
	}
	return 100 * float64(n) / float64(m)
}

// roundedPercent returns 100*n/m rounded half up, in exact integer arithmetic;
// 0 when m is 0.
func roundedPercent(n, m int) int {
	if m == 0 {
		return 0
	}
	return (200*n + m) / (2 * m)
}

// ratio formats "N/M (P%)".
func ratio(n, m int) string {
	return fmt.Sprintf("%d/%d (%d%%)", n, m, roundedPercent(n, m))
}

// Write prints the report as `hoidap eval` does: each strict failure (the
// question, its tag, what was expected and the answer given), headed "WRONG"
// for a wrong answer and "FAIL" for any other (a refusal, or a question
// about which article), then a strict line per tag, "TAG N/M (P%)", sorted
// by tag, and last "strict N/M (P%) lenient N/M (P%) wrong N/M (P%)",
// percentages rounded half up.
func (r Report) Write(w io.Writer) error {
	bw := bufio.NewWriter(w)
	for _, o := range r.Outcomes {
		if !o.Strict {
			writeFailure(bw, o)
		}
	}

	type tally struct{ pass, total int }
	tags := map[string]*tally{}
	for _, o := range r.Outcomes {
		tag := o.Case.Tag
		if tag == "" {
			tag = untagged
		}
		t := tags[tag]
		if t == nil {
			t = &tally{}
			tags[tag] = t
		}
		t.total++
		if o.Strict {
			t.pass++
		}
	}
	names := make([]string, 0, len(tags))
	for tag := range tags {
		names = append(names, tag)
	}
	sort.Strings(names)
	for _, tag := range names {
		fmt.Fprintf(bw, "%s %s\n", tag, ratio(tags[tag].pass, tags[tag].total))
	}

	s, l, wr, n := r.Counts()
	fmt.Fprintf(bw, "strict %s lenient %s wrong %s\n", ratio(s, n), ratio(l, n), ratio(wr, n))
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing eval report: %w", err)
	}
	return nil
}

// writeFailure prints one failed case: "WRONG" for a wrong answer, "FAIL"
// otherwise, the question and tag, what was expected, what was answered, and
// why it failed.
func writeFailure(w io.Writer, o Outcome) {
	c, res := o.Case, o.Result
	tag := c.Tag
	if tag == "" {
		tag = untagged
	}
	head := "FAIL"
	if o.Wrong {
		head = "WRONG"
	}
	fmt.Fprintf(w, "%s [%s] %q\n", head, tag, c.Q)
	fmt.Fprintf(w, "  want: %s\n", expected(c))
	fmt.Fprintf(w, "  got:  %s %q\n", kindLabel(res.Kind), res.Answer)
	switch {
	case res.Kind == KindChoose:
		fmt.Fprintln(w, "  asked which article: neither right nor wrong")
		return
	case c.None || res.Kind == KindNone:
		return
	}
	if n := utf8.RuneCountInString(res.Answer); n > MaxAnswer {
		fmt.Fprintf(w, "  answer too long: %d characters (at most %d)\n", n, MaxAnswer)
	}
	if missing := Missing(c, res.Answer); len(missing) > 0 {
		fmt.Fprintf(w, "  missing: %s\n", groups(missing))
	}
}

// expected describes what a case accepts.
func expected(c Case) string {
	if c.None {
		return "kind none (not in the article)"
	}
	s := groups(c.Must)
	if c.OrNone {
		s += ", or kind none"
	}
	return s
}

// groups formats must groups as `"a" | "b" and "c"`.
func groups(gs [][]string) string {
	parts := make([]string, len(gs))
	for i, g := range gs {
		alts := make([]string, len(g))
		for j, s := range g {
			alts[j] = fmt.Sprintf("%q", s)
		}
		parts[i] = strings.Join(alts, " | ")
		if len(g) > 1 && len(gs) > 1 {
			parts[i] = "(" + parts[i] + ")"
		}
	}
	return strings.Join(parts, " and ")
}

func kindLabel(kind string) string {
	if kind == "" {
		return "(no kind)"
	}
	return kind
}
