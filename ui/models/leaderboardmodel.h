#pragma once

// LeaderboardModel: one board period's standings (the top 100, or the entries around a player),
// with a rank movement mark per player (compared with the previous refresh) and the players with
// a pending flag marked. Refreshes update rows in place (dataChanged / moves), so the selection holds.

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace arbiter::ui {

struct LeaderboardRow {
    int rank = 0;
    QString playerId;
    double score = 0;
    qint64 achievedAtMs = 0;
    bool flagged = false;
    int movement = 0; // > 0: moved up so many places since an earlier refresh; < 0: down
    bool isNew = false; // not among the players seen at the previous refresh
    bool operator==(const LeaderboardRow &) const = default;
};

class LeaderboardModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeaderboardModel)
public:
    enum Column { Rank, Movement, Player, Score, Achieved, Flagged, ColumnCount };
    static constexpr int PlayerIdRole = Qt::UserRole + 1;

    explicit LeaderboardModel(QObject *parent = nullptr);

    // Another board or period: forgets the rows and the movement marks.
    void clear();
    // A fresh read of the same board and period; rank, score, achievedAtMs and flagged are read from
    // `rows`, the movement marks are worked out here.
    void setRows(QList<LeaderboardRow> rows);
    // How long a mark stays after the move it shows (default 60 s); it is also replaced by a newer move.
    void setMarkLifetimeMs(qint64 ms) { m_markLifetimeMs = ms; }

    const LeaderboardRow *row(int row) const;
    int rowOf(const QString &playerId) const;
    static QString movementText(const LeaderboardRow &row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void markMovements(QList<LeaderboardRow> &rows);
    void applyInPlace(const QList<LeaderboardRow> &rows);

    QList<LeaderboardRow> m_rows;
    bool m_seenBefore = false; // a refresh of this board and period has been shown
    QHash<QString, int> m_lastRank; // player → rank at the last refresh that showed them
    struct Mark {
        int movement = 0;
        bool isNew = false;
        qint64 atMs = 0;
    };
    QHash<QString, Mark> m_mark; // player → their latest move, until it is older than the lifetime
    qint64 m_markLifetimeMs = 60'000;
};

} // namespace arbiter::ui
