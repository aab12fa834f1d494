// bench_watch: time per recordAlert() and memory per tracked player of the EyeStageTracker.
// 1,000,000 alerts over 100,000 players of one game, all inside one streak window so every
// player stays tracked; then expire() of everybody. Prints figures; asserts nothing.

#include "benchclock.h"
#include "watch/eyestagetracker.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

#include <cstdio>
#include <ctime>
#include <vector>

using namespace arbiter;
using namespace arbiter::bench;

namespace {

} // namespace

int main(int argc, char **argv)
{
    const int players = argc > 1 ? atoi(argv[1]) : 100000;
    const int alerts = argc > 2 ? atoi(argv[2]) : 1000000;
    const qint64 t0 = 1795335600000;
    const qint64 spanMs = 60LL * 60 * 1000; // all alerts within one hour: nobody expires mid-run
    const WatchSettings settings;
    const QString game = QStringLiteral("game-1");
    const QStringList reasons{QStringLiteral("speed_hack"), QStringLiteral("aim_assist"),
        QStringLiteral("rig_movement_inhuman"), QStringLiteral("velocity")};

    // Inputs are built before measuring, so neither the time nor the RSS counts them.
    std::vector<QString> ids;
    ids.reserve(players);
    for (int i = 0; i < players; ++i)
        ids.push_back(QStringLiteral("player-%1").arg(i, 6, 10, QLatin1Char('0')));
    struct Alert {
        int player;
        int reason;
        qint64 atMs;
    };
    std::vector<Alert> script;
    script.reserve(alerts);
    QRandomGenerator rng(42);
    for (int i = 0; i < alerts; ++i) {
        // Most players keep to one or two reasons, as real streaks do.
        const int player = i < players ? i : int(rng.bounded(players));
        const int reason = rng.bounded(100) < 80 ? player % 2 : int(rng.bounded(int(reasons.size())));
        script.push_back(Alert{player, reason, t0 + spanMs * i / alerts});
    }

    EyeStageTracker tracker;
    const qint64 rssBefore = vmRssKiB();
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuStart = cpuNs();
    int consistent = 0;
    qint64 transitions = 0;
    for (const Alert &a : script) {
        // A fresh copy of the id, as each request parses its own: the tracker's copy is then its
        // own memory and counts in the RSS, as in the server.
        const QString player(ids[a.player].constData(), ids[a.player].size());
        const AlertOutcome out = tracker.recordAlert(game, player, reasons[a.reason], a.atMs, settings);
        consistent += out.consistentBehaviour ? 1 : 0;
        transitions += out.transitions.size();
    }
    const qint64 recordNs = timer.nsecsElapsed();
    const qint64 recordCpuNs = cpuNs() - cpuStart;
    const qint64 rssAfter = vmRssKiB();

    timer.restart();
    for (int i = 0; i < players; ++i)
        (void)tracker.status(game, ids[i], t0 + spanMs);
    const qint64 statusNs = timer.nsecsElapsed();

    const qsizetype tracked = tracker.trackedPlayers();
    timer.restart();
    const QList<StageTransition> expired = tracker.expire(t0 + spanMs + settings.streakGapMs + 1);
    const qint64 expireNs = timer.nsecsElapsed();

    std::printf("alerts: %d over %d players (%lld tracked), %lld transitions, %d consistent-behaviour reports\n",
        alerts, players, static_cast<long long>(tracked), static_cast<long long>(transitions), consistent);
    std::printf("recordAlert: %.3f us per alert CPU, %.3f us wall (%.1f ms total)\n", recordCpuNs / 1000.0 / alerts,
        recordNs / 1000.0 / alerts, recordNs / 1e6);
    std::printf("status: %.3f us per call\n", statusNs / 1000.0 / players);
    std::printf("expire: %.3f us per expired player (%lld transitions)\n",
        expireNs / 1000.0 / qMax<qsizetype>(1, tracked), static_cast<long long>(expired.size()));
    std::printf("VmRSS: %lld KiB before, %lld KiB after: delta %lld KiB = %.0f bytes per tracked player\n",
        static_cast<long long>(rssBefore), static_cast<long long>(rssAfter),
        static_cast<long long>(rssAfter - rssBefore), (rssAfter - rssBefore) * 1024.0 / qMax<qsizetype>(1, tracked));
    std::printf("after expire: %lld tracked\n", static_cast<long long>(tracker.trackedPlayers()));
    return 0;
}
