#pragma once

// FlagsPage: the moderators' review queue (console.md "Flags"): a paged table of flags with
// filters, a detail pane, keyboard triage (C / F / D, J / K), bulk actions on a multi-selection,
// an undo of the last resolution (FlagService::reopen, audited), per-rule false-positive rates,
// and the open-flag count for the status bar. New flags appear live without losing the selection.
// The actions (resolve, advance, undo) are in flagspageactions.cpp.

#include "storage/scorerepository.h"

#include <QStringList>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace arbiter::ui {

struct ConsoleContext;
struct FlagsFilterRequest;
class FlagDetails;
class FlagFilterBar;
class FlagsModel;
class FlagCounts;

class FlagsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlagsPage)
public:
    explicit FlagsPage(ConsoleContext &context, QWidget *parent = nullptr);

    FlagsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    FlagDetails *details() const { return m_details; }
    FlagFilterBar *filters() const { return m_filters; }

    // status: confirmed_cheat | false_positive | dismissed; applies to every selected pending flag.
    void resolveSelected(const QString &status);
    void undo(); // reopens the flags of the last resolution
    void applyRequest(const FlagsFilterRequest &request);
    qint64 openCount() const { return m_openCount; }

signals:
    void openCountChanged(qint64 open); // for the status bar; -1 while unknown
    void actionFinished(bool ok);       // a resolution or an undo came back
    void ruleStatsLoaded();

private:
    void buildActions();
    void moveCurrent(int delta);
    void selectRow(int row);
    void advanceAfter(const QList<int> &rows);
    void applyFilter();
    void loadCatalog();
    void requestCounts(bool withStats); // on a reader thread, one at a time
    void showStats(const QList<RuleStats> &stats);
    void updateEmptyState();
    void showCurrent();
    void onScores(const QList<QString> &flagIds);
    void say(const QString &message, bool bad = false);

    ConsoleContext &m_context;
    FlagFilterBar *m_filters;
    QLabel *m_ruleStats;
    FlagsModel *m_model;
    QTableView *m_view;
    QLabel *m_empty;
    QStackedWidget *m_stack;
    FlagDetails *m_details;
    QLineEdit *m_note;
    QPushButton *m_confirm;
    QPushButton *m_falsePositive;
    QPushButton *m_dismiss;
    QPushButton *m_undo;
    QLabel *m_message;
    QTimer m_rowsTimer;   // flags changed elsewhere: a coalesced re-read of the rows shown
    QTimer m_countTimer;  // the open count (a COUNT on a reader thread)
    QTimer m_statsTimer;  // per-rule rates: a GROUP BY, so seldom
    QTimer m_detailTimer; // holding J does not load every flag passed
    QList<QString> m_changedIds;
    QList<QStringList> m_undoStack; // flag ids per resolution, newest last
    QStringList m_inFlight;
    QString m_restoreId; // the current flag to find again after a reload
    qint64 m_openCount = -1;
    FlagCounts *m_counts = nullptr; // in flight
    bool m_countsAgain = false;
    bool m_statsWanted = false;
};

} // namespace arbiter::ui
