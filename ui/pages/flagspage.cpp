#include "pages/flagspage.h"

#include "consolecontext.h"

#include <QLabel>
#include <QVBoxLayout>

namespace arbiter::ui {

FlagsPage::FlagsPage(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("flagsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Flags")));
}

} // namespace arbiter::ui
