package analysis

import "strings"

// synonymGroups lists, folded, phrases that Vietnamese news reports and the
// questions about them use for one meaning. Groups are kept tight: a phrase
// belongs in a group only when it can replace every other member, and a
// single syllable only when its folded form is not also a common unrelated
// word: "lễ" (le: Lê), "giải" (giai: giai đoạn), "nói" (noi: nơi, nội) and
// "báo" (bao: bảo) are left out.
var synonymGroups = [][]string{
	{"trao", "tang", "trao tang", "trao cho", "tang cho"},
	{"bieu duong", "tuyen duong", "khen thuong", "vinh danh", "khen"},
	{"hoi nghi", "buoi le", "su kien", "chuong trinh"},
	{"thong tin", "tin bao", "nguon tin"},
	{"dien ra", "to chuc", "duoc to chuc", "khai mac"},
	{"tham du", "du", "co mat"},
	{"phat bieu", "chia se", "cho biet"},
	{"giai thuong", "phan thuong"},
	{"tong ket", "so ket", "danh gia"},
	{"cung cap", "bao tin", "trinh bao"},
	{"bao nhieu", "may", "so luong"},
	{"ai", "nguoi nao"},
	{"o dau", "tai dau", "noi nao"},
	{"khi nao", "bao gio", "luc nao", "ngay nao", "hom nao"},
	{"vi sao", "tai sao", "ly do"},
	{"nhu the nao", "the nao", "ra sao"},
	{"thi dau", "tranh tai", "so tai"},
	{"vo dich", "giai nhat"},
	{"hoat dong", "chuong trinh"},
	{"thanh tich", "ket qua"},
	{"ra doi", "thanh lap", "duoc thanh lap"},
	{"dua", "chuyen"},
	{"chi huy", "chi dao"},
	{"chet", "tu vong", "thiet mang"},
	{"nhan vien", "can bo"},
	{"thu ba", "hang ba", "dung thu ba", "xep thu ba"},
	{"thu nhi", "hang nhi", "dung thu nhi", "xep thu nhi", "a quan"},
	{"tham gia", "thu hut"},
	{"dan toc", "dong bao"},
	{"tre em", "tre con", "tre nho", "thieu nhi"},
	{"tieu bieu", "noi bat", "dien hinh"},
	{"may moc", "thiet bi", "trang thiet bi"},
	{"trung binh", "binh quan"},
}

// MaxSynonymWords is the length, in syllables, of the longest phrase
// Synonyms knows, so callers know how many words to try at once.
const MaxSynonymWords = 3

// synonymIndex maps each phrase to the groups it belongs to.
var synonymIndex = func() map[string][]int {
	m := make(map[string][]int)
	for g, group := range synonymGroups {
		for _, p := range group {
			m[p] = append(m[p], g)
		}
	}
	return m
}()

// Synonyms returns the other phrases of the groups phrase belongs to, folded
// ("bieu duong" gives "tuyen duong", "khen thuong", ...), or nil when it has
// none. phrase is folded, its syllables separated by single spaces; it is
// folded again and its spacing squeezed, so "Biểu  dương" works too.
func Synonyms(phrase string) []string {
	phrase = strings.Join(strings.Fields(Fold(phrase)), " ")
	groups := synonymIndex[phrase]
	if len(groups) == 0 {
		return nil
	}
	var out []string
	seen := map[string]bool{phrase: true}
	for _, g := range groups {
		for _, p := range synonymGroups[g] {
			if !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	return out
}
