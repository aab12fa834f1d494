#include "games/gameservice.h"

#include "outbox/webhookurl.h"

#include "crypto/crypto.h"
#include "domain/detectionsettings.h"
#include "domain/ids.h"
#include "storage/gamerepository.h"
#include "storage/writer.h"

#include <QJsonArray>

namespace arbiter {

namespace {

constexpr int kMaxNameLength = 100;
constexpr int kMaxLabelLength = 200;

// Runs `write` and its audit entry in one Writer job, then answers `done` with `value`.
template <class T>
void persist(Writer &writer, QObject *context, std::function<Status(QSqlDatabase &)> write, qint64 atMs,
             Actor actor, QString action, QString subject, QJsonObject details, std::function<void(Status)> after,
             Callback<T> done, T value)
{
    writer.submit(
        [write = std::move(write), atMs, actor = std::move(actor), action = std::move(action), subject = std::move(subject),
         details = std::move(details)](QSqlDatabase &db) -> Status {
            if (Status s = write(db); !s)
                return s;
            if (Result<AuditEntry> entry = AuditJournal::append(db, atMs, actor, action, subject, details); !entry)
                return entry.error();
            return success();
        },
        context,
        [after = std::move(after), done = std::move(done), value = std::move(value)](Status status) {
            after(status);
            if (!status)
                done(status.error());
            else
                done(value);
        });
}

Error gameNotFound(const QString &gameId)
{
    return Error::notFound(QStringLiteral("no game with id '%1'").arg(gameId));
}

} // namespace

GameService::GameService(Writer &writer, const Clock &clock, QList<Game> loaded, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_clock(clock)
    , m_games(std::move(loaded))
{
    for (qsizetype i = 0; i < m_games.size(); ++i)
        m_index.insert(m_games[i].id, i);
}

const Game *GameService::find(const QString &gameId) const
{
    const auto it = m_index.constFind(gameId);
    return it == m_index.constEnd() ? nullptr : &m_games[*it];
}

Game *GameService::findMutable(const QString &gameId)
{
    const auto it = m_index.constFind(gameId);
    return it == m_index.constEnd() ? nullptr : &m_games[*it];
}

QList<Game> GameService::games() const
{
    return m_games;
}

Result<GameSettings> GameService::validated(GameSettings settings)
{
    QList<FieldError> errors;
    settings.name = settings.name.trimmed();
    if (settings.name.isEmpty() || settings.name.size() > kMaxNameLength)
        errors.append({QStringLiteral("name"), QStringLiteral("must be 1 to %1 characters").arg(kMaxNameLength)});
    if (!settings.webhookUrl.isEmpty() && !isAllowedWebhookUrl(settings.webhookUrl)) // empty: no webhook
        errors.append({QStringLiteral("webhookUrl"),
                       QStringLiteral("must be an https:// URL, or http:// to a loopback address")});
    if (!errors.isEmpty())
        return Error::invalid(QStringLiteral("invalid_body"), errors, QStringLiteral("the game settings are not valid"));
    return settings;
}

void GameService::reloadAfterFailure()
{
    Result<QList<Game>> truth = Error::unavailable({});
    const Status read = m_writer.runSync([&truth](QSqlDatabase &db) -> Status {
        truth = GameRepository::loadAll(db);
        return success();
    });
    if (!read || !truth)
        return; // the database is unreadable too; health reports it, memory stays as it is
    m_games = std::move(truth).value();
    m_index.clear();
    for (qsizetype i = 0; i < m_games.size(); ++i)
        m_index.insert(m_games[i].id, i);
}

void GameService::create(const GameSettings &input, const Actor &actor, Callback<Game> done)
{
    Result<GameSettings> settings = validated(input);
    if (settings.ok() && !input.detectionOverrides.isEmpty()) {
        Result<QJsonObject> merged = mergeDetectionOverrides({}, input.detectionOverrides);
        if (!merged)
            return done(merged.error());
        settings.value().detectionOverrides = merged.value();
    }
    if (!settings)
        return done(settings.error());
    Game game;
    game.createdAtMs = m_clock.nowMs();
    game.id = newObjectId(game.createdAtMs);
    game.settings = settings.value();
    m_index.insert(game.id, m_games.size());
    m_games.append(game);
    const QString id = game.id;
    persist<Game>(
        m_writer, this, [game](QSqlDatabase &db) { return GameRepository::insert(db, game); }, game.createdAtMs, actor,
        QStringLiteral("game.create"), id, QJsonObject{{QStringLiteral("name"), game.settings.name}},
        [this, id](Status s) { s ? emit gameChanged(id) : reloadAfterFailure(); }, std::move(done), game);
}

void GameService::update(const QString &gameId, const GamePatch &patch, const Actor &actor, Callback<Game> done)
{
    Game *game = findMutable(gameId);
    if (!game)
        return done(gameNotFound(gameId));
    GameSettings next = game->settings;
    QJsonObject changed;
    auto apply = [&changed](auto &field, const auto &value, const char *name) {
        if (value) {
            field = *value;
            changed.insert(QLatin1String(name), QJsonValue(*value));
        }
    };
    apply(next.name, patch.name, "name");
    apply(next.antiCheat, patch.antiCheat, "antiCheat");
    apply(next.testMode, patch.testMode, "testMode");
    apply(next.autoBan, patch.autoBan, "autoBan");
    apply(next.trustProxy, patch.trustProxy, "trustProxy");
    apply(next.webhookUrl, patch.webhookUrl, "webhookUrl");
    if (patch.detection) {
        Result<QJsonObject> merged = mergeDetectionOverrides(next.detectionOverrides, *patch.detection);
        if (!merged)
            return done(merged.error());
        next.detectionOverrides = merged.value();
        changed.insert(QStringLiteral("detection"), *patch.detection);
    }
    Result<GameSettings> settings = validated(next);
    if (!settings)
        return done(settings.error());
    game->settings = settings.value();
    persist<Game>(
        m_writer, this,
        [gameId, s = settings.value()](QSqlDatabase &db) { return GameRepository::updateSettings(db, gameId, s); },
        m_clock.nowMs(), actor, QStringLiteral("game.update"), gameId, changed,
        [this, gameId](Status s) { s ? emit gameChanged(gameId) : reloadAfterFailure(); }, std::move(done), *game);
}

void GameService::generateSecret(const QString &gameId, const Actor &actor, Callback<NewSecret> done)
{
    Game *game = findMutable(gameId);
    if (!game)
        return done(gameNotFound(gameId));
    const QString secret = QString::fromLatin1(crypto::base64Url(crypto::randomBytes(32)));
    const QByteArray hash = crypto::sha256(secret.toUtf8());
    game->secretHash = hash;
    persist<NewSecret>(
        m_writer, this, [gameId, hash](QSqlDatabase &db) { return GameRepository::setSecretHash(db, gameId, hash); },
        m_clock.nowMs(), actor, QStringLiteral("game.secret.generate"), gameId, {},
        [this, gameId](Status s) { s ? emit gameChanged(gameId) : reloadAfterFailure(); }, std::move(done),
        NewSecret{gameId, secret});
}

void GameService::createKey(const QString &gameId, const Actor &actor, Callback<NewEncryptionKey> done)
{
    Game *game = findMutable(gameId);
    if (!game)
        return done(gameNotFound(gameId));
    EncryptionKey key;
    do {
        key.keyId = QString::fromLatin1(crypto::randomBytes(4).toHex());
    } while (std::any_of(game->keys.cbegin(), game->keys.cend(), [&](const EncryptionKey &k) { return k.keyId == key.keyId; }));
    key.key = crypto::randomBytes(32);
    key.createdAtMs = m_clock.nowMs();
    game->keys.append(key);
    persist<NewEncryptionKey>(
        m_writer, this, [gameId, key](QSqlDatabase &db) { return GameRepository::insertKey(db, gameId, key); },
        key.createdAtMs, actor, QStringLiteral("game.key.create"), gameId,
        QJsonObject{{QStringLiteral("keyId"), key.keyId}},
        [this, gameId](Status s) { s ? emit gameChanged(gameId) : reloadAfterFailure(); }, std::move(done),
        NewEncryptionKey{gameId, key.keyId, key.key});
}

void GameService::revokeKey(const QString &gameId, const QString &keyId, const Actor &actor, Callback<Unit> done)
{
    Game *game = findMutable(gameId);
    if (!game)
        return done(gameNotFound(gameId));
    auto key = std::find_if(game->keys.begin(), game->keys.end(),
                            [&](const EncryptionKey &k) { return k.keyId == keyId && k.active(); });
    if (key == game->keys.end())
        return done(Error::notFound(QStringLiteral("game '%1' has no active key '%2'").arg(gameId, keyId)));
    const qint64 now = m_clock.nowMs();
    key->revokedAtMs = now;
    persist<Unit>(
        m_writer, this, [gameId, keyId, now](QSqlDatabase &db) { return GameRepository::revokeKey(db, gameId, keyId, now); },
        now, actor, QStringLiteral("game.key.revoke"), gameId, QJsonObject{{QStringLiteral("keyId"), keyId}},
        [this, gameId](Status s) { s ? emit gameChanged(gameId) : reloadAfterFailure(); }, std::move(done), Unit{});
}

void GameService::addBuild(const QString &gameId, const QString &sha256, const QString &label, const Actor &actor,
                           Callback<BuildSignature> done)
{
    Game *game = findMutable(gameId);
    if (!game)
        return done(gameNotFound(gameId));
    QList<FieldError> errors;
    if (!isSha256Hex(sha256))
        errors.append({QStringLiteral("sha256"), QStringLiteral("must be 64 hexadecimal characters")});
    if (label.size() > kMaxLabelLength)
        errors.append({QStringLiteral("label"), QStringLiteral("must be at most %1 characters").arg(kMaxLabelLength)});
    if (!errors.isEmpty())
        return done(Error::invalid(QStringLiteral("invalid_body"), errors, QStringLiteral("invalid build signature")));
    const QString normalized = sha256.toLower();
    for (const BuildSignature &existing : std::as_const(game->builds))
        if (existing.sha256 == normalized)
            return done(existing);
    const BuildSignature build{normalized, label.trimmed(), m_clock.nowMs()};
    game->builds.append(build);
    persist<BuildSignature>(
        m_writer, this, [gameId, build](QSqlDatabase &db) { return GameRepository::insertBuild(db, gameId, build); },
        build.createdAtMs, actor, QStringLiteral("game.build.add"), gameId, build.toJson(),
        [this, gameId](Status s) { s ? emit gameChanged(gameId) : reloadAfterFailure(); }, std::move(done), build);
}

void GameService::removeBuild(const QString &gameId, const QString &sha256, const Actor &actor, Callback<Unit> done)
{
    Game *game = findMutable(gameId);
    if (!game)
        return done(gameNotFound(gameId));
    const QString normalized = sha256.toLower();
    const auto removed = game->builds.removeIf([&](const BuildSignature &b) { return b.sha256 == normalized; });
    if (removed == 0)
        return done(Error::notFound(QStringLiteral("game '%1' has no build '%2'").arg(gameId, sha256)));
    persist<Unit>(
        m_writer, this,
        [gameId, normalized](QSqlDatabase &db) { return GameRepository::deleteBuild(db, gameId, normalized); },
        m_clock.nowMs(), actor, QStringLiteral("game.build.remove"), gameId,
        QJsonObject{{QStringLiteral("sha256"), normalized}},
        [this, gameId](Status s) { s ? emit gameChanged(gameId) : reloadAfterFailure(); }, std::move(done), Unit{});
}

bool GameService::checkSecret(const QString &gameId, QByteArrayView secret) const
{
    const Game *game = find(gameId);
    if (!game || game->secretHash.isEmpty())
        return false;
    return crypto::constantTimeEquals(crypto::sha256(secret), game->secretHash);
}

} // namespace arbiter
