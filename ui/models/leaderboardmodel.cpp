#include "models/leaderboardmodel.h"

#include "displayformat.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace arbiter::ui {

LeaderboardModel::LeaderboardModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LeaderboardModel::clear()
{
    m_seenBefore = false;
    m_lastRank.clear();
    m_mark.clear();
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void LeaderboardModel::setRows(QList<LeaderboardRow> rows)
{
    markMovements(rows);
    applyInPlace(rows);
}

void LeaderboardModel::markMovements(QList<LeaderboardRow> &rows)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (LeaderboardRow &r : rows) {
        const auto last = m_lastRank.constFind(r.playerId);
        if (last != m_lastRank.cend()) {
            if (*last != r.rank)
                m_mark.insert(r.playerId, Mark{*last - r.rank, false, now});
        } else if (m_seenBefore) {
            m_mark.insert(r.playerId, Mark{0, true, now});
        }
        auto mark = m_mark.find(r.playerId);
        if (mark != m_mark.end() && now - mark->atMs > m_markLifetimeMs) {
            m_mark.erase(mark);
            mark = m_mark.end();
        }
        r.movement = mark != m_mark.end() ? mark->movement : 0;
        r.isNew = mark != m_mark.end() && mark->isNew;
        m_lastRank.insert(r.playerId, r.rank);
    }
    m_seenBefore = true;
}

void LeaderboardModel::applyInPlace(const QList<LeaderboardRow> &rows)
{
    QSet<QString> wanted;
    for (const LeaderboardRow &r : rows)
        wanted.insert(r.playerId);
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (wanted.contains(m_rows[i].playerId))
            continue;
        beginRemoveRows({}, i, i);
        m_rows.removeAt(i);
        endRemoveRows();
    }
    for (int i = 0; i < rows.size(); ++i) {
        const LeaderboardRow &next = rows[i];
        if (i >= m_rows.size() || m_rows[i].playerId != next.playerId) {
            int from = -1;
            for (int j = i + 1; j < m_rows.size(); ++j)
                if (m_rows[j].playerId == next.playerId) {
                    from = j;
                    break;
                }
            if (from >= 0) {
                beginMoveRows({}, from, from, {}, i);
                m_rows.move(from, i);
                endMoveRows();
            } else {
                beginInsertRows({}, i, i);
                m_rows.insert(i, next);
                endInsertRows();
                continue;
            }
        }
        if (!(m_rows[i] == next)) {
            m_rows[i] = next;
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
    // Every remaining row is one of `rows`, so there are no more rows than wanted; kept for safety.
    if (m_rows.size() > rows.size()) {
        beginRemoveRows({}, int(rows.size()), int(m_rows.size()) - 1);
        m_rows.resize(rows.size());
        endRemoveRows();
    }
}

const LeaderboardRow *LeaderboardModel::row(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int LeaderboardModel::rowOf(const QString &playerId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].playerId == playerId)
            return i;
    return -1;
}

QString LeaderboardModel::movementText(const LeaderboardRow &row)
{
    if (row.isNew)
        return tr("new");
    if (row.movement > 0)
        return QStringLiteral("▲%1").arg(row.movement);
    if (row.movement < 0)
        return QStringLiteral("▼%1").arg(-row.movement);
    return {};
}

int LeaderboardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LeaderboardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeaderboardModel::data(const QModelIndex &index, int role) const
{
    const LeaderboardRow *r = row(index.row());
    if (!r || !index.isValid() || index.column() >= ColumnCount)
        return {};
    if (role == PlayerIdRole)
        return r->playerId;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Rank:
            return r->rank;
        case Movement:
            return movementText(*r);
        case Player:
            return r->playerId;
        case Score:
            return QLocale().toString(r->score, 'g', 15);
        case Achieved:
            return localTime(r->achievedAtMs);
        case Flagged:
            return r->flagged ? tr("⚑ flagged") : QString();
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Movement && r->isNew)
            return tr("Newly among the shown entries");
        if (index.column() == Movement && r->movement != 0)
            return r->movement > 0 ? tr("Up %n place(s)", nullptr, r->movement)
                                   : tr("Down %n place(s)", nullptr, -r->movement);
        if (index.column() == Flagged && r->flagged)
            return tr("The player has a pending flag on this board: see the Flags page");
    }
    if (role == Qt::ForegroundRole && index.column() == Movement && (r->movement != 0 || r->isNew))
        return QBrush(r->movement < 0 ? QColor(0xd3, 0x2f, 0x2f) : QColor(0x2e, 0x9d, 0x4f));
    if (role == Qt::ForegroundRole && index.column() == Flagged && r->flagged)
        return QBrush(QColor(0xe6, 0x7e, 0x22));
    if (role == Qt::TextAlignmentRole && (index.column() == Rank || index.column() == Score))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant LeaderboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rank:
        return tr("Rank");
    case Movement:
        return tr("Move");
    case Player:
        return tr("Player");
    case Score:
        return tr("Score");
    case Achieved:
        return tr("Achieved");
    case Flagged:
        return tr("Flag");
    }
    return {};
}

} // namespace arbiter::ui
