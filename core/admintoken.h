#pragma once

// AdminToken: the admin credential: ARBITER_ADMIN_TOKEN if set, else DIR/admin-token, created at
// first start (32 random bytes, base64url, mode 0600).

#include "util/result.h"

#include <QString>

namespace arbiter {

struct AdminToken {
    QString token;
    QString filePath;   // empty when the token came from the environment
    bool created = false;

    static Result<AdminToken> load(const QString &dataDir);
};

} // namespace arbiter
