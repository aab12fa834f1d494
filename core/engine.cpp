#include "engine.h"

#include "admintoken.h"
#include "api/routetable.h"
#include "api/router.h"
#include "crypto/selftest.h"
#include "enforcement/banservice.h"
#include "enforcement/enforcementstate.h"
#include "enforcement/loginservice.h"
#include "enforcement/watchservice.h"
#include "games/gameservice.h"
#include "http/httpserver.h"
#include "outbox/webhookdeliverer.h"
#include "scores/boardservice.h"
#include "leaderboard/leaderboard.h"
#include "scores/flagservice.h"
#include "scores/scoreevents.h"
#include "scores/scoreservice.h"
#include "storage/scorerepository.h"
#include "storage/tournamentrepository.h"
#include "tournaments/tournamentservice.h"
#include "outbox/webhookoutbox.h"
#include "storage/enforcementrepository.h"
#include "storage/gamerepository.h"
#include "storage/writer.h"
#include "util/batchqueue.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QLoggingCategory>
#include <QStandardPaths>

namespace arbiter {

Q_LOGGING_CATEGORY(lcEngine, "arbiter.engine")

QString EngineConfig::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Engine::Engine(EngineConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    if (m_config.dataDir.isEmpty())
        m_config.dataDir = EngineConfig::defaultDataDir();
}

Engine::~Engine()
{
    shutdown();
}

template <class F> void Engine::onCore(F &&fn)
{
    QMetaObject::invokeMethod(m_coreRoot.get(), std::forward<F>(fn), Qt::BlockingQueuedConnection);
}

QString Engine::databasePath() const
{
    return QDir(m_config.dataDir).filePath(databaseFileName());
}

quint16 Engine::port() const
{
    return m_server ? m_server->port() : 0;
}

QString Engine::baseUrl() const
{
    if (!m_server)
        return {};
    QHostAddress address = m_server->address();
    QString host = address.toString();
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return QStringLiteral("%1://%2:%3").arg(m_server->isTls() ? QStringLiteral("https") : QStringLiteral("http"), host)
        .arg(m_server->port());
}

Status Engine::loadEnforcement()
{
    auto state = std::make_unique<EnforcementState>();
    QHash<QString, QString> reportByBan;
    QHash<qint64, QString> banByDelivery;
    const qint64 now = m_config.clock->nowMs();
    const Status loaded = m_writer->runSync([&](QSqlDatabase &db) -> Status {
        auto players = EnforcementRepository::loadPlayers(db);
        auto sessions = EnforcementRepository::loadLiveSessions(db, now);
        auto bans = EnforcementRepository::loadBans(db);
        auto watch = EnforcementRepository::loadWatchStates(db);
        auto deliveries = WebhookOutbox::list(db, QString(), std::numeric_limits<int>::max());
        if (!players || !sessions || !bans || !watch || !deliveries)
            return Error::unavailable(QStringLiteral("cannot load players, sessions and bans"));
        for (const Player &p : players.value()) {
            for (auto it = p.devices.cbegin(); it != p.devices.cend(); ++it)
                state->links.link(p.gameId, p.playerId, it.key(), QString());
            for (auto it = p.ips.cbegin(); it != p.ips.cend(); ++it)
                state->links.link(p.gameId, p.playerId, QString(), it.key());
        }
        state->players.load(std::move(players).value());
        state->sessions.load(sessions.value());
        state->bans.load(bans.value());
        for (const Ban &ban : bans.value())
            if (!ban.playerId.isEmpty() && ban.activeAt(now))
                state->links.setBanned(ban.gameId, ban.playerId, true);
        for (const StoredWatchState &w : watch.value())
            state->tracker.restore(w.gameId, w.playerId, w.state);
        // Oldest first, so each ban keeps the state of its latest delivery.
        QList<WebhookDelivery> rows = deliveries.value();
        std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
        for (const WebhookDelivery &row : rows) {
            if (row.banId.isEmpty())
                continue;
            reportByBan.insert(row.banId, row.state);
            banByDelivery.insert(row.id, row.banId);
        }
        return success();
    });
    if (!loaded)
        return loaded;
    m_enforcement = std::move(state);
    m_reportByBan = std::move(reportByBan);
    m_banByDelivery = std::move(banByDelivery);
    return success();
}

Status Engine::loadScores()
{
    // Runs before the listener starts: nothing else touches these core-thread objects yet. The
    // writer thread reads and decodes the rows and restores the event keys (a set only it touches
    // during the load); this thread applies the rows to boards, windows and tiers meanwhile: a
    // pipeline over the two cores instead of one thread doing everything.
    const qint64 now = m_config.clock->nowMs();
    const qint64 windowStart = now - 60 * 60 * 1000; // the longest rule window is an hour
    const QList<BoardState *> boards = m_boards->allStates();
    for (BoardState *board : boards)
        board->leaderboard->beginBulkLoad(); // one sort and an O(n) build instead of n inserts

    constexpr size_t kBatchRows = 4096;
    using Batch = std::vector<CountedRow>;
    auto rows = std::make_shared<BatchQueue<Batch>>(16);
    auto cheats = std::make_shared<QList<std::pair<QString, qint64>>>();
    ScoreService *scores = m_scores;
    m_writer->submit(
        [rows, cheats, scores](QSqlDatabase &db) -> Status {
            Status status = success();
            if (Result<qint64> count = ScoreRepository::storedCount(db); count)
                scores->reserveEventKeys(count.value());
            else
                status = count.error();
            Batch batch;
            batch.reserve(kBatchRows);
            if (status)
                status = ScoreRepository::visitAll(db, [&](CountedRow &row, QByteArrayView eventUuidUtf8) {
                    scores->restoreEventKey(row.gameId, eventUuidUtf8, row.id); // here: the reader below is the busier
                    batch.push_back(std::move(row)); // every row: its player's newest id; counted ones more
                    if (batch.size() == kBatchRows) {
                        rows->push(std::move(batch));
                        batch = Batch();
                        batch.reserve(kBatchRows);
                    }
                });
            if (!batch.empty())
                rows->push(std::move(batch));
            if (status) {
                if (auto found = ScoreRepository::confirmedCheats(db); found)
                    *cheats = std::move(found).value();
                else
                    status = found.error();
            }
            rows->close(status); // the last touch of the queue: the reader may go on at once
            return status;
        },
        nullptr, {});
    while (std::optional<Batch> batch = rows->pop())
        for (const CountedRow &row : *batch) {
            m_scores->restoreNewest(row.gameId, row.playerId, row.id);
            if (!row.counted)
                continue;
            char16_t idText[24]; // the boards keep a hash of the id's text: written here, not allocated
            const QStringView id = row.idPacked ? writeObjectId(row.id, idText) : QStringView(row.idText);
            m_scores->restoreCounted(row.gameId, row.boardId, id, row.playerId, row.value, row.points, row.atMs,
                                     row.accepted, row.atMs >= windowStart);
        }
    const Status loaded = rows->status();
    if (loaded)
        for (const auto &[key, at] : std::as_const(*cheats)) {
            const qsizetype split = key.indexOf(QChar(0));
            m_scores->tiers().recordConfirmedCheat(key.left(split), key.mid(split + 1), at);
        }
    for (BoardState *board : boards)
        board->leaderboard->endBulkLoad();
    m_enforcement->players.forEach([this](const Player &player) {
        if (player.tierSetByModerator)
            m_scores->tiers().setModeratorTier(player.gameId, player.playerId, tierFromName(player.tier));
    });
    for (const Ban &ban : m_enforcement->bans.list(QString(), true, m_config.clock->nowMs()))
        if (!ban.playerId.isEmpty())
            m_boards->setPlayerHidden(ban.gameId, ban.playerId, true);
    m_scores->rules().prune(now);
    return loaded;
}

QList<RouteInfo> Engine::routes() const
{
    return m_router ? m_router->routes() : QList<RouteInfo>();
}

Status Engine::start()
{
    if (m_running)
        return success();
    if (Status s = crypto::selfTest(); !s)
        return Error::unavailable(QStringLiteral("cryptographic self-test failed, refusing to start: ") + s.error().detail);
    if (!QDir().mkpath(m_config.dataDir))
        return Error::unavailable(QStringLiteral("cannot create the data folder %1").arg(m_config.dataDir));

    Result<AdminToken> token = AdminToken::load(m_config.dataDir);
    if (!token)
        return token.error();
    m_adminToken = token->token;
    m_adminTokenPath = token->filePath;
    m_adminTokenCreated = token->created;

    m_writer = std::make_unique<Writer>(databasePath());
    if (Status s = m_writer->start(); !s) {
        m_writer.reset();
        return s;
    }
    Result<QList<Game>> games = Error::unavailable({});
    Result<QList<Board>> boards = Error::unavailable({});
    Result<QList<Tournament>> tournaments = Error::unavailable({});
    Result<QList<Round>> rounds = Error::unavailable({});
    if (Status s = m_writer->runSync([&games, &boards, &tournaments, &rounds](QSqlDatabase &db) {
            games = GameRepository::loadAll(db);
            boards = ScoreRepository::loadBoards(db);
            tournaments = TournamentRepository::loadTournaments(db);
            rounds = TournamentRepository::loadRounds(db);
            for (const Error *error : {boards ? nullptr : &boards.error(), tournaments ? nullptr : &tournaments.error(),
                                       rounds ? nullptr : &rounds.error()})
                if (error)
                    return Status(*error);
            return games ? success() : Status(games.error());
        });
        !s) {
        m_writer.reset();
        return s;
    }
    if (Status s = loadEnforcement(); !s) {
        m_writer.reset();
        return s;
    }

    m_coreThread = std::make_unique<QThread>();
    m_coreThread->setObjectName(QStringLiteral("arbiter-core"));
    m_coreRoot = std::make_unique<QObject>();
    m_coreRoot->moveToThread(m_coreThread.get());
    m_coreThread->start();

    QString listenError;
    bool listening = false;
    onCore([&] {
        const Clock &clock = *m_config.clock;
        m_games = new GameService(*m_writer, clock, std::move(games).value(), m_coreRoot.get());
        m_bans = new BanService(*m_writer, clock, *m_games, *m_enforcement, m_coreRoot.get());
        m_bans->loadReportStates(m_reportByBan, m_banByDelivery);
        m_watch = new WatchService(*m_writer, clock, *m_games, *m_enforcement, *m_bans, m_coreRoot.get());
        m_logins = new LoginService(*m_writer, clock, *m_games, *m_enforcement, *m_bans, *m_watch, m_coreRoot.get());
        m_deliverer = std::make_unique<WebhookDeliverer>(*m_writer, clock, m_config.delivery);
        m_bans->setDeliverer(m_deliverer.get());
        connect(m_deliverer.get(), &WebhookDeliverer::deliveryChanged, m_bans, &BanService::onDeliveryChanged,
                Qt::QueuedConnection);
        m_deliverer->start();
        m_boards = new BoardService(*m_writer, clock, *m_games, std::move(boards).value(), m_coreRoot.get());
        m_scoreEvents = new ScoreEvents(m_coreRoot.get());
        m_scores = new ScoreService(*m_writer, clock, *m_games, *m_boards, *m_enforcement, *m_watch, *m_scoreEvents,
                                    m_coreRoot.get());
        m_flags = new FlagService(*m_writer, clock, *m_scores, *m_watch, *m_scoreEvents, m_coreRoot.get());
        m_tournaments = new TournamentService(*m_writer, clock, *m_games, *m_boards, *m_scores, *m_watch, *m_scoreEvents,
                                              std::move(tournaments).value(), std::move(rounds).value(), m_coreRoot.get());
        connect(m_games, &GameService::gameChanged, m_scores, &ScoreService::invalidateSettings);
        connect(m_bans, &BanService::playerBanned, m_scores, &ScoreService::onPlayerBanned);
        connect(m_bans, &BanService::playerUnbanned, m_scores, &ScoreService::onPlayerUnbanned);
        m_router = new Router(Authenticator(
            m_adminToken, [logins = m_logins](QByteArrayView token) { return logins->authenticate(token); },
            [games = m_games](const QString &gameId, QByteArrayView secret) { return games->checkSecret(gameId, secret); }));
        m_routeTable = new RouteTable(ApiServices{*m_games, *m_writer, clock, m_coreRoot.get(), *m_enforcement, *m_logins,
                                                  *m_watch, *m_bans, *m_deliverer, *m_boards, *m_scores, *m_flags,
                                                  *m_tournaments});
        m_routeTable->registerAll(*m_router);
        m_server = new HttpServer(m_router, m_config.limits, m_coreRoot.get());
    });
    if (Status s = loadScores(); !s) {
        m_running = true;
        shutdown();
        return s;
    }
    onCore([&] {
        if (!m_config.tlsCertFile.isEmpty() || !m_config.tlsKeyFile.isEmpty())
            listening = m_server->listenTls(m_config.listenAddress, m_config.port, m_config.tlsCertFile,
                                            m_config.tlsKeyFile, &listenError);
        else
            listening = m_server->listen(m_config.listenAddress, m_config.port, &listenError);
    });
    m_running = true;
    if (!listening) {
        shutdown();
        return Error::unavailable(QStringLiteral("cannot listen on %1:%2: %3")
                                      .arg(m_config.listenAddress.toString())
                                      .arg(m_config.port)
                                      .arg(listenError));
    }
    qCInfo(lcEngine) << "engine started; database" << databasePath();
    return success();
}

void Engine::shutdown()
{
    if (!m_running)
        return;
    m_running = false;

    onCore([this] { m_server->stopAccepting(); });
    // In-flight requests wait for their commits; the writer is still running, so they finish.
    const QDeadlineTimer deadline(10000);
    for (;;) {
        int inFlight = 0;
        onCore([&] { inFlight = m_server->inFlightRequests(); });
        if (inFlight == 0 || deadline.hasExpired())
            break;
        QThread::msleep(5);
    }
    QThread::msleep(20); // lets the core loop flush the last responses to their sockets
    onCore([this] { m_deliverer->stop(); }); // an unfinished delivery stays pending and is retried at the next start
    m_writer->stop();
    onCore([this] {
        m_deliverer.reset();
        delete m_server;
        m_server = nullptr;
        delete m_routeTable;
        m_routeTable = nullptr;
        delete m_router;
        m_router = nullptr;
        delete m_tournaments;
        m_tournaments = nullptr;
        delete m_flags;
        m_flags = nullptr;
        delete m_scores;
        m_scores = nullptr;
        delete m_scoreEvents;
        m_scoreEvents = nullptr;
        delete m_boards;
        m_boards = nullptr;
        delete m_logins;
        m_logins = nullptr;
        delete m_watch;
        m_watch = nullptr;
        delete m_bans;
        m_bans = nullptr;
        delete m_games;
        m_games = nullptr;
    });
    m_coreThread->quit();
    m_coreThread->wait();
    m_coreRoot.reset();
    m_coreThread.reset();
    m_writer.reset();
    m_enforcement.reset();
}

} // namespace arbiter
