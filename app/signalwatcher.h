#pragma once

// SignalWatcher: turns SIGTERM and SIGINT into a Qt signal on the main thread (self-pipe).

#include <QObject>
#include <QSocketNotifier>

class SignalWatcher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)
public:
    explicit SignalWatcher(QObject *parent = nullptr);

signals:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};
