#pragma once

// The one route table of the REST API: every method, path, credential and handler, together.

#include "api/router.h"

#include <memory>

namespace arbiter {

class BanService;
class BoardService;
class FlagService;
class ScoreService;
class TournamentService;
class Clock;
class GameService;
class LoginService;
class WatchService;
class WebhookDeliverer;
class Writer;
struct EnforcementState;

// The services the routes call into; all live on the core thread.
struct ApiServices {
    GameService &games;
    Writer &writer;
    const Clock &clock;
    QObject *context; // answers from the writer are posted back to this object's thread
    EnforcementState &enforcement;
    LoginService &logins;
    WatchService &watch;
    BanService &bans;
    WebhookDeliverer &deliverer;
    BoardService &boards;
    ScoreService &scores;
    FlagService &flags;
    TournamentService &tournaments;
};

// Owns the controllers the routes call into.
class RouteTable final {
public:
    explicit RouteTable(const ApiServices &services);
    ~RouteTable();
    void registerAll(Router &router);

private:
    struct Controllers;
    std::unique_ptr<Controllers> m_controllers;
};

} // namespace arbiter
