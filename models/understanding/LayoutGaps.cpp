#include "LayoutGaps.h"

#include "DocumentReader.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace oversight {

namespace {

// Distances within this of each other (points) count as the same pitch.
constexpr double kPitchBin = 0.15;
// How many distances on either side of a line set the pitch it is compared with.
constexpr qsizetype kNeighbours = 2;
// Distances below this share of the page's pitch are not a text's line pitch.
constexpr double kSmallPrint = 0.6;

bool isBlank(const QString &line)
{
    return std::all_of(line.cbegin(), line.cend(), [](QChar c) { return c.isSpace(); });
}

// The vertical centre of each line of text (NaN where none of its words was found among the
// boxes). Physical layout keeps the words of a line in one text line, lines top to bottom, so
// each word of a line is matched to the first box of the same text that is not above the
// line before; the line's centre is the median of its words' centres, so that a bullet glyph
// or a word matched wrongly does not move it.
QList<double> lineCentres(const QStringList &lines, const QList<PdfWord> &words)
{
    QHash<QString, QList<double>> boxesByText; // centres, top to bottom
    for (const PdfWord &word : words)
        boxesByText[word.text].append(word.box.center().y());
    for (QList<double> &centres : boxesByText)
        std::sort(centres.begin(), centres.end());
    QHash<QString, qsizetype> used; // how many of each text's boxes are behind us

    QList<double> out;
    out.reserve(lines.size());
    double previous = -1e9;
    for (const QString &line : lines) {
        QList<double> found;
        for (const QString &token : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const auto boxes = boxesByText.constFind(token);
            if (boxes == boxesByText.cend())
                continue;
            qsizetype &next = used[token];
            // Boxes above the line before belong to lines already read (or to text the
            // physical layout put elsewhere): skip them.
            const double floor = previous - kPitchBin;
            while (next < boxes->size() && boxes->at(next) < floor)
                ++next;
            if (next < boxes->size())
                found.append(boxes->at(next++));
        }
        if (found.isEmpty()) {
            out.append(std::nan(""));
            continue;
        }
        std::nth_element(found.begin(), found.begin() + found.size() / 2, found.end());
        const double centre = found.at(found.size() / 2);
        out.append(centre);
        previous = centre;
    }
    return out;
}

// The pitch line i is set against: the smallest of the distances up to kNeighbours lines
// above and below it, so that a paragraph set with a wider pitch than the page's is not all
// gaps. The lines around stop at a blank line, a line not found, or a distance wider than line
// i's own (a heading, a footer: another block of text). A distance far below the page's pitch
// is two glyphs of one line or a line of small print, not a text's pitch: left out. NaN where
// none is left: a line alone, or one of two, is compared with nothing.
double localPitch(const QList<double> &distances, qsizetype i, double pagePitch)
{
    const double own = distances.at(i);
    double pitch = std::nan("");
    const auto consider = [&](qsizetype j) {
        if (j < 0 || j >= distances.size() || std::isnan(distances.at(j))
            || distances.at(j) > own + LayoutGaps::kTolerance)
            return false; // the lines around end here
        const double d = distances.at(j);
        if (d >= kSmallPrint * pagePitch && (std::isnan(pitch) || d < pitch))
            pitch = d;
        return true;
    };
    // distances[j] is between lines j-1 and j: below line i come i+1, i+2; above, i-1, i-2.
    for (qsizetype j = i + 1; j <= i + kNeighbours;) {
        if (!consider(j++))
            break;
    }
    for (qsizetype j = i - 1; j >= i - kNeighbours;) {
        if (!consider(j--))
            break;
    }
    return pitch;
}

} // namespace

double LayoutGaps::linePitch(QList<double> distances)
{
    distances.removeIf([](double d) { return !(d > 0); });
    if (distances.isEmpty())
        return 0;
    std::sort(distances.begin(), distances.end());
    // The most common distance: the one with the most others within kPitchBin of it (the
    // smaller on a tie), averaged with them.
    qsizetype bestFrom = 0;
    qsizetype bestTo = 0;
    qsizetype from = 0;
    qsizetype to = 0;
    for (qsizetype i = 0; i < distances.size(); ++i) {
        while (distances.at(from) < distances.at(i) - kPitchBin)
            ++from;
        while (to < distances.size() && distances.at(to) <= distances.at(i) + kPitchBin)
            ++to;
        if (to - from > bestTo - bestFrom) {
            bestFrom = from;
            bestTo = to;
        }
    }
    double sum = 0;
    for (qsizetype i = bestFrom; i < bestTo; ++i)
        sum += distances.at(i);
    return sum / double(bestTo - bestFrom);
}

QString LayoutGaps::markGaps(const QString &pageText, const QList<PdfWord> &words)
{
    if (words.isEmpty())
        return pageText;
    const QStringList lines = pageText.split(QLatin1Char('\n'));
    const QList<double> centres = lineCentres(lines, words);

    // The distance from each line to the line above, where both were found and no blank line
    // is between them (NaN elsewhere).
    QList<double> distances(lines.size(), std::nan(""));
    double previous = std::nan("");
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (isBlank(lines.at(i))) {
            previous = std::nan("");
            continue;
        }
        distances[i] = centres.at(i) - previous;
        previous = centres.at(i);
    }
    const double pagePitch = linePitch(distances);
    if (pagePitch <= 0)
        return pageText;

    QStringList out;
    out.reserve(lines.size() + 16);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        // Wider than the page's pitch and than the lines around it (false for NaN: a line
        // with no line around it gets no gap).
        const double d = distances.at(i);
        if (d > pagePitch + kTolerance && d > localPitch(distances, i, pagePitch) + kTolerance)
            out.append(QString());
        out.append(lines.at(i));
    }
    return out.join(QLatin1Char('\n'));
}

void LayoutGaps::addTo(QStringList &pageTexts, const QList<int> &pages,
                       const std::function<QList<PdfWord>(int)> &wordsOf)
{
    for (const int page : pages) {
        if (page >= 0 && page < pageTexts.size())
            pageTexts[page] = markGaps(pageTexts.at(page), wordsOf(page));
    }
}

void LayoutGaps::addTo(QStringList &pageTexts, const DocumentReader &reader,
                       const std::function<QList<PdfWord>(int)> &wordsOf)
{
    addTo(pageTexts, reader.pagesNeedingLayout(pageTexts), wordsOf);
}

} // namespace oversight
