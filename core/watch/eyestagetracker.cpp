#include "eyestagetracker.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>

namespace arbiter {

namespace {

// Spans in causes read as a moderator would say them; seconds only below a minute.
QString spanText(qint64 ms)
{
    if (ms < 60 * 1000)
        return QStringLiteral("%1 s").arg(ms / 1000);
    return QStringLiteral("%1 min").arg(ms / (60 * 1000));
}

const QLatin1String kStage("stage");
const QLatin1String kAlerts("alertsInStreak");
const QLatin1String kLast("lastAlertAtMs");
const QLatin1String kEnds("streakEndsAtMs");
const QLatin1String kConsistent("consistentReported");
const QLatin1String kReasons("reasons");
const QLatin1String kReason("reason");
const QLatin1String kCount("count");
const QLatin1String kVersion("version");

} // namespace

AlertOutcome EyeStageTracker::recordAlert(
    const QString &gameId, const QString &playerId, const QString &reason, qint64 atMs, const WatchSettings &s)
{
    AlertOutcome out;
    const quint32 index = findOrCreateSlot(gameId, playerId);
    Slot &e = m_slots[index];

    if (streakOver(e, atMs)) {
        if (e.stage != EyeStage::Banned) {
            if (e.stage != EyeStage::None)
                out.transitions.append(transition(e, e.streakEndsAtMs, EyeStage::None, quietCause(e)));
            e.stage = EyeStage::None;
        }
        resetStreak(e);
    }

    const bool hasPrevious = e.alertsInStreak > 0;
    const qint64 at = hasPrevious ? std::max(atMs, e.lastAlertAtMs) : atMs;
    const qint64 sincePrevious = hasPrevious ? at - e.lastAlertAtMs : -1;
    if (e.alertsInStreak < std::numeric_limits<int>::max())
        ++e.alertsInStreak;
    e.lastAlertAtMs = at;
    e.streakEndsAtMs = at + std::max<qint64>(0, s.streakGapMs) + 1;

    // Count the reason: a linear scan, as a streak rarely has more than two or three reasons.
    quint32 sameReason = 0;
    const auto known = m_reasonIds.constFind(reason);
    if (known != m_reasonIds.constEnd()) {
        for (ReasonCount &rc : e.reasons) {
            if (rc.reason == *known) {
                sameReason = ++rc.count;
                break;
            }
        }
    }
    if (sameReason == 0 && e.reasons.size() < kMaxReasonsPerStreak) {
        const quint32 id = known != m_reasonIds.constEnd() ? *known : internReason(reason);
        ++m_reasonRefs[id];
        e.reasons.append(ReasonCount{id, 1});
        sameReason = 1;
    }

    if (e.stage != EyeStage::Banned) {
        // Candidates in increasing priority: on a tie the later, more specific cause is recorded.
        EyeStage next = e.stage;
        QString cause;
        const auto consider = [&](EyeStage candidate, auto &&makeCause) {
            if (candidate > e.stage && candidate >= next) {
                next = candidate;
                cause = makeCause();
            }
        };
        if (e.alertsInStreak >= s.watchlistAfterAlerts) {
            consider(EyeStage::Little, [&] { return QStringLiteral("%1 alerts in streak").arg(e.alertsInStreak); });
            // "Every later alert": the threshold alert itself only puts the player on the watchlist.
            if (e.alertsInStreak > s.watchlistAfterAlerts && sincePrevious >= 0 && sincePrevious < s.escalateWithinMs) {
                const EyeStage base = std::max(e.stage, EyeStage::Little);
                if (base < EyeStage::Big) {
                    consider(static_cast<EyeStage>(static_cast<int>(base) + 1),
                        [&] { return QStringLiteral("alert %1 after the previous").arg(spanText(sincePrevious)); });
                }
            }
        }
        if (sameReason > 0 && sameReason >= quint32(std::max(0, s.bigAfterSimilarAlerts)))
            consider(EyeStage::Big,
                [&] { return QStringLiteral("%1 alerts of %2").arg(QString::number(sameReason), reason); });
        if (!e.consistentReported && sameReason > 0 && sameReason >= quint32(std::max(0, s.banAfterSimilarAlerts))) {
            e.consistentReported = true;
            out.consistentBehaviour = true;
            out.consistentReason = reason;
            consider(EyeStage::Big,
                [&] { return QStringLiteral("%1 alerts of %2").arg(QString::number(sameReason), reason); });
        }
        if (next != e.stage) {
            out.transitions.append(transition(e, at, next, cause));
            e.stage = next;
        }
    }

    updateIndex(index);
    out.stage = e.stage;
    out.alertsInStreak = e.alertsInStreak;
    out.reasonsInStreak = reasonNames(e);
    return out;
}

WatchStatus EyeStageTracker::status(const QString &gameId, const QString &playerId, qint64 nowMs) const
{
    const quint32 index = findSlot(gameId, playerId);
    if (index == kNoSlot)
        return WatchStatus{EyeStage::None, 0, std::nullopt, std::nullopt};
    return statusOf(m_slots[index], nowMs);
}

QList<StageTransition> EyeStageTracker::expire(qint64 nowMs)
{
    QList<StageTransition> out;
    while (!m_expiry.empty() && m_expiry.begin()->first <= nowMs) {
        const quint32 index = m_expiry.begin()->second;
        const Slot &e = m_slots[index];
        if (e.stage != EyeStage::None)
            out.append(transition(e, e.streakEndsAtMs, EyeStage::None, quietCause(e)));
        releaseSlot(index);
    }
    return out;
}

std::optional<qint64> EyeStageTracker::nextExpiryAtMs() const
{
    if (m_expiry.empty())
        return std::nullopt;
    return m_expiry.begin()->first;
}

StageTransition EyeStageTracker::markBanned(
    const QString &gameId, const QString &playerId, qint64 atMs, const QString &cause)
{
    const quint32 index = findOrCreateSlot(gameId, playerId);
    Slot &e = m_slots[index];
    if (streakOver(e, atMs)) {
        if (e.stage != EyeStage::Banned)
            e.stage = EyeStage::None;
        resetStreak(e);
    }
    StageTransition t = transition(e, atMs, EyeStage::Banned, cause);
    e.stage = EyeStage::Banned;
    updateIndex(index);
    return t;
}

std::optional<StageTransition> EyeStageTracker::clearBan(
    const QString &gameId, const QString &playerId, qint64 atMs, const QString &cause)
{
    const quint32 index = findSlot(gameId, playerId);
    if (index == kNoSlot || m_slots[index].stage != EyeStage::Banned)
        return std::nullopt;
    StageTransition t = transition(m_slots[index], atMs, EyeStage::None, cause);
    releaseSlot(index);
    return t;
}

QList<EyeStageTracker::Entry> EyeStageTracker::watchlist(
    const QString &gameId, std::optional<EyeStage> stage, qint64 nowMs) const
{
    QList<Entry> out;
    const auto game = m_gameIds.constFind(gameId);
    if (game == m_gameIds.constEnd() || stage == EyeStage::None)
        return out;
    const Game &g = m_games[*game];
    for (auto it = g.players.cbegin(); it != g.players.cend(); ++it) {
        const WatchStatus st = statusOf(m_slots[it.value()], nowMs);
        const bool wanted = stage ? st.stage == *stage : (st.stage >= EyeStage::Little && st.stage <= EyeStage::Big);
        if (wanted)
            out.append(Entry{g.id, it.key(), st});
    }
    std::sort(out.begin(), out.end(), [](const Entry &a, const Entry &b) {
        if (a.status.stage != b.status.stage)
            return a.status.stage > b.status.stage;
        if (a.status.lastAlertAtMs != b.status.lastAlertAtMs)
            return a.status.lastAlertAtMs > b.status.lastAlertAtMs;
        return a.playerId < b.playerId;
    });
    return out;
}

QJsonObject EyeStageTracker::stateJson(const QString &gameId, const QString &playerId) const
{
    const quint32 index = findSlot(gameId, playerId);
    if (index == kNoSlot)
        return {};
    const Slot &e = m_slots[index];
    QJsonArray reasons;
    for (const ReasonCount &rc : e.reasons)
        reasons.append(QJsonObject{{kReason, m_reasonNames[rc.reason]}, {kCount, qint64(rc.count)}});
    return QJsonObject{{kVersion, 1}, {kStage, eyeStageName(e.stage)}, {kAlerts, e.alertsInStreak},
        {kLast, e.lastAlertAtMs}, {kEnds, e.streakEndsAtMs}, {kConsistent, e.consistentReported}, {kReasons, reasons}};
}

void EyeStageTracker::restore(const QString &gameId, const QString &playerId, const QJsonObject &state)
{
    if (const quint32 old = findSlot(gameId, playerId); old != kNoSlot)
        releaseSlot(old);
    // Anything unreadable restores as "not tracked": a lost streak costs a few alerts of
    // monitoring, while guessing a stage could wrongly escalate a player.
    const std::optional<EyeStage> stage = eyeStageFromName(state.value(kStage).toString());
    const qint64 alerts = state.value(kAlerts).toInteger(-1);
    if (!stage || alerts < 0 || alerts > std::numeric_limits<int>::max())
        return;
    if (*stage != EyeStage::Banned && alerts == 0)
        return;
    const qint64 last = state.value(kLast).toInteger();
    qint64 ends = state.value(kEnds).toInteger(0);
    if (ends <= last)
        ends = last + WatchSettings{}.streakGapMs + 1;

    const quint32 index = findOrCreateSlot(gameId, playerId);
    Slot &e = m_slots[index];
    e.stage = *stage;
    e.alertsInStreak = int(alerts);
    e.lastAlertAtMs = last;
    e.streakEndsAtMs = ends;
    e.consistentReported = state.value(kConsistent).toBool();
    const QJsonArray reasons = state.value(kReasons).toArray();
    for (const QJsonValue &value : reasons) {
        const QJsonObject rc = value.toObject();
        const qint64 count = rc.value(kCount).toInteger();
        if (count <= 0 || e.reasons.size() >= kMaxReasonsPerStreak || !rc.value(kReason).isString())
            continue;
        const QString name = rc.value(kReason).toString();
        const auto known = m_reasonIds.constFind(name);
        const bool duplicate = known != m_reasonIds.constEnd()
            && std::any_of(
                e.reasons.cbegin(), e.reasons.cend(), [&](const ReasonCount &x) { return x.reason == *known; });
        if (duplicate)
            continue;
        const quint32 id = internReason(name);
        ++m_reasonRefs[id];
        e.reasons.append(ReasonCount{id, quint32(std::min<qint64>(count, std::numeric_limits<quint32>::max()))});
    }
    updateIndex(index);
}

qsizetype EyeStageTracker::trackedPlayers() const
{
    return m_tracked;
}

quint32 EyeStageTracker::findSlot(const QString &gameId, const QString &playerId) const
{
    const auto game = m_gameIds.constFind(gameId);
    if (game == m_gameIds.constEnd())
        return kNoSlot;
    return m_games[*game].players.value(playerId, kNoSlot);
}

quint32 EyeStageTracker::findOrCreateSlot(const QString &gameId, const QString &playerId)
{
    auto game = m_gameIds.find(gameId);
    if (game == m_gameIds.end()) {
        game = m_gameIds.insert(gameId, quint32(m_games.size()));
        m_games.push_back(Game{gameId, {}});
    }
    const quint32 gameIndex = *game;
    QHash<QString, quint32> &players = m_games[gameIndex].players;
    auto it = players.find(playerId);
    if (it != players.end())
        return *it;

    quint32 index;
    if (!m_freeSlots.empty()) {
        index = m_freeSlots.back();
        m_freeSlots.pop_back();
    } else {
        index = quint32(m_slots.size());
        m_slots.emplace_back();
    }
    Slot &e = m_slots[index];
    e.playerId = playerId;
    e.game = gameIndex;
    e.stage = EyeStage::None;
    e.consistentReported = false;
    e.inExpiryIndex = false;
    e.inUse = true;
    e.alertsInStreak = 0;
    e.lastAlertAtMs = 0;
    e.streakEndsAtMs = 0;
    e.reasons.clear();
    players.insert(playerId, index);
    ++m_tracked;
    return index;
}

void EyeStageTracker::releaseSlot(quint32 index)
{
    Slot &e = m_slots[index];
    if (e.inExpiryIndex)
        m_expiry.erase(e.expiry);
    resetStreak(e);
    m_games[e.game].players.remove(e.playerId);
    e = Slot{}; // frees the player id and any spilled reason storage
    m_freeSlots.push_back(index);
    --m_tracked;
}

void EyeStageTracker::resetStreak(Slot &e)
{
    for (const ReasonCount &rc : std::as_const(e.reasons))
        releaseReason(rc.reason);
    e.reasons.clear();
    e.alertsInStreak = 0;
    e.consistentReported = false;
}

void EyeStageTracker::updateIndex(quint32 index)
{
    Slot &e = m_slots[index];
    const bool wanted = e.inUse && e.stage != EyeStage::Banned;
    const std::pair<qint64, quint32> key{e.streakEndsAtMs, index};
    if (e.inExpiryIndex) {
        if (wanted && *e.expiry == key)
            return;
        // Re-key the existing node through its stored iterator: no search, no allocation.
        auto node = m_expiry.extract(e.expiry);
        if (!wanted) {
            e.inExpiryIndex = false;
            return;
        }
        node.value() = key;
        e.expiry = m_expiry.insert(hintFor(key), std::move(node));
        return;
    }
    if (wanted) {
        e.expiry = m_expiry.insert(hintFor(key), key);
        e.inExpiryIndex = true;
    }
}

EyeStageTracker::ExpiryIndex::const_iterator EyeStageTracker::hintFor(const std::pair<qint64, quint32> &key) const
{
    // Alerts arrive in time order, so a new end is nearly always the latest: inserting before
    // end() is then amortised O(1) instead of a walk down the tree.
    if (m_expiry.empty() || *m_expiry.rbegin() < key)
        return m_expiry.cend();
    return m_expiry.lower_bound(key);
}

bool EyeStageTracker::streakOver(const Slot &e, qint64 nowMs) const
{
    return e.alertsInStreak > 0 && nowMs >= e.streakEndsAtMs;
}

WatchStatus EyeStageTracker::statusOf(const Slot &e, qint64 nowMs) const
{
    const bool over = streakOver(e, nowMs);
    if (e.stage == EyeStage::Banned) {
        if (over || e.alertsInStreak == 0)
            return WatchStatus{EyeStage::Banned, 0, std::nullopt, std::nullopt};
        return WatchStatus{EyeStage::Banned, e.alertsInStreak, e.lastAlertAtMs, std::nullopt};
    }
    if (over)
        return WatchStatus{EyeStage::None, 0, std::nullopt, std::nullopt};
    return WatchStatus{e.stage, e.alertsInStreak, e.lastAlertAtMs, e.streakEndsAtMs};
}

StageTransition EyeStageTracker::transition(const Slot &e, qint64 atMs, EyeStage to, QString cause) const
{
    return StageTransition{m_games[e.game].id, e.playerId, atMs, e.stage, to, std::move(cause)};
}

QString EyeStageTracker::quietCause(const Slot &e) const
{
    return QStringLiteral("quiet for %1").arg(spanText(e.streakEndsAtMs - e.lastAlertAtMs - 1));
}

quint32 EyeStageTracker::internReason(const QString &reason)
{
    if (const auto it = m_reasonIds.constFind(reason); it != m_reasonIds.constEnd())
        return *it;
    quint32 id;
    if (!m_freeReasons.empty()) {
        id = m_freeReasons.back();
        m_freeReasons.pop_back();
        m_reasonNames[id] = reason;
        m_reasonRefs[id] = 0;
    } else {
        id = quint32(m_reasonNames.size());
        m_reasonNames.push_back(reason);
        m_reasonRefs.push_back(0);
    }
    m_reasonIds.insert(reason, id);
    return id;
}

void EyeStageTracker::releaseReason(quint32 id)
{
    if (m_reasonRefs[id] > 0)
        --m_reasonRefs[id];
    if (m_reasonRefs[id] == 0) {
        m_reasonIds.remove(m_reasonNames[id]);
        m_reasonNames[id].clear();
        m_freeReasons.push_back(id);
    }
}

QStringList EyeStageTracker::reasonNames(const Slot &e) const
{
    QStringList names;
    names.reserve(e.reasons.size());
    for (const ReasonCount &rc : e.reasons)
        names.append(m_reasonNames[rc.reason]);
    return names;
}

} // namespace arbiter
