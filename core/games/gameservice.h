#pragma once

// GameService: the games of this Arbiter, kept in memory on the core thread and written through
// the Writer together with their audit entries. Every method runs on the service's thread;
// callbacks run there too, after the write has committed.

#include "audit/auditjournal.h"
#include "domain/game.h"
#include "games/gamepatch.h"
#include "util/callback.h"
#include "util/clock.h"

#include <QHash>
#include <QObject>

namespace arbiter {

class Writer;

struct NewSecret {
    QString gameId;
    QString secret; // shown once, never stored
};

struct NewEncryptionKey {
    QString gameId;
    QString keyId;
    QByteArray key;
};

class GameService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GameService)
public:
    GameService(Writer &writer, const Clock &clock, QList<Game> loaded, QObject *parent = nullptr);

    const Game *find(const QString &gameId) const;
    QList<Game> games() const; // oldest first

    void create(const GameSettings &settings, const Actor &actor, Callback<Game> done);
    void update(const QString &gameId, const GamePatch &patch, const Actor &actor, Callback<Game> done);
    void generateSecret(const QString &gameId, const Actor &actor, Callback<NewSecret> done);
    void createKey(const QString &gameId, const Actor &actor, Callback<NewEncryptionKey> done);
    void revokeKey(const QString &gameId, const QString &keyId, const Actor &actor, Callback<Unit> done);
    // Adding a signature that is already registered answers with the existing one (idempotent).
    void addBuild(const QString &gameId, const QString &sha256, const QString &label, const Actor &actor,
                  Callback<BuildSignature> done);
    void removeBuild(const QString &gameId, const QString &sha256, const Actor &actor, Callback<Unit> done);

    // Constant-time check of a game backend's `escs-game-secret-key`.
    bool checkSecret(const QString &gameId, QByteArrayView secret) const;

signals:
    void gameChanged(const QString &gameId);

private:
    Game *findMutable(const QString &gameId);
    static Result<GameSettings> validated(GameSettings settings);
    // After a failed write the memory may be ahead of the file; reread the truth.
    void reloadAfterFailure();

    Writer &m_writer;
    const Clock &m_clock;
    QList<Game> m_games;
    QHash<QString, qsizetype> m_index;
};

} // namespace arbiter
