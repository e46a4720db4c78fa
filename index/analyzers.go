package index

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	bleveanalysis "github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/hoidap/hoidap/analysis"
)

// Names under which this package registers its analysis components in
// bleve's global registry. They carry a "hoidap_" prefix so they never clash
// with bleve's own components.
const (
	tokenizerName     = "hoidap_vi"
	foldTokenizerName = "hoidap_vi_folded"
	lowerFilterName   = "hoidap_vi_lower"
	bigramFilterName  = "hoidap_vi_bigram_join"
	shortFilterName   = "hoidap_en_short"

	analyzerExact  = "hoidap_vi_exact"
	analyzerFold   = "hoidap_vi_fold"
	analyzerBigram = "hoidap_vi_bigram"
	analyzerEn     = "hoidap_en"
)

// bigramSep joins the two syllables of a bigram term: "bang_khen".
const bigramSep = "_"

func init() {
	must := func(err error) {
		if err != nil {
			panic("index: registering bleve analysis: " + err.Error())
		}
	}
	must(registry.RegisterTokenizer(tokenizerName,
		func(map[string]any, *registry.Cache) (bleveanalysis.Tokenizer, error) {
			return tokenizer{}, nil
		}))
	must(registry.RegisterTokenizer(foldTokenizerName,
		func(map[string]any, *registry.Cache) (bleveanalysis.Tokenizer, error) {
			return tokenizer{fold: true}, nil
		}))
	must(registry.RegisterTokenFilter(lowerFilterName,
		func(map[string]any, *registry.Cache) (bleveanalysis.TokenFilter, error) {
			return lowerFilter{}, nil
		}))
	must(registry.RegisterTokenFilter(bigramFilterName,
		func(map[string]any, *registry.Cache) (bleveanalysis.TokenFilter, error) {
			return bigramFilter{}, nil
		}))
	must(registry.RegisterTokenFilter(shortFilterName,
		func(map[string]any, *registry.Cache) (bleveanalysis.TokenFilter, error) {
			return shortFilter{}, nil
		}))

	must(registry.RegisterAnalyzer(analyzerExact,
		func(map[string]any, *registry.Cache) (bleveanalysis.Analyzer, error) {
			return &bleveanalysis.DefaultAnalyzer{
				Tokenizer:    tokenizer{},
				TokenFilters: []bleveanalysis.TokenFilter{lowerFilter{}},
			}, nil
		}))
	must(registry.RegisterAnalyzer(analyzerFold,
		func(map[string]any, *registry.Cache) (bleveanalysis.Analyzer, error) {
			return &bleveanalysis.DefaultAnalyzer{Tokenizer: tokenizer{fold: true}}, nil
		}))
	must(registry.RegisterAnalyzer(analyzerBigram,
		func(map[string]any, *registry.Cache) (bleveanalysis.Analyzer, error) {
			return &bleveanalysis.DefaultAnalyzer{
				Tokenizer:    tokenizer{fold: true},
				TokenFilters: []bleveanalysis.TokenFilter{bigramFilter{}},
			}, nil
		}))
	// English uses bleve's stop list rather than
	// analysis.IsEnglishStopword, which keeps question words (what, how,
	// many) for the answer engine, and analysis.Stem (kljensen/snowball),
	// the stemmer the answer engine matches with.
	must(registry.RegisterAnalyzer(analyzerEn,
		func(_ map[string]any, cache *registry.Cache) (bleveanalysis.Analyzer, error) {
			stop, err := cache.TokenFilterNamed(en.StopName)
			if err != nil {
				return nil, fmt.Errorf("index: English stop filter: %w", err)
			}
			return &bleveanalysis.DefaultAnalyzer{
				Tokenizer: tokenizer{},
				TokenFilters: []bleveanalysis.TokenFilter{
					lowerFilter{}, shortFilter{}, stop, stemFilter{},
				},
			}, nil
		}))
}

// tokenizer splits text into syllables, words and numbers with
// analysis.Tokens. Terms keep their case and diacritics, or, with fold, are
// the tokens' folded forms (lower case, no diacritics, đ made d), which
// analysis.Tokens computes anyway. Text must already be
// analysis.Canonical: New and Search make it so, once, rather than every
// analyzer again.
//
// Positions count tokens from 1, but skip one extra position wherever
// anything other than spaces or tabs (punctuation, a new line) separates two
// tokens. bigramFilter joins only tokens at consecutive positions, so no
// bigram spans a comma, a full stop, a quote or a paragraph break.
type tokenizer struct{ fold bool }

// Tokenize implements bleve's analysis.Tokenizer.
func (tk tokenizer) Tokenize(input []byte) bleveanalysis.TokenStream {
	text := string(input)
	toks := analysis.Tokens(text)
	out := make(bleveanalysis.TokenStream, 0, len(toks))
	pos, prevEnd := 0, -1
	for _, t := range toks {
		pos++
		if prevEnd >= 0 && !onlyBlanks(text[prevEnd:t.Start]) {
			pos++
		}
		prevEnd = t.End
		typ := bleveanalysis.AlphaNumeric
		if t.Number {
			typ = bleveanalysis.Numeric
		}
		term := t.Text
		if tk.fold {
			term = t.Folded
		}
		out = append(out, &bleveanalysis.Token{
			Term:     []byte(term),
			Start:    t.Start,
			End:      t.End,
			Position: pos,
			Type:     typ,
		})
	}
	return out
}

// onlyBlanks reports whether s holds nothing but spaces and tabs (a new line
// counts as a break).
func onlyBlanks(s string) bool {
	for _, r := range s {
		if r == '\n' || r == '\r' || !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// stemFilter stems English terms with analysis.Stem.
type stemFilter struct{}

// Filter implements bleve's analysis.TokenFilter.
func (stemFilter) Filter(in bleveanalysis.TokenStream) bleveanalysis.TokenStream {
	for _, t := range in {
		t.Term = []byte(analysis.Stem(string(t.Term)))
	}
	return in
}

// lowerFilter lower-cases terms, keeping diacritics.
type lowerFilter struct{}

// Filter implements bleve's analysis.TokenFilter.
func (lowerFilter) Filter(in bleveanalysis.TokenStream) bleveanalysis.TokenStream {
	for _, t := range in {
		t.Term = []byte(analysis.Lower(string(t.Term)))
	}
	return in
}

// bigramFilter replaces a stream by the bigrams of its tokens at consecutive
// positions, joined by "_": "bang khen 2.430" gives "bang_khen" and
// "khen_2.430". Numbers join bigrams like syllables do, so "năm 2019" and
// "55 mô hình" count as units too. A stream of one token gives no bigram.
type bigramFilter struct{}

// Filter implements bleve's analysis.TokenFilter.
func (bigramFilter) Filter(in bleveanalysis.TokenStream) bleveanalysis.TokenStream {
	if len(in) < 2 {
		return in[:0]
	}
	out := make(bleveanalysis.TokenStream, 0, len(in)-1)
	for i := 1; i < len(in); i++ {
		a, b := in[i-1], in[i]
		if b.Position != a.Position+1 {
			continue
		}
		term := make([]byte, 0, len(a.Term)+len(bigramSep)+len(b.Term))
		term = append(term, a.Term...)
		term = append(term, bigramSep...)
		term = append(term, b.Term...)
		out = append(out, &bleveanalysis.Token{
			Term:     term,
			Start:    a.Start,
			End:      b.End,
			Position: a.Position,
			Type:     bleveanalysis.Shingle,
		})
	}
	return out
}

// shortFilter drops one-letter tokens, such as the "s" of "award's" and the
// "t" of "don't" that the tokenizer splits off at the apostrophe. Numbers are
// kept.
type shortFilter struct{}

// Filter implements bleve's analysis.TokenFilter.
func (shortFilter) Filter(in bleveanalysis.TokenStream) bleveanalysis.TokenStream {
	out := in[:0]
	for _, t := range in {
		if t.Type != bleveanalysis.Numeric && utf8.RuneCount(t.Term) < 2 {
			continue
		}
		out = append(out, t)
	}
	return out
}
