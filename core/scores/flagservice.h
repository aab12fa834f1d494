#pragma once

// FlagService: the moderators' review queue: filtered, cursor-paged lists; resolving a flag with
// its effects (a confirmed cheat leaves the board at once and counts against the player) and
// undoing it again (reopen); each rule's false-positive rate; the count of pending flags.

#include "audit/auditjournal.h"
#include "domain/flag.h"
#include "storage/scorerepository.h"
#include "util/callback.h"
#include "util/clock.h"

#include <QObject>
#include <QSet>

namespace arbiter {

class ScoreEvents;
class ScoreService;
class WatchService;
class Writer;

struct FlagPage {
    QList<Flag> items;
    QString nextCursor; // empty on the last page
};

class FlagService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlagService)
public:
    FlagService(Writer &writer, const Clock &clock, ScoreService &scores, WatchService &watch, ScoreEvents &events,
                QObject *parent = nullptr);

    // `cursor` is what a previous page returned as nextCursor.
    void list(FlagFilter filter, const QString &cursor, Callback<FlagPage> done);
    // status: confirmed_cheat | false_positive | dismissed. A second resolve is 409 already_resolved.
    void resolve(const QString &flagId, const QString &status, const QString &note, const Actor &actor, Callback<Flag> done);
    void ruleStats(const QString &gameId, Callback<QList<RuleStats>> done);
    // Undo of a resolution: the flag is pending again and its effects are reverted (a confirmed
    // cheat's submission ranks again and stops counting against the trust tier), audited as
    // "flag.reopen" in the same transaction. A flag that is pending already is 409 not_resolved.
    void reopen(const QString &flagId, const Actor &actor, Callback<Flag> done);
    // Pending flags in one game or (empty) all: the console's "Open flags: N".
    void countPending(const QString &gameId, Callback<qint64> done);

    static QString encodeCursor(const Flag &last);
    static std::optional<std::pair<qint64, QString>> decodeCursor(const QString &cursor);

private:
    void apply(Flag flag, const QString &status, const QString &note, const Actor &actor, Callback<Flag> done);

    Writer &m_writer;
    const Clock &m_clock;
    ScoreService &m_scores;
    WatchService &m_watch;
    ScoreEvents &m_events;
    QSet<QString> m_resolving; // flags with a resolution in flight: a second one is a conflict
};

} // namespace arbiter
