#pragma once

// FlagsModel: the moderators' review queue, newest first, read in cursor pages through
// FlagService::list on the core thread (fetchMore), so a queue of a million flags opens as fast
// as one of ten. New flags are merged in at the top without a reset (selections survive), and
// rows already shown are re-read when their flag changes.

#include "scores/flagservice.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace arbiter::ui {

class CoreInvoker;

class FlagsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlagsModel)
public:
    enum Column { Time, Game, Board, Player, Rule, Confidence, Value, Status, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StatusRole };

    explicit FlagsModel(CoreInvoker &invoker, QObject *parent = nullptr);

    // Drops every row and loads the first page for `filter` (its limit is ignored: pageSize rows a page).
    void setFilter(const FlagFilter &filter);
    const FlagFilter &filter() const { return m_filter; }
    void setPageSize(int rows) { m_pageSize = rows; }
    int pageSize() const { return m_pageSize; }
    // Coalesced by the caller: merges flags newer than the top row in at the top.
    void refreshHead();
    // Re-reads the given flags if they are shown (a resolution made elsewhere).
    void refreshRows(const QList<QString> &ids);
    // Replaces the row of flag.id (after an action of this console).
    void updateFlag(const Flag &flag);
    // Display names for game and board ids.
    void setNames(const QHash<QString, QString> &names);

    const Flag *flag(int row) const;
    int rowOf(const QString &flagId) const;
    bool hasLoaded() const { return m_loaded; } // the first page of the current filter arrived
    bool isBusy() const { return m_fetching || m_headInFlight; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void firstPageLoaded();
    void headMerged(int inserted); // rows inserted at the top by refreshHead
    void errorOccurred(const QString &message);

private:
    void requestPage(const QString &cursor);
    void appendPage(const FlagPage &page);
    void mergeHead(const FlagPage &page);
    static bool newer(const Flag &a, const Flag &b);

    CoreInvoker &m_invoker;
    FlagFilter m_filter;
    QList<Flag> m_flags; // newest first
    QHash<QString, int> m_rowOf;
    QHash<QString, QString> m_names;
    QString m_nextCursor;
    int m_pageSize = 100;
    quint64 m_generation = 0; // a reply of an older filter is dropped
    bool m_loaded = false;
    bool m_fetching = false;
    bool m_headInFlight = false;
    bool m_headAgain = false;
};

} // namespace arbiter::ui
