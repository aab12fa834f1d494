#pragma once

// FdStream: a plain TCP connection driven through its fd: recv straight into the caller's buffer,
// send straight from it. QTcpSocket adopted with setSocketDescriptor() stays buffered whatever its
// open mode (Qt 6.4 clears isBuffered only in connectToHost), which costs an FIONREAD and a copy
// per read and a write-notifier round (two event-loop wake-ups) per answer. Here the write
// notifier is armed only while the kernel's send buffer is full.

#include "bytestream.h"

#include <QByteArray>

class QSocketNotifier;

namespace arbiter {

class FdStream final : public ByteStream {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FdStream)

public:
    // Takes ownership of a connected socket fd.
    explicit FdStream(qintptr fd, QObject *parent = nullptr);
    ~FdStream() override;

    qint64 read(char *data, qint64 max) override;
    void write(const char *data, qint64 size) override;
    qint64 bytesToWrite() const override { return m_pending.size() - m_pendingPos; }
    void setReading(bool on) override;
    void closeWrite() override;
    void abort() override;
    QHostAddress peerAddress() const override { return m_peer; }

private:
    // Sends as much of data as the kernel takes now: the bytes sent, or -1 when the peer is gone.
    qint64 sendNow(const char *data, qint64 size);
    void onWritable();
    void fail(); // the peer is gone: said once, from the event loop

    int m_fd;
    QHostAddress m_peer;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QByteArray m_pending; // what the kernel did not take yet
    qsizetype m_pendingPos = 0;
    bool m_closeWriteWhenDrained = false;
    bool m_failed = false;
};

} // namespace arbiter
