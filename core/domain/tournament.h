#pragma once

// Tournament and Round: escs-compatible tournaments, each with its own board, and their rounds
// (startGame → endGame → the game server's confirmation).

#include <QJsonObject>
#include <QString>

#include <optional>

namespace arbiter {

struct Tournament {
    QString id; // 24 hex
    QString gameId;
    QString name;
    QString boardId;
    qint64 startsAtMs = 0;
    qint64 endsAtMs = 0;
    std::optional<int> maxAttempts;
    bool requireServerConfirmation = false;
    qint64 createdAtMs = 0;

    bool openAt(qint64 nowMs) const { return nowMs >= startsAtMs && nowMs < endsAtMs; }
    QJsonObject toJson(const QString &sortOrder) const;
};

struct Round {
    QString id; // 24 hex: the escs roundId
    QString tournamentId;
    QString playerId;
    QString status = QStringLiteral("active"); // active | finished | confirmed | invalidated
    std::optional<double> clientScore;          // the endGame score
    std::optional<bool> serverValid;            // the game server's word
    std::optional<double> serverScore;
    QString submissionId;                       // the score's row on the tournament board
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;

    bool ended() const { return clientScore.has_value(); }
    // The escs round shape: status, isDeleted, _id, playerId, tournamentId, createdAt, updatedAt, __v
    // (and score once ended).
    QJsonObject toJson() const;
};

} // namespace arbiter
