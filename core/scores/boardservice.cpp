#include "scores/boardservice.h"

#include "domain/ids.h"
#include "games/gameservice.h"
#include "storage/scorerepository.h"
#include "storage/writer.h"

namespace arbiter {

namespace {

constexpr int kMaxBoardName = 100;
constexpr double kMaxNumber = 1e15;

} // namespace

BoardService::BoardService(Writer &writer, const Clock &clock, GameService &games, QList<Board> boards, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_clock(clock)
    , m_games(games)
{
    for (Board &board : boards) {
        Result<BoardSpec> spec = specOf(board);
        if (!spec)
            continue;
        auto *state = new BoardState{std::move(board), std::make_unique<Leaderboard>(spec.value()), 0, {}, {}};
        m_order.append(state->board.id);
        m_boards.insert(state->board.id, state);
    }
}

BoardService::~BoardService()
{
    qDeleteAll(m_boards);
}

Result<BoardSpec> BoardService::specOf(const Board &board)
{
    const auto sort = sortOrderFromName(board.sortOrder);
    const auto op = operatorFromName(board.op);
    const auto reset = resetFromName(board.reset);
    QList<FieldError> errors;
    if (!sort)
        errors.append({QStringLiteral("sortOrder"), QStringLiteral("must be desc or asc")});
    if (!op)
        errors.append({QStringLiteral("operator"), QStringLiteral("must be best, latest, sum or best_n_sum")});
    if (!reset)
        errors.append({QStringLiteral("reset"), QStringLiteral("must be never, daily, weekly or monthly")});
    if (!errors.isEmpty())
        return Error::invalid(QStringLiteral("invalid_body"), errors, QStringLiteral("the board is not valid"));
    return BoardSpec{board.id, *sort, *op, *reset, board.scoring.bestN};
}

BoardState *BoardService::state(const QString &boardId)
{
    return m_boards.value(boardId, nullptr);
}

const BoardState *BoardService::state(const QString &boardId) const
{
    return m_boards.value(boardId, nullptr);
}

QList<BoardState *> BoardService::allStates()
{
    QList<BoardState *> states;
    for (const QString &id : std::as_const(m_order))
        states.append(m_boards.value(id));
    return states;
}

QList<Board> BoardService::boards(const QString &gameId) const
{
    QList<Board> list;
    for (const QString &id : m_order) {
        const BoardState *s = m_boards.value(id);
        if (gameId.isEmpty() || s->board.gameId == gameId)
            list.append(s->board);
    }
    return list;
}

void BoardService::setPlayerHidden(const QString &gameId, const QString &playerId, bool hidden)
{
    for (BoardState *s : std::as_const(m_boards))
        if (s->board.gameId == gameId)
            s->leaderboard->setPlayerHidden(playerId, hidden);
}

void BoardService::create(const QString &gameId, const BoardDraft &draft, const Actor &actor, Callback<Board> done)
{
    if (!m_games.find(gameId))
        return done(Error::notFound(QStringLiteral("no game with id '%1'").arg(gameId)));
    const qint64 now = m_clock.nowMs();
    Board board;
    board.id = newObjectId(now);
    board.gameId = gameId;
    board.name = draft.name.value_or(QString()).trimmed();
    board.sortOrder = draft.sortOrder.value_or(QStringLiteral("desc"));
    board.op = draft.op.value_or(QStringLiteral("best"));
    board.reset = draft.reset.value_or(QStringLiteral("never"));
    board.maxPlausible = draft.maxPlausible.value_or(std::nullopt);
    board.tournamentId = draft.tournamentId;
    board.createdAtMs = now;
    board.ruleSetId = newObjectId(now);
    board.ruleSetVersion = 1;
    QList<FieldError> errors;
    if (board.name.isEmpty() || board.name.size() > kMaxBoardName)
        errors.append({QStringLiteral("name"), QStringLiteral("must be 1 to %1 characters").arg(kMaxBoardName)});
    if (board.maxPlausible && std::abs(*board.maxPlausible) > kMaxNumber)
        errors.append({QStringLiteral("maxPlausible"), QStringLiteral("must be a number within ±1e15")});
    if (draft.scoring) {
        Result<Scoring> scoring = Scoring::fromJson(*draft.scoring);
        if (!scoring)
            errors.append(scoring.error().fields);
        else
            board.scoring = scoring.value();
    }
    Result<BoardSpec> spec = specOf(board);
    if (!spec)
        errors.append(spec.error().fields);
    if (!errors.isEmpty())
        return done(Error::invalid(QStringLiteral("invalid_body"), errors, QStringLiteral("the board is not valid")));

    auto *state = new BoardState{board, std::make_unique<Leaderboard>(spec.value()), 0, {}, {}};
    m_boards.insert(board.id, state);
    m_order.append(board.id);
    m_writer.submit(
        [board, actor, now](QSqlDatabase &db) -> Status {
            if (Status s = ScoreRepository::insertBoard(db, board); !s)
                return s;
            Result<AuditEntry> entry = AuditJournal::append(db, now, actor, QStringLiteral("board.create"), board.id,
                                                            QJsonObject{{QStringLiteral("gameId"), board.gameId},
                                                                        {QStringLiteral("name"), board.name}});
            return entry ? success() : Status(entry.error());
        },
        this, [this, board, done](Status status) {
            if (!status)
                return done(status.error());
            emit boardChanged(board.id);
            done(board);
        });
}

void BoardService::update(const QString &boardId, const BoardDraft &draft, const Actor &actor, Callback<Board> done)
{
    BoardState *state = m_boards.value(boardId, nullptr);
    if (!state)
        return done(Error::notFound(QStringLiteral("no board with id '%1'").arg(boardId)));
    Board next = state->board;
    QList<FieldError> errors;
    // The shape of a live board is fixed: changing it would silently re-rank history.
    for (const auto &[value, current, name] : {std::tuple{&draft.sortOrder, next.sortOrder, "sortOrder"},
                                               std::tuple{&draft.op, next.op, "operator"},
                                               std::tuple{&draft.reset, next.reset, "reset"}})
        if (*value && **value != current)
            errors.append({QLatin1String(name), QStringLiteral("cannot change once the board exists; create a new board")});
    if (draft.name) {
        next.name = draft.name->trimmed();
        if (next.name.isEmpty() || next.name.size() > kMaxBoardName)
            errors.append({QStringLiteral("name"), QStringLiteral("must be 1 to %1 characters").arg(kMaxBoardName)});
    }
    if (draft.maxPlausible)
        next.maxPlausible = *draft.maxPlausible;
    bool newRuleSet = false;
    if (draft.scoring) {
        QJsonObject merged = next.scoring.toJson();
        for (auto it = draft.scoring->begin(); it != draft.scoring->end(); ++it)
            merged.insert(it.key(), it.value());
        Result<Scoring> scoring = Scoring::fromJson(merged);
        if (!scoring) {
            errors.append(scoring.error().fields);
        } else if (scoring->toJson() != next.scoring.toJson()) {
            if (scoring->bestN != next.scoring.bestN && next.op == QLatin1String("best_n_sum"))
                errors.append({QStringLiteral("scoring.bestN"), QStringLiteral("cannot change on a live best_n_sum board")});
            next.scoring = scoring.value();
            next.ruleSetId = newObjectId(m_clock.nowMs());
            ++next.ruleSetVersion;
            newRuleSet = true;
        }
    }
    if (!errors.isEmpty())
        return done(Error::invalid(QStringLiteral("invalid_body"), errors, QStringLiteral("the board is not valid")));
    state->board = next;
    const qint64 now = m_clock.nowMs();
    Board stored = next;
    stored.createdAtMs = newRuleSet ? now : stored.createdAtMs; // the rule set's own creation time
    m_writer.submit(
        [stored, newRuleSet, actor, now](QSqlDatabase &db) -> Status {
            if (Status s = ScoreRepository::updateBoard(db, stored, newRuleSet); !s)
                return s;
            Result<AuditEntry> entry = AuditJournal::append(
                db, now, actor, QStringLiteral("board.update"), stored.id,
                QJsonObject{{QStringLiteral("ruleSetId"), stored.ruleSetId}, {QStringLiteral("ruleSetVersion"), stored.ruleSetVersion}});
            return entry ? success() : Status(entry.error());
        },
        this, [this, next, done](Status status) {
            if (!status)
                return done(status.error());
            emit boardChanged(next.id);
            done(next);
        });
}

} // namespace arbiter
