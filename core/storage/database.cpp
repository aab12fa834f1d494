#include "storage/database.h"

#include "storage/migrations.h"
#include "storage/sqlitestatement.h"

#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace arbiter {

namespace {

Error sqlError(const QString &what, const QSqlError &error)
{
    return Error::unavailable(QStringLiteral("%1: %2").arg(what, error.text()));
}

} // namespace

namespace {

// Prepared statements per connection (a connection is used by one thread only, so the cache is
// per thread): parsing SQL again for every write was most of the writer's time.
using StatementCache = QHash<QString, QHash<QString, QSqlQuery>>;
thread_local StatementCache t_statements;

QSqlQuery *preparedStatement(QSqlDatabase &db, const QString &sql, QSqlError *error)
{
    QHash<QString, QSqlQuery> &cache = t_statements[db.connectionName()];
    auto it = cache.find(sql);
    if (it == cache.end()) {
        QSqlQuery query(db);
        if (!query.prepare(sql)) {
            *error = query.lastError();
            return nullptr;
        }
        it = cache.insert(sql, std::move(query));
    }
    return &*it;
}

} // namespace

Error queryError(const QSqlQuery &query)
{
    return Error::unavailable(QStringLiteral("query failed: ") + query.lastError().text());
}

Status execSql(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlError error;
    QSqlQuery *query = preparedStatement(db, sql, &error);
    if (!query)
        return sqlError(QStringLiteral("prepare failed"), error);
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values[i];
        // A null QString would bind as SQL NULL; every TEXT column of ours means "" by it.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query->bindValue(int(i), QStringLiteral(""));
        else
            query->bindValue(int(i), value);
    }
    const bool ok = query->exec();
    const QSqlError failure = query->lastError();
    query->finish(); // resets the statement so it holds no read lock between uses
    if (!ok)
        return sqlError(QStringLiteral("statement failed"), failure);
    return success();
}

int Database::latestSchemaVersion()
{
    return schemaMigrations().constLast().version;
}

int Database::schemaVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Result<QSqlDatabase> Database::open(const QString &path, const QString &connectionName, Mode mode)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    if (mode == Mode::ReadOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    else
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        const Error error = sqlError(QStringLiteral("cannot open database %1").arg(path), db.lastError());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return error;
    }

    auto fail = [&](Error error) -> Result<QSqlDatabase> {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return error;
    };

    const int version = schemaVersion(db);
    if (version < 0)
        return fail(Error::unavailable(QStringLiteral("%1 is not an SQLite database").arg(path)));
    if (version > latestSchemaVersion()) {
        return fail(Error::unavailable(
            QStringLiteral("database %1 has schema version %2, newer than this Arbiter understands (%3); "
                           "upgrade Arbiter or point it at another data folder")
                .arg(path)
                .arg(version)
                .arg(latestSchemaVersion())));
    }

    if (mode == Mode::ReadWrite) {
        // WAL lets the console's read-only connection read beside the writer; FULL makes each
        // commit survive power loss, which is what "durable before the 2xx" means. When the log
        // starts over it is cut back to 64 MiB: a big transaction (a migration) leaves no big file.
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
                                   "PRAGMA temp_store=MEMORY", "PRAGMA journal_size_limit=67108864"}) {
            if (Status s = execSql(db, QString::fromLatin1(pragma)); !s)
                return fail(s.error());
        }
        if (Status s = migrate(db); !s)
            return fail(s.error());
    } else {
        if (Status s = execSql(db, QStringLiteral("PRAGMA query_only=ON")); !s)
            return fail(s.error());
    }
    return db;
}

void Database::close(const QString &connectionName)
{
    t_statements.remove(connectionName); // statements must go before their connection
    SqliteStatement::forgetConnection(connectionName);
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

Status Database::migrate(QSqlDatabase &db)
{
    const int current = schemaVersion(db);
    for (const Migration &migration : schemaMigrations()) {
        if (migration.version <= current)
            continue;
        if (!db.transaction())
            return sqlError(QStringLiteral("cannot begin migration"), db.lastError());
        for (const QString &statement : migration.statements) {
            if (Status s = execSql(db, statement); !s) {
                db.rollback();
                return Error::unavailable(
                    QStringLiteral("migration %1 failed: %2").arg(migration.version).arg(s.error().detail));
            }
        }
        if (Status s = execSql(db, QStringLiteral("PRAGMA user_version=%1").arg(migration.version)); !s) {
            db.rollback();
            return s;
        }
        if (!db.commit())
            return sqlError(QStringLiteral("cannot commit migration"), db.lastError());
    }
    return success();
}

} // namespace arbiter
