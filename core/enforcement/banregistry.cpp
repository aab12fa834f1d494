#include "enforcement/banregistry.h"

namespace arbiter {

QString BanRegistry::key(const QString &gameId, Kind kind, const QString &value)
{
    return gameId + QChar(0) + QChar(char(kind)) + value;
}

void BanRegistry::load(const QList<Ban> &bans)
{
    m_bans.clear();
    m_order.clear();
    m_index.clear();
    for (const Ban &ban : bans)
        add(ban);
}

void BanRegistry::add(const Ban &ban)
{
    m_bans.insert(ban.id, ban);
    m_order.append(ban.id);
    if (!ban.playerId.isEmpty())
        m_index.insert(key(ban.gameId, Kind::Player, ban.playerId), ban.id);
    if (!ban.deviceId.isEmpty())
        m_index.insert(key(ban.gameId, Kind::Device, ban.deviceId), ban.id);
    if (!ban.ip.isEmpty())
        m_index.insert(key(ban.gameId, Kind::Ip, ban.ip), ban.id);
}

Ban *BanRegistry::find(const QString &banId)
{
    const auto it = m_bans.find(banId);
    return it == m_bans.end() ? nullptr : &*it;
}

const Ban *BanRegistry::activeFor(const QString &k, qint64 nowMs) const
{
    for (auto it = m_index.constFind(k); it != m_index.constEnd() && it.key() == k; ++it) {
        const auto ban = m_bans.constFind(*it);
        if (ban != m_bans.constEnd() && ban->activeAt(nowMs))
            return &*ban;
    }
    return nullptr;
}

const Ban *BanRegistry::activeBan(const QString &gameId, const QString &playerId, const QString &deviceId,
                                  const QString &ip, qint64 nowMs) const
{
    if (!playerId.isEmpty())
        if (const Ban *ban = activeFor(key(gameId, Kind::Player, playerId), nowMs))
            return ban;
    if (!deviceId.isEmpty())
        if (const Ban *ban = activeFor(key(gameId, Kind::Device, deviceId), nowMs))
            return ban;
    if (!ip.isEmpty())
        if (const Ban *ban = activeFor(key(gameId, Kind::Ip, ip), nowMs))
            return ban;
    return nullptr;
}

bool BanRegistry::isPlayerBanned(const QString &gameId, const QString &playerId, qint64 nowMs) const
{
    return activeFor(key(gameId, Kind::Player, playerId), nowMs) != nullptr;
}

QList<Ban> BanRegistry::list(const QString &gameId, bool activeOnly, qint64 nowMs) const
{
    QList<Ban> result;
    for (auto it = m_order.crbegin(); it != m_order.crend(); ++it) {
        const Ban &ban = m_bans[*it];
        if ((gameId.isEmpty() || ban.gameId == gameId) && (!activeOnly || ban.activeAt(nowMs)))
            result.append(ban);
    }
    return result;
}

} // namespace arbiter
