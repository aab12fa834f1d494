#include "api/routetable.h"

#include "api/auditcontroller.h"
#include "api/clientcontroller.h"
#include "api/enforcementcontroller.h"
#include "api/gamescontroller.h"
#include "api/scorescontroller.h"
#include "api/systemcontroller.h"
#include "api/tournamentscontroller.h"

namespace arbiter {

struct RouteTable::Controllers {
    SystemController system;
    GamesController games;
    AuditController audit;
    ClientController client;
    EnforcementController enforcement;
    ScoresController scores;
    TournamentsController tournaments;
};

RouteTable::RouteTable(const ApiServices &s)
    : m_controllers(new Controllers{SystemController(s.writer, s.clock), GamesController(s.games),
                                    AuditController(s.writer, s.context),
                                    ClientController(s.games, s.logins, s.watch, s.bans),
                                    EnforcementController(s.games, s.bans, s.watch, s.enforcement, s.scores, s.writer, s.deliverer,
                                                          s.clock, s.context),
                                    ScoresController(s.boards, s.scores, s.flags, s.clock),
                                    TournamentsController(s.tournaments, s.boards)})
{
}

RouteTable::~RouteTable() = default;

namespace {

template <class C, class M> RouteHandler bind(C &controller, M method)
{
    return [&controller, method](const RouteRequest &request, Reply reply) { (controller.*method)(request, std::move(reply)); };
}

} // namespace

void RouteTable::registerAll(Router &router)
{
    auto &system = m_controllers->system;
    auto &games = m_controllers->games;
    auto &audit = m_controllers->audit;
    auto &client = m_controllers->client;
    auto &enforcement = m_controllers->enforcement;
    auto &scores = m_controllers->scores;
    auto &tournaments = m_controllers->tournaments;
    const QString game = QStringLiteral("/admin/v1/games/{gameId}");
    // clang-format off
    router.add("GET",    QStringLiteral("/api/health"),   Access::Public, bind(system, &SystemController::health));
    router.add("GET",    QStringLiteral("/openapi.json"), Access::Public, bind(system, &SystemController::openApi));

    router.add("POST",   QStringLiteral("/admin/v1/games"),                  Access::Admin, bind(games, &GamesController::create));
    router.add("GET",    QStringLiteral("/admin/v1/games"),                  Access::Admin, bind(games, &GamesController::list));
    router.add("GET",    game,                                               Access::Admin, bind(games, &GamesController::get));
    router.add("PATCH",  game,                                               Access::Admin, bind(games, &GamesController::patch));
    router.add("POST",   game + QStringLiteral("/secret"),                   Access::Admin, bind(games, &GamesController::generateSecret));
    router.add("POST",   game + QStringLiteral("/encryption-keys"),          Access::Admin, bind(games, &GamesController::createKey));
    router.add("DELETE", game + QStringLiteral("/encryption-keys/{keyId}"),  Access::Admin, bind(games, &GamesController::revokeKey));
    router.add("POST",   game + QStringLiteral("/builds"),                   Access::Admin, bind(games, &GamesController::addBuild));
    router.add("GET",    game + QStringLiteral("/builds"),                   Access::Admin, bind(games, &GamesController::listBuilds));
    router.add("DELETE", game + QStringLiteral("/builds/{sha256}"),          Access::Admin, bind(games, &GamesController::removeBuild));

    router.add("GET",    game + QStringLiteral("/watchlist"),                Access::Admin, bind(enforcement, &EnforcementController::watchlist));
    router.add("GET",    game + QStringLiteral("/players/{playerId}"),       Access::Admin, bind(enforcement, &EnforcementController::player));
    router.add("POST",   game + QStringLiteral("/webhook-test"),             Access::Admin, bind(enforcement, &EnforcementController::testWebhook));

    router.add("POST",   QStringLiteral("/admin/v1/bans"),                      Access::Admin, bind(enforcement, &EnforcementController::createBan));
    router.add("GET",    QStringLiteral("/admin/v1/bans"),                      Access::Admin, bind(enforcement, &EnforcementController::listBans));
    router.add("POST",   QStringLiteral("/admin/v1/bans/{banId}/lift"),         Access::Admin, bind(enforcement, &EnforcementController::liftBan));
    router.add("POST",   QStringLiteral("/admin/v1/bans/{banId}/resend-report"), Access::Admin, bind(enforcement, &EnforcementController::resendReport));
    router.add("GET",    QStringLiteral("/admin/v1/webhook-deliveries"),        Access::Admin, bind(enforcement, &EnforcementController::deliveries));

    router.add("POST",   game + QStringLiteral("/boards"),                         Access::Admin, bind(scores, &ScoresController::createBoard));
    router.add("GET",    game + QStringLiteral("/boards"),                         Access::Admin, bind(scores, &ScoresController::listBoards));
    router.add("PATCH",  QStringLiteral("/admin/v1/boards/{boardId}"),             Access::Admin, bind(scores, &ScoresController::patchBoard));
    router.add("GET",    QStringLiteral("/admin/v1/flags"),                        Access::Admin, bind(scores, &ScoresController::listFlags));
    router.add("GET",    QStringLiteral("/admin/v1/flags/stats"),                  Access::Admin, bind(scores, &ScoresController::flagStats));
    router.add("POST",   QStringLiteral("/admin/v1/flags/{flagId}/resolve"),       Access::Admin, bind(scores, &ScoresController::resolveFlag));

    router.add("POST",   QStringLiteral("/v1/boards/{boardId}/scores"),                     Access::SessionOrSecret, bind(scores, &ScoresController::submit));
    router.add("GET",    QStringLiteral("/v1/boards/{boardId}/entries"),                    Access::Reader,          bind(scores, &ScoresController::entries));
    router.add("GET",    QStringLiteral("/v1/boards/{boardId}/entries/around/{playerId}"),  Access::Reader,          bind(scores, &ScoresController::around));
    router.add("GET",    QStringLiteral("/v1/boards/{boardId}/players/{playerId}"),         Access::Reader,          bind(scores, &ScoresController::playerStanding));

    router.add("POST",   game + QStringLiteral("/tournaments"), Access::Admin, bind(tournaments, &TournamentsController::create));
    router.add("GET",    game + QStringLiteral("/tournaments"), Access::Admin, bind(tournaments, &TournamentsController::list));
    const QString tournament = QStringLiteral("/tournaments/{tournamentId}");
    router.add("POST",   tournament + QStringLiteral("/rounds"),                                     Access::Session, bind(tournaments, &TournamentsController::startRound));
    router.add("POST",   tournament + QStringLiteral("/rounds/{roundId}/end"),                       Access::Session, bind(tournaments, &TournamentsController::endRound));
    // The game server authenticates with the tournament game's secret, checked by the service.
    router.add("PUT",    tournament + QStringLiteral("/rounds/{roundId}/game-server-confirmation"),  Access::Public,  bind(tournaments, &TournamentsController::confirm));
    router.add("GET",    tournament + QStringLiteral("/leaderboard"),                                Access::Reader,  bind(tournaments, &TournamentsController::leaderboard));

    router.add("GET",    QStringLiteral("/admin/v1/audit"),        Access::Admin, bind(audit, &AuditController::list));
    router.add("GET",    QStringLiteral("/admin/v1/audit/verify"), Access::Admin, bind(audit, &AuditController::verify));

    // Game clients (the seed's misspelt login path is served as well as the correct one).
    router.add("POST",   QStringLiteral("/api/authoritative/authicate/login"),    Access::Public,         bind(client, &ClientController::login));
    router.add("POST",   QStringLiteral("/api/authoritative/authenticate/login"), Access::Public,         bind(client, &ClientController::login));
    router.add("POST",   QStringLiteral("/api/session/refresh"),                  Access::Session,        bind(client, &ClientController::refresh));
    router.add("POST",   QStringLiteral("/api/moderate"),                         Access::Session,        bind(client, &ClientController::moderate));
    router.add("GET",    QStringLiteral("/api/status"),                           Access::SessionOrAdmin, bind(client, &ClientController::status));
    router.add("POST",   QStringLiteral("/api/banMe"),                            Access::Session,        bind(client, &ClientController::banMe));
    // clang-format on
}

} // namespace arbiter
