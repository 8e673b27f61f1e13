// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The source of scholion_test_pch: the object that the tests' shared precompiled header is built
// for (tests/CMakeLists.txt). It has nothing of its own.
