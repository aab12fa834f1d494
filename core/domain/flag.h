#pragma once

// Flag: one item of the moderators' review queue (a detection, a ban recommendation, a mismatch).

#include <QJsonObject>
#include <QString>

#include <optional>

namespace arbiter {

struct Flag {
    QString id;
    QString gameId;
    QString boardId;      // empty when not about a board
    QString playerId;
    QString submissionId; // empty when not about a submission
    QString type;         // rule type, e.g. "velocity", "ban_recommended", "server_mismatch"
    QString confidence;   // "low" | "medium" | "high"
    QString action;       // what the engine did: "flagged", "rejected", "logged", "recommend_ban", "invalidated"
    QString status = QStringLiteral("pending"); // pending | confirmed_cheat | false_positive | dismissed
    QJsonObject details;
    qint64 createdAtMs = 0;
    std::optional<qint64> resolvedAtMs;
    QString note;
    QString resolvedBy;

    QJsonObject toJson() const;
};

} // namespace arbiter
