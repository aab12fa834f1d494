#include "audit/auditjournal.h"

#include "crypto/crypto.h"
#include "storage/database.h"
#include "util/timeformat.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace arbiter {

std::atomic<quint64> AuditJournal::s_appended{0};

namespace {

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Length-prefixed fields, so no choice of separator inside a field can forge another entry.
void addField(QByteArray &out, const QByteArray &field)
{
    out += QByteArray::number(field.size());
    out += ':';
    out += field;
    out += '\n';
}

AuditEntry entryFromRow(const QSqlQuery &query)
{
    AuditEntry entry;
    entry.seq = query.value(0).toLongLong();
    entry.atMs = query.value(1).toLongLong();
    entry.actor = query.value(2).toString();
    entry.action = query.value(3).toString();
    entry.subject = query.value(4).toString();
    entry.details = QJsonDocument::fromJson(query.value(5).toByteArray()).object();
    entry.prevHash = query.value(6).toString();
    entry.hash = query.value(7).toString();
    return entry;
}

const QString kColumns = QStringLiteral("seq, at, actor, action, subject, details, prev_hash, hash");

} // namespace

QJsonObject AuditEntry::toJson() const
{
    return QJsonObject{{QStringLiteral("seq"), seq},
                       {QStringLiteral("at"), formatTime(atMs)},
                       {QStringLiteral("actor"), actor},
                       {QStringLiteral("action"), action},
                       {QStringLiteral("subject"), subject},
                       {QStringLiteral("details"), details},
                       {QStringLiteral("prevHash"), prevHash},
                       {QStringLiteral("hash"), hash}};
}

QJsonObject AuditVerification::toJson() const
{
    return QJsonObject{{QStringLiteral("ok"), ok},
                       {QStringLiteral("entries"), entries},
                       {QStringLiteral("firstBadSeq"), firstBadSeq ? QJsonValue(*firstBadSeq) : QJsonValue(QJsonValue::Null)}};
}

QString AuditJournal::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditJournal::computeHash(const QString &prevHash, qint64 seq, qint64 atMs, const QString &actor,
                                  const QString &action, const QString &subject, const QJsonObject &details)
{
    QByteArray material;
    material.reserve(256);
    addField(material, prevHash.toLatin1());
    addField(material, QByteArray::number(seq));
    addField(material, QByteArray::number(atMs));
    addField(material, actor.toUtf8());
    addField(material, action.toUtf8());
    addField(material, subject.toUtf8());
    addField(material, compactJson(details));
    return QString::fromLatin1(crypto::sha256Hex(material));
}

Result<AuditEntry> AuditJournal::append(QSqlDatabase &db, qint64 atMs, const Actor &actor, const QString &action,
                                        const QString &subject, const QJsonObject &details)
{
    // The chain head is read inside the writer's transaction, so appends can never interleave.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")))
        return queryError(query);
    AuditEntry entry;
    entry.seq = 1;
    entry.prevHash = genesisHash();
    if (query.next()) {
        entry.seq = query.value(0).toLongLong() + 1;
        entry.prevHash = query.value(1).toString();
    }
    entry.atMs = atMs;
    entry.actor = actor.label();
    entry.action = action;
    entry.subject = subject;
    entry.details = details;
    entry.hash = computeHash(entry.prevHash, entry.seq, atMs, entry.actor, action, subject, details);
    if (Status s = execSql(db,
                           QStringLiteral("INSERT INTO audit (%1) VALUES (?,?,?,?,?,?,?,?)").arg(kColumns),
                           {entry.seq, atMs, entry.actor, action, subject, QString::fromUtf8(compactJson(details)),
                            entry.prevHash, entry.hash});
        !s)
        return s.error();
    s_appended.fetch_add(1, std::memory_order_relaxed);
    return entry;
}

Result<QList<AuditEntry>> AuditJournal::list(QSqlDatabase &db, int limit, qint64 afterSeq)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM audit WHERE seq > ? ORDER BY seq LIMIT ?").arg(kColumns));
    query.addBindValue(afterSeq);
    query.addBindValue(limit);
    if (!query.exec())
        return queryError(query);
    QList<AuditEntry> entries;
    while (query.next())
        entries.append(entryFromRow(query));
    return entries;
}

Result<AuditVerification> AuditJournal::verify(QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM audit ORDER BY seq").arg(kColumns)))
        return queryError(query);
    AuditVerification result;
    QString expectedPrev = genesisHash();
    qint64 expectedSeq = 1;
    while (query.next()) {
        const AuditEntry entry = entryFromRow(query);
        ++result.entries;
        if (!result.firstBadSeq) {
            const QString recomputed = computeHash(entry.prevHash, entry.seq, entry.atMs, entry.actor, entry.action,
                                                   entry.subject, entry.details);
            // A deleted row shows as a gap in seq or a broken link; an edited one as a wrong hash.
            if (entry.seq > expectedSeq)
                result.firstBadSeq = expectedSeq; // a deleted entry: report the one that is missing
            else if (entry.seq != expectedSeq || entry.prevHash != expectedPrev || entry.hash != recomputed)
                result.firstBadSeq = entry.seq;
        }
        expectedPrev = entry.hash;
        expectedSeq = entry.seq + 1;
    }
    result.ok = !result.firstBadSeq.has_value();
    return result;
}

} // namespace arbiter
