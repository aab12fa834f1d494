#include "tournaments/tournamentservice.h"

#include "domain/flag.h"
#include "domain/game.h"
#include "domain/ids.h"
#include "domain/submission.h"
#include "enforcement/watchservice.h"
#include "games/gameservice.h"
#include "leaderboard/leaderboard.h"
#include "scores/boardservice.h"
#include "scores/scoreevents.h"
#include "scores/scoreservice.h"
#include "storage/scorerepository.h"
#include "storage/tournamentrepository.h"
#include "storage/writer.h"
#include "tournaments/endgamepayload.h"

#include <QJsonDocument>

#include <cmath>

namespace arbiter {

namespace {

using Work = std::function<Status(QSqlDatabase &)>;

QString attemptKey(const QString &tournamentId, const QString &playerId)
{
    return tournamentId + QChar(0) + playerId;
}

// Chains `next` after `work` in the same Writer job.
void then(Work &work, Work next)
{
    work = [first = std::move(work), next = std::move(next)](QSqlDatabase &db) -> Status {
        if (first)
            if (Status s = first(db); !s)
                return s;
        return next(db);
    };
}

Error roundNotFound()
{
    return Error::notFound(QStringLiteral("no such round in this tournament"));
}

} // namespace

TournamentService::TournamentService(Writer &writer, const Clock &clock, GameService &games, BoardService &boards,
                                     ScoreService &scores, WatchService &watch, ScoreEvents &events,
                                     QList<Tournament> tournaments, QList<Round> rounds, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_clock(clock)
    , m_games(games)
    , m_boards(boards)
    , m_scores(scores)
    , m_watch(watch)
    , m_events(events)
{
    for (Tournament &t : tournaments) {
        m_order.append(t.id);
        m_tournaments.insert(t.id, std::move(t));
    }
    for (Round &r : rounds) {
        ++m_attempts[attemptKey(r.tournamentId, r.playerId)];
        m_rounds.insert(r.id, std::move(r));
    }
}

const Tournament *TournamentService::find(const QString &tournamentId) const
{
    const auto it = m_tournaments.constFind(tournamentId);
    return it == m_tournaments.constEnd() ? nullptr : &*it;
}

QString TournamentService::sortOrderOf(const Tournament &tournament) const
{
    const BoardState *board = m_boards.state(tournament.boardId);
    return board ? board->board.sortOrder : QStringLiteral("desc");
}

QList<Tournament> TournamentService::list(const QString &gameId) const
{
    QList<Tournament> result;
    for (const QString &id : m_order)
        if (gameId.isEmpty() || m_tournaments[id].gameId == gameId)
            result.append(m_tournaments[id]);
    return result;
}

Round *TournamentService::findRound(const QString &tournamentId, const QString &roundId)
{
    const auto it = m_rounds.find(roundId);
    return it == m_rounds.end() || it->tournamentId != tournamentId ? nullptr : &*it;
}

void TournamentService::create(const QString &gameId, const TournamentDraft &draft, const Actor &actor, Callback<Tournament> done)
{
    if (!m_games.find(gameId))
        return done(Error::notFound(QStringLiteral("no game with id '%1'").arg(gameId)));
    QList<FieldError> errors;
    if (draft.name.trimmed().isEmpty() || draft.name.size() > 100)
        errors.append({QStringLiteral("name"), QStringLiteral("must be 1 to 100 characters")});
    if (draft.endsAtMs <= draft.startsAtMs)
        errors.append({QStringLiteral("endsAt"), QStringLiteral("must be after startsAt")});
    if (draft.maxAttempts && (*draft.maxAttempts < 1 || *draft.maxAttempts > 1000000))
        errors.append({QStringLiteral("maxAttempts"), QStringLiteral("must be a whole number from 1 to 1000000")});
    if (!errors.isEmpty())
        return done(Error::invalid(QStringLiteral("invalid_body"), errors, QStringLiteral("the tournament is not valid")));

    Tournament tournament;
    tournament.createdAtMs = m_clock.nowMs();
    tournament.id = newObjectId(tournament.createdAtMs);
    tournament.gameId = gameId;
    tournament.name = draft.name.trimmed();
    tournament.startsAtMs = draft.startsAtMs;
    tournament.endsAtMs = draft.endsAtMs;
    tournament.maxAttempts = draft.maxAttempts;
    tournament.requireServerConfirmation = draft.requireServerConfirmation;

    BoardDraft board;
    board.name = QStringLiteral("Tournament: ") + tournament.name;
    board.sortOrder = draft.sortOrder;
    board.op = QStringLiteral("best");
    board.reset = QStringLiteral("never");
    if (!draft.scoring.isEmpty())
        board.scoring = draft.scoring;
    board.tournamentId = tournament.id;
    m_boards.create(gameId, board, actor, [this, tournament, actor, done](Result<Board> created) mutable {
        if (!created)
            return done(created.error());
        tournament.boardId = created->id;
        m_tournaments.insert(tournament.id, tournament);
        m_order.append(tournament.id);
        m_writer.submit(
            [tournament, actor](QSqlDatabase &db) -> Status {
                if (Status s = TournamentRepository::insertTournament(db, tournament); !s)
                    return s;
                Result<AuditEntry> entry = AuditJournal::append(db, tournament.createdAtMs, actor, QStringLiteral("tournament.create"),
                                                                tournament.id, QJsonObject{{QStringLiteral("name"), tournament.name}});
                return entry ? success() : Status(entry.error());
            },
            this, [tournament, done](Status status) { status ? done(tournament) : done(status.error()); });
    });
}

void TournamentService::startRound(const QString &tournamentId, const Session &session, Callback<Round> done)
{
    const Tournament *tournament = find(tournamentId);
    if (!tournament || tournament->gameId != session.gameId)
        return done(Error::notFound(QStringLiteral("no such tournament")));
    const qint64 now = m_clock.nowMs();
    if (!tournament->openAt(now))
        return done(Error::make(409, QStringLiteral("tournament_closed"), QStringLiteral("the tournament is not running now")));
    int &attempts = m_attempts[attemptKey(tournamentId, session.playerId)];
    if (tournament->maxAttempts && attempts >= *tournament->maxAttempts)
        return done(Error::make(409, QStringLiteral("attempts_exhausted"),
                                QStringLiteral("all %1 attempts of this tournament are used").arg(*tournament->maxAttempts)));
    ++attempts;
    Round round;
    round.id = newObjectId(now);
    round.tournamentId = tournamentId;
    round.playerId = session.playerId;
    round.createdAtMs = now;
    round.updatedAtMs = now;
    m_rounds.insert(round.id, round);
    saveAndAnswer(round, {}, std::move(done));
}

void TournamentService::endRound(const QString &tournamentId, const QString &roundId, const Session &session,
                                 const QJsonObject &body, Callback<Round> done)
{
    const Tournament *tournament = find(tournamentId);
    Round *round = tournament ? findRound(tournamentId, roundId) : nullptr;
    // Another player's round is reported like a missing one: ids must not be probed.
    if (!round || round->playerId != session.playerId || tournament->gameId != session.gameId)
        return done(roundNotFound());
    if (round->ended())
        return done(Error::make(409, QStringLiteral("round_finished"), QStringLiteral("this round has already ended")));
    const Game *game = m_games.find(tournament->gameId);
    const bool encrypted = game && std::any_of(game->keys.cbegin(), game->keys.cend(), [](const EncryptionKey &k) { return k.active(); });

    double score = 0;
    if (encrypted) {
        if (body.contains(QStringLiteral("score")) && !body.contains(QStringLiteral("payload")))
            return done(Error::make(400, QStringLiteral("encryption_required"),
                                    QStringLiteral("this game encrypts endGame: send {\"keyId\",\"payload\"}")));
        const QString keyId = body.value(QStringLiteral("keyId")).toString();
        const EncryptionKey *key = game->activeKey(keyId);
        Result<double> decrypted = key ? decryptEndGamePayload(key->key, body.value(QStringLiteral("payload")).toString(), roundId)
                                       : Result<double>(Error::make(400, QStringLiteral("decrypt_failed"),
                                                                    QStringLiteral("The endGame payload could not be decrypted.")));
        if (!decrypted) {
            // A payload that does not open is tampering (or a broken client): it counts as an alert.
            m_watch.recordAlert(session.gameId, session.playerId, QStringLiteral("payload_tamper"),
                                QJsonObject{{QStringLiteral("roundId"), roundId}, {QStringLiteral("keyId"), keyId}},
                                AlertContext{session.deviceId, session.ip, QStringLiteral("engine")},
                                [done, error = decrypted.error()](Result<AlertOutcome>) { done(error); });
            return;
        }
        score = decrypted.value();
    } else {
        const QJsonValue value = body.value(QStringLiteral("score"));
        if (!value.isDouble() || !std::isfinite(value.toDouble()) || std::abs(value.toDouble()) > 1e15)
            return done(Error::invalid(QStringLiteral("invalid_body"), {{QStringLiteral("score"), QStringLiteral("must be a finite number")}}));
        score = value.toDouble();
    }

    const qint64 now = m_clock.nowMs();
    round->clientScore = score;
    round->status = QStringLiteral("finished");
    round->updatedAtMs = now;

    BoardState *board = m_boards.state(tournament->boardId);
    Submission submission;
    submission.id = newObjectId(now);
    submission.gameId = tournament->gameId;
    submission.boardId = tournament->boardId;
    submission.playerId = round->playerId;
    submission.eventUuid = QStringLiteral("round:") + round->id;
    submission.value = score;
    submission.points = board ? board->board.scoring.points(score, std::nullopt, std::nullopt, false) : score;
    submission.body = QJsonDocument(QJsonObject{{QStringLiteral("roundId"), round->id}, {QStringLiteral("score"), score}}).toJson(QJsonDocument::Compact);
    submission.requestHash = QByteArray(16, '\0');
    submission.status = QStringLiteral("accepted");
    submission.ruleSetId = board ? board->board.ruleSetId : QString();
    submission.deviceId = session.deviceId;
    submission.ip = session.ip;
    submission.atMs = now;
    submission.response = QByteArrayLiteral("{}");
    // With requireServerConfirmation the score is held back (stored as removed) until confirmed.
    const bool held = tournament->requireServerConfirmation;
    if (held)
        submission.removedAtMs = now;
    else if (board) {
        board->leaderboard->add(submission.id, submission.playerId, submission.points, now);
        m_events.boardChanged(board->board.id);
    }
    round->submissionId = submission.id;

    Work work = [submission](QSqlDatabase &db) { return ScoreRepository::insertSubmission(db, submission); };
    if (round->serverValid.has_value())
        settle(*round, *tournament, work);
    saveAndAnswer(*round, std::move(work), std::move(done));
}

void TournamentService::confirm(const QString &tournamentId, const QString &roundId, QByteArrayView secret,
                                const ServerWord &word, Callback<Round> done)
{
    const Tournament *tournament = find(tournamentId);
    if (!tournament)
        return done(roundNotFound());
    if (!m_games.checkSecret(tournament->gameId, secret))
        return done(Error::make(401, QStringLiteral("invalid_secret"),
                                QStringLiteral("the escs-game-secret-key does not match this tournament's game")));
    Round *round = findRound(tournamentId, roundId);
    if (!round)
        return done(roundNotFound());
    if (round->serverValid.has_value())
        return done(Error::make(409, QStringLiteral("already_confirmed"), QStringLiteral("the game server already confirmed this round")));
    round->serverValid = word.valid;
    round->serverScore = word.score;
    round->updatedAtMs = m_clock.nowMs();
    Work work;
    if (round->ended() || !word.valid)
        settle(*round, *tournament, work);
    saveAndAnswer(*round, std::move(work), std::move(done));
}

void TournamentService::settle(Round &round, const Tournament &tournament, Work &work)
{
    const qint64 now = m_clock.nowMs();
    const bool match = round.serverValid.value_or(false) && round.clientScore && round.serverScore
                       && std::abs(*round.clientScore - *round.serverScore) <= 1e-9 * std::max(1.0, std::abs(*round.serverScore));
    if (match) {
        round.status = QStringLiteral("confirmed");
        if (tournament.requireServerConfirmation && !round.submissionId.isEmpty()) {
            if (BoardState *board = m_boards.state(tournament.boardId)) {
                board->leaderboard->add(round.submissionId, round.playerId,
                                        board->board.scoring.points(*round.clientScore, std::nullopt, std::nullopt, false), now);
                m_events.boardChanged(board->board.id);
            }
            then(work, [id = round.submissionId](QSqlDatabase &db) { return ScoreRepository::markRemoved(db, id, std::nullopt); });
        }
        return;
    }
    round.status = QStringLiteral("invalidated");
    if (!round.submissionId.isEmpty()) {
        if (!tournament.requireServerConfirmation)
            m_scores.removeFromBoard(tournament.boardId, round.submissionId, round.playerId, round.clientScore.value_or(0));
        then(work, [id = round.submissionId, now](QSqlDatabase &db) { return ScoreRepository::markRemoved(db, id, now); });
    }
    Flag flag;
    flag.id = newObjectId(now);
    flag.gameId = tournament.gameId;
    flag.boardId = tournament.boardId;
    flag.playerId = round.playerId;
    flag.submissionId = round.submissionId;
    flag.type = QStringLiteral("server_mismatch");
    flag.confidence = QStringLiteral("high");
    flag.action = QStringLiteral("invalidated");
    flag.status = QStringLiteral("confirmed_cheat");
    flag.details = QJsonObject{{QStringLiteral("roundId"), round.id},
                               {QStringLiteral("tournamentId"), tournament.id},
                               {QStringLiteral("isValid"), round.serverValid.value_or(false)},
                               {QStringLiteral("clientScore"), round.clientScore ? QJsonValue(*round.clientScore) : QJsonValue(QJsonValue::Null)},
                               {QStringLiteral("serverScore"), round.serverScore ? QJsonValue(*round.serverScore) : QJsonValue(QJsonValue::Null)}};
    flag.createdAtMs = now;
    flag.resolvedAtMs = now;
    flag.resolvedBy = QStringLiteral("game-server");
    then(work, [flag](QSqlDatabase &db) -> Status {
        if (Status s = ScoreRepository::insertFlag(db, flag); !s)
            return s;
        return ScoreRepository::resolveFlag(db, flag);
    });
    m_events.flag(flag.id);
    m_scores.tiers().recordConfirmedCheat(tournament.gameId, round.playerId, now);
    m_watch.recordAlert(tournament.gameId, round.playerId, QStringLiteral("server_mismatch"), flag.details,
                        AlertContext{QString(), QString(), QStringLiteral("engine")}, [](Result<AlertOutcome>) {});
}

void TournamentService::saveAndAnswer(const Round &round, Work work, Callback<Round> done)
{
    then(work, [round](QSqlDatabase &db) { return TournamentRepository::saveRound(db, round); });
    m_writer.submit(std::move(work), this, [round, done](Status status) { status ? done(round) : done(status.error()); });
}

} // namespace arbiter
