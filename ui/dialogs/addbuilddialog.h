#pragma once

// AddBuildDialog: register an allowed game binary by pasting its SHA-256 or by picking the file,
// which is hashed off the UI thread with progress and Cancel.

#include "util/result.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace arbiter::ui {

class FileHasher;

class AddBuildDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddBuildDialog)
public:
    explicit AddBuildDialog(const QString &gameName, QWidget *parent = nullptr);
    ~AddBuildDialog() override;

    QString sha256() const;
    QString label() const;
    bool isHashing() const { return m_hasher != nullptr; }

    // Hashes `path` in the background and fills in the SHA-256 (the file picker ends here too).
    void hashFile(const QString &path);
    void cancelHashing();

    void showError(const Error &error);
    void setBusy(bool busy);

    static bool isSha256Hex(const QString &text);

signals:
    void submitted(const QString &sha256, const QString &label);

private:
    void chooseFile();
    void hashingFinished();
    void updateState();

    QLineEdit *m_sha;
    QLineEdit *m_label;
    QPushButton *m_chooseFile;
    QProgressBar *m_progress;
    QPushButton *m_cancelHash;
    QLabel *m_status;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    FileHasher *m_hasher = nullptr;
    bool m_busy = false;
};

} // namespace arbiter::ui
