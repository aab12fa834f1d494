#pragma once

// EnforcementController: the admin routes for bans, the watchlist, player profiles and the
// webhook outbox.

#include "api/router.h"

namespace arbiter {

class BanService;
class GameService;
class ScoreService;
class WatchService;
class WebhookDeliverer;
class Writer;
class Clock;
struct EnforcementState;

class EnforcementController final {
public:
    EnforcementController(GameService &games, BanService &bans, WatchService &watch, EnforcementState &state,
                          ScoreService &scores, Writer &writer, WebhookDeliverer &deliverer, const Clock &clock,
                          QObject *context);

    void createBan(const RouteRequest &request, Reply reply);
    void listBans(const RouteRequest &request, Reply reply);
    void liftBan(const RouteRequest &request, Reply reply);
    void resendReport(const RouteRequest &request, Reply reply);
    void watchlist(const RouteRequest &request, Reply reply);
    void player(const RouteRequest &request, Reply reply);
    void deliveries(const RouteRequest &request, Reply reply);
    void testWebhook(const RouteRequest &request, Reply reply);

private:
    QJsonObject banJson(const struct Ban &ban) const;

    GameService &m_games;
    BanService &m_bans;
    WatchService &m_watch;
    EnforcementState &m_state;
    Writer &m_writer;
    ScoreService &m_scores;
    WebhookDeliverer &m_deliverer;
    const Clock &m_clock;
    QObject *m_context;
};

} // namespace arbiter
