#pragma once

// RankedIndex: the ordered index of one (board, period) — a counted B+-tree giving O(log n) insert, erase and
// rank and O(log n + k) ranges.

#include "util/hugepages.h"

#include <QtGlobal>

#include <vector>

namespace arbiter {

// One ranked entry. Smaller ranks first: `value` is the board value encoded so that the better value is the
// smaller integer (see Leaderboard), then the earlier achievement, then the players' tie order.
struct RankKey {
    quint64 value = 0;
    qint64 atMs = 0;
    quint32 player = 0;
};

// The deterministic draw between two different players whose value and time are equal. Consulted only on such
// exact ties, so it may be slow-ish (it reads the players' hashed tie keys).
class TieOrder {
public:
    virtual bool less(quint32 playerA, quint32 playerB) const = 0;

protected:
    ~TieOrder() = default;
};

// Why a B+-tree: a balanced binary tree of a million nodes is ~25 levels of cache misses per descent, and an
// update is two descents; here a descent is 4 nodes whose keys sit in contiguous arrays. Every child slot
// carries its subtree's size, so rank and select sum sizes on the way down. Nodes live in two pools addressed
// by index; freed nodes are reused. A node that falls below a quarter full is merged with or refilled from a
// neighbour, so the height stays O(log n) under any mix of inserts and erases.
// Keys must be unique (they are: one per player). Not thread-safe.
class RankedIndex final {
public:
    explicit RankedIndex(const TieOrder *tie);

    int size() const { return m_size; }
    bool less(const RankKey &a, const RankKey &b) const
    {
        if (a.value != b.value)
            return a.value < b.value;
        if (a.atMs != b.atMs)
            return a.atMs < b.atMs;
        return a.player != b.player && m_tie->less(a.player, b.player);
    }

    int insert(const RankKey &key); // the key's 1-based rank after inserting; the key must not be present
    int erase(const RankKey &key); // the 1-based rank it had; 0 (and no change) if it was not present
    int rankOf(const RankKey &key) const; // 1-based; 0 if not present
    // How many keys satisfy `before`, which must hold for a prefix of the order (every key ranked ahead of a probe).
    template <typename Before> int countBefore(Before before) const;
    // Calls f(key, rank) for ranks offset+1 .. offset+limit (fewer at the end).
    template <typename F> void visit(int offset, int limit, F f) const;
    // Replaces the contents with already sorted, unique keys in O(n): the start-up rebuild.
    void assignSorted(const std::vector<RankKey> &keys);
    qint64 memoryBytes() const;
    int height() const { return m_height; }
    // Checks every invariant (order, bounds, sizes, fill, leaf links); for tests. O(n).
    bool verify() const;

private:
    static constexpr int LeafCap = 64;
    static constexpr int InnerCap = 64;
    static constexpr int MaxHeight = 16;

    struct Leaf {
        int count = 0;
        int prev = -1;
        int next = -1;
        RankKey keys[LeafCap + 1]; // one spare: a leaf splits after overflowing by one
    };
    struct Inner {
        int count = 0;
        int children[InnerCap + 1];
        int sizes[InnerCap + 1]; // keys under each child
        RankKey seps[InnerCap + 1]; // seps[i] >= every key under child i, < every key under i+1; last unused
    };

    int route(const Inner &node, const RankKey &key) const;
    int lowerBound(const Leaf &leaf, const RankKey &key) const;
    int newLeaf();
    int newInner();
    void splitUpwards(int leaf, const int *path, const int *slot);
    void rebalanceUpwards(const int *path, const int *slot);
    void fixLeafChild(int parent, int i);
    void fixInnerChild(int parent, int i);
    bool verifyNode(int node, int level, const RankKey *low, const RankKey *high, int &size, int &leaf) const;

    HugeVector<Leaf> m_leaves;
    HugeVector<Inner> m_inners;
    std::vector<int> m_freeLeaves;
    std::vector<int> m_freeInners;
    int m_root = 0;
    int m_height = 0; // inner levels above the leaves; 0: the root is a leaf
    int m_size = 0;
    const TieOrder *m_tie;
};

template <typename Before> int RankedIndex::countBefore(Before before) const
{
    int count = 0;
    int node = m_root;
    for (int h = m_height; h > 0; --h) {
        const Inner &in = m_inners[node];
        int lo = 0, hi = in.count - 1; // the first child whose bound is not before the probe
        while (lo < hi) {
            const int mid = (lo + hi) / 2;
            if (before(in.seps[mid]))
                lo = mid + 1;
            else
                hi = mid;
        }
        for (int i = 0; i < lo; ++i)
            count += in.sizes[i];
        node = in.children[lo];
    }
    const Leaf &leaf = m_leaves[node];
    int lo = 0, hi = leaf.count;
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (before(leaf.keys[mid]))
            lo = mid + 1;
        else
            hi = mid;
    }
    return count + lo;
}

template <typename F> void RankedIndex::visit(int offset, int limit, F f) const
{
    if (offset < 0)
        offset = 0;
    if (limit <= 0 || offset >= m_size)
        return;
    int node = m_root;
    int rest = offset;
    for (int h = m_height; h > 0; --h) {
        const Inner &in = m_inners[node];
        int i = 0;
        while (i < in.count - 1 && rest >= in.sizes[i]) {
            rest -= in.sizes[i];
            ++i;
        }
        node = in.children[i];
    }
    int rank = offset + 1;
    for (int pos = rest; node >= 0 && limit > 0; node = m_leaves[node].next, pos = 0) {
        const Leaf &leaf = m_leaves[node];
        for (; pos < leaf.count && limit > 0; ++pos, --limit)
            f(leaf.keys[pos], rank++);
    }
}

} // namespace arbiter
