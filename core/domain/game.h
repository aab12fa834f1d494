#pragma once

// Game: one game a studio runs through Arbiter, with its secret, encryption keys and builds.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace arbiter {

struct EncryptionKey {
    QString keyId;    // 8 lowercase hex
    QByteArray key;   // 32 raw bytes; kept because endGame payloads must be decrypted with it
    qint64 createdAtMs = 0;
    std::optional<qint64> revokedAtMs;
    bool active() const { return !revokedAtMs.has_value(); }
};

struct BuildSignature {
    QString sha256;   // 64 lowercase hex
    QString label;
    qint64 createdAtMs = 0;
    QJsonObject toJson() const;
};

// The editable settings of a game, as given on create or changed by a patch.
struct GameSettings {
    QString name;
    bool antiCheat = true;
    bool testMode = false;
    bool autoBan = true;
    bool trustProxy = false;
    QString webhookUrl;
    QJsonObject detectionOverrides; // only what differs from detection.md's defaults
};

struct Game {
    QString id;
    qint64 createdAtMs = 0;
    GameSettings settings;
    QByteArray secretHash; // SHA-256 of the current secret; empty until one is generated
    QList<EncryptionKey> keys;
    QList<BuildSignature> builds;

    const EncryptionKey *activeKey(QStringView keyId) const;
    bool hasBuild(QStringView sha256Lower) const;
    QJsonObject toJson() const; // the api.md game object; never carries secrets or key bytes
};

} // namespace arbiter
