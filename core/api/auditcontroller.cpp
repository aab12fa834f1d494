#include "api/auditcontroller.h"

#include "api/queryreader.h"
#include "audit/auditjournal.h"
#include "storage/writer.h"

namespace arbiter {

AuditController::AuditController(Writer &writer, QObject *context)
    : m_writer(writer)
    , m_context(context)
{
}

void AuditController::list(const RouteRequest &request, Reply reply) const
{
    QueryReader query(request.http);
    const int limit = int(query.integer(QStringLiteral("limit"), 100, 1, 1000));
    const qint64 after = query.integer(QStringLiteral("after"), 0, 0, std::numeric_limits<qint64>::max());
    if (!query.ok())
        return reply.error(query.error());
    m_writer.run<QList<AuditEntry>>(
        [limit, after](QSqlDatabase &db) { return AuditJournal::list(db, limit, after); }, m_context,
        [reply](Result<QList<AuditEntry>> entries) {
            reply.result(entries, 200, [](const QList<AuditEntry> &list) {
                QJsonArray items;
                for (const AuditEntry &entry : list)
                    items.append(entry.toJson());
                const QJsonValue next = list.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(list.constLast().seq);
                return QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("nextAfter"), next}};
            });
        });
}

void AuditController::verify(const RouteRequest &, Reply reply) const
{
    m_writer.run<AuditVerification>([](QSqlDatabase &db) { return AuditJournal::verify(db); }, m_context,
                                    [reply](Result<AuditVerification> result) {
                                        reply.result(result, 200, [](const AuditVerification &v) { return v.toJson(); });
                                    });
}

} // namespace arbiter
