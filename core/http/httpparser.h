#pragma once

// HttpParser: strict HTTP/1.1 request framing (Boost.Beast underneath, hidden from every header).

#include "httplimits.h"
#include "httprequest.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace arbiter {

class HttpParser final {
public:
    enum class Phase {
        Header, // waiting for the blank line ending the header block
        Body, // header accepted, body still arriving
        Done, // a whole request is ready: takeRequest()
        Error, // framing or limit violation: errorStatus()/errorCode(); the connection must close
    };

    explicit HttpParser(const HttpLimits &limits);
    ~HttpParser();
    HttpParser(const HttpParser &) = delete;
    HttpParser &operator=(const HttpParser &) = delete;

    // Ready for the next request on the same connection.
    void reset();

    // Consumes what it can of [data, data + size) and returns how many bytes it took. It stops
    // right after the header block (so the caller can answer Expect: 100-continue and arm the
    // body timer) and after a complete request (so pipelined bytes stay with the caller).
    qsizetype feed(const char *data, qsizetype size);

    Phase phase() const { return m_phase; }
    bool expectsContinue() const { return m_expectContinue; } // valid once past Header
    bool keepAlive() const; // valid once past Header
    int httpMinorVersion() const { return m_minor; } // 0 or 1, valid once past Header
    bool isPristine() const { return m_phase == Phase::Header && m_headerBytes == 0; } // nothing of a request yet
    bool isHead() const { return m_isHead; } // valid once past Header

    int errorStatus() const { return m_errorStatus; }
    const QString &errorCode() const { return m_errorCode; }
    const QString &errorDetail() const { return m_errorDetail; }

    // Moves the finished request out (phase must be Done). peer is left to the caller.
    void takeRequest(HttpRequest &out);

private:
    struct Impl;

    void fail(int status, const char *code, const QString &detail);
    bool checkHeader();

    std::unique_ptr<Impl> m_impl;
    HttpLimits m_limits;
    Phase m_phase = Phase::Header;
    qsizetype m_headerBytes = 0; // header bytes Beast already consumed
    qsizetype m_scanned = 0; // bytes of the pending header already checked for bare LF
    bool m_expectContinue = false;
    bool m_isHead = false;
    int m_minor = 1;
    int m_errorStatus = 0;
    QString m_errorCode;
    QString m_errorDetail;
};

} // namespace arbiter
