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
};

// Who a request comes from: the actor for the audit journal, and the client's session if any.
struct Principal {
    Actor actor;
    std::optional<Session> session;
    bool admin = false;
};

class Authenticator final {
public:
    using SessionLookup = std::function<Result<Session>(QByteArrayView bearerToken)>;

    Authenticator(const QString &adminToken, SessionLookup sessions = {});

    Result<Principal> authenticate(const HttpRequest &request, Access access) const;

private:
    bool isAdmin(const QByteArray &token) const;

    QByteArray m_adminTokenHash; // only the hash stays in memory, compared in constant time
    SessionLookup m_sessions;
};

// The token of an "Authorization: Bearer <token>" header, or empty.
QByteArray bearerToken(const HttpRequest &request);

} // namespace arbiter
