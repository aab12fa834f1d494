#include "models/watchlistmodel.h"

#include "displayformat.h"
#include "stagenames.h"

namespace arbiter::ui {

WatchlistModel::WatchlistModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void WatchlistModel::setRows(QList<WatchRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void WatchlistModel::setNow(qint64 nowMs)
{
    m_nowMs = nowMs;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, TimeLeft), index(int(m_rows.size()) - 1, TimeLeft), {Qt::DisplayRole});
}

const WatchRow *WatchlistModel::row(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int WatchlistModel::find(const QString &gameId, const QString &playerId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].gameId == gameId && m_rows[i].playerId == playerId)
            return i;
    return -1;
}

QString WatchlistModel::timeLeft(qint64 remainingMs)
{
    if (remainingMs <= 0)
        return QStringLiteral("—");
    const qint64 seconds = remainingMs / 1000; // offWatchlistAt is last alert + gap + 1 ms
    const qint64 h = seconds / 3600, m = (seconds / 60) % 60, s = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

int WatchlistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WatchlistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WatchlistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WatchRow &r = m_rows[index.row()];
    switch (role) {
    case GameIdRole:
        return r.gameId;
    case PlayerIdRole:
        return r.playerId;
    case StageRole:
        return r.stage;
    case OffWatchlistAtRole:
        return r.offWatchlistAtMs;
    case Qt::TextAlignmentRole:
        if (index.column() == Alerts || index.column() == TimeLeft)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeLeft && r.offWatchlistAtMs > 0)
            return tr("Off the watchlist at %1 unless another alert comes first").arg(localTime(r.offWatchlistAtMs));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Player:
        return r.playerId;
    case Game:
        return r.gameName.isEmpty() ? r.gameId : r.gameName;
    case Stage:
        return stageLabel(r.stage);
    case Alerts:
        return r.alertsInStreak;
    case Since:
        return localTime(r.sinceMs);
    case TimeLeft:
        return r.offWatchlistAtMs > 0 ? timeLeft(r.offWatchlistAtMs - m_nowMs) : QStringLiteral("—");
    case LastCause:
        return r.lastCause;
    default:
        return {};
    }
}

QVariant WatchlistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Player:
        return tr("Player");
    case Game:
        return tr("Game");
    case Stage:
        return tr("Stage");
    case Alerts:
        return tr("Alerts in streak");
    case Since:
        return tr("Since");
    case TimeLeft:
        return tr("Time left");
    case LastCause:
        return tr("Last cause");
    default:
        return {};
    }
}

} // namespace arbiter::ui
