#pragma once

// Database: opens Arbiter's SQLite file with its pragmas and brings the schema up to date.

#include "util/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <QString>

namespace arbiter {

class Database final {
public:
    enum class Mode { ReadWrite, ReadOnly };

    // Opens `path` as a connection named `connectionName` owned by the calling thread.
    // ReadWrite creates the file, turns on WAL and synchronous=FULL and applies migrations;
    // a file whose schema is newer than this binary is refused with a clear message.
    static Result<QSqlDatabase> open(const QString &path, const QString &connectionName, Mode mode);
    static void close(const QString &connectionName);

    static int latestSchemaVersion();
    static int schemaVersion(QSqlDatabase &db);

private:
    static Status migrate(QSqlDatabase &db);
};

// Runs one SQL statement with bound values; an Error (503 unavailable) carries SQLite's message.
Status execSql(QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// The Error (503 unavailable) of a failed query, with SQLite's message.
Error queryError(const QSqlQuery &query);

} // namespace arbiter
