#include "widgets/playerprofileview.h"

#include "displayformat.h"
#include "models/bansmodel.h"
#include "models/playerhistorymodel.h"
#include "stagenames.h"
#include "widgets/headerstate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace arbiter::ui {

namespace {

QString number(double value)
{
    return QLocale().toString(value, 'g', 12);
}

QString compact(const QJsonObject &object)
{
    return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

PlayerProfileView::PlayerProfileView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_seen(new QLabel)
    , m_tier(new QLabel)
    , m_tierChoice(new QComboBox)
    , m_setTier(new QPushButton(tr("Se&t tier")))
    , m_stage(new QLabel)
    , m_ban(new QPushButton(tr("&Ban…")))
    , m_lift(new QPushButton(tr("&Lift…")))
    , m_export(new QPushButton(tr("E&xport…")))
    , m_tabs(new QTabWidget)
    , m_bans(new BansModel(this))
{
    setObjectName(QStringLiteral("playerProfile"));
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.3);
    tf.setBold(true);
    m_title->setFont(tf);
    m_title->setObjectName(QStringLiteral("profileTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_seen->setObjectName(QStringLiteral("profileSeen"));
    m_tier->setObjectName(QStringLiteral("profileTier"));
    m_stage->setObjectName(QStringLiteral("profileStage"));
    m_stage->setWordWrap(true);

    m_tierChoice->setObjectName(QStringLiteral("tierChoice"));
    m_tierChoice->setAccessibleName(tr("Trust tier to set"));
    m_tierChoice->addItem(tr("Automatic"), QString());
    for (const char *tier : {"A", "B", "C"})
        m_tierChoice->addItem(tr("Tier %1").arg(QLatin1String(tier)), QLatin1String(tier));
    m_setTier->setObjectName(QStringLiteral("setTier"));
    m_setTier->setToolTip(tr("Set the player's trust tier (Ctrl+T); Automatic lets the rules decide again"));
    connect(m_setTier, &QPushButton::clicked, this, [this] { emit tierRequested(chosenTier()); });

    m_ban->setObjectName(QStringLiteral("banPlayer"));
    m_ban->setToolTip(tr("Ban this player (Ctrl+B)"));
    m_lift->setObjectName(QStringLiteral("liftPlayerBan"));
    m_lift->setToolTip(tr("Lift the player's active ban (Ctrl+L)"));
    m_export->setObjectName(QStringLiteral("exportProfile"));
    m_export->setToolTip(tr("Save the profile as a JSON file (Ctrl+E)"));
    connect(m_ban, &QPushButton::clicked, this, &PlayerProfileView::banRequested);
    connect(m_lift, &QPushButton::clicked, this, &PlayerProfileView::liftRequested);
    connect(m_export, &QPushButton::clicked, this, &PlayerProfileView::exportRequested);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_ban);
    titleRow->addWidget(m_lift);
    titleRow->addWidget(m_export);
    auto *tierRow = new QHBoxLayout;
    tierRow->addWidget(m_tier);
    tierRow->addStretch();
    tierRow->addWidget(m_tierChoice);
    tierRow->addWidget(m_setTier);

    m_tabs->setObjectName(QStringLiteral("profileTabs"));
    m_history.resize(TabCount);
    m_tabTitles.resize(TabCount);
    const auto history = [this](Tab tab, const QStringList &headers, const QString &name, const QString &title) {
        m_history[tab] = new PlayerHistoryModel(headers, this);
        return addTable(tab, m_history[tab], name, title);
    };
    history(Timeline, {tr("Time"), tr("From"), tr("To"), tr("Cause")}, QStringLiteral("timelineView"),
        tr("Eye-stage timeline"));
    history(
        Alerts, {tr("Time"), tr("Reason"), tr("Source"), tr("Details")}, QStringLiteral("alertsView"), tr("Alerts"));
    history(Submissions, {tr("Time"), tr("Board"), tr("Value"), tr("Points"), tr("Status"), tr("Notes")},
        QStringLiteral("submissionsView"), tr("Submissions"));
    history(Flags, {tr("Time"), tr("Rule"), tr("Confidence"), tr("Action"), tr("Status"), tr("Note")},
        QStringLiteral("flagsView"), tr("Flags"));
    history(Devices, {tr("Device"), tr("First seen"), tr("Last seen")}, QStringLiteral("devicesView"), tr("Devices"));
    history(Ips, {tr("IP"), tr("First seen"), tr("Last seen")}, QStringLiteral("ipsView"), tr("IPs"));
    QTableView *linked = history(Linked, {tr("Player")}, QStringLiteral("linkedView"), tr("Linked accounts"));
    linked->setToolTip(tr("Players sharing a device or IP with this one, directly or through others. "
                          "Double-click or press Enter to open one."));
    const auto open = [this](const QModelIndex &index) {
        if (const QString id = m_history[Linked]->key(index.row()); !id.isEmpty())
            emit playerActivated(id);
    };
    connect(linked, &QTableView::activated, this, open); // Enter, or a double click
    m_bansView = addTable(Bans, m_bans, QStringLiteral("playerBansView"), tr("Bans"));
    persistHeaderState(m_bansView->horizontalHeader(), QStringLiteral("playerBans"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(titleRow);
    layout->addWidget(m_seen);
    layout->addLayout(tierRow);
    layout->addWidget(m_stage);
    layout->addWidget(m_tabs, 1);
    setTabOrder(m_ban, m_lift);
    setTabOrder(m_lift, m_export);
    setTabOrder(m_export, m_tierChoice);
    setTabOrder(m_tierChoice, m_setTier);
    setTabOrder(m_setTier, m_tabs);
}

QTableView *PlayerProfileView::addTable(Tab tab, QAbstractItemModel *model, const QString &name, const QString &title)
{
    auto *view = new QTableView;
    view->setObjectName(name);
    view->setAccessibleName(title);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setColumnWidth(0, 150);
    m_tabTitles[tab] = title;
    m_tabs->insertTab(tab, view, title);
    return view;
}

PlayerHistoryModel *PlayerProfileView::historyModel(Tab tab) const
{
    return m_history.value(tab);
}

void PlayerProfileView::updateTabTitles()
{
    for (int tab = 0; tab < TabCount; ++tab) {
        const int rows = tab == Bans ? m_bans->rowCount() : m_history[tab]->rowCount();
        m_tabs->setTabText(tab, rows ? QStringLiteral("%1 (%2)").arg(m_tabTitles[tab]).arg(rows) : m_tabTitles[tab]);
    }
}

void PlayerProfileView::setSnapshot(const PlayerProfileSnapshot &snapshot)
{
    const PlayerProfile &previous = m_snapshot.profile;
    // A live refresh must not undo a tier the moderator is about to set.
    const bool tierChanged = previous.gameId != snapshot.profile.gameId
        || previous.playerId != snapshot.profile.playerId || previous.tier != snapshot.profile.tier
        || previous.tierSetByModerator != snapshot.profile.tierSetByModerator;
    m_snapshot = snapshot;
    const PlayerProfile &p = m_snapshot.profile;
    m_title->setText(tr("%1 — %2").arg(p.playerId, snapshot.gameName.isEmpty() ? p.gameId : snapshot.gameName));
    m_seen->setText(tr("First seen %1 · last seen %2").arg(localTime(p.firstSeenMs), localTime(p.lastSeenMs)));
    m_tier->setText(p.tierSetByModerator ? tr("Trust tier: %1 (set by a moderator)").arg(snapshot.effectiveTier)
                                         : tr("Trust tier: %1 (automatic)").arg(snapshot.effectiveTier));
    if (tierChanged)
        m_tierChoice->setCurrentIndex(std::max(0, m_tierChoice->findData(p.tierSetByModerator ? p.tier : QString())));

    QString stage = tr("Eye stage: %1").arg(stageLabel(eyeStageName(p.watch.stage)));
    if (p.watch.alertsInStreak > 0)
        stage += QStringLiteral(" · ") + tr("%n alert(s) in the current streak", "", p.watch.alertsInStreak);
    if (p.watch.offWatchlistAtMs && p.watch.stage != EyeStage::Banned && p.watch.stage != EyeStage::None)
        stage += QStringLiteral(" · ")
            + tr("off the watchlist at %1 unless another alert comes").arg(localTime(*p.watch.offWatchlistAtMs));
    m_stage->setText(stage);

    QList<PlayerHistoryRow> rows;
    for (const TransitionRecord &t : p.timeline)
        rows.append(
            {{localTime(t.atMs), stageLabel(t.from), stageLabel(t.to), t.cause},
                {}});
    m_history[Timeline]->setRows(std::exchange(rows, {}));
    for (const AlertRecord &a : p.alerts)
        rows.append({{localTime(a.atMs), a.reason, a.source, compact(a.details)}, {}});
    m_history[Alerts]->setRows(std::exchange(rows, {}));
    for (const Submission &s : p.submissions) {
        QStringList notes;
        if (s.testMode)
            notes << tr("test");
        if (s.removedAtMs)
            notes << tr("removed from the board");
        rows.append({{localTime(s.atMs), s.boardId, number(s.value), number(s.points), s.status,
                         notes.join(QStringLiteral(", "))},
            s.id});
    }
    m_history[Submissions]->setRows(std::exchange(rows, {}));
    for (const Flag &f : p.flags)
        rows.append({{localTime(f.createdAtMs), f.type, f.confidence, f.action, f.status, f.note}, f.id});
    m_history[Flags]->setRows(std::exchange(rows, {}));
    for (const SeenItem &d : p.devices)
        rows.append({{d.value, localTime(d.seen.firstSeenMs), localTime(d.seen.lastSeenMs)}, d.value});
    m_history[Devices]->setRows(std::exchange(rows, {}));
    for (const SeenItem &ip : p.ips)
        rows.append({{ip.value, localTime(ip.seen.firstSeenMs), localTime(ip.seen.lastSeenMs)}, ip.value});
    m_history[Ips]->setRows(std::exchange(rows, {}));
    for (const QString &other : p.linkedAccounts)
        rows.append({{other}, other});
    m_history[Linked]->setRows(std::exchange(rows, {}));

    const QString keep = m_bans->row(m_bansView->currentIndex().row())
        ? m_bans->row(m_bansView->currentIndex().row())->ban.id
        : QString();
    QList<BanRow> bans;
    for (const ReportedBan &b : p.bans)
        bans.append({b.ban, snapshot.gameName, banStateAt(b.ban, snapshot.nowMs), b.reportState});
    m_bans->setRows(bans);
    if (const int row = m_bans->rowOf(keep); row >= 0)
        m_bansView->setCurrentIndex(m_bans->index(row, 0));
    m_lift->setEnabled(banToLift().has_value());
    updateTabTitles();
}

std::optional<Ban> PlayerProfileView::banToLift() const
{
    if (const BanRow *row = m_bans->row(m_bansView->currentIndex().row()); row && row->state == QLatin1String("active"))
        return row->ban;
    for (int r = 0; r < m_bans->rowCount(); ++r)
        if (m_bans->row(r)->state == QLatin1String("active"))
            return m_bans->row(r)->ban;
    return std::nullopt;
}

QString PlayerProfileView::chosenTier() const
{
    return m_tierChoice->currentData().toString();
}

void PlayerProfileView::setBusy(bool busy)
{
    m_setTier->setEnabled(!busy);
}

} // namespace arbiter::ui
