// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../seededrandom.h"

#include <models/contenthash.h>

#include <QCryptographicHash>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Scholion::Models;

class ContentHashTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownDigests()
    {
        // FIPS 180-2's examples.
        QCOMPARE(sha256Hex(""), u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s);
        QCOMPARE(sha256Hex("abc"), u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
        QCOMPARE(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"), u"248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"_s);
    }

    // Projects made before libcrypto hashed with QCryptographicHash: the values must agree,
    // or every file of an old project would look changed. Sizes around the 64-byte block.
    void agreesWithQCryptographicHash()
    {
        Scholion::Tests::Random random(20261206);
        for (const qsizetype size : {1, 55, 56, 63, 64, 65, 119, 128, 4097, 1 << 20}) {
            QByteArray bytes(size, Qt::Uninitialized);
            for (char &byte : bytes) {
                byte = char(random.below(256));
            }
            QCOMPARE(sha256Hex(bytes), QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        }
    }
};

QTEST_GUILESS_MAIN(ContentHashTest)
#include "contenthash_test.moc"
