-- A version after the newest, for tests that a database made from the baseline takes later versions.
CREATE TABLE migration_probe (id INTEGER NOT NULL PRIMARY KEY);
