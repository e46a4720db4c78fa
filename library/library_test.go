package library

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/answer"
	"github.com/hoidap/hoidap/corpus"
)

const (
	seedID    = "000_5733c26161288d00"
	kontumID  = "001_2bd7fa3da5dabe67"
	multiDir  = "../testdata/articles/multi"
	seedTitle = "Khen thưởng 33 tập thể"
)

// open returns a library over the articles in dir.
func open(t testing.TB, dir string, keep int) *Library {
	t.Helper()
	as, err := corpus.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	s, err := NewShelf(context.Background(), as)
	if err != nil {
		t.Fatal(err)
	}
	l := New(s, keep)
	t.Cleanup(func() {
		if err := l.Close(); err != nil {
			t.Error(err)
		}
	})
	return l
}

// has reports whether the folded answer holds the folded want.
func holds(a answer.Answer, want string) bool {
	return strings.Contains(analysis.Fold(a.Answer), analysis.Fold(want))
}

func TestAskPicksOneArticle(t *testing.T) {
	l := open(t, multiDir, 0)
	ctx := context.Background()
	prevSeed := &answer.Turn{Question: "ai được tặng Bằng khen?", Answer: answer.Answer{Article: seedID, Kind: answer.KindFact}}
	tests := []struct {
		name    string
		req     Request
		article string // "" for a choose answer
		want    string // in the answer
	}{
		{"names the Kon Tum games", Request{Question: "Hội thao các dân tộc thiểu số Kon Tum bế mạc ngày nào?"}, kontumID, "12/11"},
		{"names the seed's people", Request{Question: "Đại tá Nguyễn Thế Chi giữ chức vụ gì?"}, seedID, "phó cục trưởng"},
		{"generic asks which", Request{Question: "Buổi lễ diễn ra ở đâu?"}, "", ""},
		{"picked article", Request{Question: "Buổi lễ diễn ra ở đâu?", Article: kontumID}, kontumID, "nhà văn hóa"},
		{"chat's current article", Request{Question: "Buổi lễ diễn ra ở đâu?", Current: kontumID}, kontumID, "nhà văn hóa"},
		{"follow-up stays in its article", Request{Question: "còn Giấy khen thì sao?", Prev: prevSeed, Current: kontumID}, seedID, "giấy khen"},
		{"a named article beats the current one", Request{Question: "Hội thao các dân tộc thiểu số Kon Tum bế mạc ngày nào?", Current: seedID}, kontumID, "12/11"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := l.Ask(ctx, tt.req)
			if tt.article == "" {
				if a.Kind != answer.KindChoose || len(a.Choices) == 0 || len(a.Choices) > MaxChoices {
					t.Fatalf("got %s %q with %d choices, want a choose answer", a.Kind, a.Answer, len(a.Choices))
				}
				if !strings.HasPrefix(a.Reply, ChooseQuestion) || !strings.Contains(a.Reply, a.Choices[0].Title) {
					t.Errorf("reply %q does not ask and list the choices", a.Reply)
				}
				return
			}
			if a.Article != tt.article {
				t.Fatalf("answered %q (%s) from %q, want %q", a.Answer, a.Kind, a.Article, tt.article)
			}
			if !holds(a, tt.want) {
				t.Errorf("answer %q does not hold %q", a.Answer, tt.want)
			}
			for _, s := range a.Sources {
				if s.Article != tt.article {
					t.Errorf("source %q is of article %q", s.Text, s.Article)
				}
			}
		})
	}
}

func TestAskOneArticleNeverChooses(t *testing.T) {
	as, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	l, err := Open(context.Background(), as)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	for _, q := range []string{"Buổi lễ diễn ra ở đâu?", "ai dc tang giay khen", "xyz"} {
		if a := l.Ask(context.Background(), Request{Question: q}); a.Kind == answer.KindChoose {
			t.Errorf("%q: a choose answer with one article", q)
		}
	}
}

func TestAskUnknownArticle(t *testing.T) {
	l := open(t, multiDir, 0)
	a := l.Ask(context.Background(), Request{Question: "ai được tặng Bằng khen?", Article: "nope"})
	if a.Kind != answer.KindNone || a.Article != "" || a.Answer == "" {
		t.Errorf("got %s %q from %q, want a none answer", a.Kind, a.Answer, a.Article)
	}
	if err := l.Use(context.Background(), "nope", func(*answer.Engine) {}); !errors.Is(err, ErrNoArticle) {
		t.Errorf("Use of an unknown article: %v, want ErrNoArticle", err)
	}
}

func TestArticlesNewestFirst(t *testing.T) {
	l := open(t, multiDir, 0)
	as := l.Articles()
	if len(as) != 2 || as[0].ID != kontumID || as[1].ID != seedID {
		t.Fatalf("Articles() = %v, want Kon Tum (11/2024) before the seed (9/2024)", as)
	}
	if m, ok := l.Meta(seedID); !ok || !strings.Contains(m.Title, seedTitle) || m.Date.String() != "19/9/2024" {
		t.Errorf("Meta(seed) = %+v, %v", m, ok)
	}
}

func TestArticleViews(t *testing.T) {
	l := open(t, multiDir, 0)
	ctx := context.Background()
	if s, ok := l.Summary(ctx, kontumID); !ok || s.Article == nil || s.Article.ID != kontumID {
		t.Errorf("Summary(kontum) = %+v, %v", s, ok)
	}
	if _, ok := l.Summary(ctx, "nope"); ok {
		t.Error("Summary of an unknown article is ok")
	}
	if got := l.Suggestions(ctx, seedID, 3); len(got) != 3 {
		t.Errorf("Suggestions(seed, 3) = %q", got)
	}
	if p, ok := l.Passage(ctx, kontumID+"/title1"); !ok || !strings.Contains(p.Text, "Kon Tum") {
		t.Errorf("Passage(kontum title) = %+v, %v", p, ok)
	}
	if _, ok := l.Passage(ctx, seedID+"/nope"); ok {
		t.Error("Passage of an unknown passage is ok")
	}
}

// TestEnginesEvicted asks about two articles by turns, from many
// goroutines, with room for one engine: every answer comes from its own
// article, and evicted engines are closed without harm to those in use.
func TestEnginesEvicted(t *testing.T) {
	l := open(t, multiDir, 1)
	ctx := context.Background()
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			id, want := seedID, "33"
			if i%2 == 1 {
				id, want = kontumID, "12/11"
			}
			q := map[string]string{seedID: "Có bao nhiêu tập thể, cá nhân được khen thưởng?", kontumID: "Lễ bế mạc diễn ra vào ngày nào?"}[id]
			for range 3 {
				a := l.Ask(ctx, Request{Question: q, Article: id})
				if a.Article != id || !holds(a, want) {
					t.Errorf("%s: %q from %q, want %q", q, a.Answer, a.Article, want)
				}
			}
		}()
	}
	wg.Wait()
	l.mu.Lock()
	n := l.recent.Len()
	l.mu.Unlock()
	if n != 1 {
		t.Errorf("%d engines kept, want 1", n)
	}
}

func TestUseCancelled(t *testing.T) {
	l := open(t, multiDir, 0)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := l.Use(ctx, seedID, func(*answer.Engine) {}); !errors.Is(err, context.Canceled) {
		t.Errorf("Use with a cancelled context: %v", err)
	}
	// A failed build is not kept: the next question builds it again.
	if err := l.Use(context.Background(), seedID, func(*answer.Engine) {}); err != nil {
		t.Errorf("Use after a cancelled build: %v", err)
	}
}

// TestMetaHash checks that an in-memory library lists each article with
// the hash of its file.
func TestMetaHash(t *testing.T) {
	l := open(t, multiDir, 0)
	for _, id := range []string{seedID, kontumID} {
		b, err := os.ReadFile(filepath.Join(multiDir, id+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		if m, ok := l.Meta(id); !ok || m.Hash != corpus.Hash(b) {
			t.Errorf("Meta(%q) = %+v, %v; want Hash %s", id, m, ok, corpus.Hash(b))
		}
	}
}

// emptyShelf is a shelf whose articles were all removed.
type emptyShelf struct{ Shelf }

func (emptyShelf) Articles() []Meta { return nil }

func TestAskNoArticles(t *testing.T) {
	full := open(t, multiDir, 0)
	l := New(emptyShelf{full.shelf}, 0)
	a := l.Ask(context.Background(), Request{Question: "Buổi lễ diễn ra ở đâu?"})
	if a.Kind != answer.KindNone || a.Answer != NoArticles {
		t.Errorf("with no articles: %s %q, want a none answer", a.Kind, a.Answer)
	}
}
