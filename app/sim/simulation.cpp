#include "simulation.h"

#include <QDateTime>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QTimer>
#include <QUrlQuery>

#include <cstdio>

namespace arbiter::sim {

Simulation::Simulation(SimOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)),
      m_population(Population::generate(m_options.seed, m_options.sizes)),
      m_client(std::make_unique<SimClient>(m_options.url, m_options.connections, m_options.rate))
{
    m_context.client = m_client.get();
    m_context.timing = m_options.timing;
}

Simulation::~Simulation() = default;

QString Simulation::run()
{
    SetupOptions setup;
    setup.adminToken = m_options.adminToken;
    setup.webhookUrl = m_options.webhookUrl;
    if (m_options.timing.durationMs > 0)
        setup.tournamentSeconds = m_options.timing.durationMs / 1000 + 3600;
    if (QString error = DemoSetup::run(*m_client, setup, m_context.game); !error.isEmpty())
        return QStringLiteral("set-up failed: ") + error;

    const qint64 startEpochMs = QDateTime::currentMSecsSinceEpoch();
    m_context.clock.start();
    for (const SimPlayer &player : m_population.players()) {
        m_drivers.push_back(std::make_unique<PlayerDriver>(m_context, player));
        m_drivers.back()->start();
    }

    QEventLoop loop;
    QTimer tick;
    const qint64 graceMs = 20000; // after the end: answers still in flight, bots' last steps
    connect(&tick, &QTimer::timeout, &loop, [&] {
        if (m_options.progress)
            printProgress(false);
        const bool over = !m_context.open();
        if (!over)
            return;
        m_context.stopping = true;
        const bool answered = m_client->inFlight() == 0 && m_client->queued() == 0;
        if (answered || m_context.now() > m_options.timing.durationMs + graceMs)
            loop.quit();
    });
    tick.start(250);
    loop.exec();
    if (m_options.progress)
        printProgress(true);

    collectGroundTruth(startEpochMs);
    QList<PlayerOutcome> outcomes;
    for (const auto &d : m_drivers)
        outcomes.append(d->outcome());
    ReportMeta meta{m_options.seed, m_options.sizes, m_options.timing.durationMs, m_options.timing.timeScale,
                    m_population.fingerprint(), m_client->completed(), m_context.now()};
    m_report.emplace(meta, m_population.players(), outcomes);
    return {};
}

void Simulation::collectGroundTruth(qint64 startEpochMs)
{
    // The admin API knows what the answers did not say: flags raised after the fact
    // (server_mismatch, ban_recommended) and bans executed by the eye stages.
    QHash<QString, PlayerDriver *> byId;
    for (const auto &d : m_drivers)
        byId.insert(d->player().id, d.get());
    const QByteArray auth = "Bearer " + m_options.adminToken.toUtf8();
    const auto at = [startEpochMs](const QJsonObject &o) {
        const QDateTime t = QDateTime::fromString(o.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
        return t.isValid() ? t.toMSecsSinceEpoch() - startEpochMs : 0;
    };
    QString cursor;
    for (int page = 0; page < 1000; ++page) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("gameId"), m_context.game.gameId);
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
        if (!cursor.isEmpty())
            query.addQueryItem(QStringLiteral("cursor"), cursor);
        const SimReply reply = m_client->call(SimRequest{"GET", QStringLiteral("/admin/v1/flags?") + query.toString(QUrl::FullyEncoded),
                                                         QStringLiteral("GET /admin/v1/flags"), {}, {{"Authorization", auth}}});
        const QJsonObject body = reply.json();
        for (const QJsonValue &v : body.value(QStringLiteral("items")).toArray()) {
            const QJsonObject flag = v.toObject();
            if (PlayerDriver *d = byId.value(flag.value(QStringLiteral("playerId")).toString()))
                d->mutableOutcome().caughtBy(flag.value(QStringLiteral("type")).toString(), at(flag));
        }
        cursor = body.value(QStringLiteral("nextCursor")).toString();
        if (cursor.isEmpty() || reply.status != 200)
            break;
    }
    const SimReply bans = m_client->call(SimRequest{"GET", QStringLiteral("/admin/v1/bans?gameId=") + m_context.game.gameId,
                                                    QStringLiteral("GET /admin/v1/bans"), {}, {{"Authorization", auth}}});
    for (const QJsonValue &v : bans.json().value(QStringLiteral("items")).toArray()) {
        const QJsonObject ban = v.toObject();
        if (PlayerDriver *d = byId.value(ban.value(QStringLiteral("playerId")).toString())) {
            PlayerOutcome &o = d->mutableOutcome();
            o.banned = true;
            o.caughtBy(QStringLiteral("ban"), at(ban));
        }
    }
}

void Simulation::printProgress(bool last)
{
    int active = 0, caught = 0, honestFlagged = 0, submissions = 0;
    for (const auto &d : m_drivers) {
        active += d->busy() ? 1 : 0;
        submissions += d->outcome().submissions;
        if (d->outcome().caught())
            (d->player().archetype == Archetype::Honest ? honestFlagged : caught) += 1;
    }
    const double seconds = double(m_context.now()) / 1000.0;
    std::fprintf(stderr, "\r\033[K[%6.1f s%s] players active %d/%zu · requests %lld (%.0f/s) · in flight %d · submissions %d · cheaters caught %d · honest flagged %d%s",
                 seconds, m_options.timing.durationMs > 0 ? qPrintable(QStringLiteral(" / %1 s").arg(m_options.timing.durationMs / 1000)) : "",
                 active, m_drivers.size(), static_cast<long long>(m_client->completed()),
                 seconds > 0 ? double(m_client->completed()) / seconds : 0.0, m_client->inFlight(), submissions, caught,
                 honestFlagged, last ? "\n" : "");
    std::fflush(stderr);
}

} // namespace arbiter::sim
