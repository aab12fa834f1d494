#include "pages/playerspage.h"

#include "consolecontext.h"

#include <QLabel>
#include <QVBoxLayout>

namespace arbiter::ui {

PlayersPage::PlayersPage(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("playersPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Players")));
}

} // namespace arbiter::ui
