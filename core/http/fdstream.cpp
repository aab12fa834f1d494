#include "fdstream.h"

#include <QMetaObject>
#include <QSocketNotifier>

#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace arbiter {

namespace {

QHostAddress peerOf(int fd)
{
    sockaddr_storage address {};
    socklen_t length = sizeof address;
    if (::getpeername(fd, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return {};
    return QHostAddress(reinterpret_cast<const sockaddr *>(&address));
}

} // namespace

FdStream::FdStream(qintptr fd, QObject *parent)
    : ByteStream(parent)
    , m_fd(int(fd))
    , m_peer(peerOf(m_fd))
{
    ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
    // No Nagle: an answer must not wait for the ACK of the previous one (a delayed ACK, ~4 ms).
    const int one = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    m_readNotifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &ByteStream::readyRead);
    m_writeNotifier = new QSocketNotifier(fd, QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &FdStream::onWritable);
}

FdStream::~FdStream()
{
    abort();
}

qint64 FdStream::read(char *data, qint64 max)
{
    if (m_fd < 0 || m_failed)
        return -1;
    for (;;) {
        const ssize_t got = ::recv(m_fd, data, size_t(max), 0);
        if (got > 0)
            return got;
        if (got == 0)
            return -1; // orderly end of stream
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return 0;
        return -1;
    }
}

qint64 FdStream::sendNow(const char *data, qint64 size)
{
    qint64 sent = 0;
    while (sent < size) {
        const ssize_t n = ::send(m_fd, data + sent, size_t(size - sent), MSG_NOSIGNAL);
        if (n > 0)
            sent += n;
        else if (n < 0 && errno == EINTR)
            continue;
        else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break; // the kernel's buffer is full
        else
            return -1;
    }
    return sent;
}

void FdStream::write(const char *data, qint64 size)
{
    if (m_fd < 0 || m_failed || size <= 0)
        return;
    qint64 sent = 0;
    if (bytesToWrite() == 0) {
        sent = sendNow(data, size);
        if (sent < 0)
            return fail();
        if (sent == size)
            return;
        m_pending.resize(0);
        m_pendingPos = 0;
    }
    m_pending.append(data + sent, size - sent);
    m_writeNotifier->setEnabled(true);
}

void FdStream::onWritable()
{
    const qint64 sent = sendNow(m_pending.constData() + m_pendingPos, bytesToWrite());
    if (sent < 0) {
        m_writeNotifier->setEnabled(false);
        return fail();
    }
    m_pendingPos += sent;
    if (bytesToWrite() > 0)
        return; // still full: the notifier stays armed
    m_writeNotifier->setEnabled(false);
    m_pending.resize(0);
    m_pendingPos = 0;
    if (m_closeWriteWhenDrained) {
        m_closeWriteWhenDrained = false;
        ::shutdown(m_fd, SHUT_WR);
    }
}

void FdStream::setReading(bool on)
{
    if (m_readNotifier && !m_failed)
        m_readNotifier->setEnabled(on);
}

void FdStream::closeWrite()
{
    if (m_fd < 0)
        return;
    if (bytesToWrite() > 0)
        m_closeWriteWhenDrained = true;
    else
        ::shutdown(m_fd, SHUT_WR);
}

void FdStream::abort()
{
    if (m_fd < 0)
        return;
    delete m_readNotifier;
    m_readNotifier = nullptr;
    delete m_writeNotifier;
    m_writeNotifier = nullptr;
    ::close(m_fd);
    m_fd = -1;
    m_pending.clear();
    m_pendingPos = 0;
}

void FdStream::fail()
{
    if (m_failed)
        return;
    m_failed = true;
    if (m_readNotifier)
        m_readNotifier->setEnabled(false);
    // Not from inside write(): the connection may be half-way through a batch of answers.
    QMetaObject::invokeMethod(this, &ByteStream::disconnected, Qt::QueuedConnection);
}

} // namespace arbiter
