#pragma once

// SqliteStatement: a statement prepared on a Qt SQL connection's own sqlite3 handle, for the
// writes that run once per submission, and for the start-up scan of every submission. Binding through QSqlQuery cost more than SQLite's own work
// (a QVariant per value, kept in a list, converted again on exec); here values go straight to
// SQLite, strings without a copy.

#include "util/result.h"

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QStringView>

#include <array>

struct sqlite3;
struct sqlite3_stmt;

namespace arbiter {

// The SQLite handle under a Qt SQL connection (null for another driver or a closed connection).
sqlite3 *sqliteHandle(QSqlDatabase &db);

class SqliteStatement final {
    Q_DISABLE_COPY_MOVE(SqliteStatement)
public:
    // The connection's statement for `sql`, prepared on first use and kept until
    // Database::close(); `sql` must be a string literal (its address is the cache key).
    static Result<SqliteStatement *> cached(QSqlDatabase &db, const char *sql);
    ~SqliteStatement();

    // Values bind by position from 1. Text is not copied (ASCII text up to the statement's 1 KiB
    // buffer is narrowed into it): it must live until run() returns.
    SqliteStatement &text(int index, QStringView value);         // a null QString binds as ''
    SqliteStatement &utf8(int index, QByteArrayView value);       // UTF-8 bytes, as TEXT
    SqliteStatement &blob(int index, QByteArrayView value);
    SqliteStatement &real(int index, double value);
    SqliteStatement &integer(int index, qint64 value);
    SqliteStatement &null(int index);

    // Steps the statement to its end, then resets it and clears its values.
    Status run();

    // Steps to the next row: true while there is one. At the end, or on a failure, the statement
    // is reset and its values cleared, and `status` says how it ended.
    bool next(Status &status);
    // The current row's columns, from 0. Text is read as UTF-8; a view lives until the next step.
    QString columnText(int index) const;
    QByteArrayView columnUtf8(int index) const;
    double columnReal(int index) const;
    qint64 columnInteger(int index) const;

    // Forgets (finalizes) every statement of the connection; Database::close() calls it.
    static void forgetConnection(const QString &connectionName);

private:
    explicit SqliteStatement(sqlite3_stmt *statement);
    sqlite3_stmt *m_statement;
    std::array<char, 1024> m_narrowed; // ASCII text bound as UTF-8, until the statement resets
    qsizetype m_narrowedUsed = 0;
};

} // namespace arbiter
