// Database: pragmas, migrations, refusal of newer or foreign files, read-only connections.

#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/scorerepository.h"
#include "storage/sqlitestatement.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace arbiter;

namespace {

QVariant scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

// A plain QSQLITE connection that bypasses Database, as another program would open the file.
class RawConnection final {
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    static inline int s_counter = 0;
    QString m_name;
};

// A read-write connection through Database, closed (its statements first) when the test ends,
// whether it passed or not.
class WriterConnection final {
public:
    WriterConnection(const QString &path, const QString &name)
        : m_name(name)
    {
        if (Result<QSqlDatabase> opened = Database::open(path, name, Database::Mode::ReadWrite))
            m_db = opened.value();
    }
    ~WriterConnection()
    {
        m_db = QSqlDatabase();
        Database::close(m_name);
    }
    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace

class TestDatabase final : public QObject {
    Q_OBJECT

private slots:
    void newFileHasPragmasAndSchema();
    void reopenDoesNotRerunMigrations();
    void refusesNewerSchema();
    void refusesNonDatabaseFile_data();
    void refusesNonDatabaseFile();
    void readOnlyCannotWrite();
    void migrationsAreNumberedInOrder();
    void submissionsChainPerPlayerFromVersion7();
    void playerSubmissionsFollowTheChain();
    void statementBindsEveryKindOfValue();
    void statementBindsTextOfEverySize_data();
    void statementBindsTextOfEverySize();
    void statementReadsRowsToTheEnd();
    void statementFollowsAConnectionOpenedAgain();
    void statementReportsAFailedStep();

private:
    QTemporaryDir m_dir;
};

void TestDatabase::newFileHasPragmasAndSchema()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("new.db"));
    QVERIFY(!QFile::exists(path));
    {
        Result<QSqlDatabase> opened = Database::open(path, QStringLiteral("new"), Database::Mode::ReadWrite);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().detail));
        QSqlDatabase db = opened.value();
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString().toLower(), QStringLiteral("wal"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_size_limit")).toLongLong(), 64LL << 20);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(Database::schemaVersion(db), Database::latestSchemaVersion());
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 1);

        QStringList tables = db.tables();
        tables.sort();
        for (const char *table : {"audit", "builds", "encryption_keys", "games"})
            QVERIFY2(tables.contains(QLatin1String(table)), table);
    }
    Database::close(QStringLiteral("new"));
    QVERIFY(QFile::exists(path));

    // WAL is a property of the file: a fresh plain connection sees it too.
    RawConnection raw(path);
    QSqlDatabase db = raw.db();
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString().toLower(), QStringLiteral("wal"));
}

void TestDatabase::reopenDoesNotRerunMigrations()
{
    const QString path = m_dir.filePath(QStringLiteral("reopen.db"));
    {
        Result<QSqlDatabase> opened = Database::open(path, QStringLiteral("first"), Database::Mode::ReadWrite);
        QVERIFY(opened.ok());
        QSqlDatabase db = opened.value();
        QVERIFY(execSql(db,
            QStringLiteral("INSERT INTO games (id, name, created_at, anti_cheat, test_mode, auto_ban, "
                           "trust_proxy) VALUES ('g1', 'Kept', 1, 1, 0, 1, 0)"))
                    .ok());
    }
    Database::close(QStringLiteral("first"));

    // Re-running migration 1 would fail on CREATE TABLE (already exists) or lose the row.
    Result<QSqlDatabase> again = Database::open(path, QStringLiteral("second"), Database::Mode::ReadWrite);
    QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().detail));
    {
        QSqlDatabase db = again.value();
        QCOMPARE(Database::schemaVersion(db), Database::latestSchemaVersion());
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT name FROM games WHERE id = 'g1'")).toString(), QStringLiteral("Kept"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM games")).toInt(), 1);
    }
    again = Error::unavailable({});
    Database::close(QStringLiteral("second"));
}

void TestDatabase::refusesNewerSchema()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.db"));
    {
        RawConnection raw(path);
        QSqlDatabase db = raw.db();
        QVERIFY(db.isOpen());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE future (x INTEGER)")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)));
    }
    for (Database::Mode mode : {Database::Mode::ReadWrite, Database::Mode::ReadOnly}) {
        Result<QSqlDatabase> opened = Database::open(path, QStringLiteral("newer"), mode);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().status, 503);
        QCOMPARE(opened.error().code, QStringLiteral("unavailable"));
        QVERIFY2(opened.error().detail.contains(QLatin1String("newer")), qPrintable(opened.error().detail));
        // The refused connection must not linger under its name.
        QVERIFY(!QSqlDatabase::contains(QStringLiteral("newer")));
    }
    // And nothing was migrated or rewritten behind our back.
    RawConnection raw(path);
    QSqlDatabase db = raw.db();
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), Database::latestSchemaVersion() + 1);
    QVERIFY(!db.tables().contains(QStringLiteral("games")));
}

void TestDatabase::refusesNonDatabaseFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("readOnly");

    QByteArray garbage;
    for (int i = 0; i < 8192; ++i)
        garbage.append(char((i * 131 + 7) & 0xff));
    QTest::newRow("garbage, read-write") << garbage << false;
    QTest::newRow("garbage, read-only") << garbage << true;
    QTest::newRow("text, read-write") << QByteArray("this is not a database, just a text file\n").repeated(200)
                                      << false;
}

void TestDatabase::refusesNonDatabaseFile()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, readOnly);
    static int files = 0;
    const QString path = m_dir.filePath(QStringLiteral("garbage-%1.db").arg(++files));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), content.size());
    }
    Result<QSqlDatabase> opened = Database::open(
        path, QStringLiteral("garbage"), readOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().status, 503);
    QVERIFY2(!opened.error().detail.isEmpty(), "the refusal explains itself");
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("garbage")));

    // The file is left as it was: no migration wrote into it.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

void TestDatabase::readOnlyCannotWrite()
{
    const QString path = m_dir.filePath(QStringLiteral("ro.db"));
    {
        Result<QSqlDatabase> rw = Database::open(path, QStringLiteral("rw"), Database::Mode::ReadWrite);
        QVERIFY(rw.ok());
    }
    Database::close(QStringLiteral("rw"));

    {
        Result<QSqlDatabase> ro = Database::open(path, QStringLiteral("ro"), Database::Mode::ReadOnly);
        QVERIFY2(ro.ok(), ro.ok() ? "" : qPrintable(ro.error().detail));
        QSqlDatabase db = ro.value();
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM games")).toInt(), 0); // it can read

        const Status insert = execSql(db,
            QStringLiteral("INSERT INTO games (id, name, created_at, anti_cheat, "
                           "test_mode, auto_ban, trust_proxy) VALUES ('x','x',1,1,0,1,0)"));
        QVERIFY(!insert.ok());
        QCOMPARE(insert.error().code, QStringLiteral("unavailable"));
        QVERIFY(!execSql(db, QStringLiteral("CREATE TABLE sneaky (x)")).ok());
        QVERIFY(!execSql(db, QStringLiteral("PRAGMA user_version = 77")).ok()
            || Database::schemaVersion(db) == Database::latestSchemaVersion());
        ro = Error::unavailable({});
    }
    Database::close(QStringLiteral("ro"));

    RawConnection raw(path);
    QSqlDatabase db = raw.db();
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM games")).toInt(), 0);
    QVERIFY(!db.tables().contains(QStringLiteral("sneaky")));
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), Database::latestSchemaVersion());
}

void TestDatabase::migrationsAreNumberedInOrder()
{
    const QList<Migration> &migrations = schemaMigrations();
    QVERIFY(!migrations.isEmpty());
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        QCOMPARE(migrations.at(i).version, int(i + 1));
        QVERIFY(!migrations.at(i).statements.isEmpty());
    }
    QCOMPARE(Database::latestSchemaVersion(), int(migrations.size()));
}

void TestDatabase::submissionsChainPerPlayerFromVersion7()
{
    // A file at version 6 with submissions of two players in two games, interleaved.
    const QString path = m_dir.filePath(QStringLiteral("version6.db"));
    {
        RawConnection raw(path);
        QSqlDatabase db = raw.db();
        for (const Migration &migration : schemaMigrations())
            if (migration.version <= 6)
                for (const QString &statement : migration.statements)
                    QVERIFY2(execSql(db, statement).ok(), qPrintable(statement));
        QVERIFY(execSql(db, QStringLiteral("PRAGMA user_version=6")).ok());
        const QList<QStringList> rows{{"s1", "g1", "ann"}, {"s2", "g1", "bob"}, {"s3", "g1", "ann"}, {"s4", "g2", "ann"},
                                      {"s5", "g1", "ann"}, {"s6", "g1", "bob"}};
        for (const QStringList &row : rows)
            QVERIFY(execSql(db,
                            QStringLiteral("INSERT INTO submissions (id, game_id, board_id, player_id, event_uuid, request_hash, value, "
                                           "points, body, status, test_mode, rule_set_id, at, response_status, response) "
                                           "VALUES (?, ?, 'b', ?, ?, x'00', 1, 1, '{}', 'accepted', 0, 'r', 1, 201, '{}')"),
                            {row[0], row[1], row[2], row[0] + QStringLiteral("-event")})
                        .ok());
    }

    WriterConnection opened(path, QStringLiteral("migrated"));
    QVERIFY(opened.isOpen());
    QSqlDatabase &db = opened.db();
    QCOMPARE(Database::schemaVersion(db), Database::latestSchemaVersion());
    const auto previousOf = [&db](const char *id) {
        return scalar(db, QStringLiteral("SELECT coalesce(previous_id, '-') FROM submissions WHERE id = '%1'").arg(QLatin1String(id)))
            .toString();
    };
    QCOMPARE(previousOf("s1"), QStringLiteral("-"));
    QCOMPARE(previousOf("s2"), QStringLiteral("-"));
    QCOMPARE(previousOf("s3"), QStringLiteral("s1"));
    QCOMPARE(previousOf("s4"), QStringLiteral("-")); // another game: a chain of its own
    QCOMPARE(previousOf("s5"), QStringLiteral("s3"));
    QCOMPARE(previousOf("s6"), QStringLiteral("s2"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'submissions_by_player'")).toInt(), 0);
}

void TestDatabase::playerSubmissionsFollowTheChain()
{
    WriterConnection connection(m_dir.filePath(QStringLiteral("chain.db")), QStringLiteral("chain"));
    QVERIFY(connection.isOpen());
    QSqlDatabase &db = connection.db();
    // s4 -> s3 -> s2 -> s1 (missing: a write that failed); l1 <-> l2 loop (a file edited by hand).
    const QList<QStringList> rows{{"s2", ""}, {"s3", "s2"}, {"s4", "s3"}, {"x9", ""}, {"s2b", "s1"}, {"l1", "l2"}, {"l2", "l1"}};
    for (const QStringList &row : rows)
        QVERIFY(execSql(db,
                        QStringLiteral("INSERT INTO submissions (id, game_id, board_id, player_id, event_uuid, request_hash, value, "
                                       "points, body, status, test_mode, rule_set_id, at, response_status, response, previous_id) "
                                       "VALUES (?, 'g', 'b', 'p', ?, x'00', 1, 1, '{}', 'accepted', 0, 'r', 1, 201, '{}', ?)"),
                        {row[0], row[0] + QStringLiteral("-event"), row[1].isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : row[1]})
                    .ok());
    const auto ids = [&db](const QString &newest, int limit) {
        QStringList out;
        const Result<QList<Submission>> list = ScoreRepository::playerSubmissions(db, newest, limit);
        if (!list)
            return QStringList{QStringLiteral("error")};
        for (const Submission &s : list.value())
            out.append(s.id);
        return out;
    };
    QCOMPARE(ids(QStringLiteral("s4"), 100), (QStringList{"s4", "s3", "s2"}));
    QCOMPARE(ids(QStringLiteral("s4"), 2), (QStringList{"s4", "s3"}));
    QCOMPARE(ids(QStringLiteral("s2b"), 100), QStringList{"s2b"}); // its link leads nowhere
    QCOMPARE(ids(QStringLiteral("l1"), std::numeric_limits<int>::max()), (QStringList{"l1", "l2"}));
    QCOMPARE(ids(QString(), 100), QStringList());
}

void TestDatabase::statementBindsEveryKindOfValue()
{
    WriterConnection connection(m_dir.filePath(QStringLiteral("statement.db")), QStringLiteral("stmt"));
    QVERIFY(connection.isOpen());
    QSqlDatabase &db = connection.db();
    QVERIFY(execSql(db, QStringLiteral("CREATE TABLE t (a TEXT, b TEXT, c BLOB, d REAL, e INTEGER, f INTEGER, g TEXT)")));
    Result<SqliteStatement *> insert = SqliteStatement::cached(db, "INSERT INTO t VALUES (?,?,?,?,?,?,?)");
    QVERIFY(insert);
    QCOMPARE(SqliteStatement::cached(db, "INSERT INTO t VALUES (?,?,?,?,?,?,?)").value(), insert.value()); // prepared once
    const QString text = QStringLiteral("Ærger → 試合 \"q\"");
    const QByteArray utf8 = QStringLiteral("{\"name\":\"Grüße\"}").toUtf8();
    const QByteArray blob("\x00\x01\xff", 3);
    insert.value()->text(1, text).utf8(2, utf8).blob(3, blob).real(4, -2.5).integer(5, 1LL << 40).null(6).text(7, QString());
    QVERIFY(insert.value()->run());
    insert.value()->text(1, QStringLiteral("second")); // the first row's values were cleared: the rest bind NULL
    QVERIFY(insert.value()->run());

    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT a, b, c, d, e, f, g, typeof(b), typeof(c), typeof(g) FROM t ORDER BY rowid")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), text);
    QCOMPARE(q.value(1).toString(), QString::fromUtf8(utf8));
    QCOMPARE(q.value(2).toByteArray(), blob);
    QCOMPARE(q.value(3).toDouble(), -2.5);
    QCOMPARE(q.value(4).toLongLong(), 1LL << 40);
    QVERIFY(q.value(5).isNull());
    QCOMPARE(q.value(6).toString(), QString()); // a null QString is stored as '', not NULL
    QCOMPARE(q.value(7).toString(), QStringLiteral("text"));
    QCOMPARE(q.value(8).toString(), QStringLiteral("blob"));
    QCOMPARE(q.value(9).toString(), QStringLiteral("text"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("second"));
    QVERIFY(q.value(1).isNull());
}

void TestDatabase::statementBindsTextOfEverySize_data()
{
    // ASCII text is narrowed into the statement's 1 KiB buffer; the rest goes to SQLite as UTF-16.
    QTest::addColumn<QStringList>("values"); // bound to three TEXT columns of one row
    const QString a1024(1024, QLatin1Char('a'));
    QTest::newRow("short ASCII") << QStringList{"p_1", "", "0f3e"};
    QTest::newRow("U+007F, the last ASCII") << QStringList{QString(QChar(0x7f)), "x\x7f", "z"};
    QTest::newRow("U+0080 after ASCII") << QStringList{QStringLiteral("abc") + QChar(0x80), "b", QStringLiteral("é")};
    QTest::newRow("high surrogate pair") << QStringList{QStringLiteral("a😀"), "b", "c"};
    QTest::newRow("1024 ASCII fills the buffer, the next falls back") << QStringList{a1024, "b", "c"};
    QTest::newRow("1025 ASCII falls back") << QStringList{a1024 + QLatin1Char('b'), "b", "c"};
    QTest::newRow("the second of 600 + 600 falls back")
        << QStringList{QString(600, QLatin1Char('x')), QString(600, QLatin1Char('y')), QString(10, QLatin1Char('z'))};
}

void TestDatabase::statementBindsTextOfEverySize()
{
    QFETCH(QStringList, values);
    WriterConnection connection(m_dir.filePath(QStringLiteral("sizes.db")), QStringLiteral("sizes"));
    QVERIFY(connection.isOpen());
    QSqlDatabase &db = connection.db();
    QVERIFY(execSql(db, QStringLiteral("DROP TABLE IF EXISTS s")));
    QVERIFY(execSql(db, QStringLiteral("CREATE TABLE s (a TEXT, b TEXT, c TEXT)")));
    Result<SqliteStatement *> insert = SqliteStatement::cached(db, "INSERT INTO s VALUES (?,?,?)");
    QVERIFY(insert);
    for (int row = 0; row < 3; ++row) { // the buffer is free again after each run
        insert.value()->text(1, values[0]).text(2, values[1]).text(3, values[2]);
        QVERIFY(insert.value()->run());
    }
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT a, b, c, typeof(a) FROM s")));
    int rows = 0;
    while (q.next()) {
        ++rows;
        for (int i = 0; i < 3; ++i)
            QCOMPARE(q.value(i).toString(), values[i]);
        QCOMPARE(q.value(3).toString(), QStringLiteral("text"));
    }
    QCOMPARE(rows, 3);
}

void TestDatabase::statementReadsRowsToTheEnd()
{
    WriterConnection connection(m_dir.filePath(QStringLiteral("rows.db")), QStringLiteral("rows"));
    QVERIFY(connection.isOpen());
    QSqlDatabase &db = connection.db();
    QVERIFY(execSql(db, QStringLiteral("CREATE TABLE r (a TEXT, b REAL, c INTEGER)")));
    const QString text = QStringLiteral("Ærger → 試合");
    QVERIFY(execSql(db, QStringLiteral("INSERT INTO r VALUES (?, 1.5, ?), ('', -2, NULL)"), {text, 1LL << 40}));
    Result<SqliteStatement *> select = SqliteStatement::cached(db, "SELECT a, b, c FROM r ORDER BY rowid");
    QVERIFY(select);
    for (int pass = 0; pass < 2; ++pass) { // at the end the statement is reset: it reads again from the start
        SqliteStatement &rows = *select.value();
        Status status = Error::unavailable(QStringLiteral("not ended"));
        QVERIFY(rows.next(status));
        QCOMPARE(rows.columnText(0), text);
        QCOMPARE(rows.columnUtf8(0), text.toUtf8());
        QCOMPARE(rows.columnReal(1), 1.5);
        QCOMPARE(rows.columnInteger(2), 1LL << 40);
        QVERIFY(rows.next(status));
        QCOMPARE(rows.columnText(0), QString());
        QCOMPARE(rows.columnReal(1), -2.0);
        QCOMPARE(rows.columnInteger(2), 0); // NULL reads as 0
        QVERIFY(!rows.next(status));
        QVERIFY(status.ok());
    }
}

void TestDatabase::statementFollowsAConnectionOpenedAgain()
{
    // A connection closed and opened again under the same name, on another file: the statement
    // cached for the old handle must not be used for the new one.
    const QString first = m_dir.filePath(QStringLiteral("first.db"));
    const QString second = m_dir.filePath(QStringLiteral("second.db"));
    for (const QString &path : {first, second}) {
        WriterConnection connection(path, QStringLiteral("again"));
        QVERIFY(connection.isOpen());
        QVERIFY(execSql(connection.db(), QStringLiteral("CREATE TABLE t (a TEXT)")));
        Result<SqliteStatement *> insert = SqliteStatement::cached(connection.db(), "INSERT INTO t VALUES (?)");
        QVERIFY(insert);
        QVERIFY(insert.value()->text(1, path).run());
    }
    for (const QString &path : {first, second}) {
        RawConnection check(path);
        QSqlDatabase db = check.db();
        QCOMPARE(scalar(db, QStringLiteral("SELECT group_concat(a) FROM t")).toString(), path); // each row in its own file
    }
}

void TestDatabase::statementReportsAFailedStep()
{
    WriterConnection connection(m_dir.filePath(QStringLiteral("failing.db")), QStringLiteral("failing"));
    QVERIFY(connection.isOpen());
    QSqlDatabase &db = connection.db();
    QVERIFY(execSql(db, QStringLiteral("CREATE TABLE t (a TEXT PRIMARY KEY)")));
    Result<SqliteStatement *> insert = SqliteStatement::cached(db, "INSERT INTO t VALUES (?)");
    QVERIFY(insert);
    QVERIFY(insert.value()->text(1, QStringLiteral("x")).run());
    const Status duplicate = insert.value()->text(1, QStringLiteral("x")).run();
    QVERIFY(!duplicate);
    QCOMPARE(duplicate.error().status, 503);
    QVERIFY2(duplicate.error().detail.contains(QStringLiteral("UNIQUE")), qPrintable(duplicate.error().detail));
    QVERIFY(insert.value()->text(1, QStringLiteral("y")).run()); // reset after the failure: usable again
    QVERIFY(!SqliteStatement::cached(db, "INSERT INTO nowhere VALUES (?)")); // a prepare error, not a crash
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
