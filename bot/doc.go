// Package bot serves hoidap on Telegram: it answers questions about the
// loaded articles in private chats, in groups (commands, mentions and
// replies to the bot), through inline queries from any chat, and posts
// announcements of the event with buttons of questions.
//
// Each question is answered from one article (see [Engine], which
// *library.Library satisfies): the one it names, the previous turn's, that
// of the bot's message it replies to or the chat's current article (set by
// an announcement, a deep link "a_<id>", /baiviet or /tomtat <id>), the
// only one; otherwise the bot asks which with a button per article and
// answers the waiting question once one is tapped. What a chat's next
// answer depends on is kept in a store.Store (Config.Store), shared by
// replicas and kept across restarts.
//
// The package talks to the Bot API through github.com/go-telegram/bot and
// to the articles only through the [Engine] interface. It serialises the
// updates of each chat, paces outgoing messages within Telegram's limits,
// retries what is safe to retry, and keeps button ids stateless so that
// several replicas can serve the same bot behind a webhook. Greetings and
// thanks (the word lists in words/) get a short reply, or none in a group,
// and what a burst makes it skip is told to the chat once after the burst.
package bot
