#pragma once

// ScreenshotTour (`arbiter --screenshots DIR`): once the console has had time to fill, it shows
// every page in turn at a fixed size, saves each as DIR/<page>.png, then the main pages again in
// the dark theme as DIR/<page>-dark.png, and quits. tools/screenshots runs it under Xvfb.

#include <QObject>
#include <QString>
#include <QStringList>

namespace arbiter::ui {
class ConsoleShell;
}

namespace arbiter {

class ScreenshotTour final : public QObject {
    Q_OBJECT
public:
    ScreenshotTour(ui::ConsoleShell &shell, QString directory, int warmUpMs, QObject *parent = nullptr);
    void start();

signals:
    void finished(bool ok);

private:
    struct Shot {
        int page;
        QString name;
        bool dark;
    };
    void next();
    void capture(const Shot &shot);

    ui::ConsoleShell &m_shell;
    QString m_directory;
    int m_warmUpMs;
    QList<Shot> m_shots;
    bool m_ok = true;
};

} // namespace arbiter
