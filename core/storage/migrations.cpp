#include "storage/migrations.h"

namespace arbiter {

// Append only: a released migration never changes, a new version gets a new entry.
const QList<Migration> &schemaMigrations()
{
    static const QList<Migration> migrations = {
        {1,
         {
             QStringLiteral("CREATE TABLE games ("
                            " id TEXT PRIMARY KEY,"
                            " name TEXT NOT NULL,"
                            " created_at INTEGER NOT NULL,"
                            " anti_cheat INTEGER NOT NULL,"
                            " test_mode INTEGER NOT NULL,"
                            " auto_ban INTEGER NOT NULL,"
                            " trust_proxy INTEGER NOT NULL,"
                            " webhook_url TEXT NOT NULL DEFAULT '',"
                            " secret_hash BLOB,"
                            " detection TEXT NOT NULL DEFAULT '{}')"),
             QStringLiteral("CREATE TABLE encryption_keys ("
                            " game_id TEXT NOT NULL REFERENCES games(id),"
                            " key_id TEXT NOT NULL,"
                            " key BLOB NOT NULL,"
                            " created_at INTEGER NOT NULL,"
                            " revoked_at INTEGER,"
                            " PRIMARY KEY (game_id, key_id))"),
             QStringLiteral("CREATE TABLE builds ("
                            " game_id TEXT NOT NULL REFERENCES games(id),"
                            " sha256 TEXT NOT NULL,"
                            " label TEXT NOT NULL DEFAULT '',"
                            " created_at INTEGER NOT NULL,"
                            " PRIMARY KEY (game_id, sha256))"),
             QStringLiteral("CREATE TABLE audit ("
                            " seq INTEGER PRIMARY KEY,"
                            " at INTEGER NOT NULL,"
                            " actor TEXT NOT NULL,"
                            " action TEXT NOT NULL,"
                            " subject TEXT NOT NULL,"
                            " details TEXT NOT NULL,"
                            " prev_hash TEXT NOT NULL,"
                            " hash TEXT NOT NULL)"),
         }},
    };
    return migrations;
}

} // namespace arbiter
