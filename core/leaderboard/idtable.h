#pragma once

// IdTable: interns ids (player and submission ids) into dense indices with a compact byte arena.

#include <QString>
#include <QStringView>

#include <vector>

namespace arbiter {

// A million ids as QStrings in a QHash cost ~100 bytes each (string header, node, hash spans). Here an
// id costs an 8-byte header and its characters in one arena (Latin-1 ids, the common case, one byte per
// character; others UTF-16), a 4-byte offset per index and 11-23 bytes of open-addressing table. A lookup
// touches two cache lines far apart: its table slot and the arena record the slot points at. The table's
// seed is random per table so chosen ids cannot force long probe chains (qHash is seeded).
class IdTable final {
public:
    IdTable();

    int size() const { return int(m_offsets.size()); }
    int find(QStringView id) const; // -1 if absent
    int intern(QStringView id, bool *added = nullptr);
    QString id(int index) const;

private:
    struct Header {
        quint32 length; // characters << 1 | 1 when stored as UTF-16
        quint32 index;
    };

    quint32 tag(QStringView id) const;
    Header header(quint32 offset) const;
    bool equals(quint32 offset, QStringView id) const;
    void grow();

    std::vector<char> m_arena; // per id: Header, then its characters
    std::vector<quint32> m_offsets; // index → arena offset
    std::vector<quint64> m_slots; // tag << 32 | (arena offset + 1), probing from the tag's top m_bits bits; 0 = empty
    int m_bits = 4; // m_slots.size() == 1 << m_bits
    size_t m_seed = 0;
};

} // namespace arbiter
