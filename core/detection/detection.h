#pragma once

// Detection: the vocabulary shared by the score rules — confidences, trust tiers, what a rule found, and the facts it
// judged.

#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <optional>

namespace arbiter {

// Ordered: a stronger confidence compares greater (the pipeline acts on the strongest).
enum class Confidence { Low, Medium, High };
QString confidenceName(Confidence confidence); // "low", "medium", "high"
std::optional<Confidence> confidenceFromName(QStringView name);

// detection.md §2: A trusted, B verified, C new.
enum class TrustTier { A, B, C };
QString tierName(TrustTier tier); // "A", "B", "C"
std::optional<TrustTier> tierFromName(QStringView name);

struct Detection {
    QString type; // detection.md §2 rule type, e.g. "velocity"
    Confidence confidence = Confidence::Medium;
    QJsonObject evidence; // what a moderator needs to judge, e.g. {"intervalSeconds":1.2,"minSeconds":2}
};

// Everything the rules need to know about one submission; the pipeline fills it.
struct SubmissionFacts {
    QString gameId, boardId, playerId;
    double value = 0; // the submitted score (raw value, before points)
    qint64 atMs = 0; // server time
    TrustTier tier = TrustTier::C;
    bool boardAscending = false; // asc boards: lower is better
    std::optional<double> maxPlausible;
    int boardAcceptedScores = 0; // accepted (non-test) scores on the board so far (for outlier's ≥ 50)
    int boardRankedPlayers = 0; // for new_player_top's ≥ 50
    int playerEarlierAcceptedScores = 0; // the player's earlier accepted scores on this board
    int prospectiveRank = 0; // the rank this value would give the player on the board's current period (0 = unknown)
    int clusterSize = 1; // linked-account cluster (union-find over shared devices/IPs), including the player
    bool clusterHasBannedMember = false; // another member is banned
    int deviceAccounts = 0; // distinct players that used the submitting device id, this one included (0 = unknown)
};

} // namespace arbiter
