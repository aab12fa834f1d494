// Writer: bursts, per-job savepoints, completions after commit on the context's thread, shutdown.

#include "storage/database.h"
#include "storage/writer.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSemaphore>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <memory>
#include <optional>
#include <vector>

using namespace arbiter;

namespace {

Status insertGame(QSqlDatabase &db, const QString &id)
{
    return execSql(db,
        QStringLiteral("INSERT INTO games (id, name, created_at, anti_cheat, test_mode, auto_ban, trust_proxy) "
                       "VALUES (?, ?, 1, 1, 0, 1, 0)"),
        {id, QStringLiteral("game ") + id});
}

// Reads the file through a connection of its own, opened and closed on the calling thread: what
// any other reader (the console, a restarted process) would see.
int countRows(const QString &path, const QString &where = QStringLiteral("1"))
{
    const QString name = QStringLiteral("reader-") + QUuid::createUuid().toString(QUuid::Id128);
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT count(*) FROM games WHERE ") + where) && query.next())
                count = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

int countId(const QString &path, const QString &id)
{
    return countRows(path, QStringLiteral("id = '%1'").arg(id));
}

// Holds the writer thread inside one job until released, so everything submitted meanwhile
// lands in the next burst together.
class Gate final {
public:
    Writer::Work blocker()
    {
        return [this](QSqlDatabase &) -> Status {
            m_entered.release();
            m_open.acquire();
            return success();
        };
    }
    bool waitEntered() { return m_entered.tryAcquire(1, 5000); }
    void open() { m_open.release(); }

private:
    QSemaphore m_entered;
    QSemaphore m_open;
};

} // namespace

class TestWriter final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void completionAfterCommitOnContextThread_data();
    void completionAfterCommitOnContextThread();
    void nullContextRunsOnWriterThread();
    void failingJobRollsBackAlone_data();
    void failingJobRollsBackAlone();
    void submitAfterStopFails_data();
    void submitAfterStopFails();
    void stopFinishesQueuedJobs();
    void runReturnsValue();
    void runErrorRollsBack();
    void deletedContextGetsNoCall_data();
    void deletedContextGetsNoCall();
    void manyJobsFromFourThreads();
    void startFailsOnNewerDatabase();
    void groupCommit_data();
    void groupCommit();
    void failureWhileGathering_data();
    void failureWhileGathering();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Writer> m_writer;
    QString m_path;
};

void TestWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("writer.db"));
    m_writer = std::make_unique<Writer>(m_path);
    const Status started = m_writer->start();
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().detail));
}

void TestWriter::cleanup()
{
    m_writer.reset();
    QCoreApplication::sendPostedEvents(); // nothing queued for a dead test may leak into the next
    m_dir.reset();
}

void TestWriter::completionAfterCommitOnContextThread_data()
{
    QTest::addColumn<bool>("contextOnWorkerThread");
    QTest::newRow("context on the main thread") << false;
    QTest::newRow("context on another thread") << true;
}

void TestWriter::completionAfterCommitOnContextThread()
{
    QFETCH(bool, contextOnWorkerThread);

    QThread worker;
    QObject context;
    if (contextOnWorkerThread) {
        worker.start();
        context.moveToThread(&worker);
    }
    QThread *const expectedThread = context.thread();

    struct Seen {
        QAtomicInt calls;
        QThread *thread = nullptr;
        int visibleRows = -1;
        bool ok = false;
    };
    auto seen = std::make_shared<Seen>();
    const QString path = m_path;
    QThread *writerThread = nullptr;
    m_writer->submit(
        [&writerThread](QSqlDatabase &db) {
            writerThread = QThread::currentThread();
            return insertGame(db, QStringLiteral("committed"));
        },
        &context,
        [seen, path](Status status) {
            seen->thread = QThread::currentThread();
            seen->ok = status.ok();
            // Another connection must already see the row: the answer comes after the commit.
            seen->visibleRows = countId(path, QStringLiteral("committed"));
            seen->calls.fetchAndAddOrdered(1);
        });
    QTRY_COMPARE_WITH_TIMEOUT(seen->calls.loadAcquire(), 1, 5000);
    QCOMPARE(seen->thread, expectedThread);
    QVERIFY(seen->thread != writerThread);
    QVERIFY(seen->ok);
    QCOMPARE(seen->visibleRows, 1);

    if (contextOnWorkerThread) {
        worker.quit();
        worker.wait();
    }
    QCOMPARE(seen->calls.loadAcquire(), 1); // exactly once
}

void TestWriter::nullContextRunsOnWriterThread()
{
    QThread *workThread = nullptr;
    QThread *doneThread = nullptr;
    QSemaphore done;
    m_writer->submit(
        [&](QSqlDatabase &db) {
            workThread = QThread::currentThread();
            return insertGame(db, QStringLiteral("nullctx"));
        },
        nullptr,
        [&](Status status) {
            QVERIFY(status.ok());
            doneThread = QThread::currentThread();
            done.release();
        });
    QVERIFY(done.tryAcquire(1, 5000));
    QCOMPARE(doneThread, workThread);
    QVERIFY(doneThread != QThread::currentThread());
    QCOMPARE(countId(m_path, QStringLiteral("nullctx")), 1);
}

void TestWriter::failingJobRollsBackAlone_data()
{
    QTest::addColumn<QString>("failure");
    QTest::newRow("duplicate primary key") << QStringLiteral("duplicate");
    QTest::newRow("work returns an error after writing") << QStringLiteral("error");
    QTest::newRow("invalid SQL after writing") << QStringLiteral("sql");
}

void TestWriter::failingJobRollsBackAlone()
{
    QFETCH(QString, failure);
    constexpr int kJobs = 50;
    constexpr int kFailing = 25;

    QVERIFY(m_writer->runSync([](QSqlDatabase &db) { return insertGame(db, QStringLiteral("existing")); }).ok());

    Gate gate;
    m_writer->submit(gate.blocker(), nullptr, {});
    QVERIFY(gate.waitEntered());
    const quint64 burstsBefore = m_writer->committedBursts();

    std::vector<std::optional<Status>> outcomes(kJobs);
    int answered = 0;
    for (int i = 0; i < kJobs; ++i) {
        const QString id = QStringLiteral("job-%1").arg(i);
        Writer::Work work;
        if (i != kFailing) {
            work = [id](QSqlDatabase &db) { return insertGame(db, id); };
        } else {
            work = [id, failure](QSqlDatabase &db) -> Status {
                // Its own writes first: they must disappear with it.
                if (Status s = insertGame(db, id); !s)
                    return s;
                if (Status s = insertGame(db, id + QStringLiteral("-second")); !s)
                    return s;
                if (failure == QLatin1String("duplicate"))
                    return insertGame(db, QStringLiteral("existing"));
                if (failure == QLatin1String("sql"))
                    return execSql(db, QStringLiteral("INSERT INTO no_such_table VALUES (1)"));
                return Error::make(409, QStringLiteral("conflict"), QStringLiteral("changed my mind"));
            };
        }
        m_writer->submit(std::move(work), this, [&outcomes, &answered, i](Status status) {
            outcomes[size_t(i)] = std::move(status);
            ++answered;
        });
    }
    gate.open();
    QTRY_COMPARE_WITH_TIMEOUT(answered, kJobs, 10000);

    // They shared a burst: far fewer commits than jobs.
    const quint64 bursts = m_writer->committedBursts() - burstsBefore;
    QVERIFY2(bursts < quint64(kJobs), qPrintable(QString::number(bursts)));
    QVERIFY(bursts >= 1);

    for (int i = 0; i < kJobs; ++i) {
        QVERIFY(outcomes[size_t(i)].has_value());
        const QString id = QStringLiteral("job-%1").arg(i);
        if (i == kFailing) {
            QVERIFY(!outcomes[size_t(i)]->ok());
            if (failure == QLatin1String("error")) {
                QCOMPARE(outcomes[size_t(i)]->error().status, 409);
                QCOMPARE(outcomes[size_t(i)]->error().code, QStringLiteral("conflict"));
            } else {
                QCOMPARE(outcomes[size_t(i)]->error().status, 503);
            }
            QCOMPARE(countId(m_path, id), 0);
            QCOMPARE(countId(m_path, id + QStringLiteral("-second")), 0);
        } else {
            QVERIFY2(outcomes[size_t(i)]->ok(), qPrintable(id));
            QCOMPARE(countId(m_path, id), 1);
        }
    }
    QCOMPARE(countRows(m_path), kJobs - 1 + 1); // every good job plus "existing"
    QCOMPARE(countRows(m_path, QStringLiteral("id = 'existing' AND name = 'game existing'")), 1);
    QVERIFY(m_writer->healthy());
}

void TestWriter::submitAfterStopFails_data()
{
    QTest::addColumn<bool>("withContext");
    QTest::newRow("with a context") << true;
    QTest::newRow("without a context") << false;
}

void TestWriter::submitAfterStopFails()
{
    QFETCH(bool, withContext);
    m_writer->stop();

    bool workRan = false;
    std::optional<Status> outcome;
    QThread *doneThread = nullptr;
    m_writer->submit(
        [&workRan](QSqlDatabase &db) {
            workRan = true;
            return insertGame(db, QStringLiteral("late"));
        },
        withContext ? this : nullptr,
        [&](Status status) {
            doneThread = QThread::currentThread();
            outcome = std::move(status);
        });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 5000);
    QVERIFY(!outcome->ok());
    QCOMPARE(outcome->error().status, 503);
    QCOMPARE(outcome->error().code, QStringLiteral("unavailable"));
    QVERIFY(!workRan);
    QCOMPARE(doneThread, QThread::currentThread());
    QCOMPARE(countId(m_path, QStringLiteral("late")), 0);

    // runSync after stop answers too instead of blocking forever.
    const Status sync = m_writer->runSync([](QSqlDatabase &db) { return insertGame(db, QStringLiteral("late2")); });
    QVERIFY(!sync.ok());
    QCOMPARE(sync.error().code, QStringLiteral("unavailable"));
}

void TestWriter::stopFinishesQueuedJobs()
{
    Gate gate;
    m_writer->submit(gate.blocker(), nullptr, {});
    QVERIFY(gate.waitEntered());
    QAtomicInt answered;
    for (int i = 0; i < 20; ++i)
        m_writer->submit([i](QSqlDatabase &db) { return insertGame(db, QStringLiteral("q-%1").arg(i)); }, nullptr,
            [&answered](Status status) {
                if (status)
                    answered.fetchAndAddOrdered(1);
            });
    std::unique_ptr<QThread> opener(QThread::create([&gate] {
        QThread::msleep(20); // lets stop() start waiting while jobs are still queued
        gate.open();
    }));
    opener->start();
    m_writer->stop(); // "runs every job queued so far, then stops"
    opener->wait();
    QCOMPARE(answered.loadAcquire(), 20);
    QCOMPARE(countRows(m_path, QStringLiteral("id LIKE 'q-%'")), 20);
}

void TestWriter::runReturnsValue()
{
    std::optional<Result<qint64>> outcome;
    m_writer->run<qint64>(
        [](QSqlDatabase &db) -> Result<qint64> {
            if (Status s = insertGame(db, QStringLiteral("valued")); !s)
                return s.error();
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SELECT count(*) * 1000 + 42 FROM games")) || !query.next())
                return Error::unavailable(QStringLiteral("query"));
            return query.value(0).toLongLong();
        },
        this, [&outcome](Result<qint64> result) { outcome = std::move(result); });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 5000);
    QVERIFY(outcome->ok());
    QCOMPARE(outcome->value(), qint64(1042));
    QCOMPARE(countId(m_path, QStringLiteral("valued")), 1);

    std::optional<Result<QString>> text;
    m_writer->run<QString>([](QSqlDatabase &) -> Result<QString> { return QStringLiteral("hello"); }, this,
        [&text](Result<QString> result) { text = std::move(result); });
    QTRY_VERIFY_WITH_TIMEOUT(text.has_value(), 5000);
    QVERIFY(text->ok());
    QCOMPARE(text->value(), QStringLiteral("hello"));
}

void TestWriter::runErrorRollsBack()
{
    std::optional<Result<int>> outcome;
    m_writer->run<int>(
        [](QSqlDatabase &db) -> Result<int> {
            if (Status s = insertGame(db, QStringLiteral("undone")); !s)
                return s.error();
            return Error::make(422, QStringLiteral("nope"), QStringLiteral("refused"));
        },
        this, [&outcome](Result<int> result) { outcome = std::move(result); });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 5000);
    QVERIFY(!outcome->ok());
    QCOMPARE(outcome->error().status, 422);
    QCOMPARE(outcome->error().code, QStringLiteral("nope"));
    QCOMPARE(countId(m_path, QStringLiteral("undone")), 0);
}

void TestWriter::deletedContextGetsNoCall_data()
{
    QTest::addColumn<bool>("deleteBeforeCommit");
    QTest::newRow("deleted while the job waits in the queue") << true;
    QTest::newRow("deleted after the commit, before its event loop ran") << false;
}

void TestWriter::deletedContextGetsNoCall()
{
    QFETCH(bool, deleteBeforeCommit);

    auto *context = new QObject;
    bool called = false;
    Gate gate;
    if (deleteBeforeCommit) {
        m_writer->submit(gate.blocker(), nullptr, {});
        QVERIFY(gate.waitEntered());
    }
    m_writer->submit([](QSqlDatabase &db) { return insertGame(db, QStringLiteral("orphan")); }, context,
        [&called](Status) { called = true; });
    if (deleteBeforeCommit) {
        delete context;
        gate.open();
        QVERIFY(m_writer->runSync([](QSqlDatabase &) { return success(); }).ok()); // the orphan's burst is done
    } else {
        // Once a later job has answered, the orphan's answer is already posted to `context`.
        QVERIFY(m_writer->runSync([](QSqlDatabase &) { return success(); }).ok());
        delete context;
    }
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QVERIFY(!called);
    QCOMPARE(countId(m_path, QStringLiteral("orphan")), 1); // the work itself still committed

    // And the writer goes on serving others.
    bool later = false;
    m_writer->submit([](QSqlDatabase &db) { return insertGame(db, QStringLiteral("after-orphan")); }, this,
        [&later](Status status) { later = status.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(later, 5000);
}

void TestWriter::manyJobsFromFourThreads()
{
    constexpr int kThreads = 4;
    constexpr int kPerThread = 2500;
    int answered = 0;
    int failed = 0;
    QObject receiver;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back(QThread::create([this, t, &receiver, &answered, &failed] {
            for (int i = 0; i < kPerThread; ++i) {
                const QString id = QStringLiteral("t%1-%2").arg(t).arg(i);
                m_writer->submit([id](QSqlDatabase &db) { return insertGame(db, id); }, &receiver,
                    [&answered, &failed](Status status) {
                        ++answered; // on the receiver's (main) thread only
                        if (!status)
                            ++failed;
                    });
            }
        }));
        threads.back()->start();
    }
    for (auto &thread : threads)
        QVERIFY(thread->wait(30000));
    QTRY_COMPARE_WITH_TIMEOUT(answered, kThreads * kPerThread, 60000);
    QCOMPARE(failed, 0);
    QVERIFY(m_writer->committedBursts() < quint64(kThreads * kPerThread));
    QCOMPARE(countRows(m_path), kThreads * kPerThread);
    for (int t = 0; t < kThreads; ++t)
        QCOMPARE(countRows(m_path, QStringLiteral("id LIKE 't%1-%'").arg(t)), kPerThread);
}

void TestWriter::startFailsOnNewerDatabase()
{
    const QString path = m_dir->filePath(QStringLiteral("newer.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("mk-newer"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 999")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("mk-newer"));

    Writer writer(path);
    const Status started = writer.start();
    QVERIFY(!started.ok());
    QVERIFY2(started.error().detail.contains(QLatin1String("newer")), qPrintable(started.error().detail));

    std::optional<Status> outcome;
    writer.submit([](QSqlDatabase &) { return success(); }, nullptr, [&outcome](Status s) { outcome = s; });
    QVERIFY(outcome.has_value()); // answered at once, not queued forever
    QCOMPARE(outcome->error().code, QStringLiteral("unavailable"));
}

void TestWriter::groupCommit_data()
{
    // A writer whose last burst held `previousBurst` jobs is sent `jobs` more, 20 ms apart.
    QTest::addColumn<int>("previousBurst");
    QTest::addColumn<int>("jobs");
    QTest::addColumn<int>("bursts");
    QTest::addColumn<bool>("waitsForTheGap");
    QTest::newRow("not busy (last burst 1): each job at once") << 1 << 3 << 3 << false;
    QTest::newRow("not busy (last burst 3): each job at once") << 3 << 3 << 3 << false;
    QTest::newRow("busy (last burst 4): gathers until no job came for the gap") << 4 << 3 << 1 << true;
    QTest::newRow("busy: gathers 10 jobs, then commits at once") << 5 << 10 << 1 << false;
}

void TestWriter::groupCommit()
{
    QFETCH(int, previousBurst);
    QFETCH(int, jobs);
    QFETCH(int, bursts);
    QFETCH(bool, waitsForTheGap);
    m_writer.reset();
    m_writer = std::make_unique<Writer>(m_path, GroupCommit{4, 10, std::chrono::milliseconds(1500), std::chrono::seconds(20)});
    QVERIFY(m_writer->start().ok());

    QSemaphore committed;
    const auto insert = [&](const QString &id) {
        m_writer->submit([id](QSqlDatabase &db) { return insertGame(db, id); }, nullptr, [&committed](Status status) {
            if (status)
                committed.release();
        });
    };
    Gate gate; // the previous burst: `previousBurst` jobs queued behind a blocked writer
    m_writer->submit(gate.blocker(), nullptr, {});
    QVERIFY(gate.waitEntered());
    for (int i = 0; i < previousBurst; ++i)
        insert(QStringLiteral("before-%1").arg(i));
    gate.open();
    QVERIFY(committed.tryAcquire(previousBurst, 10000));

    const quint64 burstsBefore = m_writer->committedBursts();
    QElapsedTimer elapsed;
    elapsed.start();
    for (int i = 0; i < jobs; ++i) {
        if (i > 0)
            QThread::msleep(20); // far longer than a commit here, far shorter than the gap
        insert(QStringLiteral("after-%1").arg(i));
    }
    QVERIFY(committed.tryAcquire(jobs, 20000));
    const qint64 took = elapsed.elapsed();
    QCOMPARE(int(m_writer->committedBursts() - burstsBefore), bursts);
    QCOMPARE(countRows(m_path, QStringLiteral("id LIKE 'after-%'")), jobs);
    if (waitsForTheGap)
        QVERIFY2(took >= 1400, qPrintable(QString::number(took)));
    else
        QVERIFY2(took < 1400, qPrintable(QString::number(took)));
}

void TestWriter::failureWhileGathering_data()
{
    // A busy writer runs each job as it comes while its burst gathers; job `failing` of five fails.
    QTest::addColumn<int>("failing");
    QTest::newRow("the first job, before any other came") << 0;
    QTest::newRow("a middle job, after two ran without savepoints") << 2;
    QTest::newRow("the last job") << 4;
}

void TestWriter::failureWhileGathering()
{
    QFETCH(int, failing);
    constexpr int kJobs = 5;
    m_writer.reset();
    m_writer = std::make_unique<Writer>(m_path, GroupCommit{4, 10, std::chrono::milliseconds(1500), std::chrono::seconds(20)});
    QVERIFY(m_writer->start().ok());
    Gate gate; // a previous burst of five makes the writer busy
    m_writer->submit(gate.blocker(), nullptr, {});
    QVERIFY(gate.waitEntered());
    QSemaphore committed;
    for (int i = 0; i < 5; ++i)
        m_writer->submit([i](QSqlDatabase &db) { return insertGame(db, QStringLiteral("before-%1").arg(i)); }, nullptr,
                         [&committed](Status) { committed.release(); });
    gate.open();
    QVERIFY(committed.tryAcquire(5, 10000));

    const quint64 burstsBefore = m_writer->committedBursts();
    std::vector<std::optional<Status>> outcomes(kJobs);
    QSemaphore answered;
    for (int i = 0; i < kJobs; ++i) {
        if (i > 0)
            QThread::msleep(20); // the job before has run by now, inside the open transaction
        const QString id = QStringLiteral("after-%1").arg(i);
        m_writer->submit(
            [id, fails = i == failing](QSqlDatabase &db) -> Status {
                if (Status s = insertGame(db, id); !s || !fails)
                    return s;
                return Error::make(409, QStringLiteral("conflict"), QStringLiteral("changed my mind"));
            },
            nullptr,
            [&outcomes, &answered, i](Status status) {
                outcomes[size_t(i)] = std::move(status);
                answered.release();
            });
    }
    QVERIFY(answered.tryAcquire(kJobs, 20000));
    QCOMPARE(int(m_writer->committedBursts() - burstsBefore), 1);
    for (int i = 0; i < kJobs; ++i) {
        const QString id = QStringLiteral("after-%1").arg(i);
        QVERIFY(outcomes[size_t(i)].has_value());
        QCOMPARE(outcomes[size_t(i)]->ok(), i != failing);
        QCOMPARE(countId(m_path, id), i == failing ? 0 : 1);
    }
    QVERIFY(m_writer->healthy());
}

QTEST_GUILESS_MAIN(TestWriter)
#include "tst_writer.moc"
