#pragma once

// RefreshGate: how a live page re-reads what it shows. Requests are coalesced behind a short timer (a burst
// of events is one read); a hidden page reads nothing and catches up when it is shown again; one read is in
// flight at a time, and a request made meanwhile is remembered for when its answer is back.

#include <QObject>
#include <QTimer>

#include <functional>

class QWidget;

namespace arbiter::ui {

class RefreshGate final : public QObject {
    Q_OBJECT
public:
    // `read` starts one read; its answer must call finish(). The page starts out stale (read on first show).
    RefreshGate(QWidget *page, int intervalMs, std::function<void()> read);

    void schedule(); // soon (coalesced); when hidden, on the next show
    void now(); // at once, or as soon as the read in flight is back
    // The read's answer arrived. True when another read was asked for meanwhile: the caller schedules it
    // (after applying, or instead of applying, the answer it got).
    [[nodiscard]] bool finish();
    void setInterval(int ms) { m_timer.setInterval(ms); }
    bool busy() const { return m_inFlight || m_again || m_timer.isActive(); } // a read is running or due

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_page;
    QTimer m_timer;
    std::function<void()> m_read;
    bool m_inFlight = false;
    bool m_again = false;
    bool m_stale = true;
};

} // namespace arbiter::ui
