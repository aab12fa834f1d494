#pragma once

// WatchTimelineModel: one player's eye-stage timeline, newest first: each transition with its
// cause and each alert with its reason.

#include "models/watchlistdata.h"

#include <QAbstractTableModel>

namespace arbiter::ui {

class WatchTimelineModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchTimelineModel)
public:
    enum Column { Time, Event, Cause, ColumnCount };

    explicit WatchTimelineModel(QObject *parent = nullptr);

    void setEvents(QList<TimelineEvent> events);
    void clear() { setEvents({}); }
    const TimelineEvent *event(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TimelineEvent> m_events;
};

} // namespace arbiter::ui
