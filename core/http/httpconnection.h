#pragma once

// HttpConnection: one client socket of an HttpServer: framing, timers, in-order pipelined answers.

#include "httphandler.h"
#include "httpparser.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>

#include <deque>

namespace arbiter {

class ByteStream;
class HttpServer;

class HttpConnection final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    // Takes ownership of stream.
    HttpConnection(HttpServer *server, ByteStream *stream, bool counted);
    ~HttpConnection() override;

    void start();
    // Over a connection cap: answer 503 at once and close, without reading a request.
    void reject(const HttpResponse &response);

    // Runs the deadline that is due (408, idle close, lingering close); called by the server sweep.
    void checkTimeout(qint64 nowMs);

    // The responder's way back in: seq identifies the request on this connection.
    void respond(quint64 seq, HttpResponse response);

    // Sends what flushOutput() queued; called by the server once per turn of the event loop.
    void writeOutput();

    const QHostAddress &peer() const { return m_peer; }
    bool isCounted() const { return m_counted; }

private:
    enum class Deadline { None, Idle, Header, Body, Linger };

    struct Slot {
        quint64 seq = 0;
        bool ready = false;
        bool close = false; // this answer ends the connection
        bool head = false; // HEAD: headers only
        bool http10KeepAlive = false; // an HTTP/1.0 client asked for keep-alive: say yes explicitly
        qint64 startNs = 0;
        QByteArray method;
        QByteArray path;
        HttpResponse response;
    };

    void processInput();
    bool pullFromStream();
    void dispatch();
    void failRequest(int status, const char *code, const QString &detail);
    void drainReady();
    void serialize(const Slot &slot);
    void flushOutput();
    void beginClose();
    void finish();
    void updateDeadline();
    void setDeadline(Deadline kind, int ms);

    HttpServer *m_server;
    ByteStream *m_stream;
    QHostAddress m_peer;
    HttpParser m_parser;
    QByteArray m_in; // received, not yet consumed; capacity reused
    qsizetype m_inPos = 0;
    QByteArray m_out; // answers of one batch, written with one call; capacity reused
    std::deque<Slot> m_slots;
    quint64 m_nextSeq = 0;
    qint64 m_deadlineMs = 0;
    Deadline m_deadline = Deadline::None;
    int m_requests = 0;
    bool m_counted;
    bool m_processing = false;
    bool m_paused = false; // maxPipelined answers outstanding: stop parsing
    bool m_noMoreRequests = false; // a closing request or an error was queued: discard input
    bool m_closeAfterFlush = false;
    bool m_closing = false; // output finished, waiting for the peer / linger deadline
    bool m_bodyArmed = false; // the current request's body timer and 100-continue are done
    bool m_continuePending = false;
    bool m_peerGone = false;
    bool m_finished = false;
    bool m_flushScheduled = false; // on the server's list for the end of this turn
};

} // namespace arbiter
