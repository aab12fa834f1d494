#pragma once

// PlayerSearchModel: the players of one game whose id starts with what the moderator typed
// (at most PlayersPage's cap: a search never loads every player).

#include <QAbstractTableModel>

namespace arbiter::ui {

struct PlayerSearchRow {
    QString playerId;
    QString tier; // the tier the rules use now
    QString eyeStage; // eyeStageName()
    qint64 lastSeenMs = 0;
};

class PlayerSearchModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlayerSearchModel)
public:
    enum Column { Player, Tier, Stage, LastSeen, ColumnCount };

    explicit PlayerSearchModel(QObject *parent = nullptr);

    void setRows(QList<PlayerSearchRow> rows);
    const PlayerSearchRow *row(int row) const;
    int rowOf(const QString &playerId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PlayerSearchRow> m_rows;
};

} // namespace arbiter::ui
