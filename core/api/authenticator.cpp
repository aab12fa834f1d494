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

Authenticator::Authenticator(const QString &adminToken, SessionLookup sessions, SecretCheck secrets)
    : m_adminTokenHash(crypto::sha256(adminToken.toUtf8()))
    , m_sessions(std::move(sessions))
    , m_secrets(std::move(secrets))
{
}

bool Authenticator::isAdmin(const QByteArray &token) const
{
    return !token.isEmpty() && crypto::constantTimeEquals(crypto::sha256(token), m_adminTokenHash);
}

Result<Principal> Authenticator::authenticate(const HttpRequest &request, Access access) const
{
    const Principal admin{Actor{QStringLiteral("admin"), QStringLiteral("api")}, std::nullopt, true, QString()};
    switch (access) {
    case Access::Public:
        return Principal{Actor{QStringLiteral("anonymous"), QStringLiteral("api")}, std::nullopt, false, QString()};
    case Access::Admin:
        if (!isAdmin(bearerToken(request)))
            return Error::make(401, QStringLiteral("unauthorized"),
                               QStringLiteral("this route needs 'Authorization: Bearer <admin token>'"));
        return admin;
    case Access::Reader:
        if (isAdmin(bearerToken(request)))
            return admin;
        [[fallthrough]];
    case Access::SessionOrSecret:
        if (const QByteArray secret = request.header("escs-game-secret-key"); !secret.isEmpty()) {
            const QString gameId = QString::fromUtf8(request.header("x-game-id"));
            if (!m_secrets || !m_secrets(gameId, secret))
                return Error::make(401, QStringLiteral("invalid_secret"),
                                   QStringLiteral("the escs-game-secret-key does not match the game named by X-Game-Id"));
            return Principal{Actor{QStringLiteral("game-backend"), QStringLiteral("api")}, std::nullopt, false, gameId};
        }
        return authenticate(request, Access::Session);
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
        return Principal{Actor{session->playerId, QStringLiteral("client")}, session.value(), false, QString()};
    }
    }
    return Error::make(401, QStringLiteral("unauthorized"), QStringLiteral("unknown credential"));
}

} // namespace arbiter
