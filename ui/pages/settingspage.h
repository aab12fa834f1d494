#pragma once

// SettingsPage: the moderator's name (audited: every console action is recorded under it), the
// language and the theme. A language or theme change asks the shell to rebuild the window.

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace arbiter::ui {

struct ConsoleContext;

class SettingsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)
public:
    explicit SettingsPage(ConsoleContext &context, QWidget *parent = nullptr);

    void saveModeratorName();

signals:
    void appearanceChanged(); // language or theme: the window is rebuilt in it
    void moderatorNameSaved(const QString &name);

private:
    void languagePicked(int index);
    void themePicked(int index);

    ConsoleContext &m_context;
    QLineEdit *m_name;
    QPushButton *m_saveName;
    QLabel *m_nameStatus;
    QComboBox *m_language;
    QComboBox *m_theme;
};

} // namespace arbiter::ui
