#include "workers/auditexporter.h"

#include "audit/auditjournal.h"
#include "storage/database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSaveFile>

namespace arbiter::ui {

AuditExporter::AuditExporter(QString databasePath, QString csvPath, QObject *parent)
    : QThread(parent)
    , m_databasePath(std::move(databasePath))
    , m_csvPath(std::move(csvPath))
{
    setObjectName(QStringLiteral("arbiter-audit-exporter"));
}

AuditExporter::~AuditExporter()
{
    requestInterruption();
    wait();
}

QString AuditExporter::csvField(const QString &value)
{
    // A leading = + - @ would make a spreadsheet run the cell as a formula.
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.front()))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char('"')) || v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r')) || v != value) {
        v.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

void AuditExporter::run()
{
    const QString name = QStringLiteral("arbiter-ui-export-%1").arg(quintptr(this), 0, 16);
    {
        Result<QSqlDatabase> db = Database::open(m_databasePath, name, Database::Mode::ReadOnly);
        if (!db) {
            m_error = db.error().detail;
            return;
        }
        QSaveFile file(m_csvPath);
        if (!file.open(QIODevice::WriteOnly)) {
            m_error = file.errorString();
        } else {
            // The export is UTC like the journal itself: a file outlives the moderator's time zone.
            file.write("seq,time_utc,actor,action,subject,details,prev_hash,hash\r\n");
            qint64 after = 0;
            for (;;) {
                if (isInterruptionRequested()) {
                    file.cancelWriting();
                    m_error = tr("cancelled");
                    break;
                }
                Result<QList<AuditEntry>> page = AuditJournal::list(db.value(), 1000, after);
                if (!page) {
                    m_error = page.error().detail;
                    file.cancelWriting();
                    break;
                }
                if (page->isEmpty())
                    break;
                for (const AuditEntry &e : page.value()) {
                    const QStringList fields{
                        QString::number(e.seq),
                        QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC).toString(Qt::ISODateWithMs),
                        csvField(e.actor),
                        csvField(e.action),
                        csvField(e.subject),
                        csvField(QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact))),
                        e.prevHash,
                        e.hash};
                    file.write(fields.join(QLatin1Char(',')).toUtf8() + "\r\n");
                    ++m_rows;
                    after = e.seq;
                }
            }
            if (m_error.isEmpty() && !file.commit())
                m_error = file.errorString();
        }
    }
    Database::close(name);
}

} // namespace arbiter::ui
