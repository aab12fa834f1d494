#pragma once

// TournamentsModel: a game's tournaments as a table (name, when they run, attempts, confirmation).

#include "domain/tournament.h"

#include <QAbstractTableModel>

namespace arbiter::ui {

class TournamentsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TournamentsModel)
public:
    enum Column { Name, StartsAt, EndsAt, MaxAttempts, Confirmation, ColumnCount };

    explicit TournamentsModel(QObject *parent = nullptr);

    void setTournaments(const QList<Tournament> &tournaments);
    const Tournament *tournament(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Tournament> m_tournaments;
};

} // namespace arbiter::ui
