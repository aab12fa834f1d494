#pragma once

// ByteStream: the connected byte pipe an HttpConnection reads requests from and writes answers
// to. Two kinds: FdStream (plain TCP, the socket's fd driven directly) and SocketStream (a
// QSslSocket, for TLS).

#include <QHostAddress>
#include <QObject>

namespace arbiter {

class ByteStream : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ByteStream)

public:
    using QObject::QObject;

    // Up to max bytes into data: the count read, 0 when nothing is waiting now, -1 when the peer
    // has gone (end of stream or an error).
    virtual qint64 read(char *data, qint64 max) = 0;
    // Queues all of data; what the kernel does not take at once leaves later, in order.
    virtual void write(const char *data, qint64 size) = 0;
    virtual qint64 bytesToWrite() const = 0;
    // Stops (false) or resumes (true) readyRead while the reader cannot take more.
    virtual void setReading(bool on) = 0;
    // Half-close: the peer sees the end of our output once what is queued has left.
    virtual void closeWrite() = 0;
    // Closes at once, dropping whatever is queued.
    virtual void abort() = 0;
    virtual QHostAddress peerAddress() const = 0;

signals:
    void readyRead();
    void disconnected();
};

} // namespace arbiter
