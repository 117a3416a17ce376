import CorpusModel
import CorpusStore
import Foundation
import Names
import Segmentation

/// Names in running text (issue #15, item 3): our own news documents in en, ru and ko with every
/// name mention marked by hand (Tests/NamesTests/Fixtures/mentions/LANG/DOC.{txt,gold}: the
/// surface as written, without titles or Korean particles, and an entity id shared across
/// languages). Mentions are found as `rosetta names` finds them (segmented, then
/// `NameKeyer.mentions`, keys resolved per document) and matched to the gold in order by surface.
/// Reported: mention precision and recall per language, and pairwise F1 of the grouping (two
/// matched mentions share a key exactly when they share an entity), with the gazetteer and by the
/// rules alone. Baseline in the same run: every run of capitalized words (en, ru).
/// MENTIONS_SHOW=1 prints each document's missed and wrongly found mentions.
let mentionsBenchmark = Benchmark(name: "mentions", summary: "name mentions in running text: precision, recall, grouping F1 vs capitalized runs") {
    let folder = packageRoot.appendingPathComponent("Tests/NamesTests/Fixtures/mentions")
    guard FileManager.default.fileExists(atPath: folder.path) else { print("\(folder.path) not found, skipped"); return }
    print("lang  docs  gold   rosetta: found  precision  recall     capitalized runs: found  precision  recall")
    var matched: [(entity: String, key: NameKey, rulesKey: NameKey)] = []
    let keyer = try NameKeyer(), rulesOnly = try NameKeyer(usesGazetteer: false)
    for language in ["en", "ru", "ko"] {
        let tag = try LanguageTag(language)
        let segmenter = try SentenceSegmenter(language: tag)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(language).path)) ?? [])
            .filter { $0.hasSuffix(".gold") }.sorted()
        if names.isEmpty { continue }
        var ours = MentionCount(), base = MentionCount()
        for name in names {
            let stem = folder.appendingPathComponent(language).appendingPathComponent(String(name.dropLast(5)))
            let text = try TextFile.read(stem.path + ".txt")
            let gold = try TextFile.read(stem.path + ".gold").split(separator: "\n").compactMap { line -> (String, String)? in
                let fields = line.split(separator: "\t")
                return fields.count == 2 ? (MentionCount.normalized(fields[0]), String(fields[1])) : nil
            }
            let sentences = try segmenter.sentences(in: text).map { text[$0] }
            var mentions = NameEntityIndex.withoutLoneOpenings(try sentences.map { ($0, try keyer.mentions(in: $0, language: tag)) },
                                                               language: tag, lexicon: keyer.lexicon)
            var rulesMentions = NameEntityIndex.withoutLoneOpenings(try sentences.map { ($0, try rulesOnly.mentions(in: $0, language: tag)) },
                                                                    language: tag, lexicon: rulesOnly.lexicon)
            mentions = NameEntityIndex.withoutDemonyms(mentions, language: tag, lexicon: keyer.lexicon)
            rulesMentions = NameEntityIndex.withoutDemonyms(rulesMentions, language: tag, lexicon: rulesOnly.lexicon)
            let keys = try NameEntityIndex.resolvedKeys(mentions, language: tag, keyer: keyer)
            let rulesKeys = try NameEntityIndex.resolvedKeys(rulesMentions, language: tag, keyer: rulesOnly)
            let foundSurfaces = mentions.map { MentionCount.normalized($0.surface) }
            let pairs = ours.add(found: foundSurfaces, gold: gold.map(\.0))
            if ProcessInfo.processInfo.environment["MENTIONS_SHOW"] != nil {
                // What was missed and what was found wrongly, for reading the misses.
                let foundRight = Set(pairs.map(\.0)), goldRight = Set(pairs.map(\.1))
                print("  \(language)/\(name): missed \(gold.indices.filter { !goldRight.contains($0) }.map { gold[$0].0 })")
                print("  \(language)/\(name): wrong \(foundSurfaces.indices.filter { !foundRight.contains($0) }.map { foundSurfaces[$0] })")
            }
            let rulesBySurface = Dictionary(zip(rulesMentions.map { MentionCount.normalized($0.surface) }, rulesKeys), uniquingKeysWith: { a, _ in a })
            for (found, goldIndex) in pairs {
                let surface = gold[goldIndex].0
                matched.append((gold[goldIndex].1, keys[found], rulesBySurface[surface] ?? NameKey(value: "?" + surface)))
            }
            if language != "ko" {
                _ = base.add(found: sentences.flatMap(capitalizedRuns), gold: gold.map(\.0))
            }
        }
        let baseLine = language == "ko" ? "(no capitals in Hangul)" : "\(base.found)    \(fixed(base.precision, 3))      \(fixed(base.recall, 3))"
        print("\(language)    \(names.count)     \(ours.gold)    \(ours.found)    \(fixed(ours.precision, 3))      \(fixed(ours.recall, 3))        \(baseLine)")
    }
    print("grouping of the \(matched.count) matched mentions, pairwise F1: with the gazetteer \(fixed(pairwiseF1(matched.map { ($0.entity, $0.key) }), 3)), rules only \(fixed(pairwiseF1(matched.map { ($0.entity, $0.rulesKey) }), 3))")
}

/// Found and gold surfaces of one language, matched in order (longest common subsequence).
private struct MentionCount {
    var found = 0, gold = 0, right = 0
    var precision: Double { Double(right) / Double(max(found, 1)) }
    var recall: Double { Double(right) / Double(max(gold, 1)) }

    /// Adds a document; returns the matched pairs (index in found, index in gold).
    mutating func add(found: [String], gold: [String]) -> [(Int, Int)] {
        self.found += found.count
        self.gold += gold.count
        let n = found.count, m = gold.count
        var table = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i][j] = found[i] == gold[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var pairs: [(Int, Int)] = [], i = 0, j = 0
        while i < n && j < m {
            if found[i] == gold[j] { pairs.append((i, j)); i += 1; j += 1 }
            else if table[i + 1][j] >= table[i][j + 1] { i += 1 } else { j += 1 }
        }
        right += pairs.count
        return pairs
    }

    /// A surface compared without an English possessive and surrounding punctuation.
    static func normalized(_ surface: some StringProtocol) -> String {
        var text = String(surface).trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
        for suffix in ["'s", "’s"] where text.hasSuffix(suffix) { text = String(text.dropLast(2)) }
        return text
    }
}

/// The baseline: every run of capitalized words.
private func capitalizedRuns(_ sentence: Substring) -> [String] {
    var runs: [String] = [], current: [Substring] = []
    for word in sentence.split(whereSeparator: { $0.isWhitespace }) {
        let trimmed = word.trimmingCharacters(in: .punctuationCharacters)
        if let first = trimmed.first, first.isUppercase {
            current.append(Substring(trimmed))
            if word.last.map({ $0.isPunctuation && $0 != "-" }) ?? false { runs.append(current.joined(separator: " ")); current = [] }
        } else if !current.isEmpty {
            runs.append(current.joined(separator: " "))
            current = []
        }
    }
    if !current.isEmpty { runs.append(current.joined(separator: " ")) }
    return runs.map { MentionCount.normalized($0) }
}

/// Pairwise F1 of a grouping against the gold entities: over all pairs of mentions, a pair is
/// predicted together when the keys are equal, and together in truth when the entities are.
private func pairwiseF1(_ items: [(String, NameKey)]) -> Double {
    var truePositives = 0, predicted = 0, actual = 0
    for i in items.indices {
        for j in items.indices where j > i {
            let sameKey = items[i].1 == items[j].1, sameEntity = items[i].0 == items[j].0
            if sameKey { predicted += 1 }
            if sameEntity { actual += 1 }
            if sameKey && sameEntity { truePositives += 1 }
        }
    }
    let p = Double(truePositives) / Double(max(predicted, 1)), r = Double(truePositives) / Double(max(actual, 1))
    return 2 * p * r / max(p + r, 1e-9)
}
