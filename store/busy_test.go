package store

import (
	"errors"
	"fmt"
	"testing"
)

// codedErr stands for a driver error that carries a SQLite result code.
type codedErr int

func (e codedErr) Error() string { return fmt.Sprintf("sqlite code %d", int(e)) }
func (e codedErr) Code() int     { return int(e) }

func TestIsBusy(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want bool
	}{
		{"busy", codedErr(5), true},
		{"busy wrapped", fmt.Errorf("connecting: %w", codedErr(5)), true},
		{"busy snapshot, an extended code", codedErr(517), true},
		{"locked", codedErr(6), false},
		{"no code", errors.New("database is locked"), false},
		{"nil", nil, false},
	}
	for _, tt := range tests {
		if got := isBusy(tt.err); got != tt.want {
			t.Errorf("%s: isBusy(%v) = %v, want %v", tt.name, tt.err, got, tt.want)
		}
	}
}
