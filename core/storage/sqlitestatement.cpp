#include "storage/sqlitestatement.h"

#include <QHash>
#include <QSqlDriver>

#include <sqlite3.h>

#include <memory>

namespace arbiter {

namespace {

// Per connection name, per SQL literal. A connection is used by one thread only, so the cache is
// per thread, like Database's QSqlQuery cache.
using Statements = QHash<const char *, std::shared_ptr<SqliteStatement>>;
thread_local QHash<QString, Statements> t_statements;

Error sqliteError(const char *what, sqlite3 *db)
{
    return Error::unavailable(QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(db))));
}

} // namespace

sqlite3 *sqliteHandle(QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteStatement::SqliteStatement(sqlite3_stmt *statement)
    : m_statement(statement)
{
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

Result<SqliteStatement *> SqliteStatement::cached(QSqlDatabase &db, const char *sql)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return Error::unavailable(QStringLiteral("the database connection is not an open SQLite connection"));
    Statements &statements = t_statements[db.connectionName()];
    if (const auto it = statements.constFind(sql); it != statements.constEnd()) {
        // A connection removed without Database::close() and opened again under its name has a new
        // handle; the old one stays allocated while its statements live, so its address is not reused.
        if (sqlite3_db_handle((*it)->m_statement) == handle)
            return it->get();
        statements.clear();
    }
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK)
        return sqliteError("prepare failed", handle);
    std::shared_ptr<SqliteStatement> prepared(new SqliteStatement(statement));
    statements.insert(sql, prepared);
    return prepared.get();
}

void SqliteStatement::forgetConnection(const QString &connectionName)
{
    t_statements.remove(connectionName);
}

SqliteStatement &SqliteStatement::text(int index, QStringView value)
{
    // Plain ASCII (ids, uuids, hashes: nearly every value) is narrowed into the statement's own
    // buffer and bound as UTF-8, the database's encoding; UTF-16 text makes SQLite translate it
    // into a buffer it allocates and frees per value.
    if (const qsizetype room = qsizetype(m_narrowed.size()) - m_narrowedUsed; value.size() <= room) {
        char *const start = m_narrowed.data() + m_narrowedUsed;
        const char16_t *const from = value.utf16();
        char16_t any = 0;
        for (qsizetype i = 0; i < value.size(); ++i) {
            any |= from[i];
            start[i] = char(from[i]);
        }
        if (any < 0x80) {
            m_narrowedUsed += value.size();
            sqlite3_bind_text(m_statement, index, start, int(value.size()), SQLITE_STATIC);
            return *this;
        }
    }
    static const char16_t empty = 0;
    sqlite3_bind_text16(m_statement, index, value.isNull() ? &empty : value.utf16(), int(value.size() * 2), SQLITE_STATIC);
    return *this;
}

SqliteStatement &SqliteStatement::utf8(int index, QByteArrayView value)
{
    sqlite3_bind_text(m_statement, index, value.isNull() ? "" : value.data(), int(value.size()), SQLITE_STATIC);
    return *this;
}

SqliteStatement &SqliteStatement::blob(int index, QByteArrayView value)
{
    sqlite3_bind_blob(m_statement, index, value.isNull() ? "" : value.data(), int(value.size()), SQLITE_STATIC);
    return *this;
}

SqliteStatement &SqliteStatement::real(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
    return *this;
}

SqliteStatement &SqliteStatement::integer(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

SqliteStatement &SqliteStatement::null(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

Status SqliteStatement::run()
{
    int rc;
    while ((rc = sqlite3_step(m_statement)) == SQLITE_ROW) {
    }
    const Status status = rc == SQLITE_DONE ? success() : Status(sqliteError("statement failed", sqlite3_db_handle(m_statement)));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_narrowedUsed = 0;
    return status;
}

bool SqliteStatement::next(Status &status)
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    status = rc == SQLITE_DONE ? success() : Status(sqliteError("statement failed", sqlite3_db_handle(m_statement)));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_narrowedUsed = 0;
    return false;
}

QByteArrayView SqliteStatement::columnUtf8(int index) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, index));
    return QByteArrayView(text, text ? sqlite3_column_bytes(m_statement, index) : 0);
}

QString SqliteStatement::columnText(int index) const
{
    return QString::fromUtf8(columnUtf8(index));
}

double SqliteStatement::columnReal(int index) const
{
    return sqlite3_column_double(m_statement, index);
}

qint64 SqliteStatement::columnInteger(int index) const
{
    return sqlite3_column_int64(m_statement, index);
}

} // namespace arbiter
