#pragma once

// FlagCounts: the open-flag count and the per-rule rates, read on their own thread with their
// own read-only connection. Over a million flags these are a COUNT and a GROUP BY that take
// 0.1–1 s; on the engine's writer they would hold up every submission's commit, while a WAL
// reader never blocks the writer.

#include "storage/scorerepository.h"

#include <QThread>

#include <optional>

namespace arbiter::ui {

class FlagCounts final : public QThread {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlagCounts)
public:
    // countGameId: whose pending flags to count (empty: all); statsGameId: whose rule rates, if wanted.
    FlagCounts(QString databasePath, QString countGameId, std::optional<QString> statsGameId, QObject *parent = nullptr);
    ~FlagCounts() override;

    // Valid once finished() was emitted.
    const Result<qint64> &pending() const { return m_pending; }
    const std::optional<Result<QList<RuleStats>>> &stats() const { return m_stats; }

protected:
    void run() override;

private:
    const QString m_databasePath;
    const QString m_countGameId;
    const std::optional<QString> m_statsGameId;
    Result<qint64> m_pending = Error::unavailable(QStringLiteral("not run"));
    std::optional<Result<QList<RuleStats>>> m_stats;
};

} // namespace arbiter::ui
