#include "PdfTextMatch.h"

#include <QRegularExpression>

#include <QtGlobal>

#include <algorithm>

namespace oversight {

namespace {

// NFKD spells out ligatures (ﬁ becomes fi) and separates accents so that they can be dropped,
// which is what the store's FTS tokenizer (unicode61 remove_diacritics) does too.
QString foldKeeping(const QString &text, bool keepDigits, QStringList *parts)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    QString part;
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        if (c.isLetter() || (keepDigits && c.isNumber())) {
            const QString folded = QString(c).toCaseFolded();
            out += folded;
            part += folded;
        } else if (parts && !part.isEmpty()) {
            parts->append(part);
            part.clear();
        }
    }
    if (parts && !part.isEmpty())
        parts->append(part);
    return out;
}

bool isLineEndHyphen(const QString &word)
{
    if (word.size() < 2)
        return false;
    const QChar c = word.back();
    return c == QLatin1Char('-') || c == QChar(0x2010) || c == QChar(0x2011) || c == QChar(0x00AD);
}

// The store stems with Porter, so a search for "leavers" finds "leaver". Plurals cover most
// of what a reader expects to see highlighted without pulling in a full stemmer.
QString stemLite(const QString &word)
{
    if (word.size() > 4 && word.endsWith(QStringLiteral("ies")))
        return word.left(word.size() - 3) + QLatin1Char('y');
    if (word.size() > 3 && word.endsWith(QLatin1Char('s')) && !word.endsWith(QStringLiteral("ss")))
        return word.left(word.size() - 1);
    return word;
}

bool termMatches(const QString &token, const PdfTextMatch::Term &term)
{
    if (token.isEmpty())
        return false;
    if (term.prefix)
        return token.startsWith(term.text);
    return token == term.text || stemLite(token) == stemLite(term.text);
}

bool anyTermMatches(const QStringList &tokens, const QList<PdfTextMatch::Term> &terms)
{
    for (const PdfTextMatch::Term &term : terms) {
        for (const QString &token : tokens) {
            if (termMatches(token, term))
                return true;
        }
    }
    return false;
}

// The page's words as one string without separators, with the word each character came from.
struct WordStream
{
    QString text;
    QList<int> owner;

    WordStream(const QList<PdfWord> &words, bool keepDigits)
    {
        for (int i = 0; i < words.size(); ++i) {
            const QString folded = foldKeeping(words.at(i).text, keepDigits, nullptr);
            text += folded;
            owner.insert(owner.size(), folded.size(), i);
        }
    }
    bool startsWord(qsizetype k) const { return k == 0 || owner.at(k - 1) != owner.at(k); }
    bool endsWord(qsizetype k) const { return k + 1 == owner.size() || owner.at(k + 1) != owner.at(k); }

    // Prefers a match on word boundaries, then one starting a word, then any.
    qsizetype find(const QString &needle) const
    {
        if (needle.isEmpty())
            return -1;
        qsizetype startOnly = -1;
        qsizetype any = -1;
        for (qsizetype k = text.indexOf(needle); k >= 0; k = text.indexOf(needle, k + 1)) {
            if (any < 0)
                any = k;
            if (startsWord(k)) {
                if (endsWord(k + needle.size() - 1))
                    return k;
                if (startOnly < 0)
                    startOnly = k;
            }
        }
        return startOnly >= 0 ? startOnly : any;
    }
    PdfWordRange range(qsizetype from, qsizetype length) const
    {
        const qsizetype start = std::clamp<qsizetype>(from, 0, owner.size() - 1);
        const qsizetype end = std::clamp<qsizetype>(from + length - 1, 0, owner.size() - 1);
        return {owner.at(start), owner.at(end)};
    }
};

} // namespace

QString PdfTextMatch::normalise(const QString &text)
{
    return foldKeeping(text, true, nullptr);
}

QList<PdfTextMatch::Phrase> PdfTextMatch::parseTerms(const QStringList &terms)
{
    QList<Phrase> result;
    for (const QString &raw : terms) {
        Phrase phrase;
        const QStringList pieces = raw.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (QString piece : pieces) {
            piece = piece.trimmed();
            while (!piece.isEmpty() && (piece.back() == QLatin1Char('"') || piece.back() == QChar(0x201D)))
                piece.chop(1);
            const bool prefix = piece.endsWith(QLatin1Char('*'));
            QStringList tokens;
            foldKeeping(piece, true, &tokens);
            for (int i = 0; i < tokens.size(); ++i)
                phrase.append({tokens.at(i), prefix && i == tokens.size() - 1});
        }
        if (!phrase.isEmpty())
            result.append(phrase);
    }
    return result;
}

namespace {

// The page's words as a run of tokens (letters and digits), each with the words it came from:
// "child-protection" gives two tokens of one word; a word broken by a hyphen at a line's end
// gives one token of two words.
struct TokenStream
{
    struct Token
    {
        QString text;
        int first = 0; // index of the word it starts in
        int last = 0;  // and of the word it ends in
    };
    QList<Token> tokens;

    explicit TokenStream(const QList<PdfWord> &words)
    {
        for (int i = 0; i < words.size(); ++i) {
            QStringList parts;
            foldKeeping(words.at(i).text, true, &parts);
            if (parts.isEmpty())
                continue;
            if (isLineEndHyphen(words.at(i).text) && i + 1 < words.size()) {
                QStringList next;
                foldKeeping(words.at(i + 1).text, true, &next);
                if (!next.isEmpty()) {
                    for (int k = 0; k + 1 < parts.size(); ++k)
                        tokens.append({parts.at(k), i, i});
                    tokens.append({parts.constLast() + next.constFirst(), i, i + 1});
                    for (int k = 1; k < next.size(); ++k)
                        tokens.append({next.at(k), i + 1, i + 1});
                    ++i;
                    continue;
                }
            }
            for (const QString &part : parts)
                tokens.append({part, i, i});
        }
    }
};

} // namespace

QList<int> PdfTextMatch::findTermHits(const QList<PdfWord> &words, const QList<Phrase> &phrases)
{
    QList<int> hits;
    if (phrases.isEmpty())
        return hits;
    QList<bool> hit(words.size(), false);
    QList<Term> single;
    for (const Phrase &phrase : phrases) {
        if (phrase.size() == 1)
            single.append(phrase.constFirst());
    }
    if (!single.isEmpty()) {
        for (int i = 0; i < words.size(); ++i) {
            QStringList tokens;
            const QString whole = foldKeeping(words.at(i).text, true, &tokens);
            if (tokens.size() > 1)
                tokens.append(whole);
            if (anyTermMatches(tokens, single)) {
                hit[i] = true;
                continue;
            }
            if (i + 1 < words.size() && isLineEndHyphen(words.at(i).text)) {
                const QString joined = whole + foldKeeping(words.at(i + 1).text, true, nullptr);
                if (anyTermMatches({joined}, single))
                    hit[i] = hit[i + 1] = true;
            }
        }
    }
    if (single.size() < phrases.size()) {
        const TokenStream stream(words);
        const QList<TokenStream::Token> &tokens = stream.tokens;
        for (const Phrase &phrase : phrases) {
            if (phrase.size() < 2)
                continue;
            for (qsizetype start = 0; start + phrase.size() <= tokens.size(); ++start) {
                bool all = true;
                for (qsizetype k = 0; k < phrase.size() && all; ++k)
                    all = termMatches(tokens.at(start + k).text, phrase.at(k));
                if (!all)
                    continue;
                const int last = tokens.at(start + phrase.size() - 1).last;
                for (int w = tokens.at(start).first; w <= last; ++w)
                    hit[w] = true;
            }
        }
    }
    for (int i = 0; i < hit.size(); ++i) {
        if (hit.at(i))
            hits.append(i);
    }
    return hits;
}

PdfWordRange PdfTextMatch::findPassage(const QList<PdfWord> &words, const QString &passage)
{
    if (words.isEmpty())
        return {};
    // Footnote markers print as digits glued to words ("Board1") but are removed from the
    // cleaned text, so a second pass ignores digits altogether.
    for (const bool keepDigits : {true, false}) {
        const WordStream stream(words, keepDigits);
        const QString needle = foldKeeping(passage, keepDigits, nullptr);
        if (needle.isEmpty())
            continue;
        const qsizetype at = stream.find(needle);
        if (at >= 0)
            return stream.range(at, needle.size());
    }
    // A passage that runs onto the next page, or was cleaned differently in the middle:
    // find its start (or its end) and highlight about as much text as it holds.
    const WordStream stream(words, false);
    const QString needle = foldKeeping(passage, false, nullptr);
    constexpr qsizetype window = 40;
    if (needle.size() <= window)
        return {};
    const qsizetype head = stream.find(needle.left(window));
    if (head >= 0)
        return stream.range(head, needle.size());
    const qsizetype tail = stream.find(needle.right(window));
    if (tail >= 0) {
        const qsizetype end = tail + window;
        const qsizetype start = std::max<qsizetype>(0, end - needle.size());
        return stream.range(start, end - start);
    }
    return {};
}

bool PdfTextMatch::sameLine(const QRectF &a, const QRectF &b)
{
    const qreal overlap = std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top());
    return overlap > 0.5 * std::min(a.height(), b.height()) && b.left() >= a.left();
}

bool PdfTextMatch::paragraphStartsAt(const QList<PdfWord> &words, int next)
{
    if (next <= 0 || next >= words.size())
        return false;
    const QRectF before = words.at(next - 1).box;
    const QRectF after = words.at(next).box;
    const qreal lineHeight = std::max(before.height(), after.height());
    if (after.top() - before.bottom() > 0.5 * lineHeight || after.bottom() < before.top())
        return true; // a blank line between, or a new column
    static const QRegularExpression listMark(
        QStringLiteral("^([\\x{2022}\\x{25CF}\\x{25AA}\\x{25A0}\\x{2013}\\x{2014}\\-*]|\\(?[0-9]{1,2}[.)]|\\(?[a-z][.)])$"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (listMark.match(words.at(next).text).hasMatch())
        return true;
    const QString &last = words.at(next - 1).text;
    const bool endsSentence = last.endsWith(QLatin1Char('.')) || last.endsWith(QLatin1Char(':'))
                              || last.endsWith(QLatin1Char('?')) || last.endsWith(QLatin1Char('!'));
    if (!endsSentence)
        return false;
    // The right edge of the text: the furthest a line of this page reaches.
    qreal right = 0;
    for (const PdfWord &w : words)
        right = std::max(right, w.box.right());
    return before.right() < right - 4 * lineHeight;
}

QString PdfTextMatch::joinWords(const QList<PdfWord> &words, int first, int last)
{
    QString text;
    first = std::max(first, 0);
    last = std::min(last, int(words.size()) - 1);
    for (int i = first; i <= last; ++i) {
        if (i > first) {
            if (sameLine(words.at(i - 1).box, words.at(i).box))
                text += QLatin1Char(' ');
            else if (paragraphStartsAt(words, i))
                text += QLatin1Char('\n');
            else if (!(text.endsWith(QLatin1Char('-')) && text.size() > 1
                       && text.at(text.size() - 2).isLetter()))
                text += QLatin1Char(' '); // a line of the same paragraph
        }
        text += words.at(i).text;
    }
    return text;
}

} // namespace oversight
