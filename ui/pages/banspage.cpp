#include "pages/banspage.h"

#include "consolecontext.h"

#include <QLabel>
#include <QVBoxLayout>

namespace arbiter::ui {

BansPage::BansPage(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("bansPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Bans")));
}

} // namespace arbiter::ui
