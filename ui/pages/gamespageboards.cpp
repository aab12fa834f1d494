// GamesPage, continued: the game's boards and tournaments, and the test webhook.

#include "pages/gamespage.h"

#include "coreinvoker.h"
#include "dialogs/boarddialog.h"
#include "dialogs/tournamentdialog.h"
#include "displayformat.h"
#include "games/webhooktest.h"
#include "models/boardsmodel.h"
#include "models/gamesmodel.h"
#include "moderator.h"
#include "outbox/webhookoutbox.h"
#include "scores/boardservice.h"
#include "storage/writer.h"
#include "tournaments/tournamentservice.h"
#include "widgets/gamedetails.h"

#include <QPointer>

namespace arbiter::ui {

namespace {

struct GameBoards {
    QList<Board> boards;
    QList<Tournament> tournaments;
};

QString deliveryText(const WebhookDelivery &d)
{
    const QString detail = d.lastHttpStatus ? GamesPage::tr("HTTP %1").arg(*d.lastHttpStatus) : d.lastError;
    if (d.state == WebhookOutbox::stateDelivered())
        return GamesPage::tr("Test message delivered (%1) at %2.").arg(detail, localTime(d.deliveredAtMs.value_or(0)));
    if (d.state == WebhookOutbox::stateFailed())
        return GamesPage::tr("Test message failed after %n attempt(s): %1", nullptr, d.attempts).arg(detail);
    if (d.attempts == 0)
        return GamesPage::tr("Test message queued; sending…");
    return GamesPage::tr("Test message not delivered yet (attempt %1: %2); retrying at %3.")
        .arg(d.attempts)
        .arg(detail, localTime(d.nextAttemptAtMs));
}

// Opens `dialog`; each submitted draft goes to `work(engine, draft, actor, reply)` on the core
// thread. An error is shown in the dialog, which stays open; success runs `done` and closes it.
template <class T, class Dialog, class Draft, class Work>
void submitThrough(CoreInvoker &invoker, QObject *receiver, Dialog *dialog, Work work, std::function<void(const T &)> done)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<Dialog> guard(dialog);
    QObject::connect(dialog, &Dialog::submitted, receiver, [&invoker, receiver, guard, work, done](const Draft &draft) {
        invoker.call<T>(
            receiver,
            [work, draft, actor = consoleActor()](Engine &engine, Callback<T> reply) {
                work(engine, draft, actor, std::move(reply));
            },
            [guard, done](Result<T> result) {
                if (!result) {
                    if (guard)
                        guard->showError(result.error());
                    return;
                }
                done(result.value());
                if (guard)
                    guard->accept();
            });
    });
    dialog->open();
}

} // namespace

void GamesPage::reloadBoards()
{
    const QString gameId = m_currentId;
    if (gameId.isEmpty())
        return;
    m_invoker.read(
        this,
        [gameId](Engine &engine) {
            return GameBoards{engine.boards()->boards(gameId), engine.tournaments()->list(gameId)};
        },
        std::function<void(GameBoards)>([this, gameId](const GameBoards &loaded) {
            if (gameId != m_currentId)
                return;
            m_boardsGameId = gameId;
            m_details->setBoards(loaded.boards);
            m_details->setTournaments(loaded.tournaments);
            emit boardsLoaded();
        }));
}

void GamesPage::createBoard()
{
    const Game *game = m_model->game(m_model->rowOf(m_currentId));
    if (!game)
        return;
    const QString gameId = game->id;
    submitThrough<Board, BoardDialog, BoardDraft>(
        m_invoker, this, new BoardDialog(Board{}, game->settings.name, this),
        [gameId](Engine &engine, const BoardDraft &draft, const Actor &actor, Callback<Board> reply) {
            engine.boards()->create(gameId, draft, actor, std::move(reply));
        },
        [this](const Board &board) {
            reloadBoards();
            m_details->selectBoard(board.id);
        });
}

void GamesPage::editBoard()
{
    const Board *board = m_details->boardsModel()->board(m_details->boardsModel()->rowOf(m_details->selectedBoardId()));
    if (!board)
        return;
    const QString boardId = board->id;
    const Game *game = m_model->game(m_model->rowOf(m_currentId));
    submitThrough<Board, BoardDialog, BoardDraft>(
        m_invoker, this, new BoardDialog(*board, game ? game->settings.name : QString(), this),
        [boardId](Engine &engine, const BoardDraft &draft, const Actor &actor, Callback<Board> reply) {
            engine.boards()->update(boardId, draft, actor, std::move(reply));
        },
        [this](const Board &) { reloadBoards(); });
}

void GamesPage::createTournament()
{
    const Game *game = m_model->game(m_model->rowOf(m_currentId));
    if (!game)
        return;
    const QString gameId = game->id;
    submitThrough<Tournament, TournamentDialog, TournamentDraft>(
        m_invoker, this, new TournamentDialog(game->settings.name, QDateTime::currentMSecsSinceEpoch(), this),
        [gameId](Engine &engine, const TournamentDraft &draft, const Actor &actor, Callback<Tournament> reply) {
            engine.tournaments()->create(gameId, draft, actor, std::move(reply));
        },
        [this](const Tournament &) { reloadBoards(); });
}

void GamesPage::sendTestWebhook()
{
    const QString gameId = m_currentId;
    if (gameId.isEmpty())
        return;
    const Actor actor = consoleActor();
    m_details->setWebhookState(tr("Queueing a test message…"));
    // The same path as POST /admin/v1/games/{gameId}/webhook-test: an outbox row, its audit entry, a wake-up.
    m_invoker.call<qint64>(
        this,
        [gameId, actor](Engine &engine, Callback<qint64> reply) {
            queueTestWebhook(*engine.writer(), *engine.games(), engine.clock(), engine.deliverer(), gameId, actor,
                engine.games(), std::move(reply));
        },
        [this, gameId](Result<qint64> result) {
            if (!result) {
                m_details->setWebhookState(tr("No test message sent: %1").arg(describe(result.error())));
                emit webhookStateShown(QStringLiteral("refused"));
                return;
            }
            m_testGameId = gameId;
            m_testDeliveryId = result.value();
            readTestDelivery();
        });
}

void GamesPage::readTestDelivery()
{
    const QString gameId = m_testGameId;
    const qint64 id = m_testDeliveryId;
    m_invoker.call<WebhookDelivery>(
        this,
        [gameId, id](Engine &engine, Callback<WebhookDelivery> reply) {
            engine.writer()->run<WebhookDelivery>(
                [gameId, id](QSqlDatabase &db) -> Result<WebhookDelivery> {
                    Result<QList<WebhookDelivery>> list = WebhookOutbox::list(db, gameId, 50);
                    if (!list)
                        return list.error();
                    for (const WebhookDelivery &d : list.value())
                        if (d.id == id)
                            return d;
                    return Error::notFound(QStringLiteral("no such delivery"));
                },
                engine.games(), std::move(reply));
        },
        [this, id](Result<WebhookDelivery> result) {
            if (id != m_testDeliveryId)
                return;
            if (!result)
                return m_details->setWebhookState(describe(result.error()));
            if (m_testGameId == m_currentId)
                m_details->setWebhookState(deliveryText(result.value()));
            emit webhookStateShown(result->state);
        });
}

} // namespace arbiter::ui
