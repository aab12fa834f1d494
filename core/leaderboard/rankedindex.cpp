#include "leaderboard/rankedindex.h"

#include <algorithm>
#include <cstring>

namespace arbiter {

namespace {

// A binary search over a node visits ~6 cache lines one after the other; asking for all of the node's
// lines at once lets the memory system fetch them in parallel (on a 1M board the leaves are not cached).
inline void prefetch(const void *data, size_t bytes)
{
    const char *p = static_cast<const char *>(data);
    for (size_t offset = 0; offset < bytes; offset += 64)
        __builtin_prefetch(p + offset);
}

} // namespace

RankedIndex::RankedIndex(const TieOrder *tie)
    : m_tie(tie)
{
    m_leaves.emplace_back();
}

int RankedIndex::route(const Inner &node, const RankKey &key) const
{
    prefetch(node.seps, sizeof(RankKey) * node.count);
    prefetch(node.sizes, sizeof(int) * node.count);
    int lo = 0, hi = node.count - 1; // the first child whose bound is >= key; the last child is unbounded
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (less(node.seps[mid], key))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

int RankedIndex::lowerBound(const Leaf &leaf, const RankKey &key) const
{
    prefetch(leaf.keys, sizeof(RankKey) * leaf.count);
    int lo = 0, hi = leaf.count;
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (less(leaf.keys[mid], key))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

int RankedIndex::newLeaf()
{
    if (!m_freeLeaves.empty()) {
        const int index = m_freeLeaves.back();
        m_freeLeaves.pop_back();
        m_leaves[index].count = 0;
        m_leaves[index].prev = m_leaves[index].next = -1;
        return index;
    }
    m_leaves.emplace_back();
    return int(m_leaves.size()) - 1;
}

int RankedIndex::newInner()
{
    if (!m_freeInners.empty()) {
        const int index = m_freeInners.back();
        m_freeInners.pop_back();
        m_inners[index].count = 0;
        return index;
    }
    m_inners.emplace_back();
    return int(m_inners.size()) - 1;
}

int RankedIndex::insert(const RankKey &key)
{
    int path[MaxHeight + 1];
    int slot[MaxHeight + 1];
    int node = m_root;
    int before = 0;
    for (int h = m_height; h > 0; --h) {
        Inner &in = m_inners[node];
        const int i = route(in, key);
        for (int j = 0; j < i; ++j)
            before += in.sizes[j];
        ++in.sizes[i];
        path[h] = node;
        slot[h] = i;
        node = in.children[i];
    }
    Leaf &leaf = m_leaves[node];
    const int pos = lowerBound(leaf, key);
    std::memmove(&leaf.keys[pos + 1], &leaf.keys[pos], sizeof(RankKey) * (leaf.count - pos));
    leaf.keys[pos] = key;
    ++leaf.count;
    ++m_size;
    if (leaf.count > LeafCap)
        splitUpwards(node, path, slot);
    return before + pos + 1;
}

void RankedIndex::splitUpwards(int node, const int *path, const int *slot)
{
    // Split the overfull leaf; then insert the new right sibling into each parent, splitting as needed.
    const int right = newLeaf();
    Leaf &l = m_leaves[node];
    Leaf &r = m_leaves[right];
    const int half = l.count / 2;
    r.count = l.count - half;
    std::memcpy(r.keys, &l.keys[half], sizeof(RankKey) * r.count);
    l.count = half;
    r.next = l.next;
    r.prev = node;
    if (l.next >= 0)
        m_leaves[l.next].prev = right;
    l.next = right;
    RankKey sep = l.keys[half - 1];
    int leftSize = l.count;
    int rightSize = r.count;
    int newNode = right;
    for (int h = 1; h <= m_height; ++h) {
        Inner &p = m_inners[path[h]];
        const int i = slot[h];
        const int tail = p.count - i - 1;
        std::memmove(&p.children[i + 2], &p.children[i + 1], sizeof(int) * tail);
        std::memmove(&p.sizes[i + 2], &p.sizes[i + 1], sizeof(int) * tail);
        std::memmove(&p.seps[i + 1], &p.seps[i], sizeof(RankKey) * (tail + 1));
        p.children[i + 1] = newNode;
        p.sizes[i] = leftSize;
        p.sizes[i + 1] = rightSize;
        p.seps[i] = sep; // seps[i + 1] now holds child i's old bound, which bounds the right half
        ++p.count;
        if (p.count <= InnerCap)
            return;
        const int split = newInner();
        Inner &a = m_inners[path[h]];
        Inner &b = m_inners[split];
        const int keep = a.count / 2;
        b.count = a.count - keep;
        std::memcpy(b.children, &a.children[keep], sizeof(int) * b.count);
        std::memcpy(b.sizes, &a.sizes[keep], sizeof(int) * b.count);
        std::memcpy(b.seps, &a.seps[keep], sizeof(RankKey) * b.count);
        a.count = keep;
        sep = a.seps[keep - 1];
        leftSize = 0;
        for (int j = 0; j < a.count; ++j)
            leftSize += a.sizes[j];
        rightSize = 0;
        for (int j = 0; j < b.count; ++j)
            rightSize += b.sizes[j];
        newNode = split;
    }
    const int oldRoot = m_root;
    const int root = newInner();
    Inner &top = m_inners[root];
    top.count = 2;
    top.children[0] = oldRoot;
    top.children[1] = newNode;
    top.sizes[0] = leftSize;
    top.sizes[1] = rightSize;
    top.seps[0] = sep;
    m_root = root;
    ++m_height;
}

int RankedIndex::erase(const RankKey &key)
{
    int path[MaxHeight + 1];
    int slot[MaxHeight + 1];
    int node = m_root;
    int before = 0;
    for (int h = m_height; h > 0; --h) {
        const Inner &in = m_inners[node];
        const int i = route(in, key);
        for (int j = 0; j < i; ++j)
            before += in.sizes[j];
        path[h] = node;
        slot[h] = i;
        node = in.children[i];
    }
    Leaf &leaf = m_leaves[node];
    const int pos = lowerBound(leaf, key);
    if (pos == leaf.count || less(key, leaf.keys[pos]))
        return 0;
    std::memmove(&leaf.keys[pos], &leaf.keys[pos + 1], sizeof(RankKey) * (leaf.count - pos - 1));
    --leaf.count;
    --m_size;
    for (int h = 1; h <= m_height; ++h)
        --m_inners[path[h]].sizes[slot[h]];
    rebalanceUpwards(path, slot);
    return before + pos + 1;
}

void RankedIndex::rebalanceUpwards(const int *path, const int *slot)
{
    if (m_height == 0)
        return;
    fixLeafChild(path[1], slot[1]);
    for (int h = 2; h <= m_height; ++h)
        fixInnerChild(path[h], slot[h]);
    // A root with one child adds a level for nothing.
    while (m_height > 0 && m_inners[m_root].count == 1) {
        m_freeInners.push_back(m_root);
        m_root = m_inners[m_root].children[0];
        --m_height;
    }
}

void RankedIndex::fixLeafChild(int parent, int i)
{
    Inner &p = m_inners[parent];
    if (p.count < 2 || m_leaves[p.children[i]].count >= LeafCap / 4)
        return;
    const int a = i + 1 < p.count ? i : i - 1; // merge or share with the right neighbour, else the left one
    const int b = a + 1;
    Leaf &left = m_leaves[p.children[a]];
    Leaf &right = m_leaves[p.children[b]];
    if (left.count + right.count <= LeafCap * 3 / 4) {
        std::memcpy(&left.keys[left.count], right.keys, sizeof(RankKey) * right.count);
        left.count += right.count;
        left.next = right.next;
        if (right.next >= 0)
            m_leaves[right.next].prev = p.children[a];
        m_freeLeaves.push_back(p.children[b]);
        p.sizes[a] += p.sizes[b];
        p.seps[a] = p.seps[b];
        const int tail = p.count - b - 1;
        std::memmove(&p.children[b], &p.children[b + 1], sizeof(int) * tail);
        std::memmove(&p.sizes[b], &p.sizes[b + 1], sizeof(int) * tail);
        std::memmove(&p.seps[b], &p.seps[b + 1], sizeof(RankKey) * tail);
        --p.count;
        return;
    }
    // Too many for one node: even them out instead, so neither is below a quarter full.
    const int target = (left.count + right.count) / 2;
    if (left.count < target) {
        const int move = target - left.count;
        std::memcpy(&left.keys[left.count], right.keys, sizeof(RankKey) * move);
        std::memmove(right.keys, &right.keys[move], sizeof(RankKey) * (right.count - move));
        left.count += move;
        right.count -= move;
        p.sizes[a] += move;
        p.sizes[b] -= move;
    } else {
        const int move = left.count - target;
        std::memmove(&right.keys[move], right.keys, sizeof(RankKey) * right.count);
        std::memcpy(right.keys, &left.keys[left.count - move], sizeof(RankKey) * move);
        left.count -= move;
        right.count += move;
        p.sizes[a] -= move;
        p.sizes[b] += move;
    }
    p.seps[a] = left.keys[left.count - 1];
}

void RankedIndex::fixInnerChild(int parent, int i)
{
    Inner &p = m_inners[parent];
    if (p.count < 2 || m_inners[p.children[i]].count >= InnerCap / 4)
        return;
    const int a = i + 1 < p.count ? i : i - 1;
    const int b = a + 1;
    Inner &left = m_inners[p.children[a]];
    Inner &right = m_inners[p.children[b]];
    if (left.count + right.count <= InnerCap * 3 / 4) {
        left.seps[left.count - 1] = p.seps[a]; // the bound between them now separates two of left's children
        std::memcpy(&left.children[left.count], right.children, sizeof(int) * right.count);
        std::memcpy(&left.sizes[left.count], right.sizes, sizeof(int) * right.count);
        std::memcpy(&left.seps[left.count], right.seps, sizeof(RankKey) * right.count);
        left.count += right.count;
        m_freeInners.push_back(p.children[b]);
        p.sizes[a] += p.sizes[b];
        p.seps[a] = p.seps[b];
        const int tail = p.count - b - 1;
        std::memmove(&p.children[b], &p.children[b + 1], sizeof(int) * tail);
        std::memmove(&p.sizes[b], &p.sizes[b + 1], sizeof(int) * tail);
        std::memmove(&p.seps[b], &p.seps[b + 1], sizeof(RankKey) * tail);
        --p.count;
        return;
    }
    const int target = (left.count + right.count) / 2;
    int moved = 0;
    if (left.count < target) {
        const int move = target - left.count;
        left.seps[left.count - 1] = p.seps[a];
        std::memcpy(&left.children[left.count], right.children, sizeof(int) * move);
        std::memcpy(&left.sizes[left.count], right.sizes, sizeof(int) * move);
        std::memcpy(&left.seps[left.count], right.seps, sizeof(RankKey) * move);
        p.seps[a] = right.seps[move - 1];
        for (int j = 0; j < move; ++j)
            moved += right.sizes[j];
        std::memmove(right.children, &right.children[move], sizeof(int) * (right.count - move));
        std::memmove(right.sizes, &right.sizes[move], sizeof(int) * (right.count - move));
        std::memmove(right.seps, &right.seps[move], sizeof(RankKey) * (right.count - move));
        left.count += move;
        right.count -= move;
        p.sizes[a] += moved;
        p.sizes[b] -= moved;
    } else {
        const int move = left.count - target;
        const int from = left.count - move;
        std::memmove(&right.children[move], right.children, sizeof(int) * right.count);
        std::memmove(&right.sizes[move], right.sizes, sizeof(int) * right.count);
        std::memmove(&right.seps[move], right.seps, sizeof(RankKey) * right.count);
        std::memcpy(right.children, &left.children[from], sizeof(int) * move);
        std::memcpy(right.sizes, &left.sizes[from], sizeof(int) * move);
        std::memcpy(right.seps, &left.seps[from], sizeof(RankKey) * move);
        right.seps[move - 1] = p.seps[a]; // left's last child was bounded by the parent's separator
        p.seps[a] = left.seps[from - 1];
        for (int j = 0; j < move; ++j)
            moved += right.sizes[j];
        left.count -= move;
        right.count += move;
        p.sizes[a] -= moved;
        p.sizes[b] += moved;
    }
}

int RankedIndex::rankOf(const RankKey &key) const
{
    int node = m_root;
    int before = 0;
    for (int h = m_height; h > 0; --h) {
        const Inner &in = m_inners[node];
        const int i = route(in, key);
        for (int j = 0; j < i; ++j)
            before += in.sizes[j];
        node = in.children[i];
    }
    const Leaf &leaf = m_leaves[node];
    const int pos = lowerBound(leaf, key);
    if (pos == leaf.count || less(key, leaf.keys[pos]))
        return 0;
    return before + pos + 1;
}

void RankedIndex::assignSorted(const std::vector<RankKey> &keys)
{
    m_leaves.clear();
    m_inners.clear();
    m_freeLeaves.clear();
    m_freeInners.clear();
    m_height = 0;
    m_size = int(keys.size());
    // Leaves 7/8 full leave room for inserts before the first splits.
    constexpr int Fill = LeafCap * 7 / 8;
    const int n = int(keys.size());
    const int leafCount = std::max(1, (n + Fill - 1) / Fill);
    m_leaves.resize(leafCount);
    std::vector<int> level(leafCount);
    std::vector<int> sizes(leafCount);
    std::vector<RankKey> bounds(leafCount);
    for (int l = 0, from = 0; l < leafCount; ++l) {
        const int to = int(qint64(n) * (l + 1) / leafCount); // even spread: no tiny last leaf
        Leaf &leaf = m_leaves[l];
        leaf.count = to - from;
        std::copy(keys.begin() + from, keys.begin() + to, leaf.keys);
        leaf.prev = l - 1;
        leaf.next = l + 1 < leafCount ? l + 1 : -1;
        level[l] = l;
        sizes[l] = leaf.count;
        if (leaf.count > 0)
            bounds[l] = leaf.keys[leaf.count - 1];
        from = to;
    }
    constexpr int InnerFill = InnerCap * 7 / 8;
    while (level.size() > 1) {
        const int count = int(level.size());
        const int parents = (count + InnerFill - 1) / InnerFill;
        std::vector<int> upLevel(parents);
        std::vector<int> upSizes(parents, 0);
        std::vector<RankKey> upBounds(parents);
        for (int q = 0, from = 0; q < parents; ++q) {
            const int to = int(qint64(count) * (q + 1) / parents);
            const int index = newInner();
            Inner &in = m_inners[index];
            in.count = to - from;
            for (int c = from; c < to; ++c) {
                in.children[c - from] = level[c];
                in.sizes[c - from] = sizes[c];
                in.seps[c - from] = bounds[c];
                upSizes[q] += sizes[c];
            }
            upLevel[q] = index;
            upBounds[q] = bounds[to - 1];
            from = to;
        }
        level.swap(upLevel);
        sizes.swap(upSizes);
        bounds.swap(upBounds);
        ++m_height;
    }
    m_root = level.front();
}

bool RankedIndex::verifyNode(int node, int level, const RankKey *low, const RankKey *high, int &size, int &leaf) const
{
    // Every key k under this node satisfies low < k <= high; `leaf` walks the leaf chain alongside.
    const bool root = node == m_root;
    if (level == 0) {
        const Leaf &l = m_leaves[node];
        if (l.count > LeafCap || (!root && l.count < LeafCap / 4 && m_size >= LeafCap) || node != leaf)
            return false;
        for (int i = 0; i < l.count; ++i) {
            if ((i > 0 && !less(l.keys[i - 1], l.keys[i])) || (low && !less(*low, l.keys[i]))
                || (high && less(*high, l.keys[i])))
                return false;
        }
        size = l.count;
        leaf = l.next;
        return true;
    }
    const Inner &in = m_inners[node];
    if (in.count > InnerCap || in.count < (root ? 2 : InnerCap / 4))
        return false;
    size = 0;
    for (int i = 0; i < in.count; ++i) {
        int childSize = 0;
        const RankKey *childLow = i == 0 ? low : &in.seps[i - 1];
        const RankKey *childHigh = i + 1 < in.count ? &in.seps[i] : high;
        if (!verifyNode(in.children[i], level - 1, childLow, childHigh, childSize, leaf) || childSize != in.sizes[i])
            return false;
        size += childSize;
    }
    return true;
}

bool RankedIndex::verify() const
{
    int size = 0;
    int leaf = m_root;
    for (int h = m_height; h > 0; --h)
        leaf = m_inners[leaf].children[0];
    if (m_leaves[leaf].prev != -1)
        return false;
    return verifyNode(m_root, m_height, nullptr, nullptr, size, leaf) && size == m_size && leaf == -1;
}

qint64 RankedIndex::memoryBytes() const
{
    return qint64(m_leaves.capacity() * sizeof(Leaf) + m_inners.capacity() * sizeof(Inner));
}

} // namespace arbiter
