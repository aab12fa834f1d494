#include "outbox/webhookdeliverer.h"

#include "outbox/deliveryworker.h"
#include "storage/writer.h"

#include <QMetaObject>
#include <QMutexLocker>
#include <QThread>

namespace arbiter {

WebhookDeliverer::WebhookDeliverer(Writer &writer, const Clock &clock, DeliveryPolicy policy, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_clock(clock)
    , m_policy(policy)
{
}

WebhookDeliverer::~WebhookDeliverer()
{
    stop();
}

void WebhookDeliverer::start()
{
    if (m_thread)
        return;
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("webhook-deliverer"));
    auto *worker = new DeliveryWorker(m_writer, m_clock, m_policy, *this);
    worker->moveToThread(m_thread.get());
    // Deleted on its own thread as the thread finishes, so its timers and sockets die where they live.
    connect(m_thread.get(), &QThread::finished, worker, &QObject::deleteLater);
    {
        QMutexLocker lock(&m_mutex);
        m_worker = worker;
    }
    m_thread->start();
    QMetaObject::invokeMethod(worker, &DeliveryWorker::initialize, Qt::QueuedConnection);
}

void WebhookDeliverer::stop()
{
    if (!m_thread)
        return;
    DeliveryWorker *worker = nullptr;
    {
        QMutexLocker lock(&m_mutex);
        worker = std::exchange(m_worker, nullptr);
    }
    // After shutdown() the worker submits nothing more. The barrier job then guarantees that every
    // completion the Writer owes the worker has been posted to it, so deleting the worker cannot race
    // a completion being posted from the writer thread.
    QMetaObject::invokeMethod(worker, &DeliveryWorker::shutdown, Qt::BlockingQueuedConnection);
    (void)m_writer.runSync([](QSqlDatabase &) { return success(); });
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
}

void WebhookDeliverer::wake()
{
    QMutexLocker lock(&m_mutex);
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &DeliveryWorker::scan, Qt::QueuedConnection);
}

} // namespace arbiter
