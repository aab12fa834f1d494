#pragma once

// SessionStore: the live sessions, found by the SHA-256 of their bearer token in O(1).

#include "domain/session.h"

#include <QHash>
#include <QList>

namespace arbiter {

class SessionStore final {
public:
    void load(const QList<Session> &sessions);
    void add(const Session &session);
    // The live session of a token hash, or null when unknown, expired or revoked.
    const Session *find(const QByteArray &tokenHash, qint64 nowMs) const;
    // Also a revoked one (kept until it would have expired), so a banned client hears "banned".
    const Session *findAny(const QByteArray &tokenHash) const;
    // Revokes one session; returns whether it was live.
    bool revoke(const QByteArray &tokenHash);
    // Revokes every live session of the game matching the player, the device or the IP (empty = no
    // match) and returns their hashes, so the same revocation can be written to the database.
    QList<QByteArray> revokeMatching(const QString &gameId, const QString &playerId, const QString &deviceId,
                                     const QString &ip, qint64 nowMs);
    // Drops expired sessions from memory, revoked ones included (the database keeps them all).
    void pruneExpired(qint64 nowMs);
    qsizetype size() const { return m_sessions.size(); }

private:
    QHash<QByteArray, Session> m_sessions;
};

} // namespace arbiter
