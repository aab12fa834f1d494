#pragma once

// LoginService: the authoritative login of game clients (build signature, login token, devices
// and IPs, the link graph) and their short-lived sessions.

#include "enforcement/enforcementstate.h"
#include "storage/writer.h"
#include "util/callback.h"
#include "util/clock.h"

#include <QObject>
#include <QTimer>

namespace arbiter {

class BanService;
class GameService;
class WatchService;

struct LoginRequest {
    QString gameId;
    QString userId;
    QString deviceId;
    QString loginToken;
    QString signatureHex; // the 64 hex of "sha256:<hex>", lower-case
    QString ip;
};

struct LoginResult {
    QString sessionToken; // shown once; only its hash is kept
    int expiresInSeconds = 0;
    QString userId;
    QString eyeStage;
};

class LoginService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginService)
public:
    static constexpr int kSessionSeconds = 3600;

    LoginService(Writer &writer, const Clock &clock, GameService &games, EnforcementState &state, BanService &bans,
                 WatchService &watch, QObject *parent = nullptr);

    void login(const LoginRequest &request, Callback<LoginResult> done);
    // A new token for the same player, device and IP; the old one stops working at once.
    void refresh(const Session &session, Callback<LoginResult> done);
    // The live session of a bearer token: 401 invalid_session, or 403 banned when its player,
    // device or IP is banned now.
    Result<Session> authenticate(QByteArrayView bearerToken) const;

private:
    Session newSession(const QString &gameId, const QString &playerId, const QString &deviceId, const QString &ip,
                       QString *token) const;

    Writer &m_writer;
    const Clock &m_clock;
    GameService &m_games;
    EnforcementState &m_state;
    BanService &m_bans;
    WatchService &m_watch;
    QTimer m_pruneTimer; // drops expired sessions from memory now and then
};

Error bannedError();

} // namespace arbiter
