#pragma once

// IdTable: interns ids (player and submission ids) into dense indices with a compact byte arena.

#include "util/hugepages.h"

#include <QString>
#include <QStringView>

#include <vector>

namespace arbiter {

// A million ids as QStrings in a QHash cost ~100 bytes each (string header, node, hash spans). Here an
// id costs a 4-byte length and its characters in one arena (Latin-1 ids, the common case, one byte per
// character; others UTF-16), a 4-byte offset per index and 11-23 bytes of open-addressing table. A slot holds
// the id's hash tag and its index, so a lookup learns the index from the slot alone: the caller's `hint(index)`
// runs before the id is compared, and can prefetch whatever the caller keeps per index while the arena
// record is fetched for the comparison (two cache misses in parallel instead of one after the other). The
// table's seed is random per table so chosen ids cannot force long probe chains (qHash is seeded).
class IdTable final {
public:
    IdTable();

    int size() const { return int(m_offsets.size()); }
    int find(QStringView id) const
    {
        return find(id, [](int) {});
    }
    template <typename Hint> int find(QStringView id, Hint hint) const; // -1 if absent
    int intern(QStringView id, bool *added = nullptr)
    {
        return intern(id, added, [](int) {});
    }
    template <typename Hint> int intern(QStringView id, bool *added, Hint hint);
    QString id(int index) const;

private:
    quint32 tag(QStringView id) const;
    quint64 home(quint32 tag) const { return quint64(tag) >> (32 - m_bits); } // growing never rehashes an id
    bool equals(int index, QStringView id) const;
    int append(QStringView id, quint32 tag, quint64 slot);
    void grow();

    HugeVector<char> m_arena; // per id: quint32 length (characters << 1 | 1 when stored as UTF-16), characters
    HugeVector<quint32> m_offsets; // index → arena offset
    HugeVector<quint64> m_slots; // tag << 32 | (index + 1), probing from the tag's top m_bits bits; 0 = empty
    int m_bits = 4; // m_slots.size() == 1 << m_bits
    size_t m_seed = 0;
};

template <typename Hint> int IdTable::find(QStringView id, Hint hint) const
{
    const quint32 t = tag(id);
    const quint64 mask = m_slots.size() - 1;
    for (quint64 i = home(t);; i = (i + 1) & mask) {
        const quint64 slot = m_slots[i];
        if (slot == 0)
            return -1;
        if (quint32(slot >> 32) == t) {
            const int index = int(quint32(slot) - 1);
            hint(index);
            if (equals(index, id))
                return index;
        }
    }
}

template <typename Hint> int IdTable::intern(QStringView id, bool *added, Hint hint)
{
    const quint32 t = tag(id);
    const quint64 mask = m_slots.size() - 1;
    quint64 i = home(t);
    for (;; i = (i + 1) & mask) {
        const quint64 slot = m_slots[i];
        if (slot == 0)
            break;
        if (quint32(slot >> 32) == t) {
            const int index = int(quint32(slot) - 1);
            hint(index);
            if (equals(index, id)) {
                if (added)
                    *added = false;
                return index;
            }
        }
    }
    if (added)
        *added = true;
    return append(id, t, i);
}

} // namespace arbiter
