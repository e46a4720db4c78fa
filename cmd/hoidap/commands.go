package main

// The command list, in the order help shows it. It is filled here, not
// where commands is declared, because the help command's run function reads
// the list.
func init() {
	commands = []*command{askCmd, articlesCmd, evalCmd, factsCmd, indexCmd, trainCmd, serveCmd, announceCmd, reportCmd, curateCmd, healthCmd, versionCmd, helpCmd}
}
