#pragma once

#include <QObject>

// Unit tests of models/understanding. Toolkit tests are in tst_understanding.cpp, whole
// documents (one per kind) in tst_readers.cpp.
class TestUnderstanding : public QObject
{
    Q_OBJECT

private slots:
    // tst_understanding.cpp: the toolkit
    void dateRanges_data();
    void dateRanges();
    void dateRangeAbsent();
    void authorityNames_data();
    void authorityNames();
    void authorityByCode();
    void cleanerRemovesPageFurniture();
    void cleanerRepairsLigaturesAndHyphens();
    void cellsSplitAtWideGaps_data();
    void cellsSplitAtWideGaps();
    void containsIgnoringAsciiCase();
    void gradesAsWritten_data();
    void gradesAsWritten();
    void inspectorNames_data();
    void inspectorNames();
    void twoColumnTeamBlock();

    // tst_readers.cpp: whole documents
    void kinds_data();
    void kinds();
    void randomTextIsOther();
    void sifReport();
    void sifReinspectionSubBullets();
    void judgementGradeOnItsOwnLine();
    void judgementGradeWrappedAboveLabel();
    void ilacsWithoutOverall();
    void ilacsShortByDates();
    void preSifGradesOutsideTheFour();
    void recommendationSplitOverPages();
    void recommendationNumbersLost();
    void bulletListAcrossPages();
    void focusedVisitLetter();
    void monitoringVisitLetter();
    void findingsOfIlacsReport();
    void concurrentReads();

    // tst_formats.cpp: formats first seen in the second corpus
    void titleOverTwoLines();
    void gradesOverTwoLines();
    void gradesOverThreeLinesInUntitledReinspection();
    void improvementPointsAfterColonWithGlyphBullets();
    void numericDates();
    void twoLeadInspectors();
    void inspectionInTwoPeriods();
    void letterInspectorsInASentence_data();
    void letterInspectorsInASentence();
    void letterImprovementSections_data();
    void letterImprovementSections();
    void reSavedApostrophes();
    void warningsNameWhatWasMissed();
};
