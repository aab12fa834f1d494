#include "newplayertoprule.h"

#include <algorithm>

namespace arbiter {

std::optional<Detection> NewPlayerTopRule::check(
    const SubmissionFacts &facts, const RuleSettings &settings, std::optional<int> establishedPlayers)
{
    const int ranked = establishedPlayers ? std::min(facts.boardRankedPlayers, *establishedPlayers) : facts.boardRankedPlayers;
    if (ranked < settings.newPlayerTopMinPlayers
        || facts.playerEarlierAcceptedScores >= settings.newPlayerTopMaxEarlierScores || facts.prospectiveRank < 1
        || facts.prospectiveRank > settings.newPlayerTopRank)
        return std::nullopt;
    return Detection{QStringLiteral("new_player_top"), settings.rule(RuleId::NewPlayerTop).confidence,
        QJsonObject{{QStringLiteral("rank"), facts.prospectiveRank},
            {QStringLiteral("topRank"), settings.newPlayerTopRank},
            {QStringLiteral("earlierScores"), facts.playerEarlierAcceptedScores},
            {QStringLiteral("maxEarlierScores"), settings.newPlayerTopMaxEarlierScores},
            {QStringLiteral("rankedPlayers"), facts.boardRankedPlayers},
            {QStringLiteral("establishedPlayers"), establishedPlayers ? QJsonValue(*establishedPlayers) : QJsonValue()}}};
}

} // namespace arbiter
