#include "ruleset.h"

#include "botcadencerule.h"
#include "duplicaterule.h"
#include "impossiblevaluerule.h"
#include "linkedaccountsrule.h"
#include "newplayertoprule.h"
#include "outlierrule.h"
#include "ratelimitrule.h"
#include "velocityrule.h"

namespace arbiter {

const RuleSettings &RuleSet::settingsFor(const QString &gameId, const QJsonObject &json) const
{
    auto it = m_settings.find(gameId);
    if (it == m_settings.end())
        it = m_settings.insert(gameId, CachedSettings{json, RuleSettings::fromJson(json)});
    else if (!(it->json == json))
        *it = CachedSettings{json, RuleSettings::fromJson(json)};
    return it->parsed;
}

int RuleSet::boardIndex(GameState &game, const QString &boardId)
{
    auto it = game.boards.find(boardId);
    if (it == game.boards.end()) {
        it = game.boards.insert(boardId, static_cast<int>(game.baselines.size()));
        game.baselines.emplace_back();
        game.boardPlayers.emplace_back();
    }
    return *it;
}

RuleVerdict RuleSet::evaluate(const SubmissionFacts &facts, const QJsonObject &json) const
{
    const RuleSettings &settings = settingsFor(facts.gameId, json);
    const GameState *game = nullptr;
    if (const auto g = m_games.constFind(facts.gameId); g != m_games.constEnd())
        game = &*g;
    const PlayerWindows *player = nullptr;
    const BoardBaseline *baseline = nullptr;
    int board = -1;
    if (game) {
        player = game->players.find(facts.playerId);
        if (const auto b = game->boards.constFind(facts.boardId); b != game->boards.constEnd()) {
            board = *b;
            baseline = &game->baselines[board];
        }
    }
    const Ring<TimedValue> *window = player && board >= 0 ? player->board(board) : nullptr;
    static const Ring<qint64> noTimes;
    const Ring<qint64> &times = player ? player->cadence() : noTimes;

    RuleVerdict verdict;
    const auto add = [&verdict](std::optional<Detection> &&d) {
        if (d)
            verdict.detections.append(std::move(*d));
    };
    const auto on = [&settings](RuleId id) { return settings.rule(id).enabled; };
    if (on(RuleId::RateLimit))
        add(RateLimitRule::check(facts, settings, window, &verdict.retryAfterMs));
    if (on(RuleId::Duplicate))
        add(DuplicateRule::check(facts, settings, window));
    if (on(RuleId::Velocity))
        add(VelocityRule::check(facts, settings, window));
    if (on(RuleId::ImpossibleValue))
        add(ImpossibleValueRule::check(facts, settings));
    const PersonalRecord *record = nullptr;
    if (board >= 0)
        if (const PlayerOnBoard *p = game->boardPlayers[board].players.find(facts.playerId))
            record = &p->record;
    if (on(RuleId::Outlier))
        add(OutlierRule::check(facts, settings, baseline, record));
    if (on(RuleId::NewPlayerTop)) {
        std::optional<int> established;
        if (board >= 0) {
            const BoardPlayers &players = game->boardPlayers[board];
            if (players.players.size() >= facts.boardRankedPlayers)
                established = players.established;
        }
        add(NewPlayerTopRule::check(facts, settings, established));
    }
    if (on(RuleId::BotCadence))
        add(BotCadenceRule::check(facts, settings, times));
    if (on(RuleId::LinkedAccounts))
        add(LinkedAccountsRule::check(facts, settings));
    return verdict;
}

void RuleSet::record(const SubmissionFacts &facts, bool accepted, const QJsonObject &json)
{
    const RuleSettings &settings = settingsFor(facts.gameId, json);
    GameState &game = m_games[facts.gameId];
    const int board = boardIndex(game, facts.boardId);
    game.players[facts.playerId].record(board, facts.atMs, facts.value, settings);
    if (accepted) {
        BoardPlayers &players = game.boardPlayers[board];
        PlayerOnBoard &player = players.players[facts.playerId];
        if (++player.accepted == settings.newPlayerTopMaxEarlierScores)
            ++players.established;
        // Only values within the board's outlier threshold (judged before they join the baseline,
        // as evaluate() did, without the personal record) build the player's record; the spread is
        // still cached from evaluate().
        const bool flagged = settings.rule(RuleId::Outlier).enabled
            && OutlierRule::check(facts, settings, &game.baselines[board]).has_value();
        if (!flagged) {
            PersonalRecord &r = player.record;
            const bool better = facts.boardAscending ? facts.value < r.best : facts.value > r.best;
            if (r.consistentScores == 0 || better)
                r.best = facts.value;
            ++r.consistentScores;
        }
        game.baselines[board].add(facts.value, settings.outlierWindow);
    }
}

void RuleSet::forgetAccepted(const QString &gameId, const QString &boardId, double value)
{
    const auto game = m_games.find(gameId);
    if (game == m_games.end())
        return;
    const auto board = game->boards.constFind(boardId);
    if (board != game->boards.constEnd())
        game->baselines[*board].removeOne(value);
}

void RuleSet::addToBaseline(const QString &gameId, const QString &boardId, double value, const QJsonObject &json)
{
    const RuleSettings &settings = settingsFor(gameId, json);
    GameState &game = m_games[gameId];
    game.baselines[boardIndex(game, boardId)].append(value, settings.outlierWindow);
}

void RuleSet::prune(qint64 nowMs)
{
    for (GameState &game : m_games) {
        for (auto &shard : game.players.shards()) {
            for (auto it = shard.begin(); it != shard.end();) {
                if (it->prune(nowMs))
                    it = shard.erase(it);
                else
                    ++it;
            }
        }
        // No squeeze(): rehashing costs more than the whole prune (110 ms for 100k players), and the
        // table (~64 B per slot) is reused as players come back.
    }
}

int RuleSet::trackedPlayers() const
{
    int n = 0;
    for (const GameState &game : m_games)
        n += game.players.size();
    return n;
}

int RuleSet::baselineSize(const QString &gameId, const QString &boardId) const
{
    const auto game = m_games.constFind(gameId);
    if (game == m_games.constEnd())
        return 0;
    const auto board = game->boards.constFind(boardId);
    return board == game->boards.constEnd() ? 0 : game->baselines[*board].size();
}

std::size_t RuleSet::approximateBytes() const
{
    std::size_t bytes = 0;
    for (const GameState &game : m_games) {
        for (const auto &shard : game.players.shards())
            for (const PlayerWindows &p : shard)
                bytes += sizeof(PlayerWindows) + p.heapBytes();
        for (const BoardBaseline &b : game.baselines)
            bytes += sizeof(BoardBaseline) + static_cast<std::size_t>(b.size()) * 2 * sizeof(double);
        for (const BoardPlayers &b : game.boardPlayers)
            bytes += sizeof(BoardPlayers) + static_cast<std::size_t>(b.players.size()) * (sizeof(QString) + sizeof(PlayerOnBoard));
    }
    return bytes;
}

} // namespace arbiter
