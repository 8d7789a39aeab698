#include "FactLabels.h"

#include "domain/DocumentFacts.h"

#include <QCoreApplication>

namespace oversight::FactLabels {

QString label(const QString &key)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("FactLabels", text); };
    static const QString judgementPrefix = QStringLiteral("judgements.");
    if (key.startsWith(judgementPrefix))
        return tr("Judgement: %1").arg(Area::label(key.mid(judgementPrefix.size())));
    static const struct
    {
        const char *key;
        const char *label;
    } labels[] = {
        {"kind", QT_TRANSLATE_NOOP("FactLabels", "Kind of document")},
        {"title", QT_TRANSLATE_NOOP("FactLabels", "Title")},
        {"authority", QT_TRANSLATE_NOOP("FactLabels", "Authority")},
        {"authority_code", QT_TRANSLATE_NOOP("FactLabels", "Authority's DfE code")},
        {"inspection_start", QT_TRANSLATE_NOOP("FactLabels", "Inspection start date")},
        {"inspection_end", QT_TRANSLATE_NOOP("FactLabels", "Inspection end date")},
        {"published", QT_TRANSLATE_NOOP("FactLabels", "Publication date")},
        {"lead_inspector", QT_TRANSLATE_NOOP("FactLabels", "Lead inspector")},
        {"inspectors", QT_TRANSLATE_NOOP("FactLabels", "Inspectors")},
        {"judgements", QT_TRANSLATE_NOOP("FactLabels", "Judgements")},
        {"outcome", QT_TRANSLATE_NOOP("FactLabels", "Area SEND outcome")},
        {"previous_inspection", QT_TRANSLATE_NOOP("FactLabels", "Previous inspection")},
        {"other_judgements", QT_TRANSLATE_NOOP("FactLabels", "Other judgements")},
        {"recommendations", QT_TRANSLATE_NOOP("FactLabels", "Recommendations")},
        {"lscb_recommendations", QT_TRANSLATE_NOOP("FactLabels", "LSCB recommendations")},
        {"findings", QT_TRANSLATE_NOOP("FactLabels", "Findings")},
    };
    for (const auto &l : labels)
        if (key == QLatin1String(l.key))
            return tr(l.label);
    return key;
}

QString joined(const QStringList &keys)
{
    QStringList labels;
    for (const QString &key : keys)
        labels << label(key);
    return labels.join(QStringLiteral(", "));
}

} // namespace oversight::FactLabels
