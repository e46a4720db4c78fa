//go:build !race

package bot

// raceEnabled is set when the tests run with the race detector.
const raceEnabled = false
