#pragma once

// AuditExporter: writes the whole audit journal to a CSV file on its own thread and connection.

#include <QString>
#include <QThread>

namespace arbiter::ui {

class AuditExporter final : public QThread {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditExporter)
public:
    AuditExporter(QString databasePath, QString csvPath, QObject *parent = nullptr);
    ~AuditExporter() override;

    // Valid once finished() was emitted.
    QString error() const { return m_error; }
    qint64 rows() const { return m_rows; }
    QString csvPath() const { return m_csvPath; }

    static QString csvField(const QString &value); // RFC 4180 quoting

protected:
    void run() override;

private:
    const QString m_databasePath;
    const QString m_csvPath;
    QString m_error;
    qint64 m_rows = 0;
};

} // namespace arbiter::ui
