#pragma once

// GameDialog: create a game or edit its settings and detection thresholds; the service's
// validation errors are shown next to the field they concern, and the dialog stays open until
// the write succeeded.

#include "domain/game.h"
#include "util/result.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace arbiter::ui {

class DetectionThresholdsEditor;

class GameDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GameDialog)
public:
    // An existing game (non-empty id) is edited; otherwise a new one is created.
    explicit GameDialog(const Game &game, QWidget *parent = nullptr);

    QString gameId() const { return m_gameId; }
    // detectionOverrides holds only the thresholds changed in this dialog: the "detection" patch.
    GameSettings settings() const;

    // The page calls these when the service answers.
    void showError(const Error &error);
    void setBusy(bool busy);

signals:
    void submitted(const GameSettings &settings);

private:
    void submit();
    void clearErrors();

    QString m_gameId;
    QLineEdit *m_name;
    QCheckBox *m_antiCheat;
    QCheckBox *m_testMode;
    QCheckBox *m_autoBan;
    QCheckBox *m_trustProxy;
    QLineEdit *m_webhook;
    DetectionThresholdsEditor *m_thresholds;
    QLabel *m_nameError;
    QLabel *m_webhookError;
    QLabel *m_generalError;
    QDialogButtonBox *m_buttons;
};

} // namespace arbiter::ui
