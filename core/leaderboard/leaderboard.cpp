#include "leaderboard/leaderboard.h"

#include "crypto/crypto.h"
#include "leaderboard/period.h"

#include <QRandomGenerator>
#include <QtEndian>

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace arbiter {

namespace {

// (non-zero, time) ordered lexicographically: the achievement time of sum and best_n_sum.
bool laterAchievement(bool nonZero, qint64 atMs, bool thanNonZero, qint64 thanAtMs)
{
    return nonZero != thanNonZero ? nonZero : atMs > thanAtMs;
}

} // namespace

QByteArray Leaderboard::Players::fullTie(const QString &playerId, const QString &boardId)
{
    return crypto::sha256((playerId + u':' + boardId).toUtf8());
}

quint64 Leaderboard::Players::tiePrefix(const QByteArray &sha)
{
    return qFromBigEndian<quint64>(sha.constData());
}

quint64 Leaderboard::Players::tieOf(quint32 player) const
{
    if (tie[player] == 0) // a real prefix of 0 is recomputed each time: correct, and 2^-64 likely
        tie[player] = tiePrefix(fullTie(ids.id(int(player)), boardId));
    return tie[player];
}

bool Leaderboard::Players::less(quint32 a, quint32 b) const
{
    const quint64 ta = tieOf(a);
    const quint64 tb = tieOf(b);
    if (ta != tb)
        return ta < tb;
    // 64-bit prefixes collide for about one pair in 2^64: only then hash again for the full 32 bytes.
    const int order = fullTie(ids.id(int(a)), boardId).compare(fullTie(ids.id(int(b)), boardId));
    return order != 0 ? order < 0 : a < b;
}

int Leaderboard::Players::intern(const QString &playerId, bool bestNSum)
{
    bool added = false;
    const int index = ids.intern(playerId, &added, [this](int candidate) { __builtin_prefetch(&list[candidate]); });
    if (added) {
        list.emplace_back();
        tie.push_back(0);
        hidden.push_back(0);
        counted.push_back(0);
        if (bestNSum)
            dayHead.push_back(None);
    }
    return index;
}

int Leaderboard::Players::find(const QString &playerId) const
{
    return ids.find(playerId, [this](int candidate) { __builtin_prefetch(&list[candidate]); });
}

Leaderboard::Leaderboard(BoardSpec spec)
    : m_spec(std::move(spec))
    , m_players(std::make_unique<Players>())
    , m_all(m_players.get())
{
    m_spec.bestN = std::max(1, m_spec.bestN);
    m_players->boardId = m_spec.boardId;
    m_idSeed = size_t(QRandomGenerator::system()->generate64());
}

Leaderboard::~Leaderboard() = default;
Leaderboard::Leaderboard(Leaderboard &&) noexcept = default;
Leaderboard &Leaderboard::operator=(Leaderboard &&) noexcept = default;

quint64 Leaderboard::encode(double value) const
{
    // IEEE bits made to sort as unsigned integers, then flipped for desc so the better value is the smaller key.
    quint64 bits = std::bit_cast<quint64>(value);
    bits = (bits >> 63) ? ~bits : bits | (quint64(1) << 63);
    return m_spec.sortOrder == SortOrder::Desc ? ~bits : bits;
}

double Leaderboard::decode(quint64 key) const
{
    if (m_spec.sortOrder == SortOrder::Desc)
        key = ~key;
    key = (key >> 63) ? key & ~(quint64(1) << 63) : ~key;
    return std::bit_cast<double>(key);
}

RankKey Leaderboard::keyOf(const Entry &entry, quint32 player) const
{
    return RankKey{encode(entry.value), entry.atMs, player};
}

bool Leaderboard::subBetter(quint32 a, quint32 b) const
{
    const Sub &x = m_subs[a];
    const Sub &y = m_subs[b];
    if (x.points != y.points)
        return m_spec.sortOrder == SortOrder::Desc ? x.points > y.points : x.points < y.points;
    if (x.atMs != y.atMs)
        return x.atMs < y.atMs;
    return a < b;
}

bool Leaderboard::betterThanCounted(quint32 sub, const Entry &counted) const
{
    // The counted submission's points and time are in the entry: no read of its (likely uncached) Sub.
    const Sub &x = m_subs[sub];
    if (x.points != counted.value)
        return m_spec.sortOrder == SortOrder::Desc ? x.points > counted.value : x.points < counted.value;
    if (x.atMs != counted.atMs)
        return x.atMs < counted.atMs;
    return sub < counted.sub;
}

int Leaderboard::periodFor(qint64 atMs)
{
    if (m_lastPeriod >= 0 && inPeriod(atMs, m_lastPeriod))
        return m_lastPeriod;
    PeriodRange range = periodRange(m_spec.reset, atMs);
    const auto it = m_periodByKey.constFind(range.key);
    if (it != m_periodByKey.constEnd())
        return m_lastPeriod = *it;
    m_lastPeriod = int(m_periods.size());
    m_periodByKey.insert(range.key, m_lastPeriod);
    m_periods.push_back(std::make_unique<Period>(
        Period{std::move(range.key), range.startMs, range.endMs, RankedIndex(m_players.get())}));
    return m_lastPeriod;
}

bool Leaderboard::inPeriod(qint64 atMs, int period) const
{
    if (period < 0)
        return true;
    const Period &p = *m_periods[period];
    return atMs >= p.startMs && atMs < p.endMs;
}

int Leaderboard::findPeriod(const QString &period) const
{
    if (period == u"all")
        return -1;
    return m_periodByKey.value(period, -2);
}

const RankedIndex *Leaderboard::indexFor(const QString &period) const
{
    const int index = findPeriod(period);
    if (index == -2)
        return nullptr;
    return index < 0 ? &m_all : &m_periods[index]->index;
}

RankedIndex &Leaderboard::indexOf(int period)
{
    return period < 0 ? m_all : m_periods[period]->index;
}

const QString &Leaderboard::keyOfPeriod(int period) const
{
    static const QString all = QStringLiteral("all");
    return period < 0 ? all : m_periods[period]->key;
}

Leaderboard::Entry *Leaderboard::findEntry(quint32 player, int period)
{
    return const_cast<Entry *>(std::as_const(*this).findEntry(player, period));
}

const Leaderboard::Entry *Leaderboard::findEntry(quint32 player, int period) const
{
    const Player &p = m_players->list[player];
    if (period < 0)
        return &p.all;
    for (quint32 e = p.periodHead; e != None; e = m_periodEntries[e].next) {
        if (m_periodEntries[e].period == quint32(period))
            return &m_periodEntries[e].entry;
    }
    return nullptr;
}

Leaderboard::Entry &Leaderboard::entryFor(quint32 player, int period)
{
    if (Entry *entry = findEntry(player, period))
        return *entry;
    Player &p = m_players->list[player];
    m_periodEntries.push_back(PeriodEntry{Entry{}, quint32(period), p.periodHead});
    p.periodHead = quint32(m_periodEntries.size() - 1);
    return m_periodEntries.back().entry;
}

int Leaderboard::replace(
    quint32 player, const QString &playerId, int period, Entry &slot, const Entry &next, QList<RankChange> &changes)
{
    if (slot.present == next.present && slot.value == next.value && slot.atMs == next.atMs) {
        slot = next; // the same key: the index does not move
        return -1;
    }
    std::optional<int> oldRank;
    std::optional<int> newRank;
    const bool indexed = !m_bulk && !m_players->hidden[player];
    RankedIndex &index = indexOf(period);
    if (indexed && slot.present) {
        if (const int rank = index.erase(keyOf(slot, player)))
            oldRank = rank;
    }
    slot = next;
    if (indexed && slot.present)
        newRank = index.insert(keyOf(slot, player));
    if (oldRank != newRank)
        changes.append(RankChange{playerId, keyOfPeriod(period), oldRank, newRank});
    return newRank.value_or(0);
}

int Leaderboard::currentRank(quint32 player, int period) const
{
    if (m_bulk || m_players->hidden[player])
        return 0;
    const Entry *entry = findEntry(player, period);
    if (!entry || !entry->present)
        return 0;
    const RankedIndex &index = period < 0 ? m_all : m_periods[period]->index;
    return index.rankOf(keyOf(*entry, player));
}

Leaderboard::Entry Leaderboard::added(
    const Entry &old, quint32 sub, const DayChange &day, quint32 player, int period) const
{
    const Sub &s = m_subs[sub];
    const bool nonZero = s.points != 0;
    const Entry fresh{s.points, s.atMs, sub, true, nonZero};
    switch (m_spec.op) {
    case BoardOperator::Best:
        return !old.present || betterThanCounted(sub, old) ? fresh : old;
    case BoardOperator::Latest:
        return !old.present || s.atMs >= old.atMs ? fresh : old; // s is the newest add: it wins equal times
    case BoardOperator::BestNSum:
        if (old.present && day.displaced != None) {
            // The displaced submission may have been the one that set achievedAt; if the newcomer does not
            // take over that role, the next latest counted one has to be found.
            const Sub &x = m_subs[day.displaced];
            if ((x.points != 0) == old.nonZero && x.atMs == old.atMs
                && !laterAchievement(nonZero, s.atMs, old.nonZero, old.atMs)
                && !(nonZero == old.nonZero && s.atMs == old.atMs))
                return recomputed(player, period);
        }
        [[fallthrough]];
    case BoardOperator::Sum: {
        if (!old.present)
            return Entry{day.entered && m_spec.op == BoardOperator::BestNSum ? day.delta : s.points, s.atMs, None, true,
                nonZero};
        Entry next = old;
        next.value += m_spec.op == BoardOperator::BestNSum ? day.delta : s.points;
        if (laterAchievement(nonZero, s.atMs, old.nonZero, old.atMs)) {
            next.nonZero = nonZero;
            next.atMs = s.atMs;
        }
        return next;
    }
    }
    return old;
}

Leaderboard::Entry Leaderboard::recomputed(quint32 player, int period) const
{
    Entry e;
    auto count = [&e](double points, qint64 atMs) {
        const bool nonZero = points != 0;
        if (!e.present || laterAchievement(nonZero, atMs, e.nonZero, e.atMs)) {
            e.nonZero = nonZero;
            e.atMs = atMs;
        }
        e.value += points;
        e.present = true;
    };
    const Player &p = m_players->list[player];
    if (m_spec.op == BoardOperator::BestNSum) {
        const quint32 stride = quint32(m_spec.bestN) + 3;
        for (quint32 d = m_players->dayHead[player]; d != None; d = m_days[d * stride + 1]) {
            const quint32 *slot = &m_days[d * stride];
            if (slot[2] == 0 || !inPeriod(qint64(qint32(slot[0])) * MsPerDay, period))
                continue;
            for (quint32 k = 0; k < slot[2]; ++k)
                count(m_subs[slot[3 + k]].points, m_subs[slot[3 + k]].atMs);
        }
        return e;
    }
    for (quint32 s = p.subHead; s != None; s = m_subs[s].next) {
        const Sub &x = m_subs[s];
        if (std::isnan(x.points) || !inPeriod(x.atMs, period))
            continue;
        switch (m_spec.op) {
        case BoardOperator::Best:
            if (!e.present || subBetter(s, e.sub))
                e = Entry{x.points, x.atMs, s, true, false};
            break;
        case BoardOperator::Latest:
            if (!e.present || x.atMs > e.atMs || (x.atMs == e.atMs && s > e.sub))
                e = Entry{x.points, x.atMs, s, true, false};
            break;
        case BoardOperator::Sum:
        case BoardOperator::BestNSum:
            count(x.points, x.atMs);
            break;
        }
    }
    return e;
}

quint32 *Leaderboard::daySlot(quint32 player, qint64 day, bool create)
{
    const quint32 stride = quint32(m_spec.bestN) + 3;
    for (quint32 d = m_players->dayHead[player]; d != None; d = m_days[d * stride + 1]) {
        if (qint32(m_days[d * stride]) == qint32(day))
            return &m_days[d * stride];
    }
    if (!create)
        return nullptr;
    const quint32 index = quint32(m_days.size() / stride);
    m_days.resize(m_days.size() + stride, None);
    quint32 *slot = &m_days[index * stride];
    slot[0] = quint32(qint32(day));
    slot[1] = m_players->dayHead[player];
    slot[2] = 0;
    m_players->dayHead[player] = index;
    return slot;
}

Leaderboard::DayChange Leaderboard::addToDay(quint32 sub)
{
    const Sub &s = m_subs[sub];
    quint32 *slot = daySlot(s.player, utcDay(s.atMs), true);
    const quint32 n = quint32(m_spec.bestN);
    quint32 *counted = slot + 3; // best first
    DayChange change;
    if (slot[2] == n) {
        if (!subBetter(sub, counted[n - 1]))
            return change;
        change.displaced = counted[n - 1];
        change.delta = s.points - m_subs[change.displaced].points;
        --slot[2];
    } else {
        change.delta = s.points;
    }
    quint32 pos = slot[2];
    while (pos > 0 && subBetter(sub, counted[pos - 1])) {
        counted[pos] = counted[pos - 1];
        --pos;
    }
    counted[pos] = sub;
    ++slot[2];
    change.entered = true;
    return change;
}

void Leaderboard::rebuildDay(quint32 player, qint64 day)
{
    quint32 *slot = daySlot(player, day, false);
    if (!slot)
        return;
    std::vector<quint32> subs;
    for (quint32 s = m_players->list[player].subHead; s != None; s = m_subs[s].next) {
        if (!std::isnan(m_subs[s].points) && utcDay(m_subs[s].atMs) == day)
            subs.push_back(s);
    }
    const size_t n = std::min(subs.size(), size_t(m_spec.bestN));
    std::partial_sort(
        subs.begin(), subs.begin() + n, subs.end(), [this](quint32 a, quint32 b) { return subBetter(a, b); });
    std::copy(subs.begin(), subs.begin() + n, slot + 3);
    slot[2] = quint32(n);
}

QList<RankChange> Leaderboard::add(
    QStringView submissionId, const QString &playerId, double points, qint64 atMs, int *rank)
{
    if (!std::isfinite(points) || playerId.isEmpty())
        return {};
    points += 0.0; // -0 and 0 are one value
    const quint32 player = quint32(m_players->intern(playerId, m_spec.op == BoardOperator::BestNSum));
    const int period = m_spec.reset == ResetSchedule::Never ? -1 : periodFor(atMs);
    const quint32 sub = quint32(m_subs.size());
    const quint64 idHash = qHash(submissionId, m_idSeed);
    m_subs.push_back(Sub{points, atMs, idHash, player, m_players->list[player].subHead});
    m_players->list[player].subHead = sub;
    ++m_players->counted[player];
    ++m_version;

    QList<RankChange> changes;
    DayChange day;
    if (m_spec.op == BoardOperator::BestNSum) {
        day = addToDay(sub);
        if (!day.entered) { // not among the day's best N: no total changes
            if (rank)
                *rank = currentRank(player, period);
            return changes;
        }
    }
    int periodRank = -1;
    if (period >= 0) {
        Entry &slot = entryFor(player, period);
        periodRank = replace(player, playerId, period, slot, added(slot, sub, day, player, period), changes);
    }
    Entry &all = m_players->list[player].all;
    const int allRank = replace(player, playerId, -1, all, added(all, sub, day, player, -1), changes);
    if (rank) {
        const int known = period < 0 ? allRank : periodRank; // -1: the index did not move, so ask it
        *rank = known >= 0 ? known : currentRank(player, period);
    }
    return changes;
}

QList<RankChange> Leaderboard::remove(const QString &submissionId, const QString &playerId)
{
    const int known = m_players->find(playerId);
    if (known < 0)
        return {};
    const quint64 idHash = qHash(submissionId, m_idSeed);
    quint32 sub = m_players->list[known].subHead;
    while (sub != None && (m_subs[sub].idHash != idHash || std::isnan(m_subs[sub].points)))
        sub = m_subs[sub].next;
    if (sub == None)
        return {};
    Sub &s = m_subs[sub];
    s.points = std::numeric_limits<double>::quiet_NaN();
    --m_players->counted[known];
    ++m_version;
    const quint32 player = s.player;
    const qint64 atMs = s.atMs;
    QList<RankChange> changes;
    if (m_spec.op == BoardOperator::BestNSum) {
        const quint32 *slot = daySlot(player, utcDay(atMs), false);
        const bool counted = slot && std::find(slot + 3, slot + 3 + slot[2], sub) != slot + 3 + slot[2];
        if (!counted)
            return changes;
        rebuildDay(player, utcDay(atMs));
    }
    // best and latest change only when the submission was the counted one in that period.
    const bool always = m_spec.op == BoardOperator::Sum || m_spec.op == BoardOperator::BestNSum;
    if (m_spec.reset != ResetSchedule::Never) {
        const int period = periodFor(atMs);
        Entry *slot = findEntry(player, period);
        if (slot && (always || slot->sub == sub))
            replace(player, playerId, period, *slot, recomputed(player, period), changes);
    }
    Entry &all = m_players->list[player].all;
    if (always || all.sub == sub)
        replace(player, playerId, -1, all, recomputed(player, -1), changes);
    return changes;
}

void Leaderboard::setPlayerHidden(const QString &playerId, bool hidden)
{
    if (!hidden && m_players->find(playerId) < 0)
        return;
    const quint32 player = quint32(m_players->intern(playerId, m_spec.op == BoardOperator::BestNSum));
    if (m_players->hidden[player] == hidden)
        return;
    m_players->hidden[player] = hidden;
    ++m_version;
    if (m_bulk)
        return;
    auto apply = [&](const Entry &entry, RankedIndex &index) {
        if (!entry.present)
            return;
        if (hidden)
            index.erase(keyOf(entry, player));
        else
            index.insert(keyOf(entry, player));
    };
    apply(m_players->list[player].all, m_all);
    for (quint32 e = m_players->list[player].periodHead; e != None; e = m_periodEntries[e].next)
        apply(m_periodEntries[e].entry, m_periods[m_periodEntries[e].period]->index);
}

void Leaderboard::beginBulkLoad()
{
    m_bulk = true;
}

void Leaderboard::endBulkLoad()
{
    if (!m_bulk)
        return;
    m_bulk = false;
    ++m_version;
    std::vector<std::vector<RankKey>> keys(m_periods.size() + 1); // [0]: "all"
    keys[0].reserve(m_players->list.size());
    for (quint32 player = 0; player < quint32(m_players->list.size()); ++player) {
        const Player &p = m_players->list[player];
        if (m_players->hidden[player])
            continue;
        if (p.all.present)
            keys[0].push_back(keyOf(p.all, player));
        for (quint32 e = p.periodHead; e != None; e = m_periodEntries[e].next) {
            if (m_periodEntries[e].entry.present)
                keys[m_periodEntries[e].period + 1].push_back(keyOf(m_periodEntries[e].entry, player));
        }
    }
    const auto less = [this](const RankKey &a, const RankKey &b) { return m_all.less(a, b); };
    for (size_t i = 0; i < keys.size(); ++i) {
        std::sort(keys[i].begin(), keys[i].end(), less);
        indexOf(int(i) - 1).assignSorted(keys[i]);
        std::vector<RankKey>().swap(keys[i]);
    }
}

} // namespace arbiter
