#include "pages/auditpage.h"

#include "coreinvoker.h"
#include "models/auditmodel.h"
#include "widgets/headerstate.h"
#include "widgets/pagechrome.h"
#include "workers/auditexporter.h"
#include "workers/auditverifier.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace arbiter::ui {

namespace {

void styleBanner(QLabel *banner, const QString &kind)
{
    // Tinted backgrounds with a strong border stay readable on light and dark palettes.
    const QString colour = kind == QLatin1String("ok")    ? QStringLiteral("46,125,50")
                           : kind == QLatin1String("bad") ? QStringLiteral("198,40,40")
                                                          : QStringLiteral("120,120,120");
    banner->setStyleSheet(QStringLiteral("QLabel { border: 1px solid rgb(%1); background: rgba(%1,40);"
                                         " padding: 8px; border-radius: 4px; font-weight: bold; }")
                              .arg(colour));
}

} // namespace

AuditPage::AuditPage(CoreInvoker &invoker, QWidget *parent)
    : QWidget(parent)
    , m_invoker(invoker)
    , m_model(new AuditModel(invoker.engine().databasePath(), this))
    , m_view(new QTableView)
    , m_banner(new QLabel)
    , m_verify(new QPushButton(tr("&Verify chain")))
    , m_export(new QPushButton(tr("E&xport CSV…")))
{
    setObjectName(QStringLiteral("auditPage"));

    auto *heading = pageHeading(tr("Audit journal"));
    m_verify->setObjectName(QStringLiteral("verifyChain"));
    m_verify->setToolTip(tr("Recompute every entry's hash and link (Ctrl+Shift+V)"));
    m_export->setObjectName(QStringLiteral("exportCsv"));
    m_export->setToolTip(tr("Write the whole journal to a CSV file (Ctrl+Shift+X)"));
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verifyChain);
    connect(m_export, &QPushButton::clicked, this, &AuditPage::exportCsv);

    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(m_verify);
    top->addWidget(m_export);

    m_banner->setObjectName(QStringLiteral("verification"));
    m_banner->setAccessibleName(tr("Chain verification result"));
    m_banner->setWordWrap(true);
    m_banner->hide();

    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setAccessibleName(tr("Audit journal"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(AuditModel::Seq, 60);
    m_view->setColumnWidth(AuditModel::Time, 150);
    m_view->setColumnWidth(AuditModel::Actor, 150);
    m_view->setColumnWidth(AuditModel::Action, 150);
    m_view->setColumnWidth(AuditModel::Subject, 210);
    persistHeaderState(m_view->horizontalHeader(), QStringLiteral("audit"));

    auto *hint = new QLabel(tr("Newest first. Times are in your local time zone; the journal stores UTC."));
    hint->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
    layout->addWidget(hint);

    const auto shortcut = [this](const QKeySequence &keys, auto slot) { addPageShortcut(this, keys, slot); };
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), &AuditPage::verifyChain);
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X), &AuditPage::exportCsv);
    shortcut(QKeySequence::Refresh, &AuditPage::scheduleRefresh);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(200);
    connect(&m_refreshTimer, &QTimer::timeout, m_model, &AuditModel::refresh);
    connect(m_model, &AuditModel::errorOccurred, this, [this](const QString &message) {
        m_banner->setText(message);
        styleBanner(m_banner, QStringLiteral("bad"));
        m_banner->show();
    });
    m_model->refresh();
}

AuditPage::~AuditPage() = default; // the workers are children and wait for their threads

void AuditPage::scheduleRefresh()
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void AuditPage::verifyChain()
{
    if (m_verifier)
        return;
    m_verify->setEnabled(false);
    m_banner->setText(tr("Verifying the chain…"));
    styleBanner(m_banner, QStringLiteral("busy"));
    m_banner->show();
    m_verifier = new AuditVerifier(m_invoker.engine().databasePath(), this);
    connect(m_verifier, &QThread::finished, this, &AuditPage::showVerification);
    m_verifier->start();
}

void AuditPage::showVerification()
{
    AuditVerifier *verifier = std::exchange(m_verifier, nullptr);
    m_verify->setEnabled(true);
    const Result<AuditVerification> &result = verifier->result();
    bool ok = false;
    if (!result) {
        m_banner->setText(tr("Cannot verify the chain: %1").arg(result.error().detail));
        styleBanner(m_banner, QStringLiteral("bad"));
    } else if (result->ok) {
        ok = true;
        m_banner->setText(tr("Chain intact: %n entries", "", int(result->entries)));
        styleBanner(m_banner, QStringLiteral("ok"));
    } else {
        m_banner->setText(tr("Chain broken at entry #%1 — the journal was altered outside Arbiter from there on.")
                              .arg(result->firstBadSeq.value_or(0)));
        styleBanner(m_banner, QStringLiteral("bad"));
    }
    verifier->deleteLater();
    emit verificationFinished(ok);
}

void AuditPage::exportCsv()
{
    if (m_exporter)
        return;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("arbiter-audit-%1.csv")
                                                .arg(QDate::currentDate().toString(Qt::ISODate)));
    auto *dialog = new QFileDialog(this, tr("Export the audit journal"), suggested, tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &AuditPage::exportTo);
    dialog->open();
}

void AuditPage::exportTo(const QString &path)
{
    if (m_exporter || path.isEmpty())
        return;
    m_export->setEnabled(false);
    m_exporter = new AuditExporter(m_invoker.engine().databasePath(), path, this);
    connect(m_exporter, &QThread::finished, this, [this] {
        AuditExporter *exporter = std::exchange(m_exporter, nullptr);
        m_export->setEnabled(true);
        const bool ok = exporter->error().isEmpty();
        m_banner->setText(ok ? tr("Exported %n entries to %1.", "", int(exporter->rows()))
                                   .arg(QDir::toNativeSeparators(exporter->csvPath()))
                             : tr("Export failed: %1").arg(exporter->error()));
        styleBanner(m_banner, ok ? QStringLiteral("ok") : QStringLiteral("bad"));
        m_banner->show();
        exporter->deleteLater();
        emit exportFinished(ok);
    });
    m_exporter->start();
}

} // namespace arbiter::ui
