#include "widgets/gamefilterbox.h"

#include "consolecontext.h"
#include "coreinvoker.h"
#include "liveevents.h"

#include <QSignalBlocker>

namespace arbiter::ui {

GameFilterBox::GameFilterBox(ConsoleContext &context, QWidget *parent)
    : QComboBox(parent)
    , m_context(context)
{
    setAccessibleName(tr("Game"));
    setToolTip(tr("Show one game or all games"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addItem(tr("All games"), QString());
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        m_wanted = currentGameId();
        emit gameChosen(m_wanted);
    });
    connect(&m_context.live, &LiveEvents::gameChanged, this, &GameFilterBox::reload);
    reload();
}

QString GameFilterBox::currentGameId() const
{
    return currentData().toString();
}

void GameFilterBox::setCurrentGameId(const QString &gameId)
{
    m_wanted = gameId;
    const int index = findData(gameId);
    if (index >= 0)
        setCurrentIndex(index); // emits gameChosen when it changes
}

void GameFilterBox::reload()
{
    using Games = QList<QPair<QString, QString>>;
    m_context.invoker.read(
        this,
        [](Engine &engine) {
            Games games;
            for (const Game &game : engine.games()->games())
                games.append({game.id, game.settings.name});
            return games;
        },
        std::function<void(Games)>([this](Games games) {
            const QString wanted = m_wanted;
            {
                const QSignalBlocker blocker(this);
                clear();
                addItem(tr("All games"), QString());
                for (const auto &[id, name] : games)
                    addItem(name, id);
                setCurrentIndex(std::max(0, findData(wanted)));
            }
            if (currentGameId() != wanted) { // the chosen game is gone
                m_wanted = currentGameId();
                emit gameChosen(m_wanted);
            }
            emit gamesLoaded();
        }));
}

} // namespace arbiter::ui
