#pragma once

// WatchlistModel: the players on the watchlist (an in-memory snapshot from the tracker), with a
// "time left" column that counts down as setNow() moves the clock.

#include "models/watchlistdata.h"

#include <QAbstractTableModel>

namespace arbiter::ui {

class WatchlistModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchlistModel)
public:
    enum Column { Player, Game, Stage, Alerts, Since, TimeLeft, LastCause, ColumnCount };
    enum Role { GameIdRole = Qt::UserRole + 1, PlayerIdRole, StageRole, OffWatchlistAtRole };

    explicit WatchlistModel(QObject *parent = nullptr);

    void setRows(QList<WatchRow> rows);
    void setNow(qint64 nowMs); // refreshes the countdown column only
    const WatchRow *row(int row) const;
    int find(const QString &gameId, const QString &playerId) const; // -1 when absent

    static QString timeLeft(qint64 remainingMs); // "1:29:59", "0:05", "—"

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<WatchRow> m_rows;
    qint64 m_nowMs = 0;
};

} // namespace arbiter::ui
