#include "dialogs/tournamentdialog.h"

#include "widgets/fielderrors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace arbiter::ui {

namespace {

constexpr qint64 kWeekMs = 7LL * 86400 * 1000;

QDateTimeEdit *timeEdit(const QString &name, const QString &accessible, qint64 utcMs)
{
    // Shown and picked in local time; QDateTime carries the instant, so UTC is what is stored.
    auto *edit = new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toLocalTime());
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

TournamentDialog::TournamentDialog(const QString &gameName, qint64 nowMs, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit)
    , m_startsAt(timeEdit(QStringLiteral("startsAt"), tr("Starts at"), nowMs - nowMs % 60000))
    , m_endsAt(timeEdit(QStringLiteral("endsAt"), tr("Ends at"), nowMs - nowMs % 60000 + kWeekMs))
    , m_limitAttempts(new QCheckBox(tr("&Limit:")))
    , m_maxAttempts(new QSpinBox)
    , m_sortOrder(new QComboBox)
    , m_confirmation(new QCheckBox(tr("Require the game server's &confirmation of every round")))
    , m_generalError(FieldErrors::makeLabel(QStringLiteral("generalError")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
    , m_errors(std::make_unique<FieldErrors>(m_generalError))
{
    setObjectName(QStringLiteral("tournamentDialog"));
    setWindowTitle(tr("New tournament — %1").arg(gameName));
    setMinimumWidth(480);

    m_name->setObjectName(QStringLiteral("name"));
    m_name->setAccessibleName(tr("Tournament name"));
    m_name->setMaxLength(100);
    m_name->setPlaceholderText(tr("e.g. Weekend Cup"));
    m_limitAttempts->setObjectName(QStringLiteral("limitAttempts"));
    m_maxAttempts->setObjectName(QStringLiteral("maxAttempts"));
    m_maxAttempts->setAccessibleName(tr("Attempts per player"));
    m_maxAttempts->setRange(1, 1000000);
    m_maxAttempts->setValue(3);
    m_maxAttempts->setEnabled(false);
    connect(m_limitAttempts, &QCheckBox::toggled, m_maxAttempts, &QWidget::setEnabled);
    m_sortOrder->setObjectName(QStringLiteral("sortOrder"));
    m_sortOrder->setAccessibleName(tr("Sort order"));
    m_sortOrder->addItem(tr("Higher is better (desc)"), QStringLiteral("desc"));
    m_sortOrder->addItem(tr("Lower is better (asc)"), QStringLiteral("asc"));
    m_confirmation->setObjectName(QStringLiteral("requireServerConfirmation"));

    auto *attempts = new QWidget;
    auto *attemptsLayout = new QHBoxLayout(attempts);
    attemptsLayout->setContentsMargins(0, 0, 0, 0);
    attemptsLayout->addWidget(m_limitAttempts);
    attemptsLayout->addWidget(m_maxAttempts, 1);

    auto *form = new QFormLayout;
    const auto row = [this, form](const QString &text, QWidget *input, QWidget *focus, const QString &field) {
        auto *label = new QLabel(text);
        label->setBuddy(focus);
        form->addRow(label, input);
        form->addRow(QString(), m_errors->add(field, focus));
    };
    row(tr("&Name:"), m_name, m_name, QStringLiteral("name"));
    row(tr("&Starts at:"), m_startsAt, m_startsAt, QStringLiteral("startsAt"));
    row(tr("&Ends at:"), m_endsAt, m_endsAt, QStringLiteral("endsAt"));
    row(tr("&Attempts per player:"), attempts, m_limitAttempts, QStringLiteral("maxAttempts"));
    row(tr("S&ort order:"), m_sortOrder, m_sortOrder, QStringLiteral("sortOrder"));
    form->addRow(QString(), m_confirmation);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("ok"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_errors->clear();
        setBusy(true);
        emit submitted(draft());
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this] { setBusy(false); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setTabOrder(m_name, m_startsAt);
    setTabOrder(m_startsAt, m_endsAt);
    setTabOrder(m_endsAt, m_limitAttempts);
    setTabOrder(m_limitAttempts, m_maxAttempts);
    setTabOrder(m_maxAttempts, m_sortOrder);
    setTabOrder(m_sortOrder, m_confirmation);
    setBusy(false);
    m_name->setFocus();
}

TournamentDialog::~TournamentDialog() = default;

TournamentDraft TournamentDialog::draft() const
{
    TournamentDraft d;
    d.name = m_name->text().trimmed();
    d.startsAtMs = m_startsAt->dateTime().toMSecsSinceEpoch();
    d.endsAtMs = m_endsAt->dateTime().toMSecsSinceEpoch();
    if (m_limitAttempts->isChecked())
        d.maxAttempts = m_maxAttempts->value();
    d.sortOrder = m_sortOrder->currentData().toString();
    d.requireServerConfirmation = m_confirmation->isChecked();
    return d;
}

void TournamentDialog::showError(const Error &error)
{
    setBusy(false);
    if (QWidget *input = m_errors->show(error))
        input->setFocus();
}

void TournamentDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy && !m_name->text().trimmed().isEmpty());
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

} // namespace arbiter::ui
