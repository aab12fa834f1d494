// Checkpointer: the write-ahead log is copied back beside the writer and still starts over, so it
// stays bounded however long the writes go on; without its thread the writer's commits checkpoint
// as SQLite's automatic checkpoint does. Every row written is there afterwards.

#include "storage/checkpointer.h"
#include "storage/database.h"
#include "storage/writer.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace arbiter;

namespace {

constexpr qint64 kPageBytes = 4096;
constexpr int kBlobBytes = 64 * 1024; // 16 pages and a little: each commit adds ~17 pages to the log

Status createBlobs(QSqlDatabase &db)
{
    return execSql(db, QStringLiteral("CREATE TABLE IF NOT EXISTS blobs (id INTEGER PRIMARY KEY, data BLOB NOT NULL)"));
}

Status insertBlob(QSqlDatabase &db, int i)
{
    return execSql(db, QStringLiteral("INSERT INTO blobs (id, data) VALUES (?, randomblob(?))"), {i, kBlobBytes});
}

qint64 walBytes(const QString &path)
{
    return QFileInfo(path + QStringLiteral("-wal")).size();
}

// Counts through a connection of its own: what a reader or a restarted process sees.
int countBlobs(const QString &path)
{
    const QString name = QStringLiteral("reader-") + QUuid::createUuid().toString(QUuid::Id128);
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        QSqlQuery query(db);
        if (db.open() && query.exec(QStringLiteral("SELECT count(*) FROM blobs")) && query.next())
            count = query.value(0).toInt();
        query = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

} // namespace

class TestCheckpointer final : public QObject {
    Q_OBJECT
private slots:
    void backgroundCopiesAndLogStartsOver();
    void withoutBackgroundCommitsCheckpoint();
    void bigTransactionLeavesNoBigLog();
};

void TestCheckpointer::backgroundCopiesAndLogStartsOver()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("arbiter.db"));
    Writer writer(path);
    QVERIFY(writer.start().ok());
    QVERIFY(writer.runSync(createBlobs).ok());

    // One commit per blob, ~1.4x the pages at which the log starts over.
    const int commits = int(Checkpointer::kInlinePages * 1.4 * kPageBytes / kBlobBytes);
    qint64 largestLog = 0;
    for (int i = 0; i < commits; ++i) {
        QVERIFY(writer.runSync([i](QSqlDatabase &db) { return insertBlob(db, i); }).ok());
        largestLog = std::max(largestLog, walBytes(path));
    }
    const qint64 written = qint64(commits) * kBlobBytes;
    QCOMPARE_GE(writer.checkpointer().backgroundCheckpoints(), 3u); // wake-ups during a copy merge into one
    QCOMPARE_GE(writer.checkpointer().inlineCheckpoints(), 1u);
    // The log was reused from its start: it never held everything written.
    QCOMPARE_LT(largestLog, written * 9 / 10);
    QCOMPARE_LT(largestLog, qint64(Checkpointer::kInlinePages + 1000) * (kPageBytes + 24));
    QCOMPARE(countBlobs(path), commits);

    writer.stop();
    QCOMPARE(countBlobs(path), commits);
}

void TestCheckpointer::withoutBackgroundCommitsCheckpoint()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("arbiter.db"));
    const QString name = QStringLiteral("writer-") + QUuid::createUuid().toString(QUuid::Id128);
    const int commits = int(Checkpointer::kAutomaticPages * 2.5 * kPageBytes / kBlobBytes);
    Checkpointer checkpointer(path); // never started
    qint64 largestLog = 0;
    {
        Result<QSqlDatabase> opened = Database::open(path, name, Database::Mode::ReadWrite);
        QVERIFY(opened.ok());
        QSqlDatabase db = opened.value();
        checkpointer.attach(db);
        QVERIFY(createBlobs(db).ok());
        for (int i = 0; i < commits; ++i) {
            QVERIFY(insertBlob(db, i).ok()); // autocommit: one commit each
            largestLog = std::max(largestLog, walBytes(path));
        }
        QCOMPARE(countBlobs(path), commits);
    }
    Database::close(name);
    QCOMPARE(checkpointer.backgroundCheckpoints(), 0u);
    QCOMPARE_GE(checkpointer.inlineCheckpoints(), 2u);
    QCOMPARE_LT(largestLog, qint64(Checkpointer::kAutomaticPages + 100) * (kPageBytes + 24));
}

void TestCheckpointer::bigTransactionLeavesNoBigLog()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("arbiter.db"));
    Writer writer(path);
    QVERIFY(writer.start().ok());
    QVERIFY(writer.runSync(createBlobs).ok());
    constexpr int kBig = 1300; // ~83 MiB in one transaction, as a migration of a big file writes
    QVERIFY(writer.runSync([](QSqlDatabase &db) -> Status {
                      for (int i = 0; i < kBig; ++i)
                          if (Status s = insertBlob(db, i); !s)
                              return s;
                      return success();
                  }).ok());
    const qint64 big = walBytes(path);
    QCOMPARE_GT(big, 80LL << 20);
    // The next commits copy it back and start the log over, cut to journal_size_limit (64 MiB).
    int rows = kBig;
    for (int i = 0; i < 20 && walBytes(path) >= big; ++i) {
        QVERIFY(writer.runSync([i](QSqlDatabase &db) { return insertBlob(db, kBig + i); }).ok());
        ++rows;
        QTest::qWait(50);
    }
    QCOMPARE_LE(walBytes(path), 64LL << 20);
    writer.stop();
    QCOMPARE(countBlobs(path), rows);
}

QTEST_GUILESS_MAIN(TestCheckpointer)
#include "tst_checkpointer.moc"
