#include "models/tournamentsmodel.h"

#include "displayformat.h"

namespace arbiter::ui {

TournamentsModel::TournamentsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TournamentsModel::setTournaments(const QList<Tournament> &tournaments)
{
    beginResetModel();
    m_tournaments = tournaments;
    endResetModel();
}

const Tournament *TournamentsModel::tournament(int row) const
{
    return row >= 0 && row < m_tournaments.size() ? &m_tournaments[row] : nullptr;
}

int TournamentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tournaments.size());
}

int TournamentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TournamentsModel::data(const QModelIndex &index, int role) const
{
    const Tournament *t = tournament(index.row());
    if (!t || index.column() >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return t->name;
        case StartsAt:
            return localTime(t->startsAtMs);
        case EndsAt:
            return localTime(t->endsAtMs);
        case MaxAttempts:
            return t->maxAttempts ? QString::number(*t->maxAttempts) : tr("unlimited");
        case Confirmation:
            return t->requireServerConfirmation ? tr("required") : tr("no");
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Name)
        return tr("Tournament id %1 · board %2").arg(t->id, t->boardId);
    return {};
}

QVariant TournamentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Tournament");
    case StartsAt:
        return tr("Starts");
    case EndsAt:
        return tr("Ends");
    case MaxAttempts:
        return tr("Attempts");
    case Confirmation:
        return tr("Confirmation");
    }
    return {};
}

} // namespace arbiter::ui
