#pragma once

// BanDialog: a moderator's new ban: game, player and/or device and/or IP, reasons and an optional
// expiry. It checks what it can locally, then emits submitted(); the caller confirms, executes
// through BanService and either closes it or shows the service's error in it.

#include "enforcement/banservice.h"
#include "util/result.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace arbiter::ui {

class BanDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BanDialog)
public:
    // games: (id, name) pairs to choose from.
    explicit BanDialog(const QList<QPair<QString, QString>> &games, QWidget *parent = nullptr);

    void prefill(const QString &gameId, const QString &playerId, const QString &deviceId = {}, const QString &ip = {});
    // The moderator's draft as the admin API builds it (canonical IP, "moderator" first). Valid after submitted().
    BanDraft draft() const;
    QString subjectText() const; // "player x, device y" for the confirmation

    void showError(const Error &error);
    void setBusy(bool busy);

signals:
    void submitted();

private:
    void submit();

    QComboBox *m_game;
    QLineEdit *m_player;
    QLineEdit *m_device;
    QLineEdit *m_ip;
    QPlainTextEdit *m_reasons;
    QCheckBox *m_expires;
    QDateTimeEdit *m_expiresAt;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QString m_canonicalIp;
};

} // namespace arbiter::ui
