package main

import (
	"bytes"
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestHealthURL(t *testing.T) {
	tests := []struct {
		addr, want, err string
	}{
		{":8080", "http://127.0.0.1:8080/healthz", ""},
		{"0.0.0.0:9000", "http://127.0.0.1:9000/healthz", ""},
		{"[::]:8080", "http://[::1]:8080/healthz", ""},
		{"127.0.0.1:8081", "http://127.0.0.1:8081/healthz", ""},
		{"[::1]:8080", "http://[::1]:8080/healthz", ""},
		{"bot.internal:8080", "http://bot.internal:8080/healthz", ""},
		{"8080", "", "missing port"},
		{"localhost:", "", "no port"},
	}
	for _, tt := range tests {
		got, err := healthURL(tt.addr)
		switch {
		case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
			t.Errorf("healthURL(%q): error %v, want one with %q", tt.addr, err, tt.err)
		case tt.err == "" && (err != nil || got != tt.want):
			t.Errorf("healthURL(%q) = %q, %v; want %q", tt.addr, got, err, tt.want)
		}
	}
}

// TestHealthcheck runs hoidap healthcheck against servers answering
// /healthz in every way, and against none.
func TestHealthcheck(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/healthz", "/ok/healthz":
			w.Write([]byte("ok\n"))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	up := strings.TrimPrefix(srv.URL, "http://")
	_, port, _ := net.SplitHostPort(up)

	stale := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "no successful getUpdates for 2m0s (limit 1m0s)", http.StatusServiceUnavailable)
	}))
	defer stale.Close()
	hang := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	}))
	defer hang.Close()
	redirect := httptest.NewServer(http.RedirectHandler(srv.URL+"/ok/healthz", http.StatusFound))
	defer redirect.Close()
	down := freePort(t)

	tests := []struct {
		name   string
		env    string // LISTEN_ADDR
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{"healthy", up, nil, exitOK, "/healthz: ok", ""},
		{"empty host", ":" + port, nil, exitOK, "http://127.0.0.1:" + port + "/healthz: ok", ""},
		{"flag beats the environment", "127.0.0.1:1", []string{"--listen", up}, exitOK, "ok", ""},
		{"503", strings.TrimPrefix(stale.URL, "http://"), nil, exitRuntime, "", "503 Service Unavailable: no successful getUpdates"},
		{"no answer in time", strings.TrimPrefix(hang.URL, "http://"), []string{"--timeout", "100ms"}, exitRuntime, "", "no answer within 100ms"},
		{"redirect not followed", strings.TrimPrefix(redirect.URL, "http://"), nil, exitRuntime, "", "302 Found"},
		{"nothing listens", "127.0.0.1:" + strconv.Itoa(down), nil, exitRuntime, "", "connection refused"},
		{"bad address", "nowhere", nil, exitRuntime, "", `listen address "nowhere"`},
		{"bad timeout", up, []string{"--timeout", "0s"}, exitUsage, "", "--timeout must be positive"},
		{"argument", up, []string{"now"}, exitUsage, "", `unexpected argument "now"`},
		{"help", up, []string{"-h"}, exitOK, "Usage: hoidap healthcheck", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("LISTEN_ADDR", tt.env)
			var out, errb bytes.Buffer
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			start := time.Now()
			code := runHealthcheck(ctx, tt.args, stdio{in: strings.NewReader(""), out: &out, err: &errb})
			if code != tt.code {
				t.Errorf("exit %d, want %d; stdout %q, stderr %q", code, tt.code, out.String(), errb.String())
			}
			if !strings.Contains(out.String(), tt.stdout) {
				t.Errorf("stdout %q lacks %q", out.String(), tt.stdout)
			}
			if !strings.Contains(errb.String(), tt.stderr) {
				t.Errorf("stderr %q lacks %q", errb.String(), tt.stderr)
			}
			if tt.code == exitRuntime && strings.Count(errb.String(), "\n") != 1 {
				t.Errorf("stderr is not one line: %q", errb.String())
			}
			if d := time.Since(start); d > healthTimeout {
				t.Errorf("took %v", d)
			}
		})
	}
}
