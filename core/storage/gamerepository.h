#pragma once

// GameRepository: the SQL for games, their keys and builds; called inside Writer jobs.

#include "domain/game.h"
#include "util/result.h"

#include <QSqlDatabase>

namespace arbiter {

class GameRepository final {
public:
    static Result<QList<Game>> loadAll(QSqlDatabase &db);
    static Status insert(QSqlDatabase &db, const Game &game);
    static Status updateSettings(QSqlDatabase &db, const QString &gameId, const GameSettings &settings);
    static Status setSecretHash(QSqlDatabase &db, const QString &gameId, const QByteArray &hash);
    static Status insertKey(QSqlDatabase &db, const QString &gameId, const EncryptionKey &key);
    static Status revokeKey(QSqlDatabase &db, const QString &gameId, const QString &keyId, qint64 atMs);
    static Status insertBuild(QSqlDatabase &db, const QString &gameId, const BuildSignature &build);
    static Status deleteBuild(QSqlDatabase &db, const QString &gameId, const QString &sha256);
};

} // namespace arbiter
