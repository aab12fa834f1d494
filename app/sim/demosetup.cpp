#include "demosetup.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>

namespace arbiter::sim {

namespace {

class Admin final {
public:
    Admin(SimClient &client, const QString &token) : m_client(client), m_token("Bearer " + token.toUtf8()) {}

    SimReply post(const QString &path, const QString &route, const QJsonObject &body, QString &error)
    {
        SimRequest request{"POST", path, route, QJsonDocument(body).toJson(QJsonDocument::Compact),
                           {{"Authorization", m_token}}};
        SimReply reply = m_client.call(request);
        if ((reply.status != 200 && reply.status != 201) && error.isEmpty())
            error = QStringLiteral("%1 answered %2 %3").arg(path).arg(reply.status).arg(QString::fromUtf8(reply.body.left(300)));
        return reply;
    }

private:
    SimClient &m_client;
    QByteArray m_token;
};

QString isoUtc(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }

} // namespace

QString DemoSetup::run(SimClient &client, const SetupOptions &options, DemoGame &game)
{
    Admin admin(client, options.adminToken);
    QString error;
    QJsonObject create{{QStringLiteral("name"), options.gameName}, {QStringLiteral("antiCheat"), true},
                       {QStringLiteral("autoBan"), true}, {QStringLiteral("trustProxy"), true}};
    if (!options.webhookUrl.isEmpty())
        create.insert(QStringLiteral("webhookUrl"), options.webhookUrl);
    game.gameId = admin.post(QStringLiteral("/admin/v1/games"), QStringLiteral("POST /admin/v1/games"), create, error)
                      .json().value(QStringLiteral("id")).toString();
    if (!error.isEmpty())
        return error;
    const QString base = QStringLiteral("/admin/v1/games/") + game.gameId;
    game.secret = admin.post(base + QStringLiteral("/secret"), QStringLiteral("POST /admin/v1/games/{id}/secret"), {}, error)
                      .json().value(QStringLiteral("secret")).toString();
    const QJsonObject key = admin.post(base + QStringLiteral("/encryption-keys"),
                                       QStringLiteral("POST /admin/v1/games/{id}/encryption-keys"), {}, error).json();
    game.keyId = key.value(QStringLiteral("keyId")).toString();
    game.key = QByteArray::fromBase64(key.value(QStringLiteral("key")).toString().toLatin1());
    game.buildSha256 = QString::fromLatin1(
        QCryptographicHash::hash("arbiter-sim demo client 1.0", QCryptographicHash::Sha256).toHex());
    admin.post(base + QStringLiteral("/builds"), QStringLiteral("POST /admin/v1/games/{id}/builds"),
               {{QStringLiteral("sha256"), game.buildSha256}, {QStringLiteral("label"), QStringLiteral("demo client 1.0")}}, error);
    game.arcadeBoardId = admin.post(base + QStringLiteral("/boards"), QStringLiteral("POST /admin/v1/games/{id}/boards"),
                                    {{QStringLiteral("name"), QStringLiteral("Arcade high score")},
                                     {QStringLiteral("sortOrder"), QStringLiteral("desc")},
                                     {QStringLiteral("operator"), QStringLiteral("best")},
                                     {QStringLiteral("reset"), QStringLiteral("never")},
                                     {QStringLiteral("maxPlausible"), kArcadeMaxPlausible}}, error)
                             .json().value(QStringLiteral("id")).toString();
    game.sprintBoardId = admin.post(base + QStringLiteral("/boards"), QStringLiteral("POST /admin/v1/games/{id}/boards"),
                                    {{QStringLiteral("name"), QStringLiteral("Daily sprint (seconds)")},
                                     {QStringLiteral("sortOrder"), QStringLiteral("asc")},
                                     {QStringLiteral("operator"), QStringLiteral("best")},
                                     {QStringLiteral("reset"), QStringLiteral("daily")},
                                     {QStringLiteral("maxPlausible"), kSprintBestPlausible}}, error)
                             .json().value(QStringLiteral("id")).toString();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    game.tournamentId = admin.post(base + QStringLiteral("/tournaments"), QStringLiteral("POST /admin/v1/games/{id}/tournaments"),
                                   {{QStringLiteral("name"), QStringLiteral("Weekend cup")},
                                    {QStringLiteral("startsAt"), isoUtc(now.addSecs(-60))},
                                    {QStringLiteral("endsAt"), isoUtc(now.addSecs(options.tournamentSeconds))},
                                    {QStringLiteral("maxAttempts"), 1000},
                                    {QStringLiteral("requireServerConfirmation"), true}}, error)
                            .json().value(QStringLiteral("_id")).toString();
    return error;
}

} // namespace arbiter::sim
