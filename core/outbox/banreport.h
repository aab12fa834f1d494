#pragma once

// BanReport: the Discord-compatible webhook message that announces a ban (and the console's test message).

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace arbiter {

// The seed's record of a ban, plus the ban id: delivery is at least once, so a receiver that sees
// the same report twice needs something to deduplicate on.
struct BanReport {
    QString banId;
    QString userId;
    QString deviceId;
    QString ipAddress;
    qint64 timestampMs = 0;
    QStringList alertReasons;
};

// Discord's limits, which the messages below respect by truncating with "…".
inline constexpr qsizetype kDiscordContentLimit = 2000;
inline constexpr qsizetype kDiscordFieldValueLimit = 1024;
// Discord allows 2048 here, but an embed's texts must stay under 6000 in total.
inline constexpr qsizetype kReportFooterLimit = 256;

// {"username":"Arbiter","content":"Ban executed: <user_id>","allowed_mentions":{"parse":[]},
//  "embeds":[{"title":"Ban","fields":[user_id, device_id, ip_address, timestamp, alert_reasons],
//             "footer":{"text":"ban <banId>"}}]}
// allowed_mentions parses nothing, so a player id like "@everyone" pings nobody.
QByteArray banReportMessage(const BanReport &report);

// The "send test message" of the console: same shape, so a webhook that takes it takes reports.
QByteArray testMessage(const QString &gameName, qint64 nowMs);

// Cuts `text` to at most `limit` UTF-16 units, ending in "…" when it had to cut; never splits a
// surrogate pair. Counting UTF-16 units is never more lenient than Discord's character count.
QString truncateForDiscord(const QString &text, qsizetype limit);

} // namespace arbiter
