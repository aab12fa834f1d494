#include "models/playerhistorymodel.h"

namespace arbiter::ui {

PlayerHistoryModel::PlayerHistoryModel(QStringList headers, QObject *parent)
    : QAbstractTableModel(parent)
    , m_headers(std::move(headers))
{
}

void PlayerHistoryModel::setRows(QList<PlayerHistoryRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QString PlayerHistoryModel::key(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].key : QString();
}

int PlayerHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlayerHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant PlayerHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlayerHistoryRow &row = m_rows[index.row()];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return row.cells.value(index.column());
    if (role == KeyRole)
        return row.key;
    return {};
}

QVariant PlayerHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_headers.size())
        return {};
    return m_headers[section];
}

} // namespace arbiter::ui
