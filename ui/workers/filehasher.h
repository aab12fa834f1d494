#pragma once

// FileHasher: SHA-256 of a (possibly multi-gigabyte) game binary, read in 1 MiB chunks on its
// own thread so the console stays responsive; reports progress and can be cancelled.

#include <QString>
#include <QThread>

#include <atomic>

namespace arbiter::ui {

class FileHasher final : public QThread {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileHasher)
public:
    static constexpr qint64 ChunkSize = 1 << 20;

    explicit FileHasher(QString path, QObject *parent = nullptr);
    ~FileHasher() override; // cancels and waits

    void cancel() { requestInterruption(); }

    // Valid once finished() was emitted.
    QString path() const { return m_path; }
    QString hex() const { return m_hex; }     // 64 lowercase hex digits; empty on failure
    QString error() const { return m_error; } // why it failed; empty on success or cancel
    bool wasCancelled() const { return m_cancelled; }

signals:
    void progress(qint64 done, qint64 total);

protected:
    void run() override;

private:
    const QString m_path;
    QString m_hex;
    QString m_error;
    bool m_cancelled = false;
};

} // namespace arbiter::ui
