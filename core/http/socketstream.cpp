#include "socketstream.h"

#include <QTcpSocket>

namespace arbiter {

namespace {

constexpr qint64 kReadBufferBytes = 256 * 1024;

} // namespace

SocketStream::SocketStream(QTcpSocket *socket, QObject *parent)
    : ByteStream(parent)
    , m_socket(socket)
    , m_peer(socket->peerAddress())
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kReadBufferBytes);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QTcpSocket::readyRead, this, &ByteStream::readyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &ByteStream::disconnected);
}

SocketStream::~SocketStream()
{
    m_socket->disconnect(this);
    m_socket->abort();
}

qint64 SocketStream::read(char *data, qint64 max)
{
    // The end of the stream is told by disconnected(), after any bytes still buffered.
    if (m_socket->bytesAvailable() <= 0)
        return 0;
    return qMax<qint64>(m_socket->read(data, max), 0);
}

void SocketStream::write(const char *data, qint64 size)
{
    m_socket->write(data, size);
    m_socket->flush();
}

qint64 SocketStream::bytesToWrite() const
{
    return m_socket->bytesToWrite();
}

void SocketStream::closeWrite()
{
    m_socket->disconnectFromHost(); // TLS: close_notify after the pending bytes
}

void SocketStream::abort()
{
    m_socket->disconnect(this);
    m_socket->abort();
}

} // namespace arbiter
