#include "domain/ids.h"

#include <QRandomGenerator>

#include <atomic>

namespace arbiter {

namespace {

template <class Pred> bool allOf(QStringView text, Pred pred)
{
    for (QChar c : text)
        if (!pred(c.unicode()))
            return false;
    return true;
}

bool isAsciiAlnum(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

bool isHex(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

} // namespace

QString newObjectId(qint64 nowMs)
{
    return unpackObjectId(newPackedObjectId(nowMs));
}

PackedObjectId newPackedObjectId(qint64 nowMs)
{
    // Like MongoDB's ObjectId: seconds, a per-process random part, then a counter. Ids made one
    // after another sort one after another, so a primary-key index of them grows at its right
    // edge (one page touched per burst of inserts) instead of at random pages. Ids identify, they
    // do not protect: secrets and tokens come from crypto::randomBytes.
    static const quint64 processPart = QRandomGenerator::global()->generate64() & 0xffffffffffULL; // 5 bytes
    static std::atomic<quint32> counter {QRandomGenerator::global()->generate()};
    const quint64 seconds = quint64(nowMs / 1000) & 0xffffffffULL;
    const quint64 count = counter.fetch_add(1, std::memory_order_relaxed) & 0xffffffU; // 3 bytes
    const quint64 high = (seconds << 32) | (processPart >> 8);
    const quint64 low = ((processPart & 0xff) << 24) | count;
    return PackedObjectId{high, quint32(low)};
}

std::optional<PackedObjectId> packObjectId(QStringView text)
{
    if (!isObjectId(text))
        return std::nullopt;
    const auto digit = [](char16_t c) { return quint64(c <= u'9' ? c - u'0' : c - u'a' + 10); };
    PackedObjectId id;
    for (int i = 0; i < 16; ++i)
        id.high = (id.high << 4) | digit(text[i].unicode());
    for (int i = 16; i < 24; ++i)
        id.low = quint32((id.low << 4) | digit(text[i].unicode()));
    return id;
}

QString unpackObjectId(PackedObjectId id)
{
    static constexpr char16_t kDigits[] = u"0123456789abcdef";
    QString text(24, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    for (int i = 0; i < 16; ++i)
        out[i] = kDigits[(id.high >> (60 - 4 * i)) & 0xf];
    for (int i = 0; i < 8; ++i)
        out[16 + i] = kDigits[(id.low >> (28 - 4 * i)) & 0xf];
    return text;
}

bool isObjectId(QStringView text)
{
    return text.size() == 24 && allOf(text, [](char16_t c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

bool isOpaqueId(QStringView text)
{
    return !text.isEmpty() && text.size() <= 64
           && allOf(text, [](char16_t c) { return isAsciiAlnum(c) || c == u'.' || c == u'_' || c == u':' || c == u'-'; });
}

bool isPlayerId(QStringView text)
{
    return !text.isEmpty() && text.size() <= 128
           && allOf(text, [](char16_t c) {
                  return isAsciiAlnum(c) || c == u'.' || c == u'_' || c == u':' || c == u'@' || c == u'-';
              });
}

bool isDeviceId(QStringView text)
{
    return !text.isEmpty() && text.size() <= 128 && allOf(text, [](char16_t c) { return c >= 0x20 && c < 0x7f; });
}

bool isSha256Hex(QStringView text)
{
    return text.size() == 64 && allOf(text, isHex);
}

} // namespace arbiter
