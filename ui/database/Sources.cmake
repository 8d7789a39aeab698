# The database's own care: read-only banner, View > Refresh, File > Check and repair,
# File > Restore a backup, and the choices offered when a database cannot be opened.
set(OVERSIGHT_UI_DATABASE_SOURCES
    database/DatabaseActions.h database/DatabaseActions.cpp
    database/EditingControls.h database/EditingControls.cpp
    database/CheckRepairDialog.h database/CheckRepairDialog.cpp
    database/RestoreBackupDialog.h database/RestoreBackupDialog.cpp
    database/OpenProblemDialog.h database/OpenProblemDialog.cpp
    database/LibraryCopyController.h database/LibraryCopyController.cpp
)
# Team databases: File > Connect to a team database, the password in the system's keychain
# (QtKeychain: qtkeychain-qt6-dev), the library's name in the title and status bars.
find_package(Qt6Keychain REQUIRED)
list(APPEND OVERSIGHT_UI_DATABASE_SOURCES
    database/LibraryIdentity.h database/LibraryIdentity.cpp
    database/PasswordKeychain.h database/PasswordKeychain.cpp
    database/TeamConnection.h database/TeamConnection.cpp
)
list(APPEND OVERSIGHT_UI_EXTRA_LIBS qt6keychain)
