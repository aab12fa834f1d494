#include "pages/leaderboardspage.h"

#include "consolecontext.h"

#include <QLabel>
#include <QVBoxLayout>

namespace arbiter::ui {

LeaderboardsPage::LeaderboardsPage(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("leaderboardsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Leaderboards")));
}

} // namespace arbiter::ui
