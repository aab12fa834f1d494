#include "dialogs/gamedialog.h"

#include "displayformat.h"
#include "widgets/detectionthresholdseditor.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace arbiter::ui {

namespace {

QLabel *errorLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    label->hide();
    return label;
}

QLabel *hint(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setEnabled(false); // drawn in the palette's muted colour, readable light or dark
    return label;
}

} // namespace

GameDialog::GameDialog(const Game &game, QWidget *parent)
    : QDialog(parent)
    , m_gameId(game.id)
    , m_name(new QLineEdit(game.settings.name))
    , m_antiCheat(new QCheckBox(tr("&Anti-cheat: run the detection rules on submissions")))
    , m_testMode(new QCheckBox(tr("&Test mode: keep submissions off public boards")))
    , m_autoBan(new QCheckBox(tr("A&uto-ban on high-confidence cheats")))
    , m_trustProxy(new QCheckBox(tr("Trust &proxy: take the client IP from X-Forwarded-For (loopback peers only)")))
    , m_webhook(new QLineEdit(game.settings.webhookUrl))
    , m_thresholds(new DetectionThresholdsEditor(game.settings.detectionOverrides))
    , m_nameError(errorLabel(QStringLiteral("nameError")))
    , m_webhookError(errorLabel(QStringLiteral("webhookError")))
    , m_generalError(errorLabel(QStringLiteral("generalError")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    const bool creating = m_gameId.isEmpty();
    setObjectName(QStringLiteral("gameDialog"));
    setWindowTitle(creating ? tr("Create game") : tr("Edit game — %1").arg(game.settings.name));
    setMinimumWidth(560);
    resize(600, 560);

    m_name->setObjectName(QStringLiteral("name"));
    m_name->setAccessibleName(tr("Game name"));
    m_name->setMaxLength(100);
    m_name->setPlaceholderText(tr("e.g. Space Racer"));
    m_antiCheat->setObjectName(QStringLiteral("antiCheat"));
    m_antiCheat->setChecked(game.settings.antiCheat);
    m_testMode->setObjectName(QStringLiteral("testMode"));
    m_testMode->setChecked(game.settings.testMode);
    m_autoBan->setObjectName(QStringLiteral("autoBan"));
    m_autoBan->setChecked(game.settings.autoBan);
    m_trustProxy->setObjectName(QStringLiteral("trustProxy"));
    m_trustProxy->setChecked(game.settings.trustProxy);
    m_webhook->setObjectName(QStringLiteral("webhookUrl"));
    m_webhook->setAccessibleName(tr("Webhook URL"));
    m_webhook->setPlaceholderText(QStringLiteral("https://studio.example/arbiter-webhook"));

    auto *nameLabel = new QLabel(tr("&Name:"));
    nameLabel->setBuddy(m_name);
    auto *webhookLabel = new QLabel(tr("&Webhook URL:"));
    webhookLabel->setBuddy(m_webhook);

    auto *form = new QFormLayout;
    form->addRow(nameLabel, m_name);
    form->addRow(QString(), m_nameError);
    form->addRow(QString(), m_antiCheat);
    form->addRow(QString(), m_testMode);
    form->addRow(QString(), m_autoBan);
    form->addRow(QString(), m_trustProxy);
    form->addRow(webhookLabel, m_webhook);
    form->addRow(QString(), m_webhookError);
    form->addRow(QString(), hint(tr("Ban reports are sent here. https://, or http:// to this machine. Leave empty for none.")));

    m_buttons->button(QDialogButtonBox::Ok)->setText(creating ? tr("&Create") : tr("&Save"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("ok"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GameDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto updateOk = [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty()); };
    connect(m_name, &QLineEdit::textChanged, this, updateOk);
    updateOk();

    auto *general = new QWidget;
    auto *generalLayout = new QVBoxLayout(general);
    generalLayout->addLayout(form);
    generalLayout->addStretch();
    auto *thresholds = new QScrollArea;
    thresholds->setWidget(m_thresholds);
    thresholds->setWidgetResizable(true);
    thresholds->setFrameShape(QFrame::NoFrame);
    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("gameTabs"));
    tabs->addTab(general, tr("&General"));
    tabs->addTab(thresholds, tr("&Detection thresholds"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_generalError);
    layout->addWidget(m_buttons);

    setTabOrder(m_name, m_antiCheat);
    setTabOrder(m_antiCheat, m_testMode);
    setTabOrder(m_testMode, m_autoBan);
    setTabOrder(m_autoBan, m_trustProxy);
    setTabOrder(m_trustProxy, m_webhook);
    m_name->setFocus();
}

GameSettings GameDialog::settings() const
{
    GameSettings s;
    s.name = m_name->text().trimmed();
    s.antiCheat = m_antiCheat->isChecked();
    s.testMode = m_testMode->isChecked();
    s.autoBan = m_autoBan->isChecked();
    s.trustProxy = m_trustProxy->isChecked();
    s.webhookUrl = m_webhook->text().trimmed();
    s.detectionOverrides = m_thresholds->changes(); // only what the moderator changed here
    return s;
}

void GameDialog::submit()
{
    clearErrors();
    setBusy(true);
    emit submitted(settings());
}

void GameDialog::clearErrors()
{
    for (QLabel *label : {m_nameError, m_webhookError, m_generalError}) {
        label->clear();
        label->hide();
    }
}

void GameDialog::showError(const Error &error)
{
    setBusy(false);
    clearErrors();
    QStringList other;
    for (const FieldError &field : error.fields) {
        QLabel *target = field.field == QLatin1String("name")         ? m_nameError
                         : field.field == QLatin1String("webhookUrl") ? m_webhookError
                                                                      : nullptr;
        if (target) {
            target->setText(field.message);
            target->show();
        } else {
            other << QStringLiteral("%1: %2").arg(field.field, field.message);
        }
    }
    if (error.fields.isEmpty() || !other.isEmpty()) {
        m_generalError->setText(error.fields.isEmpty() ? describe(error) : other.join(QLatin1Char('\n')));
        m_generalError->show();
    }
    if (m_nameError->isVisible())
        m_name->setFocus();
    else if (m_webhookError->isVisible())
        m_webhook->setFocus();
}

void GameDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy && !m_name->text().trimmed().isEmpty());
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

} // namespace arbiter::ui
