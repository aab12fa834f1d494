#pragma once

// PlayerHistoryModel: one list of a player's profile (alerts, timeline, submissions, flags,
// devices, IPs, linked accounts) as read-only text rows; each row may carry a key (e.g. the
// linked player's id) for actions on it.

#include <QAbstractTableModel>
#include <QStringList>

namespace arbiter::ui {

struct PlayerHistoryRow {
    QStringList cells;
    QString key;
};

class PlayerHistoryModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlayerHistoryModel)
public:
    enum Role { KeyRole = Qt::UserRole };

    explicit PlayerHistoryModel(QStringList headers, QObject *parent = nullptr);

    void setRows(QList<PlayerHistoryRow> rows);
    QString key(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<PlayerHistoryRow> m_rows;
};

} // namespace arbiter::ui
