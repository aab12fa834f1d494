#include "pages/gamespage.h"

#include "coreinvoker.h"
#include "dialogs/addbuilddialog.h"
#include "dialogs/confirmation.h"
#include "dialogs/gamedialog.h"
#include "dialogs/secretdialog.h"
#include "displayformat.h"
#include "models/gamesmodel.h"
#include "moderator.h"
#include "outbox/webhookdeliverer.h"
#include "scores/boardservice.h"
#include "widgets/gamedetails.h"
#include "widgets/headerstate.h"
#include "widgets/pagechrome.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace arbiter::ui {

namespace {

void showFailure(QWidget *parent, const QString &what, const Error &error)
{
    auto *box = new QMessageBox(QMessageBox::Critical, what, describe(error), QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("failure"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QWidget *emptyState(QPushButton *create)
{
    auto *widget = new QWidget;
    widget->setObjectName(QStringLiteral("emptyState"));
    auto *title = new QLabel(GamesPage::tr("No games yet"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    title->setFont(f);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(GamesPage::tr("Create a game to get its id, a backend secret and encryption keys, and to "
                                          "register the builds allowed to log in."));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);

    // A fixed-width column: a word-wrapped label only gets its real height from a layout that
    // gives it a width, which alignment flags would take away.
    auto *column = new QWidget;
    column->setFixedWidth(480);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(title);
    columnLayout->addWidget(text);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(create, 0, Qt::AlignHCenter);

    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(column);
    row->addStretch();
    auto *layout = new QVBoxLayout(widget);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
    return widget;
}

} // namespace

GamesPage::GamesPage(CoreInvoker &invoker, QWidget *parent)
    : QWidget(parent)
    , m_invoker(invoker)
    , m_model(new GamesModel(this))
    , m_stack(new QStackedWidget)
    , m_list(new QTableView)
    , m_details(new GameDetails)
{
    setObjectName(QStringLiteral("gamesPage"));

    auto *heading = pageHeading(tr("Games"));
    auto *newGame = new QPushButton(tr("&New game…"));
    newGame->setObjectName(QStringLiteral("newGame"));
    newGame->setToolTip(tr("Create a game (Ctrl+N)"));
    connect(newGame, &QPushButton::clicked, this, &GamesPage::createGame);
    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(newGame);

    auto *createFirst = new QPushButton(tr("&Create game"));
    createFirst->setObjectName(QStringLiteral("createFirstGame"));
    createFirst->setDefault(true);
    connect(createFirst, &QPushButton::clicked, this, &GamesPage::createGame);

    m_list->setObjectName(QStringLiteral("gamesView"));
    m_list->setAccessibleName(tr("Games"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    m_list->setMinimumWidth(340);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(false);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_list->horizontalHeader()->setSectionResizeMode(GamesModel::Name, QHeaderView::Stretch);
    for (int c = GamesModel::AntiCheat; c < GamesModel::ColumnCount; ++c)
        m_list->setColumnWidth(c, m_list->fontMetrics().horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + 28);
    persistHeaderState(m_list->horizontalHeader(), QStringLiteral("games"));
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        if (const Game *game = m_model->game(index.row())) {
            m_currentId = game->id;
            showCurrent();
        }
    });
    connect(m_list, &QTableView::doubleClicked, this, &GamesPage::editGame);

    auto *detailsHost = new QWidget;
    auto *detailsLayout = new QVBoxLayout(detailsHost);
    detailsLayout->setContentsMargins(12, 0, 0, 0);
    detailsLayout->addWidget(m_details);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("gamesSplitter"));
    splitter->addWidget(m_list);
    splitter->addWidget(detailsHost);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({500, 700});
    splitter->setChildrenCollapsible(false);

    m_stack->addWidget(emptyState(createFirst));
    m_stack->addWidget(splitter);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    connect(m_details, &GameDetails::editRequested, this, &GamesPage::editGame);
    connect(m_details, &GameDetails::generateSecretRequested, this, &GamesPage::generateSecret);
    connect(m_details, &GameDetails::generateKeyRequested, this, &GamesPage::generateKey);
    connect(m_details, &GameDetails::revokeKeyRequested, this, &GamesPage::revokeKey);
    connect(m_details, &GameDetails::addBuildRequested, this, &GamesPage::addBuild);
    connect(m_details, &GameDetails::removeBuildRequested, this, &GamesPage::removeBuild);
    connect(m_details, &GameDetails::newBoardRequested, this, &GamesPage::createBoard);
    connect(m_details, &GameDetails::editBoardRequested, this, &GamesPage::editBoard);
    connect(m_details, &GameDetails::newTournamentRequested, this, &GamesPage::createTournament);
    connect(m_details, &GameDetails::testWebhookRequested, this, &GamesPage::sendTestWebhook);

    const auto shortcut = [this](const QKeySequence &keys, void (GamesPage::*slot)()) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    shortcut(QKeySequence::New, &GamesPage::createGame);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_E), &GamesPage::editGame);
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), &GamesPage::generateSecret);
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), &GamesPage::generateKey);
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), &GamesPage::addBuild);
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), &GamesPage::createBoard);
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), &GamesPage::editBoard);
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), &GamesPage::createTournament);
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W), &GamesPage::sendTestWebhook);

    // Changes come from the core thread (this console or the admin API); a burst of them
    // becomes one re-read.
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(50);
    connect(&m_reloadTimer, &QTimer::timeout, this, &GamesPage::reload);
    if (GameService *games = m_invoker.engine().games())
        connect(games, &GameService::gameChanged, &m_reloadTimer, qOverload<>(&QTimer::start), Qt::QueuedConnection);
    m_boardsTimer.setSingleShot(true);
    m_boardsTimer.setInterval(50);
    connect(&m_boardsTimer, &QTimer::timeout, this, &GamesPage::reloadBoards);
    if (BoardService *boards = m_invoker.engine().boards())
        connect(boards, &BoardService::boardChanged, &m_boardsTimer, qOverload<>(&QTimer::start), Qt::QueuedConnection);
    if (WebhookDeliverer *deliverer = m_invoker.engine().deliverer())
        connect(deliverer, &WebhookDeliverer::deliveryChanged, this, [this](qint64 id, const QString &) {
            if (id == m_testDeliveryId)
                readTestDelivery();
        }, Qt::QueuedConnection);
    reload();
}

void GamesPage::reload()
{
    m_invoker.read(
        this, [](Engine &engine) { return engine.games()->games(); },
        std::function<void(QList<Game>)>([this](const QList<Game> &games) { showSnapshot(games); }));
}

void GamesPage::showSnapshot(const QList<Game> &games)
{
    m_model->setGames(games);
    m_stack->setCurrentIndex(games.isEmpty() ? 0 : 1);
    QString want = !m_pendingSelection.isEmpty() && m_model->rowOf(m_pendingSelection) >= 0 ? m_pendingSelection
                                                                                            : m_currentId;
    if (m_model->rowOf(want) < 0 && m_model->rowCount() > 0)
        want = m_model->game(0)->id;
    if (want == m_pendingSelection)
        m_pendingSelection.clear();
    selectGame(want);
    showCurrent();
    emit gamesLoaded();
}

void GamesPage::selectGame(const QString &gameId)
{
    const int row = m_model->rowOf(gameId);
    if (row < 0)
        return;
    m_currentId = gameId;
    if (m_list->currentIndex().row() != row)
        m_list->setCurrentIndex(m_model->index(row, 0));
    m_list->selectRow(row);
}

void GamesPage::showCurrent()
{
    if (const Game *game = m_model->game(m_model->rowOf(m_currentId))) {
        m_details->setGame(*game);
        if (m_boardsGameId != game->id)
            reloadBoards();
    }
}

void GamesPage::createGame()
{
    openGameDialog(Game{});
}

void GamesPage::editGame()
{
    if (const Game *game = m_model->game(m_model->rowOf(m_currentId)))
        openGameDialog(*game);
}

void GamesPage::openGameDialog(const Game &game)
{
    auto *dialog = new GameDialog(game, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<GameDialog> guard(dialog);
    connect(dialog, &GameDialog::submitted, this, [this, guard](const GameSettings &s) {
        const QString gameId = guard->gameId();
        const Actor actor = consoleActor();
        std::function<void(Result<Game>)> done = [this, guard](Result<Game> result) {
            if (!result) {
                if (guard)
                    guard->showError(result.error());
                return;
            }
            m_pendingSelection = result->id;
            m_reloadTimer.start();
            if (guard)
                guard->accept();
        };
        if (gameId.isEmpty()) {
            m_invoker.games<Game>(
                this, [s, actor](GameService &games, Callback<Game> reply) { games.create(s, actor, std::move(reply)); },
                std::move(done));
        } else {
            GamePatch patch;
            patch.name = s.name;
            patch.antiCheat = s.antiCheat;
            patch.testMode = s.testMode;
            patch.autoBan = s.autoBan;
            patch.trustProxy = s.trustProxy;
            patch.webhookUrl = s.webhookUrl;
            if (!s.detectionOverrides.isEmpty())
                patch.detection = s.detectionOverrides;
            m_invoker.games<Game>(
                this,
                [gameId, patch, actor](GameService &games, Callback<Game> reply) {
                    games.update(gameId, patch, actor, std::move(reply));
                },
                std::move(done));
        }
    });
    dialog->open();
}

void GamesPage::generateSecret()
{
    const Game *game = m_model->game(m_model->rowOf(m_currentId));
    if (!game)
        return;
    const QString gameId = game->id;
    const QString name = game->settings.name;
    // Ask the core rather than our snapshot, which may be a refresh behind a secret just made.
    m_invoker.read(
        this,
        [gameId](Engine &engine) {
            const Game *g = engine.games()->find(gameId);
            return g && !g->secretHash.isEmpty();
        },
        std::function<void(bool)>([this, gameId, name](bool hasSecret) {
            if (!hasSecret)
                return doGenerateSecret(gameId);
            askToConfirm(this, tr("Replace the secret?"),
                         tr("“%1” already has a secret. A new one replaces it at once: the game backend is refused "
                            "until it is configured with the new secret.")
                             .arg(name),
                         tr("&Replace secret"), [this, gameId] { doGenerateSecret(gameId); });
        }));
}

void GamesPage::doGenerateSecret(const QString &gameId)
{
    const Actor actor = consoleActor();
    const Game *game = m_model->game(m_model->rowOf(gameId));
    const QString name = game ? game->settings.name : gameId;
    m_invoker.games<NewSecret>(
        this,
        [gameId, actor](GameService &games, Callback<NewSecret> reply) {
            games.generateSecret(gameId, actor, std::move(reply));
        },
        [this, name](Result<NewSecret> result) {
            if (!result)
                return showFailure(this, tr("Cannot generate a secret"), result.error());
            auto *dialog = new SecretDialog(
                tr("New secret — %1").arg(name),
                tr("This secret is shown only now and cannot be shown again: copy it into the game backend's "
                   "configuration. It has already replaced any previous secret, which no longer works."),
                this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->addValue(tr("Game id"), result->gameId, QStringLiteral("gameId"));
            dialog->addValue(tr("Secret"), result->secret, QStringLiteral("secret"));
            dialog->open();
        });
}

void GamesPage::generateKey()
{
    const Game *game = m_model->game(m_model->rowOf(m_currentId));
    if (!game)
        return;
    const QString gameId = game->id;
    const QString name = game->settings.name;
    const Actor actor = consoleActor();
    m_invoker.games<NewEncryptionKey>(
        this,
        [gameId, actor](GameService &games, Callback<NewEncryptionKey> reply) {
            games.createKey(gameId, actor, std::move(reply));
        },
        [this, name](Result<NewEncryptionKey> result) {
            if (!result)
                return showFailure(this, tr("Cannot generate an encryption key"), result.error());
            auto *dialog = new SecretDialog(
                tr("New encryption key — %1").arg(name),
                tr("This key is shown only now and cannot be shown again: copy it into the game client build. "
                   "Older keys stay valid until you revoke them."),
                this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->addValue(tr("Key id"), result->keyId, QStringLiteral("keyId"));
            dialog->addValue(tr("Key (base64)"), QString::fromLatin1(result->key.toBase64()), QStringLiteral("key"));
            dialog->open();
        });
}

void GamesPage::revokeKey()
{
    const QString gameId = m_currentId;
    const QString keyId = m_details->selectedKeyId();
    if (gameId.isEmpty() || keyId.isEmpty())
        return;
    askToConfirm(this, tr("Revoke the key?"),
                 tr("Key %1 stops working at once: clients still encrypting with it are refused.").arg(keyId),
                 tr("&Revoke key"), [this, gameId, keyId] {
                     const Actor actor = consoleActor();
                     m_invoker.games<Unit>(
                         this,
                         [gameId, keyId, actor](GameService &games, Callback<Unit> reply) {
                             games.revokeKey(gameId, keyId, actor, std::move(reply));
                         },
                         [this](Result<Unit> result) {
                             if (!result)
                                 showFailure(this, tr("Cannot revoke the key"), result.error());
                         });
                 });
}

void GamesPage::addBuild()
{
    const Game *game = m_model->game(m_model->rowOf(m_currentId));
    if (!game)
        return;
    const QString gameId = game->id;
    auto *dialog = new AddBuildDialog(game->settings.name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<AddBuildDialog> guard(dialog);
    connect(dialog, &AddBuildDialog::submitted, this, [this, gameId, guard](const QString &sha, const QString &label) {
        const Actor actor = consoleActor();
        m_invoker.games<BuildSignature>(
            guard,
            [gameId, sha, label, actor](GameService &games, Callback<BuildSignature> reply) {
                games.addBuild(gameId, sha, label, actor, std::move(reply));
            },
            [guard](Result<BuildSignature> result) {
                if (!result)
                    guard->showError(result.error());
                else
                    guard->accept();
            });
    });
    dialog->open();
}

void GamesPage::removeBuild()
{
    const QString gameId = m_currentId;
    const QString sha = m_details->selectedBuildSha();
    if (gameId.isEmpty() || sha.isEmpty())
        return;
    askToConfirm(this, tr("Remove the build?"),
                 tr("Players still running this build fail the signature check at login, and are banned for it, as long as "
                    "other builds are registered.\n\n%1")
                     .arg(sha),
                 tr("Re&move build"), [this, gameId, sha] {
                     const Actor actor = consoleActor();
                     m_invoker.games<Unit>(
                         this,
                         [gameId, sha, actor](GameService &games, Callback<Unit> reply) {
                             games.removeBuild(gameId, sha, actor, std::move(reply));
                         },
                         [this](Result<Unit> result) {
                             if (!result)
                                 showFailure(this, tr("Cannot remove the build"), result.error());
                         });
                 });
}

} // namespace arbiter::ui
