// Benchmark: score ingest over loopback HTTP (32 connections, all rules on, every 201 durable) and
// leaderboard reads, against a real engine; Redis in the same run for comparison when
// redis-server and redis-benchmark are installed. Prints figures only.
// Usage: bench_ingest [seconds per run, default 5]

#include "../support/testserver.h"
#include "storage/writer.h"
#include "threadcpu.h"
#include "wrk.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>

#include <cstdio>

#include <unistd.h>

using namespace arbiter;
using namespace arbiter::bench;

namespace {

// One new player per request (the game backend's secret path): every rule is evaluated, none
// throttles, so this measures the pipeline rather than the rate limit. Every run has its own event ids
// (`run` is in the uuid): a run that repeated an earlier run's ids would measure replays instead.
QString writeIngestScript(const QString &dir, const QString &gameId, const QString &secret, int playerModulo, bool scattered,
                          int run)
{
    // Scattered: player numbers multiplied by an odd constant modulo 2^32 (still one per n), so
    // each new row lands on its own page of the player index, as with real players. Sequential
    // numbers put a commit's rows on one or two pages at the index's end.
    QString player = playerModulo > 0 ? QStringLiteral("(n % %1)").arg(playerModulo) : QStringLiteral("n");
    if (scattered)
        player = QStringLiteral("(%1 * 2654435761) % 4294967296").arg(player);
    const QString path = dir + QStringLiteral("/ingest-%1-%2.lua").arg(playerModulo).arg(run);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(QStringLiteral(
                   "local threads = 0\n"
                   "function setup(thread) threads = threads + 1; thread:set('tid', threads) end\n"
                   "local n = 0\n"
                   "local head = nil\n" // the request line and fixed headers, formatted once
                   "function request()\n"
                   "  if not head then\n"
                   "    head = string.sub(wrk.format('POST', nil, {['Content-Type']='application/json', ['X-Game-Id']='%2',"
                   " ['escs-game-secret-key']='%3'}), 1, -3)\n"
                   "  end\n"
                   "  n = n + 1\n"
                   "  local player = %1\n"
                   "  local body = string.format('{\"event_uuid\":\"%08x-RUNN-4000-8000-%012x\",\"score\":%d,\"player_id\":\"p%d_%d\"}',"
                   " tid, n, ((n + RUNS) * 7919) % 100000, tid, player)\n"
                   "  return head .. 'Content-Length: ' .. #body .. '\\r\\n\\r\\n' .. body\n"
                   "end\n")
                   .arg(player, gameId, secret)
                   .replace(QStringLiteral("RUNN"), QStringLiteral("%1").arg(run, 4, 10, QLatin1Char('0')))
                   .replace(QStringLiteral("RUNS"), QString::number(run * 7)) // a returning player scores anew
                   .toUtf8());
    return path;
}

QString writeReadScript(const QString &dir, const QString &token)
{
    const QString path = dir + QStringLiteral("/read.lua");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(QStringLiteral("wrk.headers['Authorization'] = 'Bearer %1'\n").arg(token).toUtf8());
    return path;
}

void redisComparison(int seconds)
{
    const QString server = QStandardPaths::findExecutable(QStringLiteral("redis-server"));
    const QString bench = QStandardPaths::findExecutable(QStringLiteral("redis-benchmark"));
    if (server.isEmpty() || bench.isEmpty()) {
        std::printf("redis: not installed (apt-get install redis-server redis-tools) - no comparison\n");
        return;
    }
    QProcess redis;
    redis.start(server, {QStringLiteral("--port"), QStringLiteral("6399"), QStringLiteral("--save"), QString(),
                         QStringLiteral("--appendonly"), QStringLiteral("no")});
    redis.waitForStarted();
    QThread::msleep(300);
    const int requests = 40000 * seconds;
    const auto run = [&](const QStringList &command) {
        QProcess p;
        p.start(bench, QStringList{QStringLiteral("-p"), QStringLiteral("6399"), QStringLiteral("-c"), QStringLiteral("32"),
                                   QStringLiteral("-n"), QString::number(requests), QStringLiteral("-r"), QStringLiteral("100000"),
                                   QStringLiteral("-q")} + command);
        p.waitForFinished(120000);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const auto m = QRegularExpression(QStringLiteral("([\\d.]+) requests per second")).match(out);
        return m.hasMatch() ? m.captured(1).toDouble() : 0.0;
    };
    const double zadd = run({QStringLiteral("ZADD"), QStringLiteral("board"), QStringLiteral("__rand_int__"), QStringLiteral("p__rand_int__")});
    const double range = run({QStringLiteral("ZREVRANGE"), QStringLiteral("board"), QStringLiteral("0"), QStringLiteral("99"), QStringLiteral("WITHSCORES")});
    std::printf("%-22s %10.0f req/s   (no durability, no detection)\n", "redis ZADD", zadd);
    std::printf("%-22s %10.0f req/s\n", "redis ZREVRANGE 0 99", range);
    redis.terminate();
    redis.waitForFinished(5000);
}

// The floor under every durable commit on this disk: one write of `pages` pages and an fdatasync,
// as a WAL commit does, averaged over many. No database can answer a durable write faster.
double writeAndSyncMicros(const QString &dir, int pages)
{
    QFile file(dir + QStringLiteral("/sync-probe.bin"));
    if (!file.open(QIODevice::ReadWrite | QIODevice::Truncate))
        return 0.0;
    const QByteArray page(4096 * pages, '\x5a');
    constexpr int kRounds = 500;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kRounds; ++i) {
        file.write(page);
        file.flush();
        ::fdatasync(file.handle());
    }
    const double micros = double(timer.nsecsElapsed()) / 1000.0 / kRounds;
    file.remove();
    return micros;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? qMax(1, QByteArray(argv[1]).toInt()) : 5;

    test::TestServer server;
    if (!server.start())
        qFatal("engine did not start");
    const QString gameId = server.post(QStringLiteral("/admin/v1/games"), {{QStringLiteral("name"), QStringLiteral("Bench")}})
                               .json().value(QStringLiteral("id")).toString();
    const QString secret = server.request("POST", QStringLiteral("/admin/v1/games/%1/secret").arg(gameId), QByteArray())
                               .json().value(QStringLiteral("secret")).toString();
    const QString boardId = server.post(QStringLiteral("/admin/v1/games/%1/boards").arg(gameId), {{QStringLiteral("name"), QStringLiteral("Main")}})
                                .json().value(QStringLiteral("id")).toString();
    const QString base = server.engine().baseUrl();

    std::printf("disk: a write and fdatasync of 1 / 8 / 40 pages takes %.0f / %.0f / %.0f µs\n",
                writeAndSyncMicros(server.dataDir(), 1), writeAndSyncMicros(server.dataDir(), 8),
                writeAndSyncMicros(server.dataDir(), 40));
    std::printf("wrk -t2 -c32 -d%ds, all rules on, synchronous=FULL, every 2xx durable before it is sent\n", seconds);
    // Group commit: how many commits (each one fdatasync) the writer made, and submissions per commit.
    int run = 0;
    const Checkpointer &checkpointer = server.engine().writer()->checkpointer();
    const auto ingest = [&](const char *what, int playerModulo, bool scattered) {
        const quint64 bursts = server.engine().writer()->committedBursts();
        const quint64 background = checkpointer.backgroundCheckpoints();
        const quint64 inlined = checkpointer.inlineCheckpoints();
        const CpuSnapshot before = cpuSnapshot();
        const WrkResult result = runWrk(base + QStringLiteral("/v1/boards/%1/scores").arg(boardId), seconds,
                                        writeIngestScript(server.dataDir(), gameId, secret, playerModulo, scattered, ++run));
        const CpuSnapshot after = cpuSnapshot();
        printWrk(what, result);
        std::printf("%-22s CPU per submission: %s\n", "",
                    qPrintable(cpuPerRequest(before, after, result.requestsPerSecond * seconds,
                                             {{QStringLiteral("arbiter-core"), QStringLiteral("core")},
                                              {QStringLiteral("sqlite-writer"), QStringLiteral("writer")},
                                              {QStringLiteral("sqlite-checkpoi"), QStringLiteral("checkpoints")}})));
        const double commits = double(server.engine().writer()->committedBursts() - bursts);
        std::printf("%-22s %10.0f commits/s, %.1f submissions per commit\n", "", commits / seconds,
                    commits > 0 ? result.requestsPerSecond * seconds / commits : 0.0);
        std::printf("%-22s %10.1f checkpoints/s beside the writer, %.1f/s in its commits\n", "",
                    double(checkpointer.backgroundCheckpoints() - background) / seconds,
                    double(checkpointer.inlineCheckpoints() - inlined) / seconds);
        const QJsonArray rules = server.get(QStringLiteral("/admin/v1/flags/stats")).json().value(QStringLiteral("rules")).toArray();
        QStringList flagged;
        for (const QJsonValue &rule : rules)
            flagged.append(QStringLiteral("%1 %2").arg(rule[QStringLiteral("type")].toString()).arg(rule[QStringLiteral("pending")].toInt()));
        std::printf("%-22s open flags so far: %s\n", "", flagged.isEmpty() ? "none" : qPrintable(flagged.join(QStringLiteral(", "))));
    };
    std::printf("players numbered in order (as in sessions 1-5):\n");
    ingest("ingest, new players", 0, false);
    ingest("ingest, 50k players", 50000, false);
    std::printf("players scattered (as real player ids are):\n");
    ingest("ingest, new players", 0, true);
    ingest("ingest, 50k players", 50000, true);
    const int ranked = server.get(QStringLiteral("/v1/boards/%1/entries?limit=1").arg(boardId)).json().value(QStringLiteral("total")).toInt();
    std::printf("board now ranks %d players\n", ranked);
    printWrk("GET entries?limit=100", runWrk(base + QStringLiteral("/v1/boards/%1/entries?limit=100").arg(boardId), seconds,
                                             writeReadScript(server.dataDir(), QString::fromLatin1(test::TestServer::kToken))));
    redisComparison(seconds);
    return 0;
}
