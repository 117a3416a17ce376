import CorpusStore
import Testing
@testable import Names
import CorpusModel

/// Reads Fixtures/entities.tsv and confusables.tsv next to this file.
enum Fixture {
    struct Spelling: Sendable { let entity: String; let language: LanguageTag; let surface: String }

    static var directory: String {
        let file = #filePath
        return String(file[..<file.lastIndex(of: "/")!]) + "/Fixtures/"
    }

    static func rows(_ name: String) throws -> [[Substring]] {
        let text = try String(decoding: readBytes(directory + name), as: UTF8.self)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }.map { $0.split(separator: "\t") }
    }

    static func spellings() throws -> [Spelling] {
        try rows("entities.tsv").map { Spelling(entity: String($0[0]), language: try LanguageTag(String($0[1])), surface: String($0[2])) }
    }

    static func confusables() throws -> [(String, String)] { try rows("confusables.tsv").map { (String($0[0]), String($0[1])) } }

    static func readBytes(_ path: String) throws -> [UInt8] {
        do { return try TextFile.readBytes(path) } catch { throw FixtureError.missing(path) }
    }

    enum FixtureError: Error { case missing(String) }

    /// Pairwise precision, recall and F1 per language pair ("en-ru"), over all pairs of spellings.
    static func pairwiseScores(_ spellings: [Spelling], keys: [NameKey]) -> [String: (p: Double, r: Double, f1: Double)] {
        var counts: [String: (tp: Int, fp: Int, fn: Int)] = [:]
        for i in spellings.indices {
            for j in spellings.indices where j > i {
                let pair = [spellings[i].language.identifier, spellings[j].language.identifier].sorted().joined(separator: "-")
                let same = spellings[i].entity == spellings[j].entity
                let predicted = keys[i] == keys[j] && !keys[i].isEmpty
                var count = counts[pair] ?? (0, 0, 0)
                if same && predicted { count.tp += 1 } else if predicted { count.fp += 1 } else if same { count.fn += 1 }
                counts[pair] = count
            }
        }
        return counts.mapValues { count in
            let p = count.tp + count.fp == 0 ? 1 : Double(count.tp) / Double(count.tp + count.fp)
            let r = count.tp + count.fn == 0 ? 1 : Double(count.tp) / Double(count.tp + count.fn)
            return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r))
        }
    }
}

