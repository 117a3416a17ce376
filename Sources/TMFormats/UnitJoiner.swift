public import CorpusModel

/// Unites pairwise units that share the same text in a pivot language into n-way units:
/// (en X, ru Y) and (en X, ko Z) become (en X, ru Y, ko Z).
///
/// Why: CAT tools such as OmegaT take any non-source variant as a translation when a unit has
/// none in the project's target language, so a memory of 2-way units over several language
/// pairs fills a Russian project with Korean text. n-way units avoid that.
///
/// Two units are united only if they agree on every language they share; the result keeps the
/// lower score (a chain is as good as its weakest link), the bead types joined with `+`, and the
/// first document. Not streaming: the joined units are held in memory until `units` is read.
public struct UnitJoiner {
    public let pivot: LanguageTag
    public private(set) var units: [TranslationUnit] = []
    /// Pivot text → indexes into `units`.
    private var groups: [String: [Int]] = [:]
    public private(set) var joined = 0

    public init(pivot: LanguageTag) { self.pivot = pivot }

    public mutating func add(_ unit: TranslationUnit) {
        var cleaner = SegmentCleaner()
        guard let text = unit.text(in: pivot).map({ cleaner.clean($0) }), !text.isEmpty else {
            units.append(unit)
            return
        }
        for index in groups[text, default: []] where Self.agree(units[index], unit, cleaner: &cleaner) {
            units[index] = Self.unite(units[index], unit)
            joined += 1
            return
        }
        groups[text, default: []].append(units.count)
        units.append(unit)
    }

    private static func agree(_ a: TranslationUnit, _ b: TranslationUnit, cleaner: inout SegmentCleaner) -> Bool {
        for variant in b.variants {
            if let other = a.text(in: variant.language), cleaner.clean(other) != cleaner.clean(variant.text) { return false }
        }
        return true
    }

    private static func unite(_ a: TranslationUnit, _ b: TranslationUnit) -> TranslationUnit {
        var result = a
        for variant in b.variants where a.text(in: variant.language) == nil { result.variants.append(variant) }
        result.score = switch (a.score, b.score) {
        case let (x?, y?): min(x, y)
        case let (x, y): x ?? y
        }
        result.beadKind = switch (a.beadKind, b.beadKind) {
        case let (x?, y?): x + "+" + y
        case let (x, y): x ?? y
        }
        result.document = a.document ?? b.document
        return result
    }
}
