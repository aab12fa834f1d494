#pragma once

// AuditModel: the audit journal, newest first, read in pages from the UI's own read-only
// connection so a journal of millions of entries opens as fast as one of ten.

#include "audit/auditjournal.h"

#include <QAbstractTableModel>

namespace arbiter::ui {

class AuditModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditModel)
public:
    enum Column { Seq, Time, Actor, Action, Subject, Details, ColumnCount };
    static constexpr int PageSize = 200;

    explicit AuditModel(QString databasePath, QObject *parent = nullptr);
    ~AuditModel() override;

    // Picks up entries appended since the last read (and loads the first page the first time).
    void refresh();
    const AuditEntry *entry(int row) const;
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void errorOccurred(const QString &message);

private:
    bool ensureOpen();
    // Entries matching `where` (bound to `bound`), newest first, at most `limit`.
    QList<AuditEntry> query(const QString &where, qint64 bound, int limit);
    void fail(const QString &message);

    QString m_databasePath;
    QString m_connectionName;
    bool m_open = false;
    bool m_exhausted = false;
    QList<AuditEntry> m_entries; // newest first
    QString m_lastError;
};

} // namespace arbiter::ui
