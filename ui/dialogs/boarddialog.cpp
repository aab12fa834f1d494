#include "dialogs/boarddialog.h"

#include "widgets/fielderrors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace arbiter::ui {

namespace {

QComboBox *choices(const QString &name, const QString &accessible, const QList<std::pair<QString, QString>> &items,
    const QString &current)
{
    auto *combo = new QComboBox;
    combo->setObjectName(name);
    combo->setAccessibleName(accessible);
    for (const auto &[value, text] : items)
        combo->addItem(text, value);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
    return combo;
}

QDoubleSpinBox *number(
    const QString &name, const QString &accessible, double min, double max, int decimals, double value)
{
    auto *spin = new QDoubleSpinBox;
    spin->setObjectName(name);
    spin->setAccessibleName(accessible);
    spin->setRange(min, max);
    spin->setDecimals(decimals);
    spin->setValue(value);
    return spin;
}

QWidget *optionalRow(QCheckBox *check, QWidget *value)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(check);
    layout->addWidget(value, 1);
    QObject::connect(check, &QCheckBox::toggled, value, &QWidget::setEnabled);
    value->setEnabled(check->isChecked());
    return row;
}

} // namespace

BoardDialog::BoardDialog(const Board &board, const QString &gameName, QWidget *parent)
    : QDialog(parent)
    , m_board(board)
    , m_name(new QLineEdit(board.name))
    , m_sortOrder(choices(QStringLiteral("sortOrder"), tr("Sort order"),
          {{QStringLiteral("desc"), tr("Higher is better (desc)")},
              {QStringLiteral("asc"), tr("Lower is better (asc)")}},
          board.sortOrder))
    , m_operator(choices(QStringLiteral("operator"), tr("Operator"),
          {{QStringLiteral("best"), tr("Best score (best)")}, {QStringLiteral("latest"), tr("Latest score (latest)")},
              {QStringLiteral("sum"), tr("Sum of scores (sum)")},
              {QStringLiteral("best_n_sum"), tr("Sum of the best N per day (best_n_sum)")}},
          board.op))
    , m_bestN(new QSpinBox)
    , m_reset(choices(QStringLiteral("reset"), tr("Reset schedule"),
          {{QStringLiteral("never"), tr("Never")}, {QStringLiteral("daily"), tr("Daily (00:00 UTC)")},
              {QStringLiteral("weekly"), tr("Weekly (Monday 00:00 UTC)")}, {QStringLiteral("monthly"), tr("Monthly")}},
          board.reset))
    , m_hasMax(new QCheckBox(tr("&Limit:")))
    , m_maxPlausible(number(QStringLiteral("maxPlausible"), tr("Largest plausible score"), -1e15, 1e15, 2,
          board.maxPlausible.value_or(0)))
    , m_formula(choices(QStringLiteral("formula"), tr("Scoring formula"),
          {{QStringLiteral("raw"), tr("Raw score (raw)")},
              {QStringLiteral("log_multiplier"), tr("Log multiplier of win/bet (log_multiplier)")}},
          board.scoring.formula == Scoring::Formula::Raw ? QStringLiteral("raw") : QStringLiteral("log_multiplier")))
    , m_bonus(number(
          QStringLiteral("bonusCoefficient"), tr("Bonus coefficient"), 0, 1000, 3, board.scoring.bonusCoefficient))
    , m_hasCapSubmission(new QCheckBox(tr("C&ap:")))
    , m_capSubmission(number(QStringLiteral("capPerSubmission"), tr("Cap per submission"), 0.001, 1e15, 3,
          board.scoring.capPerSubmission.value_or(1000)))
    , m_hasCapDay(new QCheckBox(tr("Ca&p:")))
    , m_capDay(number(
          QStringLiteral("capPerDay"), tr("Cap per day"), 0.001, 1e15, 3, board.scoring.capPerDay.value_or(10000)))
    , m_version(new QLabel)
    , m_generalError(FieldErrors::makeLabel(QStringLiteral("generalError")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
    , m_errors(std::make_unique<FieldErrors>(m_generalError))
{
    const bool creating = board.id.isEmpty();
    setObjectName(QStringLiteral("boardDialog"));
    setWindowTitle(creating ? tr("New board — %1").arg(gameName) : tr("Edit board — %1").arg(board.name));
    setMinimumWidth(520);

    m_name->setObjectName(QStringLiteral("name"));
    m_name->setAccessibleName(tr("Board name"));
    m_name->setMaxLength(100);
    m_name->setPlaceholderText(tr("e.g. High scores"));
    m_bestN->setObjectName(QStringLiteral("bestN"));
    m_bestN->setAccessibleName(tr("Best N per day"));
    m_bestN->setRange(1, 1000);
    m_bestN->setValue(board.scoring.bestN);
    m_hasMax->setObjectName(QStringLiteral("hasMaxPlausible"));
    m_hasMax->setChecked(board.maxPlausible.has_value());
    m_hasCapSubmission->setObjectName(QStringLiteral("hasCapPerSubmission"));
    m_hasCapSubmission->setChecked(board.scoring.capPerSubmission.has_value());
    m_hasCapDay->setObjectName(QStringLiteral("hasCapPerDay"));
    m_hasCapDay->setChecked(board.scoring.capPerDay.has_value());
    m_version->setObjectName(QStringLiteral("ruleSetVersion"));
    m_version->setWordWrap(true);
    m_version->setText(creating ? tr("The scoring starts as rule-set version 1.")
                                : tr("Scoring is rule-set version %1. Changing the scoring makes version %2; "
                                     "history keeps the version it was scored under.")
                                      .arg(board.ruleSetVersion)
                                      .arg(board.ruleSetVersion + 1));
    // A live board's shape is fixed: changing it would re-rank history.
    for (QComboBox *fixed : {m_sortOrder, m_operator, m_reset})
        fixed->setEnabled(creating);

    auto *shape = new QFormLayout;
    const auto row = [this](QFormLayout *form, const QString &text, QWidget *input, const QString &field) {
        auto *label = new QLabel(text);
        label->setBuddy(input);
        form->addRow(label, input);
        form->addRow(QString(), m_errors->add(field, input));
    };
    row(shape, tr("&Name:"), m_name, QStringLiteral("name"));
    row(shape, tr("&Sort order:"), m_sortOrder, QStringLiteral("sortOrder"));
    row(shape, tr("&Operator:"), m_operator, QStringLiteral("operator"));
    row(shape, tr("Best &N per day:"), m_bestN, QStringLiteral("scoring.bestN"));
    row(shape, tr("&Reset:"), m_reset, QStringLiteral("reset"));
    row(shape, tr("Largest &plausible score:"), optionalRow(m_hasMax, m_maxPlausible), QStringLiteral("maxPlausible"));

    auto *scoringForm = new QFormLayout;
    row(scoringForm, tr("&Formula:"), m_formula, QStringLiteral("scoring.formula"));
    row(scoringForm, tr("&Bonus coefficient:"), m_bonus, QStringLiteral("scoring.bonusCoefficient"));
    row(scoringForm, tr("Cap per &submission:"), optionalRow(m_hasCapSubmission, m_capSubmission),
        QStringLiteral("scoring.capPerSubmission"));
    row(scoringForm, tr("Cap per &day:"), optionalRow(m_hasCapDay, m_capDay), QStringLiteral("scoring.capPerDay"));
    scoringForm->addRow(m_version);
    auto *scoringBox = new QGroupBox(tr("Scoring (rule set)"));
    scoringBox->setLayout(scoringForm);

    m_buttons->button(QDialogButtonBox::Ok)->setText(creating ? tr("&Create") : tr("Sa&ve"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("ok"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_errors->clear();
        setBusy(true);
        emit submitted(draft());
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &BoardDialog::updateEnabled);
    connect(m_operator, &QComboBox::currentIndexChanged, this, &BoardDialog::updateEnabled);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(shape);
    layout->addWidget(scoringBox);
    layout->addWidget(m_generalError);
    layout->addStretch();
    layout->addWidget(m_buttons);
    updateEnabled();
    m_name->setFocus();
}

BoardDialog::~BoardDialog() = default;

QJsonObject BoardDialog::scoring() const
{
    QJsonObject json{{QStringLiteral("formula"), m_formula->currentData().toString()},
        {QStringLiteral("bonusCoefficient"), m_bonus->value()}, {QStringLiteral("bestN"), m_bestN->value()}};
    json.insert(QStringLiteral("capPerSubmission"),
        m_hasCapSubmission->isChecked() ? QJsonValue(m_capSubmission->value()) : QJsonValue(QJsonValue::Null));
    json.insert(QStringLiteral("capPerDay"),
        m_hasCapDay->isChecked() ? QJsonValue(m_capDay->value()) : QJsonValue(QJsonValue::Null));
    return json;
}

BoardDraft BoardDialog::draft() const
{
    BoardDraft d;
    d.name = m_name->text().trimmed();
    if (m_board.id.isEmpty()) {
        d.sortOrder = m_sortOrder->currentData().toString();
        d.op = m_operator->currentData().toString();
        d.reset = m_reset->currentData().toString();
    }
    d.maxPlausible = m_hasMax->isChecked() ? std::optional<double>(m_maxPlausible->value()) : std::optional<double>();
    d.scoring = scoring();
    return d;
}

void BoardDialog::updateEnabled()
{
    m_bestN->setEnabled(m_operator->currentData().toString() == QLatin1String("best_n_sum") && m_board.id.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
}

void BoardDialog::showError(const Error &error)
{
    setBusy(false);
    if (QWidget *input = m_errors->show(error))
        input->setFocus();
}

void BoardDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy && !m_name->text().trimmed().isEmpty());
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

} // namespace arbiter::ui
