#include "outbox/banreport.h"

#include "util/timeformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace arbiter {

namespace {

const QChar kEllipsis(0x2026);
const QChar kEmDash(0x2014);

QJsonObject field(const QString &name, const QString &value)
{
    // Discord rejects an embed whose field value is empty or blank.
    const QString shown = value.trimmed().isEmpty() ? QString(kEmDash) : value;
    return QJsonObject{{QStringLiteral("name"), name},
        {QStringLiteral("value"), truncateForDiscord(shown, kDiscordFieldValueLimit)},
        {QStringLiteral("inline"), true}};
}

QByteArray message(const QString &content, const QJsonObject &embed)
{
    const QJsonObject root{
        {QStringLiteral("username"), QStringLiteral("Arbiter")},
        {QStringLiteral("content"), truncateForDiscord(content, kDiscordContentLimit)},
        // An empty parse list turns every mention off, whatever the text contains.
        {QStringLiteral("allowed_mentions"), QJsonObject{{QStringLiteral("parse"), QJsonArray()}}},
        {QStringLiteral("embeds"), QJsonArray{embed}},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QJsonObject footer(const QString &text)
{
    return QJsonObject{{QStringLiteral("text"), truncateForDiscord(text, kReportFooterLimit)}};
}

} // namespace

QString truncateForDiscord(const QString &text, qsizetype limit)
{
    if (text.size() <= limit)
        return text;
    if (limit <= 0)
        return {};
    qsizetype keep = limit - 1; // room for the ellipsis
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep;
    return text.left(keep) + kEllipsis;
}

QByteArray banReportMessage(const BanReport &report)
{
    const QJsonArray fields{
        field(QStringLiteral("user_id"), report.userId),
        field(QStringLiteral("device_id"), report.deviceId),
        field(QStringLiteral("ip_address"), report.ipAddress),
        field(QStringLiteral("timestamp"), formatTime(report.timestampMs)),
        field(QStringLiteral("alert_reasons"), report.alertReasons.join(QStringLiteral(", "))),
    };
    const QJsonObject embed{{QStringLiteral("title"), QStringLiteral("Ban")}, {QStringLiteral("fields"), fields},
        {QStringLiteral("footer"), footer(QStringLiteral("ban ") + report.banId)}};
    return message(QStringLiteral("Ban executed: ") + report.userId, embed);
}

QByteArray testMessage(const QString &gameName, qint64 nowMs)
{
    const QJsonArray fields{
        field(QStringLiteral("game"), gameName),
        field(QStringLiteral("timestamp"), formatTime(nowMs)),
    };
    const QJsonObject embed{{QStringLiteral("title"), QStringLiteral("Test")}, {QStringLiteral("fields"), fields},
        {QStringLiteral("footer"), footer(QStringLiteral("test message"))}};
    return message(QStringLiteral("Test message from Arbiter for game: ") + gameName, embed);
}

} // namespace arbiter
