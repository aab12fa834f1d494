#include "enforcement/sessionstore.h"

namespace arbiter {

void SessionStore::load(const QList<Session> &sessions)
{
    m_sessions.clear();
    for (const Session &session : sessions)
        m_sessions.insert(session.tokenHash, session);
}

void SessionStore::add(const Session &session)
{
    m_sessions.insert(session.tokenHash, session);
}

const Session *SessionStore::find(const QByteArray &tokenHash, qint64 nowMs) const
{
    const auto it = m_sessions.constFind(tokenHash);
    if (it == m_sessions.constEnd() || !it->validAt(nowMs))
        return nullptr;
    return &*it;
}

const Session *SessionStore::findAny(const QByteArray &tokenHash) const
{
    const auto it = m_sessions.constFind(tokenHash);
    return it == m_sessions.constEnd() ? nullptr : &*it;
}

bool SessionStore::revoke(const QByteArray &tokenHash)
{
    return m_sessions.remove(tokenHash) > 0;
}

QList<QByteArray> SessionStore::revokeMatching(const QString &gameId, const QString &playerId, const QString &deviceId,
                                               const QString &ip, qint64 nowMs)
{
    // Bans are rare next to requests, so a scan here keeps every request's lookup a single hash probe.
    QList<QByteArray> revoked;
    for (auto it = m_sessions.begin(); it != m_sessions.end(); ++it) {
        Session &s = *it;
        const bool matches = !s.revokedAtMs && s.gameId == gameId
                             && ((!playerId.isEmpty() && s.playerId == playerId) || (!deviceId.isEmpty() && s.deviceId == deviceId)
                                 || (!ip.isEmpty() && s.ip == ip));
        if (matches) {
            s.revokedAtMs = nowMs;
            revoked.append(it.key());
        }
    }
    return revoked;
}

void SessionStore::pruneExpired(qint64 nowMs)
{
    m_sessions.removeIf([nowMs](const QHash<QByteArray, Session>::iterator &it) { return nowMs >= it->expiresAtMs; });
}

} // namespace arbiter
