#include "api/scorescontroller.h"

#include "api/bodyreader.h"
#include "api/clientip.h"
#include "api/queryreader.h"
#include "domain/ids.h"
#include "leaderboard/period.h"
#include "scores/boardservice.h"
#include "scores/flagservice.h"
#include "scores/scoreservice.h"
#include "util/clock.h"
#include "util/timeformat.h"

#include <QJsonDocument>

namespace arbiter {

namespace {

constexpr qsizetype kMaxCachedPages = 256;

QJsonObject standingJson(const Standing &s)
{
    return QJsonObject{{QStringLiteral("rank"), s.rank},
                       {QStringLiteral("playerId"), s.playerId},
                       {QStringLiteral("score"), s.score},
                       {QStringLiteral("achievedAt"), formatTime(s.achievedAtMs)}};
}

QByteArray entriesBody(const QString &boardId, const QString &period, int total, const QList<Standing> &list)
{
    QJsonArray entries;
    for (const Standing &s : list)
        entries.append(standingJson(s));
    return QJsonDocument(QJsonObject{{QStringLiteral("boardId"), boardId},
                                     {QStringLiteral("period"), period},
                                     {QStringLiteral("total"), total},
                                     {QStringLiteral("entries"), entries}})
        .toJson(QJsonDocument::Compact);
}

// Reads the board fields of a create or PATCH body into a draft.
BoardDraft readBoardDraft(BodyReader &body, bool creating)
{
    BoardDraft draft;
    draft.name = body.string(QStringLiteral("name"), creating, 200);
    draft.sortOrder = body.string(QStringLiteral("sortOrder"), false, 10);
    draft.op = body.string(QStringLiteral("operator"), false, 20);
    draft.reset = body.string(QStringLiteral("reset"), false, 10);
    const QJsonValue max = body.json().value(QStringLiteral("maxPlausible"));
    if (max.isNull())
        draft.maxPlausible = std::optional<double>();
    else if (!max.isUndefined())
        draft.maxPlausible = body.number(QStringLiteral("maxPlausible"), false);
    draft.scoring = body.object(QStringLiteral("scoring"), false);
    return draft;
}

} // namespace

ScoresController::ScoresController(BoardService &boards, ScoreService &scores, FlagService &flags, const Clock &clock)
    : m_boards(boards)
    , m_scores(scores)
    , m_flags(flags)
    , m_clock(clock)
{
}

void ScoresController::submit(const RouteRequest &request, Reply reply)
{
    Result<QJsonObject> json = BodyReader::parseObject(request.http);
    if (!json)
        return reply.error(json.error());
    ScoreRequest score;
    score.boardId = request.param(QStringLiteral("boardId"));
    score.gameId = request.credentialGameId();
    score.testModeHeader = request.http.header("x-test-mode") == "1";
    if (request.session) {
        score.playerId = request.session->playerId;
        score.deviceId = request.session->deviceId;
        score.ip = request.session->ip;
    } else {
        const QJsonValue player = json->value(QStringLiteral("player_id"));
        if (!player.isString() || !isPlayerId(player.toString()))
            return reply.error(Error::invalid(QStringLiteral("invalid_body"),
                                              {{QStringLiteral("player_id"), QStringLiteral("is required with the game secret: 1-128 characters of [A-Za-z0-9._:@-]")}}));
        score.playerId = player.toString();
    }
    score.body = json.value();
    m_scores.submit(score, [reply](Result<ScoreAnswer> answer) {
        if (!answer)
            return reply.error(answer.error());
        reply.send(HttpResponse::json(answer->status, answer->json));
    });
}

const BoardState *ScoresController::readableBoard(const RouteRequest &request, Reply &reply) const
{
    const BoardState *state = m_boards.state(request.param(QStringLiteral("boardId")));
    if (!state || (!request.admin && state->board.gameId != request.credentialGameId())) {
        reply.error(Error::notFound(QStringLiteral("no such board")));
        return nullptr;
    }
    return state;
}

std::optional<QString> ScoresController::readPeriod(const RouteRequest &request, const BoardState &board, Reply &reply) const
{
    const QString given = QueryReader(request.http).string(QStringLiteral("period"));
    const ResetSchedule reset = board.leaderboard->spec().reset;
    if (given.isEmpty())
        return periodKey(reset, m_clock.nowMs());
    std::optional<QString> period = normalizePeriod(reset, given);
    if (!period)
        reply.error(Error::invalid(QStringLiteral("invalid_query"),
                                   {{QStringLiteral("period"), QStringLiteral("is not a period of this board (e.g. all, 2026-11-22, 2026-W47, 2026-11)")}}));
    return period;
}

void ScoresController::entries(const RouteRequest &request, Reply reply)
{
    const BoardState *state = readableBoard(request, reply);
    if (!state)
        return;
    QueryReader query(request.http);
    const int limit = int(query.integer(QStringLiteral("limit"), 100, 1, 1000));
    const int offset = int(query.integer(QStringLiteral("offset"), 0, 0, 100'000'000));
    if (!query.ok())
        return reply.error(query.error());
    const std::optional<QString> period = readPeriod(request, *state, reply);
    if (!period)
        return;
    // Pages are served from a cache while the board has not changed: reads outnumber writes.
    const QString key = state->board.id + QLatin1Char('|') + *period + QLatin1Char('|') + QString::number(offset) + QLatin1Char('|') + QString::number(limit);
    const quint64 version = state->leaderboard->version();
    auto cached = m_pages.find(key);
    if (cached == m_pages.end() || cached->version != version) {
        if (m_pages.size() >= kMaxCachedPages)
            m_pages.clear();
        cached = m_pages.insert(key, CachedPage{version, entriesBody(state->board.id, *period, state->leaderboard->total(*period),
                                                                     state->leaderboard->top(*period, offset, limit))});
    }
    reply.send(HttpResponse::json(200, cached->body));
}

void ScoresController::around(const RouteRequest &request, Reply reply)
{
    const BoardState *state = readableBoard(request, reply);
    if (!state)
        return;
    QueryReader query(request.http);
    const int radius = int(query.integer(QStringLiteral("radius"), 5, 0, 500));
    if (!query.ok())
        return reply.error(query.error());
    const std::optional<QString> period = readPeriod(request, *state, reply);
    if (!period)
        return;
    const QString playerId = request.param(QStringLiteral("playerId"));
    if (!state->leaderboard->standing(*period, playerId))
        return reply.error(Error::make(404, QStringLiteral("not_ranked"), QStringLiteral("'%1' has no rank in this period").arg(playerId)));
    reply.send(HttpResponse::json(200, entriesBody(state->board.id, *period, state->leaderboard->total(*period),
                                                   state->leaderboard->around(*period, playerId, radius))));
}

void ScoresController::playerStanding(const RouteRequest &request, Reply reply)
{
    const BoardState *state = readableBoard(request, reply);
    if (!state)
        return;
    const std::optional<QString> period = readPeriod(request, *state, reply);
    if (!period)
        return;
    const QString playerId = request.param(QStringLiteral("playerId"));
    const std::optional<Standing> standing = state->leaderboard->standing(*period, playerId);
    if (!standing)
        return reply.error(Error::make(404, QStringLiteral("not_ranked"), QStringLiteral("'%1' has no rank in this period").arg(playerId)));
    reply.json(200, QJsonObject{{QStringLiteral("rank"), standing->rank},
                                {QStringLiteral("score"), standing->score},
                                {QStringLiteral("achievedAt"), formatTime(standing->achievedAtMs)}});
}

void ScoresController::createBoard(const RouteRequest &request, Reply reply)
{
    Result<QJsonObject> json = BodyReader::parseObject(request.http);
    if (!json)
        return reply.error(json.error());
    BodyReader body(json.value());
    const BoardDraft draft = readBoardDraft(body, true);
    if (!body.ok())
        return reply.error(body.error());
    m_boards.create(request.param(QStringLiteral("gameId")), draft, request.actor,
                    [reply](Result<Board> board) { reply.result(board, 201, [](const Board &b) { return b.toJson(); }); });
}

void ScoresController::listBoards(const RouteRequest &request, Reply reply)
{
    QJsonArray items;
    for (const Board &board : m_boards.boards(request.param(QStringLiteral("gameId"))))
        items.append(board.toJson());
    reply.json(200, QJsonObject{{QStringLiteral("items"), items}});
}

void ScoresController::patchBoard(const RouteRequest &request, Reply reply)
{
    Result<QJsonObject> json = BodyReader::parseObject(request.http);
    if (!json)
        return reply.error(json.error());
    BodyReader body(json.value());
    const BoardDraft draft = readBoardDraft(body, false);
    if (!body.ok())
        return reply.error(body.error());
    m_boards.update(request.param(QStringLiteral("boardId")), draft, request.actor,
                    [reply](Result<Board> board) { reply.result(board, 200, [](const Board &b) { return b.toJson(); }); });
}

void ScoresController::listFlags(const RouteRequest &request, Reply reply)
{
    QueryReader query(request.http);
    FlagFilter filter;
    filter.gameId = query.string(QStringLiteral("gameId"));
    filter.boardId = query.string(QStringLiteral("boardId"));
    filter.status = query.string(QStringLiteral("status"));
    filter.type = query.string(QStringLiteral("type"));
    filter.playerId = query.string(QStringLiteral("playerId"));
    filter.confidence = query.string(QStringLiteral("confidence"));
    filter.limit = int(query.integer(QStringLiteral("limit"), 50, 1, 1000));
    if (!query.ok())
        return reply.error(query.error());
    m_flags.list(filter, query.string(QStringLiteral("cursor")), [reply](Result<FlagPage> page) {
        reply.result(page, 200, [](const FlagPage &p) {
            QJsonArray items;
            for (const Flag &flag : p.items)
                items.append(flag.toJson());
            return QJsonObject{{QStringLiteral("items"), items},
                               {QStringLiteral("nextCursor"), p.nextCursor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.nextCursor)}};
        });
    });
}

void ScoresController::resolveFlag(const RouteRequest &request, Reply reply)
{
    Result<QJsonObject> json = BodyReader::parseObject(request.http);
    if (!json)
        return reply.error(json.error());
    BodyReader body(json.value());
    const auto status = body.string(QStringLiteral("status"), true, 40);
    const auto note = body.string(QStringLiteral("note"), false, 2000, 0);
    if (!body.ok())
        return reply.error(body.error());
    m_flags.resolve(request.param(QStringLiteral("flagId")), *status, note.value_or(QString()), request.actor,
                    [reply](Result<Flag> flag) { reply.result(flag, 200, [](const Flag &f) { return f.toJson(); }); });
}

void ScoresController::flagStats(const RouteRequest &request, Reply reply)
{
    m_flags.ruleStats(QueryReader(request.http).string(QStringLiteral("gameId")), [reply](Result<QList<RuleStats>> stats) {
        reply.result(stats, 200, [](const QList<RuleStats> &list) {
            QJsonArray rules;
            for (const RuleStats &s : list)
                rules.append(s.toJson());
            return QJsonObject{{QStringLiteral("rules"), rules}};
        });
    });
}

} // namespace arbiter
