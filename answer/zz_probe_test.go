package answer

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"
)

func TestZZProbe(t *testing.T) {
	e := seedEngine(t)
	ctx := context.Background()
	for _, q := range []string{"ai được tặng Bằng khen?", "ai dc tang giay khen", "bawngf khen", "ai tang bang khen", "ai tặng Bằng khen và bao nhiêu mô hình?", "giá vàng hôm nay", "Bộ trưởng Bộ Công an là ai?", "HĐND là gì?", "Ai là Giám đốc Công an tỉnh?", "hoà", "uỷ ban", "ai được tặng bằng khen của chủ tịch ubnd tỉnh quảng nam hoà", "Chủ tịch Ủy ban nhân dân tỉnh là ai?", "Chủ tịch Uỷ ban nhân dân tỉnh là ai?", "bao nhiêu thông tin có giá trị?", "hội nghị diễn ra ở đâu?", "mô hình nổi bật nào?", "\x01\x02", "😀😀", "a\xffb"} {
		a := e.Ask(ctx, q, nil)
		b, _ := json.Marshal(a)
		fmt.Printf("%s\n%s\n\n", q, b)
	}
	a := e.Ask(ctx, "ai được tặng Bằng khen?", nil)
	b := e.Ask(ctx, "còn Giấy khen thì sao?", &Turn{"ai được tặng Bằng khen?", a})
	fmt.Println(b.Answer)
	a = e.Ask(ctx, "Ai là Giám đốc Công an tỉnh?", nil)
	b = e.Ask(ctx, "ông ấy giữ chức vụ gì?", &Turn{"Ai là Giám đốc Công an tỉnh?", a})
	fmt.Println(a.Answer, "|", b.Answer)
	fmt.Printf("%q\n", e.Suggestions(-1))
	fmt.Printf("%+v\n", e.Summary(0))
}
