#include "SummaryDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace oversight {

namespace {
const QString kUserNameKey = QStringLiteral("export/userName");
const QString kOrganisationKey = QStringLiteral("export/organisation");
const QString kPageSizeKey = QStringLiteral("export/pageSize");
} // namespace

SummaryDialog::SummaryDialog(Scope scope, bool canChooseScope, QWidget *parent)
    : QDialog(parent),
      m_scope(new QComboBox(this)),
      m_annotations(new QCheckBox(tr("&Annotated passages, by checklist item"), this)),
      m_notes(new QCheckBox(tr("&Notes on the annotations"), this)),
      m_chart(new QCheckBox(tr("The authority's &timeline chart"), this)),
      m_fullRecommendations(new QCheckBox(tr("&Full text of recommendations"), this)),
      m_pageSize(new QComboBox(this)),
      m_userName(new QLineEdit(this)),
      m_organisation(new QLineEdit(this))
{
    setObjectName(QStringLiteral("summaryDialog"));
    setWindowTitle(tr("Export summary"));
    m_scope->setObjectName(QStringLiteral("scopeCombo"));
    m_scope->addItem(tr("This document"), int(Scope::Document));
    m_scope->addItem(tr("Its authority: every document and checklist"), int(Scope::Authority));
    m_scope->setCurrentIndex(m_scope->findData(int(scope)));
    m_scope->setEnabled(canChooseScope);
    for (QCheckBox *box : {m_annotations, m_notes, m_chart, m_fullRecommendations})
        box->setChecked(true);
    m_annotations->setObjectName(QStringLiteral("includeAnnotations"));
    m_notes->setObjectName(QStringLiteral("includeNotes"));
    m_chart->setObjectName(QStringLiteral("includeChart"));
    m_fullRecommendations->setObjectName(QStringLiteral("fullRecommendations"));
    connect(m_annotations, &QCheckBox::toggled, m_notes, &QWidget::setEnabled);
    m_pageSize->setObjectName(QStringLiteral("pageSizeCombo"));
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("US Letter"), int(QPageSize::Letter));
    m_userName->setObjectName(QStringLiteral("userNameEdit"));
    m_organisation->setObjectName(QStringLiteral("organisationEdit"));
    m_userName->setPlaceholderText(tr("Shown at the top of every page"));

    auto *include = new QGroupBox(tr("Include"), this);
    auto *includeLayout = new QVBoxLayout(include);
    for (QCheckBox *box : {m_annotations, m_notes, m_chart, m_fullRecommendations})
        includeLayout->addWidget(box);
    auto *form = new QFormLayout;
    form->addRow(tr("&Summary of:"), m_scope);
    form->addRow(tr("&Page size:"), m_pageSize);
    form->addRow(tr("Your &name:"), m_userName);
    form->addRow(tr("&Organisation:"), m_organisation);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(include);
    layout->addWidget(buttons);

    recall(QSettings());
}

SummaryOptions SummaryDialog::options() const
{
    SummaryOptions o;
    o.includeAnnotations = m_annotations->isChecked();
    o.includeNotes = m_annotations->isChecked() && m_notes->isChecked();
    o.includeChart = m_chart->isChecked();
    o.fullRecommendationText = m_fullRecommendations->isChecked();
    o.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    o.userName = m_userName->text().trimmed();
    o.organisation = m_organisation->text().trimmed();
    return o;
}

SummaryDialog::Scope SummaryDialog::scope() const
{
    return Scope(m_scope->currentData().toInt());
}

void SummaryDialog::remember(QSettings &settings) const
{
    settings.setValue(kUserNameKey, m_userName->text().trimmed());
    settings.setValue(kOrganisationKey, m_organisation->text().trimmed());
    settings.setValue(kPageSizeKey, m_pageSize->currentData().toInt() == int(QPageSize::Letter)
                                        ? QStringLiteral("Letter")
                                        : QStringLiteral("A4"));
}

void SummaryDialog::recall(const QSettings &settings)
{
    m_userName->setText(settings.value(kUserNameKey).toString());
    m_organisation->setText(settings.value(kOrganisationKey).toString());
    const bool letter = settings.value(kPageSizeKey).toString() == QLatin1String("Letter");
    m_pageSize->setCurrentIndex(m_pageSize->findData(int(letter ? QPageSize::Letter
                                                                : QPageSize::A4)));
}

void SummaryDialog::accept()
{
    QSettings settings;
    remember(settings);
    QDialog::accept();
}

} // namespace oversight
