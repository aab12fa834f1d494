#pragma once

// Test webhook: queues a "test" message to a game's webhook URL with its audit entry, then wakes
// the deliverer (api.md POST /admin/v1/games/{gameId}/webhook-test; the console's "Send test webhook").

#include "audit/auditjournal.h"
#include "util/callback.h"
#include "util/clock.h"

#include <QObject>

namespace arbiter {

class GameService;
class WebhookDeliverer;
class Writer;

// Runs on the games' thread; `done` gets the delivery id there, after the commit. A game without a
// webhook URL answers 400 invalid_body (field webhookUrl), an unknown one 404.
void queueTestWebhook(Writer &writer, const GameService &games, const Clock &clock, WebhookDeliverer *deliverer,
    const QString &gameId, const Actor &actor, QObject *context, Callback<qint64> done);

} // namespace arbiter
