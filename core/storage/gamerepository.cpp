#include "storage/gamerepository.h"

#include "storage/database.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace arbiter {

namespace {

QString detectionText(const GameSettings &settings)
{
    return QString::fromUtf8(QJsonDocument(settings.detectionOverrides).toJson(QJsonDocument::Compact));
}

} // namespace

Result<QList<Game>> GameRepository::loadAll(QSqlDatabase &db)
{
    QList<Game> games;
    QHash<QString, qsizetype> index;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name, created_at, anti_cheat, test_mode, auto_ban, trust_proxy, "
                                   "webhook_url, secret_hash, detection FROM games ORDER BY created_at, id")))
        return queryError(query);
    while (query.next()) {
        Game game;
        game.id = query.value(0).toString();
        game.settings.name = query.value(1).toString();
        game.createdAtMs = query.value(2).toLongLong();
        game.settings.antiCheat = query.value(3).toBool();
        game.settings.testMode = query.value(4).toBool();
        game.settings.autoBan = query.value(5).toBool();
        game.settings.trustProxy = query.value(6).toBool();
        game.settings.webhookUrl = query.value(7).toString();
        game.secretHash = query.value(8).toByteArray();
        game.settings.detectionOverrides = QJsonDocument::fromJson(query.value(9).toByteArray()).object();
        index.insert(game.id, games.size());
        games.append(std::move(game));
    }
    if (!query.exec(QStringLiteral("SELECT game_id, key_id, key, created_at, revoked_at FROM encryption_keys "
                                   "ORDER BY created_at, key_id")))
        return queryError(query);
    while (query.next()) {
        const auto at = index.constFind(query.value(0).toString());
        if (at == index.constEnd())
            continue;
        EncryptionKey key{query.value(1).toString(), query.value(2).toByteArray(), query.value(3).toLongLong(), {}};
        if (!query.value(4).isNull())
            key.revokedAtMs = query.value(4).toLongLong();
        games[*at].keys.append(std::move(key));
    }
    if (!query.exec(QStringLiteral("SELECT game_id, sha256, label, created_at FROM builds ORDER BY created_at, sha256")))
        return queryError(query);
    while (query.next()) {
        const auto at = index.constFind(query.value(0).toString());
        if (at != index.constEnd())
            games[*at].builds.append({query.value(1).toString(), query.value(2).toString(), query.value(3).toLongLong()});
    }
    return games;
}

Status GameRepository::insert(QSqlDatabase &db, const Game &game)
{
    const GameSettings &s = game.settings;
    return execSql(db,
                   QStringLiteral("INSERT INTO games (id, name, created_at, anti_cheat, test_mode, auto_ban, trust_proxy, "
                                  "webhook_url, secret_hash, detection) VALUES (?,?,?,?,?,?,?,?,?,?)"),
                   {game.id, s.name, game.createdAtMs, s.antiCheat, s.testMode, s.autoBan, s.trustProxy, s.webhookUrl,
                    game.secretHash.isEmpty() ? QVariant() : QVariant(game.secretHash), detectionText(s)});
}

Status GameRepository::updateSettings(QSqlDatabase &db, const QString &gameId, const GameSettings &s)
{
    return execSql(db,
                   QStringLiteral("UPDATE games SET name=?, anti_cheat=?, test_mode=?, auto_ban=?, trust_proxy=?, "
                                  "webhook_url=?, detection=? WHERE id=?"),
                   {s.name, s.antiCheat, s.testMode, s.autoBan, s.trustProxy, s.webhookUrl, detectionText(s), gameId});
}

Status GameRepository::setSecretHash(QSqlDatabase &db, const QString &gameId, const QByteArray &hash)
{
    return execSql(db, QStringLiteral("UPDATE games SET secret_hash=? WHERE id=?"), {hash, gameId});
}

Status GameRepository::insertKey(QSqlDatabase &db, const QString &gameId, const EncryptionKey &key)
{
    return execSql(db, QStringLiteral("INSERT INTO encryption_keys (game_id, key_id, key, created_at) VALUES (?,?,?,?)"),
                   {gameId, key.keyId, key.key, key.createdAtMs});
}

Status GameRepository::revokeKey(QSqlDatabase &db, const QString &gameId, const QString &keyId, qint64 atMs)
{
    return execSql(db, QStringLiteral("UPDATE encryption_keys SET revoked_at=? WHERE game_id=? AND key_id=?"),
                   {atMs, gameId, keyId});
}

Status GameRepository::insertBuild(QSqlDatabase &db, const QString &gameId, const BuildSignature &build)
{
    return execSql(db, QStringLiteral("INSERT INTO builds (game_id, sha256, label, created_at) VALUES (?,?,?,?)"),
                   {gameId, build.sha256, build.label, build.createdAtMs});
}

Status GameRepository::deleteBuild(QSqlDatabase &db, const QString &gameId, const QString &sha256)
{
    return execSql(db, QStringLiteral("DELETE FROM builds WHERE game_id=? AND sha256=?"), {gameId, sha256});
}

} // namespace arbiter
