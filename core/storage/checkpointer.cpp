#include "storage/checkpointer.h"

#include "storage/sqlitestatement.h"

#include <sqlite3.h>

#include <algorithm>

namespace arbiter {

Checkpointer::Checkpointer(QString databasePath)
    : m_path(std::move(databasePath))
{
}

Checkpointer::~Checkpointer()
{
    stop();
}

Status Checkpointer::start()
{
    QMutexLocker lock(&m_mutex);
    if (m_thread)
        return m_startStatus;
    m_thread.reset(QThread::create([this] { threadMain(); }));
    m_thread->setObjectName(QStringLiteral("sqlite-checkpoint"));
    m_thread->start();
    while (!m_startDone)
        m_started.wait(&m_mutex);
    const Status status = m_startStatus;
    if (!status) {
        lock.unlock();
        m_thread->wait();
    }
    return status;
}

void Checkpointer::stop()
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_thread)
            return;
        m_stopping = true;
        m_wakeUp.wakeAll();
    }
    m_thread->wait();
}

void Checkpointer::attach(QSqlDatabase &writerConnection)
{
    if (sqlite3 *db = sqliteHandle(writerConnection))
        sqlite3_wal_hook(db, &Checkpointer::onCommit, this); // replaces the automatic checkpoint
}

int Checkpointer::onCommit(void *self, sqlite3 *db, const char *schema, int pages)
{
    auto *checkpointer = static_cast<Checkpointer *>(self);
    const auto checkpointHere = [&] {
        // Busy (the background one holds the checkpoint lock) is fine: the next commit tries again.
        if (sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr) == SQLITE_OK)
            ++checkpointer->m_inline;
    };
    if (!checkpointer->m_running.load(std::memory_order_relaxed)) {
        if (pages >= kAutomaticPages)
            checkpointHere();
        return SQLITE_OK;
    }
    checkpointer->onCommitWithBackground(pages, checkpointHere);
    return SQLITE_OK;
}

template <class Inline> void Checkpointer::onCommitWithBackground(int pages, const Inline &checkpointHere)
{
    // Runs on the writer's thread: m_lastPages and m_wokenAt are its own.
    if (pages < m_lastPages) { // the log started over
        m_generation.fetch_add(1, std::memory_order_relaxed);
        m_wokenAt = 0;
    }
    m_lastPages = pages;
    const quint64 copied = m_copied.load(std::memory_order_acquire);
    const bool sameLog = quint32(copied >> 32) == m_generation.load(std::memory_order_relaxed);
    const int behind = pages - (sameLog ? int(copied & 0xffffffffU) : 0);
    if (pages >= kForcePages || (pages >= kInlinePages && behind <= kInlineRestPages)) {
        checkpointHere(); // little left to copy: the next commit starts the log over
    } else if (pages - m_wokenAt >= kBackgroundPages || (pages >= kInlinePages && behind > kInlineRestPages)) {
        m_wokenAt = pages;
        wake();
    }
}

void Checkpointer::wake()
{
    if (m_requested.exchange(true, std::memory_order_acq_rel))
        return; // already asked, not yet started
    QMutexLocker lock(&m_mutex);
    m_pending = true;
    m_wakeUp.wakeOne();
}

void Checkpointer::threadMain()
{
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(m_path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    // FULL: the copied pages reach the disk before the log may be reused.
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, "PRAGMA synchronous=FULL", nullptr, nullptr, nullptr);
    {
        QMutexLocker lock(&m_mutex);
        if (rc != SQLITE_OK)
            m_startStatus = Error::unavailable(QStringLiteral("cannot open the checkpoint connection: %1")
                                                   .arg(QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory")));
        m_startDone = true;
        m_running = rc == SQLITE_OK;
        m_started.wakeAll();
    }
    while (m_running) {
        {
            QMutexLocker lock(&m_mutex);
            while (!m_pending && !m_stopping)
                m_wakeUp.wait(&m_mutex);
            if (m_stopping)
                break;
            m_pending = false;
        }
        m_requested.store(false, std::memory_order_release);
        // Tagged with the log's generation as known before the copy: a copy that raced with the
        // log starting over is ignored, which only makes the writer wait for the next one.
        const quint64 generation = m_generation.load(std::memory_order_relaxed);
        int logPages = 0;
        int copiedPages = 0;
        if (sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, &logPages, &copiedPages) == SQLITE_OK) {
            m_copied.store((generation << 32) | quint32(std::max(copiedPages, 0)), std::memory_order_release);
            ++m_background;
        }
    }
    m_running = false;
    sqlite3_close_v2(db);
}

} // namespace arbiter
