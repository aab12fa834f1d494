#pragma once

// Authenticator: decides who a request comes from for the credential a route asks for.

#include "audit/auditjournal.h"
#include "http/httprequest.h"
#include "util/result.h"

namespace arbiter {

enum class Access {
    Public, // no credential
    Admin,  // Authorization: Bearer <admin token>
};

class Authenticator final {
public:
    explicit Authenticator(const QString &adminToken);

    Result<Actor> authenticate(const HttpRequest &request, Access access) const;

private:
    QByteArray m_adminTokenHash; // only the hash stays in memory, compared in constant time
};

// The token of an "Authorization: Bearer <token>" header, or empty.
QByteArray bearerToken(const HttpRequest &request);

} // namespace arbiter
