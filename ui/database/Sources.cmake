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
