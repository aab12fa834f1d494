#pragma once

// How a moderator's ban request becomes a BanDraft, the same for the admin API (POST
// /admin/v1/bans) and the console: the IP in canonical form, the reason "moderator" first.
// BanService::execute checks the rest (ids, reasons, expiry in the future).

#include "enforcement/banservice.h"

#include <optional>

namespace arbiter {

// "::ffff:1.2.3.4" → "1.2.3.4"; nullopt when `ip` is no IPv4 or IPv6 address. Empty stays empty.
std::optional<QString> canonicalBanIp(const QString &ip);
inline QString banIpError()
{
    return QStringLiteral("must be an IPv4 or IPv6 address");
}

// `ip` must already be canonical (canonicalBanIp).
BanDraft moderatorBanDraft(const QString &gameId, const QString &playerId, const QString &deviceId, const QString &ip,
    QStringList reasons, std::optional<qint64> expiresAtMs);

} // namespace arbiter
