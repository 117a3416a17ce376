public import CorpusModel

/// Consistent multilingual units from pairwise alignments (en–ru, en–ko, ru–ko → en–ru–ko).
///
/// Every sentence of every language is a node; every two-sided bead of every pair (at or above
/// `minimumScore`) links its sentences. A unit is a connected group: a sentence linked to the
/// pivot through one pair and to a third language through another lands in one unit with both,
/// so the units agree across pairs. A unit whose languages are not all linked pairwise inside it
/// (say en–ru and en–ko link, but the ru–ko alignment left those sentences unlinked) is joined
/// only through the pivot; its score is lowered by `unconfirmedFactor`.
public struct MultiwayUnit: Hashable, Sendable {
    /// Sentence numbers per language, in the order of `MultiwayAlignment.languages`; empty when a
    /// language has no counterpart.
    public var sentences: [[Int]]
    public var score: Double
    /// "1-1-1", "2-1-1", "1-0-1": sentence counts per language.
    public var kind: String { sentences.map { String($0.count) }.joined(separator: "-") }
}

public struct MultiwayAlignment: Sendable {
    public var languages: [LanguageTag]
    public var units: [MultiwayUnit]
    static let unconfirmedFactor = 0.8

    /// `pairs[(a, b)]` are the beads of language a (source) against language b (target), with a
    /// before b in `languages`.
    public init(languages: [LanguageTag], sentenceCounts: [Int], pairs: [(Int, Int, [Bead])], minimumScore: Double = 0) {
        self.languages = languages
        var offsets = [0]
        for count in sentenceCounts { offsets.append(offsets.last! + count) }
        var parent = Array(0..<(offsets.last ?? 0))
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        var edges: [(Int, Int, Double, Int, Int)] = []  // node, node, score, language a, language b
        for (a, b, beads) in pairs {
            for bead in beads where !bead.source.isEmpty && !bead.target.isEmpty && (bead.score ?? 1) >= minimumScore {
                guard bead.source.allSatisfy({ $0 < sentenceCounts[a] }), bead.target.allSatisfy({ $0 < sentenceCounts[b] }) else { continue }
                let nodes = bead.source.map { offsets[a] + $0 } + bead.target.map { offsets[b] + $0 }
                for node in nodes.dropFirst() {
                    let r1 = find(nodes[0]), r2 = find(node)
                    if r1 != r2 { parent[r2] = r1 }
                }
                edges.append((nodes[0], nodes[nodes.count - 1], bead.score ?? 1, a, b))
            }
        }
        // Gather groups.
        var groups: [Int: MultiwayUnit] = [:]
        var linkedPairs: [Int: Set<Int>] = [:]
        var minimum: [Int: Double] = [:]
        for language in languages.indices {
            for sentence in 0..<sentenceCounts[language] {
                let root = find(offsets[language] + sentence)
                groups[root, default: MultiwayUnit(sentences: Array(repeating: [], count: languages.count), score: 1)].sentences[language].append(sentence)
            }
        }
        for (x, _, score, a, b) in edges {
            let root = find(x)
            linkedPairs[root, default: []].insert(a * languages.count + b)
            minimum[root] = min(minimum[root] ?? 1, score)
        }
        var units: [MultiwayUnit] = []
        for (root, var unit) in groups {
            let present = unit.sentences.indices.filter { !unit.sentences[$0].isEmpty }
            guard present.count >= 2 else { continue }
            let needed = present.count * (present.count - 1) / 2
            unit.score = (minimum[root] ?? 0) * ((linkedPairs[root]?.count ?? 0) < needed ? Self.unconfirmedFactor : 1)
            units.append(unit)
        }
        // In document order: by the first sentence of the first language present.
        self.units = units.sorted { lhs, rhs in
            for k in languages.indices where !lhs.sentences[k].isEmpty && !rhs.sentences[k].isEmpty {
                return lhs.sentences[k][0] < rhs.sentences[k][0]
            }
            return (lhs.sentences.firstIndex { !$0.isEmpty } ?? 0) < (rhs.sentences.firstIndex { !$0.isEmpty } ?? 0)
        }
    }

    /// The units restricted to two languages, as beads (for checking against pairwise gold).
    public func beads(_ a: Int, _ b: Int) -> [Bead] {
        units.filter { !$0.sentences[a].isEmpty && !$0.sentences[b].isEmpty }.map { Bead(source: $0.sentences[a], target: $0.sentences[b], score: $0.score) }
    }
}
