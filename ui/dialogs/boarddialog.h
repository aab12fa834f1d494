#pragma once

// BoardDialog: create a board for a game, or edit one (name, plausibility limit, scoring). A live
// board's sort order, operator and reset are fixed; a change of scoring makes a new rule-set
// version, which the dialog names. The service's validation errors show next to their field.

#include "domain/board.h"
#include "scores/boardservice.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace arbiter::ui {

class FieldErrors;

class BoardDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardDialog)
public:
    // A board with an id is edited; otherwise one is created for `gameName`.
    BoardDialog(const Board &board, const QString &gameName, QWidget *parent = nullptr);
    ~BoardDialog() override;

    QString boardId() const { return m_board.id; }
    BoardDraft draft() const;

    void showError(const Error &error);
    void setBusy(bool busy);

signals:
    void submitted(const arbiter::BoardDraft &draft);

private:
    QJsonObject scoring() const;
    void updateEnabled();

    Board m_board;
    QLineEdit *m_name;
    QComboBox *m_sortOrder;
    QComboBox *m_operator;
    QSpinBox *m_bestN;
    QComboBox *m_reset;
    QCheckBox *m_hasMax;
    QDoubleSpinBox *m_maxPlausible;
    QComboBox *m_formula;
    QDoubleSpinBox *m_bonus;
    QCheckBox *m_hasCapSubmission;
    QDoubleSpinBox *m_capSubmission;
    QCheckBox *m_hasCapDay;
    QDoubleSpinBox *m_capDay;
    QLabel *m_version;
    QLabel *m_generalError;
    QDialogButtonBox *m_buttons;
    std::unique_ptr<FieldErrors> m_errors;
};

} // namespace arbiter::ui
