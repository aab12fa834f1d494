#pragma once

// Authenticator: decides who a request comes from for the credential a route asks for.

#include "audit/auditjournal.h"
#include "domain/session.h"
#include "http/httprequest.h"
#include "util/result.h"

#include <functional>
#include <optional>

namespace arbiter {

enum class Access {
    Public,         // no credential
    Admin,          // Authorization: Bearer <admin token>
    Session,        // Authorization: Bearer <session token> of a game client
    SessionOrAdmin, // either of the two bearer tokens
    SessionOrSecret, // a game client's session, or a game backend's secret (escs-game-secret-key + X-Game-Id)
    Reader,         // any of the three: session, game secret, admin token
};

// Who a request comes from: the actor for the audit journal, and the client's session if any.
struct Principal {
    Actor actor;
    std::optional<Session> session;
    bool admin = false;
    QString secretGameId; // the game whose backend secret was presented
};

class Authenticator final {
public:
    using SessionLookup = std::function<Result<Session>(QByteArrayView bearerToken)>;
    using SecretCheck = std::function<bool(const QString &gameId, QByteArrayView secret)>;

    Authenticator(const QString &adminToken, SessionLookup sessions = {}, SecretCheck secrets = {});

    Result<Principal> authenticate(const HttpRequest &request, Access access) const;

private:
    bool isAdmin(const QByteArray &token) const;

    QByteArray m_adminTokenHash; // only the hash stays in memory, compared in constant time
    SessionLookup m_sessions;
    SecretCheck m_secrets;
};

// The token of an "Authorization: Bearer <token>" header, or empty.
QByteArray bearerToken(const HttpRequest &request);

} // namespace arbiter
