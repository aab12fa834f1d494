#pragma once

// LiftBanDialog: lifting a ban, with a note for the journal and whether the player's earlier
// scores come back to the boards (detection.md §4).

#include "util/result.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace arbiter::ui {

class LiftBanDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiftBanDialog)
public:
    LiftBanDialog(const QString &subject, bool hasPlayer, QWidget *parent = nullptr);

    QString note() const;
    bool restoreScores() const;

    void showError(const Error &error);
    void setBusy(bool busy);

signals:
    void submitted();

private:
    QPlainTextEdit *m_note;
    QCheckBox *m_restore;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace arbiter::ui
