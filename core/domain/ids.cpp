#include "domain/ids.h"

#include <QRandomGenerator>

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
    const quint32 seconds = static_cast<quint32>(nowMs / 1000);
    // Ids identify, they do not protect: the seeded generator avoids a system call per id on the
    // ingest path. Secrets and tokens come from crypto::randomBytes.
    const quint64 random = QRandomGenerator::global()->generate64();
    return QStringLiteral("%1%2").arg(seconds, 8, 16, QLatin1Char('0')).arg(random, 16, 16, QLatin1Char('0'));
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
