package analysis

// Version is the version of what this package makes of text: canonical
// text, tokens, folding, and the lists behind them. It is bumped whenever a
// change alters the output for some input, so that data kept on disk from
// an older analysis (parsed articles, index terms) is rebuilt.
const Version = 3
