#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
public import CorpusModel

/// The confidence of each bead, in [0, 1]: the probability that linking its sentences is right
/// rather than leaving them unlinked, from the two costs (a logistic of their difference):
///
///     link = shape penalty + evidence cost,  unlink = (source + target sentences) · 1-0 penalty
///     score = 1 / (1 + exp(link − unlink))
///
/// A one-sided bead scores the other way round against the cheapest 1-1 link of its sentence
/// with a neighbour of the other side: how sure we are that it has no counterpart.
/// Two-sided beads that score below `minimumLink` are split into one-sided beads: a low-
/// confidence region is left unaligned, not forced.
public struct BeadConfidence {
    let cost: any CostFunction
    let shapes: [BeadShape]
    /// Below this, a link is weaker than leaving its sentences unlinked.
    public static let minimumLink = 0.5

    init(cost: any CostFunction, shapes: [BeadShape]) {
        self.cost = cost
        self.shapes = shapes
    }

    func beads(from steps: [(BeadShape, Int, Int)]) -> [Bead] {
        var beads: [Bead] = []
        let n = steps.last?.1 ?? 0, m = steps.last?.2 ?? 0
        let unlinked = shapes.first { $0.source == 1 && $0.target == 0 }?.penalty ?? BeadShape.deletion.penalty
        let oneToOne = shapes.first { $0.source == 1 && $0.target == 1 }?.penalty ?? BeadShape.substitution.penalty
        for (shape, i, j) in steps {
            let source = (i - shape.source)..<i, target = (j - shape.target)..<j
            if !source.isEmpty && !target.isEmpty {
                let link = shape.penalty + cost.cost(source: source, target: target)
                let score = logistic(Double(source.count + target.count) * unlinked - link)
                if score >= Self.minimumLink {
                    beads.append(Bead(source: source, target: target, score: score))
                } else {
                    beads += source.map { Bead(source: [$0], target: [], score: 1 - score) }
                    beads += target.map { Bead(source: [], target: [$0], score: 1 - score) }
                }
            } else {
                // Neighbours on the other side: the sentence just before and just after this point.
                var best = 0.0
                if let s = source.first {
                    for t in [j - 1, j] where t >= 0 && t < m {
                        best = max(best, logistic(2 * unlinked - oneToOne - cost.cost(source: s..<(s + 1), target: t..<(t + 1))))
                    }
                } else if let t = target.first {
                    for s in [i - 1, i] where s >= 0 && s < n {
                        best = max(best, logistic(2 * unlinked - oneToOne - cost.cost(source: s..<(s + 1), target: t..<(t + 1))))
                    }
                }
                beads.append(Bead(source: source, target: target, score: 1 - best))
            }
        }
        return beads
    }
}

func logistic(_ x: Double) -> Double { 1 / (1 + exp(-x)) }

extension Array where Element == Bead {
    /// The beads with every two-sided bead scoring below `minimum` split into one-sided beads,
    /// so that each sentence still appears once (`--min-score` on output).
    public func splittingLinks(below minimum: Double) -> [Bead] {
        flatMap { bead -> [Bead] in
            guard !bead.source.isEmpty, !bead.target.isEmpty, let score = bead.score, score < minimum else { return [bead] }
            return bead.source.map { Bead(source: [$0], target: [], score: score) } + bead.target.map { Bead(source: [], target: [$0], score: score) }
        }
    }
}
