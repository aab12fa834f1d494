#include "widgets/gamedetails.h"

#include "displayformat.h"
#include "domain/detectionsettings.h"
#include "models/boardsmodel.h"
#include "models/buildsmodel.h"
#include "models/keysmodel.h"
#include "models/tournamentsmodel.h"
#include "widgets/headerstate.h"

#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace arbiter::ui {

namespace {

QTableView *makeTable(QAbstractItemModel *model, const QString &name, const QString &accessibleName)
{
    auto *view = new QTableView;
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    view->setMinimumHeight(90);
    return view;
}

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

} // namespace

GameDetails::GameDetails(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_id(new QLabel)
    , m_settings(new QLabel)
    , m_secretState(new QLabel)
    , m_keys(new KeysModel(this))
    , m_builds(new BuildsModel(this))
    , m_keysView(makeTable(m_keys, QStringLiteral("keysView"), tr("Encryption keys")))
    , m_buildsView(makeTable(m_builds, QStringLiteral("buildsView"), tr("Build signatures")))
    , m_revokeKey(button(tr("&Revoke key…"), QStringLiteral("revokeKey"), this))
    , m_removeBuild(button(tr("Re&move build…"), QStringLiteral("removeBuild"), this))
    , m_boards(new BoardsModel(this))
    , m_tournaments(new TournamentsModel(this))
    , m_boardsView(makeTable(m_boards, QStringLiteral("boardsView"), tr("Boards")))
    , m_tournamentsView(makeTable(m_tournaments, QStringLiteral("tournamentsView"), tr("Tournaments")))
    , m_editBoard(button(tr("Edit b&oard…"), QStringLiteral("editBoard"), this))
    , m_testWebhook(button(tr("Send &test webhook"), QStringLiteral("testWebhook"), this))
    , m_webhookState(new QLabel)
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("gameTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_id->setForegroundRole(QPalette::PlaceholderText);
    m_settings->setObjectName(QStringLiteral("gameSettings"));
    m_settings->setTextFormat(Qt::RichText);
    m_settings->setWordWrap(false);
    m_secretState->setObjectName(QStringLiteral("secretState"));
    m_secretState->setWordWrap(true);

    auto *edit = button(tr("&Edit…"), QStringLiteral("editGame"), this);
    auto *secret = button(tr("Generate &secret…"), QStringLiteral("generateSecret"), this);
    auto *key = button(tr("Generate &key…"), QStringLiteral("generateKey"), this);
    auto *addBuild = button(tr("Add &build…"), QStringLiteral("addBuild"), this);
    edit->setToolTip(tr("Edit the game's settings (Ctrl+E)"));
    secret->setToolTip(tr("Create a new backend secret; the old one stops working at once"));
    connect(edit, &QPushButton::clicked, this, &GameDetails::editRequested);
    connect(secret, &QPushButton::clicked, this, &GameDetails::generateSecretRequested);
    connect(key, &QPushButton::clicked, this, &GameDetails::generateKeyRequested);
    connect(m_revokeKey, &QPushButton::clicked, this, &GameDetails::revokeKeyRequested);
    connect(addBuild, &QPushButton::clicked, this, &GameDetails::addBuildRequested);
    connect(m_removeBuild, &QPushButton::clicked, this, &GameDetails::removeBuildRequested);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(edit);

    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secretState, 1);
    secretRow->addWidget(secret);
    auto *secretBox = new QGroupBox(tr("Backend secret"));
    secretBox->setLayout(secretRow);

    auto *keyButtons = new QHBoxLayout;
    keyButtons->addWidget(key);
    keyButtons->addWidget(m_revokeKey);
    keyButtons->addStretch();
    auto *keysLayout = new QVBoxLayout;
    keysLayout->addWidget(m_keysView);
    keysLayout->addLayout(keyButtons);
    auto *keysBox = new QGroupBox(tr("Encryption keys (AES-256-GCM)"));
    keysBox->setLayout(keysLayout);

    auto *buildButtons = new QHBoxLayout;
    buildButtons->addWidget(addBuild);
    buildButtons->addWidget(m_removeBuild);
    buildButtons->addStretch();
    auto *buildsLayout = new QVBoxLayout;
    buildsLayout->addWidget(m_buildsView);
    buildsLayout->addLayout(buildButtons);
    auto *buildsBox = new QGroupBox(tr("Build signatures"));
    buildsBox->setLayout(buildsLayout);

    m_webhookState->setObjectName(QStringLiteral("webhookState"));
    m_webhookState->setWordWrap(true);
    m_testWebhook->setToolTip(tr("Queue a test message to the game's webhook URL and show how its delivery went"));
    connect(m_testWebhook, &QPushButton::clicked, this, &GameDetails::testWebhookRequested);
    auto *webhookRow = new QHBoxLayout;
    webhookRow->addWidget(m_webhookState, 1);
    webhookRow->addWidget(m_testWebhook);

    auto *newBoard = button(tr("&New board…"), QStringLiteral("newBoard"), this);
    auto *newTournament = button(tr("New tour&nament…"), QStringLiteral("newTournament"), this);
    newBoard->setToolTip(tr("Create a leaderboard for this game"));
    m_editBoard->setToolTip(tr("Rename the board or change its scoring (a new rule-set version)"));
    connect(newBoard, &QPushButton::clicked, this, &GameDetails::newBoardRequested);
    connect(m_editBoard, &QPushButton::clicked, this, &GameDetails::editBoardRequested);
    connect(newTournament, &QPushButton::clicked, this, &GameDetails::newTournamentRequested);
    connect(m_boardsView, &QTableView::doubleClicked, this, &GameDetails::editBoardRequested);
    auto *boardButtons = new QHBoxLayout;
    boardButtons->addWidget(newBoard);
    boardButtons->addWidget(m_editBoard);
    boardButtons->addStretch();
    auto *boardsLayout = new QVBoxLayout;
    boardsLayout->addWidget(m_boardsView);
    boardsLayout->addLayout(boardButtons);
    auto *boardsBox = new QGroupBox(tr("Boards"));
    boardsBox->setLayout(boardsLayout);
    auto *tournamentButtons = new QHBoxLayout;
    tournamentButtons->addWidget(newTournament);
    tournamentButtons->addStretch();
    auto *tournamentsLayout = new QVBoxLayout;
    tournamentsLayout->addWidget(m_tournamentsView);
    tournamentsLayout->addLayout(tournamentButtons);
    auto *tournamentsBox = new QGroupBox(tr("Tournaments"));
    tournamentsBox->setLayout(tournamentsLayout);

    auto *security = new QWidget;
    auto *securityLayout = new QVBoxLayout(security);
    securityLayout->addWidget(keysBox, 1);
    securityLayout->addWidget(buildsBox, 2);
    auto *play = new QWidget;
    auto *playLayout = new QVBoxLayout(play);
    playLayout->addWidget(boardsBox, 3);
    playLayout->addWidget(tournamentsBox, 2);
    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("detailsTabs"));
    tabs->addTab(security, tr("&Keys && builds"));
    tabs->addTab(play, tr("Boards && to&urnaments"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_id);
    layout->addWidget(m_settings);
    layout->addLayout(webhookRow);
    layout->addWidget(secretBox);
    layout->addWidget(tabs, 1);

    // Wide enough for a whole key id, date and SHA-256 unless the moderator saved other widths.
    const QFontMetrics fixed(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const int dateWidth = fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31 23:59:59")) + 24;
    m_keysView->setColumnWidth(KeysModel::KeyId, fixed.horizontalAdvance(QStringLiteral("00000000")) + 40);
    m_keysView->setColumnWidth(KeysModel::Created, dateWidth);
    m_buildsView->setColumnWidth(BuildsModel::Label, 170);
    m_buildsView->setColumnWidth(BuildsModel::Added, dateWidth);
    m_buildsView->setTextElideMode(Qt::ElideMiddle); // both ends of a hash are what people compare
    persistHeaderState(m_keysView->horizontalHeader(), QStringLiteral("gameKeys"));
    persistHeaderState(m_buildsView->horizontalHeader(), QStringLiteral("gameBuilds"));
    m_boardsView->setColumnWidth(BoardsModel::Name, 180);
    m_boardsView->setColumnWidth(BoardsModel::SortOrder, 50);
    m_boardsView->setColumnWidth(BoardsModel::Operator, 110);
    m_boardsView->setColumnWidth(BoardsModel::Reset, 70);
    m_tournamentsView->setColumnWidth(TournamentsModel::Name, 140);
    m_tournamentsView->setColumnWidth(TournamentsModel::MaxAttempts, 70);
    m_tournamentsView->setColumnWidth(TournamentsModel::StartsAt, dateWidth);
    m_tournamentsView->setColumnWidth(TournamentsModel::EndsAt, dateWidth);
    persistHeaderState(m_boardsView->horizontalHeader(), QStringLiteral("gameBoards"));
    persistHeaderState(m_tournamentsView->horizontalHeader(), QStringLiteral("gameTournaments"));
    connect(m_boardsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &GameDetails::updateButtons);
    connect(m_boards, &QAbstractItemModel::modelReset, this, &GameDetails::updateButtons);
    connect(m_keysView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &GameDetails::updateButtons);
    connect(m_buildsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &GameDetails::updateButtons);
    connect(m_keys, &QAbstractItemModel::modelReset, this, &GameDetails::updateButtons);
    connect(m_builds, &QAbstractItemModel::modelReset, this, &GameDetails::updateButtons);
    updateButtons();
}

void GameDetails::setGame(const Game &game)
{
    const GameSettings &s = game.settings;
    m_title->setText(s.name);
    m_id->setText(tr("Game id %1 · created %2").arg(game.id, localTime(game.createdAtMs)));
    const auto onOff = [](bool on) { return on ? tr("on") : tr("off"); };
    const QString row = QStringLiteral("<tr><td style='padding-right:12px'>%1</td><td><b>%2</b></td></tr>");
    QString html = QStringLiteral("<table>");
    html += row.arg(tr("Anti-cheat"), onOff(s.antiCheat));
    html += row.arg(tr("Test mode"), onOff(s.testMode));
    html += row.arg(tr("Auto-ban"), onOff(s.autoBan));
    html += row.arg(tr("Trust proxy"), onOff(s.trustProxy));
    html += row.arg(tr("Webhook"), s.webhookUrl.isEmpty() ? tr("none") : s.webhookUrl.toHtmlEscaped());
    int changed = 0;
    const QJsonObject defaults = defaultDetectionSettings();
    const QJsonObject effective = effectiveDetectionSettings(s.detectionOverrides);
    for (auto it = effective.begin(); it != effective.end(); ++it)
        if (it.value() != defaults.value(it.key()))
            ++changed;
    html += row.arg(tr("Detection"), changed == 0 ? tr("default thresholds")
                                                  : tr("%n setting group(s) changed from the defaults", nullptr, changed));
    html += QStringLiteral("</table>");
    m_settings->setText(html);
    if (game.id != m_gameId) {
        m_gameId = game.id;
        m_webhookState->setText(tr("Ban reports go to the webhook URL; send a test message to check it."));
    }
    m_testWebhook->setEnabled(!s.webhookUrl.isEmpty());
    m_testWebhook->setToolTip(s.webhookUrl.isEmpty() ? tr("Set a webhook URL first (Edit…)") : QString());
    m_secretState->setText(game.secretHash.isEmpty()
                               ? tr("No secret yet. The game backend needs one to submit scores for players.")
                               : tr("A secret is set. Generating a new one replaces it at once."));

    // Keep the selected key or build selected across the refresh that follows every action.
    const QString key = selectedKeyId();
    const QString build = selectedBuildSha();
    m_keys->setKeys(game.keys);
    m_builds->setBuilds(game.builds);
    for (int r = 0; r < m_keys->rowCount(); ++r)
        if (!key.isEmpty() && m_keys->keyId(r) == key)
            m_keysView->selectRow(r);
    for (int r = 0; r < m_builds->rowCount(); ++r)
        if (!build.isEmpty() && m_builds->build(r)->sha256 == build)
            m_buildsView->selectRow(r);
    updateButtons();
}

QString GameDetails::selectedKeyId() const
{
    const QModelIndexList rows = m_keysView->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_keys->isActive(rows.first().row()))
        return {};
    return m_keys->keyId(rows.first().row());
}

QString GameDetails::selectedBuildSha() const
{
    const QModelIndexList rows = m_buildsView->selectionModel()->selectedRows();
    const BuildSignature *build = rows.isEmpty() ? nullptr : m_builds->build(rows.first().row());
    return build ? build->sha256 : QString();
}

void GameDetails::setBoards(const QList<Board> &boards)
{
    const QString keep = selectedBoardId();
    m_boards->setBoards(boards);
    selectBoard(keep);
    updateButtons();
}

void GameDetails::setTournaments(const QList<Tournament> &tournaments)
{
    m_tournaments->setTournaments(tournaments);
}

QString GameDetails::selectedBoardId() const
{
    const QModelIndexList rows = m_boardsView->selectionModel()->selectedRows();
    const Board *board = rows.isEmpty() ? nullptr : m_boards->board(rows.first().row());
    return board ? board->id : QString();
}

void GameDetails::selectBoard(const QString &boardId)
{
    const int row = boardId.isEmpty() ? -1 : m_boards->rowOf(boardId);
    if (row >= 0)
        m_boardsView->selectRow(row);
}

void GameDetails::setWebhookState(const QString &text)
{
    m_webhookState->setText(text);
}

void GameDetails::updateButtons()
{
    m_editBoard->setEnabled(!selectedBoardId().isEmpty());
    m_revokeKey->setEnabled(!selectedKeyId().isEmpty());
    m_removeBuild->setEnabled(!selectedBuildSha().isEmpty());
}

} // namespace arbiter::ui
