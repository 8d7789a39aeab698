#include "PreferencesDialog.h"

#include "Settings.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QStyle>
#include <QStyleFactory>

namespace oversight {

QList<QPair<QString, QString>> PreferencesDialog::languages()
{
    return {{QStringLiteral("en_GB"), QStringLiteral("English (United Kingdom)")},
            {QStringLiteral("cy"), QStringLiteral("Cymraeg")}};
}

PreferencesDialog::PreferencesDialog(Settings *settings, QWidget *parent)
    : QDialog(parent),
      m_settings(settings),
      m_folder(new QLineEdit(settings->databaseFolder(), this)),
      m_language(new QComboBox(this)),
      m_pageSize(new QComboBox(this)),
      m_theme(new QComboBox(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_folder->setObjectName(QStringLiteral("databaseFolder"));
    m_folder->setAccessibleName(tr("Default database folder"));
    auto *browse = new QPushButton(tr("Choose…"), this);
    browse->setAccessibleName(tr("Choose the default database folder"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Default database folder"),
                                                                 m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(folder);
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("As the system"), QString());
    for (const auto &language : languages())
        m_language->addItem(language.second, language.first);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings->language())));

    m_pageSize->setObjectName(QStringLiteral("pageSize"));
    m_pageSize->setAccessibleName(tr("Page size for exported summaries"));
    m_pageSize->addItem(tr("A4"), QStringLiteral("A4"));
    m_pageSize->addItem(tr("US Letter"), QStringLiteral("Letter"));
    m_pageSize->setCurrentIndex(std::max(0, m_pageSize->findData(settings->exportPageSize())));

    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->addItem(tr("As the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(settings->theme())));

    auto *form = new QFormLayout;
    // The row holds a layout, so its label needs a buddy for the & shortcut to work.
    auto *folderLabel = new QLabel(tr("Default &database folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), new QLabel(tr("A new language applies when Oversight next starts."), this));
    form->addRow(tr("Export &page size:"), m_pageSize);
    form->addRow(tr("&Theme:"), m_theme);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    m_settings->setDatabaseFolder(m_folder->text().trimmed());
    m_settings->setLanguage(m_language->currentData().toString());
    m_settings->setExportPageSize(m_pageSize->currentData().toString());
    m_settings->setTheme(m_theme->currentData().toString());
    applyTheme(m_settings->theme());
    QDialog::accept();
}

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(45, 47, 51));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Base, QColor(30, 31, 34));
    dark.setColor(QPalette::AlternateBase, QColor(40, 42, 46));
    dark.setColor(QPalette::ToolTipBase, QColor(60, 62, 66));
    dark.setColor(QPalette::ToolTipText, QColor(235, 235, 235));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::Button, QColor(50, 52, 56));
    dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    dark.setColor(QPalette::BrightText, Qt::red);
    dark.setColor(QPalette::Highlight, QColor(42, 130, 218));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(110, 170, 240));
    dark.setColor(QPalette::Dark, QColor(25, 26, 28));
    dark.setColor(QPalette::Shadow, QColor(10, 10, 10));
    dark.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, QColor(120, 120, 120));
    return dark;
}

void applyTheme(const QString &theme)
{
    static const QString systemStyle = QApplication::style()->name();
    static const QPalette systemPalette = QApplication::palette();
    if (theme == QLatin1String("system")) {
        QApplication::setStyle(QStyleFactory::create(systemStyle));
        QApplication::setPalette(systemPalette);
        return;
    }
    // Fusion draws a given palette faithfully on every platform.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (theme == QLatin1String("light")) {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QApplication::setPalette(darkPalette());
}

} // namespace oversight
