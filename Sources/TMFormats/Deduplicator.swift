public import CorpusModel

/// Deterministic de-duplication in two passes over re-readable inputs, keeping the best unit of
/// each group: the highest score (an unscored unit ranks below any scored one), the first in
/// input order on ties. Memory: one entry (key, score, ordinal) per distinct group, not the units.
public struct Deduplicator {
    /// What makes two units duplicates.
    public enum Grouping: Sendable, Equatable {
        /// The same languages and texts (`UnitKey`).
        case content
        /// The same text in this language: one translation is kept per source sentence.
        case source(LanguageTag)
    }

    public let grouping: Grouping
    private var best: [UInt64: (score: Double, ordinal: Int)] = [:]
    private var ordinal = 0

    public init(grouping: Grouping = .content) { self.grouping = grouping }

    /// The group key of a unit, or nil when it has no text in the grouping's source language
    /// (such units are never duplicates of each other and are all kept).
    public func key(of unit: TranslationUnit) -> UInt64? {
        var cleaner = SegmentCleaner()
        switch grouping {
        case .content:
            var variants: [(language: LanguageTag, text: String)] = []
            for variant in unit.variants {
                let text = cleaner.clean(variant.text)
                if !text.isEmpty { variants.append((variant.language, text)) }
            }
            return UnitKey(variants).value
        case .source(let language):
            guard let text = unit.text(in: language).map({ cleaner.clean($0) }), !text.isEmpty else { return nil }
            return UnitKey(source: language, text: text).value
        }
    }

    /// First pass: call with every unit, in order.
    public mutating func observe(_ unit: TranslationUnit) {
        defer { ordinal += 1 }
        guard let key = key(of: unit) else { return }
        let score = unit.score ?? -1
        if let current = best[key], current.score >= score { return }
        best[key] = (score, ordinal)
    }

    /// Second pass: call with the same units in the same order; true for the units to keep.
    public func keeps(_ unit: TranslationUnit, ordinal: Int) -> Bool {
        guard let key = key(of: unit) else { return true }
        return best[key]?.ordinal == ordinal
    }

    /// Units observed, and distinct groups among them.
    public var observed: Int { ordinal }
    public var groups: Int { best.count }
}

/// What `rosetta tm stats` prints: counts of units, languages, bead kinds, and a score histogram.
public struct MemoryStatistics: Sendable, Equatable {
    public var units = 0
    /// Variants per language.
    public var languages: [LanguageTag: Int] = [:]
    /// Units per number of languages (2-way, 3-way, …).
    public var arity: [Int: Int] = [:]
    public var beadKinds: [String: Int] = [:]
    public var documents: Set<String> = []
    public var unscored = 0
    /// Ten bins of width 0.1; a score of 1 falls in the last.
    public var scoreBins = [Int](repeating: 0, count: 10)

    public init() {}

    public mutating func add(_ unit: TranslationUnit) {
        units += 1
        for variant in unit.variants { languages[variant.language, default: 0] += 1 }
        arity[unit.variants.count, default: 0] += 1
        if let kind = unit.beadKind { beadKinds[kind, default: 0] += 1 }
        if let document = unit.document { documents.insert(document) }
        if let score = unit.score {
            scoreBins[min(9, max(0, Int(score * 10)))] += 1
        } else {
            unscored += 1
        }
    }

    /// A plain-text table for stdout.
    public func formatted() -> String {
        var lines = ["units\t\(units)"]
        let byLanguage = languages.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
        lines.append("languages\t\(byLanguage.joined(separator: ", "))")
        lines.append("arity\t" + arity.sorted { $0.key < $1.key }.map { "\($0.key)-way \($0.value)" }.joined(separator: ", "))
        if !beadKinds.isEmpty {
            lines.append("beads\t" + beadKinds.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
        lines.append("documents\t\(documents.count)")
        lines.append("scored\t\(units - unscored)")
        lines.append("unscored\t\(unscored)")
        let widest = max(1, scoreBins.max() ?? 1)
        for (bin, count) in scoreBins.enumerated() {
            let low = formatScore(Double(bin) / 10).prefix(3)
            let high = formatScore(Double(bin + 1) / 10).prefix(3)
            let bar = String(repeating: "#", count: count == 0 ? 0 : max(1, count * 40 / widest))
            lines.append("score \(low)-\(high)\(bin == 9 ? "]" : ")")\t\(count)\t\(bar)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
