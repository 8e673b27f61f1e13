-- SPDX-FileCopyrightText: 2026 Scholion developers
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema version 2: the full-text index of the canonical texts (an FTS5 external-content
-- table over document_texts; case and diacritics are ignored).
--
-- The triggers keep the index current for documents up to the watermark in project_meta
-- 'search_indexed_upto'; SearchIndex indexes the documents above it in short transactions
-- and moves it to the largest integer when every document is in. A project that already has
-- texts starts at 0 and is indexed off the GUI thread after this upgrade.

CREATE VIRTUAL TABLE document_fts USING fts5 (text, content = 'document_texts', content_rowid = 'document_id', tokenize = 'unicode61 remove_diacritics 2');

INSERT INTO project_meta (key, value)
VALUES ('search_indexed_upto', CASE WHEN EXISTS (SELECT 1 FROM document_texts) THEN '0' ELSE '9223372036854775807' END)
ON CONFLICT (key) DO UPDATE SET value = excluded.value;

CREATE TRIGGER document_texts_fts_insert AFTER INSERT ON document_texts
WHEN NEW.document_id <= (SELECT CAST(value AS INTEGER) FROM project_meta WHERE key = 'search_indexed_upto')
BEGIN
    INSERT INTO document_fts (rowid, text) VALUES (NEW.document_id, NEW.text);
END;

CREATE TRIGGER document_texts_fts_delete AFTER DELETE ON document_texts
WHEN OLD.document_id <= (SELECT CAST(value AS INTEGER) FROM project_meta WHERE key = 'search_indexed_upto')
BEGIN
    INSERT INTO document_fts (document_fts, rowid, text) VALUES ('delete', OLD.document_id, OLD.text);
END;

CREATE TRIGGER document_texts_fts_update AFTER UPDATE OF text ON document_texts
WHEN OLD.document_id <= (SELECT CAST(value AS INTEGER) FROM project_meta WHERE key = 'search_indexed_upto')
BEGIN
    INSERT INTO document_fts (document_fts, rowid, text) VALUES ('delete', OLD.document_id, OLD.text);
    INSERT INTO document_fts (rowid, text) VALUES (NEW.document_id, NEW.text);
END;
