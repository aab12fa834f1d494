#pragma once

// BansModel: ban history rows (newest first) with their state (active / expired / lifted, judged
// by the engine's clock when read) and their webhook report's delivery state.

#include "domain/ban.h"

#include <QAbstractTableModel>

namespace arbiter::ui {

// "active", "expired" or "lifted" at `nowMs`.
QString banStateAt(const Ban &ban, qint64 nowMs);

struct BanRow {
    Ban ban;
    QString gameName;
    QString state; // banStateAt() when read
    QString reportState; // "none", "pending", "delivered", "failed"
};

class BansModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BansModel)
public:
    enum Column { Time, Game, Player, Device, Ip, Reasons, Source, Expires, State, Report, ColumnCount };
    enum Role { BanIdRole = Qt::UserRole, StateKeyRole };

    explicit BansModel(QObject *parent = nullptr);

    void setRows(QList<BanRow> rows);
    const BanRow *row(int row) const;
    int rowOf(const QString &banId) const; // -1 when absent

    static QString sourceLabel(BanSource source);
    static QString stateLabel(const QString &state);
    static QString reportLabel(const QString &reportState);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<BanRow> m_rows;
};

} // namespace arbiter::ui
