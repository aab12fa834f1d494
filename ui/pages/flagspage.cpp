#include "pages/flagspage.h"

#include "consolecontext.h"
#include "coreinvoker.h"
#include "displayformat.h"
#include "enforcement/watchservice.h"
#include "liveevents.h"
#include "models/flagsmodel.h"
#include "moderator.h"
#include "navigator.h"
#include "rulenames.h"
#include "scores/boardservice.h"
#include "scores/flagservice.h"
#include "widgets/flagdetails.h"
#include "widgets/flagfilterbar.h"
#include "widgets/headerstate.h"
#include "widgets/pagechrome.h"
#include "workers/flagcounts.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace arbiter::ui {

namespace {

QPushButton *actionButton(const QString &text, const QString &name, const QString &tip)
{
    auto *button = new QPushButton(text);
    button->setObjectName(name);
    button->setAccessibleName(text);
    button->setToolTip(tip);
    return button;
}

} // namespace

FlagsPage::FlagsPage(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_filters(new FlagFilterBar)
    , m_ruleStats(new QLabel)
    , m_model(new FlagsModel(context.invoker, this))
    , m_view(new QTableView)
    , m_empty(new QLabel)
    , m_stack(new QStackedWidget)
    , m_details(new FlagDetails(context))
    , m_note(new QLineEdit)
    , m_confirm(actionButton(tr("&Confirm cheat"), QStringLiteral("confirmCheat"),
                             tr("Confirm the selected flags as cheats (C): the scores leave the boards; undo with Ctrl+Z")))
    , m_falsePositive(actionButton(tr("&False positive"), QStringLiteral("falsePositive"),
                                   tr("Mark the selected flags as false positives (F)")))
    , m_dismiss(actionButton(tr("&Dismiss"), QStringLiteral("dismiss"), tr("Dismiss the selected flags (D)")))
    , m_undo(actionButton(tr("&Undo"), QStringLiteral("undo"), tr("Reopen the flags of the last resolution (Ctrl+Z)")))
    , m_message(new QLabel)
{
    setObjectName(QStringLiteral("flagsPage"));
    auto *heading = pageHeading(tr("Flags"));

    m_ruleStats->setObjectName(QStringLiteral("ruleStats"));
    m_ruleStats->setAccessibleName(tr("False-positive rate by rule"));
    m_ruleStats->setWordWrap(true);
    m_ruleStats->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_view->setObjectName(QStringLiteral("flagsView"));
    m_view->setAccessibleName(tr("Flags to review"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(FlagsModel::Time, 150);
    m_view->setColumnWidth(FlagsModel::Player, 140);
    m_view->setColumnWidth(FlagsModel::Rule, 130);
    persistHeaderState(m_view->horizontalHeader(), QStringLiteral("flags"));

    m_empty->setObjectName(QStringLiteral("flagsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    m_note->setObjectName(QStringLiteral("flagNote"));
    m_note->setAccessibleName(tr("Note for the resolution"));
    m_note->setPlaceholderText(tr("Optional note (saved with the next action)"));
    m_note->setMaxLength(2000);
    m_message->setObjectName(QStringLiteral("flagMessage"));
    m_message->setWordWrap(true);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_note, 1);
    actions->addWidget(m_confirm);
    actions->addWidget(m_falsePositive);
    actions->addWidget(m_dismiss);
    actions->addWidget(m_undo);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_stack, 1);
    leftLayout->addLayout(actions);
    leftLayout->addWidget(m_message);
    auto *hint = new QLabel(tr("Keys: J / K or arrows move, C confirm cheat, F false positive, D dismiss, Ctrl+Z undo. "
                               "Times are local."));
    hint->setEnabled(false);
    hint->setWordWrap(true);
    leftLayout->addWidget(hint);

    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_filters);
    layout->addWidget(m_ruleStats);
    layout->addWidget(splitter, 1);
    setTabOrder(m_filters, m_view);
    setTabOrder(m_view, m_note);
    setTabOrder(m_note, m_confirm);
    setTabOrder(m_confirm, m_falsePositive);
    setTabOrder(m_falsePositive, m_dismiss);
    setTabOrder(m_dismiss, m_undo);

    buildActions();
    connect(m_confirm, &QPushButton::clicked, this, [this] { resolveSelected(QStringLiteral("confirmed_cheat")); });
    connect(m_falsePositive, &QPushButton::clicked, this, [this] { resolveSelected(QStringLiteral("false_positive")); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { resolveSelected(QStringLiteral("dismissed")); });
    connect(m_undo, &QPushButton::clicked, this, &FlagsPage::undo);
    m_undo->setEnabled(false);

    m_rowsTimer.setSingleShot(true);
    m_rowsTimer.setInterval(60);
    connect(&m_rowsTimer, &QTimer::timeout, this, [this] { m_model->refreshRows(std::exchange(m_changedIds, {})); });
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(500); // a COUNT over the pending index: not for every batch
    connect(&m_countTimer, &QTimer::timeout, this, [this] { requestCounts(false); });
    m_statsTimer.setSingleShot(true);
    m_statsTimer.setInterval(5000);
    connect(&m_statsTimer, &QTimer::timeout, this, [this] { requestCounts(true); });
    m_detailTimer.setSingleShot(true);
    m_detailTimer.setInterval(40);
    connect(&m_detailTimer, &QTimer::timeout, this, &FlagsPage::showCurrent);

    connect(m_filters, &FlagFilterBar::filterChanged, this, &FlagsPage::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { m_detailTimer.start(); });
    connect(m_model, &FlagsModel::modelAboutToBeReset, this, [this] {
        if (const Flag *f = m_model->flag(m_view->currentIndex().row()))
            m_restoreId = f->id;
    });
    connect(m_model, &FlagsModel::firstPageLoaded, this, [this] {
        const int row = m_restoreId.isEmpty() ? -1 : m_model->rowOf(std::exchange(m_restoreId, {}));
        selectRow(row >= 0 ? row : 0);
        updateEmptyState();
    });
    connect(m_model, &FlagsModel::headMerged, this, [this](int inserted) {
        QScrollBar *bar = m_view->verticalScrollBar();
        if (bar->value() > 0) { // keep the rows the moderator is looking at in place
            const int value = bar->value();
            m_view->doItemsLayout();
            bar->setValue(value + inserted);
        }
        if (!m_view->currentIndex().isValid())
            selectRow(0);
        updateEmptyState();
    });
    connect(m_model, &FlagsModel::rowsInserted, this, &FlagsPage::updateEmptyState);
    connect(m_model, &FlagsModel::errorOccurred, this, [this](const QString &message) { say(message, true); });
    connect(&m_context.live, &LiveEvents::scores, this, [this](const ScoreEventBatch &batch) {
        if (!batch.flagIds.isEmpty())
            onScores(batch.flagIds);
    });
    // Ban recommendations come from the watch service, not with the score batches.
    if (WatchService *watch = m_context.invoker.engine().isRunning() ? m_context.invoker.engine().watch() : nullptr)
        connect(watch, &WatchService::flagRaised, this, [this](const QString &id) { onScores({id}); }, Qt::QueuedConnection);
    connect(&m_context.live, &LiveEvents::gameChanged, this, &FlagsPage::loadCatalog);
    connect(&m_context.navigator, &Navigator::flagsRequested, this, &FlagsPage::applyRequest);

    updateEmptyState();
    loadCatalog();
    applyFilter(); // the first page, the open count and the rule rates
}

void FlagsPage::buildActions()
{
    const auto shortcut = [this](const QKeySequence &keys, const QString &name, auto slot) {
        auto *action = new QAction(this);
        action->setObjectName(name);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    shortcut(QKeySequence(Qt::Key_C), QStringLiteral("actionConfirm"), [this] { resolveSelected(QStringLiteral("confirmed_cheat")); });
    shortcut(QKeySequence(Qt::Key_F), QStringLiteral("actionFalsePositive"), [this] { resolveSelected(QStringLiteral("false_positive")); });
    shortcut(QKeySequence(Qt::Key_D), QStringLiteral("actionDismiss"), [this] { resolveSelected(QStringLiteral("dismissed")); });
    shortcut(QKeySequence(Qt::Key_J), QStringLiteral("actionNext"), [this] { moveCurrent(1); });
    shortcut(QKeySequence(Qt::Key_K), QStringLiteral("actionPrevious"), [this] { moveCurrent(-1); });
    shortcut(QKeySequence::Undo, QStringLiteral("actionUndo"), [this] { undo(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_L), QStringLiteral("actionNote"), [this] { m_note->setFocus(); });
}

void FlagsPage::applyFilter()
{
    m_restoreId.clear();
    m_model->setFilter(m_filters->filter());
    updateEmptyState();
    requestCounts(true); // the open count and this filter's rule rates
}

void FlagsPage::applyRequest(const FlagsFilterRequest &request)
{
    m_filters->apply(request); // emits filterChanged → applyFilter
}

void FlagsPage::loadCatalog()
{
    m_context.invoker.call<FlagCatalog>(
        this,
        [](Engine &e, Callback<FlagCatalog> reply) {
            FlagCatalog catalog;
            for (const Game &game : e.games()->games()) {
                catalog.games.append({game.id, game.settings.name});
                for (const Board &board : e.boards()->boards(game.id))
                    catalog.boards[game.id].append({board.id, board.name});
            }
            reply(catalog);
        },
        [this](Result<FlagCatalog> catalog) {
            if (!catalog)
                return;
            m_filters->setCatalog(catalog.value());
            QHash<QString, QString> names;
            for (const auto &[id, name] : catalog.value().games)
                names.insert(id, name);
            for (const auto &boards : catalog.value().boards)
                for (const auto &[id, name] : boards)
                    names.insert(id, name);
            m_model->setNames(names);
            m_details->setNames(names);
        });
}

void FlagsPage::onScores(const QList<QString> &flagIds)
{
    // Batches come at most every 50 ms and the model keeps one head read in flight (a burst
    // meanwhile is one more read), so the first page is re-read at once: no extra delay.
    m_model->refreshHead();
    for (const QString &id : flagIds) // new flags are not shown yet: only changes to shown ones
        if (m_model->rowOf(id) >= 0)
            m_changedIds.append(id);
    if (!m_changedIds.isEmpty() && !m_rowsTimer.isActive())
        m_rowsTimer.start();
    if (!m_countTimer.isActive())
        m_countTimer.start();
    if (!m_statsTimer.isActive())
        m_statsTimer.start();
}

void FlagsPage::requestCounts(bool withStats)
{
    m_statsWanted = m_statsWanted || withStats;
    if (m_counts) {
        m_countsAgain = true;
        return;
    }
    // The count first (~0.1 s over a million flags), the rates (a GROUP BY) in a second read.
    const bool countFirst = m_statsWanted && m_openCount < 0;
    const std::optional<QString> statsGame =
        m_statsWanted && !countFirst ? std::optional<QString>(m_filters->filter().gameId) : std::nullopt;
    m_statsWanted = countFirst;
    m_countsAgain = countFirst;
    m_counts = new FlagCounts(m_context.invoker.engine().databasePath(), QString(), statsGame, this);
    connect(m_counts, &QThread::finished, this, [this] {
        FlagCounts *counts = std::exchange(m_counts, nullptr);
        counts->deleteLater();
        const qint64 open = counts->pending() ? counts->pending().value() : -1;
        if (open != m_openCount) {
            m_openCount = open;
            emit openCountChanged(open);
        }
        if (counts->stats() && *counts->stats())
            showStats(counts->stats()->value());
        if (std::exchange(m_countsAgain, false))
            requestCounts(false);
    });
    m_counts->start(QThread::LowPriority);
}

void FlagsPage::showStats(const QList<RuleStats> &stats)
{
    QStringList parts;
    for (const RuleStats &s : stats) {
        const int resolved = s.confirmed + s.falsePositives + s.dismissed;
        parts << (resolved == 0 ? tr("%1: %L2 pending, none resolved").arg(ruleLabel(s.type)).arg(s.pending)
                                : tr("%1: %2% false positives (%L3 of %L4 resolved), %L5 pending")
                                      .arg(ruleLabel(s.type))
                                      .arg(QLocale().toString(100.0 * s.falsePositives / resolved, 'f', 0))
                                      .arg(s.falsePositives)
                                      .arg(resolved)
                                      .arg(s.pending));
    }
    m_ruleStats->setText(parts.isEmpty() ? tr("False-positive rate by rule: no flags yet.")
                                         : tr("False-positive rate by rule — %1").arg(parts.join(QStringLiteral(" · "))));
    emit ruleStatsLoaded();
}

void FlagsPage::updateEmptyState()
{
    const bool empty = m_model->hasLoaded() && m_model->rowCount() == 0 && !m_model->canFetchMore({});
    m_empty->setText(m_filters->isDefault() ? tr("No flags to review — all clear")
                                            : tr("No flags match these filters — widen them (e.g. status \"Any status\") to see more"));
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_view);
    const bool any = m_model->rowCount() > 0;
    m_confirm->setEnabled(any);
    m_falsePositive->setEnabled(any);
    m_dismiss->setEnabled(any);
}

void FlagsPage::showCurrent()
{
    m_details->showFlag(m_model->flag(m_view->currentIndex().row()));
}

void FlagsPage::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_details->showFlag(nullptr);
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void FlagsPage::moveCurrent(int delta)
{
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() + delta : 0;
    if (row >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    selectRow(std::clamp(row, 0, m_model->rowCount() - 1));
}

void FlagsPage::say(const QString &message, bool bad)
{
    m_message->setText(message);
    m_message->setStyleSheet(bad ? QStringLiteral("QLabel { color: rgb(198,40,40); }") : QString());
}

} // namespace arbiter::ui
