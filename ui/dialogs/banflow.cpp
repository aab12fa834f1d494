#include "dialogs/banflow.h"

#include "coreinvoker.h"
#include "dialogs/bandialog.h"
#include "dialogs/confirmation.h"
#include "dialogs/liftbandialog.h"
#include "displayformat.h"
#include "enforcement/banservice.h"
#include "moderator.h"

#include <QCoreApplication>
#include <QPointer>

namespace arbiter::ui {

namespace {

// The flows' strings are translated in the context "BanFlow".
class BanFlow {
    Q_DECLARE_TR_FUNCTIONS(BanFlow)
};

QString subjectOf(const Ban &ban)
{
    QStringList parts;
    if (!ban.playerId.isEmpty())
        parts << BanFlow::tr("player %1").arg(ban.playerId);
    if (!ban.deviceId.isEmpty())
        parts << BanFlow::tr("device %1").arg(ban.deviceId);
    if (!ban.ip.isEmpty())
        parts << BanFlow::tr("IP %1").arg(ban.ip);
    return parts.join(QStringLiteral(", "));
}

} // namespace

void startNewBan(QWidget *parent, CoreInvoker &invoker, const QString &gameId, const QString &playerId,
    std::function<void(const Ban &)> banned)
{
    using Games = QList<QPair<QString, QString>>;
    QPointer<QWidget> owner(parent);
    invoker.read(
        parent,
        [](Engine &engine) {
            Games games;
            for (const Game &game : engine.games()->games())
                games.append({game.id, game.settings.name});
            return games;
        },
        std::function<void(Games)>([owner, &invoker, gameId, playerId, banned](const Games &games) {
            if (!owner)
                return;
            auto *dialog = new BanDialog(games, owner->window());
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->prefill(gameId, playerId);
            QObject::connect(dialog, &BanDialog::submitted, dialog, [dialog, &invoker, banned] {
                const BanDraft draft = dialog->draft();
                const Actor actor = consoleActor();
                const QString text = draft.expiresAtMs
                    ? BanFlow::tr("Ban %1 until %2? Their sessions end at once and logins are refused until then.")
                          .arg(dialog->subjectText(), localTime(*draft.expiresAtMs))
                    : BanFlow::tr("Ban %1? Their sessions end at once and logins are refused until the ban is lifted.")
                          .arg(dialog->subjectText());
                askToConfirm(
                    dialog, BanFlow::tr("Ban"), text, BanFlow::tr("&Ban"), [dialog, &invoker, draft, actor, banned] {
                        dialog->setBusy(true);
                        invoker.call<Ban>(
                            dialog,
                            [draft, actor](Engine &engine, Callback<Ban> reply) {
                                engine.bans()->execute(draft, actor, {}, std::move(reply));
                            },
                            [dialog, banned](Result<Ban> result) {
                                dialog->setBusy(false);
                                if (!result)
                                    return dialog->showError(result.error());
                                const Ban ban = result.value();
                                dialog->accept();
                                if (banned)
                                    banned(ban);
                            });
                    });
            });
            dialog->open();
        }));
}

void startLiftBan(QWidget *parent, CoreInvoker &invoker, const Ban &ban, std::function<void(const Ban &)> lifted)
{
    auto *dialog = new LiftBanDialog(subjectOf(ban), !ban.playerId.isEmpty(), parent->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString banId = ban.id;
    QObject::connect(dialog, &LiftBanDialog::submitted, dialog, [dialog, &invoker, banId, lifted] {
        dialog->setBusy(true);
        const Actor actor = consoleActor();
        invoker.call<Ban>(
            dialog,
            [banId, note = dialog->note(), restore = dialog->restoreScores(), actor](Engine &engine,
                Callback<Ban> reply) { engine.bans()->lift(banId, note, restore, actor, std::move(reply)); },
            [dialog, lifted](Result<Ban> result) {
                dialog->setBusy(false);
                if (!result)
                    return dialog->showError(result.error());
                const Ban ban = result.value();
                dialog->accept();
                if (lifted)
                    lifted(ban);
            });
    });
    dialog->open();
}

} // namespace arbiter::ui
