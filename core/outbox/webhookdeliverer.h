#pragma once

// WebhookDeliverer: sends the outbox's due rows on a thread of its own, with its own network access,
// and records every outcome through the Writer (it never opens a connection of its own).

#include "outbox/deliverypolicy.h"

#include <QMutex>
#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace arbiter {

class Clock;
class DeliveryWorker;
class Writer;

class WebhookDeliverer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookDeliverer)

public:
    // `writer` and `clock` must outlive the deliverer.
    WebhookDeliverer(Writer &writer, const Clock &clock, DeliveryPolicy policy = {}, QObject *parent = nullptr);
    // Stops the thread; requests in flight are abandoned, so their rows stay pending and are sent
    // again after a restart (delivery is at least once).
    ~WebhookDeliverer() override;

    // Starts the thread and looks for due rows at once, so deliveries survive a restart mid-retry.
    // start() and stop() belong to the thread that created the deliverer (stop() waits for the
    // worker thread, so calling it from a slot of deliveryChanged with a direct connection deadlocks).
    void start();
    void stop();
    // Thread-safe: call after an enqueue has committed; schedules a look at due rows.
    void wake();

    DeliveryPolicy policy() const { return m_policy; }

signals:
    // After the row's new state committed; emitted from the worker thread.
    void deliveryChanged(qint64 id, const QString &state);

private:
    friend class DeliveryWorker; // emits deliveryChanged

    Writer &m_writer;
    const Clock &m_clock;
    const DeliveryPolicy m_policy;
    std::unique_ptr<QThread> m_thread;
    QMutex m_mutex; // guards m_worker against wake() from other threads
    DeliveryWorker *m_worker = nullptr; // lives on m_thread, deleted there when it finishes
};

} // namespace arbiter
