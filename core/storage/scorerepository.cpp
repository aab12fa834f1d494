#include "storage/scorerepository.h"

#include "storage/database.h"
#include "storage/enforcementrepository.h"
#include "storage/sqlitestatement.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSet>
#include <QSqlQuery>

namespace arbiter {

namespace {

QVariant optionalReal(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

const QString kSubmissionColumns = QStringLiteral(
    "id, game_id, board_id, player_id, event_uuid, request_hash, value, points, body, status, test_mode, rule_set_id, "
    "detections, device_id, ip, at, removed_at, response_status, response");

Submission submissionFromRow(const QSqlQuery &q)
{
    Submission s;
    s.id = q.value(0).toString();
    s.gameId = q.value(1).toString();
    s.boardId = q.value(2).toString();
    s.playerId = q.value(3).toString();
    s.eventUuid = q.value(4).toString();
    s.requestHash = q.value(5).toByteArray();
    s.value = q.value(6).toDouble();
    s.points = q.value(7).toDouble();
    s.body = q.value(8).toByteArray();
    s.status = q.value(9).toString();
    s.testMode = q.value(10).toBool();
    s.ruleSetId = q.value(11).toString();
    s.detections = QJsonDocument::fromJson(q.value(12).toByteArray()).array();
    s.deviceId = q.value(13).toString();
    s.ip = q.value(14).toString();
    s.atMs = q.value(15).toLongLong();
    if (!q.value(16).isNull())
        s.removedAtMs = q.value(16).toLongLong();
    s.responseStatus = q.value(17).toInt();
    s.response = q.value(18).toByteArray();
    return s;
}

const QString kFlagColumns = QStringLiteral(
    "id, game_id, board_id, player_id, submission_id, type, confidence, action, status, details, created_at, resolved_at, "
    "note, resolved_by");

Flag flagFromRow(const QSqlQuery &q)
{
    Flag f;
    f.id = q.value(0).toString();
    f.gameId = q.value(1).toString();
    f.boardId = q.value(2).toString();
    f.playerId = q.value(3).toString();
    f.submissionId = q.value(4).toString();
    f.type = q.value(5).toString();
    f.confidence = q.value(6).toString();
    f.action = q.value(7).toString();
    f.status = q.value(8).toString();
    f.details = QJsonDocument::fromJson(q.value(9).toByteArray()).object();
    f.createdAtMs = q.value(10).toLongLong();
    if (!q.value(11).isNull())
        f.resolvedAtMs = q.value(11).toLongLong();
    f.note = q.value(12).toString();
    f.resolvedBy = q.value(13).toString();
    return f;
}

} // namespace

QJsonObject RuleStats::toJson() const
{
    const int resolved = confirmed + falsePositives + dismissed;
    return QJsonObject{{QStringLiteral("type"), type},
                       {QStringLiteral("pending"), pending},
                       {QStringLiteral("confirmedCheat"), confirmed},
                       {QStringLiteral("falsePositive"), falsePositives},
                       {QStringLiteral("dismissed"), dismissed},
                       {QStringLiteral("resolved"), resolved},
                       {QStringLiteral("falsePositiveRate"), resolved ? QJsonValue(double(falsePositives) / resolved) : QJsonValue(QJsonValue::Null)}};
}

Result<QList<Board>> ScoreRepository::loadBoards(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT b.id, b.game_id, b.name, b.sort_order, b.operator, b.reset, b.max_plausible, b.rule_set_id, "
                               "b.tournament_id, b.created_at, r.version, r.scoring FROM boards b JOIN rule_sets r ON r.id = b.rule_set_id "
                               "ORDER BY b.created_at, b.id")))
        return queryError(q);
    QList<Board> boards;
    while (q.next()) {
        Board b;
        b.id = q.value(0).toString();
        b.gameId = q.value(1).toString();
        b.name = q.value(2).toString();
        b.sortOrder = q.value(3).toString();
        b.op = q.value(4).toString();
        b.reset = q.value(5).toString();
        if (!q.value(6).isNull())
            b.maxPlausible = q.value(6).toDouble();
        b.ruleSetId = q.value(7).toString();
        b.tournamentId = q.value(8).toString();
        b.createdAtMs = q.value(9).toLongLong();
        b.ruleSetVersion = q.value(10).toInt();
        Result<Scoring> scoring = Scoring::fromJson(QJsonDocument::fromJson(q.value(11).toByteArray()).object());
        if (scoring)
            b.scoring = scoring.value();
        boards.append(std::move(b));
    }
    return boards;
}

Status ScoreRepository::insertBoard(QSqlDatabase &db, const Board &b)
{
    if (Status s = execSql(db,
                           QStringLiteral("INSERT INTO boards (id, game_id, name, sort_order, operator, reset, max_plausible, "
                                          "rule_set_id, tournament_id, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)"),
                           {b.id, b.gameId, b.name, b.sortOrder, b.op, b.reset, optionalReal(b.maxPlausible), b.ruleSetId,
                            b.tournamentId, b.createdAtMs});
        !s)
        return s;
    return updateBoard(db, b, true);
}

Status ScoreRepository::updateBoard(QSqlDatabase &db, const Board &b, bool newRuleSet)
{
    if (newRuleSet) {
        const QString scoring = QString::fromUtf8(QJsonDocument(b.scoring.toJson()).toJson(QJsonDocument::Compact));
        if (Status s = execSql(db, QStringLiteral("INSERT INTO rule_sets (id, board_id, version, scoring, created_at) VALUES (?,?,?,?,?)"),
                               {b.ruleSetId, b.id, b.ruleSetVersion, scoring, b.createdAtMs});
            !s)
            return s;
    }
    return execSql(db, QStringLiteral("UPDATE boards SET name=?, max_plausible=?, rule_set_id=? WHERE id=?"),
                   {b.name, optionalReal(b.maxPlausible), b.ruleSetId, b.id});
}

Status ScoreRepository::insertSubmission(QSqlDatabase &db, const Submission &s)
{
    // Runs for every submission, so it binds straight to SQLite (SqliteStatement). The column list
    // is kSubmissionColumns, in its order, then previous_id.
    Result<SqliteStatement *> statement = SqliteStatement::cached(
        db, "INSERT INTO submissions (id, game_id, board_id, player_id, event_uuid, request_hash, value, points, body, status, "
            "test_mode, rule_set_id, detections, device_id, ip, at, removed_at, response_status, response, previous_id) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!statement)
        return statement.error();
    const QByteArray detections =
        s.detections.isEmpty() ? QByteArrayLiteral("[]") : QJsonDocument(s.detections).toJson(QJsonDocument::Compact);
    SqliteStatement &insert = *statement.value();
    insert.text(1, s.id).text(2, s.gameId).text(3, s.boardId).text(4, s.playerId).text(5, s.eventUuid);
    insert.blob(6, s.requestHash).real(7, s.value).real(8, s.points).utf8(9, s.body).text(10, s.status);
    insert.integer(11, s.testMode ? 1 : 0).text(12, s.ruleSetId).utf8(13, detections).text(14, s.deviceId).text(15, s.ip);
    insert.integer(16, s.atMs);
    if (s.removedAtMs)
        insert.integer(17, *s.removedAtMs);
    else
        insert.null(17);
    insert.integer(18, s.responseStatus).utf8(19, s.response);
    if (s.previousId.isEmpty())
        insert.null(20);
    else
        insert.text(20, s.previousId);
    return insert.run();
}

Result<std::optional<Submission>> ScoreRepository::findSubmission(QSqlDatabase &db, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM submissions WHERE id=?").arg(kSubmissionColumns));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q);
    if (!q.next())
        return std::optional<Submission>();
    return std::optional<Submission>(submissionFromRow(q));
}

Status ScoreRepository::markRemoved(QSqlDatabase &db, const QString &submissionId, std::optional<qint64> atMs)
{
    return execSql(db, QStringLiteral("UPDATE submissions SET removed_at=? WHERE id=?"),
                   {atMs ? QVariant(*atMs) : QVariant(QMetaType(QMetaType::LongLong)), submissionId});
}

Result<QList<Submission>> ScoreRepository::playerSubmissions(QSqlDatabase &db, const QString &newestId, int limit)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, previous_id FROM submissions WHERE id=?").arg(kSubmissionColumns));
    QList<Submission> list;
    QSet<QString> seen; // a file edited by hand could hold a loop; the engine only links to older rows
    QString id = newestId;
    while (!id.isEmpty() && list.size() < limit && !seen.contains(id)) {
        seen.insert(id);
        q.bindValue(0, id);
        if (!q.exec())
            return queryError(q);
        if (!q.next())
            break; // a link to a write that failed after the next one was already queued
        list.append(submissionFromRow(q));
        id = q.value(19).toString();
        q.finish();
    }
    return list;
}

Result<qint64> ScoreRepository::storedCount(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM submissions")) || !q.next())
        return queryError(q);
    return q.value(0).toLongLong();
}

Status ScoreRepository::visitAll(QSqlDatabase &db, const std::function<void(CountedRow &, QByteArrayView)> &visit)
{
    // A million rows at start-up, so straight from SQLite (no QVariant per value); the game and
    // board ids, which repeat in long runs, are compared as bytes and converted when they change;
    // the submission id is packed from its bytes and the event uuid handed on as bytes, so
    // neither costs a string of its own per row.
    Result<SqliteStatement *> statement = SqliteStatement::cached(
        db, "SELECT id, game_id, board_id, player_id, value, points, at, status, event_uuid, test_mode, removed_at IS NULL "
            "FROM submissions ORDER BY rowid");
    if (!statement)
        return statement.error();
    SqliteStatement &rows = *statement.value();
    CountedRow row;
    QByteArray gameUtf8, boardUtf8;
    QString gameId, boardId; // one shared copy each while they repeat
    Status status = success();
    while (rows.next(status)) {
        const QByteArrayView id = rows.columnUtf8(0);
        const std::optional<PackedObjectId> packed = packObjectIdUtf8(id);
        row.id = packed.value_or(PackedObjectId());
        row.idPacked = packed.has_value();
        row.idText = packed ? QString() : QString::fromUtf8(id);
        if (const QByteArrayView game = rows.columnUtf8(1); game != gameUtf8) {
            gameUtf8 = game.toByteArray();
            gameId = QString::fromUtf8(gameUtf8);
        }
        if (const QByteArrayView board = rows.columnUtf8(2); board != boardUtf8) {
            boardUtf8 = board.toByteArray();
            boardId = QString::fromUtf8(boardUtf8);
        }
        row.gameId = gameId;
        row.boardId = boardId;
        row.playerId = rows.columnText(3);
        row.value = rows.columnReal(4);
        row.points = rows.columnReal(5);
        row.atMs = rows.columnInteger(6);
        row.accepted = rows.columnUtf8(7) != "rejected";
        row.counted = rows.columnInteger(9) == 0 && rows.columnInteger(10) != 0;
        visit(row, rows.columnUtf8(8));
    }
    return status;
}

Status ScoreRepository::insertFlag(QSqlDatabase &db, const Flag &flag)
{
    return EnforcementRepository::insertFlag(db, flag);
}

Result<QList<Flag>> ScoreRepository::listFlags(QSqlDatabase &db, const FlagFilter &f)
{
    QStringList where;
    QVariantList values;
    const auto match = [&](const char *column, const QString &value) {
        if (!value.isEmpty()) {
            where.append(QLatin1String(column) + QStringLiteral("=?"));
            values.append(value);
        }
    };
    match("game_id", f.gameId);
    match("board_id", f.boardId);
    match("status", f.status);
    match("type", f.type);
    match("player_id", f.playerId);
    match("confidence", f.confidence);
    if (f.before) {
        where.append(QStringLiteral("(created_at < ? OR (created_at = ? AND id < ?))"));
        values << f.before->first << f.before->first << f.before->second;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM flags %2 ORDER BY created_at DESC, id DESC LIMIT ?")
                  .arg(kFlagColumns, where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))));
    for (const QVariant &value : values)
        q.addBindValue(value);
    q.addBindValue(f.limit);
    if (!q.exec())
        return queryError(q);
    QList<Flag> flags;
    while (q.next())
        flags.append(flagFromRow(q));
    return flags;
}

Result<std::optional<Flag>> ScoreRepository::findFlag(QSqlDatabase &db, const QString &flagId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM flags WHERE id=?").arg(kFlagColumns));
    q.addBindValue(flagId);
    if (!q.exec())
        return queryError(q);
    if (!q.next())
        return std::optional<Flag>();
    return std::optional<Flag>(flagFromRow(q));
}

Status ScoreRepository::resolveFlag(QSqlDatabase &db, const Flag &f)
{
    return execSql(db, QStringLiteral("UPDATE flags SET status=?, resolved_at=?, note=?, resolved_by=? WHERE id=?"),
                   {f.status, f.resolvedAtMs ? QVariant(*f.resolvedAtMs) : QVariant(QMetaType(QMetaType::LongLong)), f.note,
                    f.resolvedBy, f.id});
}

Result<QList<RuleStats>> ScoreRepository::ruleStats(QSqlDatabase &db, const QString &gameId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT type, status, COUNT(*) FROM flags %1 GROUP BY type, status ORDER BY type")
                  .arg(gameId.isEmpty() ? QString() : QStringLiteral("WHERE game_id=?")));
    if (!gameId.isEmpty())
        q.addBindValue(gameId);
    if (!q.exec())
        return queryError(q);
    QList<RuleStats> stats;
    while (q.next()) {
        const QString type = q.value(0).toString();
        if (stats.isEmpty() || stats.constLast().type != type)
            stats.append(RuleStats{type});
        RuleStats &s = stats.last();
        const QString status = q.value(1).toString();
        const int count = q.value(2).toInt();
        if (status == QLatin1String("pending"))
            s.pending += count;
        else if (status == QLatin1String("confirmed_cheat"))
            s.confirmed += count;
        else if (status == QLatin1String("false_positive"))
            s.falsePositives += count;
        else if (status == QLatin1String("dismissed"))
            s.dismissed += count;
    }
    return stats;
}

Result<QList<std::pair<QString, qint64>>> ScoreRepository::confirmedCheats(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT game_id, player_id, MAX(resolved_at) FROM flags WHERE status='confirmed_cheat' "
                               "GROUP BY game_id, player_id")))
        return queryError(q);
    QList<std::pair<QString, qint64>> list;
    while (q.next())
        list.append({q.value(0).toString() + QChar(0) + q.value(1).toString(), q.value(2).toLongLong()});
    return list;
}

} // namespace arbiter
