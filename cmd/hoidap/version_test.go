package main

import (
	"runtime/debug"
	"testing"
)

func TestFormatVersion(t *testing.T) {
	settings := func(kv ...string) []debug.BuildSetting {
		var s []debug.BuildSetting
		for i := 0; i < len(kv); i += 2 {
			s = append(s, debug.BuildSetting{Key: kv[i], Value: kv[i+1]})
		}
		return s
	}
	const rev = "a52c644b0e3d9f3a8c8b6f6d2e0f4b1c2d3e4f50"
	tests := []struct {
		name string
		info *debug.BuildInfo
		want string
	}{
		{"no build info", nil, "hoidap (devel)\nrevision unknown\n"},
		{"no revision", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Path: "github.com/hoidap/hoidap", Version: "(devel)"},
			Settings: settings("-trimpath", "true", "CGO_ENABLED", "0")},
			"hoidap (devel)\nrevision unknown\nbuilt with go1.26.8\n"},
		{"clean checkout", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v1.2.0"},
			Settings: settings("vcs", "git", "vcs.revision", rev, "vcs.time", "2026-11-30T23:50:45Z", "vcs.modified", "false")},
			"hoidap v1.2.0\nrevision " + rev + ", committed 2026-11-30T23:50:45Z\nbuilt with go1.26.8\n"},
		{"modified", &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "v0.0.0-20261130235045-a52c644b0e3d+dirty"},
			Settings: settings("vcs.revision", rev, "vcs.modified", "true")},
			"hoidap v0.0.0-20261130235045-a52c644b0e3d+dirty\nrevision " + rev + " (modified)\nbuilt with go1.26.0\n"},
		{"empty module version", &debug.BuildInfo{Settings: settings("vcs.revision", rev)},
			"hoidap (devel)\nrevision " + rev + "\n"},
	}
	for _, tt := range tests {
		if got := formatVersion(tt.info); got != tt.want {
			t.Errorf("%s:\ngot  %q\nwant %q", tt.name, got, tt.want)
		}
	}
}
