#include "widgets/refreshgate.h"

#include <QEvent>
#include <QWidget>

#include <utility>

namespace arbiter::ui {

RefreshGate::RefreshGate(QWidget *page, int intervalMs, std::function<void()> read)
    : QObject(page)
    , m_page(page)
    , m_read(std::move(read))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &RefreshGate::now);
    page->installEventFilter(this);
}

void RefreshGate::schedule()
{
    if (!m_page->isVisible()) {
        m_stale = true;
        return;
    }
    if (!m_timer.isActive())
        m_timer.start();
}

void RefreshGate::now()
{
    m_timer.stop();
    if (m_inFlight) {
        m_again = true;
        return;
    }
    m_inFlight = true;
    m_stale = false;
    m_read();
}

bool RefreshGate::finish()
{
    m_inFlight = false;
    return std::exchange(m_again, false);
}

bool RefreshGate::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_page && event->type() == QEvent::Show && m_stale)
        schedule();
    return QObject::eventFilter(watched, event);
}

} // namespace arbiter::ui
