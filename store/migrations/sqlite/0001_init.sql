-- The first schema. Times are Unix nanoseconds; chats appear only as keys
-- (HMAC of the chat id under the secret in secrets), never as ids.

CREATE TABLE secrets (
	name TEXT PRIMARY KEY,
	value TEXT NOT NULL
);

CREATE TABLE chat_state (
	chat_key TEXT NOT NULL,
	name TEXT NOT NULL,
	value BLOB NOT NULL,
	updated BIGINT NOT NULL,
	PRIMARY KEY (chat_key, name)
);
CREATE INDEX chat_state_updated ON chat_state (updated);

CREATE TABLE records (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	asked BIGINT NOT NULL,
	chat_key TEXT NOT NULL,
	article TEXT NOT NULL,
	question TEXT NOT NULL,
	answer TEXT NOT NULL,
	kind TEXT NOT NULL,
	confidence DOUBLE PRECISION NOT NULL,
	vote INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX records_asked ON records (asked);

CREATE TABLE curated (
	article TEXT NOT NULL,
	key TEXT NOT NULL,
	question TEXT NOT NULL,
	answer TEXT NOT NULL,
	article_hash TEXT NOT NULL,
	author TEXT NOT NULL,
	updated BIGINT NOT NULL,
	used BIGINT,
	PRIMARY KEY (article, key)
);
