#include "enforcement/moderatorban.h"

#include <QHostAddress>

namespace arbiter {

std::optional<QString> canonicalBanIp(const QString &ip)
{
    if (ip.isEmpty())
        return QString();
    QHostAddress address;
    if (!address.setAddress(ip))
        return std::nullopt;
    // Stored as logins see it: an IPv4-mapped IPv6 address is the IPv4 address.
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    if (mapped && address.protocol() == QAbstractSocket::IPv6Protocol)
        return QHostAddress(v4).toString();
    return address.toString();
}

BanDraft moderatorBanDraft(const QString &gameId, const QString &playerId, const QString &deviceId, const QString &ip,
    QStringList reasons, std::optional<qint64> expiresAtMs)
{
    reasons.prepend(QStringLiteral("moderator"));
    return BanDraft{gameId, playerId, deviceId, ip, reasons, BanSource::Moderator, expiresAtMs};
}

} // namespace arbiter
