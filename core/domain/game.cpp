#include "domain/game.h"

#include "domain/detectionsettings.h"
#include "util/timeformat.h"

#include <QJsonArray>

namespace arbiter {

QJsonObject BuildSignature::toJson() const
{
    return QJsonObject{{QStringLiteral("sha256"), sha256},
                       {QStringLiteral("label"), label},
                       {QStringLiteral("createdAt"), formatTime(createdAtMs)}};
}

const EncryptionKey *Game::activeKey(QStringView keyId) const
{
    for (const EncryptionKey &key : keys)
        if (key.active() && key.keyId == keyId)
            return &key;
    return nullptr;
}

bool Game::hasBuild(QStringView sha256Lower) const
{
    for (const BuildSignature &build : builds)
        if (build.sha256 == sha256Lower)
            return true;
    return false;
}

QJsonObject Game::toJson() const
{
    QJsonArray keyList;
    for (const EncryptionKey &key : keys) {
        if (key.active())
            keyList.append(QJsonObject{{QStringLiteral("keyId"), key.keyId},
                                       {QStringLiteral("createdAt"), formatTime(key.createdAtMs)}});
    }
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), settings.name},
        {QStringLiteral("createdAt"), formatTime(createdAtMs)},
        {QStringLiteral("antiCheat"), settings.antiCheat},
        {QStringLiteral("testMode"), settings.testMode},
        {QStringLiteral("autoBan"), settings.autoBan},
        {QStringLiteral("trustProxy"), settings.trustProxy},
        {QStringLiteral("webhookUrl"), settings.webhookUrl.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(settings.webhookUrl)},
        {QStringLiteral("hasSecret"), !secretHash.isEmpty()},
        {QStringLiteral("encryptionKeys"), keyList},
        {QStringLiteral("buildCount"), builds.size()},
        {QStringLiteral("detection"), effectiveDetectionSettings(settings.detectionOverrides)},
    };
}

} // namespace arbiter
