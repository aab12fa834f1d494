#pragma once

// ConsoleShell: owns the console's main window. It applies the language and theme before the
// window is built, and when the moderator changes either in Settings it builds a new window in
// the new language on the same page and closes the old one (its state is saved on close).

#include <QObject>

#include <memory>

namespace arbiter::ui {

class CoreInvoker;
class MainWindow;

class ConsoleShell final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleShell)
public:
    explicit ConsoleShell(CoreInvoker &invoker, QObject *parent = nullptr);
    ~ConsoleShell() override;

    MainWindow *window() const { return m_window.get(); }
    void show();
    void close(); // saves the window state like a normal close
    // Builds a new window with the language and theme settings as they are now.
    void rebuild();

signals:
    void windowReplaced(arbiter::ui::MainWindow *window);

private:
    void build();

    CoreInvoker &m_invoker;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace arbiter::ui
