#include "api/tournamentscontroller.h"

#include "api/bodyreader.h"
#include "api/queryreader.h"
#include "leaderboard/leaderboard.h"
#include "scores/boardservice.h"
#include "tournaments/tournamentservice.h"
#include "util/timeformat.h"

namespace arbiter {

namespace {

QJsonObject roundJson(const Round &round)
{
    return round.toJson();
}

} // namespace

TournamentsController::TournamentsController(TournamentService &tournaments, BoardService &boards)
    : m_tournaments(tournaments)
    , m_boards(boards)
{
}

void TournamentsController::create(const RouteRequest &request, Reply reply)
{
    Result<QJsonObject> json = BodyReader::parseObject(request.http);
    if (!json)
        return reply.error(json.error());
    BodyReader body(json.value());
    TournamentDraft draft;
    draft.name = body.string(QStringLiteral("name"), true, 100).value_or(QString());
    const auto startsAt = body.string(QStringLiteral("startsAt"), true, 40);
    const auto endsAt = body.string(QStringLiteral("endsAt"), true, 40);
    const auto maxAttempts = body.number(QStringLiteral("maxAttempts"), false);
    draft.sortOrder = body.string(QStringLiteral("sortOrder"), false, 10).value_or(QStringLiteral("desc"));
    draft.scoring = body.object(QStringLiteral("scoring"), false).value_or(QJsonObject());
    draft.requireServerConfirmation = body.boolean(QStringLiteral("requireServerConfirmation"), false).value_or(false);
    for (const auto &[text, target, name] : {std::tuple{&startsAt, &draft.startsAtMs, "startsAt"}, std::tuple{&endsAt, &draft.endsAtMs, "endsAt"}}) {
        if (!*text)
            continue;
        if (const std::optional<qint64> ms = parseTime(**text))
            *target = *ms;
        else
            body.addError(QLatin1String(name), QStringLiteral("must be an RFC 3339 time"));
    }
    if (maxAttempts) {
        if (*maxAttempts != std::floor(*maxAttempts))
            body.addError(QStringLiteral("maxAttempts"), QStringLiteral("must be a whole number"));
        else
            draft.maxAttempts = int(std::clamp(*maxAttempts, -1.0, 2e9));
    }
    if (!body.ok())
        return reply.error(body.error());
    m_tournaments.create(request.param(QStringLiteral("gameId")), draft, request.actor, [this, reply](Result<Tournament> t) {
        reply.result(t, 201, [this](const Tournament &tournament) { return tournament.toJson(m_tournaments.sortOrderOf(tournament)); });
    });
}

void TournamentsController::list(const RouteRequest &request, Reply reply)
{
    QJsonArray items;
    for (const Tournament &t : m_tournaments.list(request.param(QStringLiteral("gameId"))))
        items.append(t.toJson(m_tournaments.sortOrderOf(t)));
    reply.json(200, QJsonObject{{QStringLiteral("items"), items}});
}

void TournamentsController::startRound(const RouteRequest &request, Reply reply)
{
    m_tournaments.startRound(request.param(QStringLiteral("tournamentId")), *request.session,
                             [reply](Result<Round> round) { reply.result(round, 201, roundJson); });
}

void TournamentsController::endRound(const RouteRequest &request, Reply reply)
{
    Result<QJsonObject> json = BodyReader::parseObject(request.http);
    if (!json)
        return reply.error(json.error());
    m_tournaments.endRound(request.param(QStringLiteral("tournamentId")), request.param(QStringLiteral("roundId")),
                           *request.session, json.value(), [reply](Result<Round> round) { reply.result(round, 200, roundJson); });
}

void TournamentsController::confirm(const RouteRequest &request, Reply reply)
{
    const QByteArray secret = request.http.header("escs-game-secret-key");
    if (secret.isEmpty())
        return reply.error(Error::make(401, QStringLiteral("invalid_secret"), QStringLiteral("the escs-game-secret-key header is required")));
    Result<QJsonObject> json = BodyReader::parseObject(request.http);
    if (!json)
        return reply.error(json.error());
    BodyReader body(json.value());
    const auto valid = body.boolean(QStringLiteral("isValid"), true);
    const auto score = body.number(QStringLiteral("score"), valid.value_or(false));
    if (!body.ok())
        return reply.error(body.error());
    m_tournaments.confirm(request.param(QStringLiteral("tournamentId")), request.param(QStringLiteral("roundId")), secret,
                          ServerWord{*valid, score}, [reply](Result<Round> round) {
                              reply.result(round, 200, [](const Round &r) {
                                  // Until the client's score is in, a "valid" word is recorded as confirmed; a
                                  // mismatch found at endGame still invalidates the round.
                                  const QString status = r.status == QLatin1String("invalidated") ? r.status : QStringLiteral("confirmed");
                                  return QJsonObject{{QStringLiteral("_id"), r.id}, {QStringLiteral("status"), status}};
                              });
                          });
}

void TournamentsController::leaderboard(const RouteRequest &request, Reply reply)
{
    const Tournament *tournament = m_tournaments.find(request.param(QStringLiteral("tournamentId")));
    const BoardState *board = tournament ? m_boards.state(tournament->boardId) : nullptr;
    if (!board || (!request.admin && tournament->gameId != request.credentialGameId()))
        return reply.error(Error::notFound(QStringLiteral("no such tournament")));
    QueryReader query(request.http);
    const int limit = int(query.integer(QStringLiteral("limit"), 100, 1, 1000));
    if (!query.ok())
        return reply.error(query.error());
    const QString period = QStringLiteral("all");
    QJsonArray entries;
    for (const Standing &s : board->leaderboard->top(period, 0, limit))
        entries.append(QJsonObject{{QStringLiteral("rank"), s.rank},
                                   {QStringLiteral("playerId"), s.playerId},
                                   {QStringLiteral("score"), s.score},
                                   {QStringLiteral("achievedAt"), formatTime(s.achievedAtMs)}});
    reply.json(200, QJsonObject{{QStringLiteral("boardId"), board->board.id},
                                {QStringLiteral("tournamentId"), tournament->id},
                                {QStringLiteral("period"), period},
                                {QStringLiteral("total"), board->leaderboard->total(period)},
                                {QStringLiteral("entries"), entries}});
}

} // namespace arbiter
