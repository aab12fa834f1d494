#pragma once

// ScoreRepository: the SQL for boards, rule sets, submissions and the flag queue; called inside
// Writer jobs. Start-up loaders stream rows to a visitor instead of building million-row lists.

#include "domain/board.h"
#include "domain/flag.h"
#include "domain/ids.h"
#include "domain/submission.h"
#include "util/result.h"

#include <QSqlDatabase>

#include <functional>

namespace arbiter {

// A counted submission as the boards and rule windows need it at start-up.
struct CountedRow {
    PackedObjectId id;   // the submission's id, packed straight from its UTF-8 text
    bool idPacked = true;
    QString idText;      // only when the id is no ObjectId (written by another tool): idPacked false, `id` null
    QString gameId;
    QString boardId;
    QString playerId;
    double value = 0;
    double points = 0;
    qint64 atMs = 0;
    bool accepted = true; // accepted or flagged (false: rejected, for the rate windows)
    bool counted = true;  // not test data and not removed: it belongs on the boards and in the windows
};

struct FlagFilter {
    QString gameId;
    QString boardId;
    QString status;
    QString type;
    QString playerId;
    QString confidence;
    int limit = 50;
    std::optional<std::pair<qint64, QString>> before; // the cursor: (createdAt, id) of the last row seen
};

struct RuleStats {
    QString type;
    int pending = 0;
    int confirmed = 0;
    int falsePositives = 0;
    int dismissed = 0;
    QJsonObject toJson() const;
};

class ScoreRepository final {
public:
    static Result<QList<Board>> loadBoards(QSqlDatabase &db);
    static Status insertBoard(QSqlDatabase &db, const Board &board);
    static Status updateBoard(QSqlDatabase &db, const Board &board, bool newRuleSet);

    static Status insertSubmission(QSqlDatabase &db, const Submission &submission);
    static Result<std::optional<Submission>> findSubmission(QSqlDatabase &db, const QString &id);
    static Status markRemoved(QSqlDatabase &db, const QString &submissionId, std::optional<qint64> atMs);
    // A player's submissions, newest first: from their newest (ScoreService::lastSubmissionId) along
    // each row's previous_id. There is no index by player: its scattered inserts cost a page write each.
    static Result<QList<Submission>> playerSubmissions(QSqlDatabase &db, const QString &newestId, int limit);

    // Start-up: every stored submission in the order it was processed (rowid; no sort), in one pass
    // (the event keys need them all,
    // the boards and windows the counted ones).
    // `visit` may move from the row it is given; the event uuid comes as its UTF-8 bytes, a view that
    // lives until the next row.
    static Status visitAll(QSqlDatabase &db, const std::function<void(CountedRow &, QByteArrayView eventUuidUtf8)> &visit);
    // About how many submissions are stored (the largest rowid), to size tables before a load.
    static Result<qint64> storedCount(QSqlDatabase &db);

    static Status insertFlag(QSqlDatabase &db, const Flag &flag);
    static Result<QList<Flag>> listFlags(QSqlDatabase &db, const FlagFilter &filter);
    static Result<std::optional<Flag>> findFlag(QSqlDatabase &db, const QString &flagId);
    static Status resolveFlag(QSqlDatabase &db, const Flag &flag);
    static Result<QList<RuleStats>> ruleStats(QSqlDatabase &db, const QString &gameId);
    static Result<QList<std::pair<QString, qint64>>> confirmedCheats(QSqlDatabase &db); // (gameId\0playerId, at)
};

} // namespace arbiter
