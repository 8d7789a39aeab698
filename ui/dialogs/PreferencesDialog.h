#pragma once

#include <QDialog>
#include <QPalette>

class QComboBox;
class QLineEdit;

namespace oversight {

class Settings;

// The user's preferences: where databases go, language, export page size and theme.
// Saved when accepted; the theme applies at once, the language from the next start.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(Settings *settings, QWidget *parent = nullptr);

    void accept() override;

    // The languages Oversight ships: locale name -> name in that language.
    static QList<QPair<QString, QString>> languages();

private:
    Settings *m_settings;
    QLineEdit *m_folder;
    QComboBox *m_language;
    QComboBox *m_pageSize;
    QComboBox *m_theme;
};

// Applies "system", "light" or "dark" to the running application.
void applyTheme(const QString &theme);
// The palette of the "dark" theme (with Fusion, which draws it faithfully).
QPalette darkPalette();

} // namespace oversight
