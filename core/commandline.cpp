#include "commandline.h"

#include <QLoggingCategory>

namespace arbiter {

Q_LOGGING_CATEGORY(lcCommandLine, "arbiter.commandline")

Result<ListenAddress> parseListenAddress(const QString &text)
{
    const auto bad = [&text] {
        return Error::make(400, QStringLiteral("invalid_query"),
                           QStringLiteral("'%1' is not HOST:PORT (e.g. 127.0.0.1:8787 or [::1]:8787)").arg(text));
    };
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return bad();
    QString host = text.left(colon);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return bad();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    QHostAddress address;
    if (host == QLatin1String("localhost"))
        address = QHostAddress::LocalHost;
    else if (!address.setAddress(host))
        return bad();
    return ListenAddress{address, quint16(port)};
}

void addEngineOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("listen"), QStringLiteral("Listen on HOST:PORT (default 127.0.0.1:8787; port 0 picks a free one)."),
                      QStringLiteral("HOST:PORT")});
    parser.addOption({QStringLiteral("data-dir"), QStringLiteral("Folder of the SQLite database and the admin token."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("tls-cert"), QStringLiteral("Serve HTTPS with this PEM certificate (needs --tls-key)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("tls-key"), QStringLiteral("The PEM private key of --tls-cert."), QStringLiteral("FILE")});
}

Result<EngineConfig> engineConfigFromParser(const QCommandLineParser &parser)
{
    EngineConfig config;
    config.dataDir = parser.isSet(QStringLiteral("data-dir")) ? parser.value(QStringLiteral("data-dir"))
                                                              : EngineConfig::defaultDataDir();
    if (parser.isSet(QStringLiteral("listen"))) {
        Result<ListenAddress> listen = parseListenAddress(parser.value(QStringLiteral("listen")));
        if (!listen)
            return listen.error();
        config.listenAddress = listen->address;
        config.port = listen->port;
        if (!config.listenAddress.isLoopback())
            qCWarning(lcCommandLine).noquote()
                << "listening on" << config.listenAddress.toString()
                << "- a non-loopback address: game clients beyond this machine can reach Arbiter; use --tls-cert/--tls-key";
    }
    config.tlsCertFile = parser.value(QStringLiteral("tls-cert"));
    config.tlsKeyFile = parser.value(QStringLiteral("tls-key"));
    if (config.tlsCertFile.isEmpty() != config.tlsKeyFile.isEmpty())
        return Error::make(400, QStringLiteral("invalid_query"), QStringLiteral("--tls-cert and --tls-key go together"));
    return config;
}

} // namespace arbiter
