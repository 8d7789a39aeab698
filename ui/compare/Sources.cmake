# The side-by-side comparison of two documents.
set(OVERSIGHT_UI_COMPARE_SOURCES
    compare/CompareDialog.h compare/CompareDialog.cpp
)
