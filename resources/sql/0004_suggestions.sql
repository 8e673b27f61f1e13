-- SPDX-FileCopyrightText: 2026 Scholion developers
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema version 4: suggestions the analyst rejected, so that a lens does not offer them again.
-- A rejection names the span, its text and the label it would have had; when the document's
-- text changes the span's text no longer matches and the rejection simply stops applying.

CREATE TABLE rejected_suggestions (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    start_utf16 INTEGER NOT NULL,
    end_utf16 INTEGER NOT NULL,
    label_id INTEGER NOT NULL REFERENCES labels (id) ON DELETE CASCADE,
    quote TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    rejected_at TEXT NOT NULL,
    UNIQUE (document_id, start_utf16, end_utf16, label_id)
);
