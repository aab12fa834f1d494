#include "api/authenticator.h"

#include "crypto/crypto.h"

namespace arbiter {

QByteArray bearerToken(const HttpRequest &request)
{
    const QByteArray value = request.header("authorization").trimmed();
    if (value.size() < 7 || qstrnicmp(value.constData(), "bearer ", 7) != 0)
        return {};
    return value.mid(7).trimmed();
}

Authenticator::Authenticator(const QString &adminToken, SessionLookup sessions)
    : m_adminTokenHash(crypto::sha256(adminToken.toUtf8()))
    , m_sessions(std::move(sessions))
{
}

bool Authenticator::isAdmin(const QByteArray &token) const
{
    return !token.isEmpty() && crypto::constantTimeEquals(crypto::sha256(token), m_adminTokenHash);
}

Result<Principal> Authenticator::authenticate(const HttpRequest &request, Access access) const
{
    const Principal admin{Actor{QStringLiteral("admin"), QStringLiteral("api")}, std::nullopt, true};
    switch (access) {
    case Access::Public:
        return Principal{Actor{QStringLiteral("anonymous"), QStringLiteral("api")}, std::nullopt, false};
    case Access::Admin:
        if (!isAdmin(bearerToken(request)))
            return Error::make(401, QStringLiteral("unauthorized"),
                               QStringLiteral("this route needs 'Authorization: Bearer <admin token>'"));
        return admin;
    case Access::SessionOrAdmin:
        if (isAdmin(bearerToken(request)))
            return admin;
        [[fallthrough]];
    case Access::Session: {
        if (!m_sessions)
            return Error::make(401, QStringLiteral("invalid_session"), QStringLiteral("sessions are not available"));
        Result<Session> session = m_sessions(bearerToken(request));
        if (!session)
            return session.error();
        return Principal{Actor{session->playerId, QStringLiteral("client")}, session.value(), false};
    }
    }
    return Error::make(401, QStringLiteral("unauthorized"), QStringLiteral("unknown credential"));
}

} // namespace arbiter
