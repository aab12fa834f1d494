#pragma once

// BansPage: see console.md ("Bans"): the ban history with its state and webhook delivery,
// filters, the chart of bans per day by reason, and new ban / lift / resend report.

#include "models/banlistreader.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace arbiter::ui {

struct ConsoleContext;
class BanChart;
class BansModel;
class GameFilterBox;
class RefreshGate;

class BansPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BansPage)
public:
    explicit BansPage(ConsoleContext &context, QWidget *parent = nullptr);

    BansModel *model() const { return m_model; }
    BanChart *chart() const { return m_chart; }
    BanFilter filter() const;
    QString currentBanId() const;
    void selectBan(const QString &banId);

    // The actions; each opens its dialog or confirmation without blocking.
    void newBan(const QString &gameId = {}, const QString &playerId = {});
    void liftSelected();
    void resendSelected();
    void scheduleRefresh(); // coalesced: a burst of changes is one read; a hidden page reads when shown

signals:
    void bansLoaded(); // a fresh snapshot is on screen
    void actionFinished(bool ok, const QString &message);

private:
    void read();
    void showSnapshot(const BanListSnapshot &snapshot);
    void updateActions();
    void report(bool ok, const QString &message);

    ConsoleContext &m_context;
    RefreshGate *m_refresh; // one read at a time, coalesced, none while hidden
    BansModel *m_model;
    BanChart *m_chart;
    GameFilterBox *m_game;
    QComboBox *m_state;
    QComboBox *m_source;
    QLineEdit *m_search;
    QTableView *m_view;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QLabel *m_summary;
    QLabel *m_message;
    QPushButton *m_lift;
    QPushButton *m_resend;
    QTimer m_clockTimer; // bans expire without an event
};

} // namespace arbiter::ui
