#pragma once

// PlayerProfileView: one player's profile: tier (and setting it), eye stage and its timeline,
// alerts, submissions, flags, devices, IPs, the linked-account cluster and bans, with the
// Ban… / Lift… / Export… actions. The page reads and acts; this only shows and asks.

#include "models/playerprofilereader.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace arbiter::ui {

class BansModel;
class PlayerHistoryModel;

class PlayerProfileView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlayerProfileView)
public:
    enum Tab { Timeline, Alerts, Submissions, Flags, Devices, Ips, Linked, Bans, TabCount };

    explicit PlayerProfileView(QWidget *parent = nullptr);

    void setSnapshot(const PlayerProfileSnapshot &snapshot);
    const PlayerProfileSnapshot &snapshot() const { return m_snapshot; }

    PlayerHistoryModel *historyModel(Tab tab) const; // every tab but Bans
    BansModel *bansModel() const { return m_bans; }
    // The ban to lift: the one selected in the Bans tab if it is active, else the newest active one.
    std::optional<Ban> banToLift() const;
    QString chosenTier() const; // the tier picked in the combo box: "A", "B", "C" or empty (automatic)
    void setBusy(bool busy);

signals:
    void banRequested();
    void liftRequested();
    void exportRequested();
    void tierRequested(const QString &tier); // "A", "B", "C", or empty for automatic
    void playerActivated(const QString &playerId); // a linked account

private:
    QTableView *addTable(Tab tab, QAbstractItemModel *model, const QString &name, const QString &title);
    void updateTabTitles();

    PlayerProfileSnapshot m_snapshot;
    QLabel *m_title;
    QLabel *m_seen;
    QLabel *m_tier;
    QComboBox *m_tierChoice;
    QPushButton *m_setTier;
    QLabel *m_stage;
    QPushButton *m_ban;
    QPushButton *m_lift;
    QPushButton *m_export;
    QTabWidget *m_tabs;
    QList<PlayerHistoryModel *> m_history; // by Tab, null for Bans
    QList<QString> m_tabTitles;
    BansModel *m_bans;
    QTableView *m_bansView = nullptr;
};

} // namespace arbiter::ui
