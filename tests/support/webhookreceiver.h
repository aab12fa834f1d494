#pragma once

// WebhookReceiver: a real local HTTP server standing in for Discord in tests. It records every
// POST body and answers 204 (or a status the test sets).

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

namespace arbiter::test {

class WebhookReceiver final : public QObject {
    Q_OBJECT
public:
    bool listen(quint16 port = 0)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &WebhookReceiver::accept, Qt::UniqueConnection);
        return m_server.listen(QHostAddress::LocalHost, port);
    }
    void close() { m_server.close(); }
    quint16 port() const { return m_server.serverPort(); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/hook").arg(m_server.serverPort()); }
    void setStatus(int status) { m_status = status; }

    QList<QJsonObject> messages;

signals:
    void received();

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                *buffer += socket->readAll();
                for (;;) {
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    qsizetype length = 0;
                    for (const QByteArray &line : buffer->left(end).split('\n'))
                        if (line.toLower().startsWith("content-length:"))
                            length = line.mid(15).trimmed().toLongLong();
                    if (buffer->size() < end + 4 + length)
                        return;
                    messages.append(QJsonDocument::fromJson(buffer->mid(end + 4, length)).object());
                    buffer->remove(0, end + 4 + length);
                    socket->write(QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(m_status)
                                  + " X\r\nContent-Length: 0\r\n\r\n");
                    emit received();
                }
            });
        }
    }

    QTcpServer m_server;
    int m_status = 204;
};

} // namespace arbiter::test
