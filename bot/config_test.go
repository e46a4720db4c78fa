package bot

import (
	"errors"
	"math"
	"reflect"
	"testing"
)

func TestConfigFromEnv(t *testing.T) {
	tests := []struct {
		name    string
		env     map[string]string
		want    Config
		wantErr string
	}{
		{"no token", map[string]string{"ADMIN_IDS": "1"}, Config{}, ErrNoToken.Error()},
		{"blank token", map[string]string{"TELEGRAM_BOT_TOKEN": "  "}, Config{}, ErrNoToken.Error()},
		{"token only", map[string]string{"TELEGRAM_BOT_TOKEN": "1:A"}, Config{Token: "1:A"}, ""},
		{"everything", map[string]string{
			"TELEGRAM_BOT_TOKEN": "1:A", "TELEGRAM_API_URL": "http://127.0.0.1:9000",
			"ADMIN_IDS": " 10, 20 ,,30", "PACE_CHAT_PER_SEC": "2", "PACE_GROUP_PER_MIN": "40",
			"PACE_GLOBAL_PER_SEC": "25.5", "FLOOD_PER_MIN": "5", "WEBHOOK_URL": "https://x.org/hook",
			"WEBHOOK_SECRET": "s", "LISTEN_ADDR": ":9090",
		}, Config{Token: "1:A", APIURL: "http://127.0.0.1:9000", AdminIDs: []int64{10, 20, 30},
			ChatPerSec: 2, GroupPerMin: 40, GlobalPerSec: 25.5, FloodPerMin: 5,
			WebhookURL: "https://x.org/hook", WebhookSecret: "s", ListenAddr: ":9090"}, ""},
		{"flood off", map[string]string{"TELEGRAM_BOT_TOKEN": "1:A", "FLOOD_PER_MIN": "0"}, Config{Token: "1:A", FloodPerMin: -1}, ""},
		{"bad admin", map[string]string{"TELEGRAM_BOT_TOKEN": "1:A", "ADMIN_IDS": "10,abc"}, Config{}, `ADMIN_IDS: "abc" is not a user id`},
		{"bad pace", map[string]string{"TELEGRAM_BOT_TOKEN": "1:A", "PACE_CHAT_PER_SEC": "-1"}, Config{}, `PACE_CHAT_PER_SEC: "-1" is not a positive number`},
		{"bad flood", map[string]string{"TELEGRAM_BOT_TOKEN": "1:A", "FLOOD_PER_MIN": "many"}, Config{}, `FLOOD_PER_MIN: "many" is not a whole number`},
		{"bad API URL", map[string]string{"TELEGRAM_BOT_TOKEN": "1:A", "TELEGRAM_API_URL": "127.0.0.1:9000"}, Config{}, `TELEGRAM_API_URL: "127.0.0.1:9000" is not an http(s) URL`},
		{"bad secret", map[string]string{"TELEGRAM_BOT_TOKEN": "1:A", "WEBHOOK_SECRET": "a b"}, Config{}, "WEBHOOK_SECRET: use 1 to 256 characters of A-Z, a-z, 0-9, _ and -"},
		{"bad webhook", map[string]string{"TELEGRAM_BOT_TOKEN": "1:A", "WEBHOOK_URL": "/hook"}, Config{}, `WEBHOOK_URL: "/hook" is not an http(s) URL`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ConfigFromEnv(func(k string) string { return tt.env[k] })
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("error %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v\nwant %+v", got, tt.want)
			}
		})
	}
	if _, err := ConfigFromEnv(func(string) string { return "" }); !errors.Is(err, ErrNoToken) {
		t.Errorf("no token: %v, want ErrNoToken", err)
	}
}

func TestConfigDefaults(t *testing.T) {
	c := Config{Token: "1:A", WebhookURL: "https://x.org/"}.withDefaults()
	if c.APIURL != DefaultAPIURL || c.ChatPerSec != 1 || c.GroupPerMin != 20 || c.GlobalPerSec != 30 ||
		c.FloodPerMin != 20 || c.ListenAddr != ":8080" || c.Clock == nil || c.Logger == nil || c.HTTPClient == nil {
		t.Errorf("defaults %+v", c)
	}
	if c := (Config{Token: "1:A", APIURL: "http://h:1/"}).withDefaults(); c.APIURL != "http://h:1" || c.ListenAddr != "" {
		t.Errorf("APIURL %q, ListenAddr %q", c.APIURL, c.ListenAddr)
	}
	if c := (Config{Token: "1:A", ChatPerSec: math.Inf(1)}).withDefaults(); !math.IsInf(c.ChatPerSec, 1) {
		t.Errorf("ChatPerSec %v", c.ChatPerSec)
	}
	if _, err := New(newFakeEngine(), Config{}); !errors.Is(err, ErrNoToken) {
		t.Errorf("New without a token: %v", err)
	}
	if _, err := New(nil, Config{Token: "1:A"}); err == nil {
		t.Error("New with a nil engine succeeded")
	}
}
