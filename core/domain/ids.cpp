#include "domain/ids.h"

#include <QRandomGenerator>

#include <array>
#include <atomic>
#include <type_traits>

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

// The value of each lowercase hex digit, 0xff for every other ASCII character: an ObjectId is
// read in one pass, a lookup per character (it is packed once or twice per stored submission
// at start-up, and per submission at ingest).
constexpr std::array<quint8, 128> kLowerHexDigit = [] {
    std::array<quint8, 128> digits {};
    digits.fill(0xff);
    for (int c = '0'; c <= '9'; ++c)
        digits[c] = quint8(c - '0');
    for (int c = 'a'; c <= 'f'; ++c)
        digits[c] = quint8(c - 'a' + 10);
    return digits;
}();

template <class Word, class Char> Word readLowerHex(const Char *text, int count, unsigned &bad)
{
    Word word = 0;
    for (int i = 0; i < count; ++i) {
        const auto code = std::make_unsigned_t<Char>(text[i]);
        const unsigned digit = code < 128 ? kLowerHexDigit[code] : 0xffu;
        bad |= digit;
        word = Word(word << 4) | Word(digit & 0xf);
    }
    return word;
}

template <class Char> std::optional<PackedObjectId> packLowerHex(const Char *digits, qsizetype size)
{
    if (size != 24)
        return std::nullopt;
    unsigned bad = 0; // any bit above the low four: a character that is no lowercase hex digit
    PackedObjectId id;
    id.high = readLowerHex<quint64>(digits, 16, bad);
    id.low = readLowerHex<quint32>(digits + 16, 8, bad);
    if (bad & ~0xfu)
        return std::nullopt;
    return id;
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
    return packLowerHex(text.utf16(), text.size());
}

std::optional<PackedObjectId> packObjectIdUtf8(QByteArrayView text)
{
    return packLowerHex(text.data(), text.size());
}

QStringView writeObjectId(PackedObjectId id, char16_t (&out)[24])
{
    static constexpr char16_t kDigits[] = u"0123456789abcdef";
    for (int i = 0; i < 16; ++i)
        out[i] = kDigits[(id.high >> (60 - 4 * i)) & 0xf];
    for (int i = 0; i < 8; ++i)
        out[16 + i] = kDigits[(id.low >> (28 - 4 * i)) & 0xf];
    return QStringView(out, 24);
}

QString unpackObjectId(PackedObjectId id)
{
    char16_t text[24];
    return writeObjectId(id, text).toString();
}

bool isObjectId(QStringView text)
{
    return packObjectId(text).has_value();
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
