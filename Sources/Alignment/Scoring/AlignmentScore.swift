public import CorpusModel

/// Strict and lax precision, recall and F1 of an alignment against a gold one, as in the
/// sentence-alignment literature (Vecalign; Bleualign's strict/lax).
///
/// - Precision is over every hypothesis bead, 1-0 and 0-1 included.
/// - Recall is over gold beads with sentences on both sides, matched against hypothesis beads
///   with sentences on both sides.
/// - Strict: the bead is exactly a reference bead. Lax: not strict, but a reference bead links one
///   of its source sentences to one of its target sentences.
/// Counts add up over documents (micro average) before ratios are taken.
public struct AlignmentScore: Sendable, Equatable {
    public var strictHits = 0, laxHits = 0, hypothesisBeads = 0
    public var strictRecalled = 0, laxRecalled = 0, goldBeads = 0

    public init() {}

    public init(gold: [Bead], hypothesis: [Bead]) {
        (strictHits, laxHits, hypothesisBeads) = Self.matches(reference: gold, candidates: hypothesis)
        let linking = { (beads: [Bead]) in beads.filter { !$0.source.isEmpty && !$0.target.isEmpty } }
        (strictRecalled, laxRecalled, goldBeads) = Self.matches(reference: linking(hypothesis), candidates: linking(gold))
    }

    public static func + (lhs: Self, rhs: Self) -> Self {
        var sum = lhs
        sum.strictHits += rhs.strictHits
        sum.laxHits += rhs.laxHits
        sum.hypothesisBeads += rhs.hypothesisBeads
        sum.strictRecalled += rhs.strictRecalled
        sum.laxRecalled += rhs.laxRecalled
        sum.goldBeads += rhs.goldBeads
        return sum
    }

    public var strictPrecision: Double { ratio(strictHits, hypothesisBeads) }
    public var strictRecall: Double { ratio(strictRecalled, goldBeads) }
    public var strictF1: Double { f1(strictPrecision, strictRecall) }
    public var laxPrecision: Double { ratio(laxHits, hypothesisBeads) }
    public var laxRecall: Double { ratio(laxRecalled, goldBeads) }
    public var laxF1: Double { f1(laxPrecision, laxRecall) }

    struct Link: Hashable { let source: [Int], target: [Int] }

    static func matches(reference: [Bead], candidates: [Bead]) -> (strict: Int, lax: Int, total: Int) {
        let exact = Set(reference.map { Link(source: $0.source, target: $0.target) })
        var linkedTargets: [Int: Set<Int>] = [:]
        for bead in reference { for s in bead.source { linkedTargets[s, default: []].formUnion(bead.target) } }
        let distinct = Set(candidates.map { Link(source: $0.source, target: $0.target) })
        var strict = 0, lax = 0
        for bead in distinct {
            if exact.contains(bead) {
                strict += 1
                lax += 1
            } else if bead.source.contains(where: { !(linkedTargets[$0]?.isDisjoint(with: bead.target) ?? true) }) {
                lax += 1
            }
        }
        return (strict, lax, distinct.count)
    }
}

private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
private func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }
