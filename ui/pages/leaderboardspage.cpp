#include "pages/leaderboardspage.h"

#include "consolecontext.h"
#include "coreinvoker.h"
#include "displayformat.h"
#include "liveevents.h"
#include "models/leaderboardmodel.h"
#include "models/leaderboardreader.h"
#include "navigator.h"
#include "scores/boardservice.h"
#include "widgets/headerstate.h"
#include "widgets/pagechrome.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShowEvent>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace arbiter::ui {

namespace {

constexpr int kCoalesceMs = 100; // a burst of score batches becomes one read; well within 300 ms

QLabel *label(const QString &text, QWidget *buddy)
{
    auto *l = new QLabel(text);
    l->setBuddy(buddy);
    return l;
}

QString periodLabel(const QString &key)
{
    return key == QLatin1String("all") ? LeaderboardsPage::tr("All time") : key;
}

} // namespace

LeaderboardsPage::LeaderboardsPage(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new LeaderboardModel(this))
    , m_game(new QComboBox)
    , m_board(new QComboBox)
    , m_period(new QComboBox)
    , m_find(new QLineEdit)
    , m_showTop(new QPushButton(tr("Show &top")))
    , m_open(new QPushButton(tr("&Open player")))
    , m_ban(new QPushButton(tr("&Ban…")))
    , m_status(new QLabel)
    , m_stack(new QStackedWidget)
    , m_emptyTitle(new QLabel)
    , m_emptyText(new QLabel)
    , m_view(new QTableView)
{
    setObjectName(QStringLiteral("leaderboardsPage"));

    auto *heading = pageHeading(tr("Leaderboards"));

    m_game->setObjectName(QStringLiteral("gamePicker"));
    m_game->setAccessibleName(tr("Game"));
    m_game->setMinimumContentsLength(14);
    m_board->setObjectName(QStringLiteral("boardPicker"));
    m_board->setAccessibleName(tr("Board"));
    m_board->setMinimumContentsLength(14);
    m_period->setObjectName(QStringLiteral("periodPicker"));
    m_period->setAccessibleName(tr("Period"));
    m_period->setMinimumContentsLength(20);
    m_find->setObjectName(QStringLiteral("findPlayer"));
    m_find->setAccessibleName(tr("Find player"));
    m_find->setPlaceholderText(tr("Find player (Ctrl+F)…"));
    m_find->setClearButtonEnabled(true);
    m_find->setMinimumWidth(200);
    m_find->setMaximumWidth(360);
    m_showTop->setObjectName(QStringLiteral("showTop"));
    m_showTop->setAccessibleName(tr("Show the top 100"));
    m_showTop->setToolTip(tr("Back to the top 100 (Esc in the search field)"));
    m_open->setObjectName(QStringLiteral("openPlayer"));
    m_open->setToolTip(tr("Open the selected player's profile (Ctrl+O)"));
    m_ban->setObjectName(QStringLiteral("banPlayer"));
    m_ban->setToolTip(tr("Ban the selected player (Ctrl+B)"));
    m_status->setObjectName(QStringLiteral("leaderboardStatus"));

    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(m_find);
    top->addWidget(m_showTop);
    auto *pickers = new QHBoxLayout;
    pickers->addWidget(label(tr("&Game:"), m_game));
    pickers->addWidget(m_game);
    pickers->addWidget(label(tr("Boa&rd:"), m_board));
    pickers->addWidget(m_board);
    pickers->addWidget(label(tr("&Period:"), m_period));
    pickers->addWidget(m_period);
    pickers->addStretch();

    m_view->setObjectName(QStringLiteral("leaderboardView"));
    m_view->setAccessibleName(tr("Leaderboard entries"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(LeaderboardModel::Rank, 70);
    m_view->setColumnWidth(LeaderboardModel::Movement, 70);
    m_view->setColumnWidth(LeaderboardModel::Player, 240);
    m_view->setColumnWidth(LeaderboardModel::Score, 120);
    m_view->setColumnWidth(LeaderboardModel::Achieved, 170);
    persistHeaderState(m_view->horizontalHeader(), QStringLiteral("leaderboard"));

    auto *empty = new QWidget;
    empty->setObjectName(QStringLiteral("emptyState"));
    QFont tf = m_emptyTitle->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.4);
    tf.setBold(true);
    m_emptyTitle->setFont(tf);
    m_emptyTitle->setObjectName(QStringLiteral("emptyTitle"));
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(2);
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addStretch(3);
    m_stack->addWidget(empty);
    m_stack->addWidget(m_view);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    actions->addWidget(m_open);
    actions->addWidget(m_ban);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(pickers);
    layout->addWidget(m_stack, 1);
    layout->addLayout(actions);

    setTabOrder(m_game, m_board);
    setTabOrder(m_board, m_period);
    setTabOrder(m_period, m_find);
    setTabOrder(m_find, m_showTop);
    setTabOrder(m_showTop, m_view);
    setTabOrder(m_view, m_open);
    setTabOrder(m_open, m_ban);

    connect(m_game, &QComboBox::currentIndexChanged, this, &LeaderboardsPage::loadBoards);
    connect(m_board, &QComboBox::currentIndexChanged, this, [this] {
        const QSignalBlocker block(m_period);
        m_period->clear();
        startOver();
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, &LeaderboardsPage::startOver);
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findPlayer(m_find->text().trimmed()); });
    connect(m_showTop, &QPushButton::clicked, this, [this] {
        m_find->clear();
        findPlayer(QString());
    });
    connect(m_open, &QPushButton::clicked, this, &LeaderboardsPage::openPlayer);
    connect(m_ban, &QPushButton::clicked, this, &LeaderboardsPage::banPlayer);
    connect(m_view, &QTableView::activated, this, &LeaderboardsPage::openPlayer);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LeaderboardsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &LeaderboardsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LeaderboardsPage::updateButtons);

    const auto shortcut
        = [this](const QKeySequence &keys, auto slot, Qt::ShortcutContext where = Qt::WidgetWithChildrenShortcut) {
              auto *action = new QAction(this);
              action->setShortcut(keys);
              action->setShortcutContext(where);
              connect(action, &QAction::triggered, this, slot);
              addAction(action);
          };
    shortcut(QKeySequence::Find, [this] {
        m_find->setFocus();
        m_find->selectAll();
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_O), [this] { openPlayer(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_B), [this] { banPlayer(); });
    shortcut(QKeySequence::Refresh, [this] { refresh(); });
    auto *escape = new QAction(m_find);
    escape->setShortcut(Qt::Key_Escape);
    escape->setShortcutContext(Qt::WidgetShortcut);
    connect(escape, &QAction::triggered, m_showTop, &QPushButton::click);
    m_find->addAction(escape);

    // Live: the board's rankings moved, a flag was raised or resolved, a ban hid someone.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kCoalesceMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &LeaderboardsPage::fetch);
    connect(&m_context.live, &LiveEvents::scores, this, [this](const ScoreEventBatch &batch) {
        if (!currentBoardId().isEmpty() && (batch.boardsChanged.contains(currentBoardId()) || !batch.flagIds.isEmpty()))
            refresh();
    });
    connect(&m_context.live, &LiveEvents::banChanged, this, &LeaderboardsPage::refresh);
    connect(&m_context.live, &LiveEvents::boardChanged, this, [this](const QString &) { loadBoards(); });
    connect(&m_context.live, &LiveEvents::gameChanged, this, &LeaderboardsPage::loadGames);

    updateButtons();
    showEmpty(tr("Loading…"), QString());
    loadGames();
}

void LeaderboardsPage::findPlayer(const QString &playerId)
{
    if (playerId == m_around)
        return refresh();
    m_around = playerId;
    m_refreshTimer.stop();
    if (m_inFlight)
        m_again = true;
    else
        fetch();
}

void LeaderboardsPage::startOver()
{
    ++m_generation;
    m_model->clear();
    m_refreshTimer.stop();
    if (m_inFlight)
        m_again = true;
    else
        fetch();
}

void LeaderboardsPage::refresh()
{
    if (!isVisible()) { // a hidden page reads nothing; it catches up when shown
        m_staleWhileHidden = true;
        return;
    }
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void LeaderboardsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_staleWhileHidden) {
        m_staleWhileHidden = false;
        refresh();
    }
}

void LeaderboardsPage::fetch()
{
    if (m_inFlight) {
        m_again = true;
        return;
    }
    LeaderboardQuery query;
    query.boardId = currentBoardId();
    if (query.boardId.isEmpty())
        return;
    query.period = currentPeriod();
    query.aroundPlayerId = m_around;
    m_inFlight = true;
    const quint64 generation = m_generation;
    m_context.invoker.call<LeaderboardSnapshot>(
        this,
        [query](
            Engine &engine, Callback<LeaderboardSnapshot> reply) { readLeaderboard(engine, query, std::move(reply)); },
        [this, generation](Result<LeaderboardSnapshot> result) {
            m_inFlight = false;
            const bool current = generation == m_generation && result && result->query.boardId == currentBoardId()
                && result->query.period == currentPeriod() && result->query.aroundPlayerId == m_around;
            if (m_again || !current) {
                m_again = false;
                if (!result && generation == m_generation)
                    m_status->setText(describe(result.error()));
                return fetch();
            }
            if (!result)
                return m_status->setText(describe(result.error()));
            showSnapshot(result.value());
        });
}

void LeaderboardsPage::showSnapshot(const LeaderboardSnapshot &snapshot)
{
    fillPeriods(snapshot);
    if (!m_shownPeriod.isEmpty() && snapshot.period != m_shownPeriod)
        m_model->clear(); // the current period rolled over (midnight UTC): nothing to compare with
    m_shownPeriod = snapshot.period;
    m_model->setRows(snapshot.rows);
    if (snapshot.rows.isEmpty())
        showEmpty(tr("No scores in this period yet"), tr("Entries appear here live as players submit scores."));
    else
        m_stack->setCurrentIndex(1);

    const QString period = periodLabel(snapshot.period);
    if (snapshot.notRanked) {
        m_status->setText(tr("“%1” has no rank in %2. Showing the top %3 of %4.")
                              .arg(snapshot.query.aroundPlayerId, period)
                              .arg(snapshot.rows.size())
                              .arg(snapshot.total));
    } else if (!snapshot.query.aroundPlayerId.isEmpty()) {
        m_status->setText(
            tr("Around “%1” · %2 ranked · %3").arg(snapshot.query.aroundPlayerId).arg(snapshot.total).arg(period));
        const int row = m_model->rowOf(snapshot.query.aroundPlayerId);
        if (row >= 0 && selectedPlayerId() != snapshot.query.aroundPlayerId) {
            m_view->selectRow(row);
            m_view->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
        }
    } else {
        m_status->setText(tr("Top %1 of %2 ranked · %3").arg(snapshot.rows.size()).arg(snapshot.total).arg(period));
    }
    updateButtons();
    emit entriesShown();
}

void LeaderboardsPage::showEmpty(const QString &title, const QString &text)
{
    m_emptyTitle->setText(title);
    m_emptyText->setText(text);
    m_stack->setCurrentIndex(0);
    m_status->clear();
}

void LeaderboardsPage::updateButtons()
{
    const bool chosen = !selectedPlayerId().isEmpty();
    m_open->setEnabled(chosen);
    m_ban->setEnabled(chosen);
    m_showTop->setEnabled(!m_around.isEmpty());
}

void LeaderboardsPage::openPlayer()
{
    const QString player = selectedPlayerId();
    if (!player.isEmpty())
        emit m_context.navigator.playerRequested(currentGameId(), player);
}

void LeaderboardsPage::banPlayer()
{
    const QString player = selectedPlayerId();
    if (!player.isEmpty())
        emit m_context.navigator.banRequested(currentGameId(), player);
}

} // namespace arbiter::ui
