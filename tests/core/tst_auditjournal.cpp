// AuditJournal: the hash chain, paging, and verify() against tampering done behind its back.

#include "audit/auditjournal.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace arbiter;

namespace {

constexpr int kEntries = 6;
const qint64 kT0 = 1795335600000; // 2026-11-22T08:20:00Z

// Runs statements on the file through a connection of its own, as sqlite3(1) would.
bool tamper(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("tamper-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        ok = db.open();
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            if (!ok || !query.exec(sql)) {
                qWarning() << sql << query.lastError().text();
                ok = false;
                break;
            }
            const bool changesRows = sql.startsWith(QLatin1String("UPDATE")) || sql.startsWith(QLatin1String("DELETE"));
            if (changesRows && query.numRowsAffected() < 1) {
                qWarning() << "no row changed by" << sql;
                ok = false;
                break;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class TestAuditJournal final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void appendBuildsChain();
    void hashFormatIsPinned();
    void listPages_data();
    void listPages();
    void verifyEmptyAndIntact();
    void verifyDetectsTampering_data();
    void verifyDetectsTampering();

private:
    void appendSample();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QSqlDatabase m_db;
};

void TestAuditJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("audit.db"));
    Result<QSqlDatabase> opened = Database::open(m_path, QStringLiteral("program"), Database::Mode::ReadWrite);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().detail));
    m_db = opened.value();
}

void TestAuditJournal::cleanup()
{
    m_db = QSqlDatabase();
    Database::close(QStringLiteral("program"));
    m_dir.reset();
}

void TestAuditJournal::appendSample()
{
    const Actor actors[] = {{QStringLiteral("admin-api"), QStringLiteral("api")},
        {QStringLiteral("alice"), QStringLiteral("console")}, {QStringLiteral("engine"), QString()}};
    for (int i = 0; i < kEntries; ++i) {
        const QJsonObject details{{QStringLiteral("n"), i},
            {QStringLiteral("name"), QStringLiteral("Game \u00e9 %1").arg(i)},
            {QStringLiteral("list"), QJsonArray{1, 2, i}}};
        Result<AuditEntry> entry = AuditJournal::append(m_db, kT0 + i * 1000, actors[i % 3],
            QStringLiteral("game.create"), QStringLiteral("game-%1").arg(i), details);
        QVERIFY2(entry.ok(), entry.ok() ? "" : qPrintable(entry.error().detail));
    }
}

void TestAuditJournal::appendBuildsChain()
{
    const Actor first{QStringLiteral("admin-api"), QStringLiteral("api")};
    Result<AuditEntry> a = AuditJournal::append(m_db, kT0, first, QStringLiteral("game.create"), QStringLiteral("g1"),
        QJsonObject{{QStringLiteral("name"), QStringLiteral("One")}});
    QVERIFY(a.ok());
    QCOMPARE(a->seq, qint64(1));
    QCOMPARE(a->prevHash, QString(64, QLatin1Char('0')));
    QCOMPARE(AuditJournal::genesisHash(), QString(64, QLatin1Char('0')));
    QCOMPARE(a->actor, QStringLiteral("admin-api@api"));
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(a->hash).hasMatch());
    QVERIFY(a->hash != a->prevHash);

    Result<AuditEntry> b = AuditJournal::append(m_db, kT0 + 5, Actor{QStringLiteral("engine"), QString()},
        QStringLiteral("game.secret.generate"), QStringLiteral("g1"));
    QVERIFY(b.ok());
    QCOMPARE(b->seq, qint64(2));
    QCOMPARE(b->prevHash, a->hash);
    QCOMPARE(b->actor, QStringLiteral("engine"));

    Result<AuditEntry> c
        = AuditJournal::append(m_db, kT0 + 5, first, QStringLiteral("game.secret.generate"), QStringLiteral("g1"));
    QVERIFY(c.ok());
    QCOMPARE(c->seq, qint64(3));
    QCOMPARE(c->prevHash, b->hash);
    QVERIFY(c->hash != b->hash); // same content at another place in the chain hashes differently

    // What is stored is what append() returned.
    Result<QList<AuditEntry>> listed = AuditJournal::list(m_db, 10, 0);
    QVERIFY(listed.ok());
    QCOMPARE(listed->size(), 3);
    const AuditEntry *expected[] = {&a.value(), &b.value(), &c.value()};
    for (int i = 0; i < 3; ++i) {
        const AuditEntry &got = listed->at(i);
        QCOMPARE(got.seq, expected[i]->seq);
        QCOMPARE(got.atMs, expected[i]->atMs);
        QCOMPARE(got.actor, expected[i]->actor);
        QCOMPARE(got.action, expected[i]->action);
        QCOMPARE(got.subject, expected[i]->subject);
        QCOMPARE(got.details, expected[i]->details);
        QCOMPARE(got.prevHash, expected[i]->prevHash);
        QCOMPARE(got.hash, expected[i]->hash);
        QCOMPARE(got.hash,
            AuditJournal::computeHash(
                got.prevHash, got.seq, got.atMs, got.actor, got.action, got.subject, got.details));
    }
    const QJsonObject json = listed->at(0).toJson();
    QCOMPARE(json.value(QStringLiteral("at")).toString(), QStringLiteral("2026-11-22T08:20:00.000Z"));
    QCOMPARE(json.value(QStringLiteral("seq")).toInteger(), 1);
    QCOMPARE(json.value(QStringLiteral("prevHash")).toString(), AuditJournal::genesisHash());
}

void TestAuditJournal::hashFormatIsPinned()
{
    // An independent computation of the documented construction: length-prefixed fields, each
    // "len:bytes\n", SHA-256 in lowercase hex. Changing it would orphan every existing journal.
    const QJsonObject details{{QStringLiteral("b"), 2}, {QStringLiteral("a"), QStringLiteral("x")}};
    QByteArray material;
    for (const QByteArray &field :
        {AuditJournal::genesisHash().toLatin1(), QByteArray("7"), QByteArray::number(kT0), QByteArray("alice@console"),
            QByteArray("flag.resolve"), QByteArray("f\xc3\xa9"), QByteArray(R"({"a":"x","b":2})")})
        material += QByteArray::number(field.size()) + ':' + field + '\n';
    const QString expected
        = QString::fromLatin1(QCryptographicHash::hash(material, QCryptographicHash::Sha256).toHex());
    QCOMPARE(AuditJournal::computeHash(AuditJournal::genesisHash(), 7, kT0, QStringLiteral("alice@console"),
                 QStringLiteral("flag.resolve"), QStringLiteral("f\u00e9"), details),
        expected);
    // The length prefix keeps "ab"+"c" and "a"+"bc" apart.
    QVERIFY(AuditJournal::computeHash(
                AuditJournal::genesisHash(), 1, 0, QStringLiteral("ab"), QStringLiteral("c"), QString(), {})
        != AuditJournal::computeHash(
            AuditJournal::genesisHash(), 1, 0, QStringLiteral("a"), QStringLiteral("bc"), QString(), {}));
}

void TestAuditJournal::listPages_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<qint64>("after");
    QTest::addColumn<QList<qint64>>("seqs");

    QTest::newRow("first page") << 2 << qint64(0) << QList<qint64>{1, 2};
    QTest::newRow("second page") << 2 << qint64(2) << QList<qint64>{3, 4};
    QTest::newRow("last partial page") << 4 << qint64(4) << QList<qint64>{5, 6};
    QTest::newRow("after the end") << 10 << qint64(6) << QList<qint64>{};
    QTest::newRow("all") << 100 << qint64(0) << QList<qint64>{1, 2, 3, 4, 5, 6};
    QTest::newRow("odd offset") << 3 << qint64(1) << QList<qint64>{2, 3, 4};
    QTest::newRow("limit 1") << 1 << qint64(5) << QList<qint64>{6};
    QTest::newRow("limit 0") << 0 << qint64(0) << QList<qint64>{};
    QTest::newRow("negative after") << 2 << qint64(-5) << QList<qint64>{1, 2};
}

void TestAuditJournal::listPages()
{
    QFETCH(int, limit);
    QFETCH(qint64, after);
    QFETCH(QList<qint64>, seqs);
    appendSample();

    Result<QList<AuditEntry>> page = AuditJournal::list(m_db, limit, after);
    QVERIFY(page.ok());
    QList<qint64> got;
    for (const AuditEntry &entry : page.value()) {
        got.append(entry.seq);
        QCOMPARE(entry.atMs, kT0 + (entry.seq - 1) * 1000);
        QCOMPARE(entry.subject, QStringLiteral("game-%1").arg(entry.seq - 1));
        QCOMPARE(entry.details.value(QStringLiteral("n")).toInt(), int(entry.seq - 1));
    }
    QCOMPARE(got, seqs);
}

void TestAuditJournal::verifyEmptyAndIntact()
{
    Result<AuditVerification> empty = AuditJournal::verify(m_db);
    QVERIFY(empty.ok());
    QVERIFY(empty->ok);
    QCOMPARE(empty->entries, qint64(0));
    QVERIFY(!empty->firstBadSeq.has_value());

    appendSample();
    Result<AuditVerification> intact = AuditJournal::verify(m_db);
    QVERIFY(intact.ok());
    QVERIFY(intact->ok);
    QCOMPARE(intact->entries, qint64(kEntries));
    QVERIFY(!intact->firstBadSeq.has_value());
    const QJsonObject json = intact->toJson();
    QCOMPARE(json.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("entries")).toInteger(), kEntries);
    QVERIFY(json.value(QStringLiteral("firstBadSeq")).isNull());
}

void TestAuditJournal::verifyDetectsTampering_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<qint64>("firstBad");
    QTest::addColumn<qint64>("entriesLeft");

    const auto row = [](const char *name, const QString &sql, qint64 k, qint64 left = kEntries) {
        QTest::newRow(name) << QStringList{sql.arg(k)} << k << left;
    };
    row("edit actor of row 3", QStringLiteral("UPDATE audit SET actor = 'mallory@console' WHERE seq = %1"), 3);
    row("edit actor of row 1", QStringLiteral("UPDATE audit SET actor = 'mallory@console' WHERE seq = %1"), 1);
    row("edit actor of the last row", QStringLiteral("UPDATE audit SET actor = 'mallory' WHERE seq = %1"), kEntries);
    row("edit details of row 4",
        QStringLiteral(
            "UPDATE audit SET details = '{\"list\":[1,2,3],\"n\":3,\"name\":\"Game \u00e9 99\"}' WHERE seq = %1"),
        4);
    row("empty the details of row 2", QStringLiteral("UPDATE audit SET details = '{}' WHERE seq = %1"), 2);
    row("edit at of row 2", QStringLiteral("UPDATE audit SET at = at + 1 WHERE seq = %1"), 2);
    row("edit at of row 5", QStringLiteral("UPDATE audit SET at = 0 WHERE seq = %1"), 5);
    row("edit action of row 3", QStringLiteral("UPDATE audit SET action = 'game.delete' WHERE seq = %1"), 3);
    row("edit subject of row 3", QStringLiteral("UPDATE audit SET subject = 'game-x' WHERE seq = %1"), 3);
    row("edit prev_hash of row 4", QStringLiteral("UPDATE audit SET prev_hash = hash WHERE seq = %1"), 4);
    row("edit hash of row 3", QStringLiteral("UPDATE audit SET hash = prev_hash WHERE seq = %1"), 3);
    row("delete row 3", QStringLiteral("DELETE FROM audit WHERE seq = %1"), 3, kEntries - 1);
    row("delete row 1", QStringLiteral("DELETE FROM audit WHERE seq = %1"), 1, kEntries - 1);

    // Swapping the hashes of two neighbours: the earlier one is the first that no longer matches.
    QTest::newRow("swap hashes of rows 2 and 3")
        << QStringList{QStringLiteral("CREATE TEMP TABLE h AS SELECT seq, hash FROM audit WHERE seq IN (2, 3)"),
               QStringLiteral("UPDATE audit SET hash = (SELECT hash FROM h WHERE h.seq = 5 - audit.seq) "
                              "WHERE seq IN (2, 3)")}
        << qint64(2) << qint64(kEntries);
    QTest::newRow("swap rows 4 and 5 whole") << QStringList{QStringLiteral("UPDATE audit SET seq = -4 WHERE seq = 4"),
        QStringLiteral("UPDATE audit SET seq = 4 WHERE seq = 5"),
        QStringLiteral("UPDATE audit SET seq = 5 WHERE seq = -4")}
                                             << qint64(4) << qint64(kEntries);
}

void TestAuditJournal::verifyDetectsTampering()
{
    QFETCH(QStringList, statements);
    QFETCH(qint64, firstBad);
    QFETCH(qint64, entriesLeft);

    appendSample();
    Result<AuditVerification> before = AuditJournal::verify(m_db);
    QVERIFY(before.ok() && before->ok);

    // Behind the program's back: another connection edits the file while ours stays open.
    QVERIFY(tamper(m_path, statements));

    Result<AuditVerification> after = AuditJournal::verify(m_db);
    QVERIFY(after.ok());
    QCOMPARE(after->ok, false);
    QCOMPARE(after->entries, entriesLeft);
    QVERIFY(after->firstBadSeq.has_value());
    QCOMPARE(*after->firstBadSeq, firstBad);
    QCOMPARE(after->toJson().value(QStringLiteral("firstBadSeq")).toInteger(), firstBad);
}

QTEST_GUILESS_MAIN(TestAuditJournal)
#include "tst_auditjournal.moc"
