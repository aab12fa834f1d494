#include "pages/overviewpage.h"

#include "consolecontext.h"

#include <QLabel>
#include <QVBoxLayout>

namespace arbiter::ui {

OverviewPage::OverviewPage(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("overviewPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Overview")));
}

} // namespace arbiter::ui
