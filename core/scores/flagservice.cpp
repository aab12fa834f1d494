#include "scores/flagservice.h"

#include "enforcement/watchservice.h"
#include "scores/scoreevents.h"
#include "scores/scoreservice.h"
#include "storage/flagqueries.h"
#include "storage/writer.h"

namespace arbiter {

namespace {

Error alreadyResolved(const QString &flagId)
{
    return Error::make(409, QStringLiteral("already_resolved"), QStringLiteral("flag '%1' is already resolved").arg(flagId));
}

} // namespace

FlagService::FlagService(Writer &writer, const Clock &clock, ScoreService &scores, WatchService &watch, ScoreEvents &events,
                         QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_clock(clock)
    , m_scores(scores)
    , m_watch(watch)
    , m_events(events)
{
}

QString FlagService::encodeCursor(const Flag &last)
{
    return QString::fromLatin1((QByteArray::number(last.createdAtMs) + ':' + last.id.toUtf8())
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<std::pair<qint64, QString>> FlagService::decodeCursor(const QString &cursor)
{
    const QByteArray raw = QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding);
    const qsizetype colon = raw.indexOf(':');
    bool ok = false;
    const qint64 at = raw.left(colon).toLongLong(&ok);
    if (colon <= 0 || !ok || raw.size() - colon - 1 > 64)
        return std::nullopt;
    return std::pair{at, QString::fromUtf8(raw.mid(colon + 1))};
}

void FlagService::list(FlagFilter filter, const QString &cursor, Callback<FlagPage> done)
{
    if (!cursor.isEmpty()) {
        filter.before = decodeCursor(cursor);
        if (!filter.before)
            return done(Error::invalid(QStringLiteral("invalid_query"), {{QStringLiteral("cursor"), QStringLiteral("is not a cursor this server gave")}}));
    }
    const int limit = filter.limit;
    filter.limit = limit + 1; // one more tells whether another page follows
    m_writer.run<QList<Flag>>([filter](QSqlDatabase &db) { return ScoreRepository::listFlags(db, filter); }, this,
                              [limit, done](Result<QList<Flag>> flags) {
                                  if (!flags)
                                      return done(flags.error());
                                  FlagPage page{flags.value(), QString()};
                                  if (page.items.size() > limit) {
                                      page.items.resize(limit);
                                      page.nextCursor = encodeCursor(page.items.constLast());
                                  }
                                  done(page);
                              });
}

void FlagService::ruleStats(const QString &gameId, Callback<QList<RuleStats>> done)
{
    m_writer.run<QList<RuleStats>>([gameId](QSqlDatabase &db) { return ScoreRepository::ruleStats(db, gameId); }, this,
                                   std::move(done));
}

void FlagService::resolve(const QString &flagId, const QString &status, const QString &note, const Actor &actor,
                          Callback<Flag> done)
{
    if (status != QLatin1String("confirmed_cheat") && status != QLatin1String("false_positive") && status != QLatin1String("dismissed"))
        return done(Error::invalid(QStringLiteral("invalid_body"),
                                   {{QStringLiteral("status"), QStringLiteral("must be confirmed_cheat, false_positive or dismissed")}}));
    if (note.size() > 2000)
        return done(Error::invalid(QStringLiteral("invalid_body"), {{QStringLiteral("note"), QStringLiteral("must be at most 2000 characters")}}));
    if (m_resolving.contains(flagId))
        return done(alreadyResolved(flagId));
    m_resolving.insert(flagId);
    m_writer.run<std::optional<Flag>>(
        [flagId](QSqlDatabase &db) { return ScoreRepository::findFlag(db, flagId); }, this,
        [this, flagId, status, note, actor, done](Result<std::optional<Flag>> found) {
            if (!found || !found.value()) {
                m_resolving.remove(flagId);
                return done(found ? Error::notFound(QStringLiteral("no flag with id '%1'").arg(flagId)) : found.error());
            }
            if (found.value()->status != QLatin1String("pending")) {
                m_resolving.remove(flagId);
                return done(alreadyResolved(flagId));
            }
            apply(*found.value(), status, note, actor, done);
        });
}

void FlagService::apply(Flag flag, const QString &status, const QString &note, const Actor &actor, Callback<Flag> done)
{
    const qint64 now = m_clock.nowMs();
    flag.status = status;
    flag.note = note;
    flag.resolvedAtMs = now;
    flag.resolvedBy = actor.label();
    const bool confirmed = status == QLatin1String("confirmed_cheat");
    // A confirmed cheat leaves the board at once; the player falls back to their next valid score.
    const bool removeSubmission = confirmed && !flag.submissionId.isEmpty() && flag.action != QLatin1String("rejected");
    if (removeSubmission)
        m_scores.removeFromBoard(flag.boardId, flag.submissionId, flag.playerId, flag.details.value(QStringLiteral("value")).toDouble());
    if (confirmed)
        m_scores.tiers().recordConfirmedCheat(flag.gameId, flag.playerId, now);
    m_writer.submit(
        [flag, removeSubmission, actor, now](QSqlDatabase &db) -> Status {
            if (Status s = ScoreRepository::resolveFlag(db, flag); !s)
                return s;
            if (removeSubmission)
                if (Status s = ScoreRepository::markRemoved(db, flag.submissionId, now); !s)
                    return s;
            Result<AuditEntry> entry = AuditJournal::append(
                db, now, actor, QStringLiteral("flag.resolve"), flag.id,
                QJsonObject{{QStringLiteral("status"), flag.status}, {QStringLiteral("type"), flag.type},
                            {QStringLiteral("playerId"), flag.playerId}, {QStringLiteral("note"), flag.note}});
            return entry ? success() : Status(entry.error());
        },
        this, [this, flag, confirmed, done](Status status) {
            m_resolving.remove(flag.id);
            if (!status)
                return done(status.error());
            m_events.flag(flag.id);
            if (confirmed)
                m_watch.recordAlert(flag.gameId, flag.playerId, QStringLiteral("confirmed_cheat"),
                                    QJsonObject{{QStringLiteral("flagId"), flag.id}, {QStringLiteral("type"), flag.type}},
                                    AlertContext{QString(), QString(), QStringLiteral("moderator")}, [](Result<AlertOutcome>) {});
            done(flag);
        });
}

void FlagService::countPending(const QString &gameId, Callback<qint64> done)
{
    m_writer.run<qint64>([gameId](QSqlDatabase &db) { return FlagQueries::countPending(db, gameId); }, this, std::move(done));
}

namespace {

struct Reopened {
    Flag flag;                   // as it is now: pending
    QString previousStatus;
    bool returnedToBoard = false; // its submission was taken off by the confirmation and is back
    Submission submission;        // valid when returnedToBoard
    std::optional<qint64> latestCheatMs; // the player's newest confirmed cheat still standing
};

} // namespace

void FlagService::reopen(const QString &flagId, const Actor &actor, Callback<Flag> done)
{
    if (m_resolving.contains(flagId))
        return done(alreadyResolved(flagId));
    m_resolving.insert(flagId);
    const qint64 now = m_clock.nowMs();
    // One job: read, check, revert and audit in the same transaction.
    m_writer.run<Reopened>(
        [flagId, actor, now](QSqlDatabase &db) -> Result<Reopened> {
            Result<std::optional<Flag>> found = ScoreRepository::findFlag(db, flagId);
            if (!found)
                return found.error();
            if (!found.value())
                return Error::notFound(QStringLiteral("no flag with id '%1'").arg(flagId));
            Reopened r;
            r.flag = *found.value();
            r.previousStatus = r.flag.status;
            if (r.previousStatus == QLatin1String("pending"))
                return Error::make(409, QStringLiteral("not_resolved"), QStringLiteral("flag '%1' is pending already").arg(flagId));
            const bool confirmed = r.previousStatus == QLatin1String("confirmed_cheat");
            if (confirmed && !r.flag.submissionId.isEmpty() && r.flag.resolvedAtMs) {
                Result<bool> back = FlagQueries::unremoveSubmission(db, r.flag.submissionId, *r.flag.resolvedAtMs);
                if (!back)
                    return back.error();
                if (back.value()) {
                    Result<std::optional<Submission>> sub = ScoreRepository::findSubmission(db, r.flag.submissionId);
                    if (!sub)
                        return sub.error();
                    if (sub.value() && !sub.value()->testMode) {
                        r.returnedToBoard = true;
                        r.submission = *sub.value();
                    }
                }
            }
            if (Status s = FlagQueries::reopen(db, flagId); !s)
                return s.error();
            if (confirmed) {
                Result<std::optional<qint64>> latest = FlagQueries::latestConfirmedCheat(db, r.flag.gameId, r.flag.playerId);
                if (!latest)
                    return latest.error();
                r.latestCheatMs = latest.value();
            }
            Result<AuditEntry> entry = AuditJournal::append(
                db, now, actor, QStringLiteral("flag.reopen"), flagId,
                QJsonObject{{QStringLiteral("previousStatus"), r.previousStatus}, {QStringLiteral("type"), r.flag.type},
                            {QStringLiteral("playerId"), r.flag.playerId},
                            {QStringLiteral("restoredToBoard"), r.returnedToBoard}});
            if (!entry)
                return entry.error();
            r.flag.status = QStringLiteral("pending");
            r.flag.resolvedAtMs.reset();
            r.flag.note.clear();
            r.flag.resolvedBy.clear();
            return r;
        },
        this, [this, flagId, done](Result<Reopened> result) {
            m_resolving.remove(flagId);
            if (!result)
                return done(result.error());
            const Reopened &r = result.value();
            if (r.returnedToBoard)
                m_scores.returnToBoard(r.submission.boardId, r.submission.id, r.submission.playerId, r.submission.value,
                                       r.submission.points, r.submission.atMs);
            if (r.previousStatus == QLatin1String("confirmed_cheat"))
                m_scores.tiers().resetConfirmedCheat(r.flag.gameId, r.flag.playerId, r.latestCheatMs);
            m_events.flag(flagId);
            done(r.flag);
        });
}

} // namespace arbiter
