#pragma once

// FieldErrors: a dialog's inline error labels, one per API field name ("name", "scoring.capPerDay"…);
// a service Error is spread over them word for word, and what has no label goes to a general one.

#include "util/result.h"

#include <QHash>
#include <QString>

class QLabel;
class QWidget;

namespace arbiter::ui {

class FieldErrors final {
public:
    explicit FieldErrors(QLabel *general);

    static QLabel *makeLabel(const QString &objectName);
    // A hidden red label for `field`, to put under its input; `input` gets the focus on an error.
    QLabel *add(const QString &field, QWidget *input);
    void clear();
    // Returns the input of the first field shown (to focus), or null.
    QWidget *show(const Error &error);

private:
    struct Slot {
        QLabel *label = nullptr;
        QWidget *input = nullptr;
    };
    QLabel *m_general;
    QHash<QString, Slot> m_slots;
};

} // namespace arbiter::ui
