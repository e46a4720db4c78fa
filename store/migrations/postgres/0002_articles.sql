-- Article files uploaded to the bot, kept so that every replica serves
-- them: opaque bytes by name, with their sha256 (hex) and size. Times are
-- Unix nanoseconds.

CREATE TABLE articles (
	name TEXT PRIMARY KEY,
	data BYTEA NOT NULL,
	hash TEXT NOT NULL,
	size BIGINT NOT NULL,
	updated BIGINT NOT NULL
);
