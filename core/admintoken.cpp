#include "admintoken.h"

#include "crypto/crypto.h"

#include <QDir>
#include <QFile>

namespace arbiter {

Result<AdminToken> AdminToken::load(const QString &dataDir)
{
    const QByteArray fromEnv = qgetenv("ARBITER_ADMIN_TOKEN").trimmed();
    if (!fromEnv.isEmpty())
        return AdminToken{QString::fromUtf8(fromEnv), QString(), false};

    const QString path = QDir(dataDir).filePath(QStringLiteral("admin-token"));
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return Error::unavailable(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        const QString token = QString::fromUtf8(file.readAll()).trimmed();
        if (token.size() < 16)
            return Error::unavailable(QStringLiteral("%1 holds no usable token; delete it to make a new one").arg(path));
        return AdminToken{token, path, false};
    }
    const QByteArray token = crypto::base64Url(crypto::randomBytes(32));
    // Created with owner-only permissions from the first byte, never widened later.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error::unavailable(QStringLiteral("cannot create %1: %2").arg(path, file.errorString()));
    if (file.write(token + '\n') != token.size() + 1 || !file.flush())
        return Error::unavailable(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    file.close();
    return AdminToken{QString::fromLatin1(token), path, true};
}

} // namespace arbiter
