#pragma once

// SecretDialog: shows a new credential (game secret, encryption key) the one time it exists in
// clear, with Copy buttons and the warning that it cannot be shown again.

#include <QDialog>

class QFormLayout;

namespace arbiter::ui {

class SecretDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretDialog)
public:
    SecretDialog(const QString &title, const QString &warning, QWidget *parent = nullptr);

    // A read-only, selectable field with its own Copy button.
    void addValue(const QString &label, const QString &value, const QString &objectName);
    QString value(const QString &objectName) const;

private:
    QFormLayout *m_form;
};

} // namespace arbiter::ui
