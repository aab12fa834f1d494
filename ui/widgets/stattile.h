#pragma once

// StatTile: one number with a caption on the Overview; clicking it, or Enter / Space while it
// has focus, emits activated() so the page can open the filtered list behind the number.

#include <QFrame>

class QLabel;

namespace arbiter::ui {

class StatTile final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatTile)
public:
    explicit StatTile(const QString &caption, QWidget *parent = nullptr);

    void setValue(const QString &value);
    QString value() const;
    QString caption() const;

signals:
    void activated();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void restyle();

    QLabel *m_caption;
    QLabel *m_value;
};

} // namespace arbiter::ui
