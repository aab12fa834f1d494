#include "pages/watchlistpage.h"

#include "consolecontext.h"
#include "coreinvoker.h"
#include "displayformat.h"
#include "liveevents.h"
#include "models/watchlistmodel.h"
#include "models/watchtimelinemodel.h"
#include "moderator.h"
#include "navigator.h"
#include "scores/scoreservice.h"
#include "stagenames.h"
#include "widgets/gamefilterbox.h"
#include "widgets/headerstate.h"
#include "widgets/pagechrome.h"
#include "widgets/stagehistorychart.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace arbiter::ui {

namespace {

constexpr int kCoalesceMs = 100;
constexpr int kCountdownMs = 1000;

QTableView *newTable(const QString &name, const QString &accessibleName)
{
    auto *view = new QTableView;
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

WatchlistPage::WatchlistPage(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_refresh(new RefreshGate(this, kCoalesceMs, [this] { read(); }))
    , m_model(new WatchlistModel(this))
    , m_timeline(new WatchTimelineModel(this))
    , m_games(new GameFilterBox(context))
    , m_stage(new QComboBox)
    , m_listStack(new QStackedWidget)
    , m_view(newTable(QStringLiteral("watchlistView"), tr("Players on the watchlist")))
    , m_timelineView(newTable(QStringLiteral("timelineView"), tr("Stage timeline of the selected player")))
    , m_playerTitle(new QLabel)
    , m_status(new QLabel)
    , m_open(new QPushButton(tr("&Open player")))
    , m_ban(new QPushButton(tr("&Ban…")))
    , m_trust(new QPushButton(tr("Mark &trusted")))
    , m_history(new StageHistoryChart(tr("Players per stage (last 24 hours)")))
{
    setObjectName(QStringLiteral("watchlistPage"));

    auto *heading = pageHeading(tr("Watchlist"));
    m_games->setObjectName(QStringLiteral("gamePicker"));
    m_stage->setObjectName(QStringLiteral("stageFilter"));
    m_stage->setAccessibleName(tr("Eye stage"));
    m_stage->addItem(tr("All stages"), QString());
    for (const QString &stage : {QStringLiteral("little"), QStringLiteral("short"), QStringLiteral("big")})
        m_stage->addItem(stageLabel(stage), stage);
    auto *stageLabel = new QLabel(tr("&Stage:"));
    stageLabel->setBuddy(m_stage);
    auto *gameLabel = new QLabel(tr("&Game:"));
    gameLabel->setBuddy(m_games);
    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(gameLabel);
    top->addWidget(m_games);
    top->addWidget(stageLabel);
    top->addWidget(m_stage);

    m_view->setModel(m_model);
    m_view->setColumnWidth(WatchlistModel::Player, 180);
    m_view->setColumnWidth(WatchlistModel::Game, 140);
    m_view->setColumnWidth(WatchlistModel::Stage, 90);
    m_view->setColumnWidth(WatchlistModel::Alerts, 110);
    m_view->setColumnWidth(WatchlistModel::Since, 150);
    m_view->setColumnWidth(WatchlistModel::TimeLeft, 90);
    persistHeaderState(m_view->horizontalHeader(), QStringLiteral("watchlist"));
    auto *empty = new QLabel(tr("Nobody is on the watchlist — players appear here after their first alert"));
    empty->setObjectName(QStringLiteral("emptyState"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_listStack->addWidget(empty);
    m_listStack->addWidget(m_view);

    m_playerTitle->setObjectName(QStringLiteral("timelineTitle"));
    m_playerTitle->setWordWrap(true);
    m_playerTitle->setText(tr("Select a player to see their stage timeline."));
    m_timelineView->setModel(m_timeline);
    m_timelineView->setColumnWidth(WatchTimelineModel::Time, 150);
    m_timelineView->setColumnWidth(WatchTimelineModel::Event, 170);
    persistHeaderState(m_timelineView->horizontalHeader(), QStringLiteral("watchlistTimeline"));
    m_open->setObjectName(QStringLiteral("openPlayer"));
    m_open->setToolTip(tr("Open the player's profile (Ctrl+O)"));
    m_ban->setObjectName(QStringLiteral("banPlayer"));
    m_ban->setToolTip(tr("Ban the player… (Ctrl+B)"));
    m_trust->setObjectName(QStringLiteral("markTrusted"));
    m_trust->setToolTip(tr("Set the player's trust tier to A (Ctrl+T)"));
    connect(m_open, &QPushButton::clicked, this, &WatchlistPage::openPlayer);
    connect(m_ban, &QPushButton::clicked, this, &WatchlistPage::banPlayer);
    connect(m_trust, &QPushButton::clicked, this, &WatchlistPage::markTrusted);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_ban);
    buttons->addWidget(m_trust);
    buttons->addStretch();
    auto *detail = new QWidget;
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_playerTitle);
    detailLayout->addLayout(buttons);
    detailLayout->addWidget(m_timelineView, 1);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_listStack);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_history->setObjectName(QStringLiteral("stageHistoryChart"));
    m_history->setFocusPolicy(Qt::NoFocus);
    m_history->setMaximumHeight(260);

    m_status->setObjectName(QStringLiteral("watchStatus"));
    m_status->setWordWrap(true);

    auto *vertical = new QSplitter(Qt::Vertical);
    vertical->addWidget(splitter);
    vertical->addWidget(m_history);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(vertical, 1);
    layout->addWidget(m_status);

    setTabOrder(m_games, m_stage);
    setTabOrder(m_stage, m_view);
    setTabOrder(m_view, m_open);
    setTabOrder(m_open, m_ban);
    setTabOrder(m_ban, m_trust);
    setTabOrder(m_trust, m_timelineView);

    const auto shortcut = [this](const QKeySequence &keys, auto slot) { addPageShortcut(this, keys, slot); };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_O), &WatchlistPage::openPlayer);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_B), &WatchlistPage::banPlayer);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_T), &WatchlistPage::markTrusted);
    shortcut(QKeySequence::Refresh, &WatchlistPage::refreshNow);
    connect(m_view, &QTableView::activated, this, &WatchlistPage::openPlayer); // Enter / double click

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &WatchlistPage::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WatchlistPage::updateActions);
    connect(m_games, &GameFilterBox::gameChosen, this, [this](const QString &gameId) {
        if (gameId == m_gameId)
            return;
        m_gameId = gameId;
        refreshNow();
    });
    connect(m_stage, &QComboBox::currentIndexChanged, this, &WatchlistPage::refreshNow);

    m_countdown.setInterval(kCountdownMs);
    connect(&m_countdown, &QTimer::timeout, this, &WatchlistPage::tick);
    m_countdown.start();

    connect(&m_context.navigator, &Navigator::watchlistRequested, this, &WatchlistPage::showFiltered);
    const auto touched = [this](const QString &gameId, const QString &playerId) {
        if (!m_gameId.isEmpty() && gameId != m_gameId)
            return;
        scheduleRefresh();
        if (m_timelineOf == std::pair(gameId, playerId))
            loadTimelineOf(gameId, playerId);
    };
    connect(&m_context.live, &LiveEvents::alertRaised, this, touched);
    connect(&m_context.live, &LiveEvents::stageChanged, this,
            [touched](const QString &gameId, const QString &playerId, const QString &) { touched(gameId, playerId); });
    connect(&m_context.live, &LiveEvents::gameChanged, this, &WatchlistPage::scheduleRefresh); // names, settings

    updateActions();
    refreshNow();
}

QString WatchlistPage::stage() const
{
    return m_stage->currentData().toString();
}

void WatchlistPage::showFiltered(const QString &gameId, const QString &stage)
{
    m_gameId = gameId;
    m_games->setCurrentGameId(gameId);
    {
        const QSignalBlocker blocker(m_stage);
        m_stage->setCurrentIndex(std::max(0, m_stage->findData(stage)));
    }
    refreshNow();
}

void WatchlistPage::scheduleRefresh()
{
    m_refresh->schedule();
}

void WatchlistPage::refreshNow()
{
    m_refresh->now();
}

void WatchlistPage::read()
{
    const QString gameId = m_gameId;
    const QString stageName = stage();
    KnownCauses known;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const WatchRow *row = m_model->row(i);
        known.insert(watchRowKey(row->gameId, row->playerId), KnownCause{row->stage, row->sinceMs, row->lastCause});
    }
    loadWatchlist(m_context.invoker, this, gameId, stageName.isEmpty() ? std::nullopt : eyeStageFromName(stageName), known,
                  [this, gameId, stageName](Result<WatchlistSnapshot> result) {
                      bool again = m_refresh->finish();
                      if (gameId != m_gameId || stageName != stage()) {
                          again = true; // the filter changed meanwhile
                      } else if (!result) {
                          m_status->setText(tr("Cannot read the watchlist: %1").arg(describe(result.error())));
                      } else {
                          apply(result.value());
                      }
                      if (again)
                          m_refresh->now();
                  });
}

void WatchlistPage::apply(const WatchlistSnapshot &snapshot)
{
    const auto selected = selectedPlayer();
    m_model->setRows(snapshot.rows);
    m_model->setNow(m_context.invoker.engine().clock().nowMs());
    m_listStack->setCurrentIndex(snapshot.rows.isEmpty() ? 0 : 1);
    // First rows and no column layout saved yet: fit the columns to what they hold, once.
    if (!m_columnsFitted && !snapshot.rows.isEmpty()) {
        m_columnsFitted = true;
        if (!QSettings().contains(QStringLiteral("columns/watchlist")))
            m_view->resizeColumnsToContents();
    }
    if (selected) {
        const int row = m_model->find(selected->first, selected->second);
        if (row >= 0)
            m_view->selectRow(row);
    }
    if (!selectedPlayer() && !m_timelineOf.first.isEmpty() && m_model->find(m_timelineOf.first, m_timelineOf.second) < 0) {
        m_timelineOf = {};
        m_timeline->clear();
        m_playerTitle->setText(tr("Select a player to see their stage timeline."));
    }

    m_history->setSamples(snapshot.history);
    updateActions();
    emit refreshed();
}

std::optional<std::pair<QString, QString>> WatchlistPage::selectedPlayer() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const WatchRow *row = m_model->row(rows.first().row());
    if (!row)
        return std::nullopt;
    return std::pair(row->gameId, row->playerId);
}

void WatchlistPage::selectionChanged()
{
    updateActions();
    const auto player = selectedPlayer();
    if (!player || *player == m_timelineOf)
        return;
    loadTimelineOf(player->first, player->second);
}

void WatchlistPage::loadTimelineOf(const QString &gameId, const QString &playerId)
{
    m_timelineOf = {gameId, playerId};
    m_playerTitle->setText(tr("Stage timeline of %1").arg(playerId));
    loadTimeline(m_context.invoker, this, gameId, playerId, [this, gameId, playerId](Result<QList<TimelineEvent>> result) {
        if (m_timelineOf != std::pair(gameId, playerId))
            return; // another player was selected meanwhile
        if (!result) {
            m_status->setText(tr("Cannot read the timeline: %1").arg(describe(result.error())));
            return;
        }
        m_timeline->setEvents(result.value());
        emit timelineLoaded();
    });
}

void WatchlistPage::tick()
{
    if (!isVisible() || m_model->rowCount() == 0)
        return;
    const qint64 now = m_context.invoker.engine().clock().nowMs();
    m_model->setNow(now);
    for (int i = 0; i < m_model->rowCount(); ++i) // someone's quiet period ended: the tracker has dropped them
        if (const WatchRow *row = m_model->row(i); row->offWatchlistAtMs > 0 && row->offWatchlistAtMs <= now) {
            scheduleRefresh();
            break;
        }
}

void WatchlistPage::updateActions()
{
    const bool any = selectedPlayer().has_value();
    m_open->setEnabled(any);
    m_ban->setEnabled(any);
    m_trust->setEnabled(any);
}

void WatchlistPage::openPlayer()
{
    if (const auto player = selectedPlayer())
        emit m_context.navigator.playerRequested(player->first, player->second);
}

void WatchlistPage::banPlayer()
{
    if (const auto player = selectedPlayer())
        emit m_context.navigator.banRequested(player->first, player->second);
}

void WatchlistPage::markTrusted()
{
    const auto player = selectedPlayer();
    if (!player)
        return;
    const Actor actor = consoleActor();
    const QString gameId = player->first, playerId = player->second;
    m_trust->setEnabled(false);
    m_context.invoker.call<Unit>(
        this,
        [gameId, playerId, actor](Engine &engine, Callback<Unit> reply) {
            engine.scores()->setPlayerTier(gameId, playerId, TrustTier::A, actor, std::move(reply));
        },
        [this, playerId](Result<Unit> result) {
            updateActions();
            m_status->setText(result ? tr("%1 is trusted now (tier A).").arg(playerId)
                                     : tr("Cannot mark %1 as trusted: %2").arg(playerId, describe(result.error())));
            emit trustMarked(result.ok());
        });
}

} // namespace arbiter::ui
