#include "enforcement/loginservice.h"

#include "crypto/crypto.h"
#include "domain/game.h"
#include "enforcement/banservice.h"
#include "enforcement/watchservice.h"
#include "games/gameservice.h"
#include "storage/enforcementrepository.h"

namespace arbiter {

Error bannedError()
{
    return Error::make(403, QStringLiteral("banned"), QStringLiteral("this account, device or IP is banned"));
}

LoginService::LoginService(Writer &writer, const Clock &clock, GameService &games, EnforcementState &state,
                           BanService &bans, WatchService &watch, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_clock(clock)
    , m_games(games)
    , m_state(state)
    , m_bans(bans)
    , m_watch(watch)
{
    m_pruneTimer.setInterval(std::chrono::minutes(10));
    connect(&m_pruneTimer, &QTimer::timeout, this, [this] { m_state.sessions.pruneExpired(m_clock.nowMs()); });
    m_pruneTimer.start();
}

Session LoginService::newSession(const QString &gameId, const QString &playerId, const QString &deviceId,
                                 const QString &ip, QString *token) const
{
    const QByteArray raw = crypto::base64Url(crypto::randomBytes(32));
    *token = QString::fromLatin1(raw);
    const qint64 now = m_clock.nowMs();
    return Session{crypto::sha256(raw), gameId, playerId, deviceId, ip, now, now + kSessionSeconds * 1000LL, std::nullopt};
}

Result<Session> LoginService::authenticate(QByteArrayView bearerToken) const
{
    const qint64 now = m_clock.nowMs();
    const Session *session = bearerToken.isEmpty() ? nullptr : m_state.sessions.findAny(crypto::sha256(bearerToken));
    if (session && m_state.bans.activeBan(session->gameId, session->playerId, session->deviceId, session->ip, now))
        return bannedError();
    if (!session || !session->validAt(now))
        return Error::make(401, QStringLiteral("invalid_session"),
                           QStringLiteral("this route needs 'Authorization: Bearer <session_token>' from a live login"));
    return *session;
}

void LoginService::login(const LoginRequest &request, Callback<LoginResult> done)
{
    const Game *game = m_games.find(request.gameId);
    if (!game)
        return done(Error::notFound(QStringLiteral("no game with id '%1'").arg(request.gameId)));
    const qint64 now = m_clock.nowMs();
    if (m_state.bans.activeBan(request.gameId, request.userId, request.deviceId, request.ip, now))
        return done(bannedError());

    Player &player = m_state.players.findOrCreate(request.gameId, request.userId, now);
    const bool firstLogin = player.loginTokenHash.isEmpty();

    if (!game->builds.isEmpty() && !game->hasBuild(request.signatureHex)) {
        // A tampered or unknown binary: ban account, device and IP at once and report it.
        m_state.players.noteSeen(player, request.deviceId, request.ip, now);
        m_state.links.link(request.gameId, request.userId, request.deviceId, request.ip);
        BanDraft draft{request.gameId, request.userId, request.deviceId, request.ip,
                       {QStringLiteral("signature_mismatch")}, BanSource::Signature, std::nullopt};
        const Player snapshot = player;
        m_bans.execute(draft, Actor{QStringLiteral("engine"), QString()},
                       [snapshot, request, now](QSqlDatabase &db) {
                           return EnforcementRepository::saveLogin(db, snapshot, request.deviceId, request.ip, now);
                       },
                       [done](Result<Ban> ban) {
                           if (!ban)
                               return done(ban.error());
                           done(Error::make(403, QStringLiteral("signature_mismatch"),
                                            QStringLiteral("the game binary's signature matches no registered build")));
                       });
        return;
    }

    const QByteArray tokenHash = crypto::sha256(request.loginToken.toUtf8());
    if (!firstLogin && !crypto::constantTimeEquals(tokenHash, player.loginTokenHash)) {
        m_watch.recordAlert(request.gameId, request.userId, QStringLiteral("token_mismatch"),
                            QJsonObject{{QStringLiteral("deviceId"), request.deviceId}, {QStringLiteral("ip"), request.ip}},
                            AlertContext{request.deviceId, request.ip, QStringLiteral("engine")},
                            [done](Result<AlertOutcome> alert) {
                                if (!alert)
                                    return done(alert.error());
                                done(Error::make(401, QStringLiteral("invalid_token"),
                                                 QStringLiteral("the login token does not match this user_id's first login")));
                            });
        return;
    }

    // Evasion is judged before this login links the device and IP to the player.
    const bool evasion = !m_state.bans.isPlayerBanned(request.gameId, request.userId, now)
                         && m_state.links.touchesBanned(request.gameId, request.deviceId, request.ip);
    if (firstLogin)
        player.loginTokenHash = tokenHash;
    m_state.players.noteSeen(player, request.deviceId, request.ip, now);
    m_state.links.link(request.gameId, request.userId, request.deviceId, request.ip);

    QString token;
    const Session session = newSession(request.gameId, request.userId, request.deviceId, request.ip, &token);
    m_state.sessions.add(session);
    const Player snapshot = player;
    LoginResult result{token, kSessionSeconds, request.userId,
                       eyeStageName(m_state.tracker.status(request.gameId, request.userId, now).stage)};
    m_writer.submit(
        [snapshot, session, request, now](QSqlDatabase &db) -> Status {
            if (Status s = EnforcementRepository::saveLogin(db, snapshot, request.deviceId, request.ip, now); !s)
                return s;
            return EnforcementRepository::insertSession(db, session);
        },
        this, [result, done](Status status) { status ? done(result) : done(status.error()); });

    if (evasion) {
        m_watch.recordAlert(request.gameId, request.userId, QStringLiteral("ban_evasion"),
                            QJsonObject{{QStringLiteral("deviceId"), request.deviceId}, {QStringLiteral("ip"), request.ip}},
                            AlertContext{request.deviceId, request.ip, QStringLiteral("engine")}, [](Result<AlertOutcome>) {});
    }
}

void LoginService::refresh(const Session &old, Callback<LoginResult> done)
{
    QString token;
    const Session session = newSession(old.gameId, old.playerId, old.deviceId, old.ip, &token);
    m_state.sessions.revoke(old.tokenHash);
    m_state.sessions.add(session);
    const qint64 now = m_clock.nowMs();
    LoginResult result{token, kSessionSeconds, old.playerId,
                       eyeStageName(m_state.tracker.status(old.gameId, old.playerId, now).stage)};
    m_writer.submit(
        [session, oldHash = old.tokenHash, now](QSqlDatabase &db) -> Status {
            if (Status s = EnforcementRepository::revokeSessions(db, {oldHash}, now); !s)
                return s;
            return EnforcementRepository::insertSession(db, session);
        },
        this, [result, done](Status status) { status ? done(result) : done(status.error()); });
}

} // namespace arbiter
