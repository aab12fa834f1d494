#include "scores/scoreevents.h"

namespace arbiter {

namespace {
constexpr int kCoalesceMs = 50;
constexpr qsizetype kMaxIdsPerBatch = 200;
} // namespace

ScoreEvents::ScoreEvents(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ScoreEventBatch>();
    m_timer.setSingleShot(true);
    m_timer.setInterval(kCoalesceMs);
    connect(&m_timer, &QTimer::timeout, this, &ScoreEvents::flush);
}

void ScoreEvents::arm()
{
    if (!m_timer.isActive())
        m_timer.start();
}

void ScoreEvents::submission(const QString &id, const QString &status)
{
    if (status == QLatin1String("accepted"))
        ++m_pending.accepted;
    else if (status == QLatin1String("flagged"))
        ++m_pending.flagged;
    else if (status == QLatin1String("rejected"))
        ++m_pending.rejected;
    else
        ++m_pending.rateLimited;
    if (!id.isEmpty() && m_pending.submissionIds.size() < kMaxIdsPerBatch)
        m_pending.submissionIds.append(id);
    arm();
}

void ScoreEvents::flag(const QString &flagId)
{
    if (m_pending.flagIds.size() < kMaxIdsPerBatch)
        m_pending.flagIds.append(flagId);
    arm();
}

void ScoreEvents::boardChanged(const QString &boardId)
{
    if (!m_pending.boardsChanged.contains(boardId))
        m_pending.boardsChanged.append(boardId);
    arm();
}

void ScoreEvents::flush()
{
    if (m_pending.isEmpty())
        return;
    ScoreEventBatch out;
    std::swap(out, m_pending);
    emit batch(out);
}

} // namespace arbiter
