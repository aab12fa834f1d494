#include "httpconnection.h"

#include "bytestream.h"
#include "httpserver.h"
#include "problem.h"

#include <QPointer>
#include <QVarLengthArray>

#include <cstring>

namespace arbiter {

namespace {

// How long a closing connection may keep draining the client's unread bytes. Closing with unread
// data makes the kernel send RST, which can destroy our last answer (413, 431...) in flight.
constexpr int kMaxLingerMs = 2000;
constexpr qint64 kReadBufferBytes = 256 * 1024; // read at most this much ahead of the parser
constexpr qsizetype kReadChunk = 16 * 1024;
constexpr char kContinue[] = "HTTP/1.1 100 Continue\r\n\r\n";

// A non-negative number's decimal digits, without an allocation.
class DecimalText final {
public:
    explicit DecimalText(qint64 value)
    {
        do {
            m_digits[--m_first] = char('0' + value % 10);
            value /= 10;
        } while (value > 0 && m_first > 0);
    }
    QByteArrayView view() const { return QByteArrayView(m_digits + m_first, qsizetype(sizeof m_digits) - m_first); }

private:
    char m_digits[24];
    int m_first = int(sizeof m_digits);
};

bool isConnectionClose(const HttpResponse &r)
{
    for (const auto &h : r.headers) {
        if (h.first.compare("connection", Qt::CaseInsensitive) == 0 && h.second.toLower().contains("close"))
            return true;
    }
    return false;
}

} // namespace

HttpConnection::HttpConnection(HttpServer *server, ByteStream *stream, bool counted)
    : QObject(server)
    , m_server(server)
    , m_stream(stream)
    , m_peer(stream->peerAddress())
    , m_parser(server->m_limits)
    , m_counted(counted)
{
    m_stream->setParent(this);
    m_in.reserve(16 * 1024);
    m_out.reserve(4 * 1024);
    connect(m_stream, &ByteStream::readyRead, this, &HttpConnection::processInput);
    connect(m_stream, &ByteStream::disconnected, this, &HttpConnection::finish);
}

HttpConnection::~HttpConnection()
{
    // No signal of a dying stream may reach a half-destroyed connection or server.
    m_stream->disconnect(this);
    m_stream->abort();
}

void HttpConnection::start()
{
    // A fresh connection gets the header timeout straight away: a client that connects and says
    // nothing is the cheapest slowloris of all.
    setDeadline(Deadline::Header, m_server->m_limits.headerTimeoutMs);
    processInput(); // a TLS socket may hold bytes that arrived with the handshake
}

void HttpConnection::reject(const HttpResponse &response)
{
    m_noMoreRequests = true;
    Slot slot;
    slot.seq = m_nextSeq++;
    slot.ready = true;
    slot.close = true;
    slot.startNs = m_server->nowNs();
    slot.response = response;
    m_slots.push_back(std::move(slot));
    drainReady();
    flushOutput();
}

bool HttpConnection::pullFromStream()
{
    // Straight into our reused buffer. Stopping early is fine: readyRead comes again while bytes wait.
    bool any = false;
    for (;;) {
        const qsizetype keep = m_noMoreRequests ? 0 : m_in.size(); // discard: reuse the same room
        const qsizetype room = qMax<qsizetype>(kReadChunk, m_in.capacity() - keep);
        m_in.resize(keep + room);
        const qint64 got = m_stream->read(m_in.data() + keep, room);
        if (got < 0) {
            m_in.resize(keep);
            m_peerGone = true;
            return any;
        }
        m_in.resize(m_noMoreRequests ? 0 : keep + got);
        any = any || got > 0;
        if (got < room || m_in.size() - m_inPos >= kReadBufferBytes)
            return any;
    }
}

void HttpConnection::processInput()
{
    if (m_processing || m_finished)
        return;
    m_processing = true;

    if (!m_paused || m_noMoreRequests)
        pullFromStream();
    if (m_peerGone) {
        m_processing = false;
        finish();
        return;
    }
    while (!m_noMoreRequests && m_inPos < m_in.size()) {
        if (qsizetype(m_slots.size()) >= m_server->m_limits.maxPipelined) {
            m_paused = true; // resumes when an answer leaves; the socket buffer applies back-pressure
            m_stream->setReading(false);
            break;
        }
        const qsizetype used = m_parser.feed(m_in.constData() + m_inPos, m_in.size() - m_inPos);
        m_inPos += used;
        const auto phase = m_parser.phase();
        if (phase == HttpParser::Phase::Error) {
            failRequest(m_parser.errorStatus(), nullptr, m_parser.errorDetail());
            break;
        }
        if (phase == HttpParser::Phase::Header)
            break;
        if (!m_bodyArmed) {
            m_bodyArmed = true;
            if (phase == HttpParser::Phase::Body) {
                setDeadline(Deadline::Body, m_server->m_limits.bodyTimeoutMs);
                // Only ask for the body when the client is actually waiting for our go-ahead.
                if (m_parser.expectsContinue() && m_inPos == m_in.size()) {
                    if (m_slots.empty())
                        m_out += kContinue;
                    else
                        m_continuePending = true;
                }
            }
        }
        if (phase == HttpParser::Phase::Body) {
            if (used == 0 || m_inPos == m_in.size())
                break;
            continue;
        }
        dispatch();
    }

    if (m_inPos >= m_in.size()) {
        m_in.resize(0); // keeps the capacity
        m_inPos = 0;
    } else if (m_inPos > 0) {
        m_in.remove(0, m_inPos);
        m_inPos = 0;
    }
    updateDeadline();
    m_processing = false;
    flushOutput();
}

void HttpConnection::dispatch()
{
    HttpRequest request;
    m_parser.takeRequest(request);
    request.peer = m_peer;

    const bool keepAlive = m_parser.keepAlive();
    Slot slot;
    slot.seq = m_nextSeq++;
    slot.close = !keepAlive;
    slot.head = m_parser.isHead();
    slot.http10KeepAlive = keepAlive && m_parser.httpMinorVersion() == 0;
    slot.startNs = m_server->nowNs();
    slot.method = request.method;
    slot.path = request.path;
    const quint64 seq = slot.seq;
    m_slots.push_back(std::move(slot));

    if (!keepAlive)
        m_noMoreRequests = true;
    ++m_requests;
    m_parser.reset();
    m_bodyArmed = false;
    m_deadline = Deadline::None;

    m_server->requestStarted();
    // QPointers, not raw pointers: the responder may run long after the client or the server left.
    Responder responder = [connection = QPointer<HttpConnection>(this), server = QPointer<HttpServer>(m_server), seq,
                              answered = false](HttpResponse response) mutable {
        if (answered)
            return;
        answered = true;
        if (connection)
            connection->respond(seq, std::move(response));
        if (server)
            server->requestAnswered();
    };
    m_server->m_handler->handle(std::move(request), std::move(responder));
}

void HttpConnection::respond(quint64 seq, HttpResponse response)
{
    if (m_finished || m_slots.empty() || seq < m_slots.front().seq)
        return;
    const quint64 index = seq - m_slots.front().seq;
    if (index >= m_slots.size())
        return;
    Slot &slot = m_slots[index];
    if (slot.ready)
        return;
    slot.ready = true;
    if (isConnectionClose(response))
        slot.close = true;
    slot.response = std::move(response);
    if (index != 0)
        return; // an earlier request is still being answered; this one waits its turn
    drainReady();
    if (!m_processing) {
        updateDeadline();
        // An answer that comes later (from the writer, in a batch of its own) leaves at once;
        // only answers given while reading wait for the end of the loop's turn.
        if (m_flushScheduled)
            flushOutput();
        else
            writeOutput();
        if (m_paused && qsizetype(m_slots.size()) < m_server->m_limits.maxPipelined) {
            m_paused = false;
            m_stream->setReading(true);
            processInput();
        }
    }
}

void HttpConnection::failRequest(int status, const char *code, const QString &detail)
{
    m_noMoreRequests = true;
    Slot slot;
    slot.seq = m_nextSeq++;
    slot.ready = true;
    slot.close = true;
    slot.startNs = m_server->nowNs();
    slot.response = code ? problemResponse(status, QString::fromLatin1(code), detail)
                         : problemResponse(status, m_parser.errorCode(), detail);
    m_slots.push_back(std::move(slot));
    m_deadline = Deadline::None;
    // Whatever else the client sent is never going to be parsed.
    m_in.resize(0);
    m_inPos = 0;
    drainReady();
    if (!m_processing)
        flushOutput();
}

void HttpConnection::drainReady()
{
    while (!m_slots.empty() && m_slots.front().ready) {
        Slot &slot = m_slots.front();
        serialize(slot);
        m_server->responseWritten(slot.method, slot.path, slot.response.status, slot.startNs);
        const bool close = slot.close;
        m_slots.pop_front();
        if (close) {
            m_closeAfterFlush = true;
            m_noMoreRequests = true;
            break;
        }
    }
    if (m_slots.empty() && m_continuePending && !m_closeAfterFlush) {
        m_continuePending = false;
        m_out += kContinue;
    }
}

void HttpConnection::serialize(const Slot &slot)
{
    const HttpResponse &r = slot.response;
    // 1xx, 204 and 304 never carry a body (RFC 9110 §6.4.1), so no Content-Length either.
    const bool bodyless = r.status < 200 || r.status == 204 || r.status == 304;
    // The pieces first, then one resize and a copy each: appending piece by piece cost more than
    // the rest of the answer's way out of the engine.
    QVarLengthArray<QByteArrayView, 32> pieces;
    const DecimalText status(r.status);
    const DecimalText length(r.body.size());
    const QByteArray reason = reasonPhrase(r.status);
    pieces << "HTTP/1.1 " << status.view() << " " << reason;
    if (!bodyless)
        pieces << "\r\nContent-Length: " << length.view();
    if (!r.contentType.isEmpty())
        pieces << "\r\nContent-Type: " << r.contentType;
    bool ownConnectionHeader = false;
    for (const auto &h : r.headers) {
        pieces << "\r\n" << h.first << ": " << h.second;
        if (h.first.compare("connection", Qt::CaseInsensitive) == 0)
            ownConnectionHeader = true;
    }
    if (!ownConnectionHeader) {
        if (slot.close)
            pieces << "\r\nConnection: close";
        else if (slot.http10KeepAlive)
            pieces << "\r\nConnection: keep-alive";
    }
    pieces << "\r\n\r\n";
    if (!slot.head && !bodyless)
        pieces << r.body;

    qsizetype total = 0;
    for (const QByteArrayView piece : pieces)
        total += piece.size();
    qsizetype at = m_out.size();
    m_out.resize(at + total);
    char *cursor = m_out.data() + at;
    for (const QByteArrayView piece : pieces) {
        std::memcpy(cursor, piece.data(), size_t(piece.size()));
        cursor += piece.size();
    }
}

void HttpConnection::flushOutput()
{
    if (m_finished || m_flushScheduled)
        return;
    if (!m_out.isEmpty() || (m_closeAfterFlush && !m_closing)) {
        m_flushScheduled = true;
        m_server->scheduleFlush(this);
    }
}

void HttpConnection::writeOutput()
{
    m_flushScheduled = false;
    if (m_finished)
        return;
    if (!m_out.isEmpty()) {
        // One write (one send syscall) per batch of answers.
        m_stream->write(m_out.constData(), m_out.size());
        m_out.resize(0);
    }
    if (m_closeAfterFlush && !m_closing)
        beginClose();
}

void HttpConnection::beginClose()
{
    m_closing = true;
    m_noMoreRequests = true;
    m_slots.clear(); // answers still owed on this connection will find no slot: no-op
    setDeadline(Deadline::Linger, qMin(kMaxLingerMs, m_server->m_limits.headerTimeoutMs));
    // Half-close once the answer has left: the client sees EOF after it, while we still drain
    // what it sends, so the kernel has no unread data to answer with RST. Ends when the client
    // closes or at the deadline.
    m_stream->closeWrite();
}

void HttpConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_slots.clear();
    m_deadline = Deadline::None;
    m_stream->disconnect(this);
    m_stream->abort();
    m_server->connectionFinished(this);
    deleteLater();
}

void HttpConnection::setDeadline(Deadline kind, int ms)
{
    m_deadline = kind;
    m_deadlineMs = m_server->nowMs() + ms;
}

void HttpConnection::updateDeadline()
{
    if (m_closing || m_finished || m_noMoreRequests)
        return;
    if (m_parser.phase() != HttpParser::Phase::Header)
        return; // the body timer runs from the end of the header block
    if (m_inPos < m_in.size() || !m_parser.isPristine()) {
        if (m_deadline != Deadline::Header) // from the first byte of this request on, not reset by dribbling
            setDeadline(Deadline::Header, m_server->m_limits.headerTimeoutMs);
        return;
    }
    if (!m_slots.empty()) {
        m_deadline = Deadline::None; // the handler has the request; not the client's fault
        return;
    }
    if (m_requests == 0)
        return; // the header timer armed in start() still runs
    if (m_deadline != Deadline::Idle)
        setDeadline(Deadline::Idle, m_server->m_limits.idleTimeoutMs);
}

void HttpConnection::checkTimeout(qint64 nowMs)
{
    if (m_finished || m_deadline == Deadline::None || nowMs < m_deadlineMs)
        return;
    switch (m_deadline) {
    case Deadline::None:
        break;
    case Deadline::Idle:
        m_deadline = Deadline::None;
        m_closeAfterFlush = true;
        flushOutput();
        break;
    case Deadline::Header:
        failRequest(408, "timeout",
            QStringLiteral("the request headers did not arrive within %1 ms").arg(m_server->m_limits.headerTimeoutMs));
        break;
    case Deadline::Body:
        failRequest(408, "timeout",
            QStringLiteral("the request body did not arrive within %1 ms").arg(m_server->m_limits.bodyTimeoutMs));
        break;
    case Deadline::Linger:
        finish();
        break;
    }
}

} // namespace arbiter
