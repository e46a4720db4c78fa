package eval

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestReadCases(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    []Case
		wantErr string // substring of the error; "" for none
	}{
		{
			name: "fields",
			in: `{"q": "ai được tặng Bằng khen?", "tag": "award", "must": [["3 tap the"], ["6 ca nhan", "6"]]}
{"q": "Giá vàng?", "tag": "none", "none": true}
{"q": "ở đâu?", "tag": "where", "must": [["quang nam"]], "or_none": true}
`,
			want: []Case{
				{Q: "ai được tặng Bằng khen?", Tag: "award", Must: [][]string{{"3 tap the"}, {"6 ca nhan", "6"}}},
				{Q: "Giá vàng?", Tag: "none", None: true},
				{Q: "ở đâu?", Tag: "where", Must: [][]string{{"quang nam"}}, OrNone: true},
			},
		},
		{
			name: "blank lines, CRLF, BOM, no final newline, extra fields",
			in:   "\ufeff\r\n{\"q\": \"a\", \"tag\": \"t\", \"must\": [[\"x\"]], \"note\": 1}\r\n\n   \n{\"q\": \"b\", \"none\": true}",
			want: []Case{
				{Q: "a", Tag: "t", Must: [][]string{{"x"}}},
				{Q: "b", None: true},
			},
		},
		{name: "empty input", in: "", want: nil},
		{name: "only blank lines", in: "\n\n \n", want: nil},
		{name: "bad JSON names line", in: "{\"q\": \"a\", \"none\": true}\n\n{\"q\": \n", wantErr: "line 3"},
		{name: "not an object", in: "[1]\n", wantErr: "line 1: not a JSON object"},
		{name: "null", in: "null\n", wantErr: "line 1: not a JSON object"},
		{name: "trailing data", in: `{"q": "a", "none": true} {}`, wantErr: "line 1"},
		{name: "wrong type", in: `{"q": "a", "must": ["x"]}`, wantErr: "line 1"},
		{name: "nothing expected", in: `{"q": "a", "tag": "t"}`, wantErr: "line 1: case has neither"},
		{name: "empty group", in: `{"q": "a", "must": [["x"], []]}`, wantErr: "line 1: must group 2 is empty"},
		{name: "empty string", in: `{"q": "a", "must": [[" "]]}`, wantErr: "line 1: must group 1 has an empty string"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadCases(strings.NewReader(tt.in))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("ReadCases error = %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("ReadCases: %v", err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("ReadCases = %#v, want %#v", got, tt.want)
			}
		})
	}
}

func TestReadCasesFile(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.jsonl")
	bad := filepath.Join(dir, "bad.jsonl")
	if err := os.WriteFile(good, []byte(`{"q": "a", "none": true}`+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte("{\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		path    string
		n       int
		wantErr string
	}{
		{"good", good, 1, ""},
		{"bad names file and line", bad, 0, "bad.jsonl: reading cases: line 1"},
		{"missing", filepath.Join(dir, "missing.jsonl"), 0, "missing.jsonl"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cases, err := ReadCasesFile(tt.path)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("ReadCasesFile error = %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || len(cases) != tt.n {
				t.Fatalf("ReadCasesFile = %d cases, %v; want %d cases", len(cases), err, tt.n)
			}
		})
	}
}
