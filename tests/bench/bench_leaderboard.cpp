// bench_leaderboard: a board of 1,000,000 players in process. Bulk load of 1,000,000 submissions (the start-up
// rebuild) both through beginBulkLoad()/endBulkLoad() and through plain add(); then per-call latency
// (median/p99) of add (random score change, rank computed), standing, top(0,100) and around(radius 5); and the
// RSS of the whole board. Usage: bench_leaderboard [best|latest|sum|best_n_sum] [never|daily|weekly|monthly]
// [players] [submissions]. Prints figures; asserts nothing.

#include "benchclock.h"
#include "leaderboard/leaderboard.h"
#include "leaderboard/period.h"

#include <QFile>
#include <QRandomGenerator>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <malloc.h>
#include <vector>

using namespace arbiter;
using namespace arbiter::bench;

namespace {

qint64 wallNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

QString playerId(int i)
{
    return QStringLiteral("player-%1").arg(i, 7, 10, QLatin1Char('0'));
}

QString submissionId(qint64 i) // UUID-shaped, as event ids are
{
    return QString::asprintf(
        "%08llx-7e1c-4a2b-9c3d-%012llx", (unsigned long long)(i * 2654435761u % 0xffffffffu), (unsigned long long)i);
}

struct Row {
    QString id;
    QString player;
    double points;
    qint64 atMs;
};

void report(const char *what, std::vector<qint64> &ns)
{
    std::sort(ns.begin(), ns.end());
    const auto at = [&](double q) { return double(ns[size_t(q * double(ns.size() - 1))]) / 1000.0; };
    std::printf("  %-34s median %7.3f us   p99 %7.3f us   max %8.1f us   (n=%zu)\n", what, at(0.5), at(0.99),
        double(ns.back()) / 1000.0, ns.size());
}

} // namespace

int main(int argc, char **argv)
{
    const BoardOperator op
        = operatorFromName(QString::fromLatin1(argc > 1 ? argv[1] : "best")).value_or(BoardOperator::Best);
    const ResetSchedule reset
        = resetFromName(QString::fromLatin1(argc > 2 ? argv[2] : "never")).value_or(ResetSchedule::Never);
    const int players = argc > 3 ? atoi(argv[3]) : 1000000;
    const int submissions = argc > 4 ? atoi(argv[4]) : 1000000;
    const int samples = 200000;
    const qint64 t0 = 1795000000000; // 2026-11-18
    const qint64 spanMs = 14 * MsPerDay; // two weeks of history: daily boards get 14 past periods
    BoardSpec spec{QStringLiteral("board-1"), SortOrder::Desc, op, reset, 3};
    std::printf("bench_leaderboard: operator %s, reset %s, bestN %d, %d players, %d submissions\n",
        qPrintable(operatorName(op)), qPrintable(resetName(reset)), spec.bestN, players, submissions);

    const qint64 rssStart = vmRssKiB();
    QRandomGenerator rng(7);
    std::vector<Row> rows;
    rows.reserve(submissions);
    for (int i = 0; i < submissions; ++i) {
        // Every player once, then random players; times ascending as the database returns them.
        const int player = i < players ? i : int(rng.bounded(players));
        rows.push_back(
            Row{submissionId(i), playerId(player), double(rng.bounded(1000000)), t0 + spanMs * i / submissions});
    }

    // Plain add() for every submission, keeping every index up to date on each call (random-order inserts leave
    // the tree's nodes ~70% full).
    {
        Leaderboard board(spec);
        const qint64 start = cpuNs();
        for (const Row &r : rows)
            board.add(r.id, r.player, r.points, r.atMs);
        std::printf("incremental load (add() each):             %.0f ms CPU\n", double(cpuNs() - start) / 1e6);
        std::printf("RSS with the incrementally loaded board and the inputs: %.1f MB\n", double(vmRssKiB()) / 1024);
    }
    malloc_trim(0);

    // The start-up rebuild in bulk mode; this board (nodes 7/8 full) is the one measured below.
    Leaderboard board(spec);
    {
        const qint64 start = cpuNs();
        board.beginBulkLoad();
        for (const Row &r : rows)
            board.add(r.id, r.player, r.points, r.atMs);
        const qint64 mid = cpuNs();
        board.endBulkLoad();
        const qint64 end = cpuNs();
        std::printf("bulk load (beginBulkLoad/add/endBulkLoad): %.0f ms CPU for %d submissions (adds %.0f ms, index "
                    "build %.0f ms), %d ranked in \"all\"\n",
            double(end - start) / 1e6, submissions, double(mid - start) / 1e6, double(end - mid) / 1e6,
            board.total(QStringLiteral("all")));
    }
    std::vector<Row>().swap(rows);
    malloc_trim(0);
    const qint64 rssBoard = vmRssKiB();
    std::printf(
        "RSS: %.1f MB at start, %.1f MB with the bulk-loaded board (inputs freed): board ~%.1f MB, %d periods\n",
        double(rssStart) / 1024, double(rssBoard) / 1024, double(rssBoard - rssStart) / 1024,
        int(board.periods().size()));

    // Inputs for the timed calls, made before timing.
    const QString current = periodKey(reset, t0 + spanMs - 1);
    std::vector<QString> ids(samples);
    std::vector<QString> who(samples);
    std::vector<double> points(samples);
    for (int i = 0; i < samples; ++i) {
        ids[i] = submissionId(qint64(submissions) + i);
        who[i] = playerId(int(rng.bounded(players)));
        points[i] = double(rng.bounded(1000000));
    }
    std::vector<qint64> ns(samples);
    std::vector<qint64> movedNs;
    std::vector<qint64> stayedNs;
    int moved = 0;
    for (int i = 0; i < samples; ++i) {
        const qint64 at = t0 + spanMs - 1000 + i / 1000; // still inside the current period
        const qint64 start = wallNs();
        const int changes = int(board.add(ids[i], who[i], points[i], at).size());
        ns[i] = wallNs() - start;
        moved += changes;
        (changes > 0 ? movedNs : stayedNs).push_back(ns[i]);
    }
    std::printf("per call (wall time, one call at a time, board of %d ranked in \"all\"):\n",
        board.total(QStringLiteral("all")));
    report("add (random score, rank changes)", ns);
    report("  of which the rank moved", movedNs);
    report("  of which nothing moved", stayedNs);
    std::printf("    %d rank changes reported by %d adds (period + \"all\")\n", moved, samples);

    // What ingest does: the update and the player's rank in the submission's period afterwards, in one call.
    std::vector<QString> ids2(samples);
    for (int i = 0; i < samples; ++i) {
        ids2[i] = submissionId(qint64(submissions) + samples + i);
        who[i] = playerId(int(rng.bounded(players)));
        points[i] = double(rng.bounded(1000000));
    }
    qint64 rankSum = 0;
    for (int i = 0; i < samples; ++i) {
        const qint64 at = t0 + spanMs - 1000 + i / 1000;
        int rank = 0;
        const qint64 start = wallNs();
        board.add(ids2[i], who[i], points[i], at, &rank);
        ns[i] = wallNs() - start;
        rankSum += rank;
    }
    report("add + rank (update, rank returned)", ns);
    moved += int(rankSum & 0xff);

    for (int i = 0; i < samples; ++i) {
        const qint64 start = wallNs();
        const auto s = board.standing(QStringLiteral("all"), who[i]);
        ns[i] = wallNs() - start;
        moved += s ? 1 : 0;
    }
    report("standing(all, player)", ns);

    std::vector<qint64> topNs(20000);
    for (size_t i = 0; i < topNs.size(); ++i) {
        const qint64 start = wallNs();
        const QList<Standing> page = board.top(QStringLiteral("all"), 0, 100);
        topNs[i] = wallNs() - start;
        moved += int(page.size());
    }
    report("top(all, 0, 100)", topNs);
    for (size_t i = 0; i < topNs.size(); ++i) {
        const int offset = int(rng.bounded(players - 100));
        const qint64 start = wallNs();
        const QList<Standing> page = board.top(QStringLiteral("all"), offset, 100);
        topNs[i] = wallNs() - start;
        moved += int(page.size());
    }
    report("top(all, random offset, 100)", topNs);
    for (int i = 0; i < samples; ++i) {
        const qint64 start = wallNs();
        const QList<Standing> page = board.around(QStringLiteral("all"), who[i], 5);
        ns[i] = wallNs() - start;
        moved += int(page.size());
    }
    report("around(all, player, 5)", ns);
    for (int i = 0; i < samples; ++i) {
        const qint64 start = wallNs();
        moved += board.prospectiveRank(QStringLiteral("all"), who[i], points[i], t0 + spanMs);
        ns[i] = wallNs() - start;
    }
    report("prospectiveRank(all, ...)", ns);
    if (reset != ResetSchedule::Never) {
        for (int i = 0; i < samples; ++i) {
            const qint64 start = wallNs();
            const auto s = board.standing(current, who[i]);
            ns[i] = wallNs() - start;
            moved += s ? 1 : 0;
        }
        report(qPrintable(QStringLiteral("standing(%1, player)").arg(current)), ns);
    }
    std::vector<qint64> removeNs(20000);
    for (size_t i = 0; i < removeNs.size(); ++i) {
        const qint64 start = wallNs();
        moved += int(board.remove(ids[i], who[i]).size());
        removeNs[i] = wallNs() - start;
    }
    report("remove (fallback recomputed)", removeNs);
    std::printf("final RSS %.1f MB (checksum %d)\n", double(vmRssKiB()) / 1024, moved);
    return 0;
}
