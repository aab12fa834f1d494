// bench_playersearch: the Players page's search (PlayerQueries::byIdPrefix, a range over the
// primary key with LIMIT) over a million stored players, against the LIKE query it replaces.
// Prints figures; asserts nothing.

#include "storage/database.h"
#include "storage/playerqueries.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace arbiter;

namespace {

constexpr int kPlayers = 1'000'000;
constexpr int kLimit = 51; // the page shows 50 and asks for one more

double microsPerQuery(QSqlDatabase &db, const QString &prefix, int runs)
{
    QElapsedTimer timer;
    timer.start();
    qsizetype rows = 0;
    for (int i = 0; i < runs; ++i)
        rows += PlayerQueries::byIdPrefix(db, QStringLiteral("game"), prefix, kLimit).value().size();
    Q_UNUSED(rows);
    return double(timer.nsecsElapsed()) / 1000.0 / runs;
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
    QElapsedTimer timer;
    timer.start();
    db.transaction();
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO players (game_id, player_id, first_seen, last_seen) VALUES ('game', ?, 0, 0)"));
    for (int i = 0; i < kPlayers; ++i) {
        insert.addBindValue(QStringLiteral("p%1").arg(i, 7, 10, QLatin1Char('0')));
        insert.exec();
    }
    db.commit();
    out << "inserted " << kPlayers << " players in " << timer.elapsed() << " ms" << Qt::endl;

    for (const QString &prefix : {QString(), QStringLiteral("p"), QStringLiteral("p05"), QStringLiteral("p0999"),
             QStringLiteral("p0999999"), QStringLiteral("zzz")})
        out << "byIdPrefix('" << prefix << "') limit " << kLimit << ": "
            << QString::number(microsPerQuery(db, prefix, 2000), 'f', 1) << " µs/query" << Qt::endl;

    // What a LIKE would cost: case-insensitive, so SQLite cannot use the BINARY primary key.
    timer.restart();
    QSqlQuery like(db);
    like.prepare(QStringLiteral(
        "SELECT player_id FROM players WHERE game_id = 'game' AND player_id LIKE ? ORDER BY player_id LIMIT ?"));
    like.addBindValue(QStringLiteral("p0999999%"));
    like.addBindValue(kLimit);
    like.exec();
    while (like.next()) { }
    out << "LIKE 'p0999999%' for comparison: " << timer.nsecsElapsed() / 1000 << " µs" << Qt::endl;
    return 0;
}
