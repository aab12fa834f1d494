#include "leaderboard/idtable.h"

#include <QHash>
#include <QRandomGenerator>

#include <cstring>

namespace arbiter {

namespace {

// Where a tag starts probing: its top bits, so growing the table never needs an id's hash again.
quint64 home(quint64 tag, int bits)
{
    return tag >> (32 - bits);
}

bool isLatin1(QStringView id)
{
    for (const QChar c : id) {
        if (c.unicode() > 0xff)
            return false;
    }
    return true;
}

} // namespace

IdTable::IdTable()
    : m_slots(16, 0)
    , m_seed(size_t(QRandomGenerator::system()->generate64()))
{
}

quint32 IdTable::tag(QStringView id) const
{
    const quint64 h = quint64(qHash(id, m_seed)) * 0x9E3779B97F4A7C15ULL; // spread into the top bits
    return quint32(h >> 32);
}

IdTable::Header IdTable::header(quint32 offset) const
{
    Header h;
    std::memcpy(&h, m_arena.data() + offset, sizeof h); // the arena is not aligned
    return h;
}

bool IdTable::equals(quint32 offset, QStringView id) const
{
    const Header h = header(offset);
    if (qsizetype(h.length >> 1) != id.size())
        return false;
    const char *data = m_arena.data() + offset + sizeof(Header);
    if (h.length & 1)
        return std::memcmp(data, id.utf16(), id.size() * sizeof(char16_t)) == 0;
    return QLatin1String(data, id.size()) == id;
}

int IdTable::find(QStringView id) const
{
    const quint64 t = tag(id);
    const quint64 mask = m_slots.size() - 1;
    for (quint64 i = home(t, m_bits);; i = (i + 1) & mask) {
        const quint64 slot = m_slots[i];
        if (slot == 0)
            return -1;
        if ((slot >> 32) == t && equals(quint32(slot) - 1, id))
            return int(header(quint32(slot) - 1).index);
    }
}

int IdTable::intern(QStringView id, bool *added)
{
    const quint64 t = tag(id);
    const quint64 mask = m_slots.size() - 1;
    quint64 i = home(t, m_bits);
    for (;; i = (i + 1) & mask) {
        const quint64 slot = m_slots[i];
        if (slot == 0)
            break;
        if ((slot >> 32) == t && equals(quint32(slot) - 1, id)) {
            if (added)
                *added = false;
            return int(header(quint32(slot) - 1).index);
        }
    }
    const int index = size();
    const quint32 offset = quint32(m_arena.size());
    const bool latin1 = isLatin1(id);
    const Header h{(quint32(id.size()) << 1) | (latin1 ? 0 : 1), quint32(index)};
    const char *headerBytes = reinterpret_cast<const char *>(&h);
    m_arena.insert(m_arena.end(), headerBytes, headerBytes + sizeof h);
    if (latin1) {
        for (const QChar c : id)
            m_arena.push_back(char(c.unicode()));
    } else {
        const char *bytes = reinterpret_cast<const char *>(id.utf16());
        m_arena.insert(m_arena.end(), bytes, bytes + id.size() * sizeof(char16_t));
    }
    m_offsets.push_back(offset);
    m_slots[i] = (t << 32) | quint64(offset + 1);
    if (quint64(size()) * 10 > m_slots.size() * 7)
        grow();
    if (added)
        *added = true;
    return index;
}

QString IdTable::id(int index) const
{
    const quint32 offset = m_offsets[index];
    const Header h = header(offset);
    const char *data = m_arena.data() + offset + sizeof(Header);
    if (h.length & 1) { // the arena does not align UTF-16 ids: copy bytes, never read them as char16_t in place
        QString text(qsizetype(h.length >> 1), Qt::Uninitialized);
        std::memcpy(text.data(), data, text.size() * sizeof(char16_t));
        return text;
    }
    return QString::fromLatin1(data, qsizetype(h.length >> 1));
}

void IdTable::grow()
{
    std::vector<quint64> table(m_slots.size() * 2, 0);
    ++m_bits;
    const quint64 mask = table.size() - 1;
    for (const quint64 slot : m_slots) {
        if (slot == 0)
            continue;
        quint64 i = home(slot >> 32, m_bits);
        while (table[i] != 0)
            i = (i + 1) & mask;
        table[i] = slot;
    }
    m_slots.swap(table);
}

} // namespace arbiter
