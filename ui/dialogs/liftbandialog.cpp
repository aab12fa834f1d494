#include "dialogs/liftbandialog.h"

#include "displayformat.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace arbiter::ui {

LiftBanDialog::LiftBanDialog(const QString &subject, bool hasPlayer, QWidget *parent)
    : QDialog(parent)
    , m_note(new QPlainTextEdit)
    , m_restore(new QCheckBox(tr("&Restore the player's earlier scores to the boards")))
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("liftBanDialog"));
    setWindowTitle(tr("Lift ban"));
    setWindowModality(Qt::WindowModal);

    auto *what = new QLabel(tr("Lift the ban on %1?").arg(subject.toHtmlEscaped()));
    what->setWordWrap(true);
    auto *noteLabel = new QLabel(tr("&Note (kept in the audit journal):"));
    noteLabel->setBuddy(m_note);
    m_note->setObjectName(QStringLiteral("liftNote"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("e.g. appeal accepted"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    m_restore->setObjectName(QStringLiteral("liftRestoreScores"));
    m_restore->setAccessibleName(tr("Restore scores"));
    m_restore->setToolTip(tr("Without this, the scores the player had before the ban stay off the boards for good."));
    m_restore->setVisible(hasPlayer);
    m_error->setObjectName(QStringLiteral("liftError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: rgb(198,40,40); font-weight: bold;"));
    m_error->hide();

    QPushButton *lift = m_buttons->addButton(tr("&Lift ban"), QDialogButtonBox::AcceptRole);
    lift->setObjectName(QStringLiteral("liftSubmit"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LiftBanDialog::submitted);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note);
    layout->addWidget(m_restore);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    m_note->setFocus();
}

QString LiftBanDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

bool LiftBanDialog::restoreScores() const
{
    return !m_restore->isHidden() && m_restore->isChecked();
}

void LiftBanDialog::showError(const Error &error)
{
    m_error->setText(describe(error));
    m_error->show();
}

void LiftBanDialog::setBusy(bool busy)
{
    m_buttons->setEnabled(!busy);
}

} // namespace arbiter::ui
