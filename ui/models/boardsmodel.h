#pragma once

// BoardsModel: a game's boards as a table (name, sort order, operator, reset, plausibility limit,
// scoring rule-set version), for the game details.

#include "domain/board.h"

#include <QAbstractTableModel>

namespace arbiter::ui {

class BoardsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardsModel)
public:
    enum Column { Name, SortOrder, Operator, Reset, MaxPlausible, Version, ColumnCount };

    explicit BoardsModel(QObject *parent = nullptr);

    void setBoards(const QList<Board> &boards);
    const Board *board(int row) const;
    int rowOf(const QString &boardId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Board> m_boards;
};

} // namespace arbiter::ui
