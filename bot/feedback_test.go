package bot

// withoutVotes returns the callback data of buttons but the votes'.
func withoutVotes(data []string) []string {
	var out []string
	for _, d := range data {
		if voteOf(d) == 0 {
			out = append(out, d)
		}
	}
	return out
}
