package lexicon

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// rolePlace is a role named in a pattern: "{{range_to}}".
var rolePlace = regexp.MustCompile(`\{\{([a-z0-9_]+)\}\}`)

// Regexp compiles a regular expression whose words are roles: each
// "{{role}}" in pattern stands for a group matching any phrase of the role,
// "(?:rạng\s+sáng|sáng|…)", the words quoted and the spaces of a phrase
// matching any run of white space. Longer phrases come first, so the
// group takes "rạng sáng" whole rather than stopping at "rạng". Case is the
// pattern's to say ("(?i)"), as with any regular expression. A role
// without a file, and a "{{" left that names no role ("{{Range_to}}"), are
// errors.
func Regexp(pattern string) (*regexp.Regexp, error) {
	var err error
	expanded := rolePlace.ReplaceAllStringFunc(pattern, func(place string) string {
		role := rolePlace.FindStringSubmatch(place)[1]
		alt, e := alternation(role)
		if e != nil && err == nil {
			err = e
		}
		return alt
	})
	if err != nil {
		return nil, fmt.Errorf("lexicon: pattern %q: %w", pattern, err)
	}
	if strings.Contains(expanded, "{{") {
		return nil, fmt.Errorf("lexicon: pattern %q: a role placeholder that names no role (roles are lower case: {{range_to}})", pattern)
	}
	re, err := regexp.Compile(expanded)
	if err != nil {
		return nil, fmt.Errorf("lexicon: pattern %q: %w", pattern, err)
	}
	return re, nil
}

// MustRegexp is Regexp, panicking on an error: for patterns compiled at
// init.
func MustRegexp(pattern string) *regexp.Regexp {
	re, err := Regexp(pattern)
	if err != nil {
		panic(err)
	}
	return re
}

// alternation is the group of Regexp for one role.
func alternation(role string) (string, error) {
	ls, err := lines(role)
	if err != nil {
		return "", err
	}
	ps := make([]string, 0, len(ls))
	seen := map[string]bool{}
	for _, l := range ls {
		if seen[l] {
			continue
		}
		seen[l] = true
		ps = append(ps, l)
	}
	sort.SliceStable(ps, func(i, j int) bool { return len(ps[i]) > len(ps[j]) })
	for i, p := range ps {
		words := strings.Fields(p)
		for k, w := range words {
			words[k] = regexp.QuoteMeta(w)
		}
		ps[i] = strings.Join(words, `\s+`)
	}
	return "(?:" + strings.Join(ps, "|") + ")", nil
}
