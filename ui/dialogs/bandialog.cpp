#include "dialogs/bandialog.h"

#include "displayformat.h"
#include "enforcement/moderatorban.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace arbiter::ui {

BanDialog::BanDialog(const QList<QPair<QString, QString>> &games, QWidget *parent)
    : QDialog(parent)
    , m_game(new QComboBox)
    , m_player(new QLineEdit)
    , m_device(new QLineEdit)
    , m_ip(new QLineEdit)
    , m_reasons(new QPlainTextEdit)
    , m_expires(new QCheckBox(tr("E&xpires")))
    , m_expiresAt(new QDateTimeEdit)
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("banDialog"));
    setWindowTitle(tr("New ban"));
    setWindowModality(Qt::WindowModal);

    m_game->setObjectName(QStringLiteral("banGame"));
    m_game->setAccessibleName(tr("Game"));
    for (const auto &[id, name] : games)
        m_game->addItem(name.isEmpty() ? id : name, id);
    m_player->setObjectName(QStringLiteral("banPlayer"));
    m_player->setAccessibleName(tr("Player id"));
    m_player->setPlaceholderText(tr("player id (account ban)"));
    m_device->setObjectName(QStringLiteral("banDevice"));
    m_device->setAccessibleName(tr("Device id"));
    m_device->setPlaceholderText(tr("device id (optional)"));
    m_ip->setObjectName(QStringLiteral("banIp"));
    m_ip->setAccessibleName(tr("IP address"));
    m_ip->setPlaceholderText(tr("IPv4 or IPv6 address (optional)"));
    m_reasons->setObjectName(QStringLiteral("banReasons"));
    m_reasons->setAccessibleName(tr("Reasons, one per line"));
    m_reasons->setPlaceholderText(tr("One reason per line, e.g. aimbot"));
    m_reasons->setTabChangesFocus(true);
    m_reasons->setFixedHeight(m_reasons->fontMetrics().lineSpacing() * 4 + 12);
    m_expires->setObjectName(QStringLiteral("banExpires"));
    m_expires->setAccessibleName(tr("The ban expires"));
    m_expiresAt->setObjectName(QStringLiteral("banExpiresAt"));
    m_expiresAt->setAccessibleName(tr("Expiry time (local)"));
    m_expiresAt->setCalendarPopup(true);
    m_expiresAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_expiresAt->setDateTime(QDateTime::currentDateTime().addDays(7));
    m_expiresAt->setEnabled(false);
    connect(m_expires, &QCheckBox::toggled, m_expiresAt, &QWidget::setEnabled);
    auto *expiry = new QHBoxLayout;
    expiry->addWidget(m_expires);
    expiry->addWidget(m_expiresAt, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Game:"), m_game);
    form->addRow(tr("&Player:"), m_player);
    form->addRow(tr("&Device:"), m_device);
    form->addRow(tr("I&P:"), m_ip);
    form->addRow(tr("&Reasons:"), m_reasons);
    form->addRow(QString(), expiry);

    auto *hint = new QLabel(tr("Name at least one of player, device and IP. The ban applies at once: matching sessions "
                               "end and logins are refused. It is reported to the game's webhook."));
    hint->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("banError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: rgb(198,40,40); font-weight: bold;"));
    m_error->hide();

    QPushButton *ban = m_buttons->addButton(tr("&Ban…"), QDialogButtonBox::AcceptRole);
    ban->setObjectName(QStringLiteral("banSubmit"));
    ban->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BanDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    const QList<QWidget *> order{m_game, m_player, m_device, m_ip, m_reasons, m_expires, m_expiresAt};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
}

void BanDialog::prefill(const QString &gameId, const QString &playerId, const QString &deviceId, const QString &ip)
{
    if (const int index = m_game->findData(gameId); index >= 0)
        m_game->setCurrentIndex(index);
    m_player->setText(playerId);
    m_device->setText(deviceId);
    m_ip->setText(ip);
    (playerId.isEmpty() ? m_player : static_cast<QWidget *>(m_reasons))->setFocus();
}

BanDraft BanDialog::draft() const
{
    QStringList reasons;
    for (const QString &line : m_reasons->toPlainText().split(QLatin1Char('\n')))
        if (const QString reason = line.trimmed(); !reason.isEmpty())
            reasons.append(reason);
    std::optional<qint64> expiresAt;
    if (m_expires->isChecked())
        expiresAt = m_expiresAt->dateTime().toMSecsSinceEpoch();
    return moderatorBanDraft(m_game->currentData().toString(), m_player->text().trimmed(), m_device->text().trimmed(),
        m_canonicalIp, reasons, expiresAt);
}

QString BanDialog::subjectText() const
{
    QStringList parts;
    if (const QString p = m_player->text().trimmed(); !p.isEmpty())
        parts << tr("player %1").arg(p);
    if (const QString d = m_device->text().trimmed(); !d.isEmpty())
        parts << tr("device %1").arg(d);
    if (!m_canonicalIp.isEmpty())
        parts << tr("IP %1").arg(m_canonicalIp);
    return parts.join(QStringLiteral(", "));
}

void BanDialog::submit()
{
    m_error->hide();
    QStringList problems;
    if (m_game->currentData().toString().isEmpty())
        problems << tr("Choose a game (create one on the Games page first).");
    if (m_player->text().trimmed().isEmpty() && m_device->text().trimmed().isEmpty()
        && m_ip->text().trimmed().isEmpty())
        problems << tr("Name at least one of player, device and IP.");
    const std::optional<QString> ip = canonicalBanIp(m_ip->text().trimmed());
    if (!ip)
        problems << tr("IP: %1").arg(tr("must be an IPv4 or IPv6 address"));
    else
        m_canonicalIp = *ip;
    if (m_expires->isChecked() && m_expiresAt->dateTime() <= QDateTime::currentDateTime())
        problems << tr("The expiry must be in the future.");
    if (!problems.isEmpty()) {
        m_error->setText(problems.join(QLatin1Char('\n')));
        m_error->show();
        return;
    }
    emit submitted();
}

void BanDialog::showError(const Error &error)
{
    m_error->setText(describe(error));
    m_error->show();
}

void BanDialog::setBusy(bool busy)
{
    m_buttons->setEnabled(!busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

} // namespace arbiter::ui
