#include "storage/writer.h"

#include "storage/database.h"

#include <QDeadlineTimer>
#include <QMetaObject>
#include <QSqlError>
#include <QUuid>

#include <optional>

namespace arbiter {

namespace {
constexpr size_t kMaxJobsPerBurst = 4096; // bounds the latency of the first job in a burst
}

Writer::Writer(QString databasePath, GroupCommit groupCommit)
    : m_path(std::move(databasePath))
    , m_connectionName(QStringLiteral("arbiter-writer-") + QUuid::createUuid().toString(QUuid::Id128))
    , m_groupCommit(groupCommit)
{
}

Writer::~Writer()
{
    stop();
}

Status Writer::start()
{
    QMutexLocker lock(&m_mutex);
    if (m_thread)
        return m_startStatus.value_or(success());
    m_thread.reset(QThread::create([this] { threadMain(); }));
    m_thread->setObjectName(QStringLiteral("sqlite-writer"));
    m_thread->start();
    while (!m_startStatus)
        m_started.wait(&m_mutex);
    const Status status = *m_startStatus;
    if (!status) {
        lock.unlock();
        m_thread->wait();
    }
    return status;
}

void Writer::stop()
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_thread)
            return;
        m_stopping = true;
        m_wake.wakeAll();
    }
    m_thread->wait();
}

void Writer::submit(Work work, QObject *context, Done done)
{
    Job job{std::move(work), context, context != nullptr, std::move(done)};
    {
        QMutexLocker lock(&m_mutex);
        if (m_running && !m_stopping) {
            m_queue.push_back(std::move(job));
            if (m_queue.size() == 1 || m_queue.size() == m_groupCommit.jobs)
                m_wake.wakeOne(); // the first job, or a gathering burst is complete
            return;
        }
    }
    deliver(job, Error::unavailable(QStringLiteral("the database writer is not running")));
}

Status Writer::runSync(Work work)
{
    QMutex doneMutex;
    QWaitCondition doneCondition;
    std::optional<Status> result;
    submit(std::move(work), nullptr, [&](Status status) {
        QMutexLocker lock(&doneMutex);
        result = std::move(status);
        doneCondition.wakeAll();
    });
    QMutexLocker lock(&doneMutex);
    while (!result)
        doneCondition.wait(&doneMutex);
    return *result;
}

void Writer::deliver(Job &job, const Status &status)
{
    if (!job.done)
        return;
    if (!job.hasContext) {
        job.done(status);
        return;
    }
    // Contexts are services that outlive the writer (the engine stops the writer first), so the
    // check below cannot race with their destruction in practice.
    if (!job.context)
        return; // the requester is gone; nobody is waiting for this answer
    QMetaObject::invokeMethod(
        job.context, [done = std::move(job.done), status] { done(status); }, Qt::QueuedConnection);
}

void Writer::threadMain()
{
    Result<QSqlDatabase> opened = Database::open(m_path, m_connectionName, Database::Mode::ReadWrite);
    {
        QMutexLocker lock(&m_mutex);
        m_startStatus = opened ? success() : Status(opened.error());
        m_running = opened.ok();
        m_started.wakeAll();
    }
    if (!opened)
        return;
    QSqlDatabase db = std::move(opened).value();
    opened = Error::unavailable({}); // drop every other handle, so the connection can be removed
    if (Status checkpoints = m_checkpointer.start(); !checkpoints)
        qWarning("%s; the writer checkpoints the log itself", qPrintable(checkpoints.error().detail));
    m_checkpointer.attach(db);

    std::vector<Job> burst;
    for (;;) {
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.empty() && !m_stopping)
                m_wake.wait(&m_mutex);
            if (m_queue.empty() && m_stopping) {
                m_running = false;
                break;
            }
            takeQueued(burst);
        }
        runBurst(db, burst);
        burst.clear();
    }
    m_checkpointer.stop(); // the writer's connection closes last, and so checkpoints what is left
    db.close();
    db = QSqlDatabase();
    Database::close(m_connectionName);
}

void Writer::takeQueued(std::vector<Job> &burst)
{
    const size_t room = kMaxJobsPerBurst - qMin(burst.size(), kMaxJobsPerBurst);
    if (burst.empty() && m_queue.size() <= room) {
        burst.swap(m_queue);
        return;
    }
    const auto end = m_queue.begin() + static_cast<std::ptrdiff_t>(qMin(room, m_queue.size()));
    burst.insert(burst.end(), std::make_move_iterator(m_queue.begin()), std::make_move_iterator(end));
    m_queue.erase(m_queue.begin(), end);
}

bool Writer::gatherMore(std::vector<Job> &burst, const QDeadlineTimer &window)
{
    if (m_lastBurst < m_groupCommit.busyBurst || burst.size() >= m_groupCommit.jobs || burst.size() >= kMaxJobsPerBurst
        || window.hasExpired())
        return false;
    QMutexLocker lock(&m_mutex);
    if (m_queue.empty() && !m_stopping) {
        QDeadlineTimer gap;
        gap.setPreciseRemainingTime(0, qMin(qint64(m_groupCommit.gap.count()) * 1000, window.remainingTimeNSecs()));
        m_wake.wait(&m_mutex, gap);
    }
    if (m_queue.empty())
        return false; // no job came for the gap (or the window closed): nothing more is coming soon
    takeQueued(burst);
    return true;
}

void Writer::runBurst(QSqlDatabase &db, std::vector<Job> &jobs)
{
    std::vector<Status> outcomes; // filled once a job failed and the burst runs with savepoints
    bool withSavepoints = false;
    const auto failAll = [&](const QString &what) { // every job gets the error; nothing was committed
        m_healthy = false;
        const Error error = Error::unavailable(what + db.lastError().text());
        db.rollback();
        outcomes.assign(jobs.size(), error);
        deliverAll(jobs, outcomes);
    };
    if (!db.transaction())
        return failAll(QStringLiteral("cannot begin a transaction: "));
    // A busy writer runs each job as soon as it has it, while the rest of the burst is still arriving,
    // so that the commit that ends the gathering has only the log to write.
    QDeadlineTimer window;
    window.setPreciseRemainingTime(0, qint64(m_groupCommit.window.count()) * 1000);
    size_t ran = 0;
    do {
        // Jobs nearly always succeed, so the burst first runs without a savepoint per job (two statements
        // fewer per job). Only when one fails is the whole burst rolled back and run again, each job in its
        // own savepoint, so that one job's failure undoes only its own writes. A job's work must therefore
        // be repeatable: it writes to the database and to its own result slot, nothing else.
        if (!withSavepoints && !runWithoutSavepoints(db, jobs, ran)) {
            db.rollback();
            if (!db.transaction())
                return failAll(QStringLiteral("cannot begin a transaction: "));
            withSavepoints = true;
            ran = 0;
        }
        if (withSavepoints)
            runWithSavepoints(db, jobs, ran, outcomes);
        ran = jobs.size();
    } while (gatherMore(jobs, window));
    m_lastBurst = jobs.size();
    if (!db.commit())
        return failAll(QStringLiteral("commit failed: "));
    if (!withSavepoints)
        outcomes.assign(jobs.size(), success());
    m_healthy = true;
    ++m_bursts;
    deliverAll(jobs, outcomes);
}

bool Writer::runWithoutSavepoints(QSqlDatabase &db, std::vector<Job> &jobs, size_t from)
{
    for (size_t i = from; i < jobs.size(); ++i) {
        if (!jobs[i].work(db))
            return false;
    }
    return true;
}

void Writer::runWithSavepoints(QSqlDatabase &db, std::vector<Job> &jobs, size_t from, std::vector<Status> &outcomes)
{
    outcomes.erase(outcomes.begin() + static_cast<std::ptrdiff_t>(qMin(from, outcomes.size())), outcomes.end());
    outcomes.reserve(jobs.size());
    for (size_t i = from; i < jobs.size(); ++i) {
        Job &job = jobs[i];
        Status status = execSql(db, QStringLiteral("SAVEPOINT job"));
        if (status) {
            status = job.work(db);
            if (status)
                status = execSql(db, QStringLiteral("RELEASE job"));
            else if (Status undo = execSql(db, QStringLiteral("ROLLBACK TO job")); undo)
                (void)execSql(db, QStringLiteral("RELEASE job"));
        }
        outcomes.push_back(std::move(status));
    }
}

void Writer::deliverAll(std::vector<Job> &jobs, const std::vector<Status> &outcomes)
{
    // A burst of score submissions all answer to one service: one queued call (one wake-up of its thread)
    // instead of one per job. Runs keep the jobs' order; a context gone by then drops only its own answers.
    size_t i = 0;
    while (i < jobs.size()) {
        if (!jobs[i].hasContext || !jobs[i].context) {
            deliver(jobs[i], outcomes[i]);
            ++i;
            continue;
        }
        QObject *context = jobs[i].context;
        size_t end = i + 1;
        while (end < jobs.size() && jobs[end].hasContext && jobs[end].context == context)
            ++end;
        if (end == i + 1) {
            deliver(jobs[i], outcomes[i]);
            ++i;
            continue;
        }
        std::vector<std::pair<Done, Status>> run;
        run.reserve(end - i);
        for (size_t j = i; j < end; ++j) {
            if (jobs[j].done)
                run.emplace_back(std::move(jobs[j].done), outcomes[j]);
        }
        QMetaObject::invokeMethod(
            context,
            [run = std::move(run)]() mutable {
                for (auto &[done, status] : run)
                    done(status);
            },
            Qt::QueuedConnection);
        i = end;
    }
}

} // namespace arbiter
