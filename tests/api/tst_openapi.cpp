// The OpenAPI document served at /openapi.json lists exactly the routes the server serves.

#include "api/router.h"
#include "support/testserver.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace arbiter;
using arbiter::test::TestServer;

class TestOpenApi final : public QObject {
    Q_OBJECT

private slots:
    void documentAndRouteTableAgree()
    {
        TestServer server;
        QVERIFY(server.start());
        const auto r = server.request("GET", QStringLiteral("/openapi.json"), {}, {});
        QCOMPARE(r.status, 200);
        const QJsonObject doc = r.json();
        QCOMPARE(doc.value(QStringLiteral("openapi")).toString(), QStringLiteral("3.1.0"));

        QSet<QString> documented;
        QSet<QString> operationIds;
        const QJsonObject paths = doc.value(QStringLiteral("paths")).toObject();
        for (auto path = paths.begin(); path != paths.end(); ++path) {
            const QJsonObject item = path.value().toObject();
            for (auto op = item.begin(); op != item.end(); ++op) {
                if (op.key() == QLatin1String("parameters"))
                    continue;
                documented.insert(op.key().toUpper() + QLatin1Char(' ') + path.key());
                const QJsonObject operation = op.value().toObject();
                const QString id = operation.value(QStringLiteral("operationId")).toString();
                QVERIFY2(!id.isEmpty(), qPrintable(path.key()));
                QVERIFY2(!operationIds.contains(id), qPrintable(id));
                operationIds.insert(id);
                QVERIFY2(!operation.value(QStringLiteral("responses")).toObject().isEmpty(), qPrintable(id));
            }
        }

        QSet<QString> served;
        for (const RouteInfo &route : server.engine().routes())
            served.insert(QString::fromLatin1(route.method) + QLatin1Char(' ') + route.pattern);

        const QSet<QString> undocumented = served - documented;
        const QSet<QString> notServed = documented - served;
        QVERIFY2(undocumented.isEmpty(), qPrintable(QStringList(undocumented.values()).join(QStringLiteral(", "))));
        QVERIFY2(notServed.isEmpty(), qPrintable(QStringList(notServed.values()).join(QStringLiteral(", "))));
        QVERIFY(served.size() >= 14);
    }
};

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
