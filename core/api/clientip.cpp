#include "api/clientip.h"

namespace arbiter {

QString clientIp(const HttpRequest &request, bool trustProxy)
{
    if (trustProxy && request.peer.isLoopback()) {
        const QByteArray forwarded = request.header("x-forwarded-for");
        const qsizetype comma = forwarded.indexOf(',');
        const QByteArray first = (comma < 0 ? forwarded : forwarded.left(comma)).trimmed(); // the client, first
        QHostAddress address;
        if (!first.isEmpty() && address.setAddress(QString::fromLatin1(first)))
            return address.toString();
    }
    QHostAddress peer = request.peer;
    bool mapped = false;
    const quint32 v4 = peer.toIPv4Address(&mapped);
    if (mapped)
        peer = QHostAddress(v4); // ::ffff:1.2.3.4 and 1.2.3.4 are the same client
    return peer.toString();
}

} // namespace arbiter
