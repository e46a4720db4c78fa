package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"
)

func TestServeAndAnnounceUsage(t *testing.T) {
	tests := []struct {
		name    string
		run     func(context.Context, []string, stdio) int
		args    []string
		env     map[string]string
		code    int
		stdout  string // in stdout
		stderr  []string
		oneLine bool // stderr is one line
	}{
		{"serve -h", runServe, []string{"-h"}, nil, exitOK, "Usage: hoidap serve", nil, false},
		{"serve --help", runServe, []string{"--help"}, nil, exitOK, "TELEGRAM_BOT_TOKEN", nil, false},
		{"announce -h", runAnnounce, []string{"-h"}, nil, exitOK, "Usage: hoidap announce --chat ID", nil, false},
		{"serve without a token", runServe, nil, nil, exitRuntime, "", []string{"TELEGRAM_BOT_TOKEN", ".env.example"}, true},
		{"announce without a token", runAnnounce, []string{"--chat", "-100"}, nil, exitRuntime, "", []string{"TELEGRAM_BOT_TOKEN", ".env.example"}, true},
		{"announce without --chat", runAnnounce, nil, map[string]string{"TELEGRAM_BOT_TOKEN": "1:A"}, exitUsage, "", []string{"--chat is required"}, false},
		{"serve with an argument", runServe, []string{"now"}, map[string]string{"TELEGRAM_BOT_TOKEN": "1:A"}, exitUsage, "", []string{`unexpected argument "now"`}, false},
		{"bad flag", runServe, []string{"--nope"}, nil, exitUsage, "", []string{"-nope"}, false},
		{"bad log level", runServe, []string{"--log-level", "loud"}, map[string]string{"TELEGRAM_BOT_TOKEN": "1:A"}, exitUsage, "", []string{`"loud"`}, false},
		{"bad pacing", runServe, nil, map[string]string{"TELEGRAM_BOT_TOKEN": "1:A", "PACE_CHAT_PER_SEC": "x"}, exitRuntime, "", []string{"PACE_CHAT_PER_SEC"}, true},
		{"store cannot be opened", runServe, nil, map[string]string{"TELEGRAM_BOT_TOKEN": "1:A", "STORE_URL": "nosuch://x"}, exitRuntime, "", []string{"cannot open the store", "nosuch"}, false},
		{"bad retention", runServe, nil, map[string]string{"TELEGRAM_BOT_TOKEN": "1:A", "STORE_RETENTION": "soon"}, exitRuntime, "", []string{"STORE_RETENTION"}, true},
		{"bad corpus scan", runServe, nil, map[string]string{"TELEGRAM_BOT_TOKEN": "1:A", "CORPUS_SCAN": "often"}, exitRuntime, "", []string{"CORPUS_SCAN"}, true},
		{"announce an unknown article", runAnnounce, []string{"--chat", "-100", "--article", "nope", "--api-url", "http://127.0.0.1:1"}, map[string]string{"TELEGRAM_BOT_TOKEN": "1:A"}, exitRuntime, "", []string{`"nope"`, "hoidap articles"}, false},
		{"bad corpus", runServe, []string{"--corpus", "/nonexistent/hoidap"}, map[string]string{"TELEGRAM_BOT_TOKEN": "1:A"}, exitRuntime, "", []string{"/nonexistent/hoidap"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, k := range []string{"TELEGRAM_BOT_TOKEN", "TELEGRAM_API_URL", "LOG_LEVEL", "CORPUS_DIR", "PACE_CHAT_PER_SEC", "LISTEN_ADDR", "DATA_DIR", "STORE_URL", "STORE_RETENTION", "CORPUS_SCAN"} {
				t.Setenv(k, tt.env[k])
			}
			var out, errb bytes.Buffer
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			start := time.Now()
			code := tt.run(ctx, tt.args, stdio{in: strings.NewReader(""), out: &out, err: &errb})
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr %q", code, tt.code, errb.String())
			}
			if !strings.Contains(out.String(), tt.stdout) {
				t.Errorf("stdout %q lacks %q", out.String(), tt.stdout)
			}
			for _, w := range tt.stderr {
				if !strings.Contains(errb.String(), w) {
					t.Errorf("stderr %q lacks %q", errb.String(), w)
				}
			}
			if tt.oneLine && strings.Count(errb.String(), "\n") != 1 {
				t.Errorf("stderr is not one line: %q", errb.String())
			}
			if time.Since(start) > 5*time.Second {
				t.Errorf("took %v", time.Since(start))
			}
		})
	}
}
