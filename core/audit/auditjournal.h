#pragma once

// AuditJournal: the tamper-evident, hash-chained record of every admin and moderator action.
// Entries are appended inside the same Writer job as the action they record, so an action and
// its entry commit or roll back together.

#include "util/result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <optional>

namespace arbiter {

// Who did something: the moderator's name in the console, "admin-api" for the admin token.
struct Actor {
    QString name;
    QString via; // "console", "api", "engine"
    QString label() const { return via.isEmpty() ? name : name + QLatin1Char('@') + via; }
};

struct AuditEntry {
    qint64 seq = 0;
    qint64 atMs = 0;
    QString actor;
    QString action;  // e.g. "game.create", "game.secret.generate"
    QString subject; // what it was done to, e.g. the game id
    QJsonObject details;
    QString prevHash;
    QString hash;
    QJsonObject toJson() const;
};

struct AuditVerification {
    bool ok = true;
    qint64 entries = 0;
    std::optional<qint64> firstBadSeq;
    QJsonObject toJson() const;
};

class AuditJournal final {
public:
    static Result<AuditEntry> append(QSqlDatabase &db, qint64 atMs, const Actor &actor, const QString &action,
                                     const QString &subject, const QJsonObject &details = {});
    // Entries with seq > afterSeq, oldest first.
    static Result<QList<AuditEntry>> list(QSqlDatabase &db, int limit, qint64 afterSeq);
    // Recomputes the whole chain; the first entry whose stored hash or link is wrong is reported.
    static Result<AuditVerification> verify(QSqlDatabase &db);

    // Counts entries appended (inside transactions that may still roll back) since start: the
    // console polls it to refresh its journal view without a signal from the writer thread.
    static quint64 appendedCount() { return s_appended.load(std::memory_order_relaxed); }

    static QString genesisHash();
    static QString computeHash(const QString &prevHash, qint64 seq, qint64 atMs, const QString &actor,
                               const QString &action, const QString &subject, const QJsonObject &details);

private:
    static std::atomic<quint64> s_appended;
};

} // namespace arbiter
