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

Authenticator::Authenticator(const QString &adminToken)
    : m_adminTokenHash(crypto::sha256(adminToken.toUtf8()))
{
}

Result<Actor> Authenticator::authenticate(const HttpRequest &request, Access access) const
{
    switch (access) {
    case Access::Public:
        return Actor{QStringLiteral("anonymous"), QStringLiteral("api")};
    case Access::Admin: {
        const QByteArray token = bearerToken(request);
        if (token.isEmpty() || !crypto::constantTimeEquals(crypto::sha256(token), m_adminTokenHash))
            return Error::make(401, QStringLiteral("unauthorized"),
                               QStringLiteral("this route needs 'Authorization: Bearer <admin token>'"));
        return Actor{QStringLiteral("admin"), QStringLiteral("api")};
    }
    }
    return Error::make(401, QStringLiteral("unauthorized"), QStringLiteral("unknown credential"));
}

} // namespace arbiter
