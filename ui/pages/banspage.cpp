#include "pages/banspage.h"

#include "consolecontext.h"
#include "coreinvoker.h"
#include "dialogs/banflow.h"
#include "displayformat.h"
#include "enforcement/banservice.h"
#include "liveevents.h"
#include "models/bansmodel.h"
#include "moderator.h"
#include "navigator.h"
#include "widgets/banchart.h"
#include "widgets/gamefilterbox.h"
#include "widgets/headerstate.h"
#include "widgets/pagechrome.h"
#include "widgets/refreshgate.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace arbiter::ui {

namespace {

constexpr int kCoalesceMs = 100;
constexpr int kClockRefreshMs = 30 * 1000;

QPushButton *actionButton(const QString &text, const QString &name, const QString &tip)
{
    auto *button = new QPushButton(text);
    button->setObjectName(name);
    button->setToolTip(tip);
    return button;
}

} // namespace

BansPage::BansPage(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_refresh(new RefreshGate(this, kCoalesceMs, [this] { read(); }))
    , m_model(new BansModel(this))
    , m_chart(new BanChart)
    , m_game(new GameFilterBox(context))
    , m_state(new QComboBox)
    , m_source(new QComboBox)
    , m_search(new QLineEdit)
    , m_view(new QTableView)
    , m_stack(new QStackedWidget)
    , m_empty(new QLabel)
    , m_summary(new QLabel)
    , m_message(new QLabel)
    , m_lift(actionButton(tr("&Lift…"), QStringLiteral("liftBan"), tr("Lift the selected ban (Ctrl+L)")))
    , m_resend(actionButton(tr("&Resend report"), QStringLiteral("resendReport"),
          tr("Queue the selected ban's webhook report again (Ctrl+Shift+R)")))
{
    setObjectName(QStringLiteral("bansPage"));

    auto *heading = pageHeading(tr("Bans"));
    QPushButton *create
        = actionButton(tr("&New ban…"), QStringLiteral("newBan"), tr("Ban a player, device or IP (Ctrl+N)"));
    connect(create, &QPushButton::clicked, this, [this] { newBan(m_game->currentGameId()); });
    connect(m_lift, &QPushButton::clicked, this, &BansPage::liftSelected);
    connect(m_resend, &QPushButton::clicked, this, &BansPage::resendSelected);
    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(create);
    top->addWidget(m_lift);
    top->addWidget(m_resend);

    m_game->setObjectName(QStringLiteral("gameFilter"));
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->setAccessibleName(tr("State"));
    m_state->addItem(tr("All states"), QString());
    for (const char *state : {"active", "expired", "lifted"})
        m_state->addItem(BansModel::stateLabel(QLatin1String(state)), QLatin1String(state));
    m_source->setObjectName(QStringLiteral("sourceFilter"));
    m_source->setAccessibleName(tr("Source"));
    m_source->addItem(tr("All sources"), QString());
    for (BanSource source : {BanSource::Auto, BanSource::Moderator, BanSource::SelfReport, BanSource::Signature})
        m_source->addItem(BansModel::sourceLabel(source), banSourceName(source));
    m_search->setObjectName(QStringLiteral("banSearch"));
    m_search->setAccessibleName(tr("Search bans"));
    m_search->setPlaceholderText(tr("Search player, device, IP, reason… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_game);
    filters->addWidget(m_state);
    filters->addWidget(m_source);
    filters->addWidget(m_search, 1);
    connect(m_game, &GameFilterBox::gameChosen, this, &BansPage::scheduleRefresh);
    connect(m_state, &QComboBox::currentIndexChanged, this, &BansPage::scheduleRefresh);
    connect(m_source, &QComboBox::currentIndexChanged, this, &BansPage::scheduleRefresh);
    connect(m_search, &QLineEdit::textChanged, this, &BansPage::scheduleRefresh);

    m_view->setObjectName(QStringLiteral("bansView"));
    m_view->setAccessibleName(tr("Bans"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(BansModel::Time, 150);
    m_view->setColumnWidth(BansModel::Reasons, 220);
    m_view->setColumnWidth(BansModel::Expires, 150);
    persistHeaderState(m_view->horizontalHeader(), QStringLiteral("bans"));
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BansPage::updateActions);
    // Enter or a double click opens the banned player.
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const BanRow *row = m_model->row(index.row());
        if (row && !row->ban.playerId.isEmpty())
            emit m_context.navigator.playerRequested(row->ban.gameId, row->ban.playerId);
    });

    m_empty->setObjectName(QStringLiteral("bansEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("bansSplitter"));
    splitter->addWidget(m_stack);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    connect(m_chart, &BanChart::daysChanged, this, &BansPage::scheduleRefresh);

    m_summary->setObjectName(QStringLiteral("bansSummary"));
    m_message->setObjectName(QStringLiteral("bansMessage"));
    m_message->setWordWrap(true);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary);
    bottom->addStretch();
    bottom->addWidget(m_message, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    const auto shortcut = [this](const QKeySequence &keys, auto slot) { addPageShortcut(this, keys, slot); };
    shortcut(QKeySequence::New, [this] { newBan(m_game->currentGameId()); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_L), [this] { liftSelected(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), [this] { resendSelected(); });
    shortcut(QKeySequence::Find, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    shortcut(QKeySequence::Refresh, [this] { scheduleRefresh(); });

    m_clockTimer.setInterval(kClockRefreshMs);
    connect(&m_clockTimer, &QTimer::timeout, this, &BansPage::scheduleRefresh);
    m_clockTimer.start();
    connect(&m_context.live, &LiveEvents::banChanged, this, &BansPage::scheduleRefresh);
    connect(&m_context.live, &LiveEvents::gameChanged, this, &BansPage::scheduleRefresh);

    connect(&m_context.navigator, &Navigator::bansRequested, this, [this](const QString &gameId) {
        m_state->setCurrentIndex(0);
        m_source->setCurrentIndex(0);
        m_search->clear();
        m_game->setCurrentGameId(gameId);
        scheduleRefresh();
    });
    connect(&m_context.navigator, &Navigator::banRequested, this,
        [this](const QString &gameId, const QString &playerId) { newBan(gameId, playerId); });

    updateActions(); // the first read comes with the first show (RefreshGate)
}

BanFilter BansPage::filter() const
{
    return BanFilter{m_game->currentGameId(), m_state->currentData().toString(), m_source->currentData().toString(),
        m_search->text()};
}

void BansPage::scheduleRefresh()
{
    m_refresh->schedule();
}

void BansPage::read()
{
    m_context.invoker.call<BanListSnapshot>(
        this,
        [filter = filter(), days = m_chart->days()](
            Engine &engine, Callback<BanListSnapshot> reply) { reply(readBanList(engine, filter, days)); },
        [this](Result<BanListSnapshot> snapshot) {
            const bool again = m_refresh->finish(); // asked for while this read ran
            if (snapshot)
                showSnapshot(snapshot.value());
            else
                report(false, tr("Cannot read the bans: %1").arg(describe(snapshot.error())));
            if (again)
                scheduleRefresh();
        });
}

void BansPage::showSnapshot(const BanListSnapshot &snapshot)
{
    const QString keep = currentBanId();
    m_model->setRows(snapshot.rows);
    m_chart->setData(snapshot.chart);
    if (snapshot.rows.isEmpty()) {
        m_empty->setText(snapshot.gameTotal == 0
                ? tr("No bans yet — the engine bans cheaters automatically when a game auto-bans; "
                     "ban someone yourself with New ban… (Ctrl+N).")
                : tr("No bans match these filters — clear the search or choose All states / All sources."));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_view);
    }
    int active = 0;
    for (const BanRow &row : snapshot.rows)
        active += row.state == QLatin1String("active");
    m_summary->setText(
        tr("%n ban(s) shown", "", int(snapshot.rows.size())) + QStringLiteral(" · ") + tr("%n active", "", active));
    selectBan(keep);
    updateActions();
    emit bansLoaded();
}

QString BansPage::currentBanId() const
{
    const BanRow *row = m_model->row(m_view->currentIndex().row());
    return row ? row->ban.id : QString();
}

void BansPage::selectBan(const QString &banId)
{
    const int row = m_model->rowOf(banId);
    if (row < 0)
        return;
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->scrollTo(m_model->index(row, 0));
}

void BansPage::updateActions()
{
    const BanRow *row = m_model->row(m_view->currentIndex().row());
    m_lift->setEnabled(row && row->state != QLatin1String("lifted"));
    m_resend->setEnabled(row != nullptr);
}

void BansPage::report(bool ok, const QString &message)
{
    m_message->setText(message);
    m_message->setStyleSheet(ok ? QString() : QStringLiteral("color: rgb(198,40,40);"));
    emit actionFinished(ok, message);
}

void BansPage::newBan(const QString &gameId, const QString &playerId)
{
    startNewBan(this, m_context.invoker, gameId, playerId, [this](const Ban &ban) {
        report(true, tr("Banned (ban %1).").arg(ban.id));
        scheduleRefresh();
    });
}

void BansPage::liftSelected()
{
    const BanRow *row = m_model->row(m_view->currentIndex().row());
    if (!row || row->state == QLatin1String("lifted"))
        return;
    startLiftBan(this, m_context.invoker, row->ban, [this](const Ban &ban) {
        report(true, tr("Ban %1 lifted.").arg(ban.id));
        scheduleRefresh();
    });
}

void BansPage::resendSelected()
{
    const BanRow *row = m_model->row(m_view->currentIndex().row());
    if (!row)
        return;
    const Actor actor = consoleActor();
    m_context.invoker.call<Ban>(
        this,
        [banId = row->ban.id, actor](
            Engine &engine, Callback<Ban> reply) { engine.bans()->resendReport(banId, actor, std::move(reply)); },
        [this](Result<Ban> result) {
            if (!result)
                return report(false, tr("Cannot resend the report: %1").arg(describe(result.error())));
            report(true, tr("Report of ban %1 queued again.").arg(result->id));
            scheduleRefresh();
        });
}

} // namespace arbiter::ui
