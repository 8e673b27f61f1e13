-- SPDX-FileCopyrightText: 2026 Scholion developers
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema version 5: relations are looked up by their source as often as by their target (the
-- Links column of the annotation list, undoing a deleted span). Without this index each such
-- lookup read the whole relations table.

CREATE INDEX relations_source ON relations (source_id);
