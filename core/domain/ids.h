#pragma once

// Identifier formats of api.md: generated ObjectId-like ids and the client-chosen id rules.

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace arbiter {

// An ObjectId in 12 bytes (16 with padding), for tables that keep one per player or per
// submission in memory. All zero is no id.
struct PackedObjectId {
    quint64 high = 0; // the first 16 hex digits
    quint32 low = 0;  // the last 8
    bool isNull() const { return high == 0 && low == 0; }
    friend bool operator==(const PackedObjectId &, const PackedObjectId &) = default;
};
std::optional<PackedObjectId> packObjectId(QStringView text); // nullopt unless isObjectId(text)
std::optional<PackedObjectId> packObjectIdUtf8(QByteArrayView text); // the same, from UTF-8 bytes
QString unpackObjectId(PackedObjectId id);
QStringView writeObjectId(PackedObjectId id, char16_t (&out)[24]); // the text into `out`, no allocation

// 24 lowercase hex characters: 4 bytes of seconds since the epoch, 5 bytes random per process,
// 3 bytes of a counter; ids sort by creation (within a process, in order) and do not collide.
QString newObjectId(qint64 nowMs);
PackedObjectId newPackedObjectId(qint64 nowMs); // the same, for callers that keep it packed too
bool isObjectId(QStringView text);
bool isOpaqueId(QStringView text);   // game, board and flag ids: 1..64 chars of [A-Za-z0-9._:-]
bool isPlayerId(QStringView text);   // 1..128 chars of [A-Za-z0-9._:@-]
bool isDeviceId(QStringView text);   // 1..128 printable ASCII chars
bool isSha256Hex(QStringView text);  // exactly 64 hex characters (either case)

} // namespace arbiter
