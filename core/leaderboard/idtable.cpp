#include "leaderboard/idtable.h"

#include <QHash>
#include <QRandomGenerator>

#include <cstring>

namespace arbiter {

namespace {

bool isLatin1(QStringView id)
{
    for (const QChar c : id) {
        if (c.unicode() > 0xff)
            return false;
    }
    return true;
}

quint32 lengthAt(const char *record)
{
    quint32 length;
    std::memcpy(&length, record, sizeof length); // the arena is not aligned
    return length;
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

bool IdTable::equals(int index, QStringView id) const
{
    const char *record = m_arena.data() + m_offsets[index];
    const quint32 length = lengthAt(record);
    if (qsizetype(length >> 1) != id.size())
        return false;
    const char *data = record + sizeof(quint32);
    if (length & 1)
        return std::memcmp(data, id.utf16(), id.size() * sizeof(char16_t)) == 0;
    return QLatin1String(data, id.size()) == id;
}

int IdTable::append(QStringView id, quint32 tag, quint64 slot)
{
    const int index = size();
    const bool latin1 = isLatin1(id);
    const quint32 length = (quint32(id.size()) << 1) | (latin1 ? 0 : 1);
    m_offsets.push_back(quint32(m_arena.size()));
    const char *lengthBytes = reinterpret_cast<const char *>(&length);
    m_arena.append(lengthBytes, lengthBytes + sizeof length);
    if (latin1) {
        for (const QChar c : id)
            m_arena.push_back(char(c.unicode()));
    } else {
        const char *bytes = reinterpret_cast<const char *>(id.utf16());
        m_arena.append(bytes, bytes + id.size() * sizeof(char16_t));
    }
    m_slots[slot] = (quint64(tag) << 32) | quint64(index + 1);
    if (quint64(size()) * 10 > m_slots.size() * 7)
        grow();
    return index;
}

QString IdTable::id(int index) const
{
    const char *record = m_arena.data() + m_offsets[index];
    const quint32 length = lengthAt(record);
    const char *data = record + sizeof(quint32);
    if (length & 1) { // the arena does not align UTF-16 ids: copy bytes, never read them as char16_t in place
        QString text(qsizetype(length >> 1), Qt::Uninitialized);
        std::memcpy(text.data(), data, text.size() * sizeof(char16_t));
        return text;
    }
    return QString::fromLatin1(data, qsizetype(length >> 1));
}

void IdTable::grow()
{
    HugeVector<quint64> table(m_slots.size() * 2, 0);
    ++m_bits;
    const quint64 mask = table.size() - 1;
    for (const quint64 slot : m_slots) {
        if (slot == 0)
            continue;
        quint64 i = home(quint32(slot >> 32));
        while (table[i] != 0)
            i = (i + 1) & mask;
        table[i] = slot;
    }
    m_slots.swap(table);
}

} // namespace arbiter
