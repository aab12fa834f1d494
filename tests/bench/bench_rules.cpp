// bench_rules: time per submission of RuleSet::evaluate() + record() with every score rule on, and
// the memory of the windows. Default: 1,000,000 submissions over 100,000 players and 10 boards of
// one game, all within one hour (so every window stays alive: the memory worst case), then
// prune(). Prints figures; asserts nothing.

#include "benchclock.h"
#include "detection/ruleset.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <cmath>
#include <cstdio>
#include <ctime>
#include <map>
#include <vector>

using namespace arbiter;
using namespace arbiter::bench;

namespace {

struct Input {
    int player;
    int board;
    double value;
    qint64 atMs;
    TrustTier tier;
    int rank;
    int cluster;
};

} // namespace

int main(int argc, char **argv)
{
    const int players = argc > 1 ? atoi(argv[1]) : 100000;
    const int submissions = argc > 2 ? atoi(argv[2]) : 1000000;
    const qint64 spanMs = argc > 3 ? atoll(argv[3]) : 60LL * 60 * 1000;
    const int boards = 10;
    const qint64 t0 = 1795335600000;
    const QString game = QStringLiteral("game-1");
    // Every rule on, as the pipeline passes them: one shared object per game (a pointer compare
    // finds the parsed copy). The defaults, with a few members spelled out to make it non-trivial.
    const auto rule = [](const char *confidence) {
        return QJsonObject{
            {QStringLiteral("enabled"), true}, {QStringLiteral("confidence"), QLatin1String(confidence)}};
    };
    const QJsonObject settings{
        {QStringLiteral("rules"),
            QJsonObject{{QStringLiteral("rate_limit"), rule("high")}, {QStringLiteral("duplicate"), rule("medium")},
                {QStringLiteral("velocity"), rule("medium")}, {QStringLiteral("impossible_value"), rule("high")},
                {QStringLiteral("outlier"), rule("medium")}, {QStringLiteral("new_player_top"), rule("medium")},
                {QStringLiteral("bot_cadence"), rule("medium")}, {QStringLiteral("linked_accounts"), rule("low")}}},
        {QStringLiteral("rateLimitPerHour"),
            QJsonObject{{QStringLiteral("A"), 100}, {QStringLiteral("B"), 50}, {QStringLiteral("C"), 20}}},
        {QStringLiteral("outlierZ"),
            QJsonObject{{QStringLiteral("A"), 4.0}, {QStringLiteral("B"), 3.0}, {QStringLiteral("C"), 2.5}}},
        {QStringLiteral("duplicateWindowSeconds"), 300}, {QStringLiteral("velocityMinSeconds"), 2.0},
        {QStringLiteral("outlierMinSamples"), 50}, {QStringLiteral("outlierWindow"), 500}};

    // Inputs are built before measuring, so neither the time nor the RSS counts them.
    std::vector<QString> playerIds;
    playerIds.reserve(players);
    for (int i = 0; i < players; ++i)
        playerIds.push_back(QStringLiteral("player-%1").arg(i, 6, 10, QLatin1Char('0')));
    std::vector<QString> boardIds;
    for (int i = 0; i < boards; ++i)
        boardIds.push_back(QStringLiteral("board-%1").arg(i));
    std::vector<Input> script;
    script.reserve(submissions);
    QRandomGenerator rng(42);
    for (int i = 0; i < submissions; ++i) {
        const int player = i < players ? i : int(rng.bounded(players));
        // Scores ~ normal(1000, 100), some duplicates from coarse values; a few huge ones.
        const double u1 = std::max(1e-12, rng.generateDouble());
        const double u2 = rng.generateDouble();
        double value = std::round(1000 + 100 * std::sqrt(-2 * std::log(u1)) * std::cos(2 * M_PI * u2));
        if (rng.bounded(1000) == 0)
            value *= 10;
        const int t = int(rng.bounded(100));
        script.push_back(Input{player, int(rng.bounded(boards)), value, t0 + spanMs * i / submissions,
            t < 60       ? TrustTier::C
                : t < 90 ? TrustTier::B
                         : TrustTier::A,
            1 + int(rng.bounded(1000)), rng.bounded(50) == 0 ? 3 : 1});
    }

    RuleSet rules;
    std::vector<int> accepted(boards, 0);
    std::map<QString, int> fired;
    qint64 rejected = 0;
    qint64 flagged = 0;
    const qint64 rssBefore = vmRssKiB();
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuStart = cpuNs();
    for (const Input &in : script) {
        SubmissionFacts f;
        f.gameId = game;
        f.boardId = boardIds[in.board];
        // A fresh copy of the id, as each request parses its own: the windows' copy then is
        // their own memory and counts in the RSS, as in the server.
        f.playerId = QString(playerIds[in.player].constData(), playerIds[in.player].size());
        f.value = in.value;
        f.atMs = in.atMs;
        f.tier = in.tier;
        f.maxPlausible = 5000;
        f.boardAcceptedScores = accepted[in.board];
        f.boardRankedPlayers = std::min(accepted[in.board], players);
        f.prospectiveRank = in.rank;
        f.clusterSize = in.cluster;
        const RuleVerdict verdict = rules.evaluate(f, settings);
        bool high = false;
        bool rateLimited = false;
        for (const Detection &d : verdict.detections) {
            ++fired[d.type];
            high = high || d.confidence == Confidence::High;
            rateLimited = rateLimited || (d.type == QLatin1String("rate_limit") && d.confidence == Confidence::High);
        }
        if (high)
            ++rejected;
        else if (!verdict.detections.isEmpty())
            ++flagged;
        if (rateLimited)
            continue; // a 429 is not stored and costs no quota
        rules.record(f, !high, settings);
        if (!high)
            ++accepted[in.board];
    }
    const qint64 wallNs = timer.nsecsElapsed();
    const qint64 cpu = cpuNs() - cpuStart;
    const qint64 rssAfter = vmRssKiB();
    const int tracked = rules.trackedPlayers();
    const std::size_t windowBytes = rules.approximateBytes();

    // Evaluate alone (the 429 path of a spammer): the last hour's windows, nothing recorded.
    const qint64 evalStart = cpuNs();
    const int evals = std::min(submissions, 200000);
    int evalDetections = 0;
    for (int i = 0; i < evals; ++i) {
        const Input &in = script[submissions - 1 - i];
        SubmissionFacts f;
        f.gameId = game;
        f.boardId = boardIds[in.board];
        f.playerId = playerIds[in.player];
        f.value = in.value;
        f.atMs = script.back().atMs;
        f.tier = in.tier;
        f.boardAcceptedScores = accepted[in.board];
        evalDetections += int(rules.evaluate(f, settings).detections.size());
    }
    const qint64 evalCpu = cpuNs() - evalStart;

    // The same, but with a fresh (equal, unshared) settings object per call: a member-wise compare.
    const qint64 copyStart = cpuNs();
    for (int i = 0; i < evals; ++i) {
        const Input &in = script[submissions - 1 - i];
        SubmissionFacts f;
        f.gameId = game;
        f.boardId = boardIds[in.board];
        f.playerId = playerIds[in.player];
        f.value = in.value;
        f.atMs = script.back().atMs;
        const QJsonObject copy = QJsonDocument::fromJson(QJsonDocument(settings).toJson()).object();
        (void)rules.evaluate(f, copy);
    }
    const qint64 copyCpu = cpuNs() - copyStart;
    QJsonObject parsedOnce;
    const qint64 parseStart = cpuNs();
    for (int i = 0; i < evals; ++i)
        parsedOnce = QJsonDocument::fromJson(QJsonDocument(settings).toJson()).object();
    const qint64 parseCpu = cpuNs() - parseStart;

    timer.restart();
    rules.prune(script.back().atMs + 60LL * 60 * 1000 + 1);
    const qint64 pruneNs = timer.nsecsElapsed();
    const qint64 rssPruned = vmRssKiB();

    std::printf("submissions: %d over %d players, %d boards, %.1f min; %lld rejected, %lld flagged\n", submissions,
        players, boards, spanMs / 60000.0, static_cast<long long>(rejected), static_cast<long long>(flagged));
    for (const auto &[type, n] : fired)
        std::printf("  %-17s %d\n", qPrintable(type), n);
    std::printf("evaluate+record: %.3f us per submission CPU, %.3f us wall (%.1f ms total)\n",
        cpu / 1000.0 / submissions, wallNs / 1000.0 / submissions, wallNs / 1e6);
    std::printf("evaluate alone: %.3f us per call CPU (%d detections)\n", evalCpu / 1000.0 / evals, evalDetections);
    std::printf("evaluate with an unshared equal settings object: +%.3f us per call (compare)\n",
        (copyCpu - parseCpu - evalCpu) / 1000.0 / evals);
    std::printf("VmRSS: %lld KiB before, %lld KiB after: delta %lld KiB = %.0f bytes per tracked player (%d tracked)\n",
        static_cast<long long>(rssBefore), static_cast<long long>(rssAfter),
        static_cast<long long>(rssAfter - rssBefore), (rssAfter - rssBefore) * 1024.0 / std::max(1, tracked), tracked);
    std::printf("window storage (without hash tables and ids): %.1f MiB\n", windowBytes / 1048576.0);
    std::printf("prune after an hour of silence: %.1f ms, %d players left, VmRSS %lld KiB\n", pruneNs / 1e6,
        rules.trackedPlayers(), static_cast<long long>(rssPruned));
    return 0;
}
