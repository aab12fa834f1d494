#include "models/auditmodel.h"

#include "displayformat.h"
#include "storage/database.h"

#include <QFontDatabase>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace arbiter::ui {

AuditModel::AuditModel(QString databasePath, QObject *parent)
    : QAbstractTableModel(parent)
    , m_databasePath(std::move(databasePath))
    , m_connectionName(QStringLiteral("arbiter-ui-audit-%1").arg(quintptr(this), 0, 16))
{
}

AuditModel::~AuditModel()
{
    if (m_open)
        Database::close(m_connectionName);
}

bool AuditModel::ensureOpen()
{
    if (m_open)
        return true;
    Result<QSqlDatabase> db = Database::open(m_databasePath, m_connectionName, Database::Mode::ReadOnly);
    if (!db) {
        fail(db.error().detail);
        return false;
    }
    m_open = true;
    return true;
}

void AuditModel::fail(const QString &message)
{
    m_lastError = message;
    emit errorOccurred(message);
}

QList<AuditEntry> AuditModel::query(const QString &where, qint64 bound, int limit)
{
    QList<AuditEntry> entries;
    if (!ensureOpen())
        return entries;
    // A scoped query: a statement left open would pin the connection to an old WAL snapshot.
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, at, actor, action, subject, details, prev_hash, hash FROM audit"
                             " WHERE %1 ORDER BY seq DESC LIMIT ?")
                  .arg(where));
    q.addBindValue(bound);
    q.addBindValue(limit);
    if (!q.exec()) {
        fail(tr("Cannot read the audit journal: %1").arg(q.lastError().text()));
        return entries;
    }
    while (q.next()) {
        AuditEntry e;
        e.seq = q.value(0).toLongLong();
        e.atMs = q.value(1).toLongLong();
        e.actor = q.value(2).toString();
        e.action = q.value(3).toString();
        e.subject = q.value(4).toString();
        e.details = QJsonDocument::fromJson(q.value(5).toByteArray()).object();
        e.prevHash = q.value(6).toString();
        e.hash = q.value(7).toString();
        entries.append(std::move(e));
    }
    return entries;
}

void AuditModel::refresh()
{
    if (m_entries.isEmpty()) {
        m_exhausted = false;
        fetchMore({});
        return;
    }
    QList<AuditEntry> fresh = query(QStringLiteral("seq > ?"), m_entries.constFirst().seq, PageSize + 1);
    if (fresh.isEmpty())
        return;
    if (fresh.size() > PageSize) { // a flood: start again from the newest page
        beginResetModel();
        m_entries.clear();
        m_exhausted = false;
        endResetModel();
        fetchMore({});
        return;
    }
    beginInsertRows({}, 0, int(fresh.size()) - 1);
    fresh.append(m_entries);
    m_entries = std::move(fresh);
    endInsertRows();
}

bool AuditModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void AuditModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    const qint64 before = m_entries.isEmpty() ? std::numeric_limits<qint64>::max() : m_entries.constLast().seq;
    const QList<AuditEntry> page = query(QStringLiteral("seq < ?"), before, PageSize);
    if (page.size() < PageSize)
        m_exhausted = true;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + page.size()) - 1);
    m_entries.append(page);
    endInsertRows();
}

const AuditEntry *AuditModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_entries[index.row()];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Seq: return e.seq;
        case Time: return localTime(e.atMs);
        case Actor: return e.actor;
        case Action: return e.action;
        case Subject: return e.subject;
        case Details:
            return e.details.isEmpty() ? QString()
                                       : QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact));
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Seq)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && (index.column() == Subject || index.column() == Details))
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seq: return tr("#");
    case Time: return tr("Time");
    case Actor: return tr("Actor");
    case Action: return tr("Action");
    case Subject: return tr("Subject");
    case Details: return tr("Details");
    }
    return {};
}

} // namespace arbiter::ui
