#pragma once

// Submission: one score as it was received, judged and stored (detection.md §1).

#include <QByteArray>
#include <QJsonArray>
#include <QString>

#include <optional>

namespace arbiter {

struct Submission {
    QString id;
    QString gameId;
    QString boardId;
    QString playerId;
    QString eventUuid;
    QByteArray requestHash; // identifies the body, for idempotent replays
    double value = 0;       // what the rules judged: the score, or the points where there is no score
    double points = 0;
    QByteArray body;        // the request body as received (compact JSON)
    QString status;         // "accepted" | "flagged" | "rejected"
    bool testMode = false;
    QString ruleSetId;
    QJsonArray detections;  // every rule that fired, low ones included
    QString deviceId;
    QString ip;
    qint64 atMs = 0;
    std::optional<qint64> removedAtMs;
    int responseStatus = 201;
    QByteArray response;    // the first answer, sent again on a replay
    QString previousId;     // the same player's previous submission in this game (empty: the first)
};

} // namespace arbiter
