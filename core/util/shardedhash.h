#pragma once

// ShardedHash / ShardedSet: a QHash (QSet) split into shards by the key's hash, for the engine's
// tables that grow by one entry per new player or submission. A QHash grows by rehashing every
// entry at once (for QString keys, a cache miss per key): at 65,000 players the per-player tables
// grew in the same request and held the core thread ~60 ms. Split into 64 shards, a growth
// rehashes 1/64 of the entries, and the shards cross their thresholds at different times.
// Keys: QString or quint64.

#include <QHash>
#include <QSet>

#include <QStringView>

#include <algorithm>
#include <array>

namespace arbiter {

namespace shardedhash {
inline constexpr int kShards = 64;
// The shard comes from a cheap look at the key, not a second full hash: the last four characters
// and the length of an id (ids end in their most varied part: counters, random digits), or a
// multiplicative hash of an integer. Keys alike in all of those share a shard, which is then
// no worse than one QHash; the bucket inside still comes from QHash's seeded hash of the whole key.
inline int shardOf(QStringView key)
{
    const qsizetype n = key.size();
    quint64 mix = quint64(n);
    for (qsizetype i = std::max<qsizetype>(0, n - 4); i < n; ++i)
        mix = mix * 131 + key[i].unicode();
    return int((mix * 0x9e3779b97f4a7c15ULL) >> 58);
}
inline int shardOf(quint64 key)
{
    return int((key * 0x9e3779b97f4a7c15ULL) >> 58);
}
static_assert(kShards == 64, "shardOf() yields 6 bits");
} // namespace shardedhash

template <class Key, class T> class ShardedHash final {
public:
    using Shard = QHash<Key, T>;

    T &operator[](const Key &key) { return m_shards[shardedhash::shardOf(key)][key]; }
    const T *find(const Key &key) const
    {
        const Shard &shard = m_shards[shardedhash::shardOf(key)];
        const auto it = shard.constFind(key);
        return it == shard.constEnd() ? nullptr : &*it;
    }
    T *find(const Key &key)
    {
        Shard &shard = m_shards[shardedhash::shardOf(key)];
        const auto it = shard.find(key);
        return it == shard.end() ? nullptr : &*it;
    }
    T value(const Key &key, const T &fallback = T()) const
    {
        const T *found = find(key);
        return found ? *found : fallback;
    }
    bool contains(const Key &key) const { return find(key) != nullptr; }
    bool remove(const Key &key) { return m_shards[shardedhash::shardOf(key)].remove(key); }
    qsizetype size() const
    {
        qsizetype n = 0;
        for (const Shard &shard : m_shards)
            n += shard.size();
        return n;
    }
    void clear()
    {
        for (Shard &shard : m_shards)
            shard.clear();
    }
    void reserve(qsizetype count)
    {
        for (Shard &shard : m_shards)
            shard.reserve(count / shardedhash::kShards + 1);
    }
    // Every shard, for iteration (entries in no particular order).
    std::array<Shard, shardedhash::kShards> &shards() { return m_shards; }
    const std::array<Shard, shardedhash::kShards> &shards() const { return m_shards; }

private:
    std::array<Shard, shardedhash::kShards> m_shards;
};

template <class Key> class ShardedSet final {
public:
    void insert(const Key &key) { m_shards[shardedhash::shardOf(key)].insert(key); }
    bool contains(const Key &key) const { return m_shards[shardedhash::shardOf(key)].contains(key); }
    bool remove(const Key &key) { return m_shards[shardedhash::shardOf(key)].remove(key); }
    void reserve(qsizetype count)
    {
        for (QSet<Key> &shard : m_shards)
            shard.reserve(count / shardedhash::kShards + 1);
    }
    qsizetype size() const
    {
        qsizetype n = 0;
        for (const QSet<Key> &shard : m_shards)
            n += shard.size();
        return n;
    }

private:
    std::array<QSet<Key>, shardedhash::kShards> m_shards;
};

} // namespace arbiter
