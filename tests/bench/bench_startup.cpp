// Benchmark: engine start-up over a database holding N stored submissions (default 1,000,000 on
// one board, 200,000 players): leaderboards, rule windows, trust tiers and event keys are rebuilt
// from SQLite. Prints the start time and the resident memory. Usage: bench_startup [N [DIR]]:
// with DIR the seeded database is kept there and reused by later runs (for profiling the start).

#include "engine.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace arbiter;

namespace {

long residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return 0;
}

// Fills the file directly (one transaction), as a long-running server would have over months.
void seed(const QString &path, int submissions, qint64 nowMs)
{
    Result<QSqlDatabase> db = Database::open(path, QStringLiteral("seed"), Database::Mode::ReadWrite);
    if (!db)
        qFatal("%s", qPrintable(db.error().detail));
    QSqlDatabase &d = db.value();
    d.transaction();
    QSqlQuery q(d);
    q.exec(QStringLiteral("INSERT INTO games (id, name, created_at, anti_cheat, test_mode, auto_ban, trust_proxy) "
                          "VALUES ('g', 'Seeded', 0, 1, 0, 1, 0)"));
    q.exec(QStringLiteral("INSERT INTO rule_sets (id, board_id, version, scoring, created_at) VALUES ('r', 'b', 1, '{}', 0)"));
    q.exec(QStringLiteral("INSERT INTO boards (id, game_id, name, sort_order, operator, reset, rule_set_id, created_at) "
                          "VALUES ('b', 'g', 'Main', 'desc', 'best', 'never', 'r', 0)"));
    q.prepare(QStringLiteral("INSERT INTO submissions (id, game_id, board_id, player_id, event_uuid, request_hash, value, points, "
                             "body, status, test_mode, rule_set_id, at, response_status, response) "
                             "VALUES (?, 'g', 'b', ?, ?, x'00', ?, ?, '{}', 'accepted', 0, 'r', ?, 201, '{}')"));
    for (int i = 0; i < submissions; ++i) {
        const double score = double((qint64(i) * 7919) % 1000003);
        q.addBindValue(QStringLiteral("%1").arg(i, 24, 16, QLatin1Char('0'))); // an ObjectId, as the engine makes
        q.addBindValue(QStringLiteral("p%1").arg(i % 200000));
        q.addBindValue(QStringLiteral("%1-0000-4000-8000-000000000000").arg(i, 8, 16, QLatin1Char('0')));
        q.addBindValue(score);
        q.addBindValue(score);
        q.addBindValue(nowMs - qint64(submissions - i) * 10); // the newest ~3 hours of traffic
        q.exec();
    }
    d.commit();
    q.finish();
    d.close();
    Database::close(QStringLiteral("seed"));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int submissions = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    QTemporaryDir scratch;
    const QDir dir(argc > 2 ? QString::fromLocal8Bit(argv[2]) : scratch.path());
    auto clock = std::make_shared<SystemClock>();
    QElapsedTimer timer;
    timer.start();
    if (!QFile::exists(dir.filePath(Engine::databaseFileName()))) {
        QDir().mkpath(dir.path());
        seed(dir.filePath(Engine::databaseFileName()), submissions, clock->nowMs());
        std::printf("seeded %d submissions in %.1f s (%.0f MB file)\n", submissions, timer.elapsed() / 1000.0,
                    QFile(dir.filePath(Engine::databaseFileName())).size() / 1e6);
    }

    const long before = residentKb();
    qputenv("ARBITER_ADMIN_TOKEN", "bench-token-0123456789abcdef");
    EngineConfig config;
    config.dataDir = dir.path();
    config.port = 0;
    config.clock = clock;
    Engine engine(config);
    timer.restart();
    if (Status s = engine.start(); !s)
        qFatal("%s", qPrintable(s.error().detail));
    const qint64 startMs = timer.elapsed();
    std::printf("engine start with %d stored submissions: %.2f s; resident memory %.0f MB (+%.0f MB for the engine)\n",
                submissions, startMs / 1000.0, residentKb() / 1024.0, (residentKb() - before) / 1024.0);
    engine.shutdown();
    return 0;
}
