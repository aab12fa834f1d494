#include "pages/playerspage.h"

#include "consolecontext.h"
#include "coreinvoker.h"
#include "detection/detection.h"
#include "dialogs/banflow.h"
#include "displayformat.h"
#include "liveevents.h"
#include "models/playerprofilereader.h"
#include "models/playersearchmodel.h"
#include "moderator.h"
#include "navigator.h"
#include "scores/scoreservice.h"
#include "widgets/headerstate.h"
#include "widgets/pagechrome.h"
#include "widgets/playerprofileview.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace arbiter::ui {

namespace {
constexpr int kSearchDebounceMs = 150;
constexpr int kCoalesceMs = 100;
} // namespace

PlayersPage::PlayersPage(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_game(new QComboBox)
    , m_search(new QLineEdit)
    , m_results(new PlayerSearchModel(this))
    , m_resultsView(new QTableView)
    , m_resultsNote(new QLabel)
    , m_stack(new QStackedWidget)
    , m_empty(new QLabel)
    , m_profile(new PlayerProfileView)
    , m_message(new QLabel)
{
    setObjectName(QStringLiteral("playersPage"));

    auto *heading = pageHeading(tr("Players"));

    m_game->setObjectName(QStringLiteral("playerGame"));
    m_game->setAccessibleName(tr("Game"));
    m_game->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_search->setObjectName(QStringLiteral("playerSearch"));
    m_search->setAccessibleName(tr("Player id starts with"));
    m_search->setPlaceholderText(tr("Player id starts with… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    connect(m_game, &QComboBox::currentIndexChanged, this, &PlayersPage::search);
    connect(m_search, &QLineEdit::textChanged, this, &PlayersPage::search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        // Enter opens the exact id, or the only match.
        const QString typed = m_search->text().trimmed();
        if (m_results->rowOf(typed) >= 0)
            showPlayer(currentGameId(), typed);
        else if (m_results->rowCount() == 1)
            showPlayer(currentGameId(), m_results->row(0)->playerId);
        else
            m_resultsView->setFocus();
    });

    m_resultsView->setObjectName(QStringLiteral("playerResults"));
    m_resultsView->setAccessibleName(tr("Matching players"));
    m_resultsView->setModel(m_results);
    m_resultsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resultsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_resultsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultsView->setAlternatingRowColors(true);
    m_resultsView->verticalHeader()->hide();
    m_resultsView->horizontalHeader()->setStretchLastSection(true);
    m_resultsView->setColumnWidth(PlayerSearchModel::Player, 160);
    m_resultsView->setColumnWidth(PlayerSearchModel::Tier, 50);
    persistHeaderState(m_resultsView->horizontalHeader(), QStringLiteral("playerResults"));
    connect(m_resultsView, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const PlayerSearchRow *row = m_results->row(index.row()))
            showPlayer(currentGameId(), row->playerId);
    });
    connect(m_resultsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &index) {
            if (const PlayerSearchRow *row = m_results->row(index.row()))
                showPlayer(currentGameId(), row->playerId);
        });
    m_resultsNote->setObjectName(QStringLiteral("playerResultsNote"));
    m_resultsNote->setWordWrap(true);
    m_resultsNote->setEnabled(false);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 8, 0);
    leftLayout->addWidget(m_game);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_resultsView, 1);
    leftLayout->addWidget(m_resultsNote);

    m_empty->setObjectName(QStringLiteral("playersEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("Choose a game and type the start of a player's id to see their profile."));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_profile);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("playersSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({320, 900});
    splitter->setChildrenCollapsible(false);

    m_message->setObjectName(QStringLiteral("playersMessage"));
    m_message->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    connect(m_profile, &PlayerProfileView::banRequested, this, &PlayersPage::banPlayer);
    connect(m_profile, &PlayerProfileView::liftRequested, this, &PlayersPage::liftBan);
    connect(m_profile, &PlayerProfileView::exportRequested, this, &PlayersPage::exportProfile);
    connect(m_profile, &PlayerProfileView::tierRequested, this, &PlayersPage::setTier);
    connect(m_profile, &PlayerProfileView::playerActivated, this,
        [this](const QString &playerId) { showPlayer(m_gameId, playerId); });

    const auto shortcut = [this](const QKeySequence &keys, auto slot) { addPageShortcut(this, keys, slot); };
    shortcut(QKeySequence::Find, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_B), [this] { banPlayer(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_L), [this] { liftBan(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_E), [this] { exportProfile(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_T), [this] { setTier(m_profile->chosenTier()); });
    shortcut(QKeySequence::Refresh, [this] {
        search();
        scheduleProfile();
    });

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(kSearchDebounceMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &PlayersPage::runSearch);
    m_profileTimer.setSingleShot(true);
    m_profileTimer.setInterval(kCoalesceMs);
    connect(&m_profileTimer, &QTimer::timeout, this, &PlayersPage::loadProfile);

    // Live: the open profile follows what happens to that player; a burst is one read.
    LiveEvents &live = m_context.live;
    connect(&live, &LiveEvents::gameChanged, this, &PlayersPage::reloadGames);
    connect(&live, &LiveEvents::banChanged, this, &PlayersPage::scheduleProfile);
    const auto aboutOpenPlayer = [this](const QString &gameId, const QString &playerId) {
        if (gameId == m_gameId && playerId == m_playerId)
            scheduleProfile();
        if (gameId == currentGameId() && m_results->rowOf(playerId) >= 0)
            search(); // its stage in the results
    };
    connect(&live, &LiveEvents::stageChanged, this,
        [aboutOpenPlayer](
            const QString &gameId, const QString &playerId, const QString &) { aboutOpenPlayer(gameId, playerId); });
    connect(&live, &LiveEvents::alertRaised, this, aboutOpenPlayer);
    connect(&live, &LiveEvents::scores, this, [this](const ScoreEventBatch &batch) {
        if (m_playerId.isEmpty() || (batch.accepted + batch.flagged + batch.rejected == 0 && batch.flagIds.isEmpty()))
            return;
        // The batch does not say whose scores they were: a cheap in-memory count does.
        const int known = m_profile->snapshot().acceptedScores;
        m_context.invoker.read(
            this, [g = m_gameId, p = m_playerId](Engine &engine) { return acceptedScoresOf(engine, g, p); },
            std::function<void(int)>([this, known](int accepted) {
                if (accepted != known)
                    scheduleProfile();
            }));
        if (!batch.flagIds.isEmpty())
            scheduleProfile(); // flags raised or resolved may be this player's
    });
    connect(&m_context.navigator, &Navigator::playerRequested, this, &PlayersPage::showPlayer);

    reloadGames();
}

QString PlayersPage::currentGameId() const
{
    return m_game->currentData().toString();
}

void PlayersPage::reloadGames()
{
    using Games = QList<QPair<QString, QString>>;
    m_context.invoker.read(
        this,
        [](Engine &engine) {
            Games games;
            for (const Game &game : engine.games()->games())
                games.append({game.id, game.settings.name});
            return games;
        },
        std::function<void(Games)>([this](const Games &games) {
            const QString want = !m_wantedGame.isEmpty() ? m_wantedGame : currentGameId();
            {
                const QSignalBlocker blocker(m_game);
                m_game->clear();
                for (const auto &[id, name] : games)
                    m_game->addItem(name.isEmpty() ? id : name, id);
                m_game->setCurrentIndex(std::max(0, m_game->findData(want)));
            }
            if (m_game->findData(m_wantedGame) >= 0)
                m_wantedGame.clear();
            if (games.isEmpty() && m_playerId.isEmpty())
                m_empty->setText(
                    tr("No games yet — create one on the Games page; its players appear here once they log in."));
            search();
        }));
}

void PlayersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    search();
}

void PlayersPage::search()
{
    if (!m_searchTimer.isActive())
        m_searchTimer.start();
}

void PlayersPage::runSearch()
{
    const QString gameId = currentGameId();
    if (gameId.isEmpty()) {
        m_results->setRows({});
        return;
    }
    if (m_searchInFlight) {
        m_searchAgain = true;
        return;
    }
    m_searchInFlight = true;
    const QString prefix = m_search->text().trimmed();
    m_context.invoker.call<QList<PlayerSearchRow>>(
        this,
        [gameId, prefix](Engine &engine, Callback<QList<PlayerSearchRow>> reply) {
            // One more than shown, to know whether there are more.
            searchPlayers(engine, gameId, prefix, kSearchLimit + 1, std::move(reply));
        },
        [this, prefix](Result<QList<PlayerSearchRow>> rows) {
            m_searchInFlight = false;
            if (std::exchange(m_searchAgain, false))
                search();
            if (!rows)
                return report(false, tr("Cannot search players: %1").arg(describe(rows.error())));
            QList<PlayerSearchRow> list = std::move(rows).value();
            const bool more = list.size() > kSearchLimit;
            if (more)
                list.resize(kSearchLimit);
            const QSignalBlocker blocker(m_resultsView->selectionModel());
            m_results->setRows(list);
            if (const int row = m_results->rowOf(m_playerId); row >= 0 && currentGameId() == m_gameId)
                m_resultsView->setCurrentIndex(m_results->index(row, 0));
            m_resultsNote->setText(more
                    ? tr("The first %1 matches; type more of the id to narrow them.").arg(kSearchLimit)
                    : list.isEmpty()
                    ? (prefix.isEmpty() ? tr("No players in this game yet — they appear once they log in.")
                                        : tr("No player id starts with “%1”.").arg(prefix))
                    : tr("%n player(s)", "", int(list.size())));
            emit searchFinished();
        });
}

void PlayersPage::showPlayer(const QString &gameId, const QString &playerId)
{
    if (gameId.isEmpty() || playerId.isEmpty())
        return;
    if (const int index = m_game->findData(gameId); index >= 0) {
        if (index != m_game->currentIndex())
            m_game->setCurrentIndex(index);
    } else {
        m_wantedGame = gameId;
    }
    if (gameId == m_gameId && playerId == m_playerId && m_stack->currentWidget() == m_profile)
        return;
    m_gameId = gameId;
    m_playerId = playerId;
    scheduleProfile();
}

void PlayersPage::scheduleProfile()
{
    if (!m_playerId.isEmpty() && !m_profileTimer.isActive())
        m_profileTimer.start();
}

void PlayersPage::loadProfile()
{
    if (m_playerId.isEmpty())
        return;
    if (m_profileInFlight) {
        m_profileAgain = true;
        return;
    }
    m_profileInFlight = true;
    const QString gameId = m_gameId;
    const QString playerId = m_playerId;
    m_context.invoker.call<PlayerProfileSnapshot>(
        this,
        [gameId, playerId](Engine &engine, Callback<PlayerProfileSnapshot> reply) {
            readPlayerProfile(engine, gameId, playerId, std::move(reply));
        },
        [this, gameId, playerId](Result<PlayerProfileSnapshot> snapshot) {
            m_profileInFlight = false;
            const bool stale = gameId != m_gameId || playerId != m_playerId;
            if (std::exchange(m_profileAgain, false) || stale)
                scheduleProfile();
            if (stale)
                return;
            if (!snapshot) {
                m_empty->setText(snapshot.error().status == 404
                        ? tr("No player “%1” in this game — players appear once they log in.").arg(playerId)
                        : tr("Cannot read the profile: %1").arg(describe(snapshot.error())));
                m_stack->setCurrentWidget(m_empty);
                return;
            }
            showProfile(snapshot.value());
        });
}

void PlayersPage::showProfile(const PlayerProfileSnapshot &snapshot)
{
    m_profile->setSnapshot(snapshot);
    m_stack->setCurrentWidget(m_profile);
    emit profileShown();
}

void PlayersPage::report(bool ok, const QString &message)
{
    m_message->setText(message);
    m_message->setStyleSheet(ok ? QString() : QStringLiteral("color: rgb(198,40,40);"));
    emit actionFinished(ok, message);
}

void PlayersPage::banPlayer()
{
    if (m_playerId.isEmpty())
        return;
    startNewBan(this, m_context.invoker, m_gameId, m_playerId, [this](const Ban &ban) {
        report(true, tr("Banned (ban %1).").arg(ban.id));
        scheduleProfile();
    });
}

void PlayersPage::liftBan()
{
    const std::optional<Ban> ban = m_profile->banToLift();
    if (m_playerId.isEmpty() || !ban)
        return;
    startLiftBan(this, m_context.invoker, *ban, [this](const Ban &lifted) {
        report(true, tr("Ban %1 lifted.").arg(lifted.id));
        scheduleProfile();
    });
}

void PlayersPage::setTier(const QString &tier)
{
    if (m_playerId.isEmpty())
        return;
    const std::optional<TrustTier> chosen = tier.isEmpty() ? std::nullopt : tierFromName(tier);
    const Actor actor = consoleActor();
    m_profile->setBusy(true);
    m_context.invoker.call<Unit>(
        this,
        [g = m_gameId, p = m_playerId, chosen, actor](Engine &engine, Callback<Unit> reply) {
            engine.scores()->setPlayerTier(g, p, chosen, actor, std::move(reply));
        },
        [this, tier](Result<Unit> result) {
            m_profile->setBusy(false);
            if (!result)
                return report(false, tr("Cannot set the tier: %1").arg(describe(result.error())));
            report(true, tier.isEmpty() ? tr("Tier back to automatic.") : tr("Tier set to %1.").arg(tier));
            scheduleProfile();
        });
}

void PlayersPage::exportProfile()
{
    if (m_playerId.isEmpty() || m_stack->currentWidget() != m_profile)
        return;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("player-%1.json").arg(m_playerId));
    auto *dialog = new QFileDialog(this, tr("Export the player's profile"), suggested, tr("JSON files (*.json)"));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &PlayersPage::exportTo);
    dialog->open();
}

void PlayersPage::exportTo(const QString &path)
{
    if (path.isEmpty())
        return;
    // A profile is at most a few hundred rows: writing it here takes a millisecond.
    QSaveFile file(path);
    const QByteArray json = QJsonDocument(m_profile->snapshot().toJson()).toJson(QJsonDocument::Indented);
    const bool ok = file.open(QIODevice::WriteOnly) && file.write(json) == json.size() && file.commit();
    report(ok,
        ok ? tr("Profile exported to %1.").arg(QDir::toNativeSeparators(path))
           : tr("Export failed: %1").arg(file.errorString()));
}

} // namespace arbiter::ui
