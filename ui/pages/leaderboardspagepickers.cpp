// LeaderboardsPage, continued: the game → board → period pickers, filled from the core thread.

#include "pages/leaderboardspage.h"

#include "consolecontext.h"
#include "coreinvoker.h"
#include "models/leaderboardmodel.h"
#include "models/leaderboardreader.h"
#include "scores/boardservice.h"

#include <QComboBox>
#include <QSignalBlocker>
#include <QTableView>

namespace arbiter::ui {

QString LeaderboardsPage::currentGameId() const
{
    return m_game->currentData().toString();
}

QString LeaderboardsPage::currentBoardId() const
{
    return m_board->currentData().toString();
}

QString LeaderboardsPage::currentPeriod() const
{
    return m_period->currentData().toString();
}

QString LeaderboardsPage::selectedPlayerId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const LeaderboardRow *row = rows.isEmpty() ? nullptr : m_model->row(rows.first().row());
    return row ? row->playerId : QString();
}

void LeaderboardsPage::selectGame(const QString &gameId)
{
    const int index = m_game->findData(gameId);
    if (index >= 0)
        m_game->setCurrentIndex(index);
}

void LeaderboardsPage::selectBoard(const QString &boardId)
{
    const int index = m_board->findData(boardId);
    if (index >= 0)
        m_board->setCurrentIndex(index);
}

void LeaderboardsPage::loadGames()
{
    m_context.invoker.read(
        this,
        [](Engine &engine) {
            QList<std::pair<QString, QString>> games;
            for (const Game &g : engine.games()->games())
                games.append({g.id, g.settings.name});
            return games;
        },
        std::function<void(QList<std::pair<QString, QString>>)>(
            [this](const QList<std::pair<QString, QString>> &games) {
                const QString keep = currentGameId();
                {
                    const QSignalBlocker block(m_game);
                    m_game->clear();
                    for (const auto &[id, name] : games)
                        m_game->addItem(name, id);
                    const int index = m_game->findData(keep);
                    m_game->setCurrentIndex(index >= 0 ? index : (games.isEmpty() ? -1 : 0));
                }
                if (games.isEmpty()) {
                    m_board->clear();
                    return showEmpty(tr("No games yet"), tr("Create one on the Games page, then add a board to it."));
                }
                if (currentGameId() != keep || m_boards.isEmpty())
                    loadBoards();
            }));
}

void LeaderboardsPage::loadBoards()
{
    const QString gameId = currentGameId();
    if (gameId.isEmpty())
        return;
    m_context.invoker.read(
        this, [gameId](Engine &engine) { return engine.boards()->boards(gameId); },
        std::function<void(QList<Board>)>([this, gameId](const QList<Board> &boards) {
            if (gameId != currentGameId())
                return;
            m_boards = boards;
            const QString keep = currentBoardId();
            {
                const QSignalBlocker block(m_board);
                m_board->clear();
                for (const Board &b : boards)
                    m_board->addItem(b.tournamentId.isEmpty() ? b.name : tr("%1 (tournament)").arg(b.name), b.id);
                const int index = m_board->findData(keep);
                m_board->setCurrentIndex(index >= 0 ? index : (boards.isEmpty() ? -1 : 0));
            }
            if (boards.isEmpty()) {
                m_period->clear();
                m_model->clear();
                return showEmpty(tr("No boards yet"), tr("No boards yet — create one on the Games page."));
            }
            if (currentBoardId() != keep) {
                const QSignalBlocker block(m_period);
                m_period->clear();
                startOver();
            } else {
                refresh();
            }
        }));
}

void LeaderboardsPage::fillPeriods(const LeaderboardSnapshot &snapshot)
{
    QList<std::pair<QString, QString>> items; // (data, label)
    if (snapshot.currentPeriod == QLatin1String("all")) {
        items.append({QString(), tr("All time")});
    } else {
        items.append({QString(), tr("Current — %1").arg(snapshot.currentPeriod)});
        for (auto it = snapshot.periods.crbegin(); it != snapshot.periods.crend(); ++it)
            if (*it != QLatin1String("all") && *it != snapshot.currentPeriod)
                items.append({*it, *it});
        items.append({QStringLiteral("all"), tr("All time")});
    }
    bool same = items.size() == m_period->count();
    for (int i = 0; same && i < items.size(); ++i)
        same = m_period->itemData(i).toString() == items[i].first && m_period->itemText(i) == items[i].second;
    if (same)
        return;
    const QString keep = currentPeriod();
    const QSignalBlocker block(m_period);
    m_period->clear();
    for (const auto &[data, text] : items)
        m_period->addItem(text, data);
    const int index = m_period->findData(keep);
    m_period->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace arbiter::ui
