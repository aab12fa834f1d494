// bench_overview: the Overview and Watchlist aggregates (StatsQueries) over a large store:
// 500 000 submissions over 24 h (the last hour ≈ 21 000), 100 000 pending flags, 50 000 bans over
// 60 days, 100 000 eye-stage transitions over 48 h; against the time-column scans the id ranges
// replace. Prints figures; asserts nothing.

#include "storage/database.h"
#include "storage/statsqueries.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>

using namespace arbiter;

namespace {

constexpr qint64 kNow = 1795335600000; // 2026-11-22T08:20:00Z
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr int kSubmissions = 500'000;
constexpr int kFlags = 100'000;
constexpr int kBans = 50'000;
constexpr int kTransitions = 100'000;

QString objectId(qint64 ms, quint64 serial)
{
    return QStringLiteral("%1%2").arg(quint32(ms / 1000), 8, 16, QLatin1Char('0')).arg(serial, 16, 16, QLatin1Char('0'));
}

double msPer(int runs, const std::function<void()> &run)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < runs; ++i)
        run();
    return double(timer.nsecsElapsed()) / 1e6 / runs;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    Result<QSqlDatabase> opened
        = Database::open(dir.filePath(QStringLiteral("bench.db")), QStringLiteral("bench"), Database::Mode::ReadWrite);
    if (!opened) {
        out << "cannot open: " << opened.error().detail << Qt::endl;
        return 1;
    }
    QSqlDatabase db = opened.value();
    QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
    QRandomGenerator random(42);
    const QStringList statuses = {QStringLiteral("accepted"), QStringLiteral("accepted"), QStringLiteral("accepted"),
                                  QStringLiteral("flagged"), QStringLiteral("rejected")};
    const QStringList games = {QStringLiteral("g1"), QStringLiteral("g2"), QStringLiteral("g3")};

    QElapsedTimer timer;
    timer.start();
    db.transaction();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO submissions (id, game_id, board_id, player_id, event_uuid, request_hash, value, points,"
                                  " body, status, test_mode, rule_set_id, at, response_status, response)"
                                  " VALUES (?, ?, 'b', ?, ?, x'00', 1, 1, '{}', ?, 0, 'r', ?, 201, '{}')"));
    for (int i = 0; i < kSubmissions; ++i) { // evenly over the last 24 h, oldest first
        const qint64 at = kNow - kDay + qint64(i) * kDay / kSubmissions;
        insert.addBindValue(objectId(at, quint64(i)));
        insert.addBindValue(games[i % 3]);
        insert.addBindValue(QStringLiteral("p%1").arg(i % 20000));
        insert.addBindValue(QString::number(i));
        insert.addBindValue(statuses[i % statuses.size()]);
        insert.addBindValue(at);
        insert.exec();
    }
    insert.prepare(QStringLiteral("INSERT INTO flags (id, game_id, player_id, type, confidence, action, status, created_at)"
                                  " VALUES (?, ?, 'p', ?, 'high', 'flagged', ?, ?)"));
    const QStringList types = {QStringLiteral("velocity"), QStringLiteral("outlier"), QStringLiteral("impossible_value"),
                               QStringLiteral("rate_limit"), QStringLiteral("new_player_top")};
    for (int i = 0; i < kFlags * 2; ++i) { // half of them resolved
        const qint64 at = kNow - 30 * kDay + qint64(i) * 30 * kDay / (kFlags * 2);
        insert.addBindValue(objectId(at, quint64(i)));
        insert.addBindValue(games[i % 3]);
        insert.addBindValue(types[i % types.size()]);
        insert.addBindValue(i % 2 ? QStringLiteral("pending") : QStringLiteral("dismissed"));
        insert.addBindValue(at);
        insert.exec();
    }
    insert.prepare(QStringLiteral("INSERT INTO bans (id, game_id, player_id, reasons, source, created_at, actor)"
                                  " VALUES (?, ?, 'p', '[]', 'auto', ?, 'engine')"));
    for (int i = 0; i < kBans; ++i) {
        const qint64 at = kNow - 60 * kDay + qint64(i) * 60 * kDay / kBans;
        insert.addBindValue(objectId(at, quint64(i)));
        insert.addBindValue(games[i % 3]);
        insert.addBindValue(at);
        insert.exec();
    }
    insert.prepare(QStringLiteral("INSERT INTO eye_transitions (game_id, player_id, at, from_stage, to_stage, cause)"
                                  " VALUES (?, ?, ?, ?, ?, 'x')"));
    const QStringList stages = {QStringLiteral("none"), QStringLiteral("little"), QStringLiteral("short"), QStringLiteral("big")};
    for (int i = 0; i < kTransitions; ++i) {
        const qint64 at = kNow - 2 * kDay + qint64(i) * 2 * kDay / kTransitions;
        const int from = int(random.bounded(3));
        insert.addBindValue(games[i % 3]);
        insert.addBindValue(QStringLiteral("p%1").arg(i % 20000));
        insert.addBindValue(at);
        insert.addBindValue(stages[from]);
        insert.addBindValue(stages[from + 1]);
        insert.exec();
    }
    db.commit();
    QSqlQuery(db).exec(QStringLiteral("ANALYZE"));
    out << "stored " << kSubmissions << " submissions, " << kFlags * 2 << " flags (half pending), " << kBans << " bans, "
        << kTransitions << " transitions in " << timer.elapsed() << " ms" << Qt::endl;

    const auto report = [&](const QString &what, int runs, const std::function<void()> &run) {
        out << what << ": " << QString::number(msPer(runs, run), 'f', 2) << " ms" << Qt::endl;
    };
    const qint64 hourStart = (kNow / kMinute - 59) * kMinute;
    const qint64 partialStart = (kNow / kMinute - 1) * kMinute;
    report(QStringLiteral("submissionsPerMinute, full hour, all games (≈21k rows)"), 20,
           [&] { (void)StatsQueries::submissionsPerMinute(db, QString(), hourStart); });
    report(QStringLiteral("submissionsPerMinute, full hour, one game"), 20,
           [&] { (void)StatsQueries::submissionsPerMinute(db, QStringLiteral("g1"), hourStart); });
    report(QStringLiteral("submissionsPerMinute, live refresh (2 minutes), all games"), 200,
           [&] { (void)StatsQueries::submissionsPerMinute(db, QString(), partialStart); });
    report(QStringLiteral("submissionsSince(last 60 s)"), 200, [&] { (void)StatsQueries::submissionsSince(db, QString(), kNow - kMinute); });
    report(QStringLiteral("openFlags, all games (100k pending)"), 20, [&] { (void)StatsQueries::openFlags(db, QString()); });
    report(QStringLiteral("openFlags, one game"), 20, [&] { (void)StatsQueries::openFlags(db, QStringLiteral("g1")); });
    report(QStringLiteral("openFlagsByType, all games"), 20, [&] { (void)StatsQueries::openFlagsByType(db, QString()); });
    report(QStringLiteral("bansSince(today)"), 200, [&] { (void)StatsQueries::bansSince(db, QString(), kNow - 8 * kHour); });
    report(QStringLiteral("bansPerDay, 30 days, all games (25k rows)"), 20,
           [&] { (void)StatsQueries::bansPerDay(db, QString(), kNow - 30 * kDay); });
    report(QStringLiteral("transitionsSince(24 h), all games (50k rows)"), 10,
           [&] { (void)StatsQueries::transitionsSince(db, QString(), kNow - kDay, 100000); });

    // What the id range saves: the same hour by the time column alone (no index on submissions.at).
    report(QStringLiteral("for comparison: full-hour GROUP BY on the at column only (table scan)"), 5, [&] {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT (at / 60000) * 60000 AS m, status, COUNT(*) FROM submissions WHERE at >= ? GROUP BY m, status"));
        q.addBindValue(hourStart);
        q.exec();
        while (q.next()) { }
    });
    return 0;
}
