#include "scores/scoreservice.h"

#include "domain/detectionsettings.h"
#include "domain/flag.h"
#include "domain/game.h"
#include "domain/ids.h"
#include "domain/submission.h"
#include "enforcement/enforcementstate.h"
#include "enforcement/loginservice.h"
#include "enforcement/watchservice.h"
#include "games/gameservice.h"
#include "leaderboard/period.h"
#include "scores/boardservice.h"
#include "scores/scoreevents.h"
#include "storage/enforcementrepository.h"
#include "storage/scorerepository.h"
#include "storage/writer.h"
#include "util/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <array>

namespace arbiter {

namespace {

QJsonArray flagSummaries(const QList<Detection> &detections)
{
    QJsonArray flags;
    for (const Detection &d : detections)
        if (d.confidence != Confidence::Low)
            flags.append(QJsonObject{{QStringLiteral("type"), d.type}, {QStringLiteral("confidence"), confidenceName(d.confidence)}});
    return flags;
}

// The answer to a new submission, written straight as compact JSON: the QJsonObject round
// (build, sort, convert to CBOR, encode) was the largest single cost of the answer. Equal, as
// JSON, to {"id", "status", "points", "rank", "flags": flagSummaries}; rejected: {"flags": [...]}.
QByteArray encodeAnswer(bool rejected, const QString &id, const QString &status, double points, std::optional<int> rank,
                        const QList<Detection> &detections)
{
    QByteArray out;
    out.reserve(160);
    out += '{';
    if (!rejected) {
        out += "\"id\":";
        appendJsonString(out, id);
        out += ",\"status\":";
        appendJsonString(out, status);
        out += ",\"points\":";
        out += QByteArray::number(points, 'g', QLocale::FloatingPointShortest);
        out += ",\"rank\":";
        out += rank ? QByteArray::number(*rank) : QByteArrayLiteral("null");
        out += ',';
    }
    out += "\"flags\":[";
    bool first = true;
    for (const Detection &d : detections) {
        if (d.confidence == Confidence::Low)
            continue;
        out += first ? "{\"type\":" : ",{\"type\":";
        first = false;
        appendJsonString(out, d.type);
        out += ",\"confidence\":";
        appendJsonString(out, confidenceName(d.confidence));
        out += '}';
    }
    out += "]}";
    return out;
}

Error rejectedError(const QJsonArray &flags)
{
    Error error = Error::make(422, QStringLiteral("rejected"), QStringLiteral("the submission was rejected by the anti-cheat rules"));
    error.extra.insert(QStringLiteral("flags"), flags);
    return error;
}

} // namespace

Result<ScoreAnswer> storedAnswer(const Submission &s)
{
    if (s.responseStatus == 422)
        return rejectedError(QJsonDocument::fromJson(s.response).object().value(QStringLiteral("flags")).toArray());
    return ScoreAnswer{200, s.response};
}

ScoreService::ScoreService(Writer &writer, const Clock &clock, GameService &games, BoardService &boards,
                           EnforcementState &enforcement, WatchService &watch, ScoreEvents &events, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_clock(clock)
    , m_games(games)
    , m_boards(boards)
    , m_enforcement(enforcement)
    , m_watch(watch)
    , m_events(events)
{
    // Windows only look back an hour; dropping idle players now and then keeps memory flat.
    m_pruneTimer.setInterval(std::chrono::minutes(5));
    connect(&m_pruneTimer, &QTimer::timeout, this, [this] { m_rules.prune(m_clock.nowMs()); });
    m_pruneTimer.start();
}

quint64 ScoreService::eventKey(const QString &gameId, QByteArrayView eventUuidUtf8)
{
    return quint64(qHash(gameId, 0x5eed)) ^ (quint64(qHash(eventUuidUtf8, 0xa11ce)) << 1);
}

quint64 ScoreService::eventKey(const QString &gameId, QStringView eventUuid)
{
    std::array<char, 64> ascii; // a uuid is 36 ASCII characters: narrowed on the stack
    if (eventUuid.size() <= qsizetype(ascii.size())) {
        bool isAscii = true;
        for (qsizetype i = 0; i < eventUuid.size(); ++i) {
            const char16_t c = eventUuid[i].unicode();
            isAscii = isAscii && c < 0x80;
            ascii[size_t(i)] = char(c);
        }
        if (isAscii)
            return eventKey(gameId, QByteArrayView(ascii.data(), eventUuid.size()));
    }
    const QByteArray utf8 = eventUuid.toUtf8();
    return eventKey(gameId, QByteArrayView(utf8));
}

const QJsonObject &ScoreService::settingsFor(const QString &gameId)
{
    auto it = m_settings.find(gameId);
    if (it == m_settings.end()) {
        const Game *game = m_games.find(gameId);
        it = m_settings.insert(gameId, effectiveDetectionSettings(game ? game->settings.detectionOverrides : QJsonObject()));
    }
    return *it;
}

void ScoreService::restoreEventKey(const QString &gameId, QByteArrayView eventUuidUtf8, PackedObjectId submissionId)
{
    m_eventKeys[eventKey(gameId, eventUuidUtf8)] = submissionId;
}

void ScoreService::restoreNewest(const QString &gameId, const QString &playerId, PackedObjectId submissionId)
{
    if (gameId != m_restoreGameId || !m_restoreNewest) { // rows come game after game in long runs
        m_restoreGameId = gameId;
        m_restoreNewest = &m_newest[gameId];
    }
    (*m_restoreNewest)[playerId] = submissionId; // the last one stays
}

QString ScoreService::lastSubmissionId(const QString &gameId, const QString &playerId) const
{
    const auto game = m_newest.constFind(gameId);
    if (game == m_newest.constEnd())
        return QString();
    const PackedObjectId *id = game->find(playerId);
    return id && !id->isNull() ? unpackObjectId(*id) : QString();
}

PackedObjectId &ScoreService::newestSlot(const QString &gameId, const QString &playerId)
{
    return m_newest[gameId][playerId];
}

void ScoreService::restoreCounted(const QString &gameId, const QString &boardId, QStringView submissionId,
                                  const QString &playerId, double value, double points, qint64 atMs, bool accepted,
                                  bool recentEnoughForWindows)
{
    // Rows come board after board in long runs: one board lookup per run, not per row.
    if (boardId != m_loadBoardId || !m_loadBoard) {
        m_loadBoardId = boardId;
        m_loadBoard = m_boards.state(boardId);
    }
    BoardState *state = m_loadBoard;
    if (!state)
        return;
    if (accepted) {
        state->leaderboard->add(submissionId, playerId, points, atMs);
        ++state->acceptedScores;
        m_tiers.recordAccepted(gameId, playerId, atMs);
        if (state->board.scoring.capPerDay)
            restorePointsToday(*state, playerId, points, atMs);
    }
    if (recentEnoughForWindows) { // rows come oldest first, as the windows need
        SubmissionFacts facts;
        facts.gameId = gameId;
        facts.boardId = boardId;
        facts.playerId = playerId;
        facts.value = value;
        facts.atMs = atMs;
        m_rules.record(facts, accepted, settingsFor(gameId));
    } else if (accepted) {
        m_rules.addToBaseline(gameId, boardId, value, settingsFor(gameId));
    }
}

void ScoreService::restorePointsToday(BoardState &state, const QString &playerId, double points, qint64 atMs)
{
    if (m_loadDayKey.isEmpty()) { // once per start
        const qint64 now = m_clock.nowMs();
        m_loadDayKey = periodKey(ResetSchedule::Daily, now);
        m_loadDayStartMs = now - now % (24LL * 60 * 60 * 1000); // UTC days: Unix time has no leap seconds
    }
    if (atMs < m_loadDayStartMs)
        return;
    state.dayKey = m_loadDayKey;
    state.pointsToday[playerId] += points;
}

void ScoreService::submit(const ScoreRequest &request, Callback<ScoreAnswer> done)
{
    BoardState *state = m_boards.state(request.boardId);
    if (!state || state->board.gameId != request.gameId)
        return done(Error::notFound(QStringLiteral("no board with id '%1' in this game").arg(request.boardId)));
    if (m_enforcement.bans.activeBan(request.gameId, request.playerId, request.deviceId, request.ip, m_clock.nowMs()))
        return done(bannedError());
    Result<ScoreFields> fields = validateScoreBody(request.body, state->board);
    if (!fields)
        return done(fields.error());
    if (const PackedObjectId *stored = m_eventKeys.find(eventKey(request.gameId, fields->eventUuid)))
        return replay(request, requestHash(request, canonicalBody(request.body)),
                      fields->eventUuid, *stored, std::move(done));
    process(request, fields.value(), std::move(done));
}

void ScoreService::replay(const ScoreRequest &request, const QByteArray &hash, const QString &eventUuid,
                          PackedObjectId stored, Callback<ScoreAnswer> done)
{
    // The Writer runs jobs in order, so this read sees the first submission even if it was only
    // queued a moment ago. The row must be this game's and this player's event with this body:
    // the same event under another player is a conflict too, and so, once in 2^64, is a collision
    // of two keys (docs/decisions.md).
    const QString id = stored.isNull() ? QString() : unpackObjectId(stored);
    m_writer.run<std::optional<Submission>>(
        [id](QSqlDatabase &db) -> Result<std::optional<Submission>> {
            if (id.isEmpty())
                return std::optional<Submission>();
            return ScoreRepository::findSubmission(db, id);
        },
        this, [hash, done, gameId = request.gameId, playerId = request.playerId, eventUuid](Result<std::optional<Submission>> found) {
            if (!found)
                return done(found.error());
            const std::optional<Submission> &s = found.value();
            if (!s || s->gameId != gameId || s->playerId != playerId || s->eventUuid != eventUuid || s->requestHash != hash)
                return done(Error::make(409, QStringLiteral("event_conflict"),
                                        QStringLiteral("this event_uuid was already used with another body")));
            done(storedAnswer(*s));
        });
}

void ScoreService::process(const ScoreRequest &request, const ScoreFields &fields, Callback<ScoreAnswer> done)
{
    BoardState *state = m_boards.state(request.boardId);
    const Game *game = m_games.find(request.gameId);
    if (!state || !game)
        return done(Error::notFound(QStringLiteral("no such board")));
    const Board &board = state->board;
    const qint64 now = m_clock.nowMs();
    const bool testMode = game->settings.testMode || request.testModeHeader;
    const QString period = periodKey(state->leaderboard->spec().reset, now);

    // Points, with the daily cap (today's points are kept for capped boards only).
    double points = board.scoring.points(fields.score, fields.bet, fields.win, fields.bonus);
    if (board.scoring.capPerDay) {
        if (const QString day = periodKey(ResetSchedule::Daily, now); state->dayKey != day) {
            state->dayKey = day;
            state->pointsToday.clear();
        }
        points = std::clamp(points, 0.0, std::max(0.0, *board.scoring.capPerDay - state->pointsToday.value(request.playerId)));
    }
    const double value = fields.score.value_or(points);

    // The rules.
    SubmissionFacts facts;
    facts.gameId = request.gameId;
    facts.boardId = request.boardId;
    facts.playerId = request.playerId;
    facts.value = value;
    facts.atMs = now;
    const Player *player = m_enforcement.players.find(request.gameId, request.playerId);
    facts.tier = m_tiers.tier(request.gameId, request.playerId, player ? player->firstSeenMs : now, now);
    facts.boardAscending = board.sortOrder == QLatin1String("asc");
    facts.maxPlausible = board.maxPlausible;
    facts.boardAcceptedScores = state->acceptedScores;
    facts.boardRankedPlayers = state->leaderboard->total(period);
    facts.playerEarlierAcceptedScores = state->leaderboard->countedSubmissions(request.playerId);
    facts.prospectiveRank = state->leaderboard->prospectiveRank(period, request.playerId, points, now);
    facts.clusterSize = m_enforcement.links.clusterSize(request.gameId, request.playerId);
    facts.clusterHasBannedMember = m_enforcement.links.clusterHasBannedOtherThan(request.gameId, request.playerId);
    facts.deviceAccounts = m_enforcement.links.deviceAccounts(request.gameId, request.deviceId);
    const QJsonObject &settings = settingsFor(request.gameId);
    RuleVerdict verdict;
    if (game->settings.antiCheat && !testMode)
        verdict = m_rules.evaluate(facts, settings);

    Confidence strongest = Confidence::Low;
    bool rateLimited = false;
    for (const Detection &d : std::as_const(verdict.detections)) {
        strongest = std::max(strongest, d.confidence);
        rateLimited = rateLimited || (d.type == QLatin1String("rate_limit") && d.confidence == Confidence::High);
    }
    const bool anyFired = !verdict.detections.isEmpty();
    const QString status = anyFired && strongest == Confidence::High ? QStringLiteral("rejected")
                           : anyFired && strongest == Confidence::Medium ? QStringLiteral("flagged")
                                                                        : QStringLiteral("accepted");

    // Every medium or high detection is also an alert for the eye stages.
    const auto raiseAlerts = [this, request, detections = verdict.detections] {
        for (const Detection &d : detections)
            if (d.confidence != Confidence::Low)
                m_watch.recordAlert(request.gameId, request.playerId, d.type, d.evidence,
                                    AlertContext{request.deviceId, request.ip, QStringLiteral("engine")}, [](Result<AlertOutcome>) {});
    };

    if (rateLimited) {
        // Not stored and no quota spent: the client is told when to come back.
        Error error = Error::make(429, QStringLiteral("rate_limited"), QStringLiteral("too many submissions on this board"));
        const qint64 waitMs = verdict.retryAfterMs.value_or(1000);
        error.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(std::max<qint64>(1, (waitMs + 999) / 1000))});
        m_events.submission(QString(), QStringLiteral("rate_limited"));
        raiseAlerts();
        return done(error);
    }

    Submission submission;
    const PackedObjectId stored = newPackedObjectId(now); // also kept with the event key and as the player's newest
    submission.id = unpackObjectId(stored);
    submission.gameId = request.gameId;
    submission.boardId = request.boardId;
    submission.playerId = request.playerId;
    submission.eventUuid = fields.eventUuid;
    submission.body = canonicalBody(request.body);
    submission.requestHash = requestHash(request, submission.body);
    submission.value = value;
    submission.points = points;
    submission.status = status;
    submission.testMode = testMode;
    submission.ruleSetId = board.ruleSetId;
    submission.deviceId = request.deviceId;
    submission.ip = request.ip;
    submission.atMs = now;
    for (const Detection &d : std::as_const(verdict.detections))
        submission.detections.append(QJsonObject{{QStringLiteral("type"), d.type},
                                                 {QStringLiteral("confidence"), confidenceName(d.confidence)},
                                                 {QStringLiteral("evidence"), d.evidence}});

    QList<Flag> flags;
    for (const Detection &d : std::as_const(verdict.detections)) {
        if (d.confidence == Confidence::Low)
            continue;
        Flag flag;
        flag.id = newObjectId(now);
        flag.gameId = request.gameId;
        flag.boardId = request.boardId;
        flag.playerId = request.playerId;
        flag.submissionId = submission.id;
        flag.type = d.type;
        flag.confidence = confidenceName(d.confidence);
        flag.action = status == QLatin1String("rejected") ? QStringLiteral("rejected") : QStringLiteral("flagged");
        flag.details = QJsonObject{{QStringLiteral("evidence"), d.evidence}, {QStringLiteral("value"), value},
                                   {QStringLiteral("points"), points}, {QStringLiteral("tier"), tierName(facts.tier)}};
        flag.createdAtMs = now;
        flags.append(flag);
    }

    const bool counted = status != QLatin1String("rejected") && !testMode;
    std::optional<int> rank;
    if (counted) {
        int boardRank = 0; // in the submission's period, which is the current one
        state->leaderboard->add(submission.id, request.playerId, points, now, &boardRank);
        ++state->acceptedScores;
        if (board.scoring.capPerDay)
            state->pointsToday[request.playerId] += points;
        m_tiers.recordAccepted(request.gameId, request.playerId, now);
        if (boardRank > 0)
            rank = boardRank;
    }
    if (!testMode)
        m_rules.record(facts, counted, settings);

    const bool rejected = status == QLatin1String("rejected");
    submission.responseStatus = rejected ? 422 : 201;
    submission.response = encodeAnswer(rejected, submission.id, status, points, rank, verdict.detections);
    const QJsonArray summaries = rejected ? flagSummaries(verdict.detections) : QJsonArray();
    const ScoreAnswer answer{201, submission.response}; // shares the bytes: encoded once
    // The player's chain: this submission names their previous one and becomes their newest.
    PackedObjectId &newest = newestSlot(request.gameId, request.playerId);
    const PackedObjectId previous = newest;
    submission.previousId = previous.isNull() ? QString() : unpackObjectId(previous);
    newest = stored;
    m_eventKeys[eventKey(request.gameId, fields.eventUuid)] = stored;

    m_writer.submit(
        [submission, flags](QSqlDatabase &db) -> Status {
            if (Status s = ScoreRepository::insertSubmission(db, submission); !s)
                return s;
            for (const Flag &flag : flags)
                if (Status s = ScoreRepository::insertFlag(db, flag); !s)
                    return s;
            return success();
        },
        this,
        [this, submission, flags, counted, rejected, summaries, answer, raiseAlerts, done, previous, stored](Status committed) {
            if (!committed) {
                if (BoardState *s = m_boards.state(submission.boardId); s && counted)
                    s->leaderboard->remove(submission.id, submission.playerId);
                m_eventKeys.remove(eventKey(submission.gameId, submission.eventUuid));
                // A later submission of the player already queued keeps its link to this one: their
                // history then ends there (docs/decisions.md).
                if (PackedObjectId &newest = newestSlot(submission.gameId, submission.playerId); newest == stored)
                    newest = previous;
                return done(committed.error());
            }
            m_events.submission(submission.id, submission.status);
            for (const Flag &flag : flags)
                m_events.flag(flag.id);
            if (counted)
                m_events.boardChanged(submission.boardId);
            raiseAlerts();
            if (rejected)
                return done(rejectedError(summaries));
            done(answer);
        });
}

void ScoreService::removeFromBoard(const QString &boardId, const QString &submissionId, const QString &playerId,
                                   double value)
{
    BoardState *state = m_boards.state(boardId);
    if (!state)
        return;
    state->leaderboard->remove(submissionId, playerId);
    m_events.boardChanged(boardId);
    m_rules.forgetAccepted(state->board.gameId, boardId, value);
}

} // namespace arbiter

namespace arbiter {

void ScoreService::onPlayerBanned(const QString &gameId, const QString &playerId)
{
    m_boards.setPlayerHidden(gameId, playerId, true);
}

void ScoreService::onPlayerUnbanned(const QString &gameId, const QString &playerId, bool restoreScores)
{
    if (restoreScores) {
        m_boards.setPlayerHidden(gameId, playerId, false);
        return;
    }
    const qint64 now = m_clock.nowMs();
    m_writer.run<QList<Submission>>(
        [newestId = lastSubmissionId(gameId, playerId)](QSqlDatabase &db) {
            return ScoreRepository::playerSubmissions(db, newestId, std::numeric_limits<int>::max());
        },
        this, [this, gameId, playerId, now](Result<QList<Submission>> submissions) {
            QStringList dropped;
            if (submissions) {
                for (const Submission &s : submissions.value()) {
                    if (s.removedAtMs || s.testMode || s.status == QLatin1String("rejected") || s.atMs > now)
                        continue;
                    if (BoardState *state = m_boards.state(s.boardId)) {
                        state->leaderboard->remove(s.id, s.playerId);
                        m_events.boardChanged(s.boardId);
                    }
                    dropped.append(s.id);
                }
            }
            m_boards.setPlayerHidden(gameId, playerId, false);
            m_writer.submit(
                [dropped, now](QSqlDatabase &db) -> Status {
                    for (const QString &id : dropped)
                        if (Status s = ScoreRepository::markRemoved(db, id, now); !s)
                            return s;
                    return success();
                },
                this, [](Status) {});
        });
}

void ScoreService::setPlayerTier(const QString &gameId, const QString &playerId, std::optional<TrustTier> tier,
                                 const Actor &actor, Callback<Unit> done)
{
    if (!m_enforcement.players.find(gameId, playerId))
        return done(Error::notFound(QStringLiteral("no player '%1' in game '%2'").arg(playerId, gameId)));
    const QString name = tier ? tierName(*tier) : QStringLiteral("auto");
    const qint64 now = m_clock.nowMs();
    m_writer.submit(
        [gameId, playerId, tier, name, actor, now](QSqlDatabase &db) -> Status {
            if (Status s = EnforcementRepository::saveTier(db, gameId, playerId, tier ? name : QStringLiteral("C"), tier.has_value()); !s)
                return s;
            const QJsonObject details{{QStringLiteral("gameId"), gameId}, {QStringLiteral("tier"), name}};
            if (Result<AuditEntry> entry = AuditJournal::append(db, now, actor, QStringLiteral("player.tier"), playerId, details); !entry)
                return entry.error();
            return success();
        },
        this,
        [this, gameId, playerId, tier, done](Status status) {
            if (!status)
                return done(status.error());
            m_tiers.setModeratorTier(gameId, playerId, tier);
            if (Player *player = m_enforcement.players.find(gameId, playerId)) {
                player->tierSetByModerator = tier.has_value();
                player->tier = tier ? tierName(*tier) : QStringLiteral("C");
            }
            done(Unit{});
        });
}

TrustTier ScoreService::effectiveTier(const QString &gameId, const QString &playerId) const
{
    const Player *player = m_enforcement.players.find(gameId, playerId);
    const qint64 now = m_clock.nowMs();
    return m_tiers.tier(gameId, playerId, player ? player->firstSeenMs : now, now);
}

} // namespace arbiter

namespace arbiter {

void ScoreService::returnToBoard(const QString &boardId, const QString &submissionId, const QString &playerId, double value,
                                 double points, qint64 atMs)
{
    BoardState *state = m_boards.state(boardId);
    if (!state)
        return;
    state->leaderboard->add(submissionId, playerId, points, atMs);
    m_events.boardChanged(boardId);
    m_rules.addToBaseline(state->board.gameId, boardId, value, settingsFor(state->board.gameId));
}

} // namespace arbiter
