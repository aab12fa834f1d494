#include "models/boardsmodel.h"

#include <QLocale>

namespace arbiter::ui {

BoardsModel::BoardsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BoardsModel::setBoards(const QList<Board> &boards)
{
    beginResetModel();
    m_boards = boards;
    endResetModel();
}

const Board *BoardsModel::board(int row) const
{
    return row >= 0 && row < m_boards.size() ? &m_boards[row] : nullptr;
}

int BoardsModel::rowOf(const QString &boardId) const
{
    for (int i = 0; i < m_boards.size(); ++i)
        if (m_boards[i].id == boardId)
            return i;
    return -1;
}

int BoardsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_boards.size());
}

int BoardsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BoardsModel::data(const QModelIndex &index, int role) const
{
    const Board *b = board(index.row());
    if (!b || index.column() >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return b->name;
        case SortOrder:
            return b->sortOrder;
        case Operator:
            return b->op == QLatin1String("best_n_sum") ? QStringLiteral("best_n_sum (%1)").arg(b->scoring.bestN)
                                                        : b->op;
        case Reset:
            return b->reset;
        case MaxPlausible:
            return b->maxPlausible ? QLocale().toString(*b->maxPlausible, 'g', 15) : QString();
        case Version:
            return tr("v%1").arg(b->ruleSetVersion);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Version)
            return tr("Scoring rule-set version %1 (%2)").arg(b->ruleSetVersion).arg(b->ruleSetId);
        if (index.column() == Name)
            return b->tournamentId.isEmpty()
                ? tr("Board id %1").arg(b->id)
                : tr("Board id %1 · the board of tournament %2").arg(b->id, b->tournamentId);
    }
    return {};
}

QVariant BoardsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Board");
    case SortOrder:
        return tr("Sort");
    case Operator:
        return tr("Operator");
    case Reset:
        return tr("Reset");
    case MaxPlausible:
        return tr("Max plausible");
    case Version:
        return tr("Scoring");
    }
    return {};
}

} // namespace arbiter::ui
