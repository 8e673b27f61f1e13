-- SPDX-FileCopyrightText: 2026 Scholion developers
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Scholion project schema, version 1.
-- Offsets are UTF-16 code units of the canonical text (columns ending in _utf16), end exclusive.
-- Times are ISO 8601 UTC strings with milliseconds. Statements end with ';' at the end of a line;
-- a trigger body runs from BEGIN to a line 'END;'.

PRAGMA application_id = 1396918348;

-- Key/value facts about the project: corpus_root, created_at, created_by_version.
CREATE TABLE project_meta (
    key   TEXT PRIMARY KEY,
    value TEXT
) WITHOUT ROWID;

-- One row per imported source file. The canonical text lives in document_texts so that
-- listing 100k documents never reads their texts.
CREATE TABLE documents (
    id                INTEGER PRIMARY KEY,
    source_path       TEXT    NOT NULL UNIQUE,      -- relative to the corpus root, '/' separated
    format            TEXT    NOT NULL CHECK (format IN ('text', 'markdown', 'html')),
    title             TEXT    NOT NULL,
    doc_date          TEXT,                         -- YYYY-MM-DD, or NULL when the source names none
    metadata          TEXT,                         -- JSON object: front matter and other source facts
    text_length_utf16 INTEGER NOT NULL,
    source_size       INTEGER NOT NULL,
    source_mtime_ms   INTEGER NOT NULL,
    source_sha256     TEXT    NOT NULL,
    source_encoding   TEXT    NOT NULL,             -- e.g. UTF-8, UTF-16LE, windows-1252
    encoding_guessed  INTEGER NOT NULL DEFAULT 0,   -- 1 when the encoding is a legacy guess
    had_bom           INTEGER NOT NULL DEFAULT 0,
    line_endings      TEXT    NOT NULL CHECK (line_endings IN ('none', 'lf', 'crlf', 'cr', 'mixed')),
    status            INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 3), -- new, in progress, done, needs review
    missing           INTEGER NOT NULL DEFAULT 0,   -- 1 when the source file was gone at the last import
    annotation_count  INTEGER NOT NULL DEFAULT 0,   -- kept by triggers below
    note              TEXT,
    imported_at       TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL
);

CREATE TABLE document_texts (
    document_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    text        TEXT NOT NULL
);

-- The label hierarchy (Actor > Person, ...).
CREATE TABLE labels (
    id          INTEGER PRIMARY KEY,
    parent_id   INTEGER REFERENCES labels (id) ON DELETE CASCADE,
    name        TEXT    NOT NULL,
    color       TEXT    NOT NULL,                   -- #rrggbb
    shortcut    TEXT,                               -- a QKeySequence in portable text form
    description TEXT,
    position    INTEGER NOT NULL DEFAULT 0,
    UNIQUE (parent_id, name)
);

-- Typed attributes declared per label (Aid figure: amount, currency, kind).
CREATE TABLE label_attributes (
    id       INTEGER PRIMARY KEY,
    label_id INTEGER NOT NULL REFERENCES labels (id) ON DELETE CASCADE,
    name     TEXT    NOT NULL,
    type     TEXT    NOT NULL CHECK (type IN ('text', 'number', 'date', 'choice')),
    choices  TEXT,                                  -- JSON array for type 'choice'
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (label_id, name)
);

-- Relation types with their allowed argument labels (NULL: any label).
CREATE TABLE relation_types (
    id              INTEGER PRIMARY KEY,
    name            TEXT    NOT NULL UNIQUE,
    source_label_id INTEGER REFERENCES labels (id) ON DELETE SET NULL,
    target_label_id INTEGER REFERENCES labels (id) ON DELETE SET NULL,
    description     TEXT
);

-- The actor registry.
CREATE TABLE entities (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    type       TEXT,
    note       TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE entity_aliases (
    entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    alias     TEXT    NOT NULL,
    alias_key TEXT    NOT NULL,                     -- case- and diacritic-folded alias, for matching
    PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;
CREATE INDEX entity_aliases_key ON entity_aliases (alias_key);

-- Spans. quote/prefix/suffix anchor the span when its document changes (TextQuoteSelector).
CREATE TABLE annotations (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    label_id     INTEGER NOT NULL REFERENCES labels (id),
    start_utf16  INTEGER NOT NULL,
    end_utf16    INTEGER NOT NULL,
    quote        TEXT    NOT NULL,
    prefix       TEXT    NOT NULL DEFAULT '',
    suffix       TEXT    NOT NULL DEFAULT '',
    entity_id    INTEGER REFERENCES entities (id) ON DELETE SET NULL,
    note         TEXT,
    author       TEXT    NOT NULL,
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL,
    anchor_state INTEGER NOT NULL DEFAULT 0 CHECK (anchor_state BETWEEN 0 AND 2), -- anchored, moved, needs review
    CHECK (start_utf16 >= 0 AND end_utf16 > start_utf16)
);
CREATE INDEX annotations_document ON annotations (document_id, start_utf16);
CREATE INDEX annotations_label ON annotations (label_id);
CREATE INDEX annotations_entity ON annotations (entity_id) WHERE entity_id IS NOT NULL;

CREATE TABLE annotation_attributes (
    annotation_id INTEGER NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
    attribute_id  INTEGER NOT NULL REFERENCES label_attributes (id) ON DELETE CASCADE,
    value         TEXT,
    PRIMARY KEY (annotation_id, attribute_id)
) WITHOUT ROWID;

CREATE TABLE relations (
    id         INTEGER PRIMARY KEY,
    type_id    INTEGER NOT NULL REFERENCES relation_types (id),
    source_id  INTEGER NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
    target_id  INTEGER NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
    note       TEXT,
    author     TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (type_id, source_id, target_id)
);
CREATE INDEX relations_target ON relations (target_id);

-- Import runs and their reports (what was skipped, what went missing, and why).
CREATE TABLE import_runs (
    id          INTEGER PRIMARY KEY,
    corpus_root TEXT    NOT NULL,
    started_at  TEXT    NOT NULL,
    finished_at TEXT,
    outcome     TEXT    NOT NULL DEFAULT 'running' CHECK (outcome IN ('running', 'completed', 'cancelled', 'failed')),
    report      TEXT                                -- JSON: counts and the list of skipped and missing files
);

CREATE TRIGGER annotations_count_insert AFTER INSERT ON annotations
BEGIN
    UPDATE documents SET annotation_count = annotation_count + 1 WHERE id = NEW.document_id;
END;

CREATE TRIGGER annotations_count_delete AFTER DELETE ON annotations
BEGIN
    UPDATE documents SET annotation_count = annotation_count - 1 WHERE id = OLD.document_id;
END;

CREATE TRIGGER annotations_count_move AFTER UPDATE OF document_id ON annotations
BEGIN
    UPDATE documents SET annotation_count = annotation_count - 1 WHERE id = OLD.document_id;
    UPDATE documents SET annotation_count = annotation_count + 1 WHERE id = NEW.document_id;
END;
