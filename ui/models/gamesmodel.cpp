#include "models/gamesmodel.h"


namespace arbiter::ui {

namespace {

// Key bytes have no business on the UI thread; the console never shows them after creation.
Game withoutKeyBytes(Game game)
{
    for (EncryptionKey &key : game.keys)
        key.key.clear();
    return game;
}

} // namespace

GamesModel::GamesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void GamesModel::setGames(const QList<Game> &incoming)
{
    QList<Game> games;
    games.reserve(incoming.size());
    for (const Game &game : incoming)
        games.append(withoutKeyBytes(game));

    bool samePrefix = games.size() >= m_games.size();
    for (qsizetype i = 0; samePrefix && i < m_games.size(); ++i)
        samePrefix = m_games[i].id == games[i].id;
    if (!samePrefix) {
        beginResetModel();
        m_games = games;
        endResetModel();
        return;
    }
    const qsizetype old = m_games.size();
    for (qsizetype i = 0; i < old; ++i)
        m_games[i] = games[i];
    if (old > 0)
        emit dataChanged(index(0, 0), index(int(old) - 1, ColumnCount - 1));
    if (games.size() > old) {
        beginInsertRows({}, int(old), int(games.size()) - 1);
        for (qsizetype i = old; i < games.size(); ++i)
            m_games.append(games[i]);
        endInsertRows();
    }
}

const Game *GamesModel::game(int row) const
{
    return row >= 0 && row < m_games.size() ? &m_games[row] : nullptr;
}

int GamesModel::rowOf(const QString &gameId) const
{
    for (qsizetype i = 0; i < m_games.size(); ++i)
        if (m_games[i].id == gameId)
            return int(i);
    return -1;
}

int GamesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_games.size());
}

int GamesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GamesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Game &game = m_games[index.row()];
    if (role == GameIdRole)
        return game.id;
    const auto onOff = [](bool on) { return on ? tr("On") : tr("Off"); };
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return game.settings.name;
        case AntiCheat: return onOff(game.settings.antiCheat);
        case TestMode: return onOff(game.settings.testMode);
        case Secret: return game.secretHash.isEmpty() ? tr("Not set") : tr("Set");
        case Builds: return QString::number(game.builds.size());
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Name)
        return tr("Game id: %1").arg(game.id);
    if (role == Qt::TextAlignmentRole && index.column() == Builds)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant GamesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case AntiCheat: return tr("Anti-cheat");
    case TestMode: return tr("Test mode");
    case Secret: return tr("Secret");
    case Builds: return tr("Builds");
    }
    return {};
}

} // namespace arbiter::ui
