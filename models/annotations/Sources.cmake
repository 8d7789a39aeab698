# Checklists, annotations and suggestions; paths relative to models/.
set(OVERSIGHT_ANNOTATIONS_SOURCES
    annotations/Annotation.h
    annotations/AnnotationStore.h annotations/AnnotationStore.cpp
    annotations/AnnotationCommands.h annotations/AnnotationCommands.cpp
    annotations/Checklists.h annotations/Checklists.cpp
)
