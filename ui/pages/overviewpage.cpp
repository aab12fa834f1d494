#include "pages/overviewpage.h"

#include "consolecontext.h"
#include "coreinvoker.h"
#include "displayformat.h"
#include "liveevents.h"
#include "mainwindow.h"
#include "navigator.h"
#include "widgets/gamefilterbox.h"
#include "widgets/overviewcharts.h"
#include "widgets/pagechrome.h"
#include "widgets/stattile.h"

#include <QAction>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace arbiter::ui {

namespace {

constexpr int kCoalesceMs = 50; // score batches come coalesced already (≤ 1 per 50 ms)
constexpr int kMaxCoalesceMs = 2000;
constexpr qint64 kFullReadEveryMs = 5 * 60 * 1000; // re-read the whole hour now and then: self-healing
constexpr qint64 kSlowReadEveryMs = 30 * 1000;      // flags and bans without a live event (e.g. midnight)
constexpr int kClockTickMs = 5000;

} // namespace

OverviewPage::OverviewPage(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_refresh(new RefreshGate(this, kCoalesceMs, [this] { read(); }))
    , m_games(new GameFilterBox(context))
    , m_error(new QLabel)
    , m_submissionsTile(new StatTile(tr("Submissions in the last minute")))
    , m_flagsTile(new StatTile(tr("Open flags")))
    , m_littleTile(new StatTile(tr("Players at little eye")))
    , m_shortTile(new StatTile(tr("Players at short eye")))
    , m_bigTile(new StatTile(tr("Players at big eye")))
    , m_bansTile(new StatTile(tr("Bans today")))
    , m_charts(new OverviewCharts)
{
    setObjectName(QStringLiteral("overviewPage"));

    auto *heading = pageHeading(tr("Overview"));
    m_games->setObjectName(QStringLiteral("gamePicker"));
    auto *gameLabel = new QLabel(tr("&Game:"));
    gameLabel->setBuddy(m_games);
    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(gameLabel);
    top->addWidget(m_games);

    m_error->setObjectName(QStringLiteral("overviewError"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_submissionsTile->setObjectName(QStringLiteral("tileSubmissions"));
    m_submissionsTile->setToolTip(tr("Open the leaderboards"));
    m_flagsTile->setObjectName(QStringLiteral("tileOpenFlags"));
    m_flagsTile->setToolTip(tr("Open the flag queue"));
    m_littleTile->setObjectName(QStringLiteral("tileLittle"));
    m_shortTile->setObjectName(QStringLiteral("tileShort"));
    m_bigTile->setObjectName(QStringLiteral("tileBig"));
    for (StatTile *tile : {m_littleTile, m_shortTile, m_bigTile})
        tile->setToolTip(tr("Open the watchlist at this stage"));
    m_bansTile->setObjectName(QStringLiteral("tileBansToday"));
    m_bansTile->setToolTip(tr("Open the bans"));
    // The row is as tall as its tallest tile (a caption may wrap) and every tile fills it.
    auto *tileRow = new QWidget;
    tileRow->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *tiles = new QHBoxLayout(tileRow);
    tiles->setContentsMargins(0, 0, 0, 0);
    for (StatTile *tile : {m_submissionsTile, m_flagsTile, m_littleTile, m_shortTile, m_bigTile, m_bansTile}) {
        tile->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
        tiles->addWidget(tile);
    }

    connect(m_submissionsTile, &StatTile::activated, this,
            [this] { emit m_context.navigator.pageRequested(MainWindow::Leaderboards); });
    connect(m_flagsTile, &StatTile::activated, this,
            [this] { emit m_context.navigator.flagsRequested(FlagsFilterRequest{m_gameId, QString(), QString()}); });
    connect(m_littleTile, &StatTile::activated, this,
            [this] { emit m_context.navigator.watchlistRequested(m_gameId, QStringLiteral("little")); });
    connect(m_shortTile, &StatTile::activated, this,
            [this] { emit m_context.navigator.watchlistRequested(m_gameId, QStringLiteral("short")); });
    connect(m_bigTile, &StatTile::activated, this,
            [this] { emit m_context.navigator.watchlistRequested(m_gameId, QStringLiteral("big")); });
    connect(m_bansTile, &StatTile::activated, this, [this] { emit m_context.navigator.bansRequested(m_gameId); });

    connect(m_charts, &OverviewCharts::flagTypeClicked, this, [this](const QString &type) {
        emit m_context.navigator.flagsRequested(FlagsFilterRequest{m_gameId, type, QString()});
    });
    connect(m_charts, &OverviewCharts::stageClicked, this,
            [this](const QString &stage) { emit m_context.navigator.watchlistRequested(m_gameId, stage); });
    connect(m_charts, &OverviewCharts::bansClicked, this, [this] { emit m_context.navigator.bansRequested(m_gameId); });
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_charts);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(tileRow);
    layout->addWidget(scroll, 1);

    setTabOrder(m_games, m_submissionsTile);
    QWidget *previous = m_submissionsTile;
    for (StatTile *tile : {m_flagsTile, m_littleTile, m_shortTile, m_bigTile, m_bansTile}) {
        setTabOrder(previous, tile);
        previous = tile;
    }

    auto *refresh = new QAction(this);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QAction::triggered, this, &OverviewPage::refreshNow);
    addAction(refresh);

    connect(m_games, &GameFilterBox::gameChosen, this, &OverviewPage::setGameId);

    m_clockTick.setInterval(kClockTickMs);
    connect(&m_clockTick, &QTimer::timeout, this, &OverviewPage::scheduleRefresh);
    m_clockTick.start();

    connect(&m_context.live, &LiveEvents::scores, this, &OverviewPage::onScores);
    connect(&m_context.live, &LiveEvents::banChanged, this, [this] {
        m_bansDirty = true;
        scheduleRefresh();
    });
    connect(&m_context.live, &LiveEvents::stageChanged, this, &OverviewPage::scheduleRefresh);
    connect(&m_context.live, &LiveEvents::alertRaised, this, [this] {
        m_flagsDirty = true; // an alert may raise a ban recommendation
        scheduleRefresh();
    });
    connect(&m_context.live, &LiveEvents::journalChanged, this, [this] {
        m_flagsDirty = true; // flags resolved by a moderator
        scheduleRefresh();
    });
    connect(&m_context.live, &LiveEvents::gameChanged, this, &OverviewPage::scheduleRefresh);
    refreshNow();
}

void OverviewPage::setGameId(const QString &gameId)
{
    if (gameId == m_gameId)
        return;
    m_gameId = gameId;
    m_games->setCurrentGameId(gameId);
    m_needFull = true;
    refreshNow();
}

void OverviewPage::refreshNow()
{
    m_flagsDirty = true;
    m_bansDirty = true;
    m_refresh->now();
}

void OverviewPage::scheduleRefresh()
{
    m_refresh->schedule();
}

void OverviewPage::read()
{
    const qint64 now = m_context.invoker.engine().clock().nowMs();
    const bool full = m_needFull || now - m_lastFullAtMs >= kFullReadEveryMs || now < m_lastFullAtMs;
    OverviewRequest request = overviewRequest(m_gameId, now, full);
    const bool slowDue = full || now - m_lastSlowAtMs >= kSlowReadEveryMs || now < m_lastSlowAtMs;
    request.flags = std::exchange(m_flagsDirty, false) || slowDue;
    request.bans = std::exchange(m_bansDirty, false) || slowDue;
    if (request.flags && request.bans)
        m_lastSlowAtMs = now;
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    loadOverview(m_context.invoker, this, request, [this, request, full, started](Result<OverviewStats> result) {
        bool again = m_refresh->finish();
        // Throttle by cost: under a flood of submissions a read may take a while; waiting a few
        // times its duration keeps the writer (which also ingests) mostly free.
        m_refresh->setInterval(int(std::clamp<qint64>(4 * started->elapsed(), kCoalesceMs, kMaxCoalesceMs)));
        if (!result) {
            m_flagsDirty |= request.flags;
            m_bansDirty |= request.bans;
            m_error->setText(tr("Cannot read the overview: %1").arg(describe(result.error())));
            m_error->show();
        } else if (request.gameId == m_gameId) {
            m_error->hide();
            if (full) {
                m_needFull = false;
                m_lastFullAtMs = request.nowMs;
            }
            OverviewStats stats = std::move(result).value();
            if (!request.flags) {
                stats.openFlags = m_stats.openFlags;
                stats.openFlagTypes = m_stats.openFlagTypes;
            }
            if (!request.bans) {
                stats.bansToday = m_stats.bansToday;
                stats.bansPerDay = m_stats.bansPerDay;
            }
            QList<MinuteCounts> minutes = full ? QList<MinuteCounts>() : m_stats.minutes;
            mergeMinutes(minutes, stats.minutes, request.minutesSinceMs, request.windowStartMs);
            stats.minutes = std::move(minutes);
            m_lastRequest = request;
            apply(stats);
        } else {
            again = true; // the game changed meanwhile
            m_flagsDirty = m_bansDirty = true;
        }
        if (again)
            scheduleRefresh();
    });
}

void OverviewPage::apply(const OverviewStats &stats)
{
    m_stats = stats;
    const QLocale locale;
    m_flagsTile->setValue(locale.toString(stats.openFlags));
    m_littleTile->setValue(locale.toString(stats.stages.little));
    m_shortTile->setValue(locale.toString(stats.stages.shortEye));
    m_bigTile->setValue(locale.toString(stats.stages.big));
    m_bansTile->setValue(locale.toString(stats.bansToday));
    m_submissionsTile->setValue(locale.toString(stats.submissionsLastMinute));
    m_charts->show(stats, m_lastRequest);
    emit refreshed();
}

// A score batch is followed by a coalesced read of the current and previous minute only, so the
// numbers stay exact (no double counting of a batch a read already saw) and cheap under load.
void OverviewPage::onScores(const ScoreEventBatch &batch)
{
    if (!batch.flagIds.isEmpty())
        m_flagsDirty = true;
    if (batch.accepted + batch.flagged + batch.rejected > 0 || !batch.flagIds.isEmpty())
        scheduleRefresh();
}

} // namespace arbiter::ui
