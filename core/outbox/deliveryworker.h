#pragma once

// DeliveryWorker: the part of WebhookDeliverer that lives on its thread: scans due rows through the
// Writer, POSTs them, and records each answer.

#include "outbox/deliverypolicy.h"
#include "outbox/webhookoutbox.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

#include <atomic>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace arbiter {

class Clock;
class WebhookDeliverer;
class Writer;

class DeliveryWorker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryWorker)

public:
    // At most this many requests at once, and never two to the same URL: a webhook sees its
    // reports one after another, in order.
    static constexpr int kMaxInFlight = 3;

    DeliveryWorker(Writer &writer, const Clock &clock, DeliveryPolicy policy, WebhookDeliverer &owner);
    ~DeliveryWorker() override;

    // These run on the worker thread.
    void initialize(); // creates the network manager and the retry timer, then scans
    void scan(); // a scan already under way runs once more when it ends
    void shutdown(); // abandons requests in flight; submits nothing afterwards

private:
    struct InFlight {
        WebhookDelivery row;
        QNetworkReply *reply = nullptr;
        QTimer *deadline = nullptr; // a child of the reply
        QByteArray body;
        bool timedOut = false;
    };
    struct Picked {
        WebhookDelivery row;
        QByteArray payload;
    };
    struct Batch;

    void onScanned(const Result<Batch> &result);
    void send(const WebhookDelivery &row, const QByteArray &payload);
    void readBody(qint64 id);
    void onFinished(qint64 id);
    void record(const WebhookDelivery &row, const AttemptDecision &decision);
    void recorded(qint64 id, const QString &url, const QString &state, const Status &status);
    void armTimer(std::optional<qint64> atMs);
    void scrubWal();

    Writer &m_writer;
    const Clock &m_clock;
    const DeliveryPolicy m_policy;
    WebhookDeliverer &m_owner;
    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_retryTimer = nullptr; // one timer, set to the earliest next attempt
    QHash<qint64, InFlight> m_inFlight;
    QSet<qint64> m_claimed; // in flight, or answered and not yet recorded: never sent twice
    QHash<QString, qint64> m_holdUntil; // a URL that failed is left alone until its retry time
    bool m_scanning = false;
    bool m_rescan = false;
    bool m_stopping = false;
    // Set when a checkpoint could not wipe a deleted payload from the WAL; written on the writer thread.
    std::shared_ptr<std::atomic<bool>> m_scrubOwed = std::make_shared<std::atomic<bool>>(false);
};

} // namespace arbiter
