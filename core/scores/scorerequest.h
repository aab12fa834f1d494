#pragma once

// ScoreRequest: one POST /v1/boards/{boardId}/scores, checked against its board (detection.md §1.2).

#include "domain/board.h"
#include "util/result.h"

#include <QJsonObject>

#include <optional>

namespace arbiter {

struct ScoreRequest {
    QString boardId;
    QString gameId;   // of the credential (session or game secret)
    QString playerId; // the session's player, or the body's player_id with the game secret
    QString deviceId; // from the session; empty with the game secret
    QString ip;
    bool testModeHeader = false; // X-Test-Mode: 1
    QJsonObject body;
};

// The validated fields of a submission body.
struct ScoreFields {
    QString eventUuid; // lower-case canonical form
    std::optional<double> score;
    std::optional<double> bet;
    std::optional<double> win;
    bool bonus = false;
    QJsonObject metadata;
};

// Checks types, ranges and the board's formula needs (score for raw; bet > 0, win >= 0 for
// log_multiplier); metadata at most 4 KiB. Every problem is 400 invalid_body with its field.
Result<ScoreFields> validateScoreBody(const QJsonObject &body, const Board &board);

// The body as compact JSON with its keys sorted, byte for byte what QJsonDocument::toJson
// (Compact) writes: the stored body and the replay hash depend on it. A flat body of plain ASCII
// strings, numbers (integers below 2^53), booleans and nulls, which is what games send, is written
// here directly, several times faster; any other body goes through Qt.
QByteArray canonicalBody(const QJsonObject &body);

// Identifies a body for idempotent replays: the same event_uuid with another body is a conflict.
// `compactBody` is the body as compact JSON (keys sorted), which the submission also stores.
QByteArray requestHash(const ScoreRequest &request, const QByteArray &compactBody);

} // namespace arbiter
