#include "games/webhooktest.h"

#include "games/gameservice.h"
#include "outbox/banreport.h"
#include "outbox/webhookdeliverer.h"
#include "outbox/webhookoutbox.h"
#include "storage/writer.h"

namespace arbiter {

void queueTestWebhook(Writer &writer, const GameService &games, const Clock &clock, WebhookDeliverer *deliverer,
    const QString &gameId, const Actor &actor, QObject *context, Callback<qint64> done)
{
    const Game *game = games.find(gameId);
    if (!game)
        return done(Error::notFound(QStringLiteral("no such game")));
    if (game->settings.webhookUrl.isEmpty())
        return done(Error::invalid(QStringLiteral("invalid_body"),
            {{QStringLiteral("webhookUrl"), QStringLiteral("the game has no webhook URL")}}));
    const qint64 now = clock.nowMs();
    const QString url = game->settings.webhookUrl;
    const QByteArray payload = testMessage(game->settings.name, now);
    writer.run<qint64>(
        [gameId, url, payload, now, actor](QSqlDatabase &db) -> Result<qint64> {
            Result<qint64> id
                = WebhookOutbox::enqueue(db, gameId, QString(), WebhookOutbox::kindTest(), url, payload, now);
            if (!id)
                return id;
            if (Result<AuditEntry> entry
                = AuditJournal::append(db, now, actor, QStringLiteral("webhook.test"), gameId, {});
                !entry)
                return entry.error();
            return id;
        },
        context,
        [deliverer, done = std::move(done)](Result<qint64> id) {
            if (id && deliverer)
                deliverer->wake();
            done(std::move(id));
        });
}

} // namespace arbiter
