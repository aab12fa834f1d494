#pragma once

// ServerPage: where the REST listener is, how busy it is, and the credentials a studio's
// scripts need (base URL and admin token, hidden until asked for).

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace arbiter::ui {

class CoreInvoker;
class ServerStatus;

class ServerPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerPage)
public:
    ServerPage(CoreInvoker &invoker, ServerStatus &status, QWidget *parent = nullptr);

private:
    void updateStatus();

    CoreInvoker &m_invoker;
    ServerStatus &m_status;
    QLabel *m_state;
    QLineEdit *m_baseUrl;
    QLineEdit *m_token;
    QPushButton *m_showToken;
    QLabel *m_connections;
    QLabel *m_rate;
    QLabel *m_served;
};

} // namespace arbiter::ui
