#include "pages/watchlistpage.h"

#include "consolecontext.h"

#include <QLabel>
#include <QVBoxLayout>

namespace arbiter::ui {

WatchlistPage::WatchlistPage(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("watchlistPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Watchlist")));
}

} // namespace arbiter::ui
