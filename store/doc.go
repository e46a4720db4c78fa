// Package store keeps what hoidap must remember across restarts and share
// between bot replicas: small opaque state values per chat, the questions
// asked with their answers' kind and the users' votes, the answers
// curated by editors, and article files uploaded to the bot, as bytes by
// name.
//
// A store knows nothing of what a question means, of Telegram or of the
// search index: it keeps bytes and records. It is opened from a URL (see
// [Open]): a SQLite file, a PostgreSQL database, or memory. The same SQL
// serves every backend; the memory store is SQLite in memory, so all of them
// behave alike.
//
// Chat ids are never kept in clear: a record or a state value is filed under
// the chat's key, an HMAC-SHA256 of the chat id under a random secret that
// the store generates when it is first opened and keeps in its own secrets
// table, so that every replica sharing a database computes the same keys.
package store
