#pragma once

// AuditVerifier: recomputes the audit hash chain on its own thread with its own read-only
// connection, so verifying a long journal never freezes the console.

#include "audit/auditjournal.h"

#include <QThread>

namespace arbiter::ui {

class AuditVerifier final : public QThread {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditVerifier)
public:
    explicit AuditVerifier(QString databasePath, QObject *parent = nullptr);
    ~AuditVerifier() override;

    // Valid once finished() was emitted.
    const Result<AuditVerification> &result() const { return m_result; }

protected:
    void run() override;

private:
    const QString m_databasePath;
    Result<AuditVerification> m_result = Error::unavailable(QStringLiteral("not run"));
};

} // namespace arbiter::ui
