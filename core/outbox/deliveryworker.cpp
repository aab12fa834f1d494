#include "outbox/deliveryworker.h"

#include "outbox/webhookurl.h"

#include "outbox/webhookdeliverer.h"
#include "storage/writer.h"
#include "util/clock.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <limits>

#ifndef ARBITER_VERSION
#define ARBITER_VERSION "dev"
#endif

Q_LOGGING_CATEGORY(lcOutbox, "arbiter.outbox")

namespace arbiter {

namespace {

constexpr int kScanLimit = 256; // due rows looked at per scan; the rest wait for the next one
constexpr qint64 kMaxBodyBytes = 64 * 1024; // of an answer: enough for Discord's JSON, bounded for anyone else
constexpr qint64 kMaxTimerMs = 60 * 1000; // look again at least every minute, whatever the wall clock did
constexpr qint64 kDatabaseRetryMs = 5000; // after the Writer failed a job

// Qt's errorString() quotes the URL, and a Discord URL carries its token: keep it out of the row.
QString networkErrorText(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return QStringLiteral("connection refused");
    case QNetworkReply::RemoteHostClosedError:
        return QStringLiteral("connection closed before an answer");
    case QNetworkReply::HostNotFoundError:
        return QStringLiteral("host not found");
    case QNetworkReply::TimeoutError:
        return QStringLiteral("network timeout");
    case QNetworkReply::SslHandshakeFailedError:
        return QStringLiteral("TLS handshake failed");
    default:
        break;
    }
    const char *name = QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(error);
    return QStringLiteral("network error: ") + (name ? QString::fromLatin1(name) : QString::number(error));
}

// Moves the WAL's frames into the database file and truncates the WAL, so a payload deleted by an
// earlier commit no longer exists in either file. Runs on the Writer's connection outside any
// transaction; false if a reader kept it from finishing.
bool checkpoint(QSqlDatabase &db)
{
    int previousTimeout = 5000;
    {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("PRAGMA busy_timeout")) && query.next())
            previousTimeout = query.value(0).toInt();
    }
    // A reader in the middle of a query must not stall every write for the usual five seconds.
    (void)QSqlQuery(db).exec(QStringLiteral("PRAGMA busy_timeout=100"));
    bool done = false;
    {
        QSqlQuery query(db);
        done = query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && query.next()
            && query.value(0).toInt() == 0;
    }
    (void)QSqlQuery(db).exec(QStringLiteral("PRAGMA busy_timeout=%1").arg(previousTimeout));
    return done;
}

} // namespace

struct DeliveryWorker::Batch {
    qint64 nowMs = 0;
    QList<Picked> picked;
    QList<qint64> failed; // due rows without a payload, failed in the scan itself
    std::optional<qint64> nextAtMs; // when to look again: the next row due, or the end of a hold
};

DeliveryWorker::DeliveryWorker(Writer &writer, const Clock &clock, DeliveryPolicy policy, WebhookDeliverer &owner)
    : m_writer(writer)
    , m_clock(clock)
    , m_policy(policy)
    , m_owner(owner)
{
}

DeliveryWorker::~DeliveryWorker()
{
    shutdown();
}

void DeliveryWorker::initialize()
{
    m_network = new QNetworkAccessManager(this);
    // A redirect could carry the report somewhere the URL check never saw.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &DeliveryWorker::scan);
    scan();
}

void DeliveryWorker::shutdown()
{
    m_stopping = true;
    if (m_retryTimer)
        m_retryTimer->stop();
    // Abandoned rows stay pending with their attempt uncounted: they go out again after a restart.
    const QHash<qint64, InFlight> flights = std::exchange(m_inFlight, {});
    for (const InFlight &flight : flights) {
        flight.reply->disconnect(this);
        flight.reply->abort();
        delete flight.reply;
    }
}

void DeliveryWorker::scan()
{
    if (m_stopping || !m_network)
        return;
    if (m_scanning) {
        m_rescan = true;
        return;
    }
    m_scanning = true;

    const qint64 nowMs = m_clock.nowMs();
    for (auto it = m_holdUntil.begin(); it != m_holdUntil.end();)
        it = it.value() <= nowMs ? m_holdUntil.erase(it) : std::next(it);
    QSet<QString> busyUrls;
    for (const InFlight &flight : std::as_const(m_inFlight))
        busyUrls.insert(flight.row.url);
    const int capacity = kMaxInFlight - int(m_inFlight.size());

    auto work = [clock = &m_clock, claimed = m_claimed, holds = m_holdUntil, busyUrls, capacity](
                    QSqlDatabase &db) -> Result<Batch> {
        Batch batch;
        batch.nowMs = clock->nowMs();
        Result<QList<WebhookDelivery>> due = WebhookOutbox::due(db, batch.nowMs, kScanLimit);
        if (!due)
            return due.error();
        QSet<QString> taken = busyUrls;
        std::optional<qint64> heldUntil;
        for (const WebhookDelivery &row : std::as_const(due.value())) {
            if (batch.picked.size() >= capacity)
                break;
            if (claimed.contains(row.id) || taken.contains(row.url))
                continue;
            if (const qint64 hold = holds.value(row.url, 0); hold > batch.nowMs) {
                heldUntil = std::min(heldUntil.value_or(hold), hold);
                continue;
            }
            Result<QByteArray> payload = WebhookOutbox::payload(db, row.id);
            if (!payload) {
                if (payload.error().status != 404)
                    return payload.error();
                const QString why = QStringLiteral("the payload is missing");
                if (Status failed = WebhookOutbox::markFailed(db, row.id, row.attempts, std::nullopt, why); !failed)
                    return failed.error();
                batch.failed.append(row.id);
                continue;
            }
            taken.insert(row.url);
            batch.picked.append(Picked{row, std::move(payload).value()});
        }
        Result<std::optional<qint64>> next = WebhookOutbox::nextDueAfter(db, batch.nowMs);
        if (!next)
            return next.error();
        batch.nextAtMs = next.value();
        if (heldUntil)
            batch.nextAtMs = std::min(batch.nextAtMs.value_or(*heldUntil), *heldUntil);
        return batch;
    };
    m_writer.run<Batch>(std::move(work), this, [this](Result<Batch> result) { onScanned(result); });
}

void DeliveryWorker::onScanned(const Result<Batch> &result)
{
    m_scanning = false;
    if (m_stopping)
        return;
    if (!result) {
        qCWarning(lcOutbox) << "cannot read the webhook outbox:" << result.error().detail;
        armTimer(m_clock.nowMs() + kDatabaseRetryMs);
    } else {
        for (qint64 id : result->failed)
            emit m_owner.deliveryChanged(id, WebhookOutbox::stateFailed());
        for (const Picked &picked : result->picked)
            send(picked.row, picked.payload);
        std::optional<qint64> next = result->nextAtMs;
        if (m_scrubOwed->load()) // try the checkpoint again soon even if no delivery is pending
            next = std::min(next.value_or(std::numeric_limits<qint64>::max()), m_clock.nowMs() + kDatabaseRetryMs);
        armTimer(next);
    }
    if (m_rescan) {
        m_rescan = false;
        scan();
    } else if (m_scrubOwed->load()) {
        scrubWal();
    }
}

void DeliveryWorker::send(const WebhookDelivery &row, const QByteArray &payload)
{
    const QUrl url(row.url);
    m_claimed.insert(row.id);
    if (!isAllowedWebhookUrl(row.url)) {
        AttemptDecision refused;
        refused.next = AttemptDecision::Next::Failed;
        refused.attempts = row.attempts;
        refused.error = QStringLiteral("webhook URL not allowed: it must be https, or http to a loopback address");
        record(row, refused);
        return;
    }

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Arbiter/" ARBITER_VERSION));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network->post(request, payload);
    const qint64 id = row.id;
    // A whole-request deadline: Qt's transfer timeout restarts on every byte, so a server that
    // trickles its answer would hold a slot for ever.
    auto *deadline = new QTimer(reply);
    m_inFlight.insert(id, InFlight{row, reply, deadline, {}, false});
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, id] {
        const auto it = m_inFlight.find(id);
        if (it == m_inFlight.end())
            return;
        it->timedOut = true;
        QNetworkReply *late = it->reply;
        late->abort(); // emits finished() at once, which takes the entry out
    });
    deadline->start(m_policy.requestTimeoutMs);
    connect(reply, &QNetworkReply::readyRead, this, [this, id] { readBody(id); });
    connect(reply, &QNetworkReply::finished, this, [this, id] { onFinished(id); });
}

void DeliveryWorker::readBody(qint64 id)
{
    const auto it = m_inFlight.find(id);
    if (it == m_inFlight.end())
        return;
    QNetworkReply *reply = it->reply;
    if (!reply->isOpen() || reply->bytesAvailable() <= 0) // an aborted reply is closed
        return;
    const qint64 room = kMaxBodyBytes - it->body.size();
    if (room > 0)
        it->body += reply->read(room);
    if (reply->bytesAvailable() > 0)
        reply->skip(reply->bytesAvailable());
}

void DeliveryWorker::onFinished(qint64 id)
{
    readBody(id);
    const auto it = m_inFlight.find(id);
    if (it == m_inFlight.end())
        return;
    const InFlight flight = std::move(*it);
    m_inFlight.erase(it);
    QNetworkReply *reply = flight.reply;
    flight.deadline->stop();
    reply->disconnect(this);
    reply->deleteLater();

    AttemptResult result;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (flight.timedOut) {
        result.error = QStringLiteral("timed out after %1 ms").arg(m_policy.requestTimeoutMs);
    } else if (status.isValid()) {
        result.httpStatus = status.toInt();
        result.retryAfterHeader = reply->rawHeader(QByteArrayLiteral("Retry-After"));
        result.body = flight.body;
    } else {
        result.error = networkErrorText(reply->error());
    }

    const AttemptDecision decision = decideAttempt(
        m_policy, flight.row.attempts, result, m_clock.nowMs(), QRandomGenerator::global()->generateDouble());
    // Other reports to a webhook that just failed wait with this one instead of hammering it.
    if (decision.next == AttemptDecision::Next::Retry)
        m_holdUntil.insert(flight.row.url, decision.nextAttemptAtMs);
    else
        m_holdUntil.remove(flight.row.url);
    record(flight.row, decision);
}

void DeliveryWorker::record(const WebhookDelivery &row, const AttemptDecision &decision)
{
    const qint64 id = row.id;
    const qint64 nowMs = m_clock.nowMs();
    QString state;
    Writer::Work work;
    switch (decision.next) {
    case AttemptDecision::Next::Delivered:
        state = WebhookOutbox::stateDelivered();
        work = [id, status = decision.httpStatus.value_or(0), nowMs](
                   QSqlDatabase &db) { return WebhookOutbox::markDelivered(db, id, status, nowMs); };
        break;
    case AttemptDecision::Next::Retry:
        state = WebhookOutbox::statePending();
        work = [id, decision](QSqlDatabase &db) {
            return WebhookOutbox::markRetry(
                db, id, decision.attempts, decision.httpStatus, decision.error, decision.nextAttemptAtMs);
        };
        break;
    case AttemptDecision::Next::Failed:
        state = WebhookOutbox::stateFailed();
        work = [id, decision](QSqlDatabase &db) {
            return WebhookOutbox::markFailed(db, id, decision.attempts, decision.httpStatus, decision.error);
        };
        break;
    }
    m_writer.submit(
        std::move(work), this, [this, id, url = row.url, state](Status status) { recorded(id, url, state, status); });
    if (decision.next == AttemptDecision::Next::Delivered)
        scrubWal();
}

void DeliveryWorker::recorded(qint64 id, const QString &url, const QString &state, const Status &status)
{
    m_claimed.remove(id);
    if (m_stopping)
        return;
    if (!status && status.error().status != 404) {
        // The row is still due in the database; sending it again at once would only repeat the
        // request while the database is in trouble.
        qCWarning(lcOutbox) << "cannot record webhook delivery" << id << ':' << status.error().detail;
        const qint64 until = m_clock.nowMs() + kDatabaseRetryMs;
        m_holdUntil.insert(url, until);
        armTimer(until);
        return;
    }
    if (status)
        emit m_owner.deliveryChanged(id, state);
    scan(); // a slot is free
}

void DeliveryWorker::armTimer(std::optional<qint64> atMs)
{
    if (!atMs) {
        m_retryTimer->stop();
        return;
    }
    // A timer earlier than one already set would be lost by restarting it later; keep the earlier.
    const qint64 delay = std::clamp<qint64>(*atMs - m_clock.nowMs(), 0, kMaxTimerMs);
    if (m_retryTimer->isActive() && m_retryTimer->remainingTime() <= delay)
        return;
    m_retryTimer->start(int(delay));
}

void DeliveryWorker::scrubWal()
{
    m_scrubOwed->store(false);
    auto handle = std::make_shared<QSqlDatabase>();
    m_writer.submit(
        [handle](QSqlDatabase &db) {
            *handle = db;
            return success();
        },
        nullptr,
        // With no context the completion runs on the writer thread right after the commit, the one
        // moment its connection is outside a transaction, which a checkpoint needs.
        [handle, owed = m_scrubOwed](Status status) {
            if (status && handle->isOpen() && !checkpoint(*handle)) {
                qCDebug(lcOutbox) << "WAL checkpoint deferred: a reader is busy";
                owed->store(true);
            }
            *handle = QSqlDatabase();
        });
}

} // namespace arbiter
