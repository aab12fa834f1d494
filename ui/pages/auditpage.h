#pragma once

// AuditPage: the hash-chained journal of who did what and when, with chain verification and
// CSV export (both on worker threads).

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace arbiter::ui {

class AuditExporter;
class AuditModel;
class AuditVerifier;
class CoreInvoker;

class AuditPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)
public:
    explicit AuditPage(CoreInvoker &invoker, QWidget *parent = nullptr);
    ~AuditPage() override;

    AuditModel *model() const { return m_model; }
    void scheduleRefresh(); // coalesced: a burst of changes is one query
    void verifyChain();
    void exportCsv();
    void exportTo(const QString &path); // the file dialog ends here; tests call it directly

signals:
    void verificationFinished(bool ok);
    void exportFinished(bool ok);

private:
    void showVerification();

    CoreInvoker &m_invoker;
    AuditModel *m_model;
    QTableView *m_view;
    QLabel *m_banner;
    QPushButton *m_verify;
    QPushButton *m_export;
    QTimer m_refreshTimer;
    AuditVerifier *m_verifier = nullptr;
    AuditExporter *m_exporter = nullptr;
};

} // namespace arbiter::ui
