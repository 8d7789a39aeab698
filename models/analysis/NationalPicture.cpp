#include "NationalPicture.h"

#include "domain/DocumentFacts.h"

#include <QCoreApplication>

namespace oversight {

int GradeDistribution::total() const
{
    int sum = 0;
    for (int n : counts)
        sum += n;
    return sum;
}

QMap<QString, StandingGrade> standingGrades(const QList<GradedDocument> &documents,
                                            const QString &area, const QDate &from,
                                            const QDate &to)
{
    QMap<QString, StandingGrade> standing;
    // documents come oldest first, so a later inspection simply overwrites an earlier one.
    for (const GradedDocument &d : documents) {
        if (d.authorityCode.isEmpty() || (from.isValid() && d.date < from)
            || (to.isValid() && d.date > to))
            continue;
        const QString grade = d.grades.value(area);
        if (Grade::rank(grade) == 0)
            continue;
        StandingGrade &s = standing[d.authorityCode];
        if (!s.date.isValid() || d.date >= s.date)
            s = {grade, d.date, d.id};
    }
    return standing;
}

QMap<QString, StandingGrade> standingOutcomes(const QList<GradedDocument> &documents,
                                              const QDate &from, const QDate &to)
{
    QMap<QString, StandingGrade> standing;
    for (const GradedDocument &d : documents) {
        if (d.authorityCode.isEmpty() || d.kind != Kind::AreaSend
            || !SendOutcome::all().contains(d.outcome) || (from.isValid() && d.date < from)
            || (to.isValid() && d.date > to))
            continue;
        StandingGrade &s = standing[d.authorityCode];
        if (!s.date.isValid() || d.date >= s.date)
            s = {d.outcome, d.date, d.id};
    }
    return standing;
}

GradeDistribution outcomeDistribution(const QList<GradedDocument> &documents, int fromYear,
                                      int toYear)
{
    GradeDistribution bar{Kind::AreaSend,
                          QCoreApplication::translate("NationalPicture", "Area SEND outcome"),
                          {}};
    for (const QString &outcome : SendOutcome::all())
        bar.counts.insert(outcome, 0);
    for (const StandingGrade &s :
         standingOutcomes(documents, QDate(fromYear, 1, 1), QDate(toYear, 12, 31)))
        ++bar.counts[s.grade];
    return bar;
}

DataTable outcomeTable(const GradeDistribution &outcomes)
{
    DataTable table;
    table.headers << QCoreApplication::translate("NationalPicture", "Area SEND outcome")
                  << QCoreApplication::translate("NationalPicture", "Authorities");
    for (const QString &outcome : SendOutcome::all())
        table.rows.append(
            {SendOutcome::label(outcome), QString::number(outcomes.counts.value(outcome))});
    table.rows.append({QCoreApplication::translate("NationalPicture", "Total"),
                       QString::number(outcomes.total())});
    return table;
}

namespace {

GradeDistribution count(const QString &key, const QString &label,
                        const QMap<QString, StandingGrade> &standing)
{
    GradeDistribution bar{key, label, {}};
    for (const QString &grade : Grade::all())
        bar.counts.insert(grade, 0);
    for (const StandingGrade &s : standing)
        ++bar.counts[s.grade];
    return bar;
}

} // namespace

QList<GradeDistribution> distributionByArea(const QList<GradedDocument> &documents,
                                            int fromYear, int toYear)
{
    QList<GradeDistribution> bars;
    const QDate from(fromYear, 1, 1);
    const QDate to(toYear, 12, 31);
    for (const QString &area : Area::all()) {
        const GradeDistribution bar = count(area, Area::label(area),
                                            standingGrades(documents, area, from, to));
        if (bar.total() > 0)
            bars.append(bar);
    }
    return bars;
}

QList<GradeDistribution> distributionByYear(const QList<GradedDocument> &documents,
                                            const QString &area, int fromYear, int toYear)
{
    QList<GradeDistribution> bars;
    for (int year = fromYear; year <= toYear; ++year) {
        const QString text = QString::number(year);
        bars.append(count(text, text, standingGrades(documents, area, {}, QDate(year, 12, 31))));
    }
    return bars;
}

DataTable distributionTable(const QString &firstHeader, const QList<GradeDistribution> &bars)
{
    DataTable table;
    table.headers << firstHeader;
    for (const QString &grade : Grade::all())
        table.headers << Grade::label(grade);
    table.headers << QCoreApplication::translate("NationalPicture", "Authorities");
    for (const GradeDistribution &bar : bars) {
        QStringList row{bar.label};
        for (const QString &grade : Grade::all())
            row << QString::number(bar.counts.value(grade));
        row << QString::number(bar.total());
        table.rows.append(row);
    }
    return table;
}

} // namespace oversight
