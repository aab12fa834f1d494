#include "models/playersearchmodel.h"

#include "displayformat.h"
#include "stagenames.h"

namespace arbiter::ui {

PlayerSearchModel::PlayerSearchModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PlayerSearchModel::setRows(QList<PlayerSearchRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const PlayerSearchRow *PlayerSearchModel::row(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int PlayerSearchModel::rowOf(const QString &playerId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].playerId == playerId)
            return i;
    return -1;
}

int PlayerSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlayerSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlayerSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlayerSearchRow &r = m_rows[index.row()];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Player:
            return r.playerId;
        case Tier:
            return r.tier;
        case Stage:
            return stageLabel(r.eyeStage);
        case LastSeen:
            return localTime(r.lastSeenMs);
        }
    }
    if (role == Qt::UserRole)
        return r.playerId;
    return {};
}

QVariant PlayerSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Player:
        return tr("Player");
    case Tier:
        return tr("Tier");
    case Stage:
        return tr("Eye stage");
    case LastSeen:
        return tr("Last seen");
    }
    return {};
}

} // namespace arbiter::ui
