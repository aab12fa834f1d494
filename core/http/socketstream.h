#pragma once

// SocketStream: a ByteStream over a QTcpSocket (the TLS listener's QSslSocket, whose decrypted
// bytes wait in its own buffer).

#include "bytestream.h"

class QTcpSocket;

namespace arbiter {

class SocketStream final : public ByteStream {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SocketStream)

public:
    // Takes ownership of socket.
    explicit SocketStream(QTcpSocket *socket, QObject *parent = nullptr);
    ~SocketStream() override;

    qint64 read(char *data, qint64 max) override;
    void write(const char *data, qint64 size) override;
    qint64 bytesToWrite() const override;
    void setReading(bool) override { } // Qt stops reading once its read buffer is full
    void closeWrite() override;
    void abort() override;
    QHostAddress peerAddress() const override { return m_peer; }

private:
    QTcpSocket *m_socket;
    QHostAddress m_peer;
};

} // namespace arbiter
