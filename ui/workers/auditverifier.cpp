#include "workers/auditverifier.h"

#include "storage/database.h"

namespace arbiter::ui {

AuditVerifier::AuditVerifier(QString databasePath, QObject *parent)
    : QThread(parent)
    , m_databasePath(std::move(databasePath))
{
    setObjectName(QStringLiteral("arbiter-audit-verifier"));
}

AuditVerifier::~AuditVerifier()
{
    wait();
}

void AuditVerifier::run()
{
    const QString name = QStringLiteral("arbiter-ui-verify-%1").arg(quintptr(this), 0, 16);
    {
        Result<QSqlDatabase> db = Database::open(m_databasePath, name, Database::Mode::ReadOnly);
        if (!db) {
            m_result = db.error();
            return;
        }
        m_result = AuditJournal::verify(db.value());
    }
    Database::close(name);
}

} // namespace arbiter::ui
