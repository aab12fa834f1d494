#include "outbox/webhookurl.h"

#include <QHostAddress>
#include <QUrl>

namespace arbiter {

bool isAllowedWebhookUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (text.isEmpty() || text.size() > 2048 || !url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() != QLatin1String("http"))
        return false;
    if (url.host() == QLatin1String("localhost"))
        return true;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

} // namespace arbiter
