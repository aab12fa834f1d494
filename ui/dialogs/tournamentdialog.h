#pragma once

// TournamentDialog: create an escs-compatible tournament for a game (name, when it runs, attempts
// per player, sort order, whether the game server must confirm each round). Its board is made
// with it. The service's validation errors show next to their field.

#include "tournaments/tournamentservice.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace arbiter::ui {

class FieldErrors;

class TournamentDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TournamentDialog)
public:
    TournamentDialog(const QString &gameName, qint64 nowMs, QWidget *parent = nullptr);
    ~TournamentDialog() override;

    TournamentDraft draft() const;
    void showError(const Error &error);
    void setBusy(bool busy);

signals:
    void submitted(const arbiter::TournamentDraft &draft);

private:
    QLineEdit *m_name;
    QDateTimeEdit *m_startsAt;
    QDateTimeEdit *m_endsAt;
    QCheckBox *m_limitAttempts;
    QSpinBox *m_maxAttempts;
    QComboBox *m_sortOrder;
    QCheckBox *m_confirmation;
    QLabel *m_generalError;
    QDialogButtonBox *m_buttons;
    std::unique_ptr<FieldErrors> m_errors;
};

} // namespace arbiter::ui
