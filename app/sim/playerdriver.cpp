#include "playerdriver.h"

#include "crypto/crypto.h"

#include <QJsonArray>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace arbiter::sim {

namespace {

constexpr qint64 kHumanFloorMs = 2300;   // nobody finishes a round in under ~2 s; keeps velocity honest
constexpr int kHourlyBudget = 15;        // rounds a human plays per real hour on one board (< tier C's 20)
constexpr qint64 kHourMs = 3600 * 1000;

} // namespace

PlayerDriver::PlayerDriver(SimContext &context, const SimPlayer &player, QObject *parent)
    : QObject(parent), m_context(context), m_player(player), m_random(player.seed ^ 0x5eedULL)
{
}

void PlayerDriver::start()
{
    m_busy = true;
    const SimTiming &t = m_context.timing;
    const qint64 horizon = t.durationMs > 0 ? t.durationMs : 120000;
    qint64 delay = 0;
    switch (m_player.archetype) {
    case Archetype::Honest: // most come at launch; one in five joins a running game later
        delay = m_random.chance(0.2) ? qint64(m_random.uniform(double(t.warmupMs), 0.8 * double(horizon)))
                                     : qint64(m_random.uniform(0, 0.8 * double(t.warmupMs)));
        break;
    case Archetype::FarmAccount:
        delay = qint64(m_random.uniform(0, 0.8 * double(t.warmupMs)));
        break;
    case Archetype::StatisticalOutlier: // needs a board with ≥ 50 accepted scores
        delay = t.warmupMs + qint64(m_random.uniform(0, std::max(0.0, 0.5 * double(horizon - t.warmupMs) - 8000)));
        break;
    case Archetype::Smurf: // tops an established board: its regulars have played a few rounds by now
        delay = t.matureMs() + qint64(m_random.uniform(0, std::max(0.0, 0.3 * double(horizon - t.matureMs()) - 4000)));
        break;
    case Archetype::MetronomeBot: // 11 submissions 2.1 s apart must fit before the end
        delay = qint64(m_random.uniform(0, std::max(0.0, double(horizon) - 26000)));
        break;
    default:
        delay = qint64(m_random.uniform(0, std::max(0.0, 0.6 * double(horizon) - 10000)));
        break;
    }
    after(delay, [this] {
        const bool tampered = m_player.archetype == Archetype::TamperedBinary;
        const QString signature = QStringLiteral("sha256:")
            + (tampered ? QString::fromLatin1(crypto::sha256Hex(m_player.id.toUtf8() + "-patched")) : m_context.game.buildSha256);
        login(signature, [this, signature](bool ok) {
            if (!ok)
                return finish();
            if (m_player.archetype == Archetype::FarmAccount) // one round, then on to the farm's other device
                return submit(m_context.game.arcadeBoardId, arcadeScore(), [this, signature] {
                    after(thinkMs(), [this, signature] {
                        login(signature, [this](bool again) { again ? honestSession(2 + m_random.below(6)) : finish(); },
                              m_player.otherDeviceId);
                    });
                });
            if (m_player.archetype == Archetype::Honest)
                honestSession(2 + m_random.below(6));
            else
                cheatPattern();
        });
    });
}

// ---- honest play ----

void PlayerDriver::honestSession(int gamesLeft)
{
    if (!m_context.open())
        return finish();
    if (gamesLeft <= 0) // a break, then another session
        return after(breakMs(), [this] { honestSession(2 + m_random.below(6)); });
    const Next next = [this, gamesLeft] { after(thinkMs(), [this, gamesLeft] { honestSession(gamesLeft - 1); }); };
    const double pick = m_random.uniform();
    if (pick < 0.1 && m_context.remaining() > 5000)
        return tournamentRound(false, false, next);
    const bool sprint = pick > 0.72;
    const QString board = sprint ? m_context.game.sprintBoardId : m_context.game.arcadeBoardId;
    if (!underHourlyBudget(board))
        return after(breakMs(), [this] { honestSession(1 + m_random.below(4)); });
    const double value = sprint ? sprintTime() : arcadeScore();
    ++m_games;
    submit(board, value, next);
}

double PlayerDriver::arcadeScore()
{
    // Ability grows over the first games (nobody's first round is their best), then noise per round.
    const double level = std::max(2000.0, 20000.0 + 6000.0 * m_player.skill);
    const double learning = 0.75 + 0.25 * (1.0 - std::exp(-double(m_games) / 5.0));
    return std::round(std::clamp(level * learning * m_random.logNormal(1.0, 0.12), 100.0, 90000.0));
}

double PlayerDriver::sprintTime()
{
    const double best = std::max(28.0, 60.0 - 9.0 * m_player.skill);
    const double learning = 1.0 + 0.3 * std::exp(-double(m_games) / 5.0);
    return std::round(best * learning * m_random.logNormal(1.0, 0.08) * 1000.0) / 1000.0;
}

qint64 PlayerDriver::thinkMs()
{
    // A round lasts ~45 s of real play, irregularly; time-scale compresses it but never below the human floor.
    const double median = std::max(2000.0, 45000.0 / m_context.timing.timeScale);
    return kHumanFloorMs + qint64(m_random.logNormal(median, 0.6));
}

qint64 PlayerDriver::breakMs()
{
    const double median = std::max(4000.0, 20.0 * 60000.0 / m_context.timing.timeScale);
    return kHumanFloorMs + qint64(m_random.logNormal(median, 0.8));
}

bool PlayerDriver::underHourlyBudget(const QString &boardId)
{
    QList<qint64> &times = m_boardTimes[boardId];
    const qint64 now = m_context.now();
    while (!times.isEmpty() && now - times.first() > kHourMs)
        times.removeFirst();
    return times.size() < kHourlyBudget;
}

// ---- cheats ----

void PlayerDriver::cheatPattern()
{
    const QString arcade = m_context.game.arcadeBoardId;
    switch (m_player.archetype) {
    case Archetype::RateSpammer:
        return spamVolleys(arcade, 9);
    case Archetype::DuplicateReplayer:
        return burst(arcade, 4, 2500, 6000, true);
    case Archetype::VelocityBot:
        return burst(arcade, 8, 200, 1500, false);
    case Archetype::MetronomeBot:
        return metronome(14, 2100);
    case Archetype::ImpossibleScorer:
        m_lastValue = std::round(kArcadeMaxPlausible * m_random.uniform(1.2, 5.0));
        return submit(arcade, m_lastValue, [this, arcade] {
            after(kHumanFloorMs + 1000, [this, arcade] { submit(arcade, m_lastValue + 1, [this] { finish(); }); });
        });
    case Archetype::StatisticalOutlier:
        return submit(arcade, std::round(m_random.uniform(80000, 99000)), [this, arcade] {
            after(kHumanFloorMs + 2000, [this, arcade] { submit(arcade, std::round(m_random.uniform(80000, 99000)), [this] { finish(); }); });
        });
    case Archetype::Smurf:
        return smurf();
    case Archetype::TournamentCheater:
        return tournamentRound(true, false, [this] { finish(); });
    case Archetype::PayloadTamperer:
        return tournamentRound(false, true, [this] {
            after(kHumanFloorMs, [this] { tournamentRound(false, true, [this] { finish(); }); });
        });
    case Archetype::SelfReporter:
        return submit(arcade, arcadeScore(), [this, arcade] {
            after(kHumanFloorMs, [this, arcade] { banMe([this, arcade] { submit(arcade, arcadeScore(), [this] { finish(); }); }); });
        });
    default:
        return finish();
    }
}

void PlayerDriver::burst(const QString &boardId, int count, qint64 minGapMs, qint64 maxGapMs, bool sameValue)
{
    if (count <= 0 || !m_context.open() || m_outcome.banned)
        return finish();
    const double value = sameValue && m_lastValue > 0 ? m_lastValue : arcadeScore();
    m_lastValue = value;
    ++m_games;
    submit(boardId, value, [=, this] {
        after(qint64(m_random.uniform(double(minGapMs), double(maxGapMs))),
              [=, this] { burst(boardId, count - 1, minGapMs, maxGapMs, sameValue); });
    });
}

void PlayerDriver::spamVolleys(const QString &boardId, int volleys)
{
    // Three requests at once, a volley every ~2.5 s: past the hourly quota (429) after 7 volleys,
    // with 14 velocity alerts on the way (one short of the automatic ban's 15).
    if (volleys <= 0 || !m_context.open() || m_outcome.banned)
        return finish();
    for (int i = 0; i < 3; ++i) {
        ++m_games;
        submit(boardId, arcadeScore(), i < 2 ? Next([] {}) : Next([=, this] {
            after(qint64(m_random.uniform(2200, 2800)), [=, this] { spamVolleys(boardId, volleys - 1); });
        }));
    }
}

void PlayerDriver::metronome(int count, qint64 periodMs)
{
    // Fixed timeline (not chained on answers), so network time does not add jitter.
    const qint64 t0 = m_context.now();
    for (int i = 0; i < count; ++i) {
        const qint64 at = t0 + i * periodMs;
        QTimer::singleShot(int(std::max<qint64>(0, at - m_context.now())), Qt::PreciseTimer, this, [this, i, count] {
            if (m_outcome.banned || !m_context.open())
                return i == count - 1 ? finish() : void();
            ++m_games;
            submit(m_context.game.arcadeBoardId, arcadeScore(), [this, i, count] {
                if (i == count - 1)
                    finish();
            });
        });
    }
}

void PlayerDriver::smurf()
{
    // A strong player on a fresh account: looks at the top 10 and lands in it on the first round.
    const QString board = m_context.game.arcadeBoardId;
    SimRequest top = request("GET", QStringLiteral("/v1/boards/%1/entries?limit=10").arg(board),
                             QStringLiteral("GET /v1/boards/{id}/entries"), {});
    m_context.client->send(top, [this, board](const SimReply &reply) {
        ++m_outcome.requests;
        const QJsonArray entries = reply.json().value(QStringLiteral("entries")).toArray();
        double low = 30000, high = 45000;
        if (entries.size() >= 10) {
            high = entries.first().toObject().value(QStringLiteral("score")).toDouble();
            low = entries.last().toObject().value(QStringLiteral("score")).toDouble();
        }
        const double value = std::round(m_random.uniform(low + 1, std::max(low + 2, high)));
        submit(board, value, [this, board] {
            after(thinkMs(), [this, board] { submit(board, arcadeScore(), [this] { finish(); }); });
        });
    });
}

void PlayerDriver::tournamentRound(bool lie, bool tamper, const Next &next)
{
    const QString base = QStringLiteral("/tournaments/") + m_context.game.tournamentId + QStringLiteral("/rounds");
    m_context.client->send(request("POST", base, QStringLiteral("POST /tournaments/{id}/rounds"), {}),
                           [=, this](const SimReply &reply) {
        ++m_outcome.requests;
        if (handleCommon(reply))
            return finish();
        const QString roundId = reply.json().value(QStringLiteral("_id")).toString();
        if (reply.status != 201 || roundId.isEmpty())
            return next();
        const double real = arcadeScore();
        const double claimed = lie ? std::round(real * m_random.uniform(2.0, 4.0)) : real;
        const QByteArray plaintext = "{\"score\":" + QByteArray::number(claimed, 'g', 17) + "}";
        const QByteArray nonce = crypto::randomBytes(crypto::GcmNonceSize);
        QByteArray sealed = crypto::aesGcmEncrypt(m_context.game.key, nonce, plaintext, roundId.toLatin1()).value();
        if (tamper) // an edited score in a proxy: the tag no longer matches
            sealed[0] = char(sealed.at(0) ^ 0x5a);
        const QJsonObject body{{QStringLiteral("keyId"), m_context.game.keyId},
                               {QStringLiteral("payload"), QString::fromLatin1((nonce + sealed).toBase64())}};
        const QString roundPath = base + QLatin1Char('/') + roundId;
        after(thinkMs(), [=, this] {
            m_context.client->send(request("POST", roundPath + QStringLiteral("/end"), QStringLiteral("POST /tournaments/{id}/rounds/{id}/end"), body),
                                   [=, this](const SimReply &ended) {
                ++m_outcome.requests;
                if (handleCommon(ended))
                    return finish();
                if (ended.status == 400 && ended.code() == QLatin1String("decrypt_failed")) {
                    ++m_outcome.rejected;
                    m_outcome.caughtBy(QStringLiteral("payload_tamper"), m_context.now());
                    return next();
                }
                // The game backend reports what really happened in the round.
                SimRequest confirm{"PUT", roundPath + QStringLiteral("/game-server-confirmation"),
                                   QStringLiteral("PUT /tournaments/{id}/rounds/{id}/game-server-confirmation"),
                                   QJsonDocument(QJsonObject{{QStringLiteral("isValid"), true}, {QStringLiteral("score"), real}})
                                       .toJson(QJsonDocument::Compact),
                                   {{"escs-game-secret-key", m_context.game.secret.toUtf8()}}};
                m_context.client->send(confirm, [=, this](const SimReply &confirmed) {
                    ++m_outcome.requests;
                    if (confirmed.json().value(QStringLiteral("status")).toString() == QLatin1String("invalidated"))
                        m_outcome.caughtBy(QStringLiteral("server_mismatch"), m_context.now());
                    else if (confirmed.status != 200)
                        ++m_outcome.errors;
                    next();
                });
            });
        });
    });
}

// ---- requests ----

void PlayerDriver::login(const QString &signature, const std::function<void(bool)> &done, const QString &deviceId)
{
    const QJsonObject body{{QStringLiteral("user_id"), m_player.id},
                           {QStringLiteral("device_id"), deviceId.isEmpty() ? m_player.deviceId : deviceId},
                           {QStringLiteral("login_token"), m_player.loginToken}, {QStringLiteral("game_signature"), signature}};
    SimRequest r = request("POST", QStringLiteral("/api/authoritative/authenticate/login"),
                           QStringLiteral("POST /api/authoritative/authenticate/login"), body, false);
    r.headers.append({"X-Game-Id", m_context.game.gameId.toUtf8()});
    if (m_outcome.firstActionMs < 0)
        m_outcome.firstActionMs = m_context.now();
    m_context.client->send(r, [this, done](const SimReply &reply) {
        ++m_outcome.requests;
        if (reply.status == 403 && reply.code() == QLatin1String("signature_mismatch")) {
            m_outcome.caughtBy(QStringLiteral("signature_mismatch"), m_context.now());
            m_outcome.caughtBy(QStringLiteral("ban"), m_context.now());
            m_outcome.banned = true;
            return done(false);
        }
        if (handleCommon(reply) || reply.status != 200)
            return done(false);
        m_session = reply.json().value(QStringLiteral("session_token")).toString().toUtf8();
        done(true);
    });
}

void PlayerDriver::submit(const QString &boardId, double value, const Next &next)
{
    const QJsonObject body{{QStringLiteral("event_uuid"), newUuid()}, {QStringLiteral("score"), value}};
    m_boardTimes[boardId].append(m_context.now());
    m_context.client->send(request("POST", QStringLiteral("/v1/boards/%1/scores").arg(boardId),
                                   QStringLiteral("POST /v1/boards/{id}/scores"), body),
                           [this, next](const SimReply &reply) {
        ++m_outcome.requests;
        ++m_outcome.submissions;
        const qint64 now = m_context.now();
        if (reply.status == 429) {
            ++m_outcome.rejected;
            m_outcome.caughtBy(QStringLiteral("rate_limit"), now);
            return next();
        }
        if (handleCommon(reply))
            return finish();
        const QJsonArray flags = reply.json().value(QStringLiteral("flags")).toArray();
        bool acted = false;
        for (const QJsonValue &f : flags) {
            const QString type = f.toObject().value(QStringLiteral("type")).toString();
            if (f.toObject().value(QStringLiteral("confidence")).toString() == QLatin1String("low")) {
                m_outcome.logged.insert(type);
            } else {
                m_outcome.caughtBy(type, now);
                acted = true;
            }
        }
        if (reply.status == 422) {
            ++m_outcome.rejected;
        } else if (reply.status == 201 || reply.status == 200) {
            ++m_outcome.accepted;
            m_outcome.flagged += acted ? 1 : 0;
        } else {
            ++m_outcome.errors;
        }
        next();
    });
}

void PlayerDriver::banMe(const Next &next)
{
    const QJsonObject body{{QStringLiteral("reasons"), QJsonArray{QStringLiteral("client_integrity_check")}}};
    m_context.client->send(request("POST", QStringLiteral("/api/banMe"), QStringLiteral("POST /api/banMe"), body),
                           [this, next](const SimReply &reply) {
        ++m_outcome.requests;
        if (reply.status == 200 && reply.json().value(QStringLiteral("banned")).toBool()) {
            m_outcome.caughtBy(QStringLiteral("self_report"), m_context.now());
            m_outcome.caughtBy(QStringLiteral("ban"), m_context.now());
            m_outcome.banned = true;
        } else if (handleCommon(reply)) {
            return finish();
        }
        next();
    });
}

bool PlayerDriver::handleCommon(const SimReply &reply)
{
    if (reply.status == 403 && reply.code() == QLatin1String("banned")) {
        m_outcome.banned = true;
        m_outcome.caughtBy(QStringLiteral("ban"), m_context.now());
        return true;
    }
    if (reply.status == 0 || reply.status >= 500) {
        ++m_outcome.errors;
        return true;
    }
    return false;
}

SimRequest PlayerDriver::request(const QByteArray &method, const QString &path, const QString &route,
                                 const QJsonObject &body, bool session) const
{
    SimRequest r{method, path, route, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                 // "client, proxy": the game trusts its loopback proxy, so the first entry is the player's IP
                 {{"X-Forwarded-For", m_player.ip.toUtf8() + ", 127.0.0.1"}}};
    if (session && !m_session.isEmpty())
        r.headers.append({"Authorization", "Bearer " + m_session});
    return r;
}

void PlayerDriver::after(qint64 ms, const Next &next)
{
    QTimer::singleShot(int(std::clamp<qint64>(ms, 0, 24 * kHourMs)), this, [this, next] {
        if (m_context.stopping)
            return finish(); // the run is over: no new requests
        next();
    });
}

QString PlayerDriver::newUuid()
{
    QByteArray bytes(16, '\0');
    for (char &b : bytes)
        b = char(m_random.next() & 0xff);
    bytes[6] = char((bytes.at(6) & 0x0f) | 0x40); // version 4
    bytes[8] = char((bytes.at(8) & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

} // namespace arbiter::sim
