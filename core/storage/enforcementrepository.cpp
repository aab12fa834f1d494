#include "storage/enforcementrepository.h"

#include "storage/database.h"
#include "storage/sqlitestatement.h"
#include "util/timeformat.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace arbiter {

namespace {

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toByteArray()).object();
}

QVariant nullable(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<qint64> optionalMs(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QString playerKey(const QString &gameId, const QString &playerId)
{
    return gameId + QChar(0) + playerId;
}

} // namespace

QJsonObject AlertRecord::toJson() const
{
    return QJsonObject{{QStringLiteral("reason"), reason}, {QStringLiteral("source"), source},
                       {QStringLiteral("details"), details}, {QStringLiteral("at"), formatTime(atMs)}};
}

QJsonObject TransitionRecord::toJson() const
{
    return QJsonObject{{QStringLiteral("at"), formatTime(atMs)}, {QStringLiteral("from"), from},
                       {QStringLiteral("to"), to}, {QStringLiteral("cause"), cause}};
}

Result<QList<Player>> EnforcementRepository::loadPlayers(QSqlDatabase &db)
{
    QList<Player> players;
    QHash<QString, qsizetype> index;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT game_id, player_id, login_token_hash, tier, tier_set_by_moderator, first_seen, "
                                   "last_seen FROM players")))
        return queryError(query);
    while (query.next()) {
        Player p;
        p.gameId = query.value(0).toString();
        p.playerId = query.value(1).toString();
        p.loginTokenHash = query.value(2).toByteArray();
        p.tier = query.value(3).toString();
        p.tierSetByModerator = query.value(4).toBool();
        p.firstSeenMs = query.value(5).toLongLong();
        p.lastSeenMs = query.value(6).toLongLong();
        index.insert(playerKey(p.gameId, p.playerId), players.size());
        players.append(std::move(p));
    }
    for (const auto &[table, column, isDevice] : {std::tuple{"player_devices", "device_id", true}, std::tuple{"player_ips", "ip", false}}) {
        if (!query.exec(QStringLiteral("SELECT game_id, player_id, %1, first_seen, last_seen FROM %2")
                            .arg(QLatin1String(column), QLatin1String(table))))
            return queryError(query);
        while (query.next()) {
            const auto at = index.constFind(playerKey(query.value(0).toString(), query.value(1).toString()));
            if (at == index.constEnd())
                continue;
            Player &p = players[*at];
            (isDevice ? p.devices : p.ips).insert(query.value(2).toString(), {query.value(3).toLongLong(), query.value(4).toLongLong()});
        }
    }
    return players;
}

Result<QList<StoredWatchState>> EnforcementRepository::loadWatchStates(QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT game_id, player_id, watch_state FROM players WHERE watch_state != '{}'")))
        return queryError(query);
    QList<StoredWatchState> states;
    while (query.next())
        states.append({query.value(0).toString(), query.value(1).toString(), jsonObject(query.value(2))});
    return states;
}

Result<QList<Session>> EnforcementRepository::loadLiveSessions(QSqlDatabase &db, qint64 nowMs)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT token_hash, game_id, player_id, device_id, ip, created_at, expires_at FROM sessions "
                                 "WHERE revoked_at IS NULL AND expires_at > ?"));
    query.addBindValue(nowMs);
    if (!query.exec())
        return queryError(query);
    QList<Session> sessions;
    while (query.next())
        sessions.append({query.value(0).toByteArray(), query.value(1).toString(), query.value(2).toString(),
                         query.value(3).toString(), query.value(4).toString(), query.value(5).toLongLong(),
                         query.value(6).toLongLong(), std::nullopt});
    return sessions;
}

Result<QList<Ban>> EnforcementRepository::loadBans(QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, game_id, player_id, device_id, ip, reasons, source, created_at, expires_at, "
                                   "lifted_at, lift_note, actor FROM bans ORDER BY created_at, id")))
        return queryError(query);
    QList<Ban> bans;
    while (query.next()) {
        Ban ban;
        ban.id = query.value(0).toString();
        ban.gameId = query.value(1).toString();
        ban.playerId = query.value(2).toString();
        ban.deviceId = query.value(3).toString();
        ban.ip = query.value(4).toString();
        for (const QJsonValue &reason : QJsonDocument::fromJson(query.value(5).toByteArray()).array())
            ban.reasons.append(reason.toString());
        const QString source = query.value(6).toString();
        for (BanSource s : {BanSource::Auto, BanSource::Moderator, BanSource::SelfReport, BanSource::Signature})
            if (banSourceName(s) == source)
                ban.source = s;
        ban.createdAtMs = query.value(7).toLongLong();
        ban.expiresAtMs = optionalMs(query.value(8));
        ban.liftedAtMs = optionalMs(query.value(9));
        ban.liftNote = query.value(10).toString();
        ban.actor = query.value(11).toString();
        bans.append(std::move(ban));
    }
    return bans;
}

Status EnforcementRepository::saveLogin(QSqlDatabase &db, const Player &p, const QString &deviceId, const QString &ip, qint64 atMs)
{
    if (Status s = execSql(db,
                           QStringLiteral("INSERT INTO players (game_id, player_id, login_token_hash, tier, first_seen, last_seen) "
                                          "VALUES (?,?,?,?,?,?) ON CONFLICT (game_id, player_id) DO UPDATE SET "
                                          "login_token_hash=excluded.login_token_hash, last_seen=excluded.last_seen"),
                           {p.gameId, p.playerId, p.loginTokenHash, p.tier, p.firstSeenMs, atMs});
        !s)
        return s;
    const QString upsert = QStringLiteral("INSERT INTO %1 (game_id, player_id, %2, first_seen, last_seen) VALUES (?,?,?,?,?) "
                                          "ON CONFLICT DO UPDATE SET last_seen=excluded.last_seen");
    if (Status s = execSql(db, upsert.arg(QStringLiteral("player_devices"), QStringLiteral("device_id")),
                           {p.gameId, p.playerId, deviceId, atMs, atMs});
        !s)
        return s;
    return execSql(db, upsert.arg(QStringLiteral("player_ips"), QStringLiteral("ip")), {p.gameId, p.playerId, ip, atMs, atMs});
}

Status EnforcementRepository::saveTier(QSqlDatabase &db, const QString &gameId, const QString &playerId, const QString &tier,
                                       bool byModerator)
{
    return execSql(db, QStringLiteral("UPDATE players SET tier=?, tier_set_by_moderator=? WHERE game_id=? AND player_id=?"),
                   {tier, byModerator, gameId, playerId});
}

Status EnforcementRepository::saveWatchState(QSqlDatabase &db, const QString &gameId, const QString &playerId,
                                             const QJsonObject &state)
{
    return execSql(db, QStringLiteral("UPDATE players SET watch_state=? WHERE game_id=? AND player_id=?"),
                   {jsonText(state), gameId, playerId});
}

Status EnforcementRepository::insertSession(QSqlDatabase &db, const Session &s)
{
    return execSql(db,
                   QStringLiteral("INSERT INTO sessions (token_hash, game_id, player_id, device_id, ip, created_at, expires_at) "
                                  "VALUES (?,?,?,?,?,?,?)"),
                   {s.tokenHash, s.gameId, s.playerId, s.deviceId, s.ip, s.createdAtMs, s.expiresAtMs});
}

Status EnforcementRepository::revokeSessions(QSqlDatabase &db, const QList<QByteArray> &tokenHashes, qint64 atMs)
{
    for (const QByteArray &hash : tokenHashes)
        if (Status s = execSql(db, QStringLiteral("UPDATE sessions SET revoked_at=? WHERE token_hash=?"), {atMs, hash}); !s)
            return s;
    return success();
}

Status EnforcementRepository::insertAlert(QSqlDatabase &db, const AlertRecord &a)
{
    return execSql(db, QStringLiteral("INSERT INTO alerts (game_id, player_id, reason, source, details, at) VALUES (?,?,?,?,?,?)"),
                   {a.gameId, a.playerId, a.reason, a.source, jsonText(a.details), a.atMs});
}

Status EnforcementRepository::insertTransition(QSqlDatabase &db, const TransitionRecord &t)
{
    return execSql(db,
                   QStringLiteral("INSERT INTO eye_transitions (game_id, player_id, at, from_stage, to_stage, cause) VALUES (?,?,?,?,?,?)"),
                   {t.gameId, t.playerId, t.atMs, t.from, t.to, t.cause});
}

Result<QList<AlertRecord>> EnforcementRepository::recentAlerts(QSqlDatabase &db, const QString &gameId,
                                                               const QString &playerId, int limit)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT reason, source, details, at FROM alerts WHERE game_id=? AND player_id=? "
                                 "ORDER BY at DESC, id DESC LIMIT ?"));
    query.addBindValue(gameId);
    query.addBindValue(playerId);
    query.addBindValue(limit);
    if (!query.exec())
        return queryError(query);
    QList<AlertRecord> alerts;
    while (query.next())
        alerts.append({gameId, playerId, query.value(0).toString(), query.value(1).toString(), jsonObject(query.value(2)),
                       query.value(3).toLongLong()});
    return alerts;
}

Result<QList<TransitionRecord>> EnforcementRepository::transitions(QSqlDatabase &db, const QString &gameId,
                                                                   const QString &playerId, int limit)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT at, from_stage, to_stage, cause FROM eye_transitions WHERE game_id=? AND player_id=? "
                                 "ORDER BY at DESC, id DESC LIMIT ?"));
    query.addBindValue(gameId);
    query.addBindValue(playerId);
    query.addBindValue(limit);
    if (!query.exec())
        return queryError(query);
    QList<TransitionRecord> list;
    while (query.next())
        list.append({gameId, playerId, query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toString()});
    return list;
}

Status EnforcementRepository::insertBan(QSqlDatabase &db, const Ban &b)
{
    return execSql(db,
                   QStringLiteral("INSERT INTO bans (id, game_id, player_id, device_id, ip, reasons, source, created_at, "
                                  "expires_at, actor) VALUES (?,?,?,?,?,?,?,?,?,?)"),
                   {b.id, b.gameId, b.playerId, b.deviceId, b.ip,
                    QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(b.reasons)).toJson(QJsonDocument::Compact)),
                    banSourceName(b.source), b.createdAtMs, nullable(b.expiresAtMs), b.actor});
}

Status EnforcementRepository::liftBan(QSqlDatabase &db, const QString &banId, qint64 atMs, const QString &note)
{
    return execSql(db, QStringLiteral("UPDATE bans SET lifted_at=?, lift_note=? WHERE id=?"), {atMs, note, banId});
}

Status EnforcementRepository::insertFlag(QSqlDatabase &db, const Flag &f)
{
    // Runs for every flagged or rejected submission: bound straight to SQLite (SqliteStatement).
    Result<SqliteStatement *> statement = SqliteStatement::cached(
        db, "INSERT INTO flags (id, game_id, board_id, player_id, submission_id, type, confidence, action, status, details, "
            "created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    if (!statement)
        return statement.error();
    const QByteArray details = QJsonDocument(f.details).toJson(QJsonDocument::Compact);
    SqliteStatement &insert = *statement.value();
    insert.text(1, f.id).text(2, f.gameId).text(3, f.boardId).text(4, f.playerId).text(5, f.submissionId).text(6, f.type);
    insert.text(7, f.confidence).text(8, f.action).text(9, f.status).utf8(10, details).integer(11, f.createdAtMs);
    return insert.run();
}

Result<QList<Flag>> EnforcementRepository::playerFlags(QSqlDatabase &db, const QString &gameId, const QString &playerId, int limit)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, board_id, submission_id, type, confidence, action, status, details, created_at, "
                                 "resolved_at, note FROM flags WHERE game_id=? AND player_id=? ORDER BY created_at DESC LIMIT ?"));
    query.addBindValue(gameId);
    query.addBindValue(playerId);
    query.addBindValue(limit);
    if (!query.exec())
        return queryError(query);
    QList<Flag> flags;
    while (query.next()) {
        Flag f;
        f.id = query.value(0).toString();
        f.gameId = gameId;
        f.boardId = query.value(1).toString();
        f.playerId = playerId;
        f.submissionId = query.value(2).toString();
        f.type = query.value(3).toString();
        f.confidence = query.value(4).toString();
        f.action = query.value(5).toString();
        f.status = query.value(6).toString();
        f.details = jsonObject(query.value(7));
        f.createdAtMs = query.value(8).toLongLong();
        f.resolvedAtMs = optionalMs(query.value(9));
        f.note = query.value(10).toString();
        flags.append(std::move(f));
    }
    return flags;
}

} // namespace arbiter
