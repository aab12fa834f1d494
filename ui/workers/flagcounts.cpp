#include "workers/flagcounts.h"

#include "storage/database.h"
#include "storage/flagqueries.h"

namespace arbiter::ui {

FlagCounts::FlagCounts(QString databasePath, QString countGameId, std::optional<QString> statsGameId, QObject *parent)
    : QThread(parent)
    , m_databasePath(std::move(databasePath))
    , m_countGameId(std::move(countGameId))
    , m_statsGameId(std::move(statsGameId))
{
}

FlagCounts::~FlagCounts()
{
    wait();
}

void FlagCounts::run()
{
    const QString name = QStringLiteral("arbiter-ui-flagcounts-%1").arg(quintptr(this), 0, 16);
    {
        Result<QSqlDatabase> db = Database::open(m_databasePath, name, Database::Mode::ReadOnly);
        if (!db) {
            m_pending = db.error();
        } else {
            m_pending = FlagQueries::countPending(db.value(), m_countGameId);
            if (m_statsGameId)
                m_stats = ScoreRepository::ruleStats(db.value(), *m_statsGameId);
        }
    }
    Database::close(name);
}

} // namespace arbiter::ui
