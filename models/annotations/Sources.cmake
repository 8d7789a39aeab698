# Checklists, annotations and suggestions; paths relative to models/.
set(OVERSIGHT_ANNOTATIONS_SOURCES
    annotations/Annotation.h
    annotations/AnnotationStore.h annotations/AnnotationStore.cpp
    annotations/AnnotationCommands.h annotations/AnnotationCommands.cpp
    annotations/Checklists.h annotations/Checklists.cpp
    annotations/ProgressMatrix.h annotations/ProgressMatrix.cpp
    annotations/SuggestionTerms.h annotations/SuggestionTerms.cpp annotations/SuggestionEngine.h annotations/SuggestionEngine.cpp
    itemmodels/ChecklistModel.h itemmodels/ChecklistModel.cpp
    itemmodels/AnnotationsModel.h itemmodels/AnnotationsModel.cpp
    itemmodels/ProgressMatrixModel.h itemmodels/ProgressMatrixModel.cpp
)
