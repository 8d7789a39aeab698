#pragma once

#include <QByteArray>
#include <QObject>
#include <QSettings>
#include <QStringList>

#include <memory>

namespace oversight {

// Every user preference Oversight keeps, typed, with its key and default in one place.
// Tests construct one over a temporary INI file so they never touch the user's settings.
class Settings : public QObject
{
    Q_OBJECT
public:
    explicit Settings(QObject *parent = nullptr);                         // the user's settings
    explicit Settings(const QString &iniPath, QObject *parent = nullptr); // a private file

    static QString defaultDatabasePath();

    // Databases are files or team databases (postgresql:// locations, DatabaseLocation); a
    // team database is kept as its URI without a password, whatever the location carried.
    QString lastDatabase() const;
    void setLastDatabase(const QString &path);

    QStringList recentDatabases() const; // newest first, at most kMaxRecent
    void addRecentDatabase(const QString &path);
    void clearRecentDatabases();

    QString lastImportFolder() const;
    void setLastImportFolder(const QString &folder);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    // Preferences
    QString databaseFolder() const; // where new databases go by default
    void setDatabaseFolder(const QString &folder);
    QString language() const; // "" = follow the system, else a locale name such as "cy"
    void setLanguage(const QString &language);
    QString theme() const; // "system", "light" or "dark"
    void setTheme(const QString &theme);
    QString exportPageSize() const; // "A4" or "Letter"
    void setExportPageSize(const QString &size);

    static constexpr int kMaxRecent = 8;

signals:
    void recentDatabasesChanged();
    void preferencesChanged();

private:
    static QString kept(const QString &location); // as stored: absolute path or bare URI
    std::unique_ptr<QSettings> m_settings;
};

} // namespace oversight
