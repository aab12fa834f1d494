#pragma once

// ClientController: the game client's routes: authoritative login, session refresh, alerts
// (/api/moderate), eye-stage status and self-reported bans (/api/banMe).

#include "api/router.h"

namespace arbiter {

class BanService;
class GameService;
class LoginService;
class WatchService;

class ClientController final {
public:
    ClientController(GameService &games, LoginService &logins, WatchService &watch, BanService &bans);

    void login(const RouteRequest &request, Reply reply);
    void refresh(const RouteRequest &request, Reply reply);
    void moderate(const RouteRequest &request, Reply reply);
    void status(const RouteRequest &request, Reply reply);
    void banMe(const RouteRequest &request, Reply reply);

private:
    GameService &m_games;
    LoginService &m_logins;
    WatchService &m_watch;
    BanService &m_bans;
};

} // namespace arbiter
