#pragma once

// GamesModel: the games of the engine as a table, fed with snapshots read on the core thread.

#include "domain/game.h"

#include <QAbstractTableModel>

namespace arbiter::ui {

class GamesModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GamesModel)
public:
    enum Column { Name, AntiCheat, TestMode, Secret, Builds, ColumnCount }; // the rest is in the details pane
    static constexpr int GameIdRole = Qt::UserRole + 1;

    explicit GamesModel(QObject *parent = nullptr);

    // Updates rows in place where it can, so the selection survives a refresh.
    void setGames(const QList<Game> &games);
    const Game *game(int row) const;
    int rowOf(const QString &gameId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Game> m_games;
};

} // namespace arbiter::ui
