#include "Settings.h"

#include "store/DatabaseLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace oversight {

namespace Key {
const QString LastDatabase = QStringLiteral("database/last");
const QString RecentDatabases = QStringLiteral("database/recent");
const QString LastImportFolder = QStringLiteral("import/lastFolder");
const QString WindowGeometry = QStringLiteral("window/geometry");
const QString WindowState = QStringLiteral("window/state");
const QString DatabaseFolder = QStringLiteral("preferences/databaseFolder");
const QString Language = QStringLiteral("preferences/language");
const QString Theme = QStringLiteral("preferences/theme");
const QString ExportPageSize = QStringLiteral("export/pageSize"); // shared with the export dialog
} // namespace Key

Settings::Settings(QObject *parent) : QObject(parent), m_settings(std::make_unique<QSettings>()) {}

Settings::Settings(const QString &iniPath, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

QString Settings::kept(const QString &location)
{
    // A team database as its URI without any password (passwords go to the keychain only);
    // a file by its absolute path.
    if (DatabaseLocation::isTeamDatabase(location))
        return DatabaseLocation::parse(location).toString();
    return QFileInfo(location).absoluteFilePath();
}

QString Settings::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("oversight.sqlite"));
}

QString Settings::lastDatabase() const
{
    return m_settings->value(Key::LastDatabase, defaultDatabasePath()).toString();
}

void Settings::setLastDatabase(const QString &path)
{
    m_settings->setValue(Key::LastDatabase, kept(path));
}

QStringList Settings::recentDatabases() const
{
    return m_settings->value(Key::RecentDatabases).toStringList();
}

void Settings::addRecentDatabase(const QString &path)
{
    const QString absolute = kept(path);
    QStringList recent = recentDatabases();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    m_settings->setValue(Key::RecentDatabases, recent);
    emit recentDatabasesChanged();
}

void Settings::clearRecentDatabases()
{
    m_settings->remove(Key::RecentDatabases);
    emit recentDatabasesChanged();
}

QString Settings::lastImportFolder() const
{
    return m_settings
        ->value(Key::LastImportFolder,
                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

void Settings::setLastImportFolder(const QString &folder)
{
    m_settings->setValue(Key::LastImportFolder, folder);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(Key::WindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(Key::WindowGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings->value(Key::WindowState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(Key::WindowState, state);
}

QString Settings::databaseFolder() const
{
    return m_settings
        ->value(Key::DatabaseFolder, QFileInfo(defaultDatabasePath()).absolutePath())
        .toString();
}

void Settings::setDatabaseFolder(const QString &folder)
{
    m_settings->setValue(Key::DatabaseFolder, folder);
    emit preferencesChanged();
}

QString Settings::language() const
{
    return m_settings->value(Key::Language).toString();
}

void Settings::setLanguage(const QString &language)
{
    m_settings->setValue(Key::Language, language);
    emit preferencesChanged();
}

QString Settings::theme() const
{
    const QString theme = m_settings->value(Key::Theme, QStringLiteral("system")).toString();
    return theme == QLatin1String("light") || theme == QLatin1String("dark") ? theme
                                                                             : QStringLiteral("system");
}

void Settings::setTheme(const QString &theme)
{
    m_settings->setValue(Key::Theme, theme);
    emit preferencesChanged();
}

QString Settings::exportPageSize() const
{
    return m_settings->value(Key::ExportPageSize, QStringLiteral("A4")).toString()
                   == QLatin1String("Letter")
               ? QStringLiteral("Letter")
               : QStringLiteral("A4");
}

void Settings::setExportPageSize(const QString &size)
{
    m_settings->setValue(Key::ExportPageSize, size);
    emit preferencesChanged();
}

} // namespace oversight
