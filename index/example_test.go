package index_test

import (
	"context"
	"fmt"
	"log"

	"github.com/hoidap/hoidap/index"
)

func ExampleIndex_Search() {
	ctx := context.Background()
	ix, err := index.New(ctx, []index.Doc{
		{ID: "a/p1", Article: "a", Language: "vi", Text: "Công an tỉnh tặng bằng khen cho 33 tập thể, cá nhân."},
		{ID: "a/p2", Article: "a", Language: "vi", Text: "Nông dân thu hoạch lúa hè thu."},
	})
	if err != nil {
		log.Fatal(err)
	}
	defer ix.Close()

	// Words typed without diacritics still match; "trao" finds "tặng".
	hits, err := ix.Search(ctx, index.Query{Words: []string{"trao", "bang", "khen"}})
	if err != nil {
		log.Fatal(err)
	}
	for _, h := range hits {
		fmt.Println(h.ID)
	}
	// Output:
	// a/p1
}
