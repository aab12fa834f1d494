#include "models/watchtimelinemodel.h"

#include "displayformat.h"
#include "stagenames.h"

#include <QFont>

namespace arbiter::ui {

WatchTimelineModel::WatchTimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void WatchTimelineModel::setEvents(QList<TimelineEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

const TimelineEvent *WatchTimelineModel::event(int row) const
{
    return row >= 0 && row < m_events.size() ? &m_events[row] : nullptr;
}

int WatchTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int WatchTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WatchTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEvent &e = m_events[index.row()];
    if (role == Qt::FontRole && !e.isAlert && index.column() == Event) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return localTime(e.atMs);
    case Event:
        if (e.isAlert)
            return e.source.isEmpty() ? tr("Alert") : tr("Alert (%1)").arg(e.source);
        return tr("%1 → %2").arg(stageLabel(e.from), stageLabel(e.to));
    case Cause:
        return e.cause;
    default:
        return {};
    }
}

QVariant WatchTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Event:
        return tr("Event");
    case Cause:
        return tr("Cause");
    default:
        return {};
    }
}

} // namespace arbiter::ui
