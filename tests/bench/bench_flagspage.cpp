// Benchmark: the console's Flags page over a database holding N flags (default 1,000,000, 90 %
// pending), seeded directly in one transaction before the engine starts. Prints
//  1. the time from constructing FlagsPage (real engine) to the first page of rows in its model,
//     and to the first "Open flags: N";
//  2. the latency from a flagged submission's HTTP answer (the flag is committed) to its row being
//     in the model, p50/p95/p99, while a driver thread posts submissions over loopback HTTP and
//     wrk keeps the listener busy with about 5,000 more submissions/s for another game.
// Usage: bench_flagspage [N [SECONDS]]. Figures only; nothing is asserted.

#include "consolecontext.h"
#include "coreinvoker.h"
#include "crypto/crypto.h"
#include "engine.h"
#include "liveevents.h"
#include "models/flagsmodel.h"
#include "navigator.h"
#include "pages/flagspage.h"
#include "storage/database.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>

using namespace arbiter;
using namespace arbiter::ui;

namespace {

QElapsedTimer g_clock; // one steady clock for both threads
constexpr const char *kLoadSecret = "bench-load-secret-0123456789abcdef";

// Background load while the latency is measured: wrk posts scores of 50,000 players to the second
// game's board through the game-secret path, each connection pausing 2 ms between requests (20
// connections: about 4,800 submissions/s here, plus the driver's ~1,000/s). Printed at the end.
QString writeLoadScript(const QString &dir)
{
    const QString path = dir + QStringLiteral("/load.lua");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    // Concatenated, not QString::arg(): "%012x" would read as placeholder %01.
    file.write(QByteArray(
                   "local threads = 0\n"
                   "function setup(thread) threads = threads + 1; thread:set('tid', threads) end\n"
                   "local n = 0\n"
                   "function delay() return 2 end\n"
                   "local told = false\n"
                   "function response(status, headers, body)\n"
                   "  if status >= 300 and not told then told = true; print('first non-2xx: ' .. status .. ' ' .. body) end\n"
                   "end\n"
                   "function request()\n"
                   "  n = n + 1\n"
                   "  local body = string.format('{\"event_uuid\":\"%08x-0000-4000-8000-%012x\",\"score\":%d,\"player_id\":\"w%d_%d\"}',"
                   " tid, n, (n * 7919) % 100000, tid, n % 25000)\n"
                   "  return wrk.format('POST', nil, {['Content-Type']='application/json', ['X-Game-Id']='load',"
                   " ['escs-game-secret-key']='" + QByteArray(kLoadSecret) + "'}, body)\n"
                   "end\n"));
    return path;
}

void seed(const QString &path, int flags, qint64 nowMs)
{
    Result<QSqlDatabase> db = Database::open(path, QStringLiteral("seed"), Database::Mode::ReadWrite);
    if (!db)
        qFatal("%s", qPrintable(db.error().detail));
    QSqlDatabase &d = db.value();
    d.transaction();
    QSqlQuery q(d);
    q.exec(QStringLiteral("INSERT INTO games (id, name, created_at, anti_cheat, test_mode, auto_ban, trust_proxy) "
                          "VALUES ('g', 'Seeded', 0, 1, 0, 0, 0)"));
    q.exec(QStringLiteral("INSERT INTO rule_sets (id, board_id, version, scoring, created_at) VALUES ('r', 'b', 1, '{}', 0)"));
    // A second game for the background load (wrk), reached with its secret like a game backend.
    q.prepare(QStringLiteral("INSERT INTO games (id, name, created_at, anti_cheat, test_mode, auto_ban, trust_proxy, secret_hash) "
                             "VALUES ('load', 'Load', 0, 1, 0, 0, 0, ?)"));
    q.addBindValue(crypto::sha256(QByteArray(kLoadSecret)));
    q.exec();
    q.exec(QStringLiteral("INSERT INTO rule_sets (id, board_id, version, scoring, created_at) VALUES ('lr', 'lb', 1, '{}', 0)"));
    q.exec(QStringLiteral("INSERT INTO boards (id, game_id, name, sort_order, operator, reset, rule_set_id, created_at) "
                          "VALUES ('lb', 'load', 'Load', 'desc', 'best', 'never', 'lr', 0)"));
    q.exec(QStringLiteral("INSERT INTO boards (id, game_id, name, sort_order, operator, reset, rule_set_id, created_at) "
                          "VALUES ('b', 'g', 'Main', 'desc', 'best', 'never', 'r', 0)"));
    q.prepare(QStringLiteral("INSERT INTO flags (id, game_id, board_id, player_id, submission_id, type, confidence, action, status, "
                             "details, created_at) VALUES (?, 'g', 'b', ?, NULL, ?, ?, 'flagged', ?, ?, ?)"));
    const char *types[] = {"velocity", "duplicate", "outlier", "bot_cadence", "new_player_top"};
    const char *confidences[] = {"low", "medium", "high"};
    const char *resolved[] = {"confirmed_cheat", "false_positive", "dismissed"};
    for (int i = 0; i < flags; ++i) {
        q.addBindValue(QStringLiteral("f%1").arg(i, 9, 10, QLatin1Char('0')));
        q.addBindValue(QStringLiteral("p%1").arg(i % 100000));
        q.addBindValue(QString::fromLatin1(types[i % 5]));
        q.addBindValue(QString::fromLatin1(confidences[i % 3]));
        q.addBindValue(i % 10 == 0 ? QString::fromLatin1(resolved[(i / 10) % 3]) : QStringLiteral("pending"));
        q.addBindValue(QStringLiteral("{\"value\":%1,\"evidence\":{}}").arg(i % 5000));
        q.addBindValue(nowMs - qint64(flags - i) * 1000); // a flag a second, the newest now
        if (!q.exec())
            qFatal("seed: insert failed");
    }
    d.commit();
    q.finish();
    d.close();
    Database::close(QStringLiteral("seed"));
}

// Posts scores over loopback HTTP on its own thread: each player's later scores come within the
// velocity rule's 2 s and are flagged. Records when each flagged answer arrived, by submission id.
class Driver final : public QObject {
public:
    Driver(QString baseUrl, int players, int perPlayer, int inFlight)
        : m_base(std::move(baseUrl)), m_players(players), m_perPlayer(perPlayer), m_inFlight(inFlight)
    {
    }
    void run() // on the driver thread
    {
        m_network = new QNetworkAccessManager(this);
        for (int p = 0; p < m_players; ++p) {
            QNetworkRequest r(QUrl(m_base + QStringLiteral("/api/authoritative/authicate/login")));
            r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            r.setRawHeader("X-Game-Id", "g");
            const QJsonObject body{{QStringLiteral("user_id"), QStringLiteral("live%1").arg(p)},
                                   {QStringLiteral("device_id"), QStringLiteral("dev%1").arg(p)},
                                   {QStringLiteral("login_token"), QStringLiteral("t")},
                                   {QStringLiteral("game_signature"), QStringLiteral("sha256:") + QString(64, QLatin1Char('a'))}};
            QNetworkReply *reply = m_network->post(r, QJsonDocument(body).toJson(QJsonDocument::Compact));
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            m_sessions.append(QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("session_token")).toString().toUtf8());
            reply->deleteLater();
        }
        m_started = g_clock.nsecsElapsed();
        loginsDoneNs = m_started;
        for (int i = 0; i < m_inFlight; ++i)
            next();
    }
    QMutex mutex;
    QHash<QString, qint64> answeredAt; // flagged submission id → ns
    int sent = 0, flagged = 0, failed = 0;
    qint64 durationNs = 0;
    std::atomic<qint64> loginsDoneNs{0};
    std::atomic<bool> finished{false};

private:
    void next()
    {
        const int total = m_players * m_perPlayer;
        if (m_next >= total) {
            if (m_open == 0 && !finished) {
                durationNs = g_clock.nsecsElapsed() - m_started;
                finished = true;
            }
            return;
        }
        const int i = m_next++;
        const int player = i % m_players;
        QNetworkRequest r(QUrl(m_base + QStringLiteral("/v1/boards/b/scores")));
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        r.setRawHeader("Authorization", "Bearer " + m_sessions.at(player));
        const QJsonObject body{{QStringLiteral("event_uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                               {QStringLiteral("score"), 1000 + (i * 7919) % 100000}};
        ++m_open;
        QNetworkReply *reply = m_network->post(r, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QObject::connect(reply, &QNetworkReply::finished, this, [this, reply] {
            const qint64 at = g_clock.nsecsElapsed();
            const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
            reply->deleteLater();
            --m_open;
            {
                QMutexLocker lock(&mutex);
                ++sent;
                if (answer.value(QStringLiteral("status")).toString() == QLatin1String("flagged")) {
                    ++flagged;
                    answeredAt.insert(answer.value(QStringLiteral("id")).toString(), at);
                } else if (answer.value(QStringLiteral("status")).toString() != QLatin1String("accepted")) {
                    ++failed;
                }
            }
            next();
        });
    }

    QString m_base;
    int m_players, m_perPlayer, m_inFlight;
    QNetworkAccessManager *m_network = nullptr;
    QList<QByteArray> m_sessions;
    int m_next = 0, m_open = 0;
    qint64 m_started = 0;
};

double percentile(QList<qint64> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size())))) / 1e6;
}

template <class Pred> bool waitFor(Pred pred, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!pred()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    g_clock.start();
    const int flags = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    const int seconds = argc > 2 ? QByteArray(argv[2]).toInt() : 10;
    QTemporaryDir dir;
    qputenv("ARBITER_ADMIN_TOKEN", "bench-token-0123456789abcdef");
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
    QElapsedTimer timer;
    timer.start();
    const QString path = QDir(dir.path()).filePath(Engine::databaseFileName());
    seed(path, flags, QDateTime::currentMSecsSinceEpoch() - 60000);
    std::printf("seeded %d flags in %.1f s (%.0f MB file)\n", flags, timer.elapsed() / 1000.0, QFile(path).size() / 1e6);

    EngineConfig config;
    config.dataDir = dir.path();
    config.port = 0;
    Engine engine(config);
    timer.restart();
    if (Status s = engine.start(); !s)
        qFatal("%s", qPrintable(s.error().detail));
    std::printf("engine start: %.2f s\n", timer.elapsed() / 1000.0);

    CoreInvoker invoker(engine);
    Navigator navigator;
    LiveEvents live(engine);
    ConsoleContext context{invoker, navigator, live};
    qint64 openCount = -1;
    timer.restart();
    auto page = std::make_unique<FlagsPage>(context);
    QObject::connect(page.get(), &FlagsPage::openCountChanged, [&](qint64 n) { openCount = n; });
    page->resize(1400, 800);
    page->show();
    const bool rows = waitFor([&] { return page->model()->rowCount() > 0; }, 30000);
    const qint64 firstPageMs = timer.elapsed();
    waitFor([&] { return openCount >= 0; }, 30000);
    const qint64 countMs = timer.elapsed();
    std::printf("FlagsPage over %d flags: first page of %d rows in the model after %lld ms%s; \"Open flags: %lld\" after %lld ms\n",
                flags, page->model()->rowCount(), firstPageMs, rows ? "" : " (timed out)", openCount, countMs);
    // Scrolling: the next page arrives by fetchMore.
    timer.restart();
    const int before = page->model()->rowCount();
    page->view()->scrollToBottom();
    waitFor([&] { return page->model()->rowCount() > before; }, 30000);
    std::printf("fetchMore (scroll to the bottom): next page in %lld ms\n", timer.elapsed());

    // Live: flagged submissions flowing in; when does each flag's row appear in the model?
    QHash<QString, qint64> visibleAt; // submission id → ns
    QObject::connect(page->model(), &QAbstractItemModel::rowsInserted, [&](const QModelIndex &, int first, int last) {
        const qint64 at = g_clock.nsecsElapsed();
        for (int row = first; row <= last; ++row)
            if (const Flag *f = page->model()->flag(row); f && !f->submissionId.isEmpty() && !visibleAt.contains(f->submissionId))
                visibleAt.insert(f->submissionId, at);
    });
    const int players = 400, perPlayer = 15;
    Driver driver(engine.baseUrl(), players, perPlayer, 32);
    QThread thread;
    driver.moveToThread(&thread);
    thread.start();
    QProcess load;
    load.setProcessChannelMode(QProcess::MergedChannels);
    load.start(QStringLiteral("wrk"), {QStringLiteral("-t2"), QStringLiteral("-c20"), QStringLiteral("-d%1s").arg(seconds + 10),
                                       QStringLiteral("-s"), writeLoadScript(dir.path()),
                                       engine.baseUrl() + QStringLiteral("/v1/boards/lb/scores")});
    if (!load.waitForStarted(5000))
        std::printf("wrk is not installed: no background load\n");
    QMetaObject::invokeMethod(&driver, [&driver] { driver.run(); });
    const qint64 driverStart = g_clock.nsecsElapsed();
    const qint64 deadline = driverStart + qint64(seconds + 60) * 1000000000;
    bool loginsReported = false;
    while (!driver.finished.load() && g_clock.nsecsElapsed() < deadline) {
        waitFor([] { return false; }, 2000);
        if (!loginsReported && driver.loginsDoneNs.load()) {
            loginsReported = true;
            std::printf("driver: %d logins in %.1f s\n", players, (driver.loginsDoneNs.load() - driverStart) / 1e9);
        }
        QMutexLocker lock(&driver.mutex);
        std::printf("  … %d answered\n", driver.sent);
        std::fflush(stdout);
    }
    waitFor([] { return false; }, 1000); // the last flags' refresh
    QList<qint64> latencies;
    int missing = 0;
    {
        QMutexLocker lock(&driver.mutex);
        for (auto it = driver.answeredAt.cbegin(); it != driver.answeredAt.cend(); ++it) {
            if (visibleAt.contains(it.key()))
                latencies.append(std::max<qint64>(0, visibleAt.value(it.key()) - it.value()));
            else
                ++missing;
        }
        std::printf("driver: %d submissions (%d flagged, %d neither accepted nor flagged) in %.1f s = %.0f/s, 32 in flight\n",
                    driver.sent, driver.flagged, driver.failed, driver.durationNs / 1e9, driver.sent / (driver.durationNs / 1e9));
    }
    std::printf("flag answered -> row in the model: p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms (%lld measured, %d never seen)\n",
                percentile(latencies, 0.5), percentile(latencies, 0.95), percentile(latencies, 0.99), percentile(latencies, 1.0),
                qint64(latencies.size()), missing);
    if (load.state() != QProcess::NotRunning) {
        load.waitForFinished((seconds + 40) * 1000);
        const QString out = QString::fromUtf8(load.readAll());
        const QString rate = QRegularExpression(QStringLiteral("Requests/sec:\\s+([\\d.]+)")).match(out).captured(1);
        const QString non2xx = QRegularExpression(QStringLiteral("Non-2xx or 3xx responses: (\\d+)")).match(out).captured(1);
        const QString first = QRegularExpression(QStringLiteral("first non-2xx: ([^\\n]*)")).match(out).captured(1);
        std::printf("background load (wrk, game-secret path, other game): %s submissions/s%s%s\n", qPrintable(rate),
                    non2xx.isEmpty() ? "" : qPrintable(QStringLiteral(", %1 non-2xx").arg(non2xx)),
                    first.isEmpty() ? "" : qPrintable(QStringLiteral(" (first: %1)").arg(first.left(200))));
    }
    thread.quit();
    thread.wait();
    page.reset();
    engine.shutdown();
    return 0;
}
